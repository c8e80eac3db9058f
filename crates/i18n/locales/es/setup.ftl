## Registro de métodos de verificación: /setup y sus subpáginas.

## /setup: "Proteja su cuenta"
setup-title = Proteja su cuenta
setup-register-title = Se requiere más información.
setup-register-body = Su organización necesita más información para proteger su cuenta. Configure al menos { $required ->
        [one] { $required } método
       *[other] { $required } métodos
    } a continuación para que pueda restablecer su contraseña usted mismo si alguna vez la olvida.
setup-reconfirm-title = ¿Sigue siendo correcto?
setup-reconfirm-body = Compruebe que la información de seguridad siguiente sigue estando actualizada.
setup-reconfirm-submit = Todo correcto
setup-tap-title = Ha iniciado sesión con un pase de acceso temporal.
setup-tap-before = Solo le permite configurar aquí su información de seguridad. Configure un método a continuación; después, si no conoce su contraseña, cierre la sesión y use
setup-tap-forgot = Olvidé mi contraseña
setup-tap-after = en la página de inicio de sesión con el método que configuró.
setup-progress = { $count } de { $required ->
        [one] { $required } método requerido configurado.
       *[other] { $required } métodos requeridos configurados.
    }
setup-complete-tap-before = Todo listo: cierre la sesión y restablezca su contraseña con
setup-complete-tap-after = si lo necesita.
setup-complete = Todo listo.
setup-continue-account = Continuar a mi cuenta
setup-questions-only = Las preguntas de seguridad no pueden ser su único método: las respuestas se pueden averiguar o adivinar. Configure también uno de los otros métodos siguientes.
setup-not-set-up = Sin configurar.
setup-remove = Quitar { $label }
setup-row-added = agregado el { $date }
setup-app-heading = Aplicación de autenticación
setup-app-add = Agregar una aplicación de autenticación
setup-app-default-name = Aplicación de autenticación
setup-push-heading = Aplicación Latchkey (aprobar una notificación)
setup-push-add = Configurar la aplicación Latchkey
setup-push-row = Aplicación Latchkey en { $name }
setup-passkeys-heading = Llaves de acceso
setup-passkey-add = Agregar una llave de acceso
setup-email-heading = Correo electrónico
setup-email-remove = Quitar el correo electrónico
setup-email-sent = Hemos enviado un código por correo electrónico a { $to }.
setup-code-label = Escriba el código
setup-verify = Verificar
setup-email-label = Dirección de correo electrónico
setup-email-hint = Use una dirección que no sea la de su cuenta profesional, para poder leerla aunque no pueda acceder a su cuenta.
setup-send-code = Enviar código
setup-mobile-heading = Teléfono móvil
setup-mobile-remove = Quitar el teléfono móvil
setup-mobile-sent = Hemos enviado un código a { $to }.
setup-country-label = País o región
setup-mobile-label = Número de teléfono móvil
setup-text-me = Enviarme un código por SMS
setup-call-me = Llamarme
setup-office-heading = Teléfono de la oficina
setup-office-remove = Quitar el teléfono de la oficina
setup-office-calling = Estamos llamando a { $to } para leerle un código.
setup-office-label = Número de teléfono de la oficina
setup-questions-heading = Preguntas de seguridad
setup-questions-answered = { $n ->
        [one] { $n } pregunta respondida.
       *[other] { $n } preguntas respondidas.
    }
setup-questions-remove = Quitar las preguntas de seguridad
setup-questions-change = Cambiar las respuestas
setup-questions-set-up = Configurar preguntas de seguridad

## Avisos después de un cambio
setup-notice-added = Agregado. Podrá usarlo la próxima vez que restablezca su contraseña.
setup-notice-removed = Quitado.
setup-notice-confirmed = Gracias por confirmarlo.
setup-notice-saved = Sus preguntas de seguridad se han guardado.
setup-notice-policy-saved = Sus cambios se han guardado. Antes de continuar, configure los métodos que los administradores necesitan para restablecer su propia contraseña.

