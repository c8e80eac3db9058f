## The self-service password reset journey (/reset): start, options, verification,
## new password, the last page, help and the pages that say why it ended.

## Shared by the reset pages.

reset-title = Get back into your account
reset-next = Next
reset-cancel = Cancel
reset-back-to-sign-in = Back to sign in
reset-start-again = Start again
reset-sign-in = Sign in
reset-try-again = Try again
reset-contact-admin = Contact your administrator

## Start page: who are you, and the human check.

reset-start-heading = Who are you?
reset-start-intro = To recover your account, enter your username.
reset-start-intro-captcha = To recover your account, enter your username and the characters in the picture.
reset-start-username = Username
reset-start-username-hint = For example mias or mia.steele@example.org.
reset-start-username-missing = Enter your username.
reset-start-noscript = The check that you're a person needs JavaScript; without it you can still go on, a few times an hour.
reset-start-captcha-alt = CAPTCHA: six characters, distorted
reset-start-captcha-question = Can't read the picture? Answer this instead:
reset-start-captcha-label = Enter the characters in the picture, or the answer to the question
reset-human-picture-used = That picture was already used. Enter the characters in the new picture.
reset-human-picture-expired = The picture expired. Enter the characters in the new picture.
reset-human-picture-wrong = The characters didn't match the picture. Try the new picture, or answer the question instead.
reset-human-check-again = Your browser's check didn't go through. Wait a moment and try again.
reset-human-check-busy = Many requests came from your network just now, so your browser's check takes a little longer. Try again.
reset-human-check-expired = This page was open for a long time, so its check expired. Try again.
reset-human-provider-failed = The check that you're a person didn't pass. Try it again.

## Reset or unlock.

reset-options-heading = Why are you having trouble signing in?
reset-options-legend = Choose one
reset-options-forgot = I forgot my password
reset-options-forgot-hint = No worries, we'll help you reset it using the security info you registered.
reset-options-unlock = I know my password, but still can't sign in
reset-options-unlock-hint = This might happen because you tried signing in with an incorrect password too many times. We'll unlock your account and keep your password.
reset-options-invalid = Choose one of the two options.

## Verification: the methods.

reset-method-email = Email my alternate email
reset-method-mobile-sms = Text my mobile phone
reset-method-mobile-voice = Call my mobile phone
reset-method-office-voice = Call my office phone
reset-method-app = Enter a code from my authenticator app
reset-method-questions = Answer my security questions
reset-method-app-notification = Approve a notification on my phone
reset-method-passkey = Use a passkey

## Verification: the page and its panels.

reset-verify-steps = Verification step { $step } > choose a new password
reset-verify-methods-heading = Please choose the contact method we should use for verification:
reset-verify-choose = Choose a method to continue.
reset-verify-aside = None of these work for you?
reset-verify-aside-helpdesk = or your helpdesk:
reset-verify-second-method = Done. Now choose a second, different method.
reset-verify-choose-shown = Choose one of the methods shown.
reset-verify-email-label = Email address
reset-verify-phone-label = Phone number
reset-verify-send-email = Email
reset-verify-send-text = Text
reset-verify-send-call = Call
reset-verify-destination-number = To protect your account, enter the full number ({ $masked }) below, as you registered it. You can leave out the country code if it's the same country. We'll then send you a code.
reset-verify-destination-address = To protect your account, enter the full address ({ $masked }) below. We'll then send you a code.
reset-verify-mismatch-address = That address doesn't match the one we have for you. Check it and try again, or choose another method.
reset-verify-mismatch-number = That number doesn't match the one we have for you. Check it and try again, or choose another method.
reset-verify-send-failed = We couldn't send a code just now. Try again in a moment, or choose another method.
reset-verify-code-email = We've emailed a code to { $masked }. It's valid for 5 minutes.
reset-verify-code-sms = We've texted a code to { $masked }. It's valid for 5 minutes.
reset-verify-code-call = We're calling { $masked } to read you a code. It's valid for 5 minutes.
reset-verify-code-label = Enter your verification code
reset-verify-new-code = Send a new code
reset-verify-app-prompt = Open your authenticator app and enter the 6-digit code it shows for this account.
reset-verify-app-label = Enter the code from your authenticator app
reset-verify-questions-prompt = Answer the questions below, as you answered them when you registered.
reset-verify-answer-shown = Answer the questions shown.
reset-verify-passkey-prompt = Use the passkey on this device or a security key: select "Use my passkey", then follow your browser's steps (your fingerprint, face, PIN or screen lock).
reset-verify-passkey-noscript-strong = Using a passkey needs JavaScript
reset-verify-passkey-noscript-rest = , which is turned off in this browser. Turn it on and reload this page, or choose another method.
reset-verify-passkey-button = Use my passkey
reset-verify-push-send-prompt = We'll send a notification to the Latchkey app on your phone. Open it, enter the number this page shows, and approve.
reset-verify-push-send = Send a notification
reset-verify-push-wait-prompt = Open the Latchkey app on your phone and enter this number
reset-verify-push-waiting = Waiting for your approval…
reset-verify-push-approved = I've approved it
reset-verify-push-again = Send a new notification

## Verification: why a try was refused.

