## مدخل الإدارة: المستخدمون والمجموعات، والعرض لمرة واحدة لكلمة مرور تم إنشاؤها أو لتصريح
## وصول مؤقت، وأسماء الأدوار.

## أسماء الأدوار (وأيضاً في حسابي).
admin-role-user = مستخدم
admin-role-helpdesk-verifier = مُحقِّق مكتب المساعدة
admin-role-password-admin = مسؤول كلمات المرور
admin-role-global-admin = مسؤول عمومي

## قائمة المستخدمين (/admin/users).
admin-users-title = المستخدمون
admin-users-new = مستخدم جديد
admin-users-search-label = البحث عن مستخدمين
admin-users-search-placeholder = الاسم أو اسم المستخدم
admin-users-search-submit = بحث
admin-users-count = { $n ->
    [zero] { $n } مستخدم.
    [one] مستخدم واحد.
    [two] مستخدمان.
    [few] { $n } مستخدمين.
    [many] { $n } مستخدماً.
   *[other] { $n } مستخدم.
}
admin-users-count-matching = { $n ->
    [zero] { $n } مستخدم يطابق "{ $q }".
    [one] مستخدم واحد يطابق "{ $q }".
    [two] مستخدمان يطابقان "{ $q }".
    [few] { $n } مستخدمين يطابقون "{ $q }".
    [many] { $n } مستخدماً يطابقون "{ $q }".
   *[other] { $n } مستخدم يطابق "{ $q }".
}
admin-users-caption = المستخدمون، الصفحة { $page } من { $pages }
admin-users-col-display-name = اسم العرض
admin-users-col-username = اسم المستخدم
admin-users-col-role = الدور
admin-users-col-status = الحالة
admin-users-enabled = ممكّن
admin-users-disabled = معطّل
admin-users-pages = الصفحات
admin-users-previous = الصفحة السابقة
admin-users-next = الصفحة التالية
admin-users-page-of = الصفحة { $page } من { $pages }

## مستخدم جديد (/admin/users/new).
admin-users-new-title = مستخدم جديد
admin-users-new-basics = المعلومات الأساسية
admin-users-new-display-name-hint = اتركه فارغاً لاستخدام الاسم الأول واسم العائلة.
admin-users-new-username-hint = أحرف وأرقام و' . - _ ! # ^ ~، ويمكن أن يليها @ واسم مجال، مثل mias أو mia.steele@example.org.
admin-users-new-password-heading = كلمة المرور
admin-users-new-password-hint = تُستخدم فقط عند إيقاف تشغيل "إنشاء كلمة مرور تلقائياً".
admin-users-new-mobile-hint = مع رمز البلد، مثل ‎+1 425 555 0100‎.
admin-users-new-office-hint = مع رمز البلد.
admin-users-new-role-heading = الدور
admin-users-new-create = إنشاء
admin-users-new-cancel = إلغاء
admin-users-created-title = تم إنشاء المستخدم
admin-users-created-intro = يمكن لـ { $name } الآن تسجيل الدخول باستخدام اسم المستخدم وكلمة المرور أدناه.

## مستخدم واحد (/admin/users/{id}).
admin-user-managed-strong = يأتي هذا الحساب من الدليل المحلي لديك
admin-user-managed-dn = DN
admin-user-managed-text = تتم إدارة أسمائه ومعلومات الاتصال الخاصة به هناك، وكذلك ما إذا كان ممكّناً؛ وتصل التغييرات التي تُجرى هناك مع المزامنة التالية. يبقى تسجيل الدخول المحظور هنا محظوراً.
admin-user-managed-password = تُكتب كلمة المرور التي تعيد تعيينها هنا في الدليل أيضاً.
admin-user-properties = الخصائص
admin-user-username = اسم المستخدم
admin-user-role = الدور
admin-user-account = الحساب
admin-user-must-change = يجب تغيير كلمة المرور
admin-user-yes = نعم
admin-user-no = لا
admin-user-groups = المجموعات
admin-user-none = لا شيء
admin-user-reset-password = إعادة تعيين كلمة المرور
admin-user-reset-self-before-link = لتغيير كلمة المرور الخاصة بك، استخدم
admin-user-reset-self-after-link = ، حيث تُطلب كلمة المرور الحالية.
admin-user-auto-password = إنشاء كلمة مرور تلقائياً
admin-user-password = كلمة المرور
admin-user-password-hint = تُستخدم فقط عند إيقاف تشغيل "إنشاء كلمة مرور تلقائياً". { $min } من الأحرف على الأقل.
admin-user-must-change-label = مطالبة هذا المستخدم بتغيير كلمة المرور عند تسجيل الدخول لأول مرة
admin-user-enter-password = أدخل كلمة مرور، أو حدد "إنشاء كلمة مرور تلقائياً".
admin-user-created-typed = تم إنشاء المستخدم بكلمة المرور التي كتبتها.
admin-user-saved = تم الحفظ.
admin-user-pass-revoked = تم إبطال تصريح الوصول المؤقت، وتم تسجيل الخروج من الجلسات التي فتحها.
admin-user-reset-typed = تمت إعادة تعيين كلمة المرور إلى تلك التي كتبتها، وتم تسجيل الخروج من جلسات المستخدم.
admin-user-reset-title = تمت إعادة تعيين كلمة المرور
admin-user-reset-intro = تمت إعادة تعيين كلمة مرور { $name }، وتم تسجيل الخروج من جلساته.
admin-user-confirm-delete-error = حدد المربع لتأكيد أنك تريد حذف هذا المستخدم.

