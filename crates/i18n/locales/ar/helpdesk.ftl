# helpdesk area: the helpdesk console (/admin/helpdesk), its API words and notices
helpdesk-nav = مكتب المساعدة
helpdesk-title = وحدة تحكم مكتب المساعدة
helpdesk-intro = تحقق من هوية المتصل باستخدام إحدى الطرق التي سجّلها قبل إعادة تعيين كلمة مروره أو إلغاء تأمين حسابه أو إصدار تصريح وصول مؤقت له. يرسل Latchkey طلب التحقق، ويقرأ لك المتصل الرمز.
helpdesk-find-heading = البحث عن المتصل
helpdesk-find-label = اسم المستخدم أو الاسم
helpdesk-find-hint = اطلب من المتصل اسم المستخدم الخاص به، ولا تعتمد على الرقم الذي يتصل منه.
helpdesk-find-submit = بحث
helpdesk-find-none = لا يوجد تطابق بين الأشخاص الذين يمكنك التحقق منهم.
helpdesk-approvals-heading = بانتظار موافقتك
helpdesk-approvals-hint = تحقق موظف آخر من هوية مسؤول ويطلب موافقة موظف ثانٍ قبل اتخاذ أي إجراء على الحساب. لا توافق إلا إذا كنت تعرف السبب.
helpdesk-approvals-line = يطلب { $agent } اتخاذ إجراء على حساب { $caller }.
helpdesk-approve = موافقة
helpdesk-approved = تمت الموافقة. يمكن للموظف الآخر الآن اتخاذ إجراءات على الحساب طوال الفترة المسموح بها.
helpdesk-recent-heading = عمليات التحقق التي أجريتها خلال آخر 24 ساعة
helpdesk-recent-none = لم تتحقق من هوية أي شخص خلال آخر 24 ساعة.
helpdesk-col-caller = المتصل
helpdesk-col-started = وقت البدء
helpdesk-col-status = الحالة
helpdesk-settings-heading = الإعدادات
helpdesk-settings-require = يجب على الموظفين التحقق من المتصل قبل اتخاذ أي إجراء
helpdesk-settings-require-hint = لا يعيد مسؤولو كلمات المرور تعيين كلمات المرور ولا يلغون تأمين الحسابات ولا يصدرون التصاريح إلا بعد التحقق من المتصل هنا، ويحتاج كل من يتخذ إجراءً على حساب مسؤول أيضاً إلى موافقة موظف ثانٍ. لا توقف تشغيل هذا الخيار إلا إذا كان التحقق من المتصلين يتم بطريقة أخرى.
helpdesk-settings-window = عدد الدقائق التي يمكن للموظف خلالها اتخاذ إجراءات بعد التحقق
helpdesk-settings-window-hint = من 1 إلى 60. القيمة الافتراضية هي 10.
helpdesk-settings-burst = التنبيه بعد هذا العدد من عمليات التحقق من حساب واحد خلال ساعة
helpdesk-settings-burst-hint = من 0 (أبداً) إلى 100. القيمة الافتراضية هي 3. يتم إبلاغ المسؤولين العموميين وجهات اتصال الأمان.
helpdesk-settings-contacts = جهات اتصال الأمان
helpdesk-settings-contacts-hint = عناوين البريد الإلكتروني التي تُبلَّغ بالارتفاعات المفاجئة في عمليات التحقق وبإيقافها المؤقت وبسحب أدوار المسؤولين إلى جانب المسؤولين العموميين، عنوان واحد في كل سطر (20 عنواناً كحد أقصى).
helpdesk-settings-save = حفظ الإعدادات
helpdesk-settings-saved = تم حفظ إعدادات مكتب المساعدة.
helpdesk-settings-error-range = أدخل عدداً صحيحاً من { $min } إلى { $max }.
helpdesk-back = العودة إلى وحدة تحكم مكتب المساعدة
helpdesk-caller-title = التحقق من { $name }
helpdesk-caller-account = الحساب
helpdesk-caller-username = اسم المستخدم
helpdesk-caller-role = الدور
helpdesk-caller-status = التحقق
helpdesk-caller-until = — يمكنك اتخاذ إجراءات حتى { $until }.
helpdesk-caller-methods = الطرق
helpdesk-caller-progress = الطرق المختلفة التي تم اجتيازها: { $passed } من { $required }
helpdesk-status-none = لم يتم التحقق
helpdesk-status-pending = بانتظار المتصل
helpdesk-status-verified = تم التحقق
helpdesk-status-lapsed = لم يتم التحقق (انتهت آخر عملية تحقق)
helpdesk-status-closed = لم يتم التحقق (أُغلقت آخر عملية تحقق)
helpdesk-challenge-heading = طلب رمز من المتصل
helpdesk-challenge-hint = اختر إحدى الطرق التي سجّلها المتصل. يرسل Latchkey رمزاً إليها، فاطلب من المتصل أن يقرأه لك. يجب على المسؤول اجتياز طريقتين مختلفتين.
helpdesk-challenge-none = لم يسجّل هذا المتصل أي طريقة يمكن لمكتب المساعدة استخدامها. لا تُعِد تعيين كلمة مروره عبر الهاتف: أرسل إليه ارتباط تسجيل، أو اطلب منه الحضور شخصياً.
helpdesk-send-mobile-sms = إرسال رمز في رسالة نصية إلى
helpdesk-send-mobile-voice = إرسال رمز في مكالمة إلى الهاتف المحمول
helpdesk-send-office-voice = إرسال رمز في مكالمة إلى هاتف المكتب
helpdesk-send-email = إرسال رمز بالبريد الإلكتروني إلى
helpdesk-send-app = طلب رمز من تطبيق المصادقة الخاص به
helpdesk-channel-mobile-sms = رسالة نصية
helpdesk-channel-mobile-voice = مكالمة إلى الهاتف المحمول
helpdesk-channel-office-voice = مكالمة إلى هاتف المكتب
helpdesk-channel-email = البريد الإلكتروني
helpdesk-channel-app = تطبيق المصادقة
helpdesk-challenge-sent = تم إرسال الرمز عبر { $channel }. اطلب من المتصل أن يقرأه لك.
helpdesk-challenge-app = اطلب من المتصل أن يفتح تطبيق المصادقة الخاص به ويقرأ لك الرمز الحالي.
helpdesk-challenge-not-sent = تعذر إرسال الرمز الآن. حاول مرة أخرى بعد قليل، أو استخدم طريقة أخرى.
helpdesk-challenge-limit = تم إرسال عدد كبير جداً من الرموز إلى هذا الحساب خلال الساعة الماضية. استخدم تطبيق المصادقة، أو حاول مرة أخرى لاحقاً.
helpdesk-changed-meanwhile = غيّر شخص آخر عملية التحقق هذه في اللحظة نفسها. اطّلع على الصفحة مرة أخرى.
helpdesk-answer-label = الرمز الذي قرأه المتصل ({ $channel })
helpdesk-answer-hint = اكتبه كما يقرأه المتصل؛ لا تهم المسافات. الرموز صالحة لمدة 5 دقائق.
helpdesk-answer-submit = التحقق من الرمز
helpdesk-answer-verified = تم التحقق من المتصل. الإجراءات أدناه متاحة لك خلال الدقائق الـ { $minutes } القادمة.
helpdesk-answer-next = هذا صحيح. هذا المتصل مسؤول: اطلب منه رمزاً بطريقة ثانية مختلفة.
helpdesk-answer-wrong = هذا الرمز غير صحيح. اطلب من المتصل أن يقرأه مرة أخرى.
helpdesk-answer-too-many = أُدخل هذا الرمز بشكل خاطئ مرات كثيرة جداً، لذا أُغلقت عملية التحقق هذه. إذا كان المتصل هو الشخص الذي يدّعيه، فابدأ من جديد؛ وإلا فأبلغ فريق الأمان لديك.
helpdesk-answer-no-code = لا يوجد رمز قيد الانتظار: انتهت صلاحيته أو لم يُرسَل. أرسل رمزاً جديداً.
helpdesk-actions-heading = الإجراءات
helpdesk-actions-verifier = يتيح لك دورك التحقق من المتصلين وإرسال ارتباطات التسجيل. أما إعادة تعيين كلمات المرور فيتولاها مسؤول كلمات المرور.
helpdesk-action-reset = إعادة تعيين كلمة المرور
helpdesk-action-unlock = إلغاء التأمين
helpdesk-action-pass = إصدار تصريح وصول مؤقت
helpdesk-approval-needed = هذا المتصل مسؤول. قبل أن تتخذ أي إجراء، يجب أن يوافق موظف ثانٍ (مسؤول عمومي آخر).
helpdesk-approval-ask = طلب الموافقة
helpdesk-approval-asked = طُلبت الموافقة من المسؤولين العموميين الآخرين. تعرض هذه الصفحة الإجراءات بمجرد أن يوافق أحدهم.
helpdesk-approval-waiting = بانتظار موافقة موظف ثانٍ.
helpdesk-unlocked = تم إلغاء تأمين الحساب وإبلاغ المستخدم.
helpdesk-more-heading = المزيد
helpdesk-registration-link = إرسال ارتباط تسجيل بالبريد الإلكتروني
helpdesk-registration-link-sent = تم إرسال ارتباط لتسجيل معلومات الأمان إلى المستخدم بالبريد الإلكتروني.
helpdesk-close = إنهاء التحقق
helpdesk-closed = تم إنهاء عملية التحقق.
helpdesk-error-no-address = ليس لدى هذا المستخدم عنوان بريد إلكتروني لإرسال الارتباط إليه.
helpdesk-verify-first = تحقق من المتصل أولاً في وحدة تحكم مكتب المساعدة.
helpdesk-verify-first-link = التحقق من المتصل
helpdesk-refused-not-verified = تحقق من المتصل أولاً في وحدة تحكم مكتب المساعدة: لا يمكن اتخاذ أي إجراء على هذا الحساب قبل ذلك، ولا بعده إلا لبضع دقائق.
helpdesk-refused-channel = لا يمكن استخدام هذه الطريقة: لم يسجّلها المتصل، أو لا يمكن لمكتب المساعدة استخدامها (أسئلة الأمان، مفاتيح المرور).
helpdesk-refused-already-passed = اجتاز المتصل هذه الطريقة بالفعل. اختر طريقة أخرى.
helpdesk-refused-not-pending = تم التحقق من المتصل بالفعل، أو انتهت عملية التحقق هذه.
helpdesk-refused-approval-needed = هذا حساب مسؤول: يجب أن يوافق موظف ثانٍ أولاً.
helpdesk-refused-approval-asked = تم طلب الموافقة بالفعل.
helpdesk-refused-another-agent = لا يمكن أن يوافق إلا موظف ثانٍ: ليس الموظف الذي تحقق من المتصل، وليس المتصل نفسه.
helpdesk-refused-nothing-to-approve = لا يوجد شيء بانتظار الموافقة، أو انتهت عملية التحقق.
helpdesk-notice-verified-subject = { $org }: تحقق مكتب الدعم من هويتك
helpdesk-notice-verified-body =
    مرحباً { $name }،

    تحقق { $agent } من مكتب الدعم من هويتك في { $when } (UTC)، باستخدام إحدى الطرق التي سجّلتها. يمكن لمكتب الدعم الآن إعادة تعيين كلمة مرورك أو إلغاء تأمين حسابك أو منحك تصريح وصول مؤقتاً.

    إذا لم تتصل بمكتب الدعم، فأبلغنا على الفور: { $link }
