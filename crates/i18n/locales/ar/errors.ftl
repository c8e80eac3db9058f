# نصوص التحقق والقواعد الصادرة من طبقة المجال (crates/core) وطبقة الخدمات
# (crates/web/src/service): أخطاء الحقول وقواعد كلمات المرور ورسائل واجهة البرمجة.

## أسماء المستخدمين وعناوين البريد الإلكتروني وأرقام الهواتف

errors-username-empty = أدخل اسم مستخدم.
errors-username-too-long = يمكن أن يتكون اسم المستخدم من 113 حرفًا كحد أقصى.
errors-username-local-empty = أدخل جزء اسم المستخدم الذي يسبق @.
errors-username-local-too-long = يمكن أن يتكون الجزء الذي يسبق @ من 64 حرفًا كحد أقصى.
errors-username-bad-char = لا يمكن أن يحتوي اسم المستخدم على "{ $char }". استخدم الأحرف والأرقام و' . - _ ! # ^ ~.
errors-username-dots = لا يمكن أن يبدأ اسم المستخدم بنقطة أو ينتهي بها، ولا أن يحتوي على نقطتين متتاليتين.
errors-username-domain-length = يجب أن يتكون المجال الذي يلي @ من 1 إلى 48 حرفًا.
errors-username-domain-chars = لا يمكن أن يحتوي المجال الذي يلي @ إلا على أحرف وأرقام وشرطات ونقاط، مثل example.org.
errors-email-invalid = أدخل عنوان بريد إلكتروني مثل name@example.org.
errors-email-masked = هذا عنوان مخفي (مقنّع). اكتب العنوان كاملاً، أو اترك الحقل كما كان.
errors-phone-empty = أدخل رقم هاتف.
errors-phone-too-long = رقم الهاتف هذا طويل جدًا.
errors-phone-country-code = ابدأ الرقم بعلامة + ورمز البلد، على سبيل المثال +1 425 555 0100 أو +44 20 7946 0958.
errors-phone-unreadable = لا يبدو هذا رقم هاتف. تحقق من رمز البلد والأرقام.
errors-phone-invalid-for-country = هذا الرقم غير صالح في بلده. تحقق من رمز البلد والأرقام.
errors-phone-unreadable-local = لا يبدو هذا رقم هاتف. اكتب الأرقام كما تطلبها، أو علامة + ورمز البلد.
errors-phone-kind = لا يمكن لهذا النوع من الأرقام (ذات الأسعار المميزة أو التكلفة المشتركة أو الأقمار الصناعية) تلقي الرموز. استخدم رقم هاتف محمول أو رقم مكتب شخصيًا.
errors-phone-country-blocked = لا يمكن إرسال الرموز إلى أرقام في هذا البلد. اتصل بالمسؤول.
errors-role-invalid = اختر user أو helpdesk_verifier أو password_admin أو global_admin.

## حقول ملف التعريف والمجموعة

errors-first-name-too-long = يمكن أن يتكون الاسم الأول من { $max } حرفًا كحد أقصى.
errors-first-name-control = لا يمكن أن يحتوي الاسم الأول على أحرف تحكم.
errors-last-name-too-long = يمكن أن يتكون اسم العائلة من { $max } حرفًا كحد أقصى.
errors-last-name-control = لا يمكن أن يحتوي اسم العائلة على أحرف تحكم.
errors-display-name-too-long = يمكن أن يتكون اسم العرض من { $max } حرفًا كحد أقصى.
errors-display-name-control = لا يمكن أن يحتوي اسم العرض على أحرف تحكم.
errors-description-too-long = يمكن أن يتكون الوصف من { $max } حرفًا كحد أقصى.
errors-description-control = لا يمكن أن يحتوي الوصف على أحرف تحكم.
errors-display-name-empty = أدخل اسم عرض، أو اسمًا أول أو اسم عائلة لإنشائه منه.
errors-group-name-empty = أدخل اسم مجموعة.
errors-group-name-invalid = يتكون اسم المجموعة من 1 إلى 64 حرفًا، دون أحرف تحكم.

## نهج إعادة تعيين كلمة المرور بالخدمة الذاتية

