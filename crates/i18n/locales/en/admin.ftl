## Admin portal menu (templates/admin/_nav.html).

admin-nav-label = Admin portal
admin-nav-home = Home
admin-nav-users = Users
admin-nav-groups = Groups
admin-nav-password-reset = Password reset
admin-nav-protection = Password protection
admin-nav-reports = Usage & insights
admin-nav-deliveries = Deliveries
admin-nav-tokens = API tokens
admin-nav-audit = Audit logs

## /admin: the admin portal's home.

admin-home-title = Admin portal
admin-home-failed = { $n ->
    [one] { $n } message couldn't be delivered in the last 24 hours.
   *[other] { $n } messages couldn't be delivered in the last 24 hours.
}
admin-home-failed-text = People may not be getting their verification codes or notices.
admin-home-failed-link = See what failed and why
admin-home-help-title = Help requests reach nobody.
admin-home-help-before = When people select
admin-home-help-after = , Latchkey emails the password administrators, else the global administrators, but none of them has an email address. Add one to an administrator's contact info under
admin-home-help-or = , or register a recovery email on
admin-home-users = Users
admin-home-manage-users = Manage users
admin-home-new-user = New user
admin-home-groups = Groups
admin-home-manage-groups = Manage groups
admin-home-new-group = New group

## /admin/audit: the audit log.

admin-audit-title = Audit logs
admin-audit-journey = One journey, step by step
admin-audit-correlation-id = correlation id
admin-audit-back = Back to all events
admin-audit-from = From (date)
admin-audit-to = To (date)
admin-audit-activity = Activity
admin-audit-all-activities = All activities
admin-audit-actor = Actor
admin-audit-target = Target
admin-audit-result = Result
admin-audit-any = Any
admin-audit-success = Success
admin-audit-failure = Failure
admin-audit-apply = Apply filters
admin-audit-clear = Clear
admin-audit-count = { $n ->
    [one] { $n } event
   *[other] { $n } events
}
admin-audit-download = Download as JSON lines
admin-audit-caption = Audit events
admin-audit-caption-ordered = , in order
admin-audit-caption-newest = , newest first
admin-audit-col-time = Time (UTC)
admin-audit-col-client = Client
admin-audit-col-details = Details
admin-audit-open-journey = Open journey
admin-audit-pages = Pages
admin-audit-previous = Previous page
admin-audit-next = Next page
admin-audit-page-of = Page { $page } of { $pages }
admin-audit-error-from = Enter the start date as YYYY-MM-DD.
admin-audit-error-to = Enter the end date as YYYY-MM-DD.

## /admin/deliveries: messages that couldn't be delivered.

admin-deliveries-title = Deliveries
admin-deliveries-intro = Verification codes and notices are sent by a queue. A message the email or SMS provider refused, or didn't accept after several tries, is listed here for 30 days. A verification code is never sent again (the person was told it couldn't be sent and can ask for another); a notice can be sent again once the provider works.
admin-deliveries-waiting = { $waiting ->
    [one] { $waiting } message is waiting to be sent.
   *[other] { $waiting } messages are waiting to be sent.
}
admin-deliveries-failed = { $today } couldn't be delivered in the last 24 hours; { $total } in the last 30 days.
admin-deliveries-none = Nothing failed to be delivered.
admin-deliveries-caption = Messages that couldn't be delivered, newest first
admin-deliveries-col-given-up = Given up
admin-deliveries-col-message = Message
admin-deliveries-col-user = User
admin-deliveries-col-channel = Channel
admin-deliveries-col-tries = Tries
admin-deliveries-col-last-answer = Last answer
admin-deliveries-col-actions = Actions
admin-deliveries-resend = Send again
admin-deliveries-dismiss = Remove from list
admin-deliveries-code = Verification code
admin-deliveries-queued = The message is queued again; it leaves this list once it is sent, or comes back if it fails again.
admin-deliveries-gone = That message is no longer on the list.
admin-deliveries-removed = Removed from the list.

## /admin/reports: "Usage & insights".

