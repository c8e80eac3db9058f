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