errors-policy-group-required = اختر المجموعة التي يمكن لأعضائها إعادة تعيين كلمة المرور الخاصة بهم.
errors-policy-methods-required-range = يجب أن يكون عدد الأساليب المطلوبة لإعادة التعيين 1 أو 2.
errors-policy-methods-too-many = يمكن إدراج { $max } أساليب كحد أقصى، كل منها مرة واحدة: { $methods }.
errors-policy-method-twice = تم إدراج { $method } أكثر من مرة. أدرج كل أسلوب مرة واحدة.
errors-policy-methods-empty = اختر أسلوبًا واحدًا على الأقل يمكن للمستخدمين إعادة التعيين به.
errors-policy-methods-fewer = { $n ->
    [one] اختر أسلوبًا واحدًا على الأقل، لأن أسلوبًا واحدًا مطلوب لإعادة التعيين.
    [two] اختر أسلوبين على الأقل، لأن أسلوبين مطلوبان لإعادة التعيين.
    [few] اختر { $n } أساليب على الأقل، لأن { $n } أساليب مطلوبة لإعادة التعيين.
    [many] اختر { $n } أسلوبًا على الأقل، لأن { $n } أسلوبًا مطلوبة لإعادة التعيين.
   *[other] اختر { $n } من الأساليب على الأقل، لأن { $n } منها مطلوبة لإعادة التعيين.
}
errors-policy-questions-only = لا يمكن أن تكون أسئلة الأمان الأسلوب الوحيد: إذ يمكن معرفة الإجابات أو تخمينها، لذا تحتاج إعادة التعيين دائمًا إلى أسلوب آخر أيضًا.
errors-policy-questions-register-range = يجب أن يكون عدد الأسئلة المطلوبة للتسجيل بين 3 و5.
errors-policy-questions-reset-range = يجب أن يكون عدد الأسئلة المطلوبة لإعادة التعيين بين 3 و5.
errors-policy-questions-reset-exceeds = لا يمكن أن يُطرح على المستخدمين عند إعادة التعيين أسئلة أكثر مما سجلوه: يجب ألا يتجاوز العدد المطلوب لإعادة التعيين العدد المطلوب للتسجيل.
errors-policy-custom-questions-too-many = 20 سؤالاً مخصصًا كحد أقصى.
errors-policy-custom-question-length = يجب أن يتكون كل سؤال مخصص من 3 إلى 200 حرف، في سطر واحد.
errors-policy-reconfirm-days = يجب أن يكون عدد الأيام بين 0 (أبدًا) و730.
errors-policy-helpdesk = أدخل عنوان ويب يبدأ بـ https:// أو عنوان بريد إلكتروني.
errors-policy-countries-empty = أدرج بلدًا واحدًا على الأقل يمكن إرسال الرموز إليه برسالة نصية أو مكالمة، مثل US أو GB.
errors-policy-country-invalid = "{ $code }" ليس رمز بلد. استخدم رموز ISO 3166 المكونة من حرفين كبيرين، مثل US أو GB أو DE.
errors-policy-country-twice = تم إدراج { $country } أكثر من مرة. أدرج كل بلد مرة واحدة.
errors-policy-group-missing = لا توجد مجموعة بالمعرّف { $id }. اختر مجموعة موجودة.

## نهج حماية كلمات المرور

errors-protect-min-length = يجب أن يكون الحد الأدنى للطول بين 8 و256 حرفًا.
errors-protect-history = تذكّر 24 كلمة مرور سابقة كحد أقصى.
errors-protect-min-score = الحد الأدنى للقوة هو درجة من 0 إلى 4.
errors-protect-terms-too-many = { $max } مصطلحًا محظورًا كحد أقصى؛ تحتوي هذه القائمة على { $count }.
errors-protect-term-length = "{ $term }": يجب أن يتكون كل مصطلح محظور من 4 إلى 16 حرفًا.

## تصريح الوصول المؤقت

