## Admin portal: users and groups (/admin/users, /admin/groups), the pages that show a
## generated password or a Temporary Access Pass once, and the role names.

## Role names (also on My account).
admin-role-user = User
admin-role-helpdesk-verifier = Helpdesk verifier
admin-role-password-admin = Password administrator
admin-role-global-admin = Global administrator

## Users list (/admin/users).
admin-users-title = Users
admin-users-new = New user
admin-users-search-label = Search users
admin-users-search-placeholder = Name or username
admin-users-search-submit = Search
# The number of users found, ending with a full stop.
admin-users-count = { $n ->
    [one] { $n } user.
   *[other] { $n } users.
}
# The same when searching; $q is the search text.
admin-users-count-matching = { $n ->
    [one] { $n } user matching “{ $q }”.
   *[other] { $n } users matching “{ $q }”.
}
admin-users-caption = Users, page { $page } of { $pages }
admin-users-col-display-name = Display name
admin-users-col-username = Username
admin-users-col-role = Role
admin-users-col-status = Status
admin-users-enabled = Enabled
admin-users-disabled = Disabled
admin-users-pages = Pages
admin-users-previous = Previous page
admin-users-next = Next page
admin-users-page-of = Page { $page } of { $pages }

## New user (/admin/users/new).
admin-users-new-title = New user
admin-users-new-basics = Basics
admin-users-new-display-name-hint = Leave empty to use the first and last name.
admin-users-new-username-hint = Letters, digits and ' . - _ ! # ^ ~, optionally followed by @ and a domain, e.g. mias or mia.steele@example.org.
admin-users-new-password-heading = Password
admin-users-new-password-hint = Only used when 'Automatically create a password' is off.
admin-users-new-mobile-hint = With the country code, e.g. +1 425 555 0100.
admin-users-new-office-hint = With the country code.
admin-users-new-role-heading = Role
admin-users-new-create = Create
admin-users-new-cancel = Cancel
admin-users-created-title = User created
admin-users-created-intro = { $name } can now sign in with the username and password below.

## One user (/admin/users/{id}).
admin-user-managed-strong = This account comes from your on-premises directory
admin-user-managed-dn = DN
admin-user-managed-text = Its names and contact details are managed there, as is whether it is enabled; changes made there arrive with the next sync. Sign-in blocked here stays blocked.
admin-user-managed-password = A password you reset here is written to the directory too.
admin-user-properties = Properties
admin-user-username = Username
admin-user-role = Role
admin-user-account = Account
admin-user-must-change = Must change password
admin-user-yes = Yes
admin-user-no = No
admin-user-groups = Groups
admin-user-none = None
admin-user-reset-password = Reset password
# Followed by a link to My account.
admin-user-reset-self-before-link = To change your own password, use
admin-user-reset-self-after-link = , where your current password is asked for.
admin-user-auto-password = Automatically create a password
admin-user-password = Password
admin-user-password-hint = Only used when 'Automatically create a password' is off. At least { $min } characters.
admin-user-must-change-label = Require this user to change their password when they first sign in
admin-user-enter-password = Enter a password, or tick 'Automatically create a password'.
admin-user-created-typed = User created with the password you typed.
admin-user-saved = Saved.
admin-user-pass-revoked = The Temporary Access Pass was revoked, and the sessions it opened were signed out.
admin-user-reset-typed = The password was reset to the one you typed, and the user's sessions were signed out.
admin-user-reset-title = Password reset
admin-user-reset-intro = The password of { $name } has been reset, and their sessions were signed out.
admin-user-confirm-delete-error = Tick the box to confirm that you want to delete this user.

## One user: the Temporary Access Pass section.
admin-user-pass-heading = Temporary Access Pass
admin-user-pass-hint = A time-limited pass that lets { $name } sign in to register security info when they have lost every method or are new. It opens the security info page only, but what they register there lets them reset their password: verify who they are as carefully as for a password reset.
# Followed by the date and time the pass expires.
admin-user-pass-valid-until = A pass issued by { $issued_by } is valid until
admin-user-pass-one-time = , for one sign-in
admin-user-pass-used = (used)
admin-user-pass-session = A session opened with a pass is open until { $until }.
admin-user-pass-revoke = Revoke pass
admin-user-pass-lifetime = Valid for
admin-user-pass-one-time-label = One-time use (the pass works for one sign-in)
admin-user-pass-issue-new = Issue a new pass (the current one stops working)
admin-user-pass-issue = Issue Temporary Access Pass
admin-user-pass-already-shown = That pass was already issued and shown once. To give them another, issue a new pass below (the earlier one then stops working).
admin-user-pass-none-to-revoke = There was no valid Temporary Access Pass to revoke.

## One user: contact info.
admin-user-contact = Contact info
admin-user-contact-external-hint = From the on-premises directory; change it there.
admin-user-first-name = First name
admin-user-last-name = Last name
admin-user-display-name = Display name
admin-user-email = Email
admin-user-alternate-email = Alternate email
admin-user-mobile-phone = Mobile phone
admin-user-office-phone = Office phone
admin-user-mobile-hint = With the country code, e.g. +1 425 555 0100. Leave empty to clear.
admin-user-office-hint = With the country code. Leave empty to clear.
admin-user-save-contact = Save contact info

