## Registration of verification methods: /setup and its sub-pages.

## /setup: "Keep your account secure"
setup-title = Keep your account secure
setup-register-title = More information required.
setup-register-body = Your organization needs more information to keep your account secure. Set up at least { $required ->
        [one] { $required } method
       *[other] { $required } methods
    } below, so you can reset your password yourself if you ever forget it.
setup-reconfirm-title = Is this still right?
setup-reconfirm-body = Please check that the security info below is still current.
setup-reconfirm-submit = Looks good
setup-tap-title = You signed in with a Temporary Access Pass.
setup-tap-before = It lets you set up your security info here, and nothing else. Set up a method below; then, if you don't know your password, sign out and use
setup-tap-forgot = Forgot my password
setup-tap-after = on the sign-in page with the method you set up.
setup-progress = { $count } of { $required ->
        [one] { $required } required method
       *[other] { $required } required methods
    } set up.
setup-complete-tap-before = You're all set: sign out, then reset your password with
setup-complete-tap-after = if you need to.
setup-complete = You're all set.
setup-continue-account = Continue to my account
setup-questions-only = Security questions can't be your only method: answers can be found or guessed. Also set up one of the other methods below.
setup-not-set-up = Not set up.
setup-remove = Remove { $label }
setup-row-added = added { $date }
setup-app-heading = Authenticator app
setup-app-add = Add an authenticator app
setup-app-default-name = Authenticator app
setup-push-heading = Latchkey app (approve a notification)
setup-push-add = Set up the Latchkey app
setup-push-row = Latchkey app on { $name }
setup-passkeys-heading = Passkeys
setup-passkey-add = Add a passkey
setup-email-heading = Email
setup-email-remove = Remove email
setup-email-sent = We've emailed a code to { $to }.
setup-code-label = Enter the code
setup-verify = Verify
setup-email-label = Email address
setup-email-hint = Use an address that isn't your work account, so you can still read it when you're locked out.
setup-send-code = Send code
setup-mobile-heading = Mobile phone
setup-mobile-remove = Remove mobile phone
setup-mobile-sent = We sent a code to { $to }.
setup-country-label = Country or region
setup-mobile-label = Mobile phone number
setup-text-me = Text me a code
setup-call-me = Call me
setup-office-heading = Office phone
setup-office-remove = Remove office phone
setup-office-calling = We're calling { $to } to read you a code.
setup-office-label = Office phone number
setup-questions-heading = Security questions
setup-questions-answered = { $n ->
        [one] { $n } question answered.
       *[other] { $n } questions answered.
    }
setup-questions-remove = Remove security questions
setup-questions-change = Change answers
setup-questions-set-up = Set up security questions

## Notices after a change
setup-notice-added = Added. You can use it the next time you reset your password.
setup-notice-removed = Removed.
setup-notice-confirmed = Thanks for confirming.
setup-notice-saved = Your security questions are saved.
setup-notice-policy-saved = Your changes were saved. Before you go on, set up the methods administrators need to reset their own password.

## Problems
setup-unknown-method = That method isn't known.
setup-refusal-too-few = You need at least { $required ->
        [one] { $required } method
       *[other] { $required } methods
    } to reset your password. Add another method before you remove this one.
setup-refusal-same-phone = That number is already registered as your other phone. Use a different number, so that one lost phone can't open your account.
setup-refusal-too-many-apps = You can register at most { $max } authenticator apps. Remove one first.
setup-refusal-too-many-devices = You can register the Latchkey app on at most { $max } devices. Remove one first.
setup-refusal-too-many-passkeys = You can register at most { $max } passkeys. Remove one first.
setup-refusal-passkey-name = Give the passkey a name of 1 to { $max } characters, e.g. 'Work laptop'.
setup-refusal-passkey-name-invisible = The name contains an invisible character (such as a text-direction mark or a zero-width space), which could make it look like another name. Type the name again without it.
setup-refusal-duplicate-passkey-name = You already have a passkey with this name. Choose another name.
setup-refusal-not-allowed = Your organization doesn't use this method.
setup-no-code = There's no code waiting for this method, or it has expired. Send a new code.
setup-blocked = Too many wrong codes were entered on your account. For your security, try again in 24 hours.
setup-busy = Several codes are being checked at once on your account. Wait a moment, then try again.
setup-choose-kind = Choose email, mobile phone or office phone.
setup-too-many-codes = You've asked for too many codes. For your security, try again in 24 hours.
setup-send-failed = We couldn't send a code just now. Check what you typed and try again in a moment.
setup-code-wrong = That code isn't right. Check it and try again.
setup-code-used-up = That code was entered wrongly too many times. Ask for a new one.

