# Textos de validación y de reglas del dominio (crates/core) y de la capa de servicios
# (crates/web/src/service): errores de campo, reglas de contraseña y mensajes de la API.

## Nombres de usuario, direcciones de correo electrónico y números de teléfono

errors-username-empty = Escriba un nombre de usuario.
errors-username-too-long = Un nombre de usuario puede tener como máximo 113 caracteres.
errors-username-local-empty = Escriba la parte del nombre de usuario anterior a la @.
errors-username-local-too-long = La parte anterior a la @ puede tener como máximo 64 caracteres.
errors-username-bad-char = Un nombre de usuario no puede contener «{ $char }». Use letras, dígitos y ' . - _ ! # ^ ~.
errors-username-dots = Un nombre de usuario no puede empezar ni terminar con un punto ni tener dos puntos seguidos.
errors-username-domain-length = El dominio posterior a la @ debe tener entre 1 y 48 caracteres.
errors-username-domain-chars = El dominio posterior a la @ solo puede contener letras, dígitos, guiones y puntos, como example.org.
errors-email-invalid = Escriba una dirección de correo electrónico como nombre@example.org.
errors-email-masked = Esta es una dirección oculta (enmascarada). Escriba la dirección completa o deje el campo como estaba.
errors-phone-empty = Escriba un número de teléfono.
errors-phone-too-long = Ese número de teléfono es demasiado largo.
errors-phone-country-code = Empiece el número con + y el código de país, por ejemplo +1 425 555 0100 o +44 20 7946 0958.
errors-phone-unreadable = Eso no parece un número de teléfono. Compruebe el código de país y los dígitos.
errors-phone-invalid-for-country = Ese número no es válido para su país. Compruebe el código de país y los dígitos.
errors-phone-unreadable-local = Eso no parece un número de teléfono. Escriba los dígitos tal como los marcaría, o + y el código de país.
errors-phone-kind = Este tipo de número (de tarificación adicional, de coste compartido o por satélite) no puede recibir códigos. Use un número de móvil o de oficina personal.
errors-phone-country-blocked = No se pueden enviar códigos a números de este país. Consulte a su administrador.
errors-role-invalid = Elija user, helpdesk_verifier, password_admin o global_admin.

## Campos de perfil y de grupo

errors-first-name-too-long = El nombre puede tener como máximo { $max } caracteres.
errors-first-name-control = El nombre no puede contener caracteres de control.
errors-last-name-too-long = Los apellidos pueden tener como máximo { $max } caracteres.
errors-last-name-control = Los apellidos no pueden contener caracteres de control.
errors-display-name-too-long = El nombre para mostrar puede tener como máximo { $max } caracteres.
errors-display-name-control = El nombre para mostrar no puede contener caracteres de control.
errors-description-too-long = La descripción puede tener como máximo { $max } caracteres.
errors-description-control = La descripción no puede contener caracteres de control.
errors-display-name-empty = Escriba un nombre para mostrar, o un nombre o apellidos a partir de los que crearlo.
errors-group-name-empty = Escriba un nombre de grupo.
errors-group-name-invalid = Un nombre de grupo tiene entre 1 y 64 caracteres, sin caracteres de control.

## Directiva de restablecimiento de contraseña de autoservicio

errors-policy-group-required = Elija el grupo cuyos miembros pueden restablecer su contraseña.
errors-policy-methods-required-range = El número de métodos necesarios para el restablecimiento debe ser 1 o 2.
errors-policy-methods-too-many = Se pueden indicar como máximo { $max } métodos, cada uno una sola vez: { $methods }.
errors-policy-method-twice = { $method } aparece más de una vez. Indique cada método una sola vez.
errors-policy-methods-empty = Elija al menos un método con el que los usuarios puedan restablecer la contraseña.
errors-policy-methods-fewer = { $n ->
    [one] Elija al menos { $n } método, porque se necesita { $n } para el restablecimiento.
   *[other] Elija al menos { $n } métodos, porque se necesitan { $n } para el restablecimiento.
}
errors-policy-questions-only = Las preguntas de seguridad no pueden ser el único método: las respuestas se pueden averiguar o adivinar, por lo que un restablecimiento siempre necesita también otro método.
errors-policy-questions-register-range = El número de preguntas necesarias para el registro debe estar entre 3 y 5.
errors-policy-questions-reset-range = El número de preguntas necesarias para el restablecimiento debe estar entre 3 y 5.
errors-policy-questions-reset-exceeds = No se pueden hacer más preguntas a los usuarios al restablecer de las que registraron: el número necesario para el restablecimiento no debe superar el número necesario para el registro.
errors-policy-custom-questions-too-many = Como máximo 20 preguntas personalizadas.
errors-policy-custom-question-length = Cada pregunta personalizada debe tener entre 3 y 200 caracteres, en una sola línea.
errors-policy-reconfirm-days = El número de días debe estar entre 0 (nunca) y 730.
errors-policy-helpdesk = Escriba una dirección web que empiece por https:// o una dirección de correo electrónico.
errors-policy-countries-empty = Indique al menos un país al que se puedan enviar códigos por SMS o llamada, como US o GB.
errors-policy-country-invalid = «{ $code }» no es un código de país. Use códigos ISO 3166 de dos letras en mayúsculas, como US, GB o DE.
errors-policy-country-twice = { $country } aparece más de una vez. Indique cada país una sola vez.
errors-policy-group-missing = No hay ningún grupo con el identificador { $id }. Elija un grupo existente.