helpdesk-notice-unlocked-subject = { $org }: ألغى مكتب الدعم تأمين حسابك
helpdesk-notice-unlocked-body =
    مرحباً { $name }،

    ألغى { $agent } من مكتب الدعم تأمين حسابك في { $when } (UTC). لم تتغير كلمة المرور.

    إذا لم تطلب ذلك، فأبلغنا على الفور: { $link }
helpdesk-notice-approval-subject = { $org }: يلزم الحصول على موافقة لاتخاذ إجراء على حساب مسؤول
helpdesk-notice-approval-body =
    مرحباً { $name }،

    تحقق { $agent } من هوية { $account } في مكتب المساعدة، ويطلب موافقة موظف ثانٍ قبل اتخاذ أي إجراء على حساب هذا المسؤول.

    وافق على الطلب أو تجاهله في وحدة تحكم مكتب المساعدة: { $link }
helpdesk-notice-burst-subject = { $org }: عمليات تحقق كثيرة في مكتب المساعدة من حساب واحد
helpdesk-notice-burst-body =
    مرحباً { $name }،

    بدأ مكتب المساعدة عمليات تحقق من { $account } بلغ عددها { $count } خلال ساعة واحدة، وكانت آخرها بواسطة { $agent }. كثيراً ما يجرّب المتصلون الذين ينتحلون صفة أحد العاملين في المؤسسة عدة موظفين في مكتب المساعدة.

    تحقق من سجل التدقيق (الأنشطة التي تتضمن "مكتب المساعدة") ونبّه الموظفين.
