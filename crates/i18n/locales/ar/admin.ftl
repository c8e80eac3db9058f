## Admin portal menu (templates/admin/_nav.html).

admin-nav-label = بوابة الإدارة
admin-nav-home = الصفحة الرئيسية
admin-nav-users = المستخدمون
admin-nav-groups = المجموعات
admin-nav-password-reset = إعادة تعيين كلمة المرور
admin-nav-protection = حماية كلمة المرور
admin-nav-reports = الاستخدام والرؤى
admin-nav-deliveries = عمليات التسليم
admin-nav-tokens = الرموز المميزة لواجهة API
admin-nav-audit = سجلات التدقيق

## /admin: the admin portal's home.

admin-home-title = بوابة الإدارة
admin-home-failed = { $n ->
    [zero] لم تتعذر أي عملية تسليم خلال آخر 24 ساعة.
    [one] تعذر تسليم رسالة واحدة خلال آخر 24 ساعة.
    [two] تعذر تسليم رسالتين خلال آخر 24 ساعة.
    [few] تعذر تسليم { $n } رسائل خلال آخر 24 ساعة.
    [many] تعذر تسليم { $n } رسالة خلال آخر 24 ساعة.
   *[other] تعذر تسليم { $n } رسالة خلال آخر 24 ساعة.
}
admin-home-failed-text = قد لا يتلقى الأشخاص رموز التحقق أو الإشعارات الخاصة بهم.
admin-home-failed-link = اعرض ما فشل وسبب ذلك
admin-home-help-title = طلبات المساعدة لا تصل إلى أحد.
admin-home-help-before = عندما يحدد الأشخاص
admin-home-help-after = ، يرسل Latchkey بريدًا إلكترونيًا إلى مسؤولي كلمات المرور، وإلا فإلى المسؤولين العموميين، لكن لا أحد منهم لديه عنوان بريد إلكتروني. أضف عنوانًا إلى معلومات الاتصال الخاصة بأحد المسؤولين ضمن
admin-home-help-or = ، أو سجّل بريدًا إلكترونيًا للاسترداد في
admin-home-users = المستخدمون
admin-home-manage-users = إدارة المستخدمين
admin-home-new-user = مستخدم جديد
admin-home-groups = المجموعات
admin-home-manage-groups = إدارة المجموعات
admin-home-new-group = مجموعة جديدة

## /admin/audit: the audit log.

admin-audit-title = سجلات التدقيق
admin-audit-journey = رحلة واحدة، خطوة بخطوة
admin-audit-correlation-id = معرّف الارتباط
admin-audit-back = العودة إلى كل الأحداث
admin-audit-from = من (التاريخ)
admin-audit-to = إلى (التاريخ)
admin-audit-activity = النشاط
admin-audit-all-activities = كل الأنشطة
admin-audit-actor = البادئ
admin-audit-target = الهدف
admin-audit-result = النتيجة
admin-audit-any = الكل
admin-audit-success = نجاح
admin-audit-failure = فشل
admin-audit-apply = تطبيق عوامل التصفية
admin-audit-clear = مسح
admin-audit-count = { $n ->
    [zero] لا توجد أحداث
    [one] حدث واحد
    [two] حدثان
    [few] { $n } أحداث
    [many] { $n } حدثًا
   *[other] { $n } حدث
}
admin-audit-download = تنزيل بتنسيق JSON Lines
admin-audit-caption = أحداث التدقيق
admin-audit-caption-ordered = ، بالترتيب
admin-audit-caption-newest = ، الأحدث أولاً
admin-audit-col-time = الوقت (UTC)
admin-audit-col-client = العميل
admin-audit-col-details = التفاصيل
admin-audit-open-journey = فتح الرحلة
admin-audit-pages = الصفحات
admin-audit-previous = الصفحة السابقة
admin-audit-next = الصفحة التالية
admin-audit-page-of = الصفحة { $page } من { $pages }
admin-audit-error-from = أدخل تاريخ البدء بالتنسيق YYYY-MM-DD.
admin-audit-error-to = أدخل تاريخ الانتهاء بالتنسيق YYYY-MM-DD.

