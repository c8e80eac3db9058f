## Admin portal: the self-service password reset policy (/admin/password-reset/*).

admin-sspr-nav = إعادة تعيين كلمة المرور
admin-sspr-section-properties = الخصائص
admin-sspr-section-authentication-methods = أساليب المصادقة
admin-sspr-section-registration = التسجيل
admin-sspr-section-notifications = الإعلامات
admin-sspr-section-customization = التخصيص
admin-sspr-section-on-premises = التكامل المحلي
admin-sspr-section-administrator-policy = نهج المسؤول
admin-sspr-global-only = يمكن للمسؤولين العموميين فقط تغيير هذه الإعدادات.
admin-sspr-saved = تم حفظ التغييرات.
admin-sspr-yes = نعم
admin-sspr-no = لا
admin-sspr-save = حفظ
admin-sspr-discard = تجاهل
admin-sspr-fixed = نهج المسؤول ثابت ولا يمكن تغييره.

## Properties.

admin-sspr-enabled = تمكين إعادة تعيين كلمة المرور بالخدمة الذاتية
admin-sspr-scope-none = لا شيء
admin-sspr-scope-selected = محدد
admin-sspr-scope-all = الكل
admin-sspr-group = المجموعة المحددة
admin-sspr-group-hint = عند اختيار "محدد"، يمكن لأعضاء هذه المجموعة (وأعضاء المجموعات المتداخلة فيها) إعادة تعيين كلمة المرور الخاصة بهم.
admin-sspr-no-group = لم يتم تحديد أي مجموعة
admin-sspr-admins-hint = يمكن للمسؤولين دائمًا إعادة تعيين كلمة المرور الخاصة بهم؛ ويخضعون لنهج المسؤول.
admin-sspr-error-scope = اختر "لا شيء" أو "محدد" أو "الكل".
admin-sspr-error-group = اختر مجموعة من القائمة.

## Authentication methods.

admin-sspr-methods-required = عدد الأساليب المطلوبة لإعادة التعيين
admin-sspr-methods = الأساليب المتاحة للمستخدمين
admin-sspr-method-app-notification = إعلام تطبيق الهاتف المحمول
admin-sspr-method-app-code = رمز تطبيق الهاتف المحمول
admin-sspr-method-passkey = مفتاح المرور
admin-sspr-method-mobile-phone = الهاتف المحمول (رسالة نصية أو مكالمة)
admin-sspr-questions-to-register = عدد الأسئلة المطلوبة للتسجيل
admin-sspr-questions-to-reset = عدد الأسئلة المطلوبة لإعادة التعيين
admin-sspr-custom-questions = أسئلة الأمان المخصصة
admin-sspr-custom-questions-hint = حتى 20 سؤالًا، سؤال واحد في كل سطر، من 3 إلى 200 حرف لكل منها. تُعرض إلى جانب الأسئلة المضمنة.
admin-sspr-phone-countries = البلدان التي يمكن إرسال الرموز إليها برسالة نصية أو مكالمة
admin-sspr-phone-countries-hint = رموز بلدان مكونة من حرفين، مفصولة بمسافات، مثل US GB DE. لا يمكن تسجيل الأرقام في البلدان الأخرى، ولا تتلقى الأرقام ذات الأسعار المميزة والتكلفة المشتركة وأرقام الأقمار الاصطناعية رموزًا أبدًا.
admin-sspr-error-methods-required = اختر 1 أو 2.
admin-sspr-error-questions = اختر رقمًا بين 3 و5.

## Registration.

admin-sspr-require-registration = هل تريد أن تطلب من المستخدمين التسجيل عند تسجيل الدخول؟
admin-sspr-reconfirm-days = عدد الأيام قبل أن يُطلب من المستخدمين إعادة تأكيد معلومات المصادقة الخاصة بهم
admin-sspr-reconfirm-days-hint = من 0 إلى 730؛ 0 تعني أبدًا.
admin-sspr-error-reconfirm-days = أدخل عدد أيام بين 0 و730.