admin-activity-helpdesk-started-caller-verification = بدأ مكتب المساعدة التحقق من متصل
admin-activity-helpdesk-sent-a-verification-challenge = أرسل مكتب المساعدة طلب تحقق
admin-activity-helpdesk-checked-a-caller-s-method = فحص مكتب المساعدة طريقة أحد المتصلين
admin-activity-helpdesk-caller-verified = تحقق مكتب المساعدة من هوية متصل
admin-activity-helpdesk-closed-caller-verification = أغلق مكتب المساعدة التحقق من متصل
admin-activity-helpdesk-asked-for-a-second-agent-s-approval = طلب مكتب المساعدة موافقة موظف ثانٍ
admin-activity-helpdesk-second-agent-approved = وافق موظف ثانٍ في مكتب المساعدة
admin-activity-helpdesk-verification-burst-reported = الإبلاغ عن ارتفاع مفاجئ في عمليات التحقق في مكتب المساعدة
admin-activity-unlock-user-account-helpdesk = إلغاء تأمين حساب المستخدم (مكتب المساعدة)
admin-activity-helpdesk-sent-a-registration-link = أرسل مكتب المساعدة ارتباط تسجيل
admin-activity-update-helpdesk-settings = تحديث إعدادات مكتب المساعدة
helpdesk-send-app-notification = إرسال إشعار إلى تطبيق Latchkey الخاص به
helpdesk-channel-app-notification = تطبيق Latchkey
helpdesk-challenge-pushed = أُرسل إشعار إلى تطبيق Latchkey لدى المتصل. اقرأ له الرقم { $number }؛ يختاره المتصل في التطبيق.
helpdesk-pushed-read-out = لتطبيق Latchkey: اقرأ هذا الرقم للمتصل؛ يختاره في التطبيق:
helpdesk-answer-check-app = التحقق من إجابة التطبيق
helpdesk-answer-not-yet = لم يُجب التطبيق بعد. انتظر المتصل، ثم تحقق مرة أخرى.
helpdesk-answer-denied = رفض المتصل الإشعار أو أفاد بأنه ليس هو، لذا أُغلق هذا التحقق. لا تتخذ أي إجراء على هذا الحساب؛ وأبلغ فريق الأمان إذا كانت لديك شكوك بشأن المكالمة.
helpdesk-verify-first-approval = تم التحقق من المتصل، لكن هذا حساب مسؤول: يجب أن يوافق موظف ثانٍ أولاً في وحدة تحكم مكتب المساعدة.
helpdesk-refused-no-approver = لا يمكن لأي شخص آخر الموافقة: لا يوجد مسؤول عمومي آخر مُمكَّن. أعد تعيين كلمة مرور المسؤول باستخدام سطر الأوامر على الخادم (latchkey user reset-password)، أو دعه يستخدم إعادة تعيين كلمة المرور بالخدمة الذاتية.
helpdesk-refused-blocked = أُدخلت إجابات خاطئة كثيرة جداً لهذا الحساب خلال آخر 24 ساعة، لذا لا يمكن لمكتب المساعدة التحقق منه قبل مرور 24 ساعة على آخر إجابة خاطئة. تم إبلاغ المستخدم والمسؤولين العموميين وجهات اتصال الأمان. إذا كان المتصل هو الشخص الذي يدّعيه، فلا يزال بإمكانه إعادة تعيين كلمة المرور بالخدمة الذاتية.
helpdesk-answer-blocked = كانت هذه الإجابة الخاطئة الخامسة لهذا الحساب اليوم، لذا أُوقف تحقق مكتب المساعدة منه مؤقتاً لمدة 24 ساعة، وتم إبلاغ المستخدم والمسؤولين العموميين وجهات اتصال الأمان. لا تتخذ أي إجراء على هذا الحساب.
helpdesk-settings-error-contacts = الحد الأقصى لعدد العناوين هو { $max }.
helpdesk-notice-paused-subject = { $org }: تعذّر على مكتب المساعدة التحقق من هويتك
helpdesk-notice-paused-body =
    مرحباً { $name }،

    حاول شخص في مكتب المساعدة ({ $agent }) التحقق من هويتك عدة مرات باستخدام رموز خاطئة، وكانت آخر مرة في { $when } (UTC). لحماية حسابك، لن يتمكن مكتب المساعدة من التحقق من هويتك خلال الـ 24 ساعة القادمة. لا تزال إعادة تعيين كلمة المرور بالخدمة الذاتية متاحة لك.

    إذا لم تتصل بمكتب المساعدة، فأبلغنا على الفور: { $link }
