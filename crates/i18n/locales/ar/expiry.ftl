# expiry area: password expiry settings, reminders and reports.

## Reminder messages (email and text)
expiry-reminder-subject = { $days ->
    [one] تنتهي صلاحية كلمة مرورك لدى { $org } غدًا
   *[other] تنتهي صلاحية كلمة مرورك لدى { $org } خلال { $days } يومًا
}
expiry-reminder-body = تنتهي صلاحية كلمة مرورك لدى { $org } في { $expires_utc }. اختر كلمة مرور جديدة قبل ذلك؛ بعد انتهاء صلاحيتها سيتعين عليك تغييرها عند تسجيل الدخول التالي.
expiry-reminder-here = غيّرها هنا:
expiry-reminder-button = تغيير كلمة المرور
expiry-reminder-ignore = لا نطلب منك كلمة مرورك أبدًا عبر البريد الإلكتروني أو الرسائل النصية. إذا كنت قد غيّرتها بالفعل، يمكنك تجاهل هذه الرسالة.
expiry-reminder-sms = { $org }: تنتهي صلاحية كلمة مرورك { $days ->
    [one] غدًا
   *[other] خلال { $days } يومًا
} ({ $expires_utc }). غيّرها على { $change_url }

## Settings errors
expiry-error-max-age = أدخل عدد أيام من 0 (لا تنتهي صلاحيتها أبدًا) إلى 3650.
expiry-error-reminder-days = أدخل حتى 10 أعداد أيام مختلفة، كل منها من 1 إلى 90، مفصولة بفواصل.
expiry-error-group-age = أدخل عدد أيام من 1 إلى 3650.
expiry-error-group = اختر مجموعة.
expiry-error-report-days = أدخل عدد أيام من 1 إلى 365.

## Admin page
admin-nav-expiry = انتهاء صلاحية كلمات المرور
expiry-title = انتهاء صلاحية كلمات المرور
expiry-intro = يمكن أن تنتهي صلاحية كلمات مرور حسابات Latchkey الخاصة بعد عدد من الأيام من تعيينها. تتبع الحسابات القادمة من الدليل المحلي قواعد انتهاء الصلاحية الخاصة بالدليل. يجب على المستخدم الذي انتهت صلاحية كلمة مروره تغييرها عند تسجيل الدخول التالي.
expiry-settings-heading = الإعدادات
expiry-max-age-label = الحد الأقصى لعمر كلمة المرور (بالأيام)
expiry-max-age-hint = 0 يعني أن كلمات المرور لا تنتهي صلاحيتها أبدًا.
expiry-reminder-days-label = إرسال التذكيرات قبل هذا العدد من الأيام
expiry-reminder-days-hint = مفصولة بفواصل، مثل 14, 7, 3, 1.
expiry-by-email = التذكير عبر البريد الإلكتروني
expiry-by-sms = التذكير عبر رسالة نصية
expiry-save = حفظ
expiry-saved = تم حفظ إعدادات انتهاء صلاحية كلمات المرور.
expiry-read-only = يمكن للمسؤولين العامين فقط تغيير هذه الإعدادات.
expiry-groups-heading = الحد الأقصى للعمر لكل مجموعة
expiry-groups-intro = ينطبق الحد الأقصى للعمر الخاص بمجموعة على أعضائها، بمن فيهم أعضاء المجموعات المتداخلة. إذا كان المستخدم في عدة مجموعات من هذا النوع، فيُطبَّق الأصغر.
expiry-groups-none = لا توجد مجموعة لها حد أقصى للعمر خاص بها.
expiry-col-group = المجموعة
expiry-col-max-age = الحد الأقصى للعمر (بالأيام)
expiry-group-label = المجموعة
expiry-group-days-label = الحد الأقصى للعمر (بالأيام)
expiry-group-set = تعيين
expiry-group-remove = إزالة
expiry-group-saved = تم حفظ الحد الأقصى لعمر المجموعة.

