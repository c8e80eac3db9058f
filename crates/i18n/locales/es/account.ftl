## My account (/account), the forced password change (/password/change),
## "Confirm it's you" (/account/confirm) and "This wasn't me" (/report/…).

account-title = Mi cuenta
account-password-changed = Se ha cambiado su contraseña.
account-profile = Perfil
account-name = Nombre
account-username = Nombre de usuario
account-email = Correo electrónico
account-alternate-email = Correo electrónico alternativo
account-mobile-phone = Teléfono móvil
account-office-phone = Teléfono de la oficina
account-role = Rol
account-groups = Grupos
account-groups-none = Ninguno
account-not-set = Sin configurar
account-security-info = Información de seguridad
account-no-methods = No ha configurado ningún método para restablecer usted mismo su contraseña.
account-manage-security-info = Administrar la información de seguridad
account-method-push = Aplicación Latchkey en { $value }
account-method-app = Aplicación de autenticación: { $value }
account-method-passkey = Llave de acceso: { $value }
account-method-email = Correo electrónico: { $value }
account-method-mobile = Teléfono móvil: { $value }
account-method-office = Teléfono de la oficina: { $value }
account-method-questions = Preguntas de seguridad: { $count ->
    [one] { $count } respondida
   *[other] { $count } respondidas
}
account-change-password = Cambiar contraseña
account-current-password = Contraseña actual
account-new-password = Nueva contraseña
account-new-password-hint = Al menos { $min } caracteres y distinta de su contraseña actual.
account-confirm-new-password = Confirmar nueva contraseña
account-change-password-submit = Cambiar contraseña
account-wrong-current = Su contraseña actual no es correcta.
account-locked = Su cuenta se ha bloqueado temporalmente para evitar un uso no autorizado. Inténtelo de nuevo más tarde.
account-enter-current = Escriba su contraseña actual.
account-enter-new = Escriba una nueva contraseña.
account-enter-confirm = Vuelva a escribir la nueva contraseña para confirmarla.

## My account: the language preference.

account-language-title = Idioma
account-language-intro = El idioma de las páginas de Latchkey para usted, en cualquier dispositivo desde el que inicie sesión.
account-language-label = Idioma de presentación
account-language-browser = Usar el idioma de mi explorador
account-language-submit = Guardar idioma
account-language-saved = Se ha guardado su preferencia de idioma.

## The forced password change.

account-forced-title = Actualice su contraseña
account-forced-intro = Debe elegir una nueva contraseña antes de continuar, porque es la primera vez que inicia sesión o porque un administrador restableció su contraseña.
account-forced-hint = Al menos { $min } caracteres. Unas cuantas palabras sin relación entre sí forman una contraseña segura y fácil de recordar.
account-forced-submit = Actualizar contraseña

## "Confirm it's you".

account-confirm-title = Confirme que es usted
account-confirm-intro = Por su seguridad, vuelva a escribir su contraseña antes de cambiar su información de seguridad.
account-confirm-submit = Confirmar
account-confirm-cancel = Cancelar
account-confirm-empty = Escriba su contraseña.
account-confirm-wrong = Esa contraseña no es correcta. Escriba la contraseña con la que inicia sesión. Si no la recuerda, cierre la sesión y restablézcala.

## "This wasn't me", from the link in a reset notice.

account-report-title = Informar de un cambio que no ha realizado
account-report-intro = Si no acaba de restablecer su contraseña, desbloquear su cuenta, cambiar su información de seguridad o pedir un pase de acceso temporal a su departamento de soporte técnico, puede que lo haya hecho otra persona. Bloquearemos el inicio de sesión en su cuenta y avisaremos a sus administradores, que le ayudarán a recuperar el acceso de forma segura.
account-report-submit = No fui yo: bloquear mi cuenta
account-report-back = Fui yo, volver
account-report-expired-title = Este vínculo ha expirado
account-report-expired-text = Si le preocupa su cuenta, póngase en contacto con su administrador.
account-report-thanks-title = Gracias por avisarnos
account-report-blocked = Hemos bloqueado el inicio de sesión en su cuenta y avisado a sus administradores. Se pondrán en contacto con usted para ayudarle a recuperar el acceso de forma segura.
account-report-ended = Hemos cerrado todas las sesiones de su cuenta y se le pedirá una nueva contraseña la próxima vez que inicie sesión. Hemos avisado a sus administradores.