helpdesk-notice-blocked-subject = { $org }: إيقاف تحقق مكتب المساعدة من أحد الحسابات مؤقتاً
helpdesk-notice-blocked-body =
    مرحباً { $name }،

    أُدخلت في مكتب المساعدة رموز خاطئة للحساب { $account } بلغ عددها { $count } خلال يوم واحد، وكان آخرها بواسطة { $agent }. أُوقف تحقق مكتب المساعدة من هذا الحساب مؤقتاً لمدة 24 ساعة، وتم إبلاغ المستخدم.

    ربما ينتحل شخص ما صفة هذا الشخص، أو ربما يحاول أحد الموظفين تخمين الرموز. تحقق من سجل التدقيق (الأنشطة التي تتضمن "مكتب المساعدة").
helpdesk-notice-demoted-subject = { $org }: تم سحب دور المسؤول من أحد الحسابات
helpdesk-notice-demoted-body =
    مرحباً { $name }،

    غيّر { $agent } دور { $account } من "{ $before }" إلى "{ $after }". وبما أن هذا الحساب أصبح حساب مستخدم عادي، يمكن الآن إعادة تعيين كلمة مرور هذا الحساب وإصدار تصريح له دون الموافقة الثانية من مكتب المساعدة.

    إذا لم تكن تتوقع ذلك، فتحقق من سجل التدقيق (تحديث مستخدم).