## Problemas
setup-unknown-method = Ese método no se reconoce.
setup-refusal-too-few = Necesita al menos { $required ->
        [one] { $required } método
       *[other] { $required } métodos
    } para restablecer su contraseña. Agregue otro método antes de quitar este.
setup-refusal-same-phone = Ese número ya está registrado como su otro teléfono. Use un número distinto, para que un solo teléfono perdido no permita abrir su cuenta.
setup-refusal-too-many-apps = Puede registrar como máximo { $max } aplicaciones de autenticación. Quite una primero.
setup-refusal-too-many-devices = Puede registrar la aplicación Latchkey en { $max } dispositivos como máximo. Quite uno primero.
setup-refusal-too-many-passkeys = Puede registrar como máximo { $max } llaves de acceso. Quite una primero.
setup-refusal-passkey-name = Asigne a la llave de acceso un nombre de 1 a { $max } caracteres, por ejemplo, "Portátil del trabajo".
setup-refusal-passkey-name-invisible = El nombre contiene un carácter invisible (como una marca de dirección del texto o un espacio de ancho cero) que podría hacer que pareciera otro nombre. Vuelva a escribir el nombre sin él.
setup-refusal-duplicate-passkey-name = Ya tiene una llave de acceso con este nombre. Elija otro nombre.
setup-refusal-not-allowed = Su organización no usa este método.
setup-no-code = No hay ningún código pendiente para este método, o ha expirado. Solicite un código nuevo.
setup-blocked = Se han escrito demasiados códigos incorrectos en su cuenta. Por su seguridad, vuelva a intentarlo dentro de 24 horas.
setup-busy = Se están comprobando varios códigos a la vez en su cuenta. Espere un momento y vuelva a intentarlo.
setup-choose-kind = Elija correo electrónico, teléfono móvil o teléfono de la oficina.
setup-too-many-codes = Ha solicitado demasiados códigos. Por su seguridad, vuelva a intentarlo dentro de 24 horas.
setup-send-failed = No hemos podido enviar un código en este momento. Compruebe lo que escribió y vuelva a intentarlo en unos instantes.
setup-code-wrong = Ese código no es correcto. Compruébelo y vuelva a intentarlo.
setup-code-used-up = Ese código se ha escrito mal demasiadas veces. Solicite uno nuevo.

## /setup/app
setup-app-title = Configurar su aplicación de autenticación
setup-app-step-add = En su aplicación de autenticación (Microsoft Authenticator, Google Authenticator, 1Password, FreeOTP o cualquier otra), agregue una cuenta y elija escanear un código QR.
setup-app-step-scan = Escanee este código:
setup-app-cant-scan = ¿No puede escanearlo? Escriba esta clave en su lugar:
setup-app-step-code = Escriba el código de 6 dígitos que muestra la aplicación.
setup-app-name-label = Nombre de esta aplicación
setup-app-name-hint = Para que pueda distinguir sus aplicaciones, por ejemplo, "Teléfono del trabajo".
setup-app-code-label = Código de la aplicación
setup-next = Siguiente
setup-cancel = Cancelar
setup-app-code-wrong = Ese código no es correcto. Compruebe que la hora de su teléfono se ajusta automáticamente y escriba el código actual.
setup-app-too-long = La configuración de esta aplicación tardó demasiado. Vuelva a agregar la cuenta a su aplicación con el nuevo código QR o la nueva clave y escriba el código que muestre.