## Reports
expiry-report-heading = الحسابات التي تنتهي صلاحيتها قريبًا
expiry-report-days-label = خلال هذا العدد من الأيام
expiry-report-show = عرض
expiry-report-csv = تنزيل CSV
expiry-report-count = { $n ->
    [zero] { $days ->
        [zero] لا تنتهي صلاحية كلمة مرور أي حساب خلال { $days } يوم.
        [one] لا تنتهي صلاحية كلمة مرور أي حساب خلال يوم واحد.
        [two] لا تنتهي صلاحية كلمة مرور أي حساب خلال يومين.
        [few] لا تنتهي صلاحية كلمة مرور أي حساب خلال { $days } أيام.
        [many] لا تنتهي صلاحية كلمة مرور أي حساب خلال { $days } يومًا.
       *[other] لا تنتهي صلاحية كلمة مرور أي حساب خلال { $days } يوم.
    }
    [one] { $days ->
        [zero] تنتهي صلاحية كلمة مرور حساب واحد خلال { $days } يوم.
        [one] تنتهي صلاحية كلمة مرور حساب واحد خلال يوم واحد.
        [two] تنتهي صلاحية كلمة مرور حساب واحد خلال يومين.
        [few] تنتهي صلاحية كلمة مرور حساب واحد خلال { $days } أيام.
        [many] تنتهي صلاحية كلمة مرور حساب واحد خلال { $days } يومًا.
       *[other] تنتهي صلاحية كلمة مرور حساب واحد خلال { $days } يوم.
    }
    [two] { $days ->
        [zero] تنتهي صلاحية كلمتي مرور حسابين خلال { $days } يوم.
        [one] تنتهي صلاحية كلمتي مرور حسابين خلال يوم واحد.
        [two] تنتهي صلاحية كلمتي مرور حسابين خلال يومين.
        [few] تنتهي صلاحية كلمتي مرور حسابين خلال { $days } أيام.
        [many] تنتهي صلاحية كلمتي مرور حسابين خلال { $days } يومًا.
       *[other] تنتهي صلاحية كلمتي مرور حسابين خلال { $days } يوم.
    }
    [few] { $days ->
        [zero] تنتهي صلاحية كلمات مرور { $n } حسابات خلال { $days } يوم.
        [one] تنتهي صلاحية كلمات مرور { $n } حسابات خلال يوم واحد.
        [two] تنتهي صلاحية كلمات مرور { $n } حسابات خلال يومين.
        [few] تنتهي صلاحية كلمات مرور { $n } حسابات خلال { $days } أيام.
        [many] تنتهي صلاحية كلمات مرور { $n } حسابات خلال { $days } يومًا.
       *[other] تنتهي صلاحية كلمات مرور { $n } حسابات خلال { $days } يوم.
    }
    [many] { $days ->
        [zero] تنتهي صلاحية كلمات مرور { $n } حسابًا خلال { $days } يوم.
        [one] تنتهي صلاحية كلمات مرور { $n } حسابًا خلال يوم واحد.
        [two] تنتهي صلاحية كلمات مرور { $n } حسابًا خلال يومين.
        [few] تنتهي صلاحية كلمات مرور { $n } حسابًا خلال { $days } أيام.
        [many] تنتهي صلاحية كلمات مرور { $n } حسابًا خلال { $days } يومًا.
       *[other] تنتهي صلاحية كلمات مرور { $n } حسابًا خلال { $days } يوم.
    }
   *[other] { $days ->
        [zero] تنتهي صلاحية كلمات مرور { $n } حساب خلال { $days } يوم.
        [one] تنتهي صلاحية كلمات مرور { $n } حساب خلال يوم واحد.
        [two] تنتهي صلاحية كلمات مرور { $n } حساب خلال يومين.
        [few] تنتهي صلاحية كلمات مرور { $n } حساب خلال { $days } أيام.
        [many] تنتهي صلاحية كلمات مرور { $n } حساب خلال { $days } يومًا.
       *[other] تنتهي صلاحية كلمات مرور { $n } حساب خلال { $days } يوم.
    }
}
expiry-report-none = { $days ->
    [zero] لا تنتهي صلاحية أي كلمة مرور خلال { $days } يوم.
    [one] لا تنتهي صلاحية أي كلمة مرور خلال يوم واحد.
    [two] لا تنتهي صلاحية أي كلمة مرور خلال يومين.
    [few] لا تنتهي صلاحية أي كلمة مرور خلال { $days } أيام.
    [many] لا تنتهي صلاحية أي كلمة مرور خلال { $days } يومًا.
   *[other] لا تنتهي صلاحية أي كلمة مرور خلال { $days } يوم.
}
expiry-col-user = اسم المستخدم
expiry-col-name = الاسم
expiry-col-expires = تنتهي في
expiry-col-days-left = الأيام المتبقية
expiry-col-source = القاعدة
expiry-source-local = Latchkey
expiry-source-directory = الدليل المحلي
expiry-sent-heading = التذكيرات المرسلة خلال آخر 30 يومًا
expiry-sent-none = لم يُرسل أي تذكير خلال آخر 30 يومًا.
expiry-col-sent = أُرسل
expiry-col-days-before = الأيام قبل
expiry-col-channel = القناة
expiry-col-state = التسليم
expiry-state-queued = قيد الانتظار
expiry-state-failed = لم يُسلَّم
expiry-state-sent = تم التسليم

## Audit log
admin-activity-update-password-expiry-settings = تحديث إعدادات انتهاء صلاحية كلمات المرور

## الدليل المحلي: انتهاء صلاحية كلمات المرور كما تقرؤه المزامنة
expiry-directory-expires = تنتهي صلاحية كلمة المرور (الدليل)
expiry-directory-never = أبدًا
expiry-directory-now = الآن: يطلب الدليل كلمة مرور جديدة
expiry-directory-doc = انتهاء صلاحية كلمات المرور
expiry-directory-doc-ad = تُقرأ من msDS-UserPasswordExpiryTimeComputed (سياسات كلمات المرور للنطاق والسياسات الدقيقة)
expiry-directory-doc-ppolicy = تُقرأ من pwdChangedTime وقيمة pwdMaxAge لسياسة كل حساب (السياسة الافتراضية { $policy })
expiry-directory-doc-no-default = للحسابات التي لها pwdPolicySubentry خاص بها فقط: تعذّر العثور على السياسة الافتراضية للطبقة
expiry-directory-doc-no-default-fix = اسمح لحساب الخدمة بقراءة olcPPolicyDefault في cn=config (olcAccess: to attrs=entry,objectClass,olcPPolicyDefault by dn.exact="<حساب الخدمة>" read)
expiry-directory-doc-none = لا تُقرأ: بدون طبقة ppolicy لا تنتهي صلاحية كلمات المرور في الدليل
expiry-directory-doc-unreadable = تعذّرت قراءة سياسات كلمات المرور: { $error }