admin-activity-helpdesk-verification-paused = إيقاف تحقق مكتب المساعدة مؤقتاً
## The caller's manager approving by email
helpdesk-refused-no-manager = ليس لدى المتصل مدير يمكنه الموافقة: لم يُحدَّد مدير في حسابه، أو أن حساب المدير معطّل أو ليس له عنوان بريد إلكتروني أو يلزم تغيير كلمة مروره أولاً، أو أنك أنت مديره. اختر إحدى الطرق الخاصة بالمتصل.
helpdesk-refused-manager-asked = سبق أن طُلبت موافقة مديره بشأن هذا المتصل، في عملية التحقق هذه أو من قِبل موظف آخر. انتظر الرد، أو استخدم في الأثناء إحدى الطرق الخاصة بالمتصل.
helpdesk-refused-manager-admin = هذا حساب مسؤول: يُثبت صاحبه هويته بطريقتين من طرقه الخاصة، لا بموافقة مديره.
helpdesk-refused-manager-paused = رفض مدير مكالمة إلى مكتب المساعدة تخص هذا الحساب خلال آخر 24 ساعة، لذا لن يُسأل أي مدير عنه قبل انقضاء هذه المدة. استخدم إحدى الطرق الخاصة بالمتصل.
helpdesk-refused-wrong-number = هذا ليس الرقم الذي أُعطي للمتصل.
helpdesk-send-manager = طلب موافقة مديره، { $manager } (بالبريد الإلكتروني)
helpdesk-challenge-manager = أرسلنا رسالة بريد إلكتروني إلى مدير المتصل. اقرأ هذا الرقم للمتصل الآن: { $number }. سيتواصل معه مديره على رقم يعرفه ويسأله عن هذا الرقم. اختر "التحقق مرة أخرى" لرؤية الرد؛ وفي الأثناء، يمكنك إرسال رمز إلى المتصل.
helpdesk-manager-read-out = لمديره: اقرأ هذا الرقم للمتصل؛ سيسأله مديره عنه:
helpdesk-manager-waiting = بانتظار موافقة { $manager }.
helpdesk-manager-until = يجب أن يرد في موعد أقصاه { $until }.
helpdesk-manager-check = التحقق مرة أخرى
helpdesk-manager-approved = وافق { $manager }.
helpdesk-manager-denied = رفض { $manager }، لذا أُغلقت عملية التحقق. لن يُسأل مدير المتصل مرة أخرى خلال 24 ساعة؛ استخدم إحدى الطرق الخاصة بالمتصل.
helpdesk-manager-still-asked = لم يُجب { $manager } بعد. إذا رفض، تُغلق عملية التحقق هذه فوراً.
helpdesk-manager-gone = (حساب محذوف)
helpdesk-notice-manager-subject = { $org }: تأكيد هوية متصل بمكتب المساعدة، { $account }
helpdesk-notice-manager-body =
    مرحباً { $name }،

    يتحدث { $agent } من مكتب المساعدة عبر الهاتف مع شخص يقول إنه { $account }، ويطلب منك، بصفتك مديره، تأكيد ذلك قبل مساعدته في حسابه.

    1. تواصل بنفسك مع { $account } عبر رقم هاتف أو وسيلة محادثة تعرفها مسبقاً. لا يُعتدّ بمكالمة أو رسالة منه يطلب فيها موافقتك.
    2. اسأله عن الرقم الذي أعطاه إياه مكتب المساعدة للتو.
    3. سجّل الدخول إلى Latchkey واكتب هذا الرقم للموافقة: { $link }

    إذا لم يكن على علم بالمكالمة، فارفض: ستنتهي عملية التحقق التي يجريها مكتب المساعدة، وسيتم إبلاغ فريق الأمان. وإذا لم تتمكن من الوصول إليه الآن، فأشر إلى ذلك في الصفحة نفسها: لن يتم تنبيه أحد. ينتهي الطلب في { $until } (UTC).