## /admin/deliveries: messages that couldn't be delivered.

admin-deliveries-title = عمليات التسليم
admin-deliveries-intro = تُرسل رموز التحقق والإشعارات عبر قائمة انتظار. تُدرج هنا لمدة 30 يومًا الرسالة التي رفضها موفر البريد الإلكتروني أو الرسائل النصية، أو لم يقبلها بعد عدة محاولات. لا يُعاد إرسال رمز التحقق أبدًا (فقد أُبلغ الشخص بتعذر إرساله ويمكنه طلب رمز آخر)؛ أما الإشعار فيمكن إعادة إرساله بمجرد أن يعمل الموفر.
admin-deliveries-waiting = { $waiting ->
    [zero] لا توجد رسائل في انتظار الإرسال.
    [one] رسالة واحدة في انتظار الإرسال.
    [two] رسالتان في انتظار الإرسال.
    [few] { $waiting } رسائل في انتظار الإرسال.
    [many] { $waiting } رسالة في انتظار الإرسال.
   *[other] { $waiting } رسالة في انتظار الإرسال.
}
admin-deliveries-failed = تعذر التسليم: { $today } خلال آخر 24 ساعة؛ و{ $total } خلال آخر 30 يومًا.
admin-deliveries-none = لم يفشل تسليم أي رسالة.
admin-deliveries-caption = الرسائل التي تعذر تسليمها، الأحدث أولاً
admin-deliveries-col-given-up = تاريخ التوقف
admin-deliveries-col-message = الرسالة
admin-deliveries-col-user = المستخدم
admin-deliveries-col-channel = القناة
admin-deliveries-col-tries = المحاولات
admin-deliveries-col-last-answer = آخر رد
admin-deliveries-col-actions = الإجراءات
admin-deliveries-resend = إعادة الإرسال
admin-deliveries-dismiss = إزالة من القائمة
admin-deliveries-code = رمز التحقق
admin-deliveries-queued = أُعيدت الرسالة إلى قائمة الانتظار؛ ستخرج من هذه القائمة بمجرد إرسالها، أو تعود إليها إذا فشلت مرة أخرى.
admin-deliveries-gone = لم تعد هذه الرسالة في القائمة.
admin-deliveries-removed = تمت الإزالة من القائمة.

## /admin/reports: "Usage & insights".