## Directiva de protección de contraseñas

errors-protect-min-length = La longitud mínima debe estar entre 8 y 256 caracteres.
errors-protect-history = Recuerde como máximo 24 contraseñas anteriores.
errors-protect-min-score = La seguridad mínima es una puntuación de 0 a 4.
errors-protect-terms-too-many = Como máximo { $max } términos prohibidos; esta lista tiene { $count }.
errors-protect-term-length = «{ $term }»: cada término prohibido debe tener entre 4 y 16 caracteres.

## Pase de acceso temporal

errors-access-pass-lifetime = Un pase de acceso temporal es válido de { $min } minutos a 8 horas: elija entre { $min } y { $max } minutos.
errors-access-pass-blocked = El inicio de sesión de esta cuenta está bloqueado: permita primero el inicio de sesión y, a continuación, emita el pase.
errors-access-pass-changed = El rol o el inicio de sesión de esta cuenta cambió mientras se emitía el pase. Vuelva a consultar la cuenta y, a continuación, emita el pase.

## Por qué se rechazó una nueva contraseña

errors-password-too-short = { $min ->
    [one] La contraseña debe tener al menos { $min } carácter.
   *[other] La contraseña debe tener al menos { $min } caracteres.
}
errors-password-too-long = { $max ->
    [one] La contraseña puede tener como máximo { $max } carácter.
   *[other] La contraseña puede tener como máximo { $max } caracteres.
}
errors-password-too-common = Esta contraseña es demasiado común. Elija una que sea más difícil de adivinar.
errors-password-same-as-current = La nueva contraseña debe ser distinta de la contraseña actual.
errors-password-contains-username = La contraseña no puede contener su nombre de usuario.
errors-password-mismatch = Las contraseñas que escribió no coinciden.
errors-password-contains-name = La contraseña no puede contener su nombre ni el de la organización. Elija algo que no tenga que ver con usted.
errors-password-custom-banned = La contraseña contiene una palabra que su organización no permite. Elija una contraseña distinta.
errors-password-breached = Esta contraseña apareció en una filtración de datos, por lo que los atacantes la prueban primero. Elija otra.
errors-password-reused = Usó esta contraseña recientemente. Elija una que no haya usado antes.
errors-password-too-weak = Esta contraseña es demasiado fácil de adivinar. Agregue una o dos palabras más.
errors-password-needs-classes = Use al menos tres de estos elementos: letras minúsculas, letras mayúsculas, dígitos y símbolos.
errors-password-name-or-username = La nueva contraseña no puede contener su nombre ni su nombre de usuario. Elija algo que no tenga que ver con usted.
errors-password-organization-with-year = La nueva contraseña no puede ser el nombre de la organización con un año u otros dígitos.
errors-password-keyboard-walk = La nueva contraseña no puede ser una fila de teclas como qwerty. Elija en su lugar unas cuantas palabras.

## Medidor de seguridad de la contraseña

errors-strength-suggest-words = Use unas cuantas palabras y evite las frases comunes.
errors-strength-warn-names = Los nombres son fáciles de adivinar.
errors-strength-warn-common = Se parece a una contraseña de uso común.
errors-strength-warn-keyboard = Las filas de teclas son fáciles de adivinar.
errors-strength-warn-repeats = Las repeticiones como «aaa» son fáciles de adivinar.
errors-strength-warn-sequences = Las secuencias como «abc» o «654» son fáciles de adivinar.
errors-strength-suggest-another-word = Agregue una o dos palabras más. Las palabras poco comunes son mejores.
errors-strength-suggest-longer = Cuanto más larga, más segura: unas cuantas palabras sin relación forman una contraseña segura.

## Preguntas de seguridad

