layout-skip = الانتقال إلى المحتوى الرئيسي
layout-nav-main = القائمة الرئيسية
layout-my-account = حسابي
layout-admin-portal = بوابة الإدارة
layout-sign-out = تسجيل الخروج
layout-footer = { $org } · إعادة تعيين كلمة المرور ذاتيًا بواسطة Latchkey
lang-picker-label = اللغة
lang-picker-submit = تغيير اللغة

## Shared form pieces (templates/macros.html) and texts of static/latchkey.js.

common-error-prefix = خطأ:
common-error-summary = حدثت مشكلة
common-strength = القوة: { $label }.
common-not-accepted = غير مقبولة.
common-copied = تم النسخ
common-copy-selected = تم التحديد: اضغط على Ctrl+C
common-pow-checking = جارٍ التحقق من المستعرض. يستغرق ذلك لحظة.

## Durations.

common-duration-hours = { $n ->
    [zero] { $n } ساعة
    [one] ساعة واحدة
    [two] ساعتان
    [few] { $n } ساعات
    [many] { $n } ساعة
   *[other] { $n } ساعة
}
common-duration-minutes = { $n ->
    [zero] { $n } دقيقة
    [one] دقيقة واحدة
    [two] دقيقتان
    [few] { $n } دقائق
    [many] { $n } دقيقة
   *[other] { $n } دقيقة
}
common-duration-hours-minutes = { $hours } و{ $minutes }
common-duration-seconds = { $n ->
    [zero] { $n } ثانية
    [one] ثانية واحدة
    [two] ثانيتان
    [few] { $n } ثوانٍ
    [many] { $n } ثانية
   *[other] { $n } ثانية
}

## Error pages.