## /setup/passkey
setup-passkey-intro = Una llave de acceso le permite demostrar su identidad con el bloqueo de pantalla de este dispositivo (huella digital, rostro o PIN) o con una llave de seguridad, sin escribir ningún código. Después podrá usarla para restablecer su contraseña.
setup-passkey-noscript-title = Para agregar una llave de acceso se necesita JavaScript
setup-passkey-noscript-before = , que está desactivado en este explorador. Actívelo y vuelva a cargar esta página, o
setup-passkey-noscript-link = configure otro método
setup-passkey-noscript-after = .
setup-passkey-name-label = Nombre de esta llave de acceso
setup-passkey-name-hint = Para que pueda distinguir sus llaves de acceso, por ejemplo, "Portátil del trabajo". De 1 a 64 caracteres.
setup-passkey-needs = Al seleccionar "Crear llave de acceso", el explorador le pedirá que confirme con el bloqueo de pantalla o con la llave de seguridad. Para ello se necesitan JavaScript y un explorador compatible con llaves de acceso.
setup-passkey-create = Crear llave de acceso
setup-passkey-default-name = Llave de acceso { $n }
setup-passkey-needs-js = Para crear una llave de acceso se necesita JavaScript, que no se ha ejecutado en este explorador. Actívelo y vuelva a intentarlo, o vuelva atrás y configure otro método.
setup-passkey-change-password = Cambie primero su contraseña.
setup-passkey-signed-out = Se ha cerrado su sesión. Vuelva a iniciar sesión y agregue la llave de acceso.
setup-passkey-step-up = Confirme primero su contraseña y, después, agregue la llave de acceso.
setup-passkey-no-ceremony = La creación de la llave de acceso tardó demasiado o la solicitud ya se había usado. Seleccione "Crear llave de acceso" para volver a intentarlo.
setup-passkey-failed = No se pudo comprobar su llave de acceso, por lo que no se ha agregado. Seleccione "Crear llave de acceso" para volver a intentarlo.
setup-passkey-js-cancelled = No se creó la llave de acceso: la solicitud se canceló o se agotó el tiempo de espera. Seleccione "Crear llave de acceso" para volver a intentarlo.
setup-passkey-js-exists = Este dispositivo o llave de seguridad ya tiene una llave de acceso para su cuenta. Use otro, o quite primero la llave de acceso antigua.
setup-passkey-js-security = No se pueden usar llaves de acceso en esta dirección. Avise a su administrador.
setup-passkey-js-unsupported-device = Este explorador o dispositivo no admite llaves de acceso. Pruebe con otro explorador o elija otro método.
setup-passkey-js-generic = Se produjo un problema con la llave de acceso. Vuelva a intentarlo o elija otro método.
setup-passkey-js-reload = Se produjo un problema. Vuelva a cargar la página e inténtelo de nuevo.
setup-passkey-js-offline = No pudimos conectar con el servidor. Compruebe su conexión y vuelva a intentarlo.
setup-passkey-js-try-again = Se produjo un problema. Vuelva a intentarlo.
setup-passkey-js-no-support = Este explorador no admite llaves de acceso. Pruebe con otro explorador o configure otro método.
setup-passkey-js-follow = Siga los pasos del explorador para crear la llave de acceso.
setup-passkey-js-checking = Comprobando su llave de acceso…

## Los puntos de conexión JSON de las llaves de acceso
setup-passkey-api-csrf = Por su seguridad, esta página ha expirado. Vuelva a cargarla e inténtelo de nuevo.
setup-passkey-api-post-only = Este punto de conexión solo acepta POST.
setup-passkey-api-json = Envíe el cuerpo como JSON, con Content-Type: application/json.
setup-passkey-api-too-large = El cuerpo supera los 64 KiB.
setup-passkey-api-unreadable = No se pudo leer la solicitud. Vuelva a cargar la página e inténtelo de nuevo.
setup-passkey-api-unexpected = La solicitud no es lo que envía esta página: { $detail }
setup-passkey-api-unavailable = No se pueden usar llaves de acceso en esta dirección. Elija otro método o avise a su administrador.

