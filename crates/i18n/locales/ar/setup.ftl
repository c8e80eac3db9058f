## تسجيل طرق التحقق: /setup وصفحاته الفرعية.

## /setup: "حافظ على أمان حسابك"
setup-title = حافظ على أمان حسابك
setup-register-title = مطلوب مزيد من المعلومات.
setup-register-body = تحتاج مؤسستك إلى مزيد من المعلومات للحفاظ على أمان حسابك. قم بإعداد { $required ->
        [zero] { $required } طريقة
        [one] طريقة واحدة
        [two] طريقتين
        [few] { $required } طرق
        [many] { $required } طريقة
       *[other] { $required } طريقة
    } على الأقل أدناه، حتى تتمكن من إعادة تعيين كلمة المرور بنفسك إذا نسيتها.
setup-reconfirm-title = هل لا تزال هذه المعلومات صحيحة؟
setup-reconfirm-body = يرجى التحقق من أن معلومات الأمان أدناه لا تزال محدّثة.
setup-reconfirm-submit = المعلومات صحيحة
setup-tap-title = لقد سجلت الدخول باستخدام تصريح الوصول المؤقت.
setup-tap-before = يتيح لك هذا التصريح إعداد معلومات الأمان هنا فقط. قم بإعداد طريقة أدناه؛ ثم إذا كنت لا تعرف كلمة المرور، فسجّل الخروج واستخدم
setup-tap-forgot = نسيت كلمة المرور
setup-tap-after = في صفحة تسجيل الدخول مع الطريقة التي أعددتها.
setup-progress = تم إعداد { $count } من { $required ->
        [zero] { $required } طريقة مطلوبة
        [one] طريقة واحدة مطلوبة
        [two] طريقتين مطلوبتين
        [few] { $required } طرق مطلوبة
        [many] { $required } طريقة مطلوبة
       *[other] { $required } طريقة مطلوبة
    }.
setup-complete-tap-before = كل شيء جاهز: سجّل الخروج، ثم أعد تعيين كلمة المرور باستخدام
setup-complete-tap-after = إذا احتجت إلى ذلك.
setup-complete = كل شيء جاهز.
setup-continue-account = المتابعة إلى حسابي
setup-questions-only = لا يمكن أن تكون أسئلة الأمان طريقتك الوحيدة: فقد يتم العثور على الإجابات أو تخمينها. قم أيضًا بإعداد إحدى الطرق الأخرى أدناه.
setup-not-set-up = لم يتم الإعداد.
setup-remove = إزالة { $label }
setup-row-added = تمت الإضافة في { $date }
setup-app-heading = تطبيق المصادقة
setup-app-add = إضافة تطبيق مصادقة
setup-app-default-name = تطبيق المصادقة
setup-push-heading = تطبيق Latchkey (الموافقة على إشعار)
setup-push-add = إعداد تطبيق Latchkey
setup-push-row = تطبيق Latchkey على { $name }
setup-passkeys-heading = مفاتيح المرور
setup-passkey-add = إضافة مفتاح مرور
setup-email-heading = البريد الإلكتروني
setup-email-remove = إزالة البريد الإلكتروني
setup-email-sent = أرسلنا رمزًا بالبريد الإلكتروني إلى { $to }.
setup-code-label = أدخل الرمز
setup-verify = تحقق
setup-email-label = عنوان البريد الإلكتروني
setup-email-hint = استخدم عنوانًا غير حساب العمل الخاص بك، حتى تتمكن من قراءته حتى عندما يتم تأمين حسابك.
setup-send-code = إرسال الرمز
setup-mobile-heading = الهاتف المحمول
setup-mobile-remove = إزالة الهاتف المحمول
setup-mobile-sent = أرسلنا رمزًا إلى { $to }.
setup-country-label = البلد أو المنطقة
setup-mobile-label = رقم الهاتف المحمول
setup-text-me = أرسل لي رمزًا في رسالة نصية
setup-call-me = اتصل بي
setup-office-heading = هاتف المكتب
setup-office-remove = إزالة هاتف المكتب
setup-office-calling = نتصل بالرقم { $to } لنقرأ عليك رمزًا.
setup-office-label = رقم هاتف المكتب
setup-questions-heading = أسئلة الأمان
setup-questions-answered = { $n ->
        [zero] لم تتم الإجابة عن أي سؤال.
        [one] تمت الإجابة عن سؤال واحد.
        [two] تمت الإجابة عن سؤالين.
        [few] تمت الإجابة عن { $n } أسئلة.
        [many] تمت الإجابة عن { $n } سؤالاً.
       *[other] تمت الإجابة عن { $n } سؤال.
    }
