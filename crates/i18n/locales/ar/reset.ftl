## إعادة تعيين كلمة المرور بالخدمة الذاتية (/reset).

## Shared by the reset pages.

reset-title = استعادة الوصول إلى حسابك
reset-next = التالي
reset-cancel = إلغاء
reset-back-to-sign-in = العودة إلى تسجيل الدخول
reset-start-again = البدء من جديد
reset-sign-in = تسجيل الدخول
reset-try-again = إعادة المحاولة
reset-contact-admin = اتصل بالمسؤول

## Start page.

reset-start-heading = من أنت؟
reset-start-intro = لاستعادة حسابك، أدخل اسم المستخدم.
reset-start-intro-captcha = لاستعادة حسابك، أدخل اسم المستخدم والأحرف الظاهرة في الصورة.
reset-start-username = اسم المستخدم
reset-start-username-hint = على سبيل المثال mias أو mia.steele@example.org.
reset-start-username-missing = أدخل اسم المستخدم.
reset-start-noscript = يتطلب التحقق من أنك شخص حقيقي تشغيل JavaScript؛ ويمكنك المتابعة بدونه بضع مرات في الساعة.
reset-start-captcha-alt = اختبار CAPTCHA: ستة أحرف مشوّهة
reset-start-captcha-question = ألا يمكنك قراءة الصورة؟ أجب عن هذا السؤال بدلاً من ذلك:
reset-start-captcha-label = أدخل الأحرف الظاهرة في الصورة أو الإجابة عن السؤال
reset-human-picture-used = استُخدمت هذه الصورة من قبل. أدخل الأحرف الظاهرة في الصورة الجديدة.
reset-human-picture-expired = انتهت صلاحية الصورة. أدخل الأحرف الظاهرة في الصورة الجديدة.
reset-human-picture-wrong = الأحرف غير مطابقة للصورة. جرّب الصورة الجديدة، أو أجب عن السؤال بدلاً من ذلك.
reset-human-check-again = لم يكتمل التحقق الذي يجريه المستعرض. انتظر لحظة ثم أعد المحاولة.
reset-human-check-busy = وصلت طلبات كثيرة من شبكتك للتو، لذا يستغرق التحقق الذي يجريه المستعرض وقتاً أطول قليلاً. أعد المحاولة.
reset-human-check-expired = ظلت هذه الصفحة مفتوحة وقتاً طويلاً، لذا انتهت صلاحية التحقق الخاص بها. أعد المحاولة.
reset-human-provider-failed = لم ينجح التحقق من أنك شخص حقيقي. أعد المحاولة.

## Reset or unlock.

reset-options-heading = لماذا تواجه مشكلة في تسجيل الدخول؟
reset-options-legend = اختر خياراً واحداً
reset-options-forgot = نسيت كلمة المرور
reset-options-forgot-hint = لا تقلق، سنساعدك على إعادة تعيينها باستخدام معلومات الأمان التي سجّلتها.
reset-options-unlock = أعرف كلمة المرور، لكن ما زلت لا أستطيع تسجيل الدخول
reset-options-unlock-hint = قد يحدث هذا لأنك حاولت تسجيل الدخول بكلمة مرور غير صحيحة مرات كثيرة جداً. سنلغي تأمين حسابك ونحتفظ بكلمة المرور الخاصة بك.
reset-options-invalid = اختر أحد الخيارين.

## Methods.

reset-method-email = إرسال رسالة إلى بريدي الإلكتروني البديل
reset-method-mobile-sms = إرسال رسالة نصية إلى هاتفي المحمول
reset-method-mobile-voice = الاتصال بهاتفي المحمول
reset-method-office-voice = الاتصال بهاتف مكتبي
reset-method-app = إدخال رمز من تطبيق المصادقة
reset-method-questions = الإجابة عن أسئلة الأمان
reset-method-app-notification = الموافقة على إشعار على هاتفي
reset-method-passkey = استخدام مفتاح المرور

## Verification page.

