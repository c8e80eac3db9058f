layout-skip = Ir al contenido principal
layout-nav-main = Menú principal
layout-my-account = Mi cuenta
layout-admin-portal = Portal de administración
layout-sign-out = Cerrar sesión
layout-footer = { $org } · restablecimiento de contraseña de autoservicio con Latchkey
lang-picker-label = Idioma
lang-picker-submit = Cambiar idioma

## Shared form pieces (templates/macros.html) and texts of static/latchkey.js.

common-error-prefix = Error:
common-error-summary = Hay un problema
common-strength = Seguridad: { $label }.
common-not-accepted = No se acepta.
common-copied = Copiado
common-copy-selected = Seleccionado: presione Ctrl+C
common-pow-checking = Comprobando su explorador. Esto tarda un momento.

## Durations.

common-duration-hours = { $n ->
    [one] { $n } hora
   *[other] { $n } horas
}
common-duration-minutes = { $n ->
    [one] { $n } minuto
   *[other] { $n } minutos
}
common-duration-hours-minutes = { $hours } y { $minutes }
common-duration-seconds = { $n ->
    [one] { $n } segundo
   *[other] { $n } segundos
}

## Error pages.

page-error-home = Ir a la página de inicio de sesión
page-error-render-failed = Se produjo un error.
page-error-not-found-title = No encontramos esa página
page-error-not-found-text = La página que solicitó no existe o se quitó. Compruebe la dirección, o vuelva atrás e inténtelo de nuevo.
page-error-bad-request-title = Algo en la solicitud no era correcto
page-error-forbidden-title = No tiene acceso a esto
page-error-method-title = Esta dirección no funciona de esa manera
page-error-method-text = Esta página no se puede usar así. Vuelva atrás y use los vínculos y botones de la página.
page-error-csrf-title = Su formulario ha expirado
page-error-csrf-text = Por su seguridad, los formularios solo se pueden enviar desde la página a la que pertenecen y expiran. Vuelva atrás, recargue la página e inténtelo de nuevo.
page-error-too-large-title = Demasiado texto
page-error-too-large-text = El formulario que envió supera el tamaño que aceptamos. Acorte lo que escribió e inténtelo de nuevo.
page-error-busy-title = Estamos ocupados en este momento
page-error-busy-text = Hay demasiadas personas iniciando sesión o cambiando contraseñas en este momento. Espere unos segundos e inténtelo de nuevo.
page-error-signin-unavailable-title = No podemos comprobar contraseñas en este momento
page-error-signin-unavailable-text = El directorio de su organización no responde, por lo que no se puede comprobar su contraseña. Inténtelo de nuevo en unos minutos; si sigue ocurriendo, avise a su departamento de TI.
page-error-directory-title = No se cambió la contraseña
page-error-storage-title = No podemos guardar nada en este momento
page-error-storage-text = Nuestra base de datos no responde en este momento, por lo que no se guardó nada de lo que envió. Espere un minuto e inténtelo de nuevo; si sigue ocurriendo, avise a su departamento de TI.
page-error-rate-limited-title = Demasiadas solicitudes
page-error-rate-limited-text = Acabamos de recibir demasiadas solicitudes como esta desde su red, o de todos los usuarios. Espere { $wait } y vuelva a intentarlo desde la página en la que estaba (botón Atrás del explorador). No se usó nada de lo que escribió.
page-error-wait-minutes = { $n ->
    [one] un minuto
   *[other] { $n } minutos
}
page-error-wait-about-hour = aproximadamente una hora
page-error-wait-about-hours = aproximadamente { $n } horas
page-error-step-up-title = Confirme que es usted
page-error-step-up-text = Por su seguridad, vuelva a escribir su contraseña antes de cambiar su información de seguridad.
page-error-internal-title = Se produjo un error
page-error-internal-text = No pudimos completar su solicitud. Inténtelo de nuevo en un momento; si sigue ocurriendo, proporcione a su administrador la referencia que aparece a continuación.
page-error-admin-only = El portal de administración es para administradores. Si necesita acceso, pídaselo a su administrador.
page-error-form-wrong-method = Esta dirección solo acepta formularios enviados desde su página.
page-error-form-timeout = El formulario tardó más de { $time } en llegar, por lo que no se usó. Compruebe su conexión, vuelva atrás y envíelo de nuevo.
page-error-form-unreadable = No pudimos leer el formulario que envió. Recargue la página e inténtelo de nuevo.
page-error-form-fields = Faltaban algunos campos del formulario o no se entendieron ({ $detail }). Recargue la página e inténtelo de nuevo.
page-error-field-character = Lo que escribió en el campo «{ $field }» contiene un carácter no permitido (como un carácter de control invisible). Vuelva atrás y escríbalo de nuevo.
page-error-field-too-long = Lo que escribió en el campo «{ $field }» es demasiado largo: se aceptan como máximo { $max } caracteres. Vuelva atrás y acórtelo.
page-error-field-search = búsqueda
page-error-wrong-host = Este servidor solo responde en su propia dirección. Compruebe la dirección que escribió.
page-error-bad-address = Esa dirección no es válida. Compruebe el vínculo, o vuelva atrás y use los vínculos de la página.