admin-reports-title = Usage & insights
admin-reports-reminded = { $n ->
    [one] A reminder was sent to 1 unregistered user.
   *[other] Reminders sent to { $n } unregistered users.
}
admin-reports-coverage = Registration coverage
admin-reports-percent = { $percent }%
admin-reports-coverage-text = { $registered } of { $total } users who can use self-service password reset have registered enough methods to reset.
admin-reports-figure-note = The same numbers are in the table below.
admin-reports-by-method = Registered users by method
admin-reports-col-method = Method
admin-reports-col-users = Users
admin-reports-col-of = Of
admin-reports-by-group = By group
admin-reports-group-chart = Registration by group
admin-reports-group-caption = Registration by group (members of nested groups count)
admin-reports-col-group = Group
admin-reports-col-registered = Registered
admin-reports-col-members = Members in scope
admin-reports-activity = Resets and unlocks
admin-reports-days = { $n ->
    [one] { $n } day
   *[other] { $n } days
}
admin-reports-succeeded = Succeeded
admin-reports-failed = Failed
admin-reports-blocked = Blocked
admin-reports-day-table = Table: resets and unlocks per day
admin-reports-day-caption = Per day, last { $days } days
admin-reports-day-chart = Resets and unlocks per day, last { $days } days
admin-reports-col-day = Day
admin-reports-reasons = Most common failure reasons
admin-reports-no-failures = No failures in this period.
admin-reports-reasons-caption = Failure reasons
admin-reports-col-reason = Reason
admin-reports-col-count = Count
admin-reports-unregistered = Not registered yet
admin-reports-all-registered = Everyone in scope has registered.
admin-reports-unregistered-count = { $n ->
    [one] { $n } user
   *[other] { $n } users
}
admin-reports-download-csv = Download as CSV
admin-reports-remind-label = Send a registration reminder to
admin-reports-remind-everyone = Everyone not registered
admin-reports-remind-members = Members of { $group }
admin-reports-remind-submit = Send reminder
admin-reports-bar = { $value } of { $total } ({ $percent }%)
admin-reports-error-choose-group = Choose a group from the list.
admin-reports-error-no-group = There is no such group. Choose a group from the list.
admin-reports-method-app-code = Mobile app code
admin-reports-method-email = Email
admin-reports-method-mobile-phone = Mobile phone (text message or call)
admin-reports-method-office-phone = Office phone (call)
admin-reports-method-questions = Security questions
admin-reports-method-app-notification = Mobile app notification
admin-reports-method-passkey = Passkey

## /admin/tokens: API tokens.

admin-tokens-title = API tokens
admin-tokens-hint-api = A token lets a program call the JSON API
admin-tokens-hint-role = for an administrator, with that administrator's role:
admin-tokens-hint-read = tokens only read,
admin-tokens-hint-write = tokens also change things. The token is shown once, when it is made; Latchkey keeps only its hash.
admin-tokens-created = Token “{ $name }” created
admin-tokens-token = Token
admin-tokens-copy = Copy token
admin-tokens-acts-for = Acts for
admin-tokens-scope = Scope
admin-tokens-shown-once = This token is shown only once. Store it where the program that uses it reads secrets; if it is lost, revoke it and create another.
admin-tokens-confirm-title = Revoke token “{ $name }”?
admin-tokens-confirm-text = Programs using this token (acting for { $owner }, scope { $scope }) stop working at once. This can't be undone.
admin-tokens-revoke-submit = Revoke token
admin-tokens-cancel = Cancel
admin-tokens-list = Tokens
admin-tokens-none = No API tokens yet.
admin-tokens-caption = API tokens, newest first
admin-tokens-name = Name
admin-tokens-created-col = Created
admin-tokens-last-used = Last used
admin-tokens-status = Status
admin-tokens-never = Never
admin-tokens-revoked-at = Revoked { $when }
admin-tokens-active = Active
admin-tokens-revoke = Revoke
admin-tokens-revoke-which = token { $name }
admin-tokens-create = Create a token
admin-tokens-name-hint = 1 to 64 characters: what will use it, such as HR sync.
admin-tokens-scope-read = Read: only reads
admin-tokens-scope-write = Write: reads and changes
admin-tokens-owner-hint = The username of a global or password administrator; the token has their role.
admin-tokens-submit = Create token
admin-tokens-revoked = The token was revoked; it no longer works.
admin-tokens-already-created = That token was already created and shown once. To make another, fill in the form below.
admin-tokens-error-scope = Choose read or write.
admin-tokens-error-owner = There is no user with that username.
admin-tokens-error-name = Give the token a name of 1 to 64 characters, such as what will use it.
admin-tokens-error-owner-role = A token acts for its owner, so the owner must be a global or password administrator.