## /setup/app
setup-app-title = Set up your authenticator app
setup-app-step-add = In your authenticator app (Microsoft Authenticator, Google Authenticator, 1Password, FreeOTP or any other), add an account and choose to scan a QR code.
setup-app-step-scan = Scan this code:
setup-app-cant-scan = Can't scan it? Enter this key instead:
setup-app-step-code = Enter the 6-digit code the app shows.
setup-app-name-label = Name for this app
setup-app-name-hint = So you can tell your apps apart, e.g. 'Work phone'.
setup-app-code-label = Code from the app
setup-next = Next
setup-cancel = Cancel
setup-app-code-wrong = That code isn't right. Check the time on your phone is set automatically, then enter the current code.
setup-app-too-long = Setting up this app took too long. Add the account to your app again with the new QR code or key, then enter the code it shows.

## /setup/passkey
setup-passkey-intro = A passkey lets you prove it's you with this device's screen lock (your fingerprint, face or PIN) or with a security key, without typing a code. You can then use it to reset your password.
setup-passkey-noscript-title = Adding a passkey needs JavaScript
setup-passkey-noscript-before = , which is turned off in this browser. Turn it on and reload this page, or
setup-passkey-noscript-link = set up another method
setup-passkey-noscript-after = .
setup-passkey-name-label = Name for this passkey
setup-passkey-name-hint = So you can tell your passkeys apart, e.g. 'Work laptop'. 1 to 64 characters.
setup-passkey-needs = When you select "Create passkey", your browser asks you to confirm with your screen lock or security key. This needs JavaScript and a browser that supports passkeys.
setup-passkey-create = Create passkey
setup-passkey-default-name = Passkey { $n }
setup-passkey-needs-js = Creating a passkey needs JavaScript, which didn't run in this browser. Turn it on and try again, or go back and set up another method.
setup-passkey-change-password = Change your password first.
setup-passkey-signed-out = You were signed out. Sign in again, then add the passkey.
setup-passkey-step-up = Confirm your password first, then add the passkey.
setup-passkey-no-ceremony = Creating the passkey took too long, or it was already used. Select "Create passkey" to try again.
setup-passkey-failed = Your passkey couldn't be checked, so it wasn't added. Select "Create passkey" to try again.
setup-passkey-js-cancelled = The passkey wasn’t created: the request was cancelled or timed out. Select "Create passkey" to try again.
setup-passkey-js-exists = This device or security key already has a passkey for your account. Use another one, or remove the old passkey first.
setup-passkey-js-security = Passkeys can’t be used at this address. Tell your administrator.
setup-passkey-js-unsupported-device = This browser or device doesn’t support passkeys. Try another browser, or choose another method.
setup-passkey-js-generic = Something went wrong with the passkey. Try again, or choose another method.
setup-passkey-js-reload = Something went wrong. Reload the page and try again.
setup-passkey-js-offline = We couldn’t reach the server. Check your connection and try again.
setup-passkey-js-try-again = Something went wrong. Try again.
setup-passkey-js-no-support = This browser doesn’t support passkeys. Try another browser, or set up another method.
setup-passkey-js-follow = Follow your browser’s steps to create the passkey.
setup-passkey-js-checking = Checking your passkey…

## The JSON endpoints of passkeys (adding one, and using one in a reset)
setup-passkey-api-csrf = For your security, this page expired. Reload it and try again.
setup-passkey-api-post-only = This endpoint only accepts POST.
setup-passkey-api-json = Send the body as JSON, with Content-Type: application/json.
setup-passkey-api-too-large = The body is larger than 64 KiB.
setup-passkey-api-unreadable = The request couldn't be read. Reload the page and try again.
setup-passkey-api-unexpected = The request isn't what this page sends: { $detail }
setup-passkey-api-unavailable = Passkeys can't be used at this address. Choose another method, or tell your administrator.

## /setup/push: the Latchkey app
setup-push-title = Set up the Latchkey app
setup-push-gone = Your phone's notifications stopped working on “{ $name }”. Set up the Latchkey app again, then remove “{ $name }” on the security info page.
setup-push-not-offered = Your organisation doesn't offer the Latchkey app to your account, so you can't set it up. Ask your IT helpdesk if you need it.
setup-push-at-most = You already have the Latchkey app set up on { $max } devices, the most one account may have. Remove one on the security info page before you add another.
setup-push-intro = With the Latchkey app on your phone you can prove it's you by approving a notification: when you reset your password, the reset page shows a two-digit number, and you type it into the app.
setup-push-will-show = We'll show a QR code to scan with your phone. It is valid for { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }, works once, and replaces any code shown before. You can set up the app on up to { $max ->
        [one] { $max } device
       *[other] { $max } devices
    } ({ $devices } set up now).
setup-push-step-scan = On your phone, open the camera and scan this code. It opens the Latchkey app in your browser; add it to your home screen if you're asked.
setup-push-step-allow = Allow notifications when the app asks, give this phone a name and finish.
setup-push-open-link = On this phone? Open the app
setup-push-valid = The code is valid for { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    } and works once; a new code replaces it. You can set up the app on up to { $max ->
        [one] { $max } device
       *[other] { $max } devices
    } ({ $devices } set up now).