admin-reports-title = الاستخدام والرؤى
admin-reports-reminded = { $n ->
    [zero] لم يُرسل أي تذكير.
    [one] تم إرسال تذكير إلى مستخدم واحد غير مسجل.
    [two] تم إرسال تذكيرين إلى مستخدمَين غير مسجلَين.
    [few] تم إرسال تذكيرات إلى { $n } مستخدمين غير مسجلين.
    [many] تم إرسال تذكيرات إلى { $n } مستخدمًا غير مسجل.
   *[other] تم إرسال تذكيرات إلى { $n } مستخدم غير مسجل.
}
admin-reports-coverage = تغطية التسجيل
admin-reports-percent = { $percent }%
admin-reports-coverage-text = سجّل { $registered } من أصل { $total } من المستخدمين الذين يمكنهم استخدام إعادة تعيين كلمة المرور بالخدمة الذاتية طرقًا كافية لإعادة التعيين.
admin-reports-figure-note = الأرقام نفسها موجودة في الجدول أدناه.
admin-reports-by-method = المستخدمون المسجلون حسب الطريقة
admin-reports-col-method = الطريقة
admin-reports-col-users = المستخدمون
admin-reports-col-of = من أصل
admin-reports-by-group = حسب المجموعة
admin-reports-group-chart = التسجيل حسب المجموعة
admin-reports-group-caption = التسجيل حسب المجموعة (يُحتسب أعضاء المجموعات المتداخلة)
admin-reports-col-group = المجموعة
admin-reports-col-registered = المسجلون
admin-reports-col-members = الأعضاء ضمن النطاق
admin-reports-activity = عمليات إعادة التعيين وإلغاء التأمين
admin-reports-days = { $n ->
    [zero] { $n } يوم
    [one] يوم واحد
    [two] يومان
    [few] { $n } أيام
    [many] { $n } يومًا
   *[other] { $n } يوم
}
admin-reports-succeeded = ناجحة
admin-reports-failed = فاشلة
admin-reports-blocked = محظورة
admin-reports-day-table = جدول: عمليات إعادة التعيين وإلغاء التأمين يوميًا
admin-reports-day-caption = يوميًا، { $days ->
    [one] آخر يوم
    [two] آخر يومين
    [few] آخر { $days } أيام
    [many] آخر { $days } يومًا
   *[other] آخر { $days } يوم
}
admin-reports-day-chart = عمليات إعادة التعيين وإلغاء التأمين يوميًا، { $days ->
    [one] آخر يوم
    [two] آخر يومين
    [few] آخر { $days } أيام
    [many] آخر { $days } يومًا
   *[other] آخر { $days } يوم
}
admin-reports-col-day = اليوم
admin-reports-reasons = أكثر أسباب الفشل شيوعًا
admin-reports-no-failures = لا توجد حالات فشل في هذه الفترة.
admin-reports-reasons-caption = أسباب الفشل
admin-reports-col-reason = السبب
admin-reports-col-count = العدد
admin-reports-unregistered = لم يسجلوا بعد
admin-reports-all-registered = سجّل كل المستخدمين ضمن النطاق.
admin-reports-unregistered-count = { $n ->
    [zero] لا يوجد مستخدمون
    [one] مستخدم واحد
    [two] مستخدمان
    [few] { $n } مستخدمين
    [many] { $n } مستخدمًا
   *[other] { $n } مستخدم
}
admin-reports-download-csv = تنزيل بتنسيق CSV
admin-reports-remind-label = إرسال تذكير بالتسجيل إلى
admin-reports-remind-everyone = كل من لم يسجل
admin-reports-remind-members = أعضاء { $group }
admin-reports-remind-submit = إرسال التذكير
admin-reports-bar = { $value } من أصل { $total } ({ $percent }%)
admin-reports-error-choose-group = اختر مجموعة من القائمة.
admin-reports-error-no-group = لا توجد مجموعة كهذه. اختر مجموعة من القائمة.
admin-reports-method-app-code = رمز تطبيق الهاتف المحمول
admin-reports-method-email = البريد الإلكتروني
admin-reports-method-mobile-phone = الهاتف المحمول (رسالة نصية أو مكالمة)
admin-reports-method-office-phone = هاتف المكتب (مكالمة)
admin-reports-method-questions = أسئلة الأمان
admin-reports-method-app-notification = إشعار تطبيق الهاتف المحمول
admin-reports-method-passkey = مفتاح المرور

## /admin/tokens: API tokens.