helpdesk-notice-manager-none = لا أحد
helpdesk-notice-manager-changed-subject = { $org }: تغيّر مديرك المعتمد في مكالمات مكتب المساعدة
helpdesk-notice-manager-changed-body =
    مرحباً { $name }،

    في { $when } (UTC)، غيّر { $agent } مديرك في Latchkey. المدير الجديد: { $manager }. عندما تتصل بمكتب المساعدة، قد يطلب المكتب من مديرك تأكيد أنك أنت المتصل.

    إذا لم تكن تتوقع ذلك، فأبلغنا على الفور: { $link }
helpdesk-notice-manager-denied-user-subject = { $org }: لم يؤكد مديرك مكالمة إلى مكتب المساعدة
helpdesk-notice-manager-denied-user-body =
    مرحباً { $name }،

    في { $when } (UTC) اتصل شخص بمكتب المساعدة ({ $agent }) باسمك، ولم يؤكد مديرك أنه أنت. لم تُسجَّل منذ بدء المكالمة أي إعادة تعيين أو إلغاء تأمين أو تغيير في معلومات الأمان الخاصة بك.

    إذا كنت أنت المتصل، فاتصل مرة أخرى وتحقق من هويتك بإحدى الطرق الخاصة بك. وإن لم تكن أنت، فأبلغنا على الفور: { $link }
helpdesk-notice-manager-denied-subject = { $org }: رفض أحد المديرين متصلاً بمكتب المساعدة
helpdesk-notice-manager-denied-body =
    مرحباً { $name }،

    نفى { $manager } أن يكون المتصل الذي كان { $agent } يساعده هو { $account }. أُغلقت عملية التحقق، ولم تُسجَّل على الحساب منذ بدء المكالمة أي إعادة تعيين أو إلغاء تأمين أو تصريح وصول أو تغيير في معلومات الأمان. كثيراً ما يعاود المتصلون الذين ينتحلون صفة أحد العاملين في المؤسسة المحاولة مع موظف آخر.

    تحقق من سجل التدقيق (الأنشطة التي تتضمن "مكتب المساعدة" و"المدير") ونبّه الموظفين.
