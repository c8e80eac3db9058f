## My account (/account), the forced password change (/password/change),
## "Confirm it's you" (/account/confirm) and "This wasn't me" (/report/…).

account-title = My account
account-password-changed = Your password has been changed.
account-profile = Profile
account-name = Name
account-username = Username
account-email = Email
account-alternate-email = Alternate email
account-mobile-phone = Mobile phone
account-office-phone = Office phone
account-role = Role
account-groups = Groups
account-groups-none = None
account-not-set = Not set
account-security-info = Security info
account-no-methods = You haven't set up any way to reset your password yourself.
account-manage-security-info = Manage security info
account-method-push = Latchkey app on { $value }
account-method-app = Authenticator app: { $value }
account-method-passkey = Passkey: { $value }
account-method-email = Email: { $value }
account-method-mobile = Mobile phone: { $value }
account-method-office = Office phone: { $value }
account-method-questions = Security questions: { $count } answered
account-change-password = Change password
account-current-password = Current password
account-new-password = New password
account-new-password-hint = At least { $min } characters, and different from your current password.
account-confirm-new-password = Confirm new password
account-change-password-submit = Change password
account-wrong-current = Your current password is incorrect.
account-locked = Your account is temporarily locked to prevent unauthorized use. Try again later.
account-enter-current = Enter your current password.
account-enter-new = Enter a new password.
account-enter-confirm = Type the new password again to confirm it.

## My account: the language preference.

account-language-title = Language
account-language-intro = The language Latchkey's pages use for you, on any device you sign in from.
account-language-label = Display language
account-language-browser = Use my browser's language
account-language-submit = Save language
account-language-saved = Your language preference has been saved.

## The forced password change.

account-forced-title = Update your password
account-forced-intro = You need to choose a new password before you continue, because this is the first time you're signing in or because an administrator reset your password.
account-forced-hint = At least { $min } characters. A few unrelated words make a strong password that is easy to remember.
account-forced-submit = Update password

## "Confirm it's you".

account-confirm-title = Confirm it's you
account-confirm-intro = For your security, enter your password again before you change your security info.
account-confirm-submit = Confirm
account-confirm-cancel = Cancel
account-confirm-empty = Enter your password.
account-confirm-wrong = That password isn't right. Enter the password you sign in with. If you don't remember it, sign out and reset it.

## "This wasn't me", from the link in a reset notice.

account-report-title = Report a change you didn't make
account-report-intro = If you didn't reset your password, unlock your account, change your security info or ask your helpdesk for a Temporary Access Pass just now, someone else may have. We'll block sign-in to your account and tell your administrators, who will help you get back in safely.
account-report-submit = This wasn't me: block my account
account-report-back = It was me, take me back
account-report-expired-title = This link has expired
account-report-expired-text = If you're worried about your account, contact your administrator.
account-report-thanks-title = Thanks for telling us
account-report-blocked = We've blocked sign-in to your account and told your administrators. They'll contact you to help you get back in safely.
account-report-ended = We've ended every session of your account, and a new password will be required at your next sign-in. We've told your administrators.
