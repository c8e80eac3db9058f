# Messages Latchkey sends: emails, text messages, voice calls.
# Placeholders: $org the organisation's name; $name a display name; dates are
# already formatted for the language.

## Common pieces

messages-greeting = Hello,
messages-greeting-name = Hello { $name },
messages-minutes =
    { $n ->
        [one] 1 minute
       *[other] { $n } minutes
    }
# Text of the "this wasn't me" link; the email puts ":" and the address after it.
messages-report-link = Let us know right away
# Who issued a Temporary Access Pass when no administrator did.
messages-issued-by-cli = the command line

## Verification code (email, text message, voice call)

messages-code-email-subject = { $org } account verification code
messages-code-email-intro = Your { $org } verification code is:
messages-code-email-enter = Enter it on the page where you asked for it. It expires in { $expires_in }.
messages-code-email-never = We will never ask you for this code by phone, by text or by email. Don't share it with anyone, even someone who says they work for { $org }.
messages-code-email-ignore = If you didn't ask for a code, you can ignore this message. Nothing has changed on your account.
messages-code-sms = { $code } is your { $org } verification code. It expires in { $expires_in }.
# Spoken by a voice call; $spoken_code is the code's characters separated by commas.
messages-code-voice = This is { $org }. Your verification code is { $spoken_code }.

## Password reset notice

messages-reset-notice-subject = Your { $org } password was reset
messages-reset-notice-subject-unlock = Your { $org } account was unlocked
messages-reset-notice-reset = The password for your { $org } account was reset on { $when_utc }.
messages-reset-notice-unlock = Your { $org } account was unlocked on { $when_utc }. Your password has not changed.
messages-reset-notice-was-you = If this was you, there is nothing else to do.
messages-reset-notice-not-you = If this wasn't you, someone else may be able to sign in as you.

## Alert to global administrators: another administrator's password was reset

messages-admin-alert-subject = { $org }: an administrator's password was reset
# Followed by the administrator's name (bold in HTML) and messages-admin-alert-reset-after.
messages-admin-alert-reset-before = The password of the administrator
messages-admin-alert-reset-after = ({ $admin_username }) was reset by another administrator on { $when_utc }.
# Followed by the link text messages-admin-alert-report.
messages-admin-alert-why = You are receiving this because you are a global administrator of { $org }. If you didn't expect this reset, check with { $admin_display_name } and
messages-admin-alert-report = report it

## Help request ("Contact your administrator") to administrators

messages-help-subject = { $org }: a user asked for help with their password
# Followed by the account name (in quotes, bold in HTML) and messages-help-asked-after.
messages-help-asked-before = Someone asked for help with the password of the account
messages-help-asked-after = on { $when_utc }, from the address { $client_ip }.
# Followed by the link name in quotes (messages-help-link-name) and messages-help-used-after.
messages-help-used-before = They used
messages-help-link-name = Contact your administrator
messages-help-used-after = on the password reset page.
messages-help-verify = Before you reset the password or unlock the account, make sure you are talking to the account's owner: reach them through a phone number or address you already know, not one given in a message.
messages-help-why = You are receiving this because you are an administrator of { $org }.

## Registration reminder

messages-reminder-subject = Set up password reset for your { $org } account
messages-reminder-body = You haven't yet told us how to check it's you if you forget your { $org } password, such as a phone number or an authenticator app. It takes a couple of minutes, and it means you can get back into your account on your own, at any hour.
messages-reminder-here = Set it up here:
messages-reminder-button = Set it up now
messages-reminder-copy = Or copy this address into your browser: { $setup_url }

## Temporary Access Pass issued