## The JSON API's error messages.

api-error-field-invalid = Un campo no es válido.
api-error-step-up = Para cambiar la información de seguridad, la contraseña debe haberse confirmado en los últimos 10 minutos; no se cambió nada.
api-error-rate-limited = Demasiadas solicitudes desde esta dirección o en total; inténtelo de nuevo en { $secs ->
    [one] { $secs } segundo
   *[other] { $secs } segundos
}.
api-error-storage = No se puede acceder a la base de datos o no puede guardar en este momento; no se cambió nada. Inténtelo de nuevo tras los segundos que indica Retry-After.
api-error-internal = Se produjo un error. Proporcione a su administrador el x-request-id de esta respuesta.
api-error-not-found = Este recurso no existe.
api-error-conflict = «{ $what }» ya existe.
api-error-refused = Rechazado: { $why }.
api-error-busy = Se están comprobando demasiadas contraseñas en este momento. Inténtelo de nuevo en unos segundos.
api-error-csrf = Rechazado.
api-error-too-large = El cuerpo supera los 64 KiB.
api-error-method = Este punto de conexión no acepta ese método.
api-error-directory = No se cambió nada: { $why }.
api-error-bad-character = Este texto contiene un carácter no permitido (NUL, un suplente sin pareja o bytes que no son UTF-8).
api-error-too-long = Este texto es demasiado largo: como máximo { $max } caracteres.
api-error-bad-path = Esa dirección no es válida: una parte no es texto UTF-8 o contiene un NUL.

journey-ends = Esta página permanece abierta hasta las { $time }. Después, tendrá que empezar de nuevo.
journey-ends-extend = Esta página permanece abierta hasta las { $time }. ¿Necesita más tiempo? Puede ampliarlo una vez.
journey-extend = Darme más tiempo

## Otros mensajes de la API JSON (el `message` junto al `code` estable; los nombres de
## campos, los códigos y las palabras JSON como generate: true no cambian).