## /setup/push: la aplicación Latchkey
setup-push-title = Configurar la aplicación Latchkey
setup-push-gone = Las notificaciones de su teléfono dejaron de funcionar en "{ $name }". Vuelva a configurar la aplicación Latchkey y, después, quite "{ $name }" en la página de información de seguridad.
setup-push-not-offered = Su organización no ofrece la aplicación Latchkey para su cuenta, por lo que no puede configurarla. Consulte al departamento de soporte técnico si la necesita.
setup-push-at-most = Ya tiene la aplicación Latchkey configurada en { $max } dispositivos, el máximo permitido para una cuenta. Quite uno en la página de información de seguridad antes de agregar otro.
setup-push-intro = Con la aplicación Latchkey en su teléfono puede demostrar su identidad aprobando una notificación: cuando restablezca su contraseña, la página mostrará un número de dos dígitos que deberá escribir en la aplicación.
setup-push-will-show = Mostraremos un código QR para que lo escanee con su teléfono. Es válido durante { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    }, funciona una sola vez y sustituye a cualquier código mostrado antes. Puede configurar la aplicación en un máximo de { $max ->
        [one] { $max } dispositivo
       *[other] { $max } dispositivos
    } ({ $devices } configurados ahora).
setup-push-step-scan = En su teléfono, abra la cámara y escanee este código. Se abrirá la aplicación Latchkey en el explorador; agréguela a la pantalla de inicio si se le solicita.
setup-push-step-allow = Permita las notificaciones cuando la aplicación lo solicite, asigne un nombre a este teléfono y finalice.
setup-push-open-link = ¿Está en este teléfono? Abra la aplicación
setup-push-valid = El código es válido durante { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    } y funciona una sola vez; un código nuevo lo sustituye. Puede configurar la aplicación en un máximo de { $max ->
        [one] { $max } dispositivo
       *[other] { $max } dispositivos
    } ({ $devices } configurados ahora).
setup-done = Listo
setup-push-show-code = Mostrar un código QR
setup-push-new-code = Obtener un código nuevo
setup-push-qr-label = Código QR para configurar la aplicación Latchkey en su teléfono
setup-push-default-device = Mi teléfono

## /setup/questions
setup-questions-intro = Elija { $count } preguntas distintas y respóndalas. Elija respuestas que solo usted conozca y que no vaya a olvidar; se almacenan de forma que nadie, ni siquiera un administrador, pueda leerlas. Las respuestas tienen entre 3 y 40 caracteres; las mayúsculas y los espacios adicionales no importan.
setup-question-n = Pregunta { $n }
setup-choose-question = Elija una pregunta
setup-answer-n = Respuesta { $n }
setup-save-answers = Guardar respuestas
setup-questions-not-allowed = Su organización no usa preguntas de seguridad para su cuenta.
setup-question-missing = Elija la pregunta { $n }.
setup-question-duplicate = La pregunta { $n } ya está elegida más arriba. Elija una pregunta distinta.
setup-answer-problem = Respuesta { $n }: { $problem }

