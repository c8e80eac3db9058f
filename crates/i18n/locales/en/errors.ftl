# Validation and rule texts from the domain (crates/core) and the service layer
# (crates/web/src/service): form field errors, password rules and the API's messages.

## Usernames, email addresses and phone numbers

errors-username-empty = Enter a username.
errors-username-too-long = A username can be at most 113 characters long.
errors-username-local-empty = Enter the part of the username before the @.
errors-username-local-too-long = The part before the @ can be at most 64 characters long.
errors-username-bad-char = A username can't contain “{ $char }”. Use letters, digits and ' . - _ ! # ^ ~.
errors-username-dots = A username can't start or end with a dot or have two dots in a row.
errors-username-domain-length = The domain after the @ must be 1 to 48 characters long.
errors-username-domain-chars = The domain after the @ may only hold letters, digits, hyphens and dots, like example.org.
errors-email-invalid = Enter an email address like name@example.org.
errors-email-masked = This is a hidden (masked) address. Type the full address, or leave the field as it was.
errors-phone-empty = Enter a phone number.
errors-phone-too-long = That phone number is too long.
errors-phone-country-code = Start the number with + and its country code, for example +1 425 555 0100 or +44 20 7946 0958.
errors-phone-unreadable = That doesn't look like a phone number. Check the country code and the digits.
errors-phone-invalid-for-country = That number isn't valid for its country. Check the country code and the digits.
errors-phone-unreadable-local = That doesn't look like a phone number. Type the digits as you'd dial them, or + and the country code.
errors-phone-kind = This kind of number (premium-rate, shared-cost or satellite) can't receive codes. Use a personal mobile or office number.
errors-phone-country-blocked = Codes can't be sent to numbers in this country. Ask your administrator.
errors-role-invalid = Choose user, helpdesk_verifier, password_admin or global_admin.

## Profile and group fields

errors-first-name-too-long = First name can be at most { $max } characters long.
errors-first-name-control = First name can't contain control characters.
errors-last-name-too-long = Last name can be at most { $max } characters long.
errors-last-name-control = Last name can't contain control characters.
errors-display-name-too-long = Display name can be at most { $max } characters long.
errors-display-name-control = Display name can't contain control characters.
errors-description-too-long = The description can be at most { $max } characters long.
errors-description-control = The description can't contain control characters.
errors-display-name-empty = Enter a display name, or a first or last name to make one from.
errors-group-name-empty = Enter a group name.
errors-group-name-invalid = A group name is 1 to 64 characters, without control characters.

## Self-service password reset policy

errors-policy-group-required = Choose the group whose members may reset their password.
errors-policy-methods-required-range = The number of methods required to reset must be 1 or 2.
errors-policy-methods-too-many = At most { $max } methods can be listed, each once: { $methods }.
errors-policy-method-twice = { $method } is listed more than once. List each method once.
errors-policy-methods-empty = Choose at least one method users can reset with.
errors-policy-methods-fewer = { $n ->
    [one] Choose at least { $n } method, because { $n } is required to reset.
   *[other] Choose at least { $n } methods, because { $n } are required to reset.
}
errors-policy-questions-only = Security questions can't be the only method: answers can be found or guessed, so a reset always needs one other method too.
errors-policy-questions-register-range = The number of questions required to register must be between 3 and 5.
errors-policy-questions-reset-range = The number of questions required to reset must be between 3 and 5.
errors-policy-questions-reset-exceeds = Users can't be asked more questions at reset than they registered: the number required to reset must not exceed the number required to register.
errors-policy-custom-questions-too-many = At most 20 custom questions.
errors-policy-custom-question-length = Each custom question must be 3 to 200 characters long, on one line.
errors-policy-reconfirm-days = The number of days must be between 0 (never) and 730.
errors-policy-helpdesk = Enter a web address starting with https:// or an email address.
errors-policy-countries-empty = List at least one country that codes may be texted or called to, such as US or GB.
errors-policy-country-invalid = "{ $code }" isn't a country code. Use two-letter ISO 3166 codes in capitals, such as US, GB or DE.
errors-policy-country-twice = { $country } is listed more than once. List each country once.
errors-policy-group-missing = There is no group with id { $id }. Choose an existing group.

## Password protection policy

errors-protect-min-length = The minimum length must be between 8 and 256 characters.
errors-protect-history = Remember at most 24 previous passwords.
errors-protect-min-score = The minimum strength is a score from 0 to 4.
errors-protect-terms-too-many = At most { $max } banned terms; this list has { $count }.
errors-protect-term-length = “{ $term }”: each banned term must be 4 to 16 characters long.

## Temporary Access Pass

