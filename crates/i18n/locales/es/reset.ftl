## El restablecimiento de contraseña de autoservicio (/reset).

## Shared by the reset pages.

reset-title = Recuperar el acceso a su cuenta
reset-next = Siguiente
reset-cancel = Cancelar
reset-back-to-sign-in = Volver al inicio de sesión
reset-start-again = Volver a empezar
reset-sign-in = Iniciar sesión
reset-try-again = Intentar de nuevo
reset-contact-admin = Póngase en contacto con su administrador

## Start page.

reset-start-heading = ¿Quién es usted?
reset-start-intro = Para recuperar su cuenta, escriba su nombre de usuario.
reset-start-intro-captcha = Para recuperar su cuenta, escriba su nombre de usuario y los caracteres de la imagen.
reset-start-username = Nombre de usuario
reset-start-username-hint = Por ejemplo, mias o mia.steele@example.org.
reset-start-username-missing = Escriba su nombre de usuario.
reset-start-noscript = La comprobación de que es una persona requiere JavaScript; sin él, puede continuar igualmente unas cuantas veces por hora.
reset-start-captcha-alt = CAPTCHA: seis caracteres distorsionados
reset-start-captcha-question = ¿No puede leer la imagen? Responda a esta pregunta en su lugar:
reset-start-captcha-label = Escriba los caracteres de la imagen o la respuesta a la pregunta
reset-human-picture-used = Esa imagen ya se usó. Escriba los caracteres de la nueva imagen.
reset-human-picture-expired = La imagen expiró. Escriba los caracteres de la nueva imagen.
reset-human-picture-wrong = Los caracteres no coinciden con la imagen. Pruebe con la nueva imagen o responda a la pregunta en su lugar.
reset-human-check-again = No se pudo completar la comprobación del explorador. Espere un momento e inténtelo de nuevo.
reset-human-check-busy = Se acaban de recibir muchas solicitudes desde su red, por lo que la comprobación del explorador tarda un poco más. Inténtelo de nuevo.
reset-human-check-expired = Esta página estuvo abierta mucho tiempo, por lo que su comprobación expiró. Inténtelo de nuevo.
reset-human-provider-failed = No se superó la comprobación de que es una persona. Inténtelo de nuevo.

## Reset or unlock.

reset-options-heading = ¿Por qué tiene problemas para iniciar sesión?
reset-options-legend = Elija una opción
reset-options-forgot = Olvidé mi contraseña
reset-options-forgot-hint = No se preocupe, le ayudaremos a restablecerla con la información de seguridad que registró.
reset-options-unlock = Sé mi contraseña, pero sigo sin poder iniciar sesión
reset-options-unlock-hint = Esto puede ocurrir si intentó iniciar sesión demasiadas veces con una contraseña incorrecta. Desbloquearemos su cuenta y conservaremos su contraseña.
reset-options-invalid = Elija una de las dos opciones.

## Methods.

reset-method-email = Enviar un correo electrónico a mi dirección alternativa
reset-method-mobile-sms = Enviar un mensaje de texto a mi teléfono móvil
reset-method-mobile-voice = Llamar a mi teléfono móvil
reset-method-office-voice = Llamar al teléfono de mi oficina
reset-method-app = Escribir un código de mi aplicación de autenticación
reset-method-questions = Responder a mis preguntas de seguridad
reset-method-app-notification = Aprobar una notificación en mi teléfono
reset-method-passkey = Usar una llave de acceso

## Verification page.

