# Mensajes que envía Latchkey: correos electrónicos, SMS, llamadas de voz.

## Elementos comunes

messages-greeting = Hola:
messages-greeting-name = Hola, { $name }:
messages-minutes =
    { $n ->
        [one] 1 minuto
       *[other] { $n } minutos
    }
messages-report-link = Comuníquenoslo de inmediato
messages-issued-by-cli = la línea de comandos

## Código de verificación (correo electrónico, SMS, llamada de voz)

messages-code-email-subject = Código de verificación de la cuenta de { $org }
messages-code-email-intro = Su código de verificación de { $org } es:
messages-code-email-enter = Escríbalo en la página donde lo solicitó. Caduca en { $expires_in }.
messages-code-email-never = Nunca le pediremos este código por teléfono, por SMS ni por correo electrónico. No lo comparta con nadie, aunque diga que trabaja para { $org }.
messages-code-email-ignore = Si no solicitó ningún código, puede omitir este mensaje. No se ha cambiado nada en su cuenta.
messages-code-sms = { $code } es su código de verificación de { $org }. Caduca en { $expires_in }.
messages-code-voice = Le llamamos de { $org }. Su código de verificación es { $spoken_code }.

## Aviso de restablecimiento de contraseña

messages-reset-notice-subject = Se restableció la contraseña de su cuenta de { $org }
messages-reset-notice-subject-unlock = Se desbloqueó su cuenta de { $org }
messages-reset-notice-reset = La contraseña de su cuenta de { $org } se restableció el { $when_utc }.
messages-reset-notice-unlock = Su cuenta de { $org } se desbloqueó el { $when_utc }. Su contraseña no ha cambiado.
messages-reset-notice-was-you = Si fue usted, no tiene que hacer nada más.
messages-reset-notice-not-you = Si no fue usted, es posible que otra persona pueda iniciar sesión en su nombre.

## Alerta a los administradores globales

messages-admin-alert-subject = { $org }: se restableció la contraseña de un administrador
messages-admin-alert-reset-before = La contraseña del administrador
messages-admin-alert-reset-after = ({ $admin_username }) fue restablecida por otro administrador el { $when_utc }.
messages-admin-alert-why = Recibe este mensaje porque es administrador global de { $org }. Si no esperaba este restablecimiento, consúltelo con { $admin_display_name } y
messages-admin-alert-report = notifíquelo

## Solicitud de ayuda a los administradores

messages-help-subject = { $org }: un usuario solicitó ayuda con su contraseña
messages-help-asked-before = Alguien solicitó ayuda con la contraseña de la cuenta
messages-help-asked-after = el { $when_utc }, desde la dirección { $client_ip }.
messages-help-used-before = Usó la opción
messages-help-link-name = Póngase en contacto con el administrador
messages-help-used-after = en la página de restablecimiento de contraseña.
messages-help-verify = Antes de restablecer la contraseña o desbloquear la cuenta, asegúrese de que está hablando con el propietario de la cuenta: contacte con él mediante un número de teléfono o una dirección que ya conozca, no mediante los que aparezcan en un mensaje.
messages-help-why = Recibe este mensaje porque es administrador de { $org }.

## Recordatorio de registro

messages-reminder-subject = Configure el restablecimiento de contraseña de su cuenta de { $org }
messages-reminder-body = Todavía no nos ha indicado cómo comprobar su identidad si olvida su contraseña de { $org }, por ejemplo, un número de teléfono o una aplicación de autenticación. Solo tardará un par de minutos y le permitirá recuperar el acceso a su cuenta por su cuenta, a cualquier hora.
messages-reminder-here = Configúrelo aquí:
messages-reminder-button = Configurar ahora
messages-reminder-copy = O copie esta dirección en el explorador: { $setup_url }

## Pase de acceso temporal emitido

messages-pass-subject = Se emitió un pase de acceso temporal para su cuenta de { $org }
messages-pass-subject-admin = Se emitió un pase de acceso temporal para el administrador { $account }
messages-pass-issued = Un administrador ({ $issued_by }) emitió un pase de acceso temporal para su cuenta de { $org } el { $when_utc }. Es válido hasta el { $expires_utc }.
messages-pass-issued-once = Un administrador ({ $issued_by }) emitió un pase de acceso temporal para su cuenta de { $org } el { $when_utc }. Es válido hasta el { $expires_utc }, para un solo inicio de sesión.
messages-pass-use = Con él puede iniciar sesión para registrar su información de seguridad (una aplicación de autenticación, una llave de acceso, su teléfono) si no tiene ninguna o la ha perdido. Su administrador le entrega el pase en persona o por teléfono; nunca se envía por correo electrónico.
messages-pass-not-you = Si no lo solicitó al departamento de soporte técnico, es posible que alguien esté intentando acceder a su cuenta.
messages-pass-admin-issued = { $issued_by } emitió un pase de acceso temporal para el administrador { $account } de { $org } el { $when_utc }. Es válido hasta el { $expires_utc }. Con él, quien lo tenga puede registrar información de seguridad para esa cuenta.
messages-pass-admin-issued-once = { $issued_by } emitió un pase de acceso temporal para el administrador { $account } de { $org } el { $when_utc }. Es válido hasta el { $expires_utc }, para un solo inicio de sesión. Con él, quien lo tenga puede registrar información de seguridad para esa cuenta.
messages-pass-admin-check = Si no lo esperaba, consúltelo con { $account } y revoque el pase en
messages-pass-admin-page = su página del portal de administración
messages-pass-sms = { $org }: { $issued_by } emitió un pase de acceso temporal para su cuenta. Si no lo solicitó, llame ya a soporte técnico.