page-error-home = الانتقال إلى صفحة تسجيل الدخول
page-error-render-failed = حدث خطأ ما.
page-error-not-found-title = لا يمكننا العثور على هذه الصفحة
page-error-not-found-text = الصفحة التي طلبتها غير موجودة أو تمت إزالتها. تحقق من العنوان، أو ارجع وحاول مرة أخرى.
page-error-bad-request-title = هناك خطأ في الطلب
page-error-forbidden-title = ليس لديك حق الوصول إلى هذا
page-error-method-title = لا يعمل هذا العنوان بهذه الطريقة
page-error-method-text = لا يمكن استخدام هذه الصفحة بهذه الطريقة. ارجع واستخدم الارتباطات والأزرار الموجودة في الصفحة.
page-error-csrf-title = انتهت صلاحية النموذج
page-error-csrf-text = من أجل أمانك، لا يمكن إرسال النماذج إلا من الصفحة التي تنتمي إليها، وتنتهي صلاحيتها. ارجع وأعد تحميل الصفحة وحاول مرة أخرى.
page-error-too-large-title = النص طويل جداً
page-error-too-large-text = النموذج الذي أرسلته أكبر مما نقبله. اختصر ما كتبته وحاول مرة أخرى.
page-error-busy-title = نحن مشغولون الآن
page-error-busy-text = يقوم عدد كبير جداً من الأشخاص بتسجيل الدخول أو تغيير كلمات المرور في هذه اللحظة. انتظر بضع ثوانٍ وحاول مرة أخرى.
page-error-signin-unavailable-title = لا يمكننا التحقق من كلمات المرور الآن
page-error-signin-unavailable-text = لا يستجيب دليل مؤسستك، لذا لا يمكن التحقق من كلمة المرور. حاول مرة أخرى بعد بضع دقائق؛ وإذا استمرت المشكلة، فأبلغ فريق تكنولوجيا المعلومات.
page-error-directory-title = لم يتم تغيير كلمة المرور
page-error-storage-title = لا يمكننا حفظ أي شيء الآن
page-error-storage-text = قاعدة البيانات لا تستجيب في الوقت الحالي، لذا لم يتم حفظ أي شيء أرسلته. انتظر دقيقة وحاول مرة أخرى؛ وإذا استمرت المشكلة، فأبلغ فريق تكنولوجيا المعلومات.
page-error-rate-limited-title = طلبات كثيرة جداً
page-error-rate-limited-text = تلقينا للتو طلبات كثيرة جداً مثل هذا الطلب من شبكتك أو من الجميع. انتظر { $wait } ثم حاول مرة أخرى من الصفحة التي كنت عليها (زر الرجوع في المستعرض). لم يُستخدم أي شيء كتبته.
page-error-wait-minutes = { $n ->
    [zero] { $n } دقيقة
    [one] دقيقة
    [two] دقيقتين
    [few] { $n } دقائق
    [many] { $n } دقيقة
   *[other] { $n } دقيقة
}
page-error-wait-about-hour = حوالي ساعة
page-error-wait-about-hours = { $n ->
    [zero] حوالي { $n } ساعة
    [one] حوالي ساعة
    [two] حوالي ساعتين
    [few] حوالي { $n } ساعات
    [many] حوالي { $n } ساعة
   *[other] حوالي { $n } ساعة
}
page-error-step-up-title = تأكيد هويتك
page-error-step-up-text = من أجل أمانك، أدخل كلمة المرور مرة أخرى قبل تغيير معلومات الأمان.
page-error-internal-title = حدث خطأ ما
page-error-internal-text = تعذر علينا إكمال طلبك. حاول مرة أخرى بعد لحظة؛ وإذا استمرت المشكلة، فأعطِ المسؤول المرجع الموجود أدناه.
page-error-admin-only = مدخل المسؤول مخصص للمسؤولين. إذا كنت بحاجة إلى الوصول، فاطلبه من المسؤول.
page-error-form-wrong-method = لا يقبل هذا العنوان إلا النماذج المرسلة من صفحته.
page-error-form-timeout = استغرق وصول النموذج أكثر من { $time }، لذا لم يُستخدم. تحقق من اتصالك، ثم ارجع وأرسله مرة أخرى.
page-error-form-unreadable = تعذرت قراءة النموذج الذي أرسلته. أعد تحميل الصفحة وحاول مرة أخرى.
page-error-form-fields = بعض حقول النموذج مفقودة أو غير مفهومة ({ $detail }). أعد تحميل الصفحة وحاول مرة أخرى.
page-error-field-character = يحتوي ما أدخلته في الحقل "{ $field }" على حرف غير مسموح به (مثل حرف تحكم غير مرئي). ارجع واكتبه مرة أخرى.
page-error-field-too-long = ما أدخلته في الحقل "{ $field }" طويل جداً: الحد الأقصى المقبول هو { $max } حرفاً. ارجع واختصره.
page-error-field-search = البحث
page-error-wrong-host = لا يستجيب هذا الخادم إلا على عنوانه الخاص. تحقق من العنوان الذي كتبته.
page-error-bad-address = هذا العنوان غير صالح. تحقق من الارتباط، أو ارجع واستخدم الارتباطات الموجودة في الصفحة.

## The JSON API's error messages.

api-error-field-invalid = أحد الحقول غير صالح.
api-error-step-up = يتطلب تغيير معلومات الأمان تأكيد كلمة المرور خلال آخر 10 دقائق؛ لم يتم تغيير أي شيء.
api-error-rate-limited = طلبات كثيرة جداً من هذا العنوان أو إجمالاً؛ حاول مرة أخرى بعد { $secs ->
    [zero] { $secs } ثانية
    [one] ثانية واحدة
    [two] ثانيتين
    [few] { $secs } ثوانٍ
    [many] { $secs } ثانية
   *[other] { $secs } ثانية
}.
api-error-storage = تعذر الوصول إلى قاعدة البيانات أو لا يمكنها الحفظ الآن؛ لم يتم تغيير أي شيء. حاول مرة أخرى بعد عدد الثواني المحدد في Retry-After.
api-error-internal = حدث خطأ ما. أعطِ المسؤول قيمة x-request-id لهذه الاستجابة.
api-error-not-found = هذا المورد غير موجود.
api-error-conflict = "{ $what }" موجود بالفعل.
api-error-refused = مرفوض: { $why }.
api-error-busy = يتم التحقق من عدد كبير جداً من كلمات المرور في هذه اللحظة. حاول مرة أخرى بعد بضع ثوانٍ.
api-error-csrf = مرفوض.
api-error-too-large = حجم النص الأساسي أكبر من 64 كيبيبايت.
api-error-method = لا تقبل نقطة النهاية هذه هذا الأسلوب.
api-error-directory = لم يتم تغيير أي شيء: { $why }.
api-error-bad-character = يحتوي هذا النص على حرف غير مسموح به (NUL أو بديل غير مقترن أو بايتات ليست UTF-8).
api-error-too-long = هذا النص طويل جداً: الحد الأقصى { $max } حرفاً.
api-error-bad-path = هذا العنوان غير صالح: جزء منه ليس نص UTF-8، أو يحتوي على NUL.