helpdesk-settings-manager = يمكن للموظفين طلب موافقة مدير المتصل
helpdesk-settings-manager-hint = عبر البريد الإلكتروني؛ يسجّل المدير الدخول ويكتب الرقم الذي أُعطي للمتصل. لا ينطبق ذلك على حسابات المسؤولين. شغّل هذا الخيار بحذر بعد تحديد المديرين أو مزامنتهم من الدليل: فرد المدير بمثابة ضمان لهوية مرؤوسيه.
admin-activity-helpdesk-asked-the-caller-s-manager-to-approve = طلب مكتب المساعدة من المدير الموافقة على متصل
admin-activity-manager-approved-a-helpdesk-caller = وافق المدير على متصل بمكتب المساعدة
admin-activity-manager-denied-a-helpdesk-caller = رفض المدير متصلاً بمكتب المساعدة
admin-activity-update-manager = تحديث المدير
manager-requests-title = طلبات مكتب المساعدة
manager-requests-none = لا يوجد شيء بانتظار ردك.
manager-requests-intro = يطلب منك مكتب المساعدة، بصفتك المدير، تأكيد هوية الشخص الذي يتحدث معه عبر الهاتف. إذا لم يكن هذا الشخص على علم بالمكالمة، فاختر "لا، رفض": تنتهي عملية التحقق التي يجريها مكتب المساعدة، ويتم إبلاغ فريق الأمان. وإذا لم تتمكن من الوصول إليه الآن، فاختر "لا أستطيع الوصول إليه الآن": لن يتم تنبيه أحد.
manager-requests-caller = هل يتصل { $account } بمكتب المساعدة؟
manager-requests-detail = طلبه { $agent } في { $when }.
manager-requests-until = أجب في موعد أقصاه { $until }.
manager-requests-how = تواصل بنفسك مع { $name } عبر رقم هاتف أو وسيلة محادثة تعرفها مسبقاً (لا يُعتدّ بمكالمة أو رسالة منه يطلب فيها موافقتك)، واسأله عن الرقم الذي أعطاه إياه مكتب المساعدة.
manager-requests-number = الرقم الذي أعطاه إياه مكتب المساعدة
manager-requests-number-hint = رقمان.
manager-requests-approve = موافقة
manager-requests-deny = لا، رفض
manager-requests-back = العودة إلى حسابي
manager-requests-approved = شكراً لك: لقد أكدت هوية المتصل، ويمكن لمكتب المساعدة الآن مساعدته.
manager-requests-wrong = هذا ليس الرقم الذي أعطاه إياه مكتب المساعدة. تحقق منه معه؛ المحاولات المتبقية: { $left }، وبعدها يُرفض الطلب.
manager-requests-denied = لقد رفضت الطلب. تم إنهاء عملية التحقق التي يجريها مكتب المساعدة، وتم إبلاغ فريق الأمان.
manager-requests-no-number = اكتب الرقم المكون من رقمين الذي أعطاه إياه مكتب المساعدة، ثم اختر "موافقة". لم تُحتسب أي محاولة.
manager-requests-gone = لم يعد هذا الطلب بانتظار الرد: إما أنه تمت الإجابة عنه، أو انتهى، أو لم يكن موجهاً إليك.
account-helpdesk-requests = مكتب المساعدة بانتظار ردك ({ $count }): تأكيد هوية متصل
admin-manager-heading = المدير
admin-manager-hint = عندما تسمح إعدادات مكتب المساعدة بذلك، يمكن لمكتب المساعدة أن يطلب من المدير، عبر البريد الإلكتروني، تأكيد هوية متصل يقول إنه هذا المستخدم. ويُبلَّغ المستخدم عند تغيير مديره.
admin-manager-external = يأتي المدير من السمة manager في الدليل المحلي.
admin-manager-label = اسم مستخدم المدير
admin-manager-field-hint = اترك الحقل فارغاً لإزالة المدير.
admin-manager-save = حفظ المدير
admin-manager-unknown = لا يوجد حساب آخر باسم المستخدم هذا. اكتب اسم مستخدم المدير، أو اترك الحقل فارغاً.
admin-manager-self = لا يمكن أن يكون المستخدم مديراً لنفسه.
admin-manager-yourself = لا يمكنك تعيين نفسك مديراً لمستخدم آخر: اطلب ذلك من مسؤول آخر.
helpdesk-refused-own-method = تم التحقق من المتصل بموافقة مديره فقط. يتيح لك ذلك إعادة تعيين كلمة مروره أو إلغاء تأمين حسابه، لكن ليس إصدار تصريح وصول مؤقت أو تغيير معلومات الأمان الخاصة به. لذلك، أغلق عملية التحقق هذه وتحقق من المتصل بإحدى طرقه الخاصة.
helpdesk-manager-unconfirmed = لم يتمكن { $manager } من الوصول إلى المتصل لتأكيد هويته. استخدم إحدى طرق المتصل الخاصة.
helpdesk-manager-void = لم يعد بإمكان { $manager } الرد: لم يعد مدير المتصل، أو لا يمكنه تسجيل الدخول الآن، أو تم إيقاف موافقة المدير. استخدم إحدى طرق المتصل الخاصة.
helpdesk-notice-manager-denied-acted-user-subject = { $org }: لم يؤكد مديرك مكالمة إلى مكتب المساعدة
helpdesk-notice-manager-denied-acted-user-body =
    مرحباً { $name }،

    في { $when } (UTC) اتصل شخص ما بمكتب المساعدة ({ $agent }) باسمك، ولم يؤكد مديرك أنه أنت. تغيّر حسابك منذ بدء المكالمة (توضح الرسائل السابقة كيف)، وتم إبلاغ فريق الأمان: قد يعيد تعيين كلمة مرورك مرة أخرى احتياطاً.

    إذا لم يكن ذلك أنت، فأخبرنا فوراً: { $link }