## Mensajes de prueba

messages-test-subject = Mensaje de prueba de { $org }
messages-test-body = Este es un mensaje de prueba del servicio de restablecimiento de contraseña de { $org }. Si puede leerlo, el envío de correo electrónico funciona. No tiene que hacer nada.
messages-test-sms = Este es un mensaje de prueba de { $org }. El envío de SMS funciona.

## Avisos de seguridad (texto sin formato)

messages-report-here = Si no fue usted, notifíquelo aquí:
messages-blocked-subject = { $org }: el restablecimiento de contraseña está bloqueado en su cuenta
messages-blocked-body = Alguien intentó verificar su identidad cinco veces sin éxito para restablecer la contraseña ({ $when }). Por su seguridad, el restablecimiento de contraseña de autoservicio está bloqueado en su cuenta durante 24 horas. Su contraseña no ha cambiado.
messages-blocked-advice = Si fue usted, espere 24 horas o póngase en contacto con el administrador. Si no fue usted, avise al administrador: es posible que alguien esté intentando acceder a su cuenta.
messages-code-reused-subject = { $org }: se volvió a usar un código de autenticación
messages-code-reused-body = Alguien usó un código de autenticación que ya se había usado; es posible que otra persona lo haya visto ({ $when }). El código se rechazó y su contraseña no ha cambiado.
messages-code-reused-contact = y póngase en contacto con el administrador: es posible que alguien esté intentando acceder a su cuenta.
messages-passkey-cloned-subject = { $org }: es posible que se haya copiado su llave de acceso
messages-passkey-cloned-body = Su llave de acceso «{ $name }» se usó para restablecer una contraseña ({ $when }), pero indicó un recuento de usos inferior al anterior: es posible que se esté usando una copia en otro lugar. Se rechazó y su contraseña no ha cambiado.
messages-passkey-cloned-remove = Quite la llave de acceso en la página de su información de seguridad y póngase en contacto con el administrador.
messages-mobile-changed-sms = { $org }: se cambió o quitó el número de móvil de su cuenta. Si no fue usted, póngase en contacto ya con el administrador.

## "Your security info changed"; the "this wasn't me" alert to administrators.
messages-security-changed-subject = { $org }: su información de seguridad ha cambiado
messages-security-changed-added = Se agregó un método de seguridad a su cuenta ({ $when }).
messages-security-changed-removed = Se quitó un método de seguridad de su cuenta ({ $when }).
messages-security-changed-report = Si no fue usted, abra este vínculo: { $link }
messages-security-changed-advice = Así se bloquea el restablecimiento de contraseña de su cuenta y se avisa a los administradores; después, póngase en contacto con ellos: es posible que otra persona esté usando su cuenta.
messages-not-me-change-subject = { $username } notificó un cambio en su cuenta que no realizó
messages-not-me-change-body = { $name } ({ $username }) indica que no realizó un cambio reciente en su cuenta: un restablecimiento o desbloqueo de contraseña, nueva información de seguridad o un pase de acceso temporal (la notificación a la que respondió indica cuál; el registro de auditoría contiene los detalles).
messages-not-me-app-subject = { $username } notificó una solicitud de restablecimiento de contraseña que no realizó
messages-not-me-app-body = { $name } ({ $username }) respondió "No fui yo" en la aplicación Latchkey a una solicitud para aprobar el restablecimiento de contraseña de su cuenta: solicitada desde { $ip } ({ $browser }) el { $when }. Es posible que otra persona conozca su nombre de usuario e intente apoderarse de la cuenta.
messages-not-me-action = Latchkey bloqueó el inicio de sesión de la cuenta (o, en el caso del último administrador global, cerró sus sesiones y solicitó una nueva contraseña). Revise el registro de auditoría, hable con el usuario y, después, restablezca su contraseña y vuelva a permitir el inicio de sesión desde el portal de administración.