journey-ends = تظل هذه الصفحة مفتوحة حتى { $time }. بعد ذلك، ابدأ من جديد.
journey-ends-extend = تظل هذه الصفحة مفتوحة حتى { $time }. هل تحتاج إلى مزيد من الوقت؟ يمكنك تمديدها مرة واحدة.
journey-extend = امنحني مزيدًا من الوقت

## رسائل أخرى لواجهة JSON البرمجية (الحقل `message` بجانب `code` الثابت؛ تبقى أسماء
## الحقول والرموز وكلمات JSON مثل generate: true كما هي).

api-json-empty = أرسل كائن JSON في النص الأساسي.
api-json-not-object = يجب أن يكون النص الأساسي كائن JSON.
api-json-invalid-for-request = النص الأساسي ليس JSON صالحاً لهذا الطلب: { $detail }
api-json-invalid = النص الأساسي ليس JSON صالحاً: { $detail }
api-json-trailing = يحتوي النص الأساسي على بيانات إضافية بعد قيمة JSON: { $detail }
api-json-timeout = استغرق وصول النص الأساسي أكثر من { $duration }؛ أرسله مرة أخرى.
api-json-unreadable = تعذرت قراءة النص الأساسي.
api-query-unreadable = تعذرت قراءة سلسلة الاستعلام.
api-query-unknown = معلمة استعلام غير معروفة. تقبل نقطة النهاية هذه: { $names }.
api-query-once = حدد هذه المعلمة مرة واحدة فقط.
api-query-max-chars = { $max ->
    [zero] { $max } حرف كحد أقصى.
    [one] حرف واحد كحد أقصى.
    [two] حرفان كحد أقصى.
    [few] { $max } أحرف كحد أقصى.
    [many] { $max } حرفاً كحد أقصى.
   *[other] { $max } حرف كحد أقصى.
}
api-query-whole-number = أدخل عدداً صحيحاً من { $min } إلى { $max }.
api-query-time = أدخل وقتاً بتنسيق RFC 3339 مثل 2026-11-22T09:30:00Z.
api-audit-result = حدد success أو failure.
api-auth-missing = أرسل رمزاً مميزاً لواجهة API: Authorization: Bearer lk_…
api-auth-malformed = يجب أن يكون العنوان Authorization بالشكل: Bearer lk_… (رمز مميز لواجهة API).
api-auth-invalid = رمز API المميز هذا غير صالح أو تم إبطاله.
api-auth-owner-disabled = لا يمكن لمالك رمز API المميز هذا تسجيل الدخول، لذا لا يمكن استخدام الرمز.
api-auth-owner-not-admin = لم يعد مالك رمز API المميز هذا مسؤولاً.
api-auth-read-only = يسمح رمز API المميز هذا بالقراءة فقط. استخدم رمزاً بالنطاق write.
api-branding-too-large = حجم النص الأساسي أكبر من 400 كيبيبايت؛ ويمكن أن يبلغ حجم الشعار 200 كيبيبايت كحد أقصى.
api-branding-logo = يجب أن يكون الشعار صورة PNG أو JPEG أو SVG بترميز base64، أو null.
api-groups-not-found = لا توجد مجموعة بهذا المعرّف.
api-groups-member-path = استخدم { $users } أو { $groups }.
api-groups-not-member = { $kind ->
    [user] هذا المستخدم ليس عضواً مباشراً في هذه المجموعة.
   *[group] هذه المجموعة ليست عضواً مباشراً في هذه المجموعة.
}
api-methods-no-answers = لم يسجل هذا المستخدم أي إجابات أمان.
api-methods-no-method = لا يملك هذا المستخدم أسلوباً بهذا المعرّف.
api-ready-storage = قاعدة البيانات لا تستجيب أو لا يمكنها الكتابة.
api-metrics-token = تتطلب المقاييس الرمز المميز المعيّن في server.metrics_token.
api-no-endpoint = نقطة نهاية API هذه غير موجودة.
api-method-not-allowed = لا تقبل نقطة النهاية هذه هذا الأسلوب؛ راجع /api/v1/openapi.json.
api-reports-no-group = هذه المجموعة غير موجودة.
api-tokens-scope = يجب أن يكون النطاق read أو write.
api-tokens-no-owner = لا يوجد مستخدم باسم المستخدم هذا.
api-tokens-self-revoke = لا يمكن للرمز المميز إبطال نفسه. أبطله باستخدام رمز آخر، أو في المدخل (مدخل الإدارة ← رموز API المميزة)، أو باستخدام `latchkey token revoke`.
api-users-not-found = لا يوجد مستخدم بهذا المعرّف.
api-users-empty-password = أدخل كلمة مرور، أو اترك الحقل لإنشاء كلمة مرور تلقائياً.
api-users-password-and-generate = أدخل إما كلمة مرور أو generate: true، وليس كليهما.
api-users-password-or-generate = أدخل كلمة مرور، أو generate: true لإنشاء كلمة مرور تلقائياً.