helpdesk-notice-manager-denied-acted-subject = { $org }: عاجل، رفض مدير متصلاً كان مكتب المساعدة قد ساعده بالفعل
helpdesk-notice-manager-denied-acted-body =
    مرحباً { $name }،

    نفى { $manager } أن يكون المتصل الذي كان { $agent } يساعده هو { $account }. أُغلقت عملية التحقق، لكن سُجّلت على الحساب التغييرات التالية منذ بدء المكالمة:

    { $actions }

    تصرّف الآن: أعد تعيين كلمة مرور الحساب مرة أخرى، وألغِ أي تصريح وصول مؤقت، وراجع معلومات الأمان الخاصة به، وتواصل مع المستخدم على رقم تعرفه مسبقاً. ثم نبّه الموظفين.
admin-activity-manager-typed-a-wrong-number-for-a-helpdesk-caller = أدخل مدير رقماً خاطئاً لمتصل بمكتب المساعدة
admin-activity-manager-could-not-confirm-a-helpdesk-caller = تعذّر على مدير تأكيد هوية متصل بمكتب المساعدة
manager-requests-cannot-confirm = لا أستطيع الوصول إليه الآن
manager-requests-unconfirmed = أفدت بأنك لا تستطيع الوصول إليه الآن. سيتحقق مكتب المساعدة من المتصل بطريقة أخرى؛ ولم يتم تنبيه أحد.
manager-requests-office-phone = رقم مكتبه المسجل: { $phone }
manager-requests-ended = لم يعد من الممكن الموافقة على هذا الطلب: انتهت المكالمة أو مدتها، أو لا يستطيع مكتب المساعدة اتخاذ إجراء على الحساب الآن. إذا لم يكن هو، فلا يزال بإمكانك الرفض.
manager-requests-ended-card = لم يعد بإمكانك الموافقة على هذا الطلب: انتهت المكالمة أو مدتها، أو لا يستطيع مكتب المساعدة اتخاذ إجراء على هذا الحساب الآن. إذا لم يكن الشخص على علم بالمكالمة، فارفض: سيتم إبلاغ فريق الأمان.