reset-verify-steps = خطوة التحقق { $step } > اختيار كلمة مرور جديدة
reset-verify-methods-heading = يُرجى اختيار وسيلة الاتصال التي نستخدمها للتحقق:
reset-verify-choose = اختر وسيلة للمتابعة.
reset-verify-aside = ألا تناسبك أي من هذه الوسائل؟
reset-verify-aside-helpdesk = أو بمكتب الدعم:
reset-verify-second-method = تم. اختر الآن وسيلة ثانية مختلفة.
reset-verify-choose-shown = اختر إحدى الوسائل المعروضة.
reset-verify-email-label = عنوان البريد الإلكتروني
reset-verify-phone-label = رقم الهاتف
reset-verify-send-email = إرسال بريد إلكتروني
reset-verify-send-text = إرسال رسالة نصية
reset-verify-send-call = اتصال
reset-verify-destination-number = لحماية حسابك، أدخل الرقم الكامل ({ $masked }) أدناه كما سجّلته. يمكنك حذف رمز البلد إذا كان البلد نفسه. سنرسل إليك بعد ذلك رمزاً.
reset-verify-destination-address = لحماية حسابك، أدخل العنوان الكامل ({ $masked }) أدناه. سنرسل إليك بعد ذلك رمزاً.
reset-verify-mismatch-address = هذا العنوان لا يطابق العنوان المسجّل لدينا. تحقق منه وأعد المحاولة، أو اختر وسيلة أخرى.
reset-verify-mismatch-number = هذا الرقم لا يطابق الرقم المسجّل لدينا. تحقق منه وأعد المحاولة، أو اختر وسيلة أخرى.
reset-verify-send-failed = تعذّر علينا إرسال رمز الآن. أعد المحاولة بعد لحظة، أو اختر وسيلة أخرى.
reset-verify-code-email = أرسلنا رمزاً بالبريد الإلكتروني إلى { $masked }. وهو صالح لمدة 5 دقائق.
reset-verify-code-sms = أرسلنا رمزاً في رسالة نصية إلى { $masked }. وهو صالح لمدة 5 دقائق.
reset-verify-code-call = نتصل بالرقم { $masked } لنقرأ عليك رمزاً. وهو صالح لمدة 5 دقائق.
reset-verify-code-label = أدخل رمز التحقق
reset-verify-new-code = إرسال رمز جديد
reset-verify-app-prompt = افتح تطبيق المصادقة وأدخل الرمز المكوّن من 6 أرقام الذي يعرضه لهذا الحساب.
reset-verify-app-label = أدخل الرمز من تطبيق المصادقة
reset-verify-questions-prompt = أجب عن الأسئلة التالية كما أجبت عنها عند التسجيل.
reset-verify-answer-shown = أجب عن الأسئلة المعروضة.
reset-verify-passkey-prompt = استخدم مفتاح المرور على هذا الجهاز أو مفتاح أمان: حدد "استخدام مفتاح المرور الخاص بي"، ثم اتبع خطوات المستعرض (بصمة الإصبع أو الوجه أو رمز PIN أو قفل الشاشة).
reset-verify-passkey-noscript-strong = يتطلب استخدام مفتاح المرور تشغيل JavaScript
reset-verify-passkey-noscript-rest = ، وهو متوقف في هذا المستعرض. شغّله وأعد تحميل هذه الصفحة، أو اختر وسيلة أخرى.
reset-verify-passkey-button = استخدام مفتاح المرور الخاص بي
reset-verify-push-send-prompt = سنرسل إشعاراً إلى تطبيق Latchkey على هاتفك. افتحه وأدخل الرقم الذي تعرضه هذه الصفحة، ثم وافق.
reset-verify-push-send = إرسال إشعار
reset-verify-push-wait-prompt = افتح تطبيق Latchkey على هاتفك وأدخل هذا الرقم
reset-verify-push-waiting = في انتظار موافقتك…
reset-verify-push-approved = لقد وافقت
reset-verify-push-again = إرسال إشعار جديد

## Refusals.