setup-done = Done
setup-push-show-code = Show a QR code
setup-push-new-code = Get a new code
setup-push-qr-label = QR code to set up the Latchkey app on your phone
setup-push-default-device = My phone

## /setup/questions
setup-questions-intro = Choose { $count } different questions and answer them. Pick answers only you know and won't forget; they're stored so that nobody, not even an administrator, can read them. Answers are 3 to 40 characters; capitals and extra spaces don't matter.
setup-question-n = Question { $n }
setup-choose-question = Choose a question
setup-answer-n = Answer { $n }
setup-save-answers = Save answers
setup-questions-not-allowed = Your organization doesn't use security questions for your account.
setup-question-missing = Choose question { $n }.
setup-question-duplicate = Question { $n } is already chosen above. Choose a different question.
setup-answer-problem = Answer { $n }: { $problem }

## Built-in security questions, by id (core/src/questions.rs).
setup-question-q01 = What was the first name of your best friend when you were a child?
setup-question-q02 = In which town or city did your parents first meet?
setup-question-q03 = What was the name of the street you lived on when you were ten?
setup-question-q04 = What was the surname of your favourite primary school teacher?
setup-question-q05 = What was the name of your first cuddly toy?
setup-question-q06 = What was the first live concert or show you went to?
setup-question-q07 = What nickname did only your family use for you as a child?
setup-question-q08 = What was the first meal you learned to cook by yourself?
setup-question-q09 = What is the middle name of your oldest cousin?
setup-question-q10 = What was the title of the first book you read on your own?
setup-question-q11 = What was the first name of your first boss?
setup-question-q12 = What was the name of the first club or team you joined as a child?
setup-question-q13 = What was the surname of the doctor or dentist you saw as a child?
setup-question-q14 = What was the name of a pet your grandparents kept?
setup-question-q15 = What was the surname of the family next door when you were growing up?
setup-question-q16 = What was the first name of your first music teacher or sports coach?
setup-question-q17 = What was the first film you saw at the cinema?
setup-question-q18 = What was the first computer or video game you played?
setup-question-q19 = What did your grandchildren, nieces or nephews first call you?
setup-question-q20 = At age seven, what job did you want to have when you grew up?
setup-question-q21 = What was the house number of the home you grew up in?
setup-question-q22 = What was the name of the first restaurant you remember eating at?
setup-question-q23 = In which village or town did your grandparents live?
setup-question-q24 = What was the first musical instrument you tried to play?
setup-question-q25 = What was the name of the first bicycle or car you gave a name to?
setup-question-q26 = Where did you go on your first trip by train or plane?
setup-question-q27 = What was the first name of the child you sat next to on your first school day?
setup-question-q28 = What playground game did you like most as a child?
setup-question-q29 = What was the name of the first holiday campsite or hotel you remember?
setup-question-q30 = What was the first name of your first flatmate or roommate?
setup-question-q31 = What was the model of the first car your family owned?
setup-question-q32 = What food did you refuse to eat as a child?
setup-question-q33 = What was the name of the shop where you bought sweets as a child?
setup-question-q34 = What was the first name of the person who taught you to swim or ride a bike?
setup-question-q35 = What was the name of your first imaginary friend or favourite cartoon character?

## Country or region names in the phone number picker (by calling code).
setup-country-1 = United States / Canada
setup-country-44 = United Kingdom
setup-country-353 = Ireland
setup-country-61 = Australia
setup-country-64 = New Zealand
setup-country-49 = Germany
setup-country-33 = France
setup-country-34 = Spain
setup-country-39 = Italy
setup-country-31 = Netherlands
setup-country-32 = Belgium
setup-country-41 = Switzerland
setup-country-43 = Austria
setup-country-45 = Denmark
setup-country-46 = Sweden
setup-country-47 = Norway
setup-country-358 = Finland
setup-country-48 = Poland
setup-country-351 = Portugal
setup-country-30 = Greece
setup-country-420 = Czechia
setup-country-36 = Hungary
setup-country-40 = Romania
setup-country-380 = Ukraine
setup-country-90 = Türkiye
setup-country-972 = Israel
setup-country-971 = United Arab Emirates
setup-country-27 = South Africa
setup-country-234 = Nigeria
setup-country-254 = Kenya
setup-country-20 = Egypt
setup-country-91 = India
setup-country-92 = Pakistan
setup-country-880 = Bangladesh
setup-country-86 = China
setup-country-852 = Hong Kong
setup-country-81 = Japan
setup-country-82 = South Korea
setup-country-65 = Singapore
setup-country-60 = Malaysia
setup-country-62 = Indonesia
setup-country-63 = Philippines
setup-country-66 = Thailand
setup-country-84 = Vietnam
setup-country-55 = Brazil
setup-country-52 = Mexico
setup-country-54 = Argentina
setup-country-56 = Chile
setup-country-57 = Colombia
setup-country-51 = Peru
setup-app-qr-label = QR code to add { $issuer } ({ $account }) to an authenticator app