## One user: access (role, sign-in, delete).
admin-user-access = Access
admin-user-save-role = Save role
admin-user-block = Block sign-in
admin-user-allow = Allow sign-in
admin-user-external-block-hint = Blocking sign-in here outlasts syncs. The account is deleted in the on-premises directory.
admin-user-confirm-delete = Yes, delete { $username } and their group memberships
admin-user-delete = Delete user

## Groups list (/admin/groups).
admin-groups-title = Groups
admin-groups-new = New group
admin-groups-none = No groups yet.
admin-groups-none-create = Create a security group to choose who may use self-service password reset.
admin-groups-caption = Security groups
admin-groups-col-name = Name
admin-groups-col-description = Description
admin-groups-col-type = Type
admin-groups-type-security = Security
admin-groups-type-external = Security, from the on-premises directory

## New group (/admin/groups/new).
admin-groups-new-title = New group
admin-groups-new-type = Group type
admin-groups-new-name = Group name
admin-groups-new-description = Group description
admin-groups-new-members = Members
admin-groups-new-members-hint = Optional. Usernames, people's display names (Mia Steele) or group names, separated by commas.
admin-groups-new-create = Create
admin-groups-new-cancel = Cancel

## One group (/admin/groups/{id}).
admin-group-managed-strong = This group comes from your on-premises directory
admin-group-managed-text = Its name and members are managed there; changes made there arrive with the next sync. It can still be the group self-service password reset is turned on for.
admin-group-members = Members
admin-group-no-members = This group has no members yet.
admin-group-caption = Direct members of { $group }
admin-group-col-name = Name
admin-group-col-kind = Kind
admin-group-col-actions = Actions
admin-group-kind-user = User
admin-group-kind-group = Group (nested)
admin-group-remove = Remove { $name }
admin-group-add-label = Add member
admin-group-add-hint = A username or a person's display name, or the name of a group to nest in this one.
admin-group-add-submit = Add member
admin-group-delete-heading = Delete group
admin-group-confirm-delete = Yes, delete { $group } (its members are not deleted)
admin-group-delete = Delete group
admin-group-enter-member = Enter a username, a person's display name or a group name.
admin-group-added = Added { $name }.
admin-group-already-member = { $member } is already a member of { $group }; nothing changed.
admin-group-no-such-member = There is no user or group called “{ $name }”.
admin-group-unknown-member = That member isn't known.
admin-group-member-removed = Member removed.
admin-group-already-removed = That member had already been removed.
admin-group-confirm-delete-error = Tick the box to confirm that you want to delete this group.

## A Temporary Access Pass just issued, shown once.
admin-pass-shown-title = Temporary Access Pass issued
# Followed by "security info" (emphasised) and admin-pass-shown-intro-after.
admin-pass-shown-intro-before = { $name } can now sign in with this pass to register their security info. It opens the
admin-pass-shown-intro-em = security info
admin-pass-shown-intro-after = page only, never the rest of the account, and is never accepted as a step of a password reset.
admin-pass-shown-display-name = Display name
admin-pass-shown-username = Username
admin-pass-shown-pass = Temporary Access Pass
admin-pass-shown-copy = Copy pass
admin-pass-shown-valid-for = Valid for
# Followed by the date and time the pass expires; $lifetime is e.g. "1 hour".
admin-pass-shown-valid-until = { $lifetime }, until
admin-pass-shown-use = Use
admin-pass-shown-one-time = One sign-in
admin-pass-shown-many = Any number of sign-ins until it expires
# Followed by the way to the pass sign-in (signin-title › signin-with-pass), emphasised.
admin-pass-shown-give = This pass is shown only once. Give it to { $name } in person or read it out on a call you placed to a number you know is theirs; never send it by email. They sign in at
admin-pass-shown-notices = { $n ->
    [0] They have no email address or mobile phone on record, so nobody was told a pass was issued.
    [one] One notice went out that a pass was issued (without the pass).
   *[other] { $n } notices went out that a pass was issued (without the pass).
}
admin-pass-shown-stops = It stops working when it expires, when they register an authenticator app, the Latchkey app or a passkey, or when you revoke it.
admin-pass-shown-stops-one-time = It stops working when it expires, after one sign-in, when they register an authenticator app, the Latchkey app or a passkey, or when you revoke it.
admin-pass-shown-go-to = Go to { $name }
admin-pass-shown-back = Back to users

## A generated password, shown once (new user, reset).
admin-password-shown-display-name = Display name
admin-password-shown-username = Username
admin-password-shown-password = Password
admin-password-shown-copy = Copy password
admin-password-shown-notice = This password is shown only once. Copy it now and give it to the user in a safe way.
admin-password-shown-must-change = They'll be asked to choose a new one when they first sign in.
admin-password-shown-go-to = Go to { $name }
admin-password-shown-back = Back to users