## Notifications.

admin-sspr-notify-users = هل تريد إعلام المستخدمين عند إعادة تعيين كلمات المرور؟
admin-sspr-notify-admins = هل تريد إعلام جميع المسؤولين عندما يعيد مسؤولون آخرون تعيين كلمة المرور الخاصة بهم؟

## Customization.

admin-sspr-customize-helpdesk = هل تريد تخصيص ارتباط مكتب المساعدة؟
admin-sspr-helpdesk = البريد الإلكتروني أو عنوان URL المخصص لمكتب المساعدة
admin-sspr-helpdesk-hint = يظهر حيثما لا يستطيع الشخص المتابعة، مثل https://help.contoso.example/password أو helpdesk@contoso.example.
admin-sspr-error-helpdesk = أدخل عنوان البريد الإلكتروني أو عنوان الويب لمكتب المساعدة، أو اختر "لا".

## On-premises integration: the switches.

admin-sspr-writeback = هل تريد إعادة كتابة كلمات المرور إلى الدليل المحلي؟
admin-sspr-writeback-hint = نعم: عندما يعيد شخص، حسابه مصدره الدليل المحلي، تعيين كلمة المرور أو يغيرها، تُكتب أولًا في الدليل، ولا تتغير في Latchkey إلا إذا قبلها الدليل. لا: لا يمكن لهؤلاء الأشخاص إعادة تعيين كلمة المرور أو تغييرها هنا، ويُطلب منهم الاتصال بفريق تكنولوجيا المعلومات.
admin-sspr-unlock = هل تريد السماح للمستخدمين بإلغاء تأمين الحسابات دون إعادة تعيين كلمة المرور؟
admin-sspr-unlock-hint = نعم: تعرض صفحة إعادة التعيين أيضًا "أعرف كلمة المرور، لكن ما زلت لا أستطيع تسجيل الدخول". بعد التحقق المعتاد، يُلغى تأمين الحساب، في الدليل المحلي أيضًا، وتبقى كلمة المرور كما هي.
admin-sspr-directory-contacts = هل تريد استخدام معلومات الاتصال من الدليل؟
admin-sspr-directory-contacts-hint = نعم: يمكن استخدام البريد الإلكتروني البديل والهاتف المحمول وهاتف المكتب التي يحتفظ بها الدليل المحلي (أو مسؤول، في المدخل أو واجهة API أو سطر الأوامر) لشخص ما لإعادة التعيين، دون أن يسجلها هذا الشخص بنفسه. لا: يسجل الأشخاص معلوماتهم ويثبتونها بأنفسهم.

## Administrator policy.

admin-sspr-admin-policy-intro = إعادة تعيين كلمة المرور بالخدمة الذاتية ممكّنة دائمًا للمسؤولين (المسؤولين العموميين ومسؤولي كلمات المرور)، بصرف النظر عما تحدده الخصائص، ويخضعون دائمًا لهذا النهج:
admin-sspr-admin-policy-required = عدد الأساليب المطلوبة لإعادة التعيين:
admin-sspr-admin-policy-methods = الأساليب: إعلام تطبيق الهاتف المحمول، ورمز تطبيق الهاتف المحمول، ومفتاح المرور، والبريد الإلكتروني، والهاتف المحمول، وهاتف المكتب
admin-sspr-admin-policy-questions = أسئلة الأمان:
admin-sspr-admin-policy-never = أبدًا
admin-sspr-admin-policy-fixed = لا يمكن تغيير هذا النهج.

## On-premises integration: the directory, its syncs and checks.