admin-tokens-title = الرموز المميزة لواجهة API
admin-tokens-hint-api = يتيح الرمز المميز لبرنامج ما استدعاء واجهة JSON API
admin-tokens-hint-role = نيابةً عن مسؤول، بدور ذلك المسؤول: الرموز المميزة
admin-tokens-hint-read = تقرأ فقط، والرموز المميزة
admin-tokens-hint-write = تُجري تغييرات أيضًا. يُعرض الرمز المميز مرة واحدة عند إنشائه؛ ولا يحتفظ Latchkey إلا بقيمة التجزئة الخاصة به.
admin-tokens-created = تم إنشاء الرمز المميز "{ $name }"
admin-tokens-token = الرمز المميز
admin-tokens-copy = نسخ الرمز المميز
admin-tokens-acts-for = يعمل نيابةً عن
admin-tokens-scope = النطاق
admin-tokens-shown-once = يُعرض هذا الرمز المميز مرة واحدة فقط. خزّنه حيث يقرأ البرنامج الذي يستخدمه أسراره؛ وإذا فُقد، فقم بإبطاله وأنشئ رمزًا آخر.
admin-tokens-confirm-title = هل تريد إبطال الرمز المميز "{ $name }"؟
admin-tokens-confirm-text = ستتوقف البرامج التي تستخدم هذا الرمز المميز (يعمل نيابةً عن { $owner }، النطاق { $scope }) عن العمل فورًا. لا يمكن التراجع عن هذا الإجراء.
admin-tokens-revoke-submit = إبطال الرمز المميز
admin-tokens-cancel = إلغاء
admin-tokens-list = الرموز المميزة
admin-tokens-none = لا توجد رموز مميزة لواجهة API بعد.
admin-tokens-caption = الرموز المميزة لواجهة API، الأحدث أولاً
admin-tokens-name = الاسم
admin-tokens-created-col = تاريخ الإنشاء
admin-tokens-last-used = آخر استخدام
admin-tokens-status = الحالة
admin-tokens-never = أبدًا
admin-tokens-revoked-at = أُبطل في { $when }
admin-tokens-active = نشط
admin-tokens-revoke = إبطال
admin-tokens-revoke-which = الرمز المميز { $name }
admin-tokens-create = إنشاء رمز مميز
admin-tokens-name-hint = من 1 إلى 64 حرفًا: ما الذي سيستخدمه، مثل مزامنة الموارد البشرية.
admin-tokens-scope-read = قراءة: قراءة فقط
admin-tokens-scope-write = كتابة: قراءة وإجراء تغييرات
admin-tokens-owner-hint = اسم المستخدم لمسؤول عمومي أو مسؤول كلمات مرور؛ يحصل الرمز المميز على دوره.
admin-tokens-submit = إنشاء الرمز المميز
admin-tokens-revoked = تم إبطال الرمز المميز؛ ولم يعد يعمل.
admin-tokens-already-created = تم إنشاء هذا الرمز المميز وعرضه مرة واحدة بالفعل. لإنشاء رمز آخر، املأ النموذج أدناه.
admin-tokens-error-scope = اختر القراءة (read) أو الكتابة (write).
admin-tokens-error-owner = لا يوجد مستخدم بهذا الاسم.
admin-tokens-error-name = امنح الرمز المميز اسمًا من 1 إلى 64 حرفًا، مثل ما الذي سيستخدمه.
admin-tokens-error-owner-role = يعمل الرمز المميز نيابةً عن مالكه، لذا يجب أن يكون المالك مسؤولاً عموميًا أو مسؤول كلمات مرور.

## Audit activity names as the audit log shows them (the stored name stays English).

