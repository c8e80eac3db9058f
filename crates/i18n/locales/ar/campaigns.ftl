# campaigns area: registration campaigns (/admin/campaigns), coverage over time on
# "Usage & insights", importing contact details (/admin/users/import-contacts), and the
# campaign's reminder email.

## /admin/campaigns

campaigns-title = حملة التسجيل
campaigns-intro = تذكّر بالبريد الإلكتروني المستخدمين الذين يمكنهم إعادة تعيين كلمة المرور بأنفسهم ولم يسجلوا بعد معلومات أمان كافية، حتى يسجلوها. تبقى متوقفة حتى تشغّلها، لأنها ترسل رسائل إلى الأشخاص.
campaigns-settings = الإعدادات
campaigns-status-on = { $days ->
    [zero] مشغّلة: تُرسل التذكيرات كل { $days } يوم.
    [one] مشغّلة: تُرسل التذكيرات كل يوم.
    [two] مشغّلة: تُرسل التذكيرات كل يومين.
    [few] مشغّلة: تُرسل التذكيرات كل { $days } أيام.
    [many] مشغّلة: تُرسل التذكيرات كل { $days } يومًا.
   *[other] مشغّلة: تُرسل التذكيرات كل { $days } يوم.
}
campaigns-status-off = متوقفة: لا تُرسل أي تذكيرات.
campaigns-reminded = { $n ->
    [zero] لم يُذكَّر أي مستخدم في الفترة الحالية.
    [one] ذُكِّر مستخدم واحد في الفترة الحالية.
    [two] ذُكِّر مستخدمان في الفترة الحالية.
    [few] ذُكِّر { $n } مستخدمين في الفترة الحالية.
    [many] ذُكِّر { $n } مستخدمًا في الفترة الحالية.
   *[other] ذُكِّر { $n } مستخدم في الفترة الحالية.
}
campaigns-enabled = إرسال تذكيرات التسجيل
campaigns-enabled-hint = يتلقى المستخدمون المشمولون بإعادة التعيين الذاتية الذين لم يسجلوا طرقًا كافية رسالة فيها رابط إلى صفحة التسجيل. لا يُرسل شيء ما دامت إعادة التعيين الذاتية مضبوطة على «لا أحد».
campaigns-interval = الأيام بين التذكيرات
campaigns-interval-hint = يتلقى المستخدم تذكيرًا واحدًا على الأكثر في هذا العدد من الأيام، ولا شيء بعد أن يسجل. من 1 إلى 90.
campaigns-include-reconfirm = تذكير المستخدمين الذين حان موعد إعادة تأكيدهم أيضًا
campaigns-include-reconfirm-hint = المستخدمون المسجلون الذين لم يؤكدوا معلومات الأمان خلال الأيام التي تطلبها سياسة إعادة التعيين.
campaigns-save = حفظ
campaigns-saved = حُفظت إعدادات حملة التسجيل.
campaigns-yes = نعم
campaigns-no = لا
campaigns-read-only = لا يغيّر هذه الإعدادات إلا المسؤول العام.
campaigns-more = انظر أيضًا
campaigns-link-reports = تغطية التسجيل في صفحة الاستخدام والرؤى
campaigns-link-import = استيراد بيانات الاتصال من ملف
campaigns-link-settings = إعدادات حملة التسجيل
campaigns-error-interval = أدخل عددًا صحيحًا من الأيام من { $min } إلى { $max }.

## Coverage over time, on /admin/reports

campaigns-history = التغطية عبر الزمن
campaigns-history-chart = نسبة المستخدمين المشمولين المسجلين، لكل يوم
campaigns-history-none = لم تُسجَّل أي تغطية بعد. تُسجَّل مرة في اليوم.
campaigns-history-table = التغطية لكل يوم في جدول
campaigns-history-caption = تغطية التسجيل لكل يوم (UTC)
campaigns-history-col-registered = المسجلون
campaigns-history-col-in-scope = المشمولون
campaigns-history-col-percent = النسبة المئوية