errors-access-pass-lifetime = يكون تصريح الوصول المؤقت صالحًا من { $min } دقيقة إلى 8 ساعات: اختر مدة بين { $min } و{ $max } دقيقة.
errors-access-pass-blocked = تسجيل الدخول إلى هذا الحساب محظور: اسمح بتسجيل الدخول أولاً، ثم أصدر التصريح.
errors-access-pass-changed = تغيّر دور هذا الحساب أو تسجيل الدخول إليه أثناء إصدار التصريح. راجع الحساب مرة أخرى، ثم أصدر التصريح.

## سبب رفض كلمة مرور جديدة

errors-password-too-short = { $min ->
    [one] يجب أن تتكون كلمة المرور من حرف واحد على الأقل.
    [two] يجب أن تتكون كلمة المرور من حرفين على الأقل.
    [few] يجب أن تتكون كلمة المرور من { $min } أحرف على الأقل.
    [many] يجب أن تتكون كلمة المرور من { $min } حرفًا على الأقل.
   *[other] يجب أن تتكون كلمة المرور من { $min } حرف على الأقل.
}
errors-password-too-long = { $max ->
    [one] يمكن أن تتكون كلمة المرور من حرف واحد كحد أقصى.
    [two] يمكن أن تتكون كلمة المرور من حرفين كحد أقصى.
    [few] يمكن أن تتكون كلمة المرور من { $max } أحرف كحد أقصى.
    [many] يمكن أن تتكون كلمة المرور من { $max } حرفًا كحد أقصى.
   *[other] يمكن أن تتكون كلمة المرور من { $max } حرف كحد أقصى.
}
errors-password-too-common = كلمة المرور هذه شائعة جدًا. اختر كلمة مرور يصعب تخمينها.
errors-password-same-as-current = يجب أن تختلف كلمة المرور الجديدة عن كلمة المرور الحالية.
errors-password-contains-username = لا يمكن أن تحتوي كلمة المرور على اسم المستخدم الخاص بك.
errors-password-mismatch = كلمتا المرور اللتان كتبتهما غير متطابقتين.
errors-password-contains-name = لا يمكن أن تحتوي كلمة المرور على اسمك أو اسم المؤسسة. اختر شيئًا لا يتعلق بك.
errors-password-custom-banned = تحتوي كلمة المرور على كلمة لا تسمح بها مؤسستك. اختر كلمة مرور مختلفة.
errors-password-breached = ظهرت كلمة المرور هذه في تسرب للبيانات، لذا يجربها المهاجمون أولاً. اختر كلمة مرور أخرى.
errors-password-reused = استخدمت كلمة المرور هذه مؤخرًا. اختر كلمة مرور لم تستخدمها من قبل.
errors-password-too-weak = كلمة المرور هذه سهلة التخمين جدًا. أضف كلمة أو كلمتين.
errors-password-needs-classes = استخدم ثلاثة على الأقل مما يلي: الأحرف الصغيرة والأحرف الكبيرة والأرقام والرموز.
errors-password-name-or-username = لا يمكن أن تحتوي كلمة المرور الجديدة على اسمك أو اسم المستخدم الخاص بك. اختر شيئًا لا يتعلق بك.
errors-password-organization-with-year = لا يمكن أن تكون كلمة المرور الجديدة اسم المؤسسة مع سنة أو أرقام أخرى.
errors-password-keyboard-walk = لا يمكن أن تكون كلمة المرور الجديدة صفًا من المفاتيح مثل qwerty. اختر بضع كلمات بدلاً من ذلك.

## مقياس قوة كلمة المرور

errors-strength-suggest-words = استخدم بضع كلمات، وتجنب العبارات الشائعة.
errors-strength-warn-names = من السهل تخمين الأسماء.
errors-strength-warn-common = هذه تشبه كلمة مرور شائعة الاستخدام.
errors-strength-warn-keyboard = من السهل تخمين صفوف المفاتيح.
errors-strength-warn-repeats = من السهل تخمين التكرارات مثل "aaa".
errors-strength-warn-sequences = من السهل تخمين التسلسلات مثل "abc" أو "654".
errors-strength-suggest-another-word = أضف كلمة أو كلمتين. الكلمات غير الشائعة أفضل.
errors-strength-suggest-longer = كلما كانت أطول كانت أقوى: بضع كلمات غير مترابطة تصنع كلمة مرور قوية.