## طلبات تطبيق Latchkey (/app/api/…).

api-app-no-request = لا يوجد طلب كهذا لهذا الجهاز.
api-app-failed = حدث خطأ ما. حاول مرة أخرى بعد قليل.
api-app-only-app = يقبل هذا العنوان الطلبات من تطبيق Latchkey فقط.
api-app-body-unreadable = تعذرت قراءة النص الأساسي للطلب.
api-app-not-json = الطلب ليس بتنسيق JSON الذي يتوقعه هذا العنوان.
api-app-invalid = القيمة "{ $what }" غير صالحة.
api-app-invalid-token = رمز الإعداد هذا غير معروف أو تم استخدامه بالفعل أو انتهت صلاحيته. افتح "إعداد تطبيق Latchkey" مرة أخرى للحصول على رمز جديد.
api-app-limit-reached = تم إعداد تطبيق Latchkey بالفعل على 5 أجهزة لهذا الحساب. قم بإزالة جهاز واحد أولاً.
api-app-duplicate-name = يحمل جهاز آخر من أجهزتك هذا الاسم بالفعل. اختر اسماً آخر.
api-app-not-allowed = لا توفر مؤسستك تطبيق Latchkey لحسابك.
api-app-endpoint-not-allowed = خدمة الإشعارات الفورية لهذا المستعرض ليست من الخدمات التي تسمح بها مؤسستك.
api-app-answer-word = يجب أن تكون الإجابة approve أو deny أو report.
api-app-number-needed = تتطلب الموافقة الرقم المكون من رقمين المعروض في صفحة إعادة التعيين؛ ولا يتطلب الرفض والإبلاغ أي رقم.
api-app-bad-signature = توقيع الإجابة لا يطابق مفتاح هذا الجهاز.
api-app-already-answered = تمت الإجابة عن هذا الطلب بالفعل.
api-app-expired = انتهت صلاحية هذا الطلب. ابدأ من جديد في صفحة إعادة التعيين إذا كنت لا تزال بحاجة إلى ذلك.

## المستعرض الذي أرسل الطلب، كما يظهر في طلب الموافقة في تطبيق Latchkey.

push-device-unknown = مستعرض غير معروف
push-device-browser-on = مستعرض على { $system }
push-device-on = { $browser } على { $system }
push-action-reset = إعادة تعيين كلمة المرور
