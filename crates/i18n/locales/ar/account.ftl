## My account (/account), the forced password change (/password/change),
## "Confirm it's you" (/account/confirm) and "This wasn't me" (/report/…).

account-title = حسابي
account-password-changed = تم تغيير كلمة المرور.
account-profile = ملف التعريف
account-name = الاسم
account-username = اسم المستخدم
account-email = البريد الإلكتروني
account-alternate-email = البريد الإلكتروني البديل
account-mobile-phone = الهاتف المحمول
account-office-phone = هاتف المكتب
account-role = الدور
account-groups = المجموعات
account-groups-none = لا شيء
account-not-set = لم يتم التعيين
account-security-info = معلومات الأمان
account-no-methods = لم تقم بإعداد أي طريقة لإعادة تعيين كلمة المرور بنفسك.
account-manage-security-info = إدارة معلومات الأمان
account-method-push = تطبيق Latchkey على { $value }
account-method-app = تطبيق المصادقة: { $value }
account-method-passkey = مفتاح المرور: { $value }
account-method-email = البريد الإلكتروني: { $value }
account-method-mobile = الهاتف المحمول: { $value }
account-method-office = هاتف المكتب: { $value }
account-method-questions = أسئلة الأمان: { $count ->
    [zero] لم تتم الإجابة عن أي سؤال
    [one] تمت الإجابة عن سؤال واحد
    [two] تمت الإجابة عن سؤالين
    [few] تمت الإجابة عن { $count } أسئلة
    [many] تمت الإجابة عن { $count } سؤالاً
   *[other] تمت الإجابة عن { $count } سؤال
}
account-change-password = تغيير كلمة المرور
account-current-password = كلمة المرور الحالية
account-new-password = كلمة المرور الجديدة
account-new-password-hint = { $min } من الأحرف على الأقل، وأن تختلف عن كلمة المرور الحالية.
account-confirm-new-password = تأكيد كلمة المرور الجديدة
account-change-password-submit = تغيير كلمة المرور
account-wrong-current = كلمة المرور الحالية غير صحيحة.
account-locked = تم تأمين حسابك مؤقتاً لمنع الاستخدام غير المصرح به. حاول مرة أخرى لاحقاً.
account-enter-current = أدخل كلمة المرور الحالية.
account-enter-new = أدخل كلمة مرور جديدة.
account-enter-confirm = اكتب كلمة المرور الجديدة مرة أخرى لتأكيدها.

## My account: the language preference.

account-language-title = اللغة
account-language-intro = اللغة التي تُعرض بها صفحات Latchkey لك، على أي جهاز تسجّل الدخول منه.
account-language-label = لغة العرض
account-language-browser = استخدام لغة المستعرض
account-language-submit = حفظ اللغة
account-language-saved = تم حفظ تفضيل اللغة.

## The forced password change.

account-forced-title = تحديث كلمة المرور
account-forced-intro = يجب عليك اختيار كلمة مرور جديدة قبل المتابعة، لأن هذه هي المرة الأولى التي تسجّل فيها الدخول أو لأن أحد المسؤولين أعاد تعيين كلمة المرور.
account-forced-hint = { $min } من الأحرف على الأقل. بضع كلمات غير مترابطة تكوّن كلمة مرور قوية يسهل تذكرها.
account-forced-submit = تحديث كلمة المرور

## "Confirm it's you".

account-confirm-title = تأكيد هويتك
account-confirm-intro = من أجل أمانك، أدخل كلمة المرور مرة أخرى قبل تغيير معلومات الأمان.
account-confirm-submit = تأكيد
account-confirm-cancel = إلغاء
account-confirm-empty = أدخل كلمة المرور.
account-confirm-wrong = كلمة المرور هذه غير صحيحة. أدخل كلمة المرور التي تسجّل الدخول بها. إذا لم تتذكرها، فسجّل الخروج وأعد تعيينها.

## "This wasn't me", from the link in a reset notice.

account-report-title = الإبلاغ عن تغيير لم تقم به
account-report-intro = إذا لم تقم للتو بإعادة تعيين كلمة المرور أو إلغاء تأمين حسابك أو تغيير معلومات الأمان أو طلب تصريح وصول مؤقت من مكتب الدعم، فربما قام بذلك شخص آخر. سنمنع تسجيل الدخول إلى حسابك ونُعلم المسؤولين لديك، وسيساعدونك على استعادة الوصول بأمان.
account-report-submit = لم أكن أنا: منع الوصول إلى حسابي
account-report-back = كنت أنا، العودة
account-report-expired-title = انتهت صلاحية هذا الارتباط
account-report-expired-text = إذا كنت قلقاً بشأن حسابك، فاتصل بالمسؤول.
account-report-thanks-title = شكراً لإبلاغنا
account-report-blocked = منعنا تسجيل الدخول إلى حسابك وأعلمنا المسؤولين لديك. سيتصلون بك لمساعدتك على استعادة الوصول بأمان.
account-report-ended = أنهينا جميع جلسات حسابك، وستكون كلمة مرور جديدة مطلوبة عند تسجيل الدخول التالي. وأعلمنا المسؤولين لديك.