setup-questions-remove = إزالة أسئلة الأمان
setup-questions-change = تغيير الإجابات
setup-questions-set-up = إعداد أسئلة الأمان

## إشعارات بعد التغيير
setup-notice-added = تمت الإضافة. يمكنك استخدامها في المرة القادمة التي تعيد فيها تعيين كلمة المرور.
setup-notice-removed = تمت الإزالة.
setup-notice-confirmed = شكرًا على التأكيد.
setup-notice-saved = تم حفظ أسئلة الأمان الخاصة بك.
setup-notice-policy-saved = تم حفظ التغييرات. قبل المتابعة، قم بإعداد الطرق التي يحتاجها المسؤولون لإعادة تعيين كلمات المرور الخاصة بهم.

## المشكلات
setup-unknown-method = هذه الطريقة غير معروفة.
setup-refusal-too-few = تحتاج إلى { $required ->
        [zero] { $required } طريقة
        [one] طريقة واحدة
        [two] طريقتين
        [few] { $required } طرق
        [many] { $required } طريقة
       *[other] { $required } طريقة
    } على الأقل لإعادة تعيين كلمة المرور. أضف طريقة أخرى قبل إزالة هذه الطريقة.
setup-refusal-same-phone = هذا الرقم مسجل بالفعل كهاتفك الآخر. استخدم رقمًا مختلفًا، حتى لا يتمكن أحد من فتح حسابك بهاتف مفقود واحد.
setup-refusal-too-many-apps = يمكنك تسجيل { $max } من تطبيقات المصادقة كحد أقصى. قم بإزالة أحدها أولاً.
setup-refusal-too-many-devices = يمكنك تسجيل تطبيق Latchkey على { $max } من الأجهزة كحد أقصى. قم بإزالة أحدها أولاً.
setup-refusal-too-many-passkeys = يمكنك تسجيل { $max } من مفاتيح المرور كحد أقصى. قم بإزالة أحدها أولاً.
setup-refusal-passkey-name = امنح مفتاح المرور اسمًا يتكون من 1 إلى { $max } حرفًا، مثل "كمبيوتر العمل المحمول".
setup-refusal-passkey-name-invisible = يحتوي الاسم على حرف غير مرئي (مثل علامة اتجاه النص أو مسافة بعرض صفري)، قد يجعله يبدو كاسم آخر. اكتب الاسم مرة أخرى بدونه.
setup-refusal-duplicate-passkey-name = لديك بالفعل مفتاح مرور بهذا الاسم. اختر اسمًا آخر.
setup-refusal-not-allowed = لا تستخدم مؤسستك هذه الطريقة.
setup-no-code = لا يوجد رمز في انتظار التحقق لهذه الطريقة، أو انتهت صلاحيته. أرسل رمزًا جديدًا.
setup-blocked = تم إدخال عدد كبير جدًا من الرموز الخاطئة على حسابك. حفاظًا على أمانك، حاول مرة أخرى بعد 24 ساعة.
setup-busy = يتم التحقق من عدة رموز في الوقت نفسه على حسابك. انتظر لحظة، ثم حاول مرة أخرى.
setup-choose-kind = اختر البريد الإلكتروني أو الهاتف المحمول أو هاتف المكتب.
setup-too-many-codes = لقد طلبت عددًا كبيرًا جدًا من الرموز. حفاظًا على أمانك، حاول مرة أخرى بعد 24 ساعة.
setup-send-failed = تعذر علينا إرسال رمز الآن. تحقق مما كتبته وحاول مرة أخرى بعد لحظات.
setup-code-wrong = هذا الرمز غير صحيح. تحقق منه وحاول مرة أخرى.
setup-code-used-up = تم إدخال هذا الرمز بشكل خاطئ مرات كثيرة جدًا. اطلب رمزًا جديدًا.

