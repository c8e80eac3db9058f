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