reset-verify-steps = Paso de verificación { $step } > elegir una contraseña nueva
reset-verify-methods-heading = Elija el método de contacto que debemos usar para la verificación:
reset-verify-choose = Elija un método para continuar.
reset-verify-aside = ¿No le sirve ninguno de estos métodos?
reset-verify-aside-helpdesk = o con su departamento de soporte técnico:
reset-verify-second-method = Listo. Ahora elija un segundo método distinto.
reset-verify-choose-shown = Elija uno de los métodos mostrados.
reset-verify-email-label = Dirección de correo electrónico
reset-verify-phone-label = Número de teléfono
reset-verify-send-email = Enviar correo
reset-verify-send-text = Enviar SMS
reset-verify-send-call = Llamar
reset-verify-destination-number = Para proteger su cuenta, escriba a continuación el número completo ({ $masked }) tal como lo registró. Puede omitir el prefijo del país si es el mismo país. A continuación, le enviaremos un código.
reset-verify-destination-address = Para proteger su cuenta, escriba a continuación la dirección completa ({ $masked }). A continuación, le enviaremos un código.
reset-verify-mismatch-address = Esa dirección no coincide con la que tenemos registrada. Compruébela e inténtelo de nuevo, o elija otro método.
reset-verify-mismatch-number = Ese número no coincide con el que tenemos registrado. Compruébelo e inténtelo de nuevo, o elija otro método.
reset-verify-send-failed = No pudimos enviar un código en este momento. Inténtelo de nuevo en un momento o elija otro método.
reset-verify-code-email = Hemos enviado un código por correo electrónico a { $masked }. Es válido durante 5 minutos.
reset-verify-code-sms = Hemos enviado un código por SMS al { $masked }. Es válido durante 5 minutos.
reset-verify-code-call = Estamos llamando al { $masked } para leerle un código. Es válido durante 5 minutos.
reset-verify-code-label = Escriba su código de verificación
reset-verify-new-code = Enviar un código nuevo
reset-verify-app-prompt = Abra su aplicación de autenticación y escriba el código de 6 dígitos que muestra para esta cuenta.
reset-verify-app-label = Escriba el código de su aplicación de autenticación
reset-verify-questions-prompt = Responda a las siguientes preguntas tal como las respondió al registrarse.
reset-verify-answer-shown = Responda a las preguntas mostradas.
reset-verify-passkey-prompt = Use la llave de acceso de este dispositivo o una llave de seguridad: seleccione «Usar mi llave de acceso» y siga los pasos del explorador (huella digital, rostro, PIN o bloqueo de pantalla).
reset-verify-passkey-noscript-strong = Usar una llave de acceso requiere JavaScript
reset-verify-passkey-noscript-rest = , que está desactivado en este explorador. Actívelo y vuelva a cargar esta página, o elija otro método.
reset-verify-passkey-button = Usar mi llave de acceso
reset-verify-push-send-prompt = Enviaremos una notificación a la aplicación Latchkey de su teléfono. Ábrala, escriba el número que muestra esta página y apruebe la solicitud.
reset-verify-push-send = Enviar una notificación
reset-verify-push-wait-prompt = Abra la aplicación Latchkey en su teléfono y escriba este número
reset-verify-push-waiting = Esperando su aprobación…
reset-verify-push-approved = Ya la aprobé
reset-verify-push-again = Enviar una notificación nueva

## Refusals.

reset-check-passkey-noscript = Usar una llave de acceso requiere JavaScript, que no se ejecutó en este explorador. Actívelo e inténtelo de nuevo, o elija otro método.
reset-check-no-code = No hay ningún código pendiente para este método, o ha expirado. Envíe un código nuevo.
reset-check-busy = Se están comprobando varios códigos a la vez. Espere un momento e inténtelo de nuevo.
reset-check-app-wrong = Ese código no es correcto. Espere al siguiente código de su aplicación e inténtelo de nuevo.
reset-check-answers-wrong = Una o varias respuestas no coinciden. Compruébelas e inténtelo de nuevo.
reset-check-code-not-right = Ese código no es correcto.
reset-check-code-wrong = Ese código no es correcto. Compruébelo e inténtelo de nuevo.
reset-check-code-too-many = Ese código se escribió mal demasiadas veces. Envíe un código nuevo.
reset-check-code-expired = Ese código ha expirado. Envíe un código nuevo.
reset-passkey-no-ceremony = Su solicitud de llave de acceso expiró o ya se usó. Seleccione «Usar mi llave de acceso» para intentarlo de nuevo.
reset-passkey-wrong = No se pudo verificar su llave de acceso. Inténtelo de nuevo o elija otro método.
reset-passkey-busy = Hay varias comprobaciones en curso a la vez. Espere un momento e inténtelo de nuevo.
reset-passkey-expired = Su sesión ha expirado. Vuelva a empezar; solo tardará un minuto.
reset-passkey-blocked = Por su seguridad, el restablecimiento de contraseña de autoservicio está bloqueado para esta cuenta durante 24 horas. Si necesita acceder antes, póngase en contacto con su administrador.
reset-passkey-not-offered = No se puede usar una llave de acceso en este paso. Elija uno de los métodos mostrados.
reset-push-failed = No pudimos comunicarnos con su teléfono. Compruebe que está conectado y que la aplicación Latchkey está instalada, e inténtelo de nuevo, o elija otro método.
reset-push-gone = Las notificaciones de su teléfono dejaron de funcionar. Vuelva a configurar la aplicación Latchkey desde su información de seguridad o elija otro método.
reset-push-too-many = Ya hemos enviado 3 solicitudes a su teléfono en los últimos 10 minutos. Espere unos minutos o elija otro método.
reset-push-no-request = No hay ninguna solicitud pendiente para su teléfono. Envíe una nueva.
reset-push-expired = La solicitud expiró. Envíe una nueva.
reset-push-not-yet = Aún no se ha aprobado. Abra la aplicación Latchkey en su teléfono, escriba el número que se muestra aquí y apruebe la solicitud.
reset-push-wrong-number = El número escrito en la aplicación no coincide con el que se muestra aquí. Envíe una solicitud nueva y escriba el número que se muestra en esta página.
reset-push-denied-title = Solicitud denegada
reset-push-denied = Denegó la solicitud en la aplicación Latchkey, por lo que este restablecimiento de contraseña ha finalizado. Vuelva a empezar si fue un error.
reset-push-reported = La solicitud se notificó en la aplicación Latchkey como no realizada por usted, por lo que este restablecimiento de contraseña ha finalizado y se ha avisado a sus administradores.