## Audit activity names as the audit log shows them (the stored name stays English).

admin-activity-sign-in = Sign-in
admin-activity-sign-in-blocked-by-smart-lockout = Sign-in blocked by smart lockout
admin-activity-sign-out = Sign-out
admin-activity-password-writeback = Password writeback
admin-activity-directory-sync = Directory sync
admin-activity-change-password-self-service = Change password (self-service)
admin-activity-add-user = Add user
admin-activity-update-user = Update user
admin-activity-delete-user = Delete user
admin-activity-import-users = Import users
admin-activity-reset-password-by-admin = Reset password (by admin)
admin-activity-add-group = Add group
admin-activity-delete-group = Delete group
admin-activity-add-member-to-group = Add member to group
admin-activity-remove-member-from-group = Remove member from group
admin-activity-create-bootstrap-administrator = Create bootstrap administrator
admin-activity-update-self-service-password-reset-policy = Update self-service password reset policy
admin-activity-update-password-protection-policy = Update password protection policy
admin-activity-user-submitted-their-user-id = User submitted their user ID
admin-activity-user-started-a-verification-option = User started a verification option
admin-activity-user-completed-a-verification-option = User completed a verification option
admin-activity-user-failed-a-verification-option = User failed a verification option
admin-activity-user-completed-all-verification-steps-required = User completed all verification steps required
admin-activity-user-submitted-a-new-password = User submitted a new password
admin-activity-reset-password-self-service = Reset password (self-service)
admin-activity-unlock-user-account-self-service = Unlock user account (self-service)
admin-activity-blocked-from-self-service-password-reset = Blocked from self-service password reset
admin-activity-rate-limit-reached = Rate limit reached
admin-activity-telephony-spike-reported-to-administrators = Telephony spike reported to administrators
admin-activity-user-asked-an-administrator-for-help = User asked an administrator for help
admin-activity-verification-code-could-not-be-sent = Verification code could not be sent
admin-activity-authenticator-code-reused = Authenticator code reused
admin-activity-user-registered-for-self-service-password-reset = User registered for self-service password reset
admin-activity-user-registered-an-authentication-method = User registered an authentication method
admin-activity-user-removed-an-authentication-method = User removed an authentication method
admin-activity-user-confirmed-their-authentication-information = User confirmed their authentication information
admin-activity-notification-could-not-be-delivered = Notification could not be delivered
admin-activity-user-reported-a-change-they-didn-t-make = User reported a change they didn't make
admin-activity-registration-reminder-sent = Registration reminder sent
admin-activity-update-organization-name-and-logo = Update organization name and logo
admin-activity-audit-retention-applied = Audit retention applied
admin-activity-create-api-token = Create API token
admin-activity-revoke-api-token = Revoke API token
admin-activity-admin-deleted-security-info = Admin deleted security info
admin-activity-admin-required-re-registration-of-security-info = Admin required re-registration of security info
admin-activity-apply-policy-document = Apply policy document
admin-activity-delivery-failures-reported-to-administrators = Delivery failures reported to administrators
admin-activity-resend-undelivered-notification = Resend undelivered notification
admin-activity-dismiss-undelivered-notification = Dismiss undelivered notification
admin-activity-app-notification-approved = App notification approved
admin-activity-app-notification-answered-with-a-wrong-number = App notification answered with a wrong number
admin-activity-app-notification-denied = App notification denied
admin-activity-app-notification-reported-as-not-me = App notification reported as not me
admin-activity-app-notification-answer-refused = App notification answer refused
admin-activity-issue-temporary-access-pass = Issue Temporary Access Pass
admin-activity-revoke-temporary-access-pass = Revoke Temporary Access Pass
admin-activity-sign-in-with-temporary-access-pass = Sign-in with Temporary Access Pass
