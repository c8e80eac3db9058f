## Portal de administración: usuarios y grupos, la visualización única de una contraseña
## generada o de un pase de acceso temporal, y los nombres de los roles.

## Nombres de los roles (también en Mi cuenta).
admin-role-user = Usuario
admin-role-helpdesk-verifier = Verificador del servicio de asistencia
admin-role-password-admin = Administrador de contraseñas
admin-role-global-admin = Administrador global

## Lista de usuarios (/admin/users).
admin-users-title = Usuarios
admin-users-new = Nuevo usuario
admin-users-search-label = Buscar usuarios
admin-users-search-placeholder = Nombre o nombre de usuario
admin-users-search-submit = Buscar
admin-users-count = { $n ->
    [one] { $n } usuario.
   *[other] { $n } usuarios.
}
admin-users-count-matching = { $n ->
    [one] { $n } usuario coincide con «{ $q }».
   *[other] { $n } usuarios coinciden con «{ $q }».
}
admin-users-caption = Usuarios, página { $page } de { $pages }
admin-users-col-display-name = Nombre para mostrar
admin-users-col-username = Nombre de usuario
admin-users-col-role = Rol
admin-users-col-status = Estado
admin-users-enabled = Habilitado
admin-users-disabled = Deshabilitado
admin-users-pages = Páginas
admin-users-previous = Página anterior
admin-users-next = Página siguiente
admin-users-page-of = Página { $page } de { $pages }

## Nuevo usuario (/admin/users/new).
admin-users-new-title = Nuevo usuario
admin-users-new-basics = Datos básicos
admin-users-new-display-name-hint = Déjelo vacío para usar el nombre y los apellidos.
admin-users-new-username-hint = Letras, dígitos y ' . - _ ! # ^ ~, seguidos opcionalmente de @ y un dominio, por ejemplo mias o mia.steele@example.org.
admin-users-new-password-heading = Contraseña
admin-users-new-password-hint = Solo se usa cuando «Crear una contraseña automáticamente» está desactivado.
admin-users-new-mobile-hint = Con el código de país, por ejemplo +1 425 555 0100.
admin-users-new-office-hint = Con el código de país.
admin-users-new-role-heading = Rol
admin-users-new-create = Crear
admin-users-new-cancel = Cancelar
admin-users-created-title = Usuario creado
admin-users-created-intro = { $name } ya puede iniciar sesión con el nombre de usuario y la contraseña siguientes.

## Un usuario (/admin/users/{id}).
admin-user-managed-strong = Esta cuenta procede de su directorio local
admin-user-managed-dn = DN
admin-user-managed-text = Sus nombres y datos de contacto se administran allí, al igual que si está habilitada; los cambios realizados allí llegan con la siguiente sincronización. El inicio de sesión bloqueado aquí sigue bloqueado.
admin-user-managed-password = Una contraseña que restablezca aquí también se escribe en el directorio.
admin-user-properties = Propiedades
admin-user-username = Nombre de usuario
admin-user-role = Rol
admin-user-account = Cuenta
admin-user-must-change = Debe cambiar la contraseña
admin-user-yes = Sí
admin-user-no = No
admin-user-groups = Grupos
admin-user-none = Ninguno
admin-user-reset-password = Restablecer contraseña
admin-user-reset-self-before-link = Para cambiar su propia contraseña, use
admin-user-reset-self-after-link = , donde se le pide la contraseña actual.
admin-user-auto-password = Crear una contraseña automáticamente
admin-user-password = Contraseña
admin-user-password-hint = Solo se usa cuando «Crear una contraseña automáticamente» está desactivado. Al menos { $min } caracteres.
admin-user-must-change-label = Exigir a este usuario que cambie la contraseña la primera vez que inicie sesión
admin-user-enter-password = Escriba una contraseña o active «Crear una contraseña automáticamente».
admin-user-created-typed = Usuario creado con la contraseña que escribió.
admin-user-saved = Guardado.
admin-user-pass-revoked = Se revocó el pase de acceso temporal y se cerraron las sesiones que había abierto.
admin-user-reset-typed = La contraseña se restableció con la que escribió y se cerraron las sesiones del usuario.
admin-user-reset-title = Contraseña restablecida
admin-user-reset-intro = Se restableció la contraseña de { $name } y se cerraron sus sesiones.
admin-user-confirm-delete-error = Active la casilla para confirmar que quiere eliminar este usuario.