reset-check-passkey-noscript = يتطلب استخدام مفتاح المرور تشغيل JavaScript، ولم يعمل في هذا المستعرض. شغّله وأعد المحاولة، أو اختر وسيلة أخرى.
reset-check-no-code = لا يوجد رمز في انتظار هذه الوسيلة، أو انتهت صلاحيته. أرسل رمزاً جديداً.
reset-check-busy = يجري التحقق من عدة رموز في الوقت نفسه. انتظر لحظة ثم أعد المحاولة.
reset-check-app-wrong = هذا الرمز غير صحيح. انتظر الرمز التالي في التطبيق ثم أعد المحاولة.
reset-check-answers-wrong = إجابة واحدة أو أكثر غير مطابقة. تحقق منها وأعد المحاولة.
reset-check-code-not-right = هذا الرمز غير صحيح.
reset-check-code-wrong = هذا الرمز غير صحيح. تحقق منه وأعد المحاولة.
reset-check-code-too-many = أُدخل هذا الرمز بشكل خاطئ مرات كثيرة جداً. أرسل رمزاً جديداً.
reset-check-code-expired = انتهت صلاحية هذا الرمز. أرسل رمزاً جديداً.
reset-passkey-no-ceremony = انتهت صلاحية طلب مفتاح المرور أو استُخدم من قبل. حدد "استخدام مفتاح المرور الخاص بي" لإعادة المحاولة.
reset-passkey-wrong = تعذّر التحقق من مفتاح المرور. أعد المحاولة، أو اختر وسيلة أخرى.
reset-passkey-busy = تجري عدة عمليات تحقق في الوقت نفسه. انتظر لحظة ثم أعد المحاولة.
reset-passkey-expired = انتهت صلاحية جلستك. ابدأ من جديد؛ فالأمر لا يستغرق سوى دقيقة.
reset-passkey-blocked = حفاظاً على أمانك، حُظرت إعادة تعيين كلمة المرور بالخدمة الذاتية لهذا الحساب لمدة 24 ساعة. إذا كنت بحاجة إلى الدخول قبل ذلك، فاتصل بالمسؤول.
reset-passkey-not-offered = لا يمكن استخدام مفتاح المرور في هذه الخطوة. اختر إحدى الوسائل المعروضة.
reset-push-failed = تعذّر علينا الوصول إلى هاتفك. تأكد من أنه متصل بالإنترنت وأن تطبيق Latchkey مثبّت عليه، ثم أعد المحاولة، أو اختر وسيلة أخرى.
reset-push-gone = توقفت الإشعارات على هاتفك عن العمل. أعد إعداد تطبيق Latchkey من معلومات الأمان الخاصة بك، أو اختر وسيلة أخرى.
reset-push-too-many = أرسلنا بالفعل 3 طلبات إلى هاتفك خلال آخر 10 دقائق. انتظر بضع دقائق، أو اختر وسيلة أخرى.
reset-push-no-request = لا يوجد طلب في انتظار هاتفك. أرسل طلباً جديداً.
reset-push-expired = انتهت صلاحية الطلب. أرسل طلباً جديداً.
reset-push-not-yet = لم تتم الموافقة بعد. افتح تطبيق Latchkey على هاتفك، وأدخل الرقم المعروض هنا، ثم وافق.
reset-push-wrong-number = الرقم المُدخل في التطبيق لا يطابق الرقم المعروض هنا. أرسل طلباً جديداً وأدخل الرقم المعروض في هذه الصفحة.
reset-push-denied-title = تم رفض الطلب
reset-push-denied = لقد رفضت الطلب في تطبيق Latchkey، لذا انتهت عملية إعادة تعيين كلمة المرور هذه. ابدأ من جديد إذا كان ذلك عن طريق الخطأ.
reset-push-reported = تم الإبلاغ في تطبيق Latchkey عن أن هذا الطلب لم يصدر عنك، لذا انتهت عملية إعادة تعيين كلمة المرور هذه وأُبلغ المسؤولون.

## New password.

reset-password-heading = اختيار كلمة مرور جديدة
reset-password-new = أدخل كلمة المرور الجديدة
reset-password-new-hint = { $min ->
    [zero] { $min } حرف على الأقل. تكوّن بضع كلمات غير مترابطة كلمة مرور قوية يسهل تذكرها.
    [one] حرف واحد على الأقل. تكوّن بضع كلمات غير مترابطة كلمة مرور قوية يسهل تذكرها.
    [two] حرفان على الأقل. تكوّن بضع كلمات غير مترابطة كلمة مرور قوية يسهل تذكرها.
    [few] { $min } أحرف على الأقل. تكوّن بضع كلمات غير مترابطة كلمة مرور قوية يسهل تذكرها.
    [many] { $min } حرفاً على الأقل. تكوّن بضع كلمات غير مترابطة كلمة مرور قوية يسهل تذكرها.
   *[other] { $min } حرف على الأقل. تكوّن بضع كلمات غير مترابطة كلمة مرور قوية يسهل تذكرها.
}
reset-password-confirm = تأكيد كلمة المرور الجديدة
reset-password-finish = إنهاء
reset-password-enter-new = أدخل كلمة مرور جديدة.
reset-already-done-title = اكتملت عملية إعادة التعيين هذه من قبل
reset-already-done-body = سبق تعيين كلمة المرور الجديدة من نافذة أخرى أو بنقرة ثانية، لذا لم تُستخدم كلمة المرور الموجودة في هذا النموذج.
reset-already-done-next = سجّل الدخول بكلمة المرور التي اخترتها أولاً. إذا لم تكن متأكداً منها، فابدأ من جديد؛ فالأمر لا يستغرق سوى دقيقة.
reset-in-progress-title = لا يزال جارياً حفظ كلمة المرور الجديدة
reset-in-progress-body = تقوم نافذة أخرى أو نقرة ثانية الآن بحفظ كلمة مرور جديدة لعملية إعادة التعيين هذه، لذا لم تُستخدم كلمة المرور الموجودة في هذا النموذج.
reset-in-progress-next = انتظر لحظة ثم أعد المحاولة: إذا نجحت العملية الأخرى فسنخبرك بذلك، وإلا فيمكنك اختيار كلمة المرور مرة أخرى.