## أسئلة الأمان

errors-answer-too-short = الإجابة قصيرة جدًا. استخدم 3 أحرف على الأقل.
errors-answer-too-long = الإجابة طويلة جدًا. استخدم 40 حرفًا كحد أقصى.
errors-answer-duplicate = يجب أن تختلف كل إجابة عن إجاباتك الأخرى.
errors-answer-contains-question = يجب ألا تكرر الإجابة السؤال.
errors-answer-contains-username = يجب ألا تحتوي الإجابة على اسم المستخدم الخاص بك.
errors-answer-contains-password = يجب ألا تحتوي الإجابة على كلمة المرور الخاصة بك.
errors-question-control = يجب ألا يحتوي السؤال على فواصل أسطر أو أحرف تحكم.
errors-question-too-short = السؤال قصير جدًا. استخدم { $min } أحرف على الأقل.
errors-question-too-long = السؤال طويل جدًا. استخدم { $max } حرف كحد أقصى.

## أعضاء المجموعات

errors-member-not-found = لا يوجد مستخدم أو مجموعة باسم "{ $name }".
errors-member-deleted = تم حذف أحد الأعضاء للتو. تحقق من الأعضاء وحاول مرة أخرى.
errors-member-ambiguous = يوجد عدة أشخاص باسم "{ $name }": { $candidates }. اكتب اسم المستخدم للشخص الذي تقصده.

## استيراد المستخدمين

errors-import-password-hash = أدخل تجزئة Argon2id بتنسيق PHC ‏($argon2id$v=19$m=…,t=…,p=…$salt$hash) بمعلمات من قائمة OWASP (على الأقل m=19456,t=2 أو ما يعادلها) حتى m=65536,t=10,p=16، أو اتركها فارغة لعدم تعيين كلمة مرور.
errors-import-group-managed = تتم إدارة المجموعة "{ $name }" من خلال الدليل المحلي: أضف الأعضاء هناك، وليس في Latchkey.
errors-import-group-missing = لا توجد مجموعة باسم "{ $name }".
errors-import-username-twice = اسم المستخدم "{ $name }" موجود أيضًا في السطر { $line }.
errors-import-user-exists = يوجد مستخدم باسم "{ $name }" بالفعل.
errors-import-unknown-column = عمود غير معروف "{ $column }" في صف العناوين. الأعمدة هي: { $columns }.
errors-import-column-twice = العمود "{ $column }" موجود مرتين في صف العناوين.
errors-import-no-username-column = يحتاج صف العناوين إلى عمود username (يسمي السطر الأول الأعمدة: username,first_name,…).
errors-import-header-not-utf8 = صف العناوين ليس نصًا بترميز UTF-8. احفظ الملف بترميز UTF-8.
errors-import-row-not-utf8 = هذا الصف ليس نصًا بترميز UTF-8. احفظ الملف بترميز UTF-8.
errors-import-row-values = { $count ->
    [zero] لا يحتوي هذا الصف على أي قيمة؛ يسمي صف العناوين { $columns } من الأعمدة.
    [one] يحتوي هذا الصف على قيمة واحدة؛ يسمي صف العناوين { $columns } من الأعمدة.
    [two] يحتوي هذا الصف على قيمتين؛ يسمي صف العناوين { $columns } من الأعمدة.
    [few] يحتوي هذا الصف على { $count } قيم؛ يسمي صف العناوين { $columns } من الأعمدة.
    [many] يحتوي هذا الصف على { $count } قيمة؛ يسمي صف العناوين { $columns } من الأعمدة.
   *[other] يحتوي هذا الصف على { $count } قيمة؛ يسمي صف العناوين { $columns } من الأعمدة.
}
errors-import-empty = الملف فارغ: يجب أن يسمي السطر الأول الأعمدة (username,first_name,…).
errors-import-line-not-utf8 = هذا السطر ليس نصًا بترميز UTF-8. احفظ الملف بترميز UTF-8.
errors-import-line-not-json = هذا السطر ليس كائن JSON بمفاتيح الاستيراد: { $error }.
errors-import-line = السطر { $line }: { $problems }

## ما تعرضه صفحات المدخل عند رفض تغيير