errors-answer-too-short = La respuesta es demasiado corta. Use al menos 3 caracteres.
errors-answer-too-long = La respuesta es demasiado larga. Use como máximo 40 caracteres.
errors-answer-duplicate = Cada respuesta debe ser distinta de las demás respuestas.
errors-answer-contains-question = La respuesta no debe repetir la pregunta.
errors-answer-contains-username = La respuesta no debe contener su nombre de usuario.
errors-answer-contains-password = La respuesta no debe contener su contraseña.
errors-question-control = La pregunta no debe contener saltos de línea ni caracteres de control.
errors-question-too-short = La pregunta es demasiado corta. Use al menos { $min } caracteres.
errors-question-too-long = La pregunta es demasiado larga. Use como máximo { $max } caracteres.

## Miembros de grupos

errors-member-not-found = No hay ningún usuario ni grupo llamado «{ $name }».
errors-member-deleted = Se acaba de eliminar un miembro. Compruebe los miembros e inténtelo de nuevo.
errors-member-ambiguous = Hay varias personas llamadas «{ $name }»: { $candidates }. Escriba el nombre de usuario de la persona que busca.

## Importación de usuarios

errors-import-password-hash = Indique un hash Argon2id en formato PHC ($argon2id$v=19$m=…,t=…,p=…$salt$hash) con parámetros de la lista de OWASP (al menos m=19456,t=2 o equivalente) hasta m=65536,t=10,p=16, o déjelo vacío para no establecer contraseña.
errors-import-group-managed = El grupo «{ $name }» se administra desde el directorio local: agregue los miembros allí, no en Latchkey.
errors-import-group-missing = No hay ningún grupo llamado «{ $name }».
errors-import-username-twice = El nombre de usuario «{ $name }» también aparece en la línea { $line }.
errors-import-user-exists = Ya existe un usuario «{ $name }».
errors-import-unknown-column = Columna desconocida «{ $column }» en la fila de encabezado. Las columnas son: { $columns }.
errors-import-column-twice = La columna «{ $column }» aparece dos veces en la fila de encabezado.
errors-import-no-username-column = La fila de encabezado necesita una columna username (la primera línea nombra las columnas: username,first_name,…).
errors-import-header-not-utf8 = La fila de encabezado no es texto UTF-8. Guarde el archivo como UTF-8.
errors-import-row-not-utf8 = Esta fila no es texto UTF-8. Guarde el archivo como UTF-8.
errors-import-row-values = { $count ->
    [one] Esta fila tiene { $count } valor; la fila de encabezado nombra { $columns } columnas.
   *[other] Esta fila tiene { $count } valores; la fila de encabezado nombra { $columns } columnas.
}
errors-import-empty = El archivo está vacío: la primera línea debe nombrar las columnas (username,first_name,…).
errors-import-line-not-utf8 = Esta línea no es texto UTF-8. Guarde el archivo como UTF-8.
errors-import-line-not-json = Esta línea no es un objeto JSON con las claves de la importación: { $error }.
errors-import-line = Línea { $line }: { $problems }

## Lo que dicen las páginas del portal cuando se rechaza un cambio

errors-page-username-taken = Ese nombre de usuario ya está en uso. Elija otro.
errors-page-group-name-taken = Ya existe un grupo con ese nombre. Elija otro nombre.
errors-page-global-only = Solo los administradores globales pueden hacer esto. Pida ayuda a un administrador global.
errors-page-manage-admins = Los administradores de contraseñas pueden administrar usuarios que no sean administradores. Consulte a un administrador global.
errors-page-self-change = No puede cambiar su propio rol, bloquearse ni eliminarse a sí mismo.
errors-page-self-security-info = Cambie sus propias direcciones de correo electrónico, números de teléfono e información de seguridad en Mi cuenta (Proteger su cuenta), donde se confirma su contraseña. No se cambió nada.
errors-page-self-reset = Cambie su propia contraseña en Mi cuenta, donde se le pide la contraseña actual.
errors-page-nesting = No se puede agregar «{ $member }»: { $why }.
errors-page-method-limit = Ya tiene tantos de estos como puede tener una cuenta. Quite uno en Proteger su cuenta y, a continuación, agregue el nuevo.
errors-page-changed-meanwhile = Otra persona cambió esta configuración al mismo tiempo, por lo que su cambio no se guardó. Compruebe la configuración siguiente y vuelva a guardar.
errors-last-global-admin = Este es el único administrador global habilitado. Convierta primero a otra persona en administrador global.
errors-no-such-member = No existe ese usuario o grupo.
errors-refused = Rechazado: { $why }.
errors-sspr-group = El restablecimiento de contraseña de autoservicio está activado para este grupo. Elija primero otro grupo o desactívelo en la página Propiedades.

## Lo que dice la API JSON cuando se rechaza un cambio

