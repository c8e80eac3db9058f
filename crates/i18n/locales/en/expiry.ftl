# expiry area: password expiry settings, reminders and reports.

## Reminder messages (email and text)
expiry-reminder-subject = { $days ->
    [one] Your { $org } password expires tomorrow
   *[other] Your { $org } password expires in { $days } days
}
expiry-reminder-body = Your { $org } password expires on { $expires_utc }. Choose a new one before then; after it expires you'll have to change it when you next sign in.
expiry-reminder-here = Change it here:
expiry-reminder-button = Change your password
expiry-reminder-ignore = We never ask for your password in an email or a text. If you've already changed it, you can ignore this message.
expiry-reminder-sms = { $org }: your password expires { $days ->
    [one] tomorrow
   *[other] in { $days } days
} ({ $expires_utc }). Change it at { $change_url }

## Settings errors
expiry-error-max-age = Enter a number of days from 0 (never expires) to 3650.
expiry-error-reminder-days = Enter up to 10 different numbers of days, each from 1 to 90, separated by commas.
expiry-error-group-age = Enter a number of days from 1 to 3650.
expiry-error-group = Choose a group.
expiry-error-report-days = Enter a number of days from 1 to 365.

## Admin page
admin-nav-expiry = Password expiry
expiry-title = Password expiry
expiry-intro = Passwords of Latchkey's own accounts can expire a number of days after they were set. Accounts from the on-premises directory follow the directory's own expiry. A user past the expiry must change their password when they next sign in.
expiry-settings-heading = Settings
expiry-max-age-label = Maximum password age (days)
expiry-max-age-hint = 0 means passwords never expire.
expiry-reminder-days-label = Send reminders this many days before
expiry-reminder-days-hint = Separated by commas, for example 14, 7, 3, 1.
expiry-by-email = Remind by email
expiry-by-sms = Remind by text message
expiry-save = Save
expiry-saved = Password expiry settings saved.
expiry-read-only = Only global administrators can change these settings.
expiry-groups-heading = Maximum age per group
expiry-groups-intro = A group's own maximum age applies to its members, including members of nested groups. When a user is in several such groups, the smallest applies.
expiry-groups-none = No group has a maximum age of its own.
expiry-col-group = Group
expiry-col-max-age = Maximum age (days)
expiry-group-label = Group
expiry-group-days-label = Maximum age (days)
expiry-group-set = Set
expiry-group-remove = Remove
expiry-group-saved = The group's maximum age was saved.

## Reports
expiry-report-heading = Accounts expiring soon
expiry-report-days-label = Within this many days
expiry-report-show = Show
expiry-report-csv = Download CSV
expiry-report-count = { $n ->
    [one] { $days ->
        [one] One account's password expires within a day.
       *[other] One account's password expires within { $days } days.
    }
   *[other] { $days ->
        [one] { $n } accounts' passwords expire within a day.
       *[other] { $n } accounts' passwords expire within { $days } days.
    }
}
expiry-report-none = { $days ->
    [one] No password expires within a day.
   *[other] No password expires within { $days } days.
}
expiry-col-user = Username
expiry-col-name = Name
expiry-col-expires = Expires
expiry-col-days-left = Days left
expiry-col-source = Rule
expiry-source-local = Latchkey
expiry-source-directory = On-premises directory
expiry-sent-heading = Reminders sent in the last 30 days
expiry-sent-none = No reminder was sent in the last 30 days.
expiry-col-sent = Sent
expiry-col-days-before = Days before
expiry-col-channel = Channel
expiry-col-state = Delivery
expiry-state-queued = Waiting
expiry-state-failed = Not delivered
expiry-state-sent = Delivered

## Audit log
admin-activity-update-password-expiry-settings = Update password expiry settings

## On-premises directory: password expiry read by the sync
expiry-directory-expires = Password expires (directory)
expiry-directory-never = Never
expiry-directory-now = Now: the directory requires a new password
expiry-directory-doc = Password expiry
expiry-directory-doc-ad = read from msDS-UserPasswordExpiryTimeComputed (the domain's and fine-grained password policies)
expiry-directory-doc-ppolicy = read from pwdChangedTime and the pwdMaxAge of each account's policy (default policy { $policy })
expiry-directory-doc-no-default = only for accounts with their own pwdPolicySubentry: the overlay's default policy couldn't be found
expiry-directory-doc-no-default-fix = let the service account read olcPPolicyDefault in cn=config (olcAccess: to attrs=entry,objectClass,olcPPolicyDefault by dn.exact="<service account>" read)
expiry-directory-doc-none = not read: without the ppolicy overlay, passwords don't expire in the directory
expiry-directory-doc-unreadable = the password policies couldn't be read: { $error }