errors-page-username-taken = اسم المستخدم هذا مستخدم بالفعل. اختر اسمًا آخر.
errors-page-group-name-taken = توجد مجموعة بهذا الاسم بالفعل. اختر اسمًا آخر.
errors-page-global-only = لا يمكن القيام بذلك إلا للمسؤولين العموميين. اطلب المساعدة من مسؤول عمومي.
errors-page-manage-admins = يمكن لمسؤولي كلمات المرور إدارة المستخدمين الذين ليسوا مسؤولين. اتصل بمسؤول عمومي.
errors-page-self-change = لا يمكنك تغيير دورك أو حظر نفسك أو حذف نفسك.
errors-page-self-security-info = غيّر عناوين بريدك الإلكتروني وأرقام هواتفك ومعلومات الأمان الخاصة بك في حسابي (تأمين حسابك)، حيث يتم تأكيد كلمة المرور. لم يتم تغيير أي شيء.
errors-page-self-reset = غيّر كلمة المرور الخاصة بك في حسابي، حيث تُطلب كلمة المرور الحالية.
errors-page-nesting = تتعذر إضافة "{ $member }": { $why }.
errors-page-method-limit = لديك بالفعل الحد الأقصى المسموح به لحساب من هذه العناصر. أزل عنصرًا في تأمين حسابك، ثم أضف العنصر الجديد.
errors-page-changed-meanwhile = غيّر شخص آخر هذه الإعدادات في الوقت نفسه، لذا لم يتم حفظ التغيير الذي أجريته. تحقق من الإعدادات أدناه واحفظ مرة أخرى.
errors-last-global-admin = هذا هو المسؤول العمومي الوحيد الممكّن. اجعل شخصًا آخر مسؤولاً عموميًا أولاً.
errors-no-such-member = لا يوجد مستخدم أو مجموعة بهذا الاسم.
errors-refused = مرفوض: { $why }.
errors-sspr-group = هذه هي المجموعة التي تم تشغيل إعادة تعيين كلمة المرور بالخدمة الذاتية لها. اختر مجموعة أخرى، أو أوقف تشغيلها، في صفحة الخصائص أولاً.

## ما تعرضه واجهة برمجة JSON عند رفض تغيير

errors-api-not-found = لا يوجد مورد كهذا.
errors-api-not-member = هذا العضو ليس عضوًا مباشرًا في هذه المجموعة.
errors-api-username-taken = اسم المستخدم هذا مستخدم بالفعل.
errors-api-group-name-taken = توجد مجموعة بهذا الاسم بالفعل.
errors-api-global-only = لا يمكن القيام بذلك إلا للمسؤولين العموميين؛ مالك هذا الرمز المميز مسؤول كلمات مرور.
errors-api-manage-admins = يمكن لمسؤولي كلمات المرور إدارة المستخدمين الذين ليسوا مسؤولين.
errors-api-self-change = لا يمكن للرمز المميز تغيير دور مالكه أو حظر مالكه أو حذفه.
errors-api-self-security-info = لا يمكن للرمز المميز تغيير تفاصيل الاتصال أو معلومات الأمان الخاصة بمالكه؛ يغيّرها المالك في حسابي، حيث يتم تأكيد كلمة المرور. لم يتم تغيير أي شيء.
errors-api-self-reset = لا يمكن للرمز المميز إعادة تعيين كلمة مرور مالكه؛ يغيّرها المالك في حسابي.
errors-api-nesting = تتعذر إضافة { $member }: { $why }.
errors-api-changed-meanwhile = غيّر شخص آخر هذه الإعدادات في الوقت نفسه، لذا لم يتم حفظ هذا التغيير. اقرأها مرة أخرى وأعد المحاولة.
errors-token-owner-self = يمكنك إنشاء رموز مميزة لنفسك فقط. لإنشاء رمز لمسؤول آخر، استخدم سطر الأوامر (latchkey token create) أو اطلب منه ذلك.