## New password.

reset-password-heading = Elegir una contraseña nueva
reset-password-new = Escriba la contraseña nueva
reset-password-new-hint = { $min ->
    [one] Al menos { $min } carácter. Unas cuantas palabras sin relación entre sí forman una contraseña segura y fácil de recordar.
   *[other] Al menos { $min } caracteres. Unas cuantas palabras sin relación entre sí forman una contraseña segura y fácil de recordar.
}
reset-password-confirm = Confirme la contraseña nueva
reset-password-finish = Finalizar
reset-password-enter-new = Escriba una contraseña nueva.
reset-already-done-title = Este restablecimiento ya se completó
reset-already-done-body = Su contraseña nueva ya se estableció desde otra ventana o con un segundo clic, por lo que no se usó la de este formulario.
reset-already-done-next = Inicie sesión con la contraseña que eligió primero. Si no está seguro de cuál es, vuelva a empezar: solo tardará un minuto.
reset-in-progress-title = Su contraseña nueva aún se está guardando
reset-in-progress-body = Otra ventana o un segundo clic está guardando ahora mismo una contraseña nueva para este restablecimiento, por lo que no se usó la de este formulario.
reset-in-progress-next = Espere un momento e inténtelo de nuevo: si la otra se guardó, se lo indicaremos; si no, podrá elegir de nuevo su contraseña.

## Last page.

reset-unlocked-title = Su cuenta se ha desbloqueado
reset-unlocked-body = Ya puede iniciar sesión con su contraseña.
reset-done-title = Su contraseña se ha restablecido
reset-done-body = Ya puede iniciar sesión con su contraseña nueva.
reset-done-sign-in = Iniciar sesión con su contraseña nueva

## Ended.

reset-message-helpdesk = Su departamento de soporte técnico:
reset-expired-title = Su sesión ha expirado
reset-expired-body = Por su seguridad, un restablecimiento de contraseña debe completarse en 15 minutos, y finaliza si algo cambia en la cuenta mientras tanto: se envió un código más reciente (desde otra ventana, por ejemplo) o se modificó la cuenta o su información de seguridad.
reset-expired-next = Vuelva a empezar; solo tardará un minuto.
reset-blocked-title = Ha realizado demasiados intentos
reset-blocked-body = Por su seguridad, el restablecimiento de contraseña de autoservicio está bloqueado para esta cuenta durante 24 horas.
reset-blocked-next = Si necesita acceder antes, póngase en contacto con su administrador.

## Help.

reset-help-intro = Si no puede usar ninguno de los métodos mostrados, o nunca los configuró, un administrador puede restablecer su contraseña.
reset-help-helpdesk = Póngase en contacto con su departamento de soporte técnico:
reset-help-submit = Pedir ayuda a un administrador
reset-help-none-title = No pudimos comunicarnos con ningún administrador
reset-help-none-body = Todavía no se ha configurado a nadie para recibir solicitudes de ayuda, por lo que no se envió nada.
reset-help-none-next = Póngase en contacto con su equipo de TI de otra forma, en persona o por teléfono; pueden restablecer su contraseña.
reset-help-sent-title = Hemos avisado a sus administradores
reset-help-sent-body = Si el nombre de usuario que escribió pertenece a una cuenta, se ha pedido a sus administradores que le ayuden a restablecer su contraseña.
reset-help-sent-next = Es posible que se pongan en contacto con usted para confirmar su identidad.

## The CAPTCHA's accessible question; the passkey panel of /reset/verify (static/passkey.js).
reset-captcha-plus = ¿Cuánto es { $a } más { $b }?
reset-captcha-minus = ¿Cuánto es { $a } menos { $b }?
reset-captcha-word = Escriba la { $ordinal } palabra de: { $words }
reset-captcha-numbers = cero, uno, dos, tres, cuatro, cinco, seis, siete, ocho, nueve, diez, once, doce, trece, catorce, quince, dieciséis, diecisiete, dieciocho, diecinueve, veinte
reset-captcha-ordinals = primera, segunda, tercera, cuarta
reset-captcha-words = piedra nube manzana vela ventana bosque tigre naranja plata conejo escalera almohada cesta alfombra pradera puerto chaqueta espejo pimienta cohete silla nuez amarillo ancla puente castillo pluma isla planeta caballo casa mesa sol libro puerta camino arena luna ciudad flor
reset-passkey-msg-cancelled = No se usó ninguna llave de acceso: la solicitud se canceló o se agotó el tiempo de espera, o este dispositivo no tiene ninguna llave de acceso para su cuenta. Seleccione "Usar mi llave de acceso" para volver a intentarlo o elija otro método.
reset-passkey-msg-no-support = Este explorador no admite llaves de acceso. Pruebe con otro explorador o elija otro método.
reset-passkey-msg-follow = Siga los pasos del explorador para usar su llave de acceso.