## /setup/app
setup-app-title = إعداد تطبيق المصادقة
setup-app-step-add = في تطبيق المصادقة (Microsoft Authenticator أو Google Authenticator أو 1Password أو FreeOTP أو أي تطبيق آخر)، أضف حسابًا واختر مسح رمز QR ضوئيًا.
setup-app-step-scan = امسح هذا الرمز ضوئيًا:
setup-app-cant-scan = لا يمكنك مسحه ضوئيًا؟ أدخل هذا المفتاح بدلاً من ذلك:
setup-app-step-code = أدخل الرمز المكون من 6 أرقام الذي يعرضه التطبيق.
setup-app-name-label = اسم هذا التطبيق
setup-app-name-hint = لتتمكن من التمييز بين تطبيقاتك، مثل "هاتف العمل".
setup-app-code-label = الرمز من التطبيق
setup-next = التالي
setup-cancel = إلغاء
setup-app-code-wrong = هذا الرمز غير صحيح. تأكد من ضبط الوقت على هاتفك تلقائيًا، ثم أدخل الرمز الحالي.
setup-app-too-long = استغرق إعداد هذا التطبيق وقتًا طويلاً جدًا. أضف الحساب إلى تطبيقك مرة أخرى باستخدام رمز QR أو المفتاح الجديد، ثم أدخل الرمز الذي يعرضه.

## /setup/passkey
setup-passkey-intro = يتيح لك مفتاح المرور إثبات هويتك باستخدام قفل الشاشة على هذا الجهاز (بصمة الإصبع أو الوجه أو رمز PIN) أو باستخدام مفتاح أمان، دون كتابة رمز. يمكنك بعد ذلك استخدامه لإعادة تعيين كلمة المرور.
setup-passkey-noscript-title = تتطلب إضافة مفتاح مرور JavaScript
setup-passkey-noscript-before = ، وهو متوقف في هذا المستعرض. قم بتشغيله وأعد تحميل هذه الصفحة، أو
setup-passkey-noscript-link = قم بإعداد طريقة أخرى
setup-passkey-noscript-after = .
setup-passkey-name-label = اسم مفتاح المرور هذا
setup-passkey-name-hint = لتتمكن من التمييز بين مفاتيح المرور، مثل "كمبيوتر العمل المحمول". من 1 إلى 64 حرفًا.
setup-passkey-needs = عند تحديد "إنشاء مفتاح مرور"، يطلب منك المستعرض التأكيد باستخدام قفل الشاشة أو مفتاح الأمان. يتطلب ذلك JavaScript ومستعرضًا يدعم مفاتيح المرور.
setup-passkey-create = إنشاء مفتاح مرور
setup-passkey-default-name = مفتاح المرور { $n }
setup-passkey-needs-js = يتطلب إنشاء مفتاح مرور JavaScript، ولم يتم تشغيله في هذا المستعرض. قم بتشغيله وحاول مرة أخرى، أو ارجع وقم بإعداد طريقة أخرى.
setup-passkey-change-password = قم بتغيير كلمة المرور أولاً.
setup-passkey-signed-out = تم تسجيل خروجك. سجّل الدخول مرة أخرى، ثم أضف مفتاح المرور.
setup-passkey-step-up = أكّد كلمة المرور أولاً، ثم أضف مفتاح المرور.
setup-passkey-no-ceremony = استغرق إنشاء مفتاح المرور وقتًا طويلاً جدًا، أو تم استخدام الطلب بالفعل. حدد "إنشاء مفتاح مرور" للمحاولة مرة أخرى.
setup-passkey-failed = تعذر التحقق من مفتاح المرور، لذا لم تتم إضافته. حدد "إنشاء مفتاح مرور" للمحاولة مرة أخرى.
setup-passkey-js-cancelled = لم يتم إنشاء مفتاح المرور: تم إلغاء الطلب أو انتهت مهلته. حدد "إنشاء مفتاح مرور" للمحاولة مرة أخرى.
setup-passkey-js-exists = يحتوي هذا الجهاز أو مفتاح الأمان بالفعل على مفتاح مرور لحسابك. استخدم جهازًا آخر، أو قم بإزالة مفتاح المرور القديم أولاً.
setup-passkey-js-security = لا يمكن استخدام مفاتيح المرور على هذا العنوان. أبلغ المسؤول.
setup-passkey-js-unsupported-device = لا يدعم هذا المستعرض أو الجهاز مفاتيح المرور. جرّب مستعرضًا آخر، أو اختر طريقة أخرى.
setup-passkey-js-generic = حدث خطأ في مفتاح المرور. حاول مرة أخرى، أو اختر طريقة أخرى.
setup-passkey-js-reload = حدث خطأ ما. أعد تحميل الصفحة وحاول مرة أخرى.
setup-passkey-js-offline = تعذر علينا الوصول إلى الخادم. تحقق من اتصالك وحاول مرة أخرى.
setup-passkey-js-try-again = حدث خطأ ما. حاول مرة أخرى.
setup-passkey-js-no-support = لا يدعم هذا المستعرض مفاتيح المرور. جرّب مستعرضًا آخر، أو قم بإعداد طريقة أخرى.
setup-passkey-js-follow = اتبع خطوات المستعرض لإنشاء مفتاح المرور.
setup-passkey-js-checking = جارٍ التحقق من مفتاح المرور…