# Leftovers: on-premises write-back, branding, managed accounts, nesting, refusals.
errors-writeback-too-short = يتطلب دليل مؤسستك كلمة مرور أطول. اختر كلمة مرور أطول.
errors-writeback-in-history = لقد استخدمت كلمة المرور هذه مؤخرًا. اختر كلمة مرور لم تستخدمها من قبل.
errors-writeback-not-complex = يتطلب دليل مؤسستك كلمة مرور أكثر تعقيدًا: استخدم ثلاثة على الأقل من الأحرف الكبيرة والأحرف الصغيرة والأرقام والرموز، ولا تضمّنها اسمك أو اسم المستخدم.
errors-writeback-too-recent = تم تغيير كلمة المرور مؤخرًا جدًا بحيث لا يمكن تغييرها مرة أخرى. حاول مرة أخرى غدًا، أو اطلب المساعدة من فريق تكنولوجيا المعلومات.
errors-writeback-other = لم يقبل دليل مؤسستك كلمة المرور هذه. اختر كلمة مرور مختلفة.
errors-writeback-wrong-current = كلمة المرور الحالية غير صحيحة. تحقق منها وحاول مرة أخرى.
errors-writeback-locked = حسابك مؤمّن في دليل مؤسستك. قم بإلغاء تأمينه أولاً، أو اطلب المساعدة من فريق تكنولوجيا المعلومات.
errors-writeback-protected = هذا الحساب محمي في دليل مؤسستك، لذا لا يمكن تغيير كلمة المرور الخاصة به هنا. اطلب المساعدة من فريق تكنولوجيا المعلومات.
errors-writeback-unavailable = تعذر على دليل مؤسستك تطبيق التغيير الآن، لذا لم تتغير كلمة المرور في أي مكان. حاول مرة أخرى بعد بضع دقائق، وإذا استمرت المشكلة، فأبلغ فريق تكنولوجيا المعلومات.
errors-writeback-off = لم يتم تشغيل إعادة تعيين كلمة المرور للحسابات من الدليل المحلي لمؤسستك. اطلب المساعدة من فريق تكنولوجيا المعلومات.
errors-branding-name-length = يجب أن يتكون اسم المؤسسة من 1 إلى 64 حرفًا.
errors-branding-logo-too-large = يمكن أن يكون حجم الشعار 200 كيلوبايت كحد أقصى. استخدم صورة أصغر.
errors-branding-logo-type = يجب أن يكون الشعار صورة بتنسيق PNG أو JPEG أو SVG.
errors-branding-logo-base64 = يجب أن يكون الشعار صورة بتنسيق PNG أو JPEG أو SVG بترميز base64.
errors-managed-user = هذا الحساب مصدره الدليل المحلي: تتم إدارة أسمائه وتفاصيل الاتصال الخاصة به هناك، وتصل التغييرات التي تُجرى هناك مع المزامنة التالية. يمكن تغيير دوره وكلمة المرور الخاصة به هنا، ويمكن حظر تسجيل دخوله هنا.
errors-managed-group = هذه المجموعة مصدرها الدليل المحلي: تتم إدارة اسمها وأعضائها هناك، وتصل التغييرات التي تُجرى هناك مع المزامنة التالية. قم بتضمينها في مجموعة تم إنشاؤها في Latchkey لإضافة آخرين.
errors-nesting-self = لا يمكن أن تكون المجموعة عضوًا في نفسها
errors-nesting-cycle = سيؤدي ذلك إلى وضع المجموعة داخل نفسها: فهي تحتوي بالفعل على هذه المجموعة
errors-refused-not-configured = لم يتم تكوين أي دليل محلي: قم بتعيين [ldap] urls وbind_dn وbind_password وuser_base
errors-refused-sync-running = يقوم مثيل آخر من Latchkey بمزامنة الدليل الآن؛ حاول مرة أخرى بعد بضع دقائق
errors-refused-sync-started = بدأ مثيل آخر من Latchkey مزامنة الدليل في اللحظة نفسها
errors-refused-sync-overtaken = كتبت عملية مزامنة أخرى تغييراتها أولاً؛ لم تكتب هذه العملية أي شيء
errors-refused-role-changed = تغيّر دور المستخدم أثناء إعادة تعيين كلمة المرور الخاصة به؛ أعد التحميل وحاول مرة أخرى