## مستخدم واحد: تصريح الوصول المؤقت.
admin-user-pass-heading = تصريح الوصول المؤقت
admin-user-pass-hint = تصريح محدود المدة يتيح لـ { $name } تسجيل الدخول لتسجيل معلومات الأمان عندما يفقد كل الطرق أو يكون جديداً. لا يفتح سوى صفحة معلومات الأمان، لكن ما يسجله هناك يتيح له إعادة تعيين كلمة المرور: تحقق من هويته بالعناية نفسها المتبعة في إعادة تعيين كلمة المرور.
admin-user-pass-valid-until = تصريح أصدره { $issued_by } صالح حتى
admin-user-pass-one-time = ، لتسجيل دخول واحد
admin-user-pass-used = (مستخدَم)
admin-user-pass-session = تظل الجلسة المفتوحة بتصريح مفتوحة حتى { $until }.
admin-user-pass-revoke = إبطال التصريح
admin-user-pass-lifetime = صالح لمدة
admin-user-pass-one-time-label = استخدام لمرة واحدة (يصلح التصريح لتسجيل دخول واحد)
admin-user-pass-issue-new = إصدار تصريح جديد (يتوقف التصريح الحالي عن العمل)
admin-user-pass-issue = إصدار تصريح وصول مؤقت
admin-user-pass-already-shown = تم إصدار هذا التصريح وعرضه مرة واحدة بالفعل. لإعطائه تصريحاً آخر، أصدر تصريحاً جديداً أدناه (يتوقف التصريح السابق عندئذٍ عن العمل).
admin-user-pass-none-to-revoke = لم يكن هناك تصريح وصول مؤقت صالح لإبطاله.

## مستخدم واحد: معلومات الاتصال.
admin-user-contact = معلومات الاتصال
admin-user-contact-external-hint = من الدليل المحلي؛ غيّرها هناك.
admin-user-first-name = الاسم الأول
admin-user-last-name = اسم العائلة
admin-user-display-name = اسم العرض
admin-user-email = البريد الإلكتروني
admin-user-alternate-email = البريد الإلكتروني البديل
admin-user-mobile-phone = الهاتف المحمول
admin-user-office-phone = هاتف المكتب
admin-user-mobile-hint = مع رمز البلد، مثل ‎+1 425 555 0100‎. اتركه فارغاً لمسحه.
admin-user-office-hint = مع رمز البلد. اتركه فارغاً لمسحه.
admin-user-save-contact = حفظ معلومات الاتصال

## مستخدم واحد: الوصول (الدور، وتسجيل الدخول، والحذف).
admin-user-access = الوصول
admin-user-save-role = حفظ الدور
admin-user-block = حظر تسجيل الدخول
admin-user-allow = السماح بتسجيل الدخول
admin-user-external-block-hint = يستمر حظر تسجيل الدخول هنا بعد عمليات المزامنة. يُحذف الحساب في الدليل المحلي.
admin-user-confirm-delete = نعم، احذف { $username } وعضوياته في المجموعات
admin-user-delete = حذف المستخدم

## قائمة المجموعات (/admin/groups).
admin-groups-title = المجموعات
admin-groups-new = مجموعة جديدة
admin-groups-none = لا توجد مجموعات بعد.
admin-groups-none-create = أنشئ مجموعة أمان لتحديد من يمكنه استخدام إعادة تعيين كلمة المرور بالخدمة الذاتية.
admin-groups-caption = مجموعات الأمان
admin-groups-col-name = الاسم
admin-groups-col-description = الوصف
admin-groups-col-type = النوع
admin-groups-type-security = أمان
admin-groups-type-external = أمان، من الدليل المحلي

## مجموعة جديدة (/admin/groups/new).
admin-groups-new-title = مجموعة جديدة
admin-groups-new-type = نوع المجموعة
admin-groups-new-name = اسم المجموعة
admin-groups-new-description = وصف المجموعة
admin-groups-new-members = الأعضاء
admin-groups-new-members-hint = اختياري. أسماء مستخدمين، أو أسماء عرض لأشخاص (Mia Steele)، أو أسماء مجموعات، مفصولة بفواصل.
admin-groups-new-create = إنشاء
admin-groups-new-cancel = إلغاء