admin-onprem-sync-finished = انتهت المزامنة: { $summary }.
admin-onprem-left-out = ما تم استبعاده وسبب ذلك:
admin-onprem-sync-not-finished = لم تنته المزامنة
admin-onprem-heading-one = الدليل المحلي
admin-onprem-heading-many = الأدلة المحلية
admin-onprem-servers = الخوادم
admin-onprem-then = ، ثم
admin-onprem-kind = النوع
admin-onprem-auto-sync = المزامنة التلقائية
admin-onprem-auto-sync-off-before = متوقفة: شغّل
admin-onprem-auto-sync-off-after = أو استخدم "المزامنة الآن"
admin-onprem-every = { $n ->
    [one] كل دقيقة
    [two] كل دقيقتين
    [few] كل { $n } دقائق
    [many] كل { $n } دقيقة
   *[other] كل { $n } دقيقة
}
admin-onprem-last-sync = آخر مزامنة
admin-onprem-last-worked = نجحت.
admin-onprem-last-failed = فشلت.
admin-onprem-no-sync = لم يتم تشغيل أي مزامنة بعد.
admin-onprem-sync-hint = تجلب ما تغير في الدليل منذ آخر مزامنة (كل شيء في المرة الأولى): الحسابات والمجموعات الجديدة والمتغيرة والمعطلة والمحذوفة. قد يستغرق الاستيراد الأول لدليل كبير دقيقة.
admin-onprem-sync-now = المزامنة الآن
admin-onprem-none = لا يوجد دليل محلي متصل. يخدم Latchkey مستخدميه ومجموعاته فقط، وتُحفظ كلمات المرور في Latchkey وحده.
admin-onprem-connect-before = لتوصيل Active Directory أو OpenLDAP، اضبط هذه الإعدادات في القسم
admin-onprem-connect-middle = من ملف التكوين (أو كمتغيرات
admin-onprem-connect-after = المقابلة)، ثم أعد تشغيل Latchkey:
admin-onprem-setting-urls = : خوادم الدليل، تُجرّب بالترتيب، مثل
admin-onprem-and = و
admin-onprem-setting-bind = : حساب الخدمة الذي يسجل Latchkey الدخول به؛ احفظ كلمة المرور في ملف يحدده
admin-onprem-setting-bases = : مكان الحسابات والمجموعات، مثل
admin-onprem-setting-ca = : المرجع المصدق الذي يوقّع شهادات الخوادم، ما لم يكن النظام يثق به بالفعل
admin-onprem-readme-before = يتضمن القسم
admin-onprem-readme-after = في ملف README مثالًا لكل منهما، والأذونات الدقيقة التي يحتاجها حساب الخدمة.
admin-onprem-print-config = يسرد كل الإعدادات، و
admin-onprem-check-config = يتحقق منها. بعد الاتصال، تتحقق هذه الصفحة من الاتصال وتُجري المزامنة.
admin-onprem-flavour-ad = Active Directory (محدد في التكوين)
admin-onprem-flavour-openldap = OpenLDAP (محدد في التكوين)
admin-onprem-flavour-other = دليل LDAP آخر (محدد في التكوين)
admin-onprem-flavour-detected = يُكتشف من الدليل ("تشغيل الفحوصات" يحدده)
admin-onprem-no-ldap = لا يوجد دليل محلي للمزامنة منه: لا توجد إعدادات [ldap] في Latchkey بعد. اضبطها كما هو موضح أدناه، وأعد تشغيل Latchkey، ثم أجرِ المزامنة.
admin-onprem-sync-refused = لم يتم تشغيل المزامنة: { $why }.
admin-onprem-sync-failed = فشلت المزامنة ولم يتم تغيير أي شيء: { $why }
admin-onprem-checks = الفحوصات
admin-onprem-checks-intro-before = يفحص اتصال كل خادم وشهادة TLS الخاصة به، وتسجيل دخول حساب الخدمة، وصلاحية القراءة لديه على القواعد وأذوناته على حساب، والحسابات المحمية، وآخر مزامنة وإعادة كتابة، كما يفعل الأمر
admin-onprem-checks-intro-after = في سطر الأوامر. لكل خادم بضع ثوانٍ للرد.
admin-onprem-test-user = الحساب المراد فحص الأذونات عليه (اختياري)
admin-onprem-test-user-hint = اسم مستخدم من الدليل، مثل حساب اختبار. لا يتم تغيير أي شيء فيه.
admin-onprem-run-checks = تشغيل الفحوصات
admin-onprem-results = النتائج
admin-onprem-summary = { $failed ->
    [0] لم يفشل أي فحص
    [one] فشل فحص واحد
    [two] فشل فحصان
    [few] فشلت { $failed } فحوصات
    [many] فشل { $failed } فحصًا
   *[other] فشل { $failed } فحص
}{ $warnings ->
    [0] {""}
    [one] ، ويحتاج فحص واحد إلى الانتباه
    [two] ، ويحتاج فحصان إلى الانتباه
    [few] ، وتحتاج { $warnings } فحوصات إلى الانتباه
    [many] ، ويحتاج { $warnings } فحصًا إلى الانتباه
   *[other] ، ويحتاج { $warnings } فحص إلى الانتباه
}.
admin-onprem-directory-is = الدليل هو { $flavour }.
admin-onprem-results-caption = نتائج الفحوصات
admin-onprem-col-check = الفحص
admin-onprem-col-result = النتيجة
admin-onprem-col-found = ما تم العثور عليه
admin-onprem-col-fix = ما يجب تغييره
admin-onprem-nothing = لا شيء
admin-onprem-status-ok = موافق
admin-onprem-status-warning = تحذير
admin-onprem-status-failed = فشل
admin-onprem-status-info = معلومات