messages-pass-subject = A Temporary Access Pass was issued for your { $org } account
messages-pass-subject-admin = A Temporary Access Pass was issued for the administrator { $account }
messages-pass-issued = An administrator ({ $issued_by }) issued a Temporary Access Pass for your { $org } account on { $when_utc }. It is valid until { $expires_utc }.
messages-pass-issued-once = An administrator ({ $issued_by }) issued a Temporary Access Pass for your { $org } account on { $when_utc }. It is valid until { $expires_utc }, for one sign-in.
messages-pass-use = With it you can sign in to register your security info (an authenticator app, a passkey, your phone) when you have none or have lost them. Your administrator gives you the pass in person or by phone; it is never sent by email.
messages-pass-not-you = If you didn't ask your helpdesk for this, someone may be trying to get into your account.
messages-pass-admin-issued = { $issued_by } issued a Temporary Access Pass for the { $org } administrator { $account } on { $when_utc }. It is valid until { $expires_utc }. With it, whoever holds it can register security info for that account.
messages-pass-admin-issued-once = { $issued_by } issued a Temporary Access Pass for the { $org } administrator { $account } on { $when_utc }. It is valid until { $expires_utc }, for one sign-in. With it, whoever holds it can register security info for that account.
# Followed by the link text messages-pass-admin-page.
messages-pass-admin-check = If this wasn't expected, check with { $account }, and revoke the pass on
messages-pass-admin-page = their page in the admin portal
messages-pass-sms = { $org }: a Temporary Access Pass was issued for your account by { $issued_by }. If you didn't ask your helpdesk for it, call them now.

## Test messages (latchkey send-test-email, send-test-sms)

messages-test-subject = { $org } test message
messages-test-body = This is a test message from the { $org } password reset service. If you can read it, email delivery works. There is nothing you need to do.
messages-test-sms = This is a test message from { $org }. Text message delivery works.

## Security notices (plain text)

# Followed by the "this wasn't me" link.
messages-report-here = If this wasn't you, report it here:
messages-blocked-subject = { $org }: password reset is blocked on your account
# $when is the moment with its time zone.
messages-blocked-body = Someone tried to verify your identity for a password reset five times without success ({ $when }). For your security, self-service password reset is blocked on your account for 24 hours. Your password has not changed.
messages-blocked-advice = If this was you, wait 24 hours or contact your administrator. If it wasn't you, tell your administrator: someone may be trying to get into your account.
messages-code-reused-subject = { $org }: an authenticator code was used again
messages-code-reused-body = Someone used an authenticator code that had already been used — it may have been seen by someone else ({ $when }). The code was refused and your password has not changed.
# After the link, on its own line.
messages-code-reused-contact = and contact your administrator: someone may be trying to get into your account.
messages-passkey-cloned-subject = { $org }: your passkey may have been copied
messages-passkey-cloned-body = Your passkey “{ $name }” was used for a password reset ({ $when }), but the passkey reported an older use count than before: a copy of it may be in use somewhere else. It was refused and your password has not changed.
messages-passkey-cloned-remove = Remove the passkey at your security info page, and contact your administrator.
messages-mobile-changed-sms = { $org }: the mobile number for your account was changed or removed. If this wasn't you, contact your administrator now.

## "Your security info changed"; the "this wasn't me" alert to administrators.
messages-security-changed-subject = { $org }: your security info changed
messages-security-changed-added = A security method was added to your account ({ $when }).
messages-security-changed-removed = A security method was removed from your account ({ $when }).
messages-security-changed-report = If this wasn't you, open this link: { $link }
messages-security-changed-advice = It blocks password reset for your account and tells your administrators; then contact them: someone else may be using your account.
messages-not-me-change-subject = { $username } reported a change to their account they didn't make
messages-not-me-change-body = { $name } ({ $username }) says a recent change to their account wasn't them: a password reset or unlock, new security info, or a Temporary Access Pass (the notice they answered says which; the audit log has the details).
messages-not-me-app-subject = { $username } reported a password reset request they didn't make
messages-not-me-app-body = { $name } ({ $username }) answered "This wasn't me" in the Latchkey app to a request to approve a password reset of their account: asked from { $ip } ({ $browser }) at { $when }. Someone else may know their user name and be trying to take over the account.
messages-not-me-action = Latchkey has blocked sign-in for the account (or, for the last global administrator, ended their sessions and asked for a new password). Check the audit log, talk to the user, then reset their password and allow sign-in again from the admin portal.