admin-activity-sign-in = تسجيل الدخول
admin-activity-sign-in-blocked-by-smart-lockout = حظر تسجيل الدخول بواسطة التأمين الذكي
admin-activity-sign-out = تسجيل الخروج
admin-activity-password-writeback = الكتابة المرتدة لكلمة المرور
admin-activity-directory-sync = مزامنة الدليل
admin-activity-change-password-self-service = تغيير كلمة المرور (الخدمة الذاتية)
admin-activity-add-user = إضافة مستخدم
admin-activity-update-user = تحديث مستخدم
admin-activity-delete-user = حذف مستخدم
admin-activity-import-users = استيراد مستخدمين
admin-activity-reset-password-by-admin = إعادة تعيين كلمة المرور (بواسطة المسؤول)
admin-activity-add-group = إضافة مجموعة
admin-activity-delete-group = حذف مجموعة
admin-activity-add-member-to-group = إضافة عضو إلى مجموعة
admin-activity-remove-member-from-group = إزالة عضو من مجموعة
admin-activity-create-bootstrap-administrator = إنشاء مسؤول التمهيد
admin-activity-update-self-service-password-reset-policy = تحديث نهج إعادة تعيين كلمة المرور بالخدمة الذاتية
admin-activity-update-password-protection-policy = تحديث نهج حماية كلمة المرور
admin-activity-user-submitted-their-user-id = أرسل المستخدم معرّف المستخدم الخاص به
admin-activity-user-started-a-verification-option = بدأ المستخدم خيار تحقق
admin-activity-user-completed-a-verification-option = أكمل المستخدم خيار تحقق
admin-activity-user-failed-a-verification-option = فشل المستخدم في خيار تحقق
admin-activity-user-completed-all-verification-steps-required = أكمل المستخدم كل خطوات التحقق المطلوبة
admin-activity-user-submitted-a-new-password = أرسل المستخدم كلمة مرور جديدة
admin-activity-reset-password-self-service = إعادة تعيين كلمة المرور (الخدمة الذاتية)
admin-activity-unlock-user-account-self-service = إلغاء تأمين حساب المستخدم (الخدمة الذاتية)
admin-activity-blocked-from-self-service-password-reset = حظر من إعادة تعيين كلمة المرور بالخدمة الذاتية
admin-activity-rate-limit-reached = تم بلوغ حد المعدل
admin-activity-telephony-spike-reported-to-administrators = الإبلاغ عن ارتفاع مفاجئ في الاتصالات الهاتفية إلى المسؤولين
admin-activity-user-asked-an-administrator-for-help = طلب المستخدم المساعدة من مسؤول
admin-activity-verification-code-could-not-be-sent = تعذر إرسال رمز التحقق
admin-activity-authenticator-code-reused = إعادة استخدام رمز المصادقة
admin-activity-user-registered-for-self-service-password-reset = سجّل المستخدم في إعادة تعيين كلمة المرور بالخدمة الذاتية
admin-activity-user-registered-an-authentication-method = سجّل المستخدم طريقة مصادقة
admin-activity-user-removed-an-authentication-method = أزال المستخدم طريقة مصادقة
admin-activity-user-confirmed-their-authentication-information = أكد المستخدم معلومات المصادقة الخاصة به
admin-activity-notification-could-not-be-delivered = تعذر تسليم الإشعار
admin-activity-user-reported-a-change-they-didn-t-make = أبلغ المستخدم عن تغيير لم يجرِه
admin-activity-registration-reminder-sent = تم إرسال تذكير بالتسجيل
admin-activity-update-organization-name-and-logo = تحديث اسم المؤسسة وشعارها
admin-activity-audit-retention-applied = تم تطبيق استبقاء التدقيق
admin-activity-create-api-token = إنشاء رمز مميز لواجهة API
admin-activity-revoke-api-token = إبطال رمز مميز لواجهة API
admin-activity-admin-deleted-security-info = حذف المسؤول معلومات الأمان
admin-activity-admin-required-re-registration-of-security-info = طلب المسؤول إعادة تسجيل معلومات الأمان
admin-activity-apply-policy-document = تطبيق مستند النهج
admin-activity-delivery-failures-reported-to-administrators = الإبلاغ عن حالات فشل التسليم إلى المسؤولين
admin-activity-resend-undelivered-notification = إعادة إرسال إشعار لم يُسلَّم
admin-activity-dismiss-undelivered-notification = تجاهل إشعار لم يُسلَّم
admin-activity-app-notification-approved = تمت الموافقة على إشعار التطبيق
admin-activity-app-notification-answered-with-a-wrong-number = تمت الإجابة على إشعار التطبيق برقم خاطئ
admin-activity-app-notification-denied = تم رفض إشعار التطبيق
admin-activity-app-notification-reported-as-not-me = تم الإبلاغ عن إشعار التطبيق على أنه "لست أنا"
admin-activity-app-notification-answer-refused = تم رفض الإجابة على إشعار التطبيق
admin-activity-issue-temporary-access-pass = إصدار تصريح وصول مؤقت
admin-activity-revoke-temporary-access-pass = إبطال تصريح وصول مؤقت
admin-activity-sign-in-with-temporary-access-pass = تسجيل الدخول باستخدام تصريح وصول مؤقت