## Customization: the organisation's name and logo (/admin/branding).

admin-branding-heading = اسم المؤسسة وشعارها
admin-branding-intro = يظهران في كل صفحة وفي كل رسالة يرسلها Latchkey.
admin-branding-name = اسم المؤسسة
admin-branding-logo = الشعار
admin-branding-logo-hint = PNG أو JPEG أو SVG، حتى 200 كيلوبايت. اتركه فارغًا للإبقاء على الشعار الحالي.
admin-branding-current-logo = الشعار الحالي
admin-branding-remove-logo = إزالة الشعار
admin-branding-save = حفظ الاسم والشعار

## Password protection (/admin/password-protection) and the strength meter.

admin-protection-title = حماية كلمة المرور
admin-protection-global-only = يمكن للمسؤولين العموميين فقط تغيير هذه الإعدادات.
admin-protection-saved = تم حفظ التغييرات.
admin-protection-policy = نهج كلمة المرور
admin-protection-min-length = الحد الأدنى للطول
admin-protection-min-length-hint = من 8 إلى 256 حرفًا. يطلب المعيار NIST SP 800-63B ما لا يقل عن 15 حرفًا عندما تكون كلمة المرور هي العامل الوحيد؛ وعبارات المرور الطويلة أسهل في التذكر من كلمات المرور القصيرة المعقدة.
admin-protection-require-classes = طلب ثلاثة مما يلي: أحرف صغيرة، وأحرف كبيرة، وأرقام، ورموز (للتوافق مع Entra؛ ينصح NIST بعدم استخدام مثل هذه القواعد)
admin-protection-history = عدد كلمات المرور السابقة التي لا يمكن إعادة استخدامها
admin-protection-history-hint = من 0 إلى 24؛ 0 يوقف هذه الميزة. تكلف كل كلمة مرور محفوظة عملية تحقق واحدة من التجزئة كلما تم تعيين كلمة مرور.
admin-protection-min-score = الحد الأدنى للقوة
admin-protection-no-minimum = بلا حد أدنى
admin-protection-strength-0 = ضعيفة جدًا
admin-protection-strength-1 = ضعيفة
admin-protection-strength-2 = مقبولة
admin-protection-strength-3 = قوية
admin-protection-strength-4 = قوية جدًا
admin-protection-banned = كلمات المرور المحظورة
admin-protection-banned-intro = تُرفض دائمًا كلمات المرور الشائعة وما يشبهها (P@ssw0rd) وأسماء المستخدم نفسه. أضف الكلمات التي يجب ألا تظهر أبدًا في كلمة مرور في مؤسستك: منتجاتها وأماكنها وفرقها.
admin-protection-enforce-custom = فرض القائمة المخصصة
admin-protection-yes = نعم
admin-protection-no = لا
admin-protection-custom-terms = قائمة كلمات المرور المحظورة المخصصة
admin-protection-custom-terms-hint = مصطلح واحد في كل سطر، من 4 إلى 16 حرفًا، حتى 1000 مصطلح. لا يهم حالة الأحرف.
admin-protection-breached = كلمات المرور المسربة
admin-protection-check-breached = رفض كلمات المرور التي عُثر عليها في تسريبات البيانات
admin-protection-breached-count = تحتوي قائمة كلمات المرور المسربة على { $n ->
    [one] كلمة مرور واحدة
    [two] كلمتي مرور
    [few] { $n } كلمات مرور
    [many] { $n } كلمة مرور
   *[other] { $n } كلمة مرور
}.
admin-protection-breached-none-before = لم يتم استيراد أي قائمة لكلمات المرور المسربة بعد: شغّل
admin-protection-breached-none-after = على الخادم.
admin-protection-save = حفظ
admin-protection-try = تجربة كلمة مرور
admin-protection-try-intro = اعرف كيف سيتم تقييم كلمة مرور وفقًا للنهج المحفوظ. لا يتم تخزينها أو تسجيلها.
admin-protection-sample = نموذج كلمة مرور
admin-protection-test = اختبار
admin-protection-accepted = مقبولة
admin-protection-refused = مرفوضة: { $reason }
admin-protection-detail = نقاط قائمة الحظر { $score } من 5 مطلوبة. القوة { $strength } من 4.
admin-protection-detail-terms = نقاط قائمة الحظر { $score } من 5 مطلوبة (المصطلحات المحظورة التي عُثر عليها: { $terms }). القوة { $strength } من 4.
admin-protection-error-min-length = أدخل عدد أحرف بين 8 و256.
admin-protection-error-history = أدخل رقمًا بين 0 و24.
admin-protection-error-min-score = اختر مستوى قوة من القائمة.