## Un usuario: pase de acceso temporal.
admin-user-pass-heading = Pase de acceso temporal
admin-user-pass-hint = Un pase de duración limitada que permite a { $name } iniciar sesión para registrar información de seguridad cuando ha perdido todos sus métodos o es nuevo. Solo abre la página de información de seguridad, pero lo que registre allí le permite restablecer la contraseña: compruebe su identidad con el mismo cuidado que para un restablecimiento de contraseña.
admin-user-pass-valid-until = Un pase emitido por { $issued_by } es válido hasta el
admin-user-pass-one-time = , para un inicio de sesión
admin-user-pass-used = (usado)
admin-user-pass-session = Una sesión abierta con un pase permanece abierta hasta el { $until }.
admin-user-pass-revoke = Revocar pase
admin-user-pass-lifetime = Válido durante
admin-user-pass-one-time-label = Un solo uso (el pase sirve para un inicio de sesión)
admin-user-pass-issue-new = Emitir un pase nuevo (el actual deja de funcionar)
admin-user-pass-issue = Emitir pase de acceso temporal
admin-user-pass-already-shown = Ese pase ya se emitió y se mostró una vez. Para darle otro, emita un pase nuevo a continuación (el anterior deja de funcionar).
admin-user-pass-none-to-revoke = No había ningún pase de acceso temporal válido que revocar.

## Un usuario: información de contacto.
admin-user-contact = Información de contacto
admin-user-contact-external-hint = Procede del directorio local; cámbiela allí.
admin-user-first-name = Nombre
admin-user-last-name = Apellidos
admin-user-display-name = Nombre para mostrar
admin-user-email = Correo electrónico
admin-user-alternate-email = Correo electrónico alternativo
admin-user-mobile-phone = Teléfono móvil
admin-user-office-phone = Teléfono de la oficina
admin-user-mobile-hint = Con el código de país, por ejemplo +1 425 555 0100. Déjelo vacío para borrarlo.
admin-user-office-hint = Con el código de país. Déjelo vacío para borrarlo.
admin-user-save-contact = Guardar información de contacto

## Un usuario: acceso (rol, inicio de sesión, eliminación).
admin-user-access = Acceso
admin-user-save-role = Guardar rol
admin-user-block = Bloquear inicio de sesión
admin-user-allow = Permitir inicio de sesión
admin-user-external-block-hint = El bloqueo del inicio de sesión aquí se mantiene tras las sincronizaciones. La cuenta se elimina en el directorio local.
admin-user-confirm-delete = Sí, eliminar { $username } y sus pertenencias a grupos
admin-user-delete = Eliminar usuario

## Lista de grupos (/admin/groups).
admin-groups-title = Grupos
admin-groups-new = Nuevo grupo
admin-groups-none = Todavía no hay grupos.
admin-groups-none-create = Cree un grupo de seguridad para elegir quién puede usar el restablecimiento de contraseña de autoservicio.
admin-groups-caption = Grupos de seguridad
admin-groups-col-name = Nombre
admin-groups-col-description = Descripción
admin-groups-col-type = Tipo
admin-groups-type-security = Seguridad
admin-groups-type-external = Seguridad, del directorio local

## Nuevo grupo (/admin/groups/new).
admin-groups-new-title = Nuevo grupo
admin-groups-new-type = Tipo de grupo
admin-groups-new-name = Nombre del grupo
admin-groups-new-description = Descripción del grupo
admin-groups-new-members = Miembros
admin-groups-new-members-hint = Opcional. Nombres de usuario, nombres para mostrar de personas (Mia Steele) o nombres de grupos, separados por comas.
admin-groups-new-create = Crear
admin-groups-new-cancel = Cancelar