## نقاط نهاية JSON لمفاتيح المرور
setup-passkey-api-csrf = حفاظًا على أمانك، انتهت صلاحية هذه الصفحة. أعد تحميلها وحاول مرة أخرى.
setup-passkey-api-post-only = تقبل نقطة النهاية هذه POST فقط.
setup-passkey-api-json = أرسل النص الأساسي بتنسيق JSON، مع Content-Type: application/json.
setup-passkey-api-too-large = حجم النص الأساسي أكبر من 64 كيلوبايت.
setup-passkey-api-unreadable = تعذرت قراءة الطلب. أعد تحميل الصفحة وحاول مرة أخرى.
setup-passkey-api-unexpected = الطلب لا يطابق ما ترسله هذه الصفحة: { $detail }
setup-passkey-api-unavailable = لا يمكن استخدام مفاتيح المرور على هذا العنوان. اختر طريقة أخرى، أو أبلغ المسؤول.

## /setup/push: تطبيق Latchkey
setup-push-title = إعداد تطبيق Latchkey
setup-push-gone = توقفت إشعارات هاتفك عن العمل على "{ $name }". قم بإعداد تطبيق Latchkey مرة أخرى، ثم أزل "{ $name }" من صفحة معلومات الأمان.
setup-push-not-offered = لا توفر مؤسستك تطبيق Latchkey لحسابك، لذا لا يمكنك إعداده. اتصل بمكتب الدعم الفني إذا كنت بحاجة إليه.
setup-push-at-most = لديك بالفعل تطبيق Latchkey معدّ على { $max } من الأجهزة، وهو الحد الأقصى المسموح به لحساب واحد. قم بإزالة أحدها من صفحة معلومات الأمان قبل إضافة جهاز آخر.
setup-push-intro = باستخدام تطبيق Latchkey على هاتفك، يمكنك إثبات هويتك بالموافقة على إشعار: عند إعادة تعيين كلمة المرور، تعرض صفحة إعادة التعيين رقمًا من خانتين، وتكتبه في التطبيق.
setup-push-will-show = سنعرض رمز QR لمسحه ضوئيًا بهاتفك. وهو صالح لمدة { $minutes ->
        [zero] { $minutes } دقيقة
        [one] دقيقة واحدة
        [two] دقيقتين
        [few] { $minutes } دقائق
        [many] { $minutes } دقيقة
       *[other] { $minutes } دقيقة
    }، ويعمل مرة واحدة، ويحل محل أي رمز عُرض من قبل. يمكنك إعداد التطبيق على { $max ->
        [zero] { $max } جهاز
        [one] جهاز واحد
        [two] جهازين
        [few] { $max } أجهزة
        [many] { $max } جهازًا
       *[other] { $max } جهاز
    } كحد أقصى (تم إعداد { $devices } حاليًا).