## /admin/users/import-contacts

campaigns-import-title = استيراد بيانات الاتصال
campaigns-import-intro = اضبط عناوين البريد الإلكتروني وأرقام الهواتف لمستخدمين موجودين من ملف CSV. يسمّي السطر الأول الأعمدة: username وأيًّا من email وalternate_email وmobile_phone وoffice_phone. الخلية الفارغة تُبقي القيمة المحفوظة. تبدأ الأرقام بـ + أو 00 ثم رمز البلد.
campaigns-import-policy = لا تُستخدم بيانات الاتصال المستوردة لإعادة تعيين كلمة المرور إلا إذا كان خيار «استخدام معلومات الاتصال من الدليل» مشغّلًا في السياسة؛ وإلا يسجلها المستخدمون ويؤكدونها بأنفسهم.
campaigns-import-upload = اختيار ملف
campaigns-import-file = ملف CSV
campaigns-import-file-hint = حتى 2 ميغابايت و10٬000 صف، بترميز UTF-8. سترى ما سيتغير قبل حفظ أي شيء.
campaigns-import-check = فحص الملف
campaigns-import-choose-file = اختر ملف CSV لاستيراده.
campaigns-import-preview = { $n ->
    [zero] لن تتغير بيانات اتصال أي مستخدم
    [one] ستتغير بيانات اتصال مستخدم واحد
    [two] ستتغير بيانات اتصال مستخدمَين
    [few] ستتغير بيانات اتصال { $n } مستخدمين
    [many] ستتغير بيانات اتصال { $n } مستخدمًا
   *[other] ستتغير بيانات اتصال { $n } مستخدم
}
campaigns-import-preview-caption = بيانات الاتصال التي ستتغير
campaigns-import-apply = { $n ->
    [zero] استيراد بيانات اتصال { $n } مستخدم
    [one] استيراد بيانات اتصال مستخدم واحد
    [two] استيراد بيانات اتصال مستخدمَين
    [few] استيراد بيانات اتصال { $n } مستخدمين
    [many] استيراد بيانات اتصال { $n } مستخدمًا
   *[other] استيراد بيانات اتصال { $n } مستخدم
}
campaigns-import-applied = { $n ->
    [zero] لم تتغير بيانات اتصال أي مستخدم.
    [one] تغيرت بيانات اتصال مستخدم واحد.
    [two] تغيرت بيانات اتصال مستخدمَين.
    [few] تغيرت بيانات اتصال { $n } مستخدمين.
    [many] تغيرت بيانات اتصال { $n } مستخدمًا.
   *[other] تغيرت بيانات اتصال { $n } مستخدم.
}
campaigns-import-unchanged = { $n ->
    [zero] لا يوجد صف بلا تغيير.
    [one] صف واحد لا يغيّر شيئًا.
    [two] صفان لا يغيّران شيئًا.
    [few] { $n } صفوف لا تغيّر شيئًا.
    [many] { $n } صفًا لا تغيّر شيئًا.
   *[other] { $n } صف لا تغيّر شيئًا.
}
campaigns-import-bad-rows = { $n ->
    [zero] لا توجد صفوف مرفوضة
    [one] لا يمكن استيراد صف واحد
    [two] لا يمكن استيراد صفين
    [few] لا يمكن استيراد { $n } صفوف
    [many] لا يمكن استيراد { $n } صفًا
   *[other] لا يمكن استيراد { $n } صف
}
campaigns-import-nothing-written = لم يتغير شيء. صحّح هذه الصفوف وحاول مرة أخرى.
campaigns-import-bad-caption = صفوف لا يمكن استيرادها
campaigns-import-col-line = السطر
campaigns-import-col-user = المستخدم
campaigns-import-col-problem = المشكلة
campaigns-import-col-field = الحقل
campaigns-import-col-before = الآن
campaigns-import-col-after = بعد الاستيراد
campaigns-import-no-username = يحتاج سطر العناوين إلى عمود username (يسمّي السطر الأول الأعمدة: username,email,…).
campaigns-import-empty = الملف فارغ: يجب أن يسمّي السطر الأول الأعمدة (username,email,…).
campaigns-import-too-large = الملف أكبر من { $max } ميغابايت. قسّمه إلى ملفات أصغر.
campaigns-import-too-many-rows = في الملف أكثر من { $max } صف. قسّمه إلى ملفات أصغر.
campaigns-import-cell-too-long = هذه القيمة أطول من { $max } حرف.
campaigns-import-no-user = لا يوجد مستخدم باسم «{ $name }».
campaigns-import-synced = هذا الحساب من دليلك المحلي: تُدار بيانات اتصاله هناك.
campaigns-import-self = تُغيَّر بيانات اتصالك من صفحة «حسابي»، لا بالاستيراد.
campaigns-import-admin = تُغيَّر بيانات اتصال المسؤول من صفحته، بعد أن يتحقق منه مكتب المساعدة ويوافق مسؤول عام آخر، لا بالاستيراد.
campaigns-api-csv-only = أرسل الملف في جسم الطلب مع Content-Type: text/csv.
campaigns-api-dry-run = اجعل قيمة dry_run إما true أو false.