## Un grupo (/admin/groups/{id}).
admin-group-managed-strong = Este grupo procede de su directorio local
admin-group-managed-text = Su nombre y sus miembros se administran allí; los cambios realizados allí llegan con la siguiente sincronización. Aun así, puede ser el grupo para el que está activado el restablecimiento de contraseña de autoservicio.
admin-group-members = Miembros
admin-group-no-members = Este grupo todavía no tiene miembros.
admin-group-caption = Miembros directos de { $group }
admin-group-col-name = Nombre
admin-group-col-kind = Clase
admin-group-col-actions = Acciones
admin-group-kind-user = Usuario
admin-group-kind-group = Grupo (anidado)
admin-group-remove = Quitar { $name }
admin-group-add-label = Agregar miembro
admin-group-add-hint = Un nombre de usuario o el nombre para mostrar de una persona, o el nombre de un grupo que se anidará en este.
admin-group-add-submit = Agregar miembro
admin-group-delete-heading = Eliminar grupo
admin-group-confirm-delete = Sí, eliminar { $group } (sus miembros no se eliminan)
admin-group-delete = Eliminar grupo
admin-group-enter-member = Escriba un nombre de usuario, el nombre para mostrar de una persona o un nombre de grupo.
admin-group-added = Se agregó { $name }.
admin-group-already-member = { $member } ya es miembro de { $group }; no se cambió nada.
admin-group-no-such-member = No hay ningún usuario ni grupo llamado «{ $name }».
admin-group-unknown-member = Ese miembro no se conoce.
admin-group-member-removed = Miembro quitado.
admin-group-already-removed = Ese miembro ya se había quitado.
admin-group-confirm-delete-error = Active la casilla para confirmar que quiere eliminar este grupo.

## Un pase de acceso temporal recién emitido, que se muestra una sola vez.
admin-pass-shown-title = Pase de acceso temporal emitido
admin-pass-shown-intro-before = { $name } ya puede iniciar sesión con este pase para registrar su información de seguridad. Solo abre la página
admin-pass-shown-intro-em = información de seguridad
admin-pass-shown-intro-after = y nunca el resto de la cuenta, y nunca se acepta como paso de un restablecimiento de contraseña.
admin-pass-shown-display-name = Nombre para mostrar
admin-pass-shown-username = Nombre de usuario
admin-pass-shown-pass = Pase de acceso temporal
admin-pass-shown-copy = Copiar pase
admin-pass-shown-valid-for = Válido durante
admin-pass-shown-valid-until = { $lifetime }, hasta el
admin-pass-shown-use = Uso
admin-pass-shown-one-time = Un inicio de sesión
admin-pass-shown-many = Cualquier número de inicios de sesión hasta que expire
admin-pass-shown-give = Este pase solo se muestra una vez. Entrégueselo a { $name } en persona o léaselo en una llamada que usted haya hecho a un número que sepa que es suyo; nunca lo envíe por correo electrónico. Se inicia sesión en
admin-pass-shown-notices = { $n ->
    [0] No tiene ninguna dirección de correo electrónico ni teléfono móvil registrados, así que no se avisó a nadie de que se emitió un pase.
    [one] Se envió un aviso de que se emitió un pase (sin el pase).
   *[other] Se enviaron { $n } avisos de que se emitió un pase (sin el pase).
}
admin-pass-shown-stops = Deja de funcionar cuando expira, cuando se registra una aplicación de autenticación, la aplicación Latchkey o una llave de acceso, o cuando usted lo revoca.
admin-pass-shown-stops-one-time = Deja de funcionar cuando expira, después de un inicio de sesión, cuando se registra una aplicación de autenticación, la aplicación Latchkey o una llave de acceso, o cuando usted lo revoca.
admin-pass-shown-go-to = Ir a { $name }
admin-pass-shown-back = Volver a usuarios

## Una contraseña generada, que se muestra una sola vez (nuevo usuario, restablecimiento).
admin-password-shown-display-name = Nombre para mostrar
admin-password-shown-username = Nombre de usuario
admin-password-shown-password = Contraseña
admin-password-shown-copy = Copiar contraseña
admin-password-shown-notice = Esta contraseña solo se muestra una vez. Cópiela ahora y entréguesela al usuario de forma segura.
admin-password-shown-must-change = Se le pedirá que elija una nueva la primera vez que inicie sesión.
admin-password-shown-go-to = Ir a { $name }
admin-password-shown-back = Volver a usuarios