## Built-in security questions, by id (core/src/questions.rs).
setup-question-q01 = ¿Cuál era el nombre de su mejor amigo o amiga de la infancia?
setup-question-q02 = ¿En qué pueblo o ciudad se conocieron sus padres?
setup-question-q03 = ¿Cómo se llamaba la calle en la que vivía cuando tenía diez años?
setup-question-q04 = ¿Cuál era el apellido de su maestro o maestra favorito de la escuela primaria?
setup-question-q05 = ¿Cómo se llamaba su primer peluche?
setup-question-q06 = ¿Cuál fue el primer concierto o espectáculo en directo al que asistió?
setup-question-q07 = ¿Qué apodo usaba solo su familia para llamarle cuando era niño?
setup-question-q08 = ¿Cuál fue el primer plato que aprendió a cocinar por su cuenta?
setup-question-q09 = ¿Cuál es el segundo nombre de su primo o prima mayor?
setup-question-q10 = ¿Cuál era el título del primer libro que leyó por su cuenta?
setup-question-q11 = ¿Cuál era el nombre de su primer jefe?
setup-question-q12 = ¿Cómo se llamaba el primer club o equipo al que se unió de niño?
setup-question-q13 = ¿Cuál era el apellido del médico o dentista que le atendía de niño?
setup-question-q14 = ¿Cómo se llamaba una mascota de sus abuelos?
setup-question-q15 = ¿Cuál era el apellido de la familia vecina cuando usted era pequeño?
setup-question-q16 = ¿Cuál era el nombre de su primer profesor de música o entrenador deportivo?
setup-question-q17 = ¿Cuál fue la primera película que vio en el cine?
setup-question-q18 = ¿Cuál fue el primer juego de ordenador o videojuego al que jugó?
setup-question-q19 = ¿Cómo le llamaron por primera vez sus nietos o sobrinos?
setup-question-q20 = A los siete años, ¿qué profesión quería tener de mayor?
setup-question-q21 = ¿Cuál era el número de la casa en la que creció?
setup-question-q22 = ¿Cómo se llamaba el primer restaurante en el que recuerda haber comido?
setup-question-q23 = ¿En qué pueblo o ciudad vivían sus abuelos?
setup-question-q24 = ¿Cuál fue el primer instrumento musical que intentó tocar?
setup-question-q25 = ¿Qué nombre le puso a la primera bicicleta o coche al que dio nombre?
setup-question-q26 = ¿Adónde fue en su primer viaje en tren o en avión?
setup-question-q27 = ¿Cuál era el nombre del niño o niña que se sentó a su lado el primer día de colegio?
setup-question-q28 = ¿Qué juego de patio le gustaba más de niño?
setup-question-q29 = ¿Cómo se llamaba el primer camping u hotel de vacaciones que recuerda?
setup-question-q30 = ¿Cuál era el nombre de su primer compañero de piso o de habitación?
setup-question-q31 = ¿Cuál era el modelo del primer coche de su familia?
setup-question-q32 = ¿Qué comida se negaba a comer de niño?
setup-question-q33 = ¿Cómo se llamaba la tienda donde compraba golosinas de niño?
setup-question-q34 = ¿Cuál era el nombre de la persona que le enseñó a nadar o a montar en bicicleta?
setup-question-q35 = ¿Cómo se llamaba su primer amigo imaginario o su personaje de dibujos animados favorito?

## Country or region names in the phone number picker (by calling code).
setup-country-1 = Estados Unidos / Canadá
setup-country-44 = Reino Unido
setup-country-353 = Irlanda
setup-country-61 = Australia
setup-country-64 = Nueva Zelanda
setup-country-49 = Alemania
setup-country-33 = Francia
setup-country-34 = España
setup-country-39 = Italia
setup-country-31 = Países Bajos
setup-country-32 = Bélgica
setup-country-41 = Suiza
setup-country-43 = Austria
setup-country-45 = Dinamarca
setup-country-46 = Suecia
setup-country-47 = Noruega
setup-country-358 = Finlandia
setup-country-48 = Polonia
setup-country-351 = Portugal
setup-country-30 = Grecia
setup-country-420 = Chequia
setup-country-36 = Hungría
setup-country-40 = Rumanía
setup-country-380 = Ucrania
setup-country-90 = Turquía
setup-country-972 = Israel
setup-country-971 = Emiratos Árabes Unidos
setup-country-27 = Sudáfrica
setup-country-234 = Nigeria
setup-country-254 = Kenia
setup-country-20 = Egipto
setup-country-91 = India
setup-country-92 = Pakistán
setup-country-880 = Bangladés
setup-country-86 = China
setup-country-852 = Hong Kong
setup-country-81 = Japón
setup-country-82 = Corea del Sur
setup-country-65 = Singapur
setup-country-60 = Malasia
setup-country-62 = Indonesia
setup-country-63 = Filipinas
setup-country-66 = Tailandia
setup-country-84 = Vietnam
setup-country-55 = Brasil
setup-country-52 = México
setup-country-54 = Argentina
setup-country-56 = Chile
setup-country-57 = Colombia
setup-country-51 = Perú
setup-app-qr-label = Código QR para agregar { $issuer } ({ $account }) a una aplicación de autenticación