## The reminder email. Placeholders: $org, $greeting, $setup_url, $reconfirm, $days.

campaigns-email-subject = اضبط إعادة تعيين كلمة المرور لحسابك في { $org }
campaigns-email-subject-reconfirm = يرجى مراجعة معلومات الأمان لحسابك في { $org }
campaigns-email-body = لم تحدد بعد كيف نتحقق من هويتك إذا نسيت كلمة مرور { $org }، مثل رقم هاتف أو تطبيق مصادقة. يستغرق ذلك دقيقتين، وبعدها يمكنك استعادة الوصول إلى حسابك بنفسك في أي وقت.
campaigns-email-body-reconfirm = حان وقت التحقق من أن معلومات الأمان لحسابك في { $org } ما زالت صحيحة، لتبقى قادرًا على إعادة تعيين كلمة المرور بنفسك. يستغرق ذلك دقيقة.
campaigns-email-button = اضبطها الآن
campaigns-email-button-reconfirm = مراجعة معلومات الأمان
campaigns-email-here = افتح هذه الصفحة وسجّل الدخول:
campaigns-email-copy = أو انسخ هذا العنوان في متصفحك: { $setup_url }
campaigns-email-why = { $days ->
    [zero] ستصلك هذه الرسالة كل { $days } يوم حتى تُنجز ذلك. لا نطلب أبدًا كلمة مرورك أو رمزًا بالبريد.
    [one] ستصلك هذه الرسالة كل يوم حتى تُنجز ذلك. لا نطلب أبدًا كلمة مرورك أو رمزًا بالبريد.
    [two] ستصلك هذه الرسالة كل يومين حتى تُنجز ذلك. لا نطلب أبدًا كلمة مرورك أو رمزًا بالبريد.
    [few] ستصلك هذه الرسالة كل { $days } أيام حتى تُنجز ذلك. لا نطلب أبدًا كلمة مرورك أو رمزًا بالبريد.
    [many] ستصلك هذه الرسالة كل { $days } يومًا حتى تُنجز ذلك. لا نطلب أبدًا كلمة مرورك أو رمزًا بالبريد.
   *[other] ستصلك هذه الرسالة كل { $days } يوم حتى تُنجز ذلك. لا نطلب أبدًا كلمة مرورك أو رمزًا بالبريد.
}

## Audit log activities

admin-activity-update-registration-campaign-settings = تحديث إعدادات حملة التسجيل
admin-activity-registration-campaign-run = تشغيل حملة التسجيل
admin-activity-import-contact-details = استيراد بيانات الاتصال