errors-access-pass-lifetime = A Temporary Access Pass is valid for { $min } minutes to 8 hours: choose between { $min } and { $max } minutes.
errors-access-pass-blocked = This account's sign-in is blocked: allow sign-in first, then issue the pass.
errors-access-pass-changed = This account's role or sign-in changed while the pass was being issued. Look at the account again, then issue the pass.

## Why a new password was refused

errors-password-too-short = { $min ->
    [one] Your password must be at least { $min } character long.
   *[other] Your password must be at least { $min } characters long.
}
errors-password-too-long = { $max ->
    [one] Your password can be at most { $max } character long.
   *[other] Your password can be at most { $max } characters long.
}
errors-password-too-common = This password is too common. Choose one that is harder to guess.
errors-password-same-as-current = Your new password must be different from your current password.
errors-password-contains-username = Your password can't contain your username.
errors-password-mismatch = The passwords you typed don't match.
errors-password-contains-name = Your password can't contain your name or the organization's name. Choose something that isn't about you.
errors-password-custom-banned = Your password contains a word your organization doesn't allow. Choose a different password.
errors-password-breached = This password has appeared in a data breach, so attackers try it first. Choose a different one.
errors-password-reused = You used this password recently. Choose one you haven't used before.
errors-password-too-weak = This password is too easy to guess. Add another word or two.
errors-password-needs-classes = Use at least three of these: lower-case letters, capital letters, digits and symbols.
errors-password-name-or-username = Your new password can't contain your name or username. Choose something that isn't about you.
errors-password-organization-with-year = Your new password can't be the organization's name with a year or other digits.
errors-password-keyboard-walk = Your new password can't be a row of keys like qwerty. Choose a few words instead.

## Password strength meter

errors-strength-suggest-words = Use a few words, avoid common phrases.
errors-strength-warn-names = Names are easy to guess.
errors-strength-warn-common = This is similar to a commonly used password.
errors-strength-warn-keyboard = Rows of keys are easy to guess.
errors-strength-warn-repeats = Repeats like "aaa" are easy to guess.
errors-strength-warn-sequences = Sequences like "abc" or "654" are easy to guess.
errors-strength-suggest-another-word = Add another word or two. Uncommon words are better.
errors-strength-suggest-longer = Longer is stronger: a few unrelated words make a strong password.

## Security questions

errors-answer-too-short = The answer is too short. Use at least 3 characters.
errors-answer-too-long = The answer is too long. Use at most 40 characters.
errors-answer-duplicate = Each answer must be different from your other answers.
errors-answer-contains-question = The answer must not repeat the question.
errors-answer-contains-username = The answer must not contain your username.
errors-answer-contains-password = The answer must not contain your password.
errors-question-control = The question must not contain line breaks or control characters.
errors-question-too-short = The question is too short. Use at least { $min } characters.
errors-question-too-long = The question is too long. Use at most { $max } characters.

## Group members

errors-member-not-found = There is no user or group called “{ $name }”.
errors-member-deleted = A member was deleted just now. Check the members and try again.
errors-member-ambiguous = Several people are called “{ $name }”: { $candidates }. Type the username of the one you mean.

## Importing users

errors-import-password-hash = Give an Argon2id hash in PHC form ($argon2id$v=19$m=…,t=…,p=…$salt$hash) with parameters from OWASP's list (at least m=19456,t=2 or an equivalent) up to m=65536,t=10,p=16, or leave it empty for no password.
errors-import-group-managed = The group “{ $name }” is managed by the on-premises directory: add members there, not in Latchkey.
errors-import-group-missing = There is no group called “{ $name }”.
errors-import-username-twice = The username “{ $name }” is on line { $line } too.
errors-import-user-exists = There is already a user “{ $name }”.
errors-import-unknown-column = Unknown column “{ $column }” in the header row. The columns are: { $columns }.
errors-import-column-twice = The column “{ $column }” is in the header row twice.
errors-import-no-username-column = The header row needs a username column (the first line names the columns: username,first_name,…).
errors-import-header-not-utf8 = The header row isn't UTF-8 text. Save the file as UTF-8.
errors-import-row-not-utf8 = This row isn't UTF-8 text. Save the file as UTF-8.
errors-import-row-values = { $count ->
    [one] This row has { $count } value; the header row names { $columns } columns.
   *[other] This row has { $count } values; the header row names { $columns } columns.
}
errors-import-empty = The file is empty: the first line must name the columns (username,first_name,…).
errors-import-line-not-utf8 = This line isn't UTF-8 text. Save the file as UTF-8.
errors-import-line-not-json = This line isn't a JSON object with the import's keys: { $error }.
errors-import-line = Line { $line }: { $problems }