# The on-premises page's checks (the doctor) and the sync summary.
admin-onprem-doc-encryption = التشفير لـ { $url }
admin-onprem-doc-plaintext = LDAP غير مشفر دون StartTLS: تنتقل كلمات المرور عبر الشبكة كنص عادي
admin-onprem-doc-plaintext-fix = استخدم ldaps:// أو أزل ldap.allow_plaintext (لبيئات الاختبار فقط)
admin-onprem-doc-server-role = دور الخادم { $url }
admin-onprem-doc-global-catalog = هذا منفذ الكتالوج العمومي: إنه للقراءة فقط ولا يحتوي إلا على بعض السمات
admin-onprem-doc-global-catalog-fix = استخدم منفذ LDAP الخاص بوحدة التحكم بالمجال (636 لـ ldaps، و389 مع StartTLS)
admin-onprem-doc-connect = الاتصال بـ { $url }
admin-onprem-doc-connect-tls-fix = اضبط ldap.ca_file على المرجع المصدق الذي وقّع شهادة الخادم، واستخدم اسمًا أو عنوانًا مدرجًا في الشهادة
admin-onprem-doc-connect-fix = تحقق من العنوان والمنفذ، ومن أن الخادم قيد التشغيل، ومن أن جدار الحماية يسمح لهذا المضيف بالوصول إليه
admin-onprem-doc-connected = متصل
admin-onprem-doc-bind = ربط حساب الخدمة
admin-onprem-doc-bound = تم الربط باسم { $dn }
admin-onprem-doc-bind-encrypt-fix = يتطلب الخادم اتصالاً مشفرًا: استخدم ldaps:// أو ldap:// مع StartTLS
admin-onprem-doc-bind-fix = تحقق من ldap.bind_dn وldap.bind_password (أو LATCHKEY_LDAP__BIND_PASSWORD_FILE)؛ يجب أن يكون الحساب ممكّنًا
admin-onprem-doc-bind-connection-fix = تحقق من الاتصال أعلاه
admin-onprem-doc-root-dse = Root DSE
admin-onprem-doc-root-dse-fix = يجب أن يتمكن حساب الخدمة من قراءة Root DSE
admin-onprem-doc-type = نوع الدليل
admin-onprem-doc-type-detected = { $flavour } (المكتشف: { $detected })
admin-onprem-doc-type-fix = يتجاوز ldap.flavour ما يعلنه الخادم؛ اضبطه على "auto" ما لم تكن متأكدًا مما تفعله
admin-onprem-doc-writable = وحدة تحكم بالمجال قابلة للكتابة
admin-onprem-doc-rodc = هذه وحدة تحكم بالمجال للقراءة فقط (RODC): لا يمكنها قبول تغييرات كلمات المرور
admin-onprem-doc-rodc-fix = أدرج وحدة تحكم بالمجال قابلة للكتابة أولاً في ldap.urls
admin-onprem-doc-writable-ok = قابلة للكتابة
admin-onprem-doc-ppolicy = تراكب نهج كلمات المرور (ppolicy)
admin-onprem-doc-ppolicy-present = موجود: تُطبَّق قواعد كلمات المرور والتأمين الخاصة بالدليل
admin-onprem-doc-ppolicy-missing = غير مُعلَن: لا يتحقق الدليل من أي قواعد لكلمات المرور وليس لديه تأمين خاص به
admin-onprem-doc-ppolicy-fix = حمّل تراكب ppolicy (olcOverlay=ppolicy) مع نهج افتراضي
admin-onprem-doc-lockout = التأمين قبل تأمين الدليل
admin-onprem-doc-lockout-unreadable = تعذرت قراءة حد التأمين الخاص بالدليل: { $error }
admin-onprem-doc-lockout-unreadable-fix = تأكد من أن ldap.lockout_threshold أقل من حد التأمين الخاص بالدليل نفسه
admin-onprem-doc-lockout-none = لا يؤمّن الدليل الحسابات بعد إدخال كلمات مرور خاطئة
admin-onprem-doc-lockout-ok = يؤمّن Latchkey الحساب بعد عدد من كلمات المرور الخاطئة يبلغ { $ours }، والدليل بعد { $theirs }
admin-onprem-doc-lockout-failed = يؤمّن Latchkey الحساب بعد عدد من كلمات المرور الخاطئة يبلغ { $ours }، والدليل بعد { $theirs }: قد يؤدي التخمين في Latchkey إلى تأمين الحسابات في الدليل
admin-onprem-doc-lockout-fix = اضبط ldap.lockout_threshold على قيمة أقل من حد التأمين الخاص بالدليل
admin-onprem-doc-certificate = شهادة { $url }
admin-onprem-doc-certificate-unreadable = تعذرت قراءة الشهادة
admin-onprem-doc-certificate-expired-fix = جدّد شهادة الخادم
admin-onprem-doc-certificate-expiring-fix = جدّد شهادة الخادم قبل انتهاء صلاحيتها
admin-onprem-doc-certificate-valid = { $subject }، موثوق بها، صالحة حتى { $until } ({ $days ->
        [one] { $days } يوم
        [two] { $days } يوم
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    })
admin-onprem-doc-read-accounts = قراءة الحسابات ضمن { $base }
admin-onprem-doc-read-groups = قراءة المجموعات ضمن { $base }
admin-onprem-doc-match-accounts = عدد الحسابات المطابقة لـ { $filter }: { $n }
admin-onprem-doc-match-groups = عدد المجموعات المطابقة لـ { $filter }: { $n }
admin-onprem-doc-read-empty-fix = تحقق من DN الأساسي وعامل التصفية، ومن أن حساب الخدمة يمكنه قراءتهما
admin-onprem-doc-read-limit-fix = يحدّ الدليل من عدد الإدخالات التي يمكن لحساب الخدمة قراءتها: ارفع هذا الحد عن حساب الخدمة (OpenLDAP: olcLimits: dn.exact="<service DN>" size=unlimited)
admin-onprem-doc-read-fix = تحقق من DN الأساسي (ldap.user_base / ldap.group_base) ومن أذونات القراءة لحساب الخدمة
admin-onprem-doc-protected = الحسابات المحمية
admin-onprem-doc-protected-detail = عدد الحسابات ضمن النطاق التي لديها adminCount=1 (مجموعات ذات امتيازات): { $n }؛ يرفض Latchkey إعادة تعيينها أو إلغاء تأمينها
admin-onprem-doc-test-account = حساب الاختبار { $name }
admin-onprem-doc-test-match = عدد الحسابات المطابقة: { $n }
admin-onprem-doc-test-match-fix = حدد حسابًا واحدًا ضمن النطاق (اسم المستخدم الخاص به)
admin-onprem-doc-rights = الأذونات على { $name }
admin-onprem-doc-rights-openldap = { $dn }: لا يستطيع OpenLDAP الإبلاغ عن الأذونات الفعلية دون إجراء تغيير؛ يحتاج حساب الخدمة إلى إذن الكتابة على userPassword وإذن الإدارة على pwdAccountLockedTime وpwdReset
admin-onprem-doc-test-protected = حساب محمي (adminCount=1): لا يكتب Latchkey عليه أبدًا؛ اختر حسابًا عاديًا
admin-onprem-doc-write = كتابة { $attr } على { $name }
admin-onprem-doc-write-allowed = مسموح
admin-onprem-doc-write-denied = لا يستطيع حساب الخدمة كتابة { $attr } على { $dn }
admin-onprem-doc-write-fix = فوّض "كتابة lockoutTime" و"كتابة pwdLastSet" على الوحدة التنظيمية للمستخدمين إلى حساب الخدمة
admin-onprem-doc-reset-right = حق "إعادة تعيين كلمة المرور" على { $name }
admin-onprem-doc-reset-right-detail = لا يمكن قراءته دون تغيير كلمة مرور: فوّض الحق الموسع "إعادة تعيين كلمة المرور" (00299570-246d-11d0-a768-00aa006e0529) على الوحدة التنظيمية للمستخدمين؛ تُرفض إعادة التعيين بدونه وتُسجَّل في التدقيق باسم directory_insufficient_rights
admin-onprem-doc-flavour-ldap = دليل LDAP
admin-onprem-doc-no-sync = لم يتم تشغيل أي مزامنة بعد
admin-onprem-doc-no-sync-fix = شغّل `latchkey directory sync` أو اضغط على "المزامنة الآن"
admin-onprem-doc-sync-failed-fix = أصلح الفحوصات الفاشلة أعلاه، ثم زامن مرة أخرى
admin-onprem-doc-orphans = حسابات من دليل لم يعد مكوّنًا
admin-onprem-doc-orphans-detail = عدد الحسابات الواردة من دليل لم يعد اسمه موجودًا في التكوين: { $n }؛ لا يمكن لهذه الحسابات تسجيل الدخول أو إعادة تعيين كلمة المرور
admin-onprem-doc-orphans-fix = استعد قسم ذلك الدليل بالاسم نفسه، أو احذف تلك الحسابات
admin-onprem-doc-last-writeback = آخر كتابة مرتدة
admin-onprem-doc-written = تمت الكتابة
admin-onprem-doc-writeback-fix = راجع أحداث "الكتابة المرتدة لكلمة المرور" في سجلات التدقيق لمعرفة السبب
admin-onprem-sync-summary = المستخدمون: تم إنشاء { $users-created }، وتحديث { $users-updated } (تعطيل { $users-disabled })، وحذف { $users-deleted }؛ المجموعات: تم إنشاء { $groups-created }، وتحديث { $groups-updated }، وحذف { $groups-deleted }؛ تم تخطي { $skipped }