api-json-empty = Envíe un objeto JSON en el cuerpo.
api-json-not-object = El cuerpo debe ser un objeto JSON.
api-json-invalid-for-request = El cuerpo no es un JSON válido para esta solicitud: { $detail }
api-json-invalid = El cuerpo no es un JSON válido: { $detail }
api-json-trailing = El cuerpo contiene más datos después del valor JSON: { $detail }
api-json-timeout = El cuerpo tardó más de { $duration } en llegar; envíelo de nuevo.
api-json-unreadable = No se pudo leer el cuerpo.
api-query-unreadable = No se pudo leer la cadena de consulta.
api-query-unknown = Parámetro de consulta desconocido. Este punto de conexión acepta: { $names }.
api-query-once = Indique este parámetro solo una vez.
api-query-max-chars = { $max ->
    [one] Como máximo { $max } carácter.
   *[other] Como máximo { $max } caracteres.
}
api-query-whole-number = Indique un número entero entre { $min } y { $max }.
api-query-time = Indique una hora en formato RFC 3339, por ejemplo 2026-11-22T09:30:00Z.
api-audit-result = Indique success o failure.
api-auth-missing = Envíe un token de API: Authorization: Bearer lk_…
api-auth-malformed = El encabezado Authorization debe tener la forma: Bearer lk_… (un token de API).
api-auth-invalid = Este token de API no es válido o se revocó.
api-auth-owner-disabled = El propietario de este token de API no puede iniciar sesión, por lo que el token no se puede usar.
api-auth-owner-not-admin = El propietario de este token de API ya no es administrador.
api-auth-read-only = Este token de API solo permite leer. Use un token con el ámbito write.
api-branding-too-large = El cuerpo supera los 400 KiB; el logotipo puede ocupar como máximo 200 KiB.
api-branding-logo = El logotipo debe ser una imagen PNG, JPEG o SVG en base64, o null.
api-groups-not-found = No hay ningún grupo con ese id.
api-groups-member-path = Use { $users } o { $groups }.
api-groups-not-member = { $kind ->
    [user] Ese usuario no es miembro directo de este grupo.
   *[group] Ese grupo no es miembro directo de este grupo.
}
api-methods-no-answers = Este usuario no tiene respuestas de seguridad registradas.
api-methods-no-method = Este usuario no tiene ningún método con ese id.
api-ready-storage = La base de datos no responde o no puede escribir.
api-metrics-token = Las métricas requieren el token configurado en server.metrics_token.
api-no-endpoint = No existe ese punto de conexión de la API.
api-method-not-allowed = Este punto de conexión no acepta ese método; consulte /api/v1/openapi.json.
api-reports-no-group = No existe ese grupo.
api-tokens-scope = El ámbito debe ser read o write.
api-tokens-no-owner = No hay ningún usuario con ese nombre de usuario.
api-tokens-self-revoke = Un token no puede revocarse a sí mismo. Revóquelo con otro token, en el portal (Portal de administración → Tokens de API) o con `latchkey token revoke`.
api-users-not-found = No hay ningún usuario con ese id.
api-users-empty-password = Indique una contraseña, u omita el campo para que se genere una.
api-users-password-and-generate = Indique una contraseña o generate: true, pero no ambos.
api-users-password-or-generate = Indique una contraseña, o generate: true para que se genere una.

## Solicitudes de la aplicación Latchkey (/app/api/…).

api-app-no-request = No existe esa solicitud para este dispositivo.
api-app-failed = Se produjo un error. Vuelva a intentarlo en un momento.
api-app-only-app = Esta dirección solo acepta solicitudes de la aplicación Latchkey.
api-app-body-unreadable = No se pudo leer el cuerpo de la solicitud.
api-app-not-json = La solicitud no es el JSON que espera esta dirección.
api-app-invalid = El valor "{ $what }" no es válido.
api-app-invalid-token = Este código de configuración es desconocido, ya se usó o ha expirado. Vuelva a abrir "Configurar la aplicación Latchkey" para obtener uno nuevo.
api-app-limit-reached = La aplicación Latchkey ya está configurada en 5 dispositivos para esta cuenta. Quite uno primero.
api-app-duplicate-name = Otro de sus dispositivos ya tiene este nombre. Elija otro.
api-app-not-allowed = Su organización no ofrece la aplicación Latchkey para su cuenta.
api-app-endpoint-not-allowed = Su organización no permite el servicio de notificaciones push de este explorador.
api-app-answer-word = La respuesta debe ser approve, deny o report.
api-app-number-needed = Para aprobar se necesita el número de dos dígitos que se muestra en la página de restablecimiento; para denegar o notificar no se necesita ninguno.
api-app-bad-signature = La firma de la respuesta no coincide con la clave de este dispositivo.
api-app-already-answered = Esta solicitud ya se respondió.
api-app-expired = Esta solicitud ha expirado. Si todavía lo necesita, vuelva a empezar en la página de restablecimiento.

## El explorador que hizo la solicitud, tal como lo muestra la solicitud de aprobación de
## la aplicación Latchkey.

push-device-unknown = Explorador desconocido
push-device-browser-on = Un explorador en { $system }
push-device-on = { $browser } en { $system }
push-action-reset = Restablecer su contraseña