errors-api-not-found = Ese recurso no existe.
errors-api-not-member = Ese miembro no es un miembro directo de este grupo.
errors-api-username-taken = Ese nombre de usuario ya está en uso.
errors-api-group-name-taken = Ya existe un grupo con ese nombre.
errors-api-global-only = Solo los administradores globales pueden hacer esto; el propietario de este token es un administrador de contraseñas.
errors-api-manage-admins = Los administradores de contraseñas pueden administrar usuarios que no sean administradores.
errors-api-self-change = Un token no puede cambiar el rol de su propietario, ni bloquear ni eliminar a su propietario.
errors-api-self-security-info = Un token no puede cambiar los datos de contacto ni la información de seguridad de su propietario; el propietario los cambia en Mi cuenta, donde se confirma la contraseña. No se cambió nada.
errors-api-self-reset = Un token no puede restablecer la contraseña de su propietario; el propietario la cambia en Mi cuenta.
errors-api-nesting = No se puede agregar { $member }: { $why }.
errors-api-changed-meanwhile = Otra persona cambió esta configuración al mismo tiempo, por lo que este cambio no se guardó. Vuelva a leerla e inténtelo de nuevo.
errors-token-owner-self = Solo puede crear tokens para usted. Para crear uno para otro administrador, use la línea de comandos (latchkey token create) o pídaselo.

# Leftovers: on-premises write-back, branding, managed accounts, nesting, refusals.
errors-writeback-too-short = El directorio de su organización requiere una contraseña más larga. Elija una más larga.
errors-writeback-in-history = Ha usado esta contraseña recientemente. Elija una que no haya usado antes.
errors-writeback-not-complex = El directorio de su organización requiere una contraseña más compleja: use al menos tres de estos tipos de caracteres: mayúsculas, minúsculas, dígitos y símbolos, y no incluya su nombre ni su nombre de usuario.
errors-writeback-too-recent = Su contraseña se cambió hace muy poco para volver a cambiarla. Inténtelo de nuevo mañana o consulte a su equipo de TI.
errors-writeback-other = El directorio de su organización no aceptó esta contraseña. Elija otra.
errors-writeback-wrong-current = Su contraseña actual no es correcta. Compruébela e inténtelo de nuevo.
errors-writeback-locked = Su cuenta está bloqueada en el directorio de su organización. Desbloquéela primero o consulte a su equipo de TI.
errors-writeback-protected = Esta cuenta está protegida en el directorio de su organización, por lo que su contraseña no se puede cambiar aquí. Consulte a su equipo de TI.
errors-writeback-unavailable = El directorio de su organización no pudo aplicar el cambio en este momento, por lo que su contraseña no ha cambiado en ningún sitio. Inténtelo de nuevo en unos minutos; si sigue ocurriendo, informe a su equipo de TI.
errors-writeback-off = El restablecimiento de contraseña no está activado para las cuentas del directorio local de su organización. Consulte a su equipo de TI.
errors-branding-name-length = El nombre de la organización debe tener entre 1 y 64 caracteres.
errors-branding-logo-too-large = El logotipo puede tener como máximo 200 KB. Use una imagen más pequeña.
errors-branding-logo-type = El logotipo debe ser una imagen PNG, JPEG o SVG.
errors-branding-logo-base64 = El logotipo debe ser una imagen PNG, JPEG o SVG en base64.
errors-managed-user = Esta cuenta procede de su directorio local: sus nombres y datos de contacto se administran allí, y los cambios que se hagan allí llegan con la siguiente sincronización. Su rol y su contraseña se pueden cambiar aquí, y su inicio de sesión se puede bloquear aquí.
errors-managed-group = Este grupo procede de su directorio local: su nombre y sus miembros se administran allí, y los cambios que se hagan allí llegan con la siguiente sincronización. Anídelo en un grupo creado en Latchkey para agregar otros miembros.
errors-nesting-self = un grupo no puede ser miembro de sí mismo
errors-nesting-cycle = eso pondría el grupo dentro de sí mismo: ya contiene este grupo
errors-refused-not-configured = no hay ningún directorio local configurado: establezca [ldap] urls, bind_dn, bind_password y user_base
errors-refused-sync-running = otra instancia de Latchkey está sincronizando el directorio en este momento; inténtelo de nuevo en unos minutos
errors-refused-sync-started = otra instancia de Latchkey empezó a sincronizar el directorio en el mismo momento
errors-refused-sync-overtaken = otra sincronización escribió sus cambios primero; esta no escribió nada
errors-refused-role-changed = el rol del usuario cambió mientras se restablecía su contraseña; vuelva a cargar la página e inténtelo de nuevo
