# الرسائل التي يرسلها Latchkey: رسائل البريد الإلكتروني والرسائل النصية والمكالمات الصوتية.

## عناصر مشتركة

messages-greeting = مرحباً،
messages-greeting-name = مرحباً { $name }،
messages-minutes =
    { $n ->
        [zero] { $n } دقيقة
        [one] دقيقة واحدة
        [two] دقيقتين
        [few] { $n } دقائق
        [many] { $n } دقيقة
       *[other] { $n } دقيقة
    }
messages-report-link = أبلغنا على الفور
messages-issued-by-cli = سطر الأوامر

## رمز التحقق (بريد إلكتروني، رسالة نصية، مكالمة صوتية)

messages-code-email-subject = رمز التحقق لحساب { $org }
messages-code-email-intro = رمز التحقق الخاص بك لدى { $org } هو:
messages-code-email-enter = أدخله في الصفحة التي طلبته منها. تنتهي صلاحيته خلال { $expires_in }.
messages-code-email-never = لن نطلب منك هذا الرمز أبداً عبر الهاتف أو الرسائل النصية أو البريد الإلكتروني. لا تشاركه مع أي شخص، حتى لو ادّعى أنه يعمل لدى { $org }.
messages-code-email-ignore = إذا لم تطلب رمزاً، فيمكنك تجاهل هذه الرسالة. لم يتغير شيء في حسابك.
messages-code-sms = { $code } هو رمز التحقق لدى { $org }. تنتهي صلاحيته خلال { $expires_in }.
messages-code-voice = معك { $org }. رمز التحقق الخاص بك هو { $spoken_code }.

## إشعار إعادة تعيين كلمة المرور

messages-reset-notice-subject = تمت إعادة تعيين كلمة مرور حسابك لدى { $org }
messages-reset-notice-subject-unlock = تم إلغاء تأمين حسابك لدى { $org }
messages-reset-notice-reset = تمت إعادة تعيين كلمة مرور حسابك لدى { $org } في { $when_utc }.
messages-reset-notice-unlock = تم إلغاء تأمين حسابك لدى { $org } في { $when_utc }. لم تتغير كلمة المرور.
messages-reset-notice-was-you = إذا كنت أنت من قام بذلك، فلا داعي لفعل أي شيء آخر.
messages-reset-notice-not-you = إذا لم تكن أنت، فقد يتمكن شخص آخر من تسجيل الدخول باسمك.

## تنبيه إلى المسؤولين العامين

messages-admin-alert-subject = { $org }: تمت إعادة تعيين كلمة مرور أحد المسؤولين
messages-admin-alert-reset-before = تمت إعادة تعيين كلمة مرور المسؤول
messages-admin-alert-reset-after = ({ $admin_username }) بواسطة مسؤول آخر في { $when_utc }.
messages-admin-alert-why = تتلقى هذه الرسالة لأنك مسؤول عام لدى { $org }. إذا لم تكن تتوقع إعادة التعيين هذه، فتحقق من الأمر مع { $admin_display_name }، ثم
messages-admin-alert-report = أبلغ عنها

## طلب مساعدة إلى المسؤولين

messages-help-subject = { $org }: طلب أحد المستخدمين المساعدة بشأن كلمة المرور
messages-help-asked-before = طلب شخص ما المساعدة بشأن كلمة مرور الحساب
messages-help-asked-after = في { $when_utc }، من العنوان { $client_ip }.
messages-help-used-before = وقد استخدم الخيار
messages-help-link-name = اتصل بالمسؤول
messages-help-used-after = في صفحة إعادة تعيين كلمة المرور.
messages-help-verify = قبل إعادة تعيين كلمة المرور أو إلغاء تأمين الحساب، تأكد من أنك تتحدث مع مالك الحساب: تواصل معه عبر رقم هاتف أو عنوان تعرفه مسبقاً، وليس عبر رقم أو عنوان وارد في رسالة.
messages-help-why = تتلقى هذه الرسالة لأنك مسؤول لدى { $org }.

## تذكير بالتسجيل

messages-reminder-subject = قم بإعداد إعادة تعيين كلمة المرور لحسابك لدى { $org }
messages-reminder-body = لم تخبرنا بعد بكيفية التحقق من هويتك إذا نسيت كلمة مرورك لدى { $org }، مثل رقم هاتف أو تطبيق مصادقة. يستغرق ذلك بضع دقائق فقط، ويتيح لك استعادة الوصول إلى حسابك بنفسك في أي وقت.
messages-reminder-here = قم بإعداده هنا:
messages-reminder-button = الإعداد الآن
messages-reminder-copy = أو انسخ هذا العنوان في المستعرض: { $setup_url }

## إصدار تصريح وصول مؤقت