## Last page.

reset-unlocked-title = تم إلغاء تأمين حسابك
reset-unlocked-body = يمكنك الآن تسجيل الدخول بكلمة المرور الخاصة بك.
reset-done-title = تمت إعادة تعيين كلمة المرور
reset-done-body = يمكنك الآن تسجيل الدخول بكلمة المرور الجديدة.
reset-done-sign-in = تسجيل الدخول بكلمة المرور الجديدة

## Ended.

reset-message-helpdesk = مكتب الدعم:
reset-expired-title = انتهت صلاحية جلستك
reset-expired-body = حفاظاً على أمانك، يجب إكمال إعادة تعيين كلمة المرور خلال 15 دقيقة، وتنتهي العملية إذا تغيّر شيء في الحساب أثناءها: كإرسال رمز أحدث (من نافذة أخرى مثلاً)، أو تغيير الحساب أو معلومات الأمان الخاصة به.
reset-expired-next = ابدأ من جديد؛ فالأمر لا يستغرق سوى دقيقة.
reset-blocked-title = لقد حاولت مرات كثيرة جداً
reset-blocked-body = حفاظاً على أمانك، حُظرت إعادة تعيين كلمة المرور بالخدمة الذاتية لهذا الحساب لمدة 24 ساعة.
reset-blocked-next = إذا كنت بحاجة إلى الدخول قبل ذلك، فاتصل بالمسؤول.

## Help.

reset-help-intro = إذا لم تتمكن من استخدام أي من الوسائل المعروضة، أو لم تقم بإعدادها مطلقاً، فيمكن للمسؤول إعادة تعيين كلمة المرور نيابةً عنك.
reset-help-helpdesk = اتصل بمكتب الدعم:
reset-help-submit = طلب المساعدة من المسؤول
reset-help-none-title = تعذّر علينا الوصول إلى مسؤول
reset-help-none-body = لم يتم إعداد أي شخص هنا لتلقي طلبات المساعدة بعد، لذا لم يُرسل شيء.
reset-help-none-next = تواصل مع فريق تكنولوجيا المعلومات بطريقة أخرى، شخصياً أو عبر الهاتف؛ إذ يمكنهم إعادة تعيين كلمة المرور نيابةً عنك.
reset-help-sent-title = أبلغنا المسؤولين
reset-help-sent-body = إذا كان اسم المستخدم الذي أدخلته يخص حساباً، فقد طُلب من مسؤوليه مساعدتك على إعادة تعيين كلمة المرور.
reset-help-sent-next = قد يتصلون بك للتأكد من هويتك.

## The CAPTCHA's accessible question; the passkey panel of /reset/verify (static/passkey.js).
reset-captcha-plus = كم يساوي { $a } زائد { $b }؟
reset-captcha-minus = كم يساوي { $a } ناقص { $b }؟
reset-captcha-word = اكتب الكلمة { $ordinal } من: { $words }
reset-captcha-numbers = صفر, واحد, اثنان, ثلاثة, أربعة, خمسة, ستة, سبعة, ثمانية, تسعة, عشرة, أحد عشر, اثنا عشر, ثلاثة عشر, أربعة عشر, خمسة عشر, ستة عشر, سبعة عشر, ثمانية عشر, تسعة عشر, عشرون
reset-captcha-ordinals = الأولى, الثانية, الثالثة, الرابعة
reset-captcha-words = نهر حجر سحابة تفاحة شمعة حديقة قلم نافذة غابة نمر زر برتقال فضة سلم وسادة سلة سجادة ليمون كمان مرج ميناء سترة فلفل صاروخ سرج نفق جوز مرساة جسر قلعة تنين ريشة جزيرة رخام كوكب حصان بيت طاولة شمس كتاب
reset-passkey-msg-cancelled = لم يتم استخدام أي مفتاح مرور: تم إلغاء الطلب أو انتهت مهلته، أو لا يوجد على هذا الجهاز مفتاح مرور لحسابك. حدد "استخدام مفتاح المرور الخاص بي" للمحاولة مرة أخرى، أو اختر طريقة أخرى.
reset-passkey-msg-no-support = لا يدعم هذا المستعرض مفاتيح المرور. جرّب مستعرضًا آخر، أو اختر طريقة أخرى.
reset-passkey-msg-follow = اتبع خطوات المستعرض لاستخدام مفتاح المرور الخاص بك.