## What the portal's pages say when a change is refused

errors-page-username-taken = That username is already taken. Choose another one.
errors-page-group-name-taken = A group with that name already exists. Choose another name.
errors-page-global-only = Only global administrators can do this. Ask a global administrator for help.
errors-page-manage-admins = Password administrators can manage users who aren't administrators. Ask a global administrator.
errors-page-self-change = You can't change your own role, block yourself or delete yourself.
errors-page-self-security-info = Change your own email addresses, phone numbers and security info on My account (Keep your account secure), where your password is confirmed. Nothing was changed.
errors-page-self-reset = Change your own password on My account, where your current password is asked for.
errors-page-nesting = Can't add “{ $member }”: { $why }.
errors-page-method-limit = You already have as many of these as an account may have. Remove one on Keep your account secure, then add the new one.
errors-page-changed-meanwhile = Someone else changed these settings at the same time, so your change wasn't saved. Check the settings below and save again.
errors-last-global-admin = This is the only enabled global administrator. Make someone else a global administrator first.
errors-no-such-member = There is no such user or group.
errors-refused = Refused: { $why }.
errors-sspr-group = This is the group self-service password reset is turned on for. Choose another group, or turn it off, on the Properties page first.

## What the JSON API says when a change is refused

errors-api-not-found = There is no such resource.
errors-api-not-member = That member is not a direct member of this group.
errors-api-username-taken = That username is already taken.
errors-api-group-name-taken = A group with that name already exists.
errors-api-global-only = Only global administrators can do this; the owner of this token is a password administrator.
errors-api-manage-admins = Password administrators can manage users who aren't administrators.
errors-api-self-change = A token can't change its owner's role, block its owner or delete its owner.
errors-api-self-security-info = A token can't change its owner's contact details or security info; the owner changes them on My account, where the password is confirmed. Nothing was changed.
errors-api-self-reset = A token can't reset its owner's password; the owner changes it on My account.
errors-api-nesting = Can't add { $member }: { $why }.
errors-api-changed-meanwhile = Someone else changed these settings at the same time, so this change wasn't saved. Read them again and retry.
errors-token-owner-self = You can make tokens only for yourself. To make one for another administrator, use the command line (latchkey token create) or ask them.

# Leftovers: on-premises write-back, branding, managed accounts, nesting, refusals.
errors-writeback-too-short = Your organization's directory needs a longer password. Choose a longer one.
errors-writeback-in-history = You've used this password recently. Choose one you haven't used before.
errors-writeback-not-complex = Your organization's directory needs a more complex password: use at least three of capital letters, small letters, digits and symbols, and don't include your name or username.
errors-writeback-too-recent = Your password was changed too recently to change it again. Try again tomorrow, or ask your IT team.
errors-writeback-other = Your organization's directory didn't accept this password. Choose a different one.
errors-writeback-wrong-current = Your current password isn't right. Check it and try again.
errors-writeback-locked = Your account is locked in your organization's directory. Unlock it first, or ask your IT team.
errors-writeback-protected = This account is protected in your organization's directory, so its password can't be changed here. Ask your IT team.
errors-writeback-unavailable = Your organization's directory couldn't take the change just now, so your password hasn't changed anywhere. Try again in a few minutes; if it keeps happening, tell your IT team.
errors-writeback-off = Password reset isn't turned on for accounts from your organization's on-premises directory. Ask your IT team.
errors-branding-name-length = The organization name must be 1 to 64 characters.
errors-branding-logo-too-large = The logo can be at most 200 KB. Use a smaller image.
errors-branding-logo-type = The logo must be a PNG, JPEG or SVG image.
errors-branding-logo-base64 = The logo must be a PNG, JPEG or SVG image in base64.
errors-managed-user = This account comes from your on-premises directory: its names and contact details are managed there, and changes made there arrive with the next sync. Its role and password can be changed here, and its sign-in blocked here.
errors-managed-group = This group comes from your on-premises directory: its name and members are managed there, and changes made there arrive with the next sync. Nest it in a group made in Latchkey to add others.
errors-nesting-self = a group can't be a member of itself
errors-nesting-cycle = that would put the group inside itself: it already contains this group
errors-refused-not-configured = no on-premises directory is configured: set [ldap] urls, bind_dn, bind_password and user_base
errors-refused-sync-running = another Latchkey instance is syncing the directory right now; try again in a few minutes
errors-refused-sync-started = another Latchkey instance started syncing the directory at the same moment
errors-refused-sync-overtaken = another sync wrote its changes first; nothing was written by this one
errors-refused-role-changed = the user's role changed while their password was being reset; reload and try again