setup-push-step-scan = على هاتفك، افتح الكاميرا وامسح هذا الرمز ضوئيًا. سيفتح تطبيق Latchkey في المستعرض؛ أضفه إلى الشاشة الرئيسية إذا طُلب منك ذلك.
setup-push-step-allow = اسمح بالإشعارات عندما يطلب التطبيق ذلك، وامنح هذا الهاتف اسمًا، ثم أنهِ الإعداد.
setup-push-open-link = هل تستخدم هذا الهاتف؟ افتح التطبيق
setup-push-valid = الرمز صالح لمدة { $minutes ->
        [zero] { $minutes } دقيقة
        [one] دقيقة واحدة
        [two] دقيقتين
        [few] { $minutes } دقائق
        [many] { $minutes } دقيقة
       *[other] { $minutes } دقيقة
    } ويعمل مرة واحدة؛ ويحل محله أي رمز جديد. يمكنك إعداد التطبيق على { $max ->
        [zero] { $max } جهاز
        [one] جهاز واحد
        [two] جهازين
        [few] { $max } أجهزة
        [many] { $max } جهازًا
       *[other] { $max } جهاز
    } كحد أقصى (تم إعداد { $devices } حاليًا).
setup-done = تم
setup-push-show-code = عرض رمز QR
setup-push-new-code = الحصول على رمز جديد
setup-push-qr-label = رمز QR لإعداد تطبيق Latchkey على هاتفك
setup-push-default-device = هاتفي

## /setup/questions
setup-questions-intro = اختر { $count } من الأسئلة المختلفة وأجب عنها. اختر إجابات لا يعرفها أحد سواك ولن تنساها؛ فهي تُخزَّن بطريقة لا تسمح لأي شخص، ولا حتى للمسؤول، بقراءتها. تتكون الإجابات من 3 إلى 40 حرفًا؛ ولا تهم الأحرف الكبيرة والمسافات الإضافية.
setup-question-n = السؤال { $n }
setup-choose-question = اختر سؤالاً
setup-answer-n = الإجابة { $n }
setup-save-answers = حفظ الإجابات
setup-questions-not-allowed = لا تستخدم مؤسستك أسئلة الأمان لحسابك.
setup-question-missing = اختر السؤال { $n }.
setup-question-duplicate = تم اختيار السؤال { $n } بالفعل أعلاه. اختر سؤالاً مختلفًا.
setup-answer-problem = الإجابة { $n }: { $problem }