## مجموعة واحدة (/admin/groups/{id}).
admin-group-managed-strong = تأتي هذه المجموعة من الدليل المحلي لديك
admin-group-managed-text = تتم إدارة اسمها وأعضائها هناك؛ وتصل التغييرات التي تُجرى هناك مع المزامنة التالية. ولا يزال من الممكن أن تكون المجموعة التي تم تشغيل إعادة تعيين كلمة المرور بالخدمة الذاتية لها.
admin-group-members = الأعضاء
admin-group-no-members = لا يوجد أعضاء في هذه المجموعة بعد.
admin-group-caption = الأعضاء المباشرون في { $group }
admin-group-col-name = الاسم
admin-group-col-kind = النوع
admin-group-col-actions = الإجراءات
admin-group-kind-user = مستخدم
admin-group-kind-group = مجموعة (متداخلة)
admin-group-remove = إزالة { $name }
admin-group-add-label = إضافة عضو
admin-group-add-hint = اسم مستخدم أو اسم عرض لشخص، أو اسم مجموعة لتضمينها في هذه المجموعة.
admin-group-add-submit = إضافة عضو
admin-group-delete-heading = حذف المجموعة
admin-group-confirm-delete = نعم، احذف { $group } (لا يُحذف أعضاؤها)
admin-group-delete = حذف المجموعة
admin-group-enter-member = أدخل اسم مستخدم، أو اسم عرض لشخص، أو اسم مجموعة.
admin-group-added = تمت إضافة { $name }.
admin-group-already-member = { $member } عضو بالفعل في { $group }؛ لم يتغير شيء.
admin-group-no-such-member = لا يوجد مستخدم أو مجموعة باسم "{ $name }".
admin-group-unknown-member = هذا العضو غير معروف.
admin-group-member-removed = تمت إزالة العضو.
admin-group-already-removed = تمت إزالة هذا العضو بالفعل.
admin-group-confirm-delete-error = حدد المربع لتأكيد أنك تريد حذف هذه المجموعة.

## تصريح وصول مؤقت صدر للتو، يُعرض مرة واحدة.
admin-pass-shown-title = تم إصدار تصريح الوصول المؤقت
admin-pass-shown-intro-before = يمكن لـ { $name } الآن تسجيل الدخول بهذا التصريح لتسجيل معلومات الأمان الخاصة به. لا يفتح سوى صفحة
admin-pass-shown-intro-em = معلومات الأمان
admin-pass-shown-intro-after = ولا يفتح بقية الحساب أبداً، ولا يُقبل أبداً كخطوة من خطوات إعادة تعيين كلمة المرور.
admin-pass-shown-display-name = اسم العرض
admin-pass-shown-username = اسم المستخدم
admin-pass-shown-pass = تصريح الوصول المؤقت
admin-pass-shown-copy = نسخ التصريح
admin-pass-shown-valid-for = صالح لمدة
admin-pass-shown-valid-until = { $lifetime }، حتى
admin-pass-shown-use = الاستخدام
admin-pass-shown-one-time = تسجيل دخول واحد
admin-pass-shown-many = أي عدد من عمليات تسجيل الدخول حتى انتهاء صلاحيته
admin-pass-shown-give = يُعرض هذا التصريح مرة واحدة فقط. سلّمه إلى { $name } شخصياً أو اقرأه عليه في مكالمة أجريتها أنت إلى رقم تعرف أنه رقمه؛ ولا ترسله أبداً عبر البريد الإلكتروني. يسجّل الدخول من
admin-pass-shown-notices = { $n ->
    [0] لا يوجد لديه عنوان بريد إلكتروني أو هاتف محمول مسجل، لذلك لم يُبلَّغ أحد بإصدار تصريح.
    [one] تم إرسال إشعار واحد بإصدار تصريح (بدون التصريح).
    [two] تم إرسال إشعارين بإصدار تصريح (بدون التصريح).
    [few] تم إرسال { $n } إشعارات بإصدار تصريح (بدون التصريح).
    [many] تم إرسال { $n } إشعاراً بإصدار تصريح (بدون التصريح).
   *[other] تم إرسال { $n } إشعار بإصدار تصريح (بدون التصريح).
}
admin-pass-shown-stops = يتوقف عن العمل عند انتهاء صلاحيته، أو عندما يسجّل تطبيق مصادقة أو تطبيق Latchkey أو مفتاح مرور، أو عندما تبطله.
admin-pass-shown-stops-one-time = يتوقف عن العمل عند انتهاء صلاحيته، أو بعد تسجيل دخول واحد، أو عندما يسجّل تطبيق مصادقة أو تطبيق Latchkey أو مفتاح مرور، أو عندما تبطله.
admin-pass-shown-go-to = الانتقال إلى { $name }
admin-pass-shown-back = العودة إلى المستخدمين

## كلمة مرور تم إنشاؤها، تُعرض مرة واحدة (مستخدم جديد، إعادة تعيين).
admin-password-shown-display-name = اسم العرض
admin-password-shown-username = اسم المستخدم
admin-password-shown-password = كلمة المرور
admin-password-shown-copy = نسخ كلمة المرور
admin-password-shown-notice = تُعرض كلمة المرور هذه مرة واحدة فقط. انسخها الآن وأعطها للمستخدم بطريقة آمنة.
admin-password-shown-must-change = سيُطلب منه اختيار كلمة مرور جديدة عند تسجيل الدخول لأول مرة.
admin-password-shown-go-to = الانتقال إلى { $name }
admin-password-shown-back = العودة إلى المستخدمين