messages-pass-subject = تم إصدار تصريح وصول مؤقت لحسابك لدى { $org }
messages-pass-subject-admin = تم إصدار تصريح وصول مؤقت للمسؤول { $account }
messages-pass-issued = أصدر أحد المسؤولين ({ $issued_by }) تصريح وصول مؤقتاً لحسابك لدى { $org } في { $when_utc }. وهو صالح حتى { $expires_utc }.
messages-pass-issued-once = أصدر أحد المسؤولين ({ $issued_by }) تصريح وصول مؤقتاً لحسابك لدى { $org } في { $when_utc }. وهو صالح حتى { $expires_utc }، لتسجيل دخول واحد.
messages-pass-use = يتيح لك تسجيل الدخول لتسجيل معلومات الأمان (تطبيق مصادقة أو مفتاح مرور أو هاتفك) إذا لم تكن لديك أي منها أو فقدتها. يسلّمك المسؤول التصريح شخصياً أو عبر الهاتف، ولا يُرسل أبداً عبر البريد الإلكتروني.
messages-pass-not-you = إذا لم تطلب ذلك من مكتب الدعم، فقد يحاول شخص ما الوصول إلى حسابك.
messages-pass-admin-issued = أصدر { $issued_by } تصريح وصول مؤقتاً للمسؤول { $account } لدى { $org } في { $when_utc }. وهو صالح حتى { $expires_utc }. ويمكن لمن يحمله تسجيل معلومات الأمان لهذا الحساب.
messages-pass-admin-issued-once = أصدر { $issued_by } تصريح وصول مؤقتاً للمسؤول { $account } لدى { $org } في { $when_utc }. وهو صالح حتى { $expires_utc }، لتسجيل دخول واحد. ويمكن لمن يحمله تسجيل معلومات الأمان لهذا الحساب.
messages-pass-admin-check = إذا لم يكن ذلك متوقعاً، فتحقق من الأمر مع { $account }، وألغِ التصريح من
messages-pass-admin-page = صفحته في مدخل الإدارة
messages-pass-sms = { $org }: أصدر { $issued_by } تصريح وصول مؤقتاً لحسابك. إذا لم تطلبه، فاتصل بمكتب الدعم الآن.

## رسائل الاختبار

messages-test-subject = رسالة اختبار من { $org }
messages-test-body = هذه رسالة اختبار من خدمة إعادة تعيين كلمة المرور لدى { $org }. إذا كان بإمكانك قراءتها، فإن إرسال البريد الإلكتروني يعمل. لا يلزمك فعل أي شيء.
messages-test-sms = هذه رسالة اختبار من { $org }. إرسال الرسائل النصية يعمل.

## إشعارات الأمان (نص عادي)

messages-report-here = إذا لم تكن أنت، فأبلغ عن ذلك هنا:
messages-blocked-subject = { $org }: تم حظر إعادة تعيين كلمة المرور على حسابك
messages-blocked-body = حاول شخص ما التحقق من هويتك لإعادة تعيين كلمة المرور خمس مرات دون نجاح ({ $when }). حفاظاً على أمانك، تم حظر إعادة تعيين كلمة المرور بالخدمة الذاتية على حسابك لمدة 24 ساعة. لم تتغير كلمة المرور.
messages-blocked-advice = إذا كنت أنت، فانتظر 24 ساعة أو اتصل بالمسؤول. وإذا لم تكن أنت، فأبلغ المسؤول: قد يحاول شخص ما الوصول إلى حسابك.
messages-code-reused-subject = { $org }: تم استخدام رمز مصادقة مرة أخرى
messages-code-reused-body = استخدم شخص ما رمز مصادقة سبق استخدامه، وربما اطّلع عليه شخص آخر ({ $when }). تم رفض الرمز ولم تتغير كلمة المرور.
messages-code-reused-contact = واتصل بالمسؤول: قد يحاول شخص ما الوصول إلى حسابك.
messages-passkey-cloned-subject = { $org }: ربما تم نسخ مفتاح المرور الخاص بك
messages-passkey-cloned-body = تم استخدام مفتاح المرور «{ $name }» لإعادة تعيين كلمة المرور ({ $when })، لكنه أبلغ عن عدد استخدامات أقل من السابق: ربما تُستخدم نسخة منه في مكان آخر. تم رفضه ولم تتغير كلمة المرور.
messages-passkey-cloned-remove = أزل مفتاح المرور من صفحة معلومات الأمان، واتصل بالمسؤول.
messages-mobile-changed-sms = { $org }: تم تغيير رقم الهاتف المحمول لحسابك أو إزالته. إذا لم تكن أنت، فاتصل بالمسؤول الآن.

## "Your security info changed"; the "this wasn't me" alert to administrators.
messages-security-changed-subject = { $org }: تم تغيير معلومات الأمان الخاصة بك
messages-security-changed-added = تمت إضافة طريقة أمان إلى حسابك ({ $when }).
messages-security-changed-removed = تمت إزالة طريقة أمان من حسابك ({ $when }).
messages-security-changed-report = إذا لم تكن أنت، فافتح هذا الارتباط: { $link }
messages-security-changed-advice = يؤدي ذلك إلى حظر إعادة تعيين كلمة المرور لحسابك وإبلاغ المسؤولين؛ ثم اتصل بهم: قد يكون شخص آخر يستخدم حسابك.
messages-not-me-change-subject = أبلغ { $username } عن تغيير في حسابه لم يُجرِه
messages-not-me-change-body = يقول { $name } ({ $username }) إن تغييرًا حديثًا في حسابه لم يكن من فعله: إعادة تعيين كلمة المرور أو إلغاء تأمين الحساب، أو معلومات أمان جديدة، أو تصريح وصول مؤقت (يوضح الإشعار الذي ردّ عليه أيّها؛ وسجل التدقيق يتضمن التفاصيل).
messages-not-me-app-subject = أبلغ { $username } عن طلب إعادة تعيين كلمة مرور لم يقدّمه
messages-not-me-app-body = أجاب { $name } ({ $username }) بـ "لم أكن أنا" في تطبيق Latchkey على طلب للموافقة على إعادة تعيين كلمة مرور حسابه: طُلب من { $ip } ({ $browser }) في { $when }. قد يكون شخص آخر يعرف اسم المستخدم الخاص به ويحاول الاستيلاء على الحساب.
messages-not-me-action = حظر Latchkey تسجيل الدخول إلى الحساب (أو، بالنسبة لآخر مسؤول عام، أنهى جلساته وطلب كلمة مرور جديدة). تحقق من سجل التدقيق، وتحدث إلى المستخدم، ثم أعد تعيين كلمة المرور الخاصة به واسمح بتسجيل الدخول مرة أخرى من مدخل الإدارة.