## Built-in security questions, by id (core/src/questions.rs).
setup-question-q01 = ما الاسم الأول لأعز أصدقائك في طفولتك؟
setup-question-q02 = في أي بلدة أو مدينة التقى والداك لأول مرة؟
setup-question-q03 = ما اسم الشارع الذي كنت تسكن فيه عندما كان عمرك عشر سنوات؟
setup-question-q04 = ما اسم عائلة معلمك المفضل في المدرسة الابتدائية؟
setup-question-q05 = ما اسم أول دمية محشوة امتلكتها؟
setup-question-q06 = ما أول حفلة موسيقية أو عرض مباشر حضرته؟
setup-question-q07 = ما اللقب الذي كانت عائلتك وحدها تناديك به في طفولتك؟
setup-question-q08 = ما أول وجبة تعلمت طهيها بنفسك؟
setup-question-q09 = ما الاسم الأوسط لأكبر أبناء عمومتك أو أخوالك سنًا؟
setup-question-q10 = ما عنوان أول كتاب قرأته بمفردك؟
setup-question-q11 = ما الاسم الأول لأول مدير عملت لديه؟
setup-question-q12 = ما اسم أول نادٍ أو فريق انضممت إليه في طفولتك؟
setup-question-q13 = ما اسم عائلة الطبيب أو طبيب الأسنان الذي كنت تراجعه في طفولتك؟
setup-question-q14 = ما اسم حيوان أليف كان لدى أجدادك؟
setup-question-q15 = ما اسم عائلة جيرانكم في أثناء نشأتك؟
setup-question-q16 = ما الاسم الأول لأول معلم موسيقى أو مدرب رياضي لك؟
setup-question-q17 = ما أول فيلم شاهدته في السينما؟
setup-question-q18 = ما أول لعبة كمبيوتر أو لعبة فيديو لعبتها؟
setup-question-q19 = بماذا ناداك أحفادك أو أبناء إخوتك أول مرة؟
setup-question-q20 = في سن السابعة، ما المهنة التي كنت تريد ممارستها عندما تكبر؟
setup-question-q21 = ما رقم المنزل الذي نشأت فيه؟
setup-question-q22 = ما اسم أول مطعم تتذكر أنك تناولت الطعام فيه؟
setup-question-q23 = في أي قرية أو بلدة كان يعيش أجدادك؟
setup-question-q24 = ما أول آلة موسيقية حاولت العزف عليها؟
setup-question-q25 = ما الاسم الذي أطلقته على أول دراجة أو سيارة سمّيتها؟
setup-question-q26 = إلى أين ذهبت في أول رحلة لك بالقطار أو الطائرة؟
setup-question-q27 = ما الاسم الأول للطفل الذي جلست بجانبه في أول يوم دراسي لك؟
setup-question-q28 = ما لعبة الملعب التي كنت تحبها أكثر في طفولتك؟
setup-question-q29 = ما اسم أول مخيم عطلات أو فندق تتذكره؟
setup-question-q30 = ما الاسم الأول لأول شريك سكن لك؟
setup-question-q31 = ما طراز أول سيارة امتلكتها عائلتك؟
setup-question-q32 = ما الطعام الذي كنت ترفض أكله في طفولتك؟
setup-question-q33 = ما اسم المتجر الذي كنت تشتري منه الحلوى في طفولتك؟
setup-question-q34 = ما الاسم الأول للشخص الذي علّمك السباحة أو ركوب الدراجة؟
setup-question-q35 = ما اسم أول صديق خيالي لك أو شخصيتك الكرتونية المفضلة؟

## Country or region names in the phone number picker (by calling code).
setup-country-1 = الولايات المتحدة / كندا
setup-country-44 = المملكة المتحدة
setup-country-353 = أيرلندا
setup-country-61 = أستراليا
setup-country-64 = نيوزيلندا
setup-country-49 = ألمانيا
setup-country-33 = فرنسا
setup-country-34 = إسبانيا
setup-country-39 = إيطاليا
setup-country-31 = هولندا
setup-country-32 = بلجيكا
setup-country-41 = سويسرا
setup-country-43 = النمسا
setup-country-45 = الدانمرك
setup-country-46 = السويد
setup-country-47 = النرويج
setup-country-358 = فنلندا
setup-country-48 = بولندا
setup-country-351 = البرتغال
setup-country-30 = اليونان
setup-country-420 = التشيك
setup-country-36 = هنغاريا
setup-country-40 = رومانيا
setup-country-380 = أوكرانيا
setup-country-90 = تركيا
setup-country-972 = إسرائيل
setup-country-971 = الإمارات العربية المتحدة
setup-country-27 = جنوب أفريقيا
setup-country-234 = نيجيريا
setup-country-254 = كينيا
setup-country-20 = مصر
setup-country-91 = الهند
setup-country-92 = باكستان
setup-country-880 = بنغلاديش
setup-country-86 = الصين
setup-country-852 = هونغ كونغ
setup-country-81 = اليابان
setup-country-82 = كوريا الجنوبية
setup-country-65 = سنغافورة
setup-country-60 = ماليزيا
setup-country-62 = إندونيسيا
setup-country-63 = الفلبين
setup-country-66 = تايلاند
setup-country-84 = فيتنام
setup-country-55 = البرازيل
setup-country-52 = المكسيك
setup-country-54 = الأرجنتين
setup-country-56 = تشيلي
setup-country-57 = كولومبيا
setup-country-51 = بيرو
setup-app-qr-label = رمز QR لإضافة { $issuer } ({ $account }) إلى تطبيق مصادقة