reset-check-passkey-noscript = Using a passkey needs JavaScript, which didn't run in this browser. Turn it on and try again, or choose another method.
reset-check-no-code = There's no code waiting for this method, or it has expired. Send a new code.
reset-check-busy = Several codes are being checked at once. Wait a moment and try again.
reset-check-app-wrong = That code isn't right. Wait for the next code in your app and try again.
reset-check-answers-wrong = One or more answers didn't match. Check them and try again.
reset-check-code-not-right = That code isn't right.
reset-check-code-wrong = That code isn't right. Check it and try again.
reset-check-code-too-many = That code was entered wrongly too many times. Send a new code.
reset-check-code-expired = That code has expired. Send a new code.
reset-passkey-no-ceremony = Your passkey request expired or was already used. Select "Use my passkey" to try again.
reset-passkey-wrong = Your passkey couldn't be verified. Try again, or choose another method.
reset-passkey-busy = Several checks are under way at once. Wait a moment and try again.
reset-passkey-expired = Your session has expired. Start again; it only takes a minute.
reset-passkey-blocked = For your security, self-service password reset is blocked for this account for 24 hours. If you need to get in sooner, contact your administrator.
reset-passkey-not-offered = A passkey can't be used at this step. Choose one of the methods shown.
reset-push-failed = We couldn't reach your phone. Check it's online and the Latchkey app is installed, then try again, or choose another method.
reset-push-gone = Your phone's notifications stopped working. Set up the Latchkey app again from your security info, or choose another method.
reset-push-too-many = We've already sent 3 requests to your phone in the last 10 minutes. Wait a few minutes, or choose another method.
reset-push-no-request = There's no request waiting for your phone. Send a new one.
reset-push-expired = The request expired. Send a new one.
reset-push-not-yet = Not approved yet. Open the Latchkey app on your phone, enter the number shown here and approve.
reset-push-wrong-number = The number entered in the app didn't match the one shown here. Send a new request and enter the number shown on this page.
reset-push-denied-title = Request denied
reset-push-denied = You denied the request in the Latchkey app, so this password reset has ended. Start again if that was a mistake.
reset-push-reported = The request was reported in the Latchkey app as not made by you, so this password reset has ended and your administrators were told.

## The new password.

reset-password-heading = Choose a new password
reset-password-new = Enter new password
reset-password-new-hint = { $min ->
    [one] At least { $min } character. A few unrelated words make a strong password that is easy to remember.
   *[other] At least { $min } characters. A few unrelated words make a strong password that is easy to remember.
}
reset-password-confirm = Confirm new password
reset-password-finish = Finish
reset-password-enter-new = Enter a new password.
reset-already-done-title = This reset was already finished
reset-already-done-body = Your new password was already set from another window or by a second click, so the one in this form wasn't used.
reset-already-done-next = Sign in with the password you chose first. If you're not sure which one it is, start again: it only takes a minute.
reset-in-progress-title = Your new password is still being saved
reset-in-progress-body = Another window or a second click is saving a new password for this reset right now, so the one in this form wasn't used.
reset-in-progress-next = Wait a moment, then try again: if the other one went through, you'll be told so; if it didn't, you can choose your password again.

## The last page.

reset-unlocked-title = Your account has been unlocked
reset-unlocked-body = You can now sign in with your password.
reset-done-title = Your password has been reset
reset-done-body = You can now sign in with your new password.
reset-done-sign-in = Sign in with your new password

## Pages that say why the journey ended.

reset-message-helpdesk = Your helpdesk:
reset-expired-title = Your session has expired
reset-expired-body = For your security, a password reset has to be finished within 15 minutes, and it ends when something about the account changes on the way: a newer code was sent (from another window, say), or the account or its security info was changed.
reset-expired-next = Start again; it only takes a minute.
reset-blocked-title = You've tried too many times
reset-blocked-body = For your security, self-service password reset is blocked for this account for 24 hours.
reset-blocked-next = If you need to get in sooner, contact your administrator.

## Contact your administrator.

reset-help-intro = If you can't use any of the ways shown, or you never set them up, an administrator can reset your password for you.
reset-help-helpdesk = Contact your helpdesk:
reset-help-submit = Ask an administrator for help
reset-help-none-title = We couldn't reach an administrator
reset-help-none-body = Nobody here has been set up to receive help requests yet, so nothing was sent.
reset-help-none-next = Contact your IT team another way, in person or by phone; they can reset your password for you.
reset-help-sent-title = We've let your administrators know
reset-help-sent-body = If the username you entered belongs to an account, its administrators have been asked to help you reset your password.
reset-help-sent-next = They may contact you to confirm who you are.

## The CAPTCHA's accessible question; the passkey panel of /reset/verify (static/passkey.js).
reset-captcha-plus = What is { $a } plus { $b }?
reset-captcha-minus = What is { $a } minus { $b }?
reset-captcha-word = Type the { $ordinal } word of: { $words }
reset-captcha-numbers = zero, one, two, three, four, five, six, seven, eight, nine, ten, eleven, twelve, thirteen, fourteen, fifteen, sixteen, seventeen, eighteen, nineteen, twenty
reset-captcha-ordinals = first, second, third, fourth
reset-captcha-words = river maple stone cloud apple candle garden pencil window forest tiger button orange silver rabbit ladder pillow basket carpet lemon violin meadow harbor jacket kettle mirror pepper rocket saddle tunnel walnut yellow anchor bridge castle dragon feather island marble planet
reset-passkey-msg-cancelled = No passkey was used: the request was cancelled or timed out, or this device has no passkey for your account. Select "Use my passkey" to try again, or choose another method.
reset-passkey-msg-no-support = This browser doesn’t support passkeys. Try another browser, or choose another method.
reset-passkey-msg-follow = Follow your browser’s steps to use your passkey.
