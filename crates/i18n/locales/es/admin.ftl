## Admin portal menu (templates/admin/_nav.html).

admin-nav-label = Portal de administración
admin-nav-home = Inicio
admin-nav-users = Usuarios
admin-nav-groups = Grupos
admin-nav-password-reset = Restablecimiento de contraseña
admin-nav-protection = Protección con contraseña
admin-nav-reports = Uso e información
admin-nav-deliveries = Entregas
admin-nav-tokens = Tokens de API
admin-nav-audit = Registros de auditoría

## /admin: the admin portal's home.

admin-home-title = Portal de administración
admin-home-failed = { $n ->
    [one] { $n } mensaje no se pudo entregar en las últimas 24 horas.
   *[other] { $n } mensajes no se pudieron entregar en las últimas 24 horas.
}
admin-home-failed-text = Es posible que algunas personas no estén recibiendo sus códigos de verificación o notificaciones.
admin-home-failed-link = Ver qué falló y por qué
admin-home-help-title = Las solicitudes de ayuda no llegan a nadie.
admin-home-help-before = Cuando los usuarios seleccionan
admin-home-help-after = , Latchkey envía un correo electrónico a los administradores de contraseñas o, si no hay, a los administradores globales, pero ninguno de ellos tiene una dirección de correo electrónico. Agregue una a la información de contacto de un administrador en
admin-home-help-or = , o registre un correo electrónico de recuperación en
admin-home-users = Usuarios
admin-home-manage-users = Administrar usuarios
admin-home-new-user = Nuevo usuario
admin-home-groups = Grupos
admin-home-manage-groups = Administrar grupos
admin-home-new-group = Nuevo grupo

## /admin/audit: the audit log.

admin-audit-title = Registros de auditoría
admin-audit-journey = Un proceso, paso a paso
admin-audit-correlation-id = id. de correlación
admin-audit-back = Volver a todos los eventos
admin-audit-from = Desde (fecha)
admin-audit-to = Hasta (fecha)
admin-audit-activity = Actividad
admin-audit-all-activities = Todas las actividades
admin-audit-actor = Iniciado por
admin-audit-target = Destino
admin-audit-result = Resultado
admin-audit-any = Cualquiera
admin-audit-success = Correcto
admin-audit-failure = Error
admin-audit-apply = Aplicar filtros
admin-audit-clear = Borrar
admin-audit-count = { $n ->
    [one] { $n } evento
   *[other] { $n } eventos
}
admin-audit-download = Descargar como JSON Lines
admin-audit-caption = Eventos de auditoría
admin-audit-caption-ordered = , en orden
admin-audit-caption-newest = , los más recientes primero
admin-audit-col-time = Hora (UTC)
admin-audit-col-client = Cliente
admin-audit-col-details = Detalles
admin-audit-open-journey = Abrir proceso
admin-audit-pages = Páginas
admin-audit-previous = Página anterior
admin-audit-next = Página siguiente
admin-audit-page-of = Página { $page } de { $pages }
admin-audit-error-from = Escriba la fecha de inicio con el formato AAAA-MM-DD.
admin-audit-error-to = Escriba la fecha de finalización con el formato AAAA-MM-DD.

## /admin/deliveries: messages that couldn't be delivered.

admin-deliveries-title = Entregas
admin-deliveries-intro = Los códigos de verificación y las notificaciones se envían mediante una cola. Un mensaje que el proveedor de correo electrónico o SMS rechazó, o que no aceptó tras varios intentos, aparece aquí durante 30 días. Un código de verificación nunca se vuelve a enviar (se informó a la persona de que no se pudo enviar y puede solicitar otro); una notificación se puede volver a enviar cuando el proveedor funcione.
admin-deliveries-waiting = { $waiting ->
    [one] { $waiting } mensaje está pendiente de envío.
   *[other] { $waiting } mensajes están pendientes de envío.
}
admin-deliveries-failed = No se pudieron entregar { $today } en las últimas 24 horas y { $total } en los últimos 30 días.
admin-deliveries-none = No hay errores de entrega.
admin-deliveries-caption = Mensajes que no se pudieron entregar, los más recientes primero
admin-deliveries-col-given-up = Abandonado
admin-deliveries-col-message = Mensaje
admin-deliveries-col-user = Usuario
admin-deliveries-col-channel = Canal
admin-deliveries-col-tries = Intentos
admin-deliveries-col-last-answer = Última respuesta
admin-deliveries-col-actions = Acciones
admin-deliveries-resend = Volver a enviar
admin-deliveries-dismiss = Quitar de la lista
admin-deliveries-code = Código de verificación
admin-deliveries-queued = El mensaje vuelve a estar en la cola; saldrá de esta lista cuando se envíe o volverá si falla de nuevo.
admin-deliveries-gone = Ese mensaje ya no está en la lista.
admin-deliveries-removed = Se quitó de la lista.

## /admin/reports: "Usage & insights".

admin-reports-title = Uso e información
admin-reports-reminded = { $n ->
    [one] Se envió un recordatorio a 1 usuario no registrado.
   *[other] Se enviaron recordatorios a { $n } usuarios no registrados.
}
admin-reports-coverage = Cobertura de registro
admin-reports-percent = { $percent } %
admin-reports-coverage-text = { $registered } de { $total } usuarios que pueden usar el restablecimiento de contraseña de autoservicio han registrado suficientes métodos para restablecerla.
admin-reports-figure-note = Los mismos números aparecen en la tabla siguiente.
admin-reports-by-method = Usuarios registrados por método
admin-reports-col-method = Método
admin-reports-col-users = Usuarios
admin-reports-col-of = De
admin-reports-by-group = Por grupo
admin-reports-group-chart = Registro por grupo
admin-reports-group-caption = Registro por grupo (cuentan los miembros de grupos anidados)
admin-reports-col-group = Grupo
admin-reports-col-registered = Registrados
admin-reports-col-members = Miembros en el ámbito
admin-reports-activity = Restablecimientos y desbloqueos
admin-reports-days = { $n ->
    [one] { $n } día
   *[other] { $n } días
}
admin-reports-succeeded = Correctos
admin-reports-failed = Con errores
admin-reports-blocked = Bloqueados
admin-reports-day-table = Tabla: restablecimientos y desbloqueos por día
admin-reports-day-caption = Por día, { $days ->
    [one] último día
   *[other] últimos { $days } días
}
admin-reports-day-chart = Restablecimientos y desbloqueos por día, { $days ->
    [one] último día
   *[other] últimos { $days } días
}
admin-reports-col-day = Día
admin-reports-reasons = Motivos de error más comunes
admin-reports-no-failures = No hubo errores en este período.
admin-reports-reasons-caption = Motivos de error
admin-reports-col-reason = Motivo
admin-reports-col-count = Número
admin-reports-unregistered = Aún no registrados
admin-reports-all-registered = Todos los usuarios del ámbito se han registrado.
admin-reports-unregistered-count = { $n ->
    [one] { $n } usuario
   *[other] { $n } usuarios
}
admin-reports-download-csv = Descargar como CSV
admin-reports-remind-label = Enviar un recordatorio de registro a
admin-reports-remind-everyone = Todos los usuarios no registrados
admin-reports-remind-members = Miembros de { $group }
admin-reports-remind-submit = Enviar recordatorio
admin-reports-bar = { $value } de { $total } ({ $percent } %)
admin-reports-error-choose-group = Elija un grupo de la lista.
admin-reports-error-no-group = Ese grupo no existe. Elija un grupo de la lista.
admin-reports-method-app-code = Código de la aplicación móvil
admin-reports-method-email = Correo electrónico
admin-reports-method-mobile-phone = Teléfono móvil (SMS o llamada)
admin-reports-method-office-phone = Teléfono de la oficina (llamada)
admin-reports-method-questions = Preguntas de seguridad
admin-reports-method-app-notification = Notificación de la aplicación móvil
admin-reports-method-passkey = Llave de acceso

## /admin/tokens: API tokens.

admin-tokens-title = Tokens de API
admin-tokens-hint-api = Un token permite que un programa llame a la API JSON
admin-tokens-hint-role = en nombre de un administrador, con el rol de ese administrador: los tokens
admin-tokens-hint-read = solo leen, los tokens
admin-tokens-hint-write = también realizan cambios. El token se muestra una sola vez, cuando se crea; Latchkey solo guarda su hash.
admin-tokens-created = Se creó el token "{ $name }"
admin-tokens-token = Token
admin-tokens-copy = Copiar token
admin-tokens-acts-for = Actúa en nombre de
admin-tokens-scope = Ámbito
admin-tokens-shown-once = Este token solo se muestra una vez. Guárdelo donde el programa que lo usa lee sus secretos; si lo pierde, revóquelo y cree otro.
admin-tokens-confirm-title = ¿Desea revocar el token "{ $name }"?
admin-tokens-confirm-text = Los programas que usan este token (en nombre de { $owner }, ámbito { $scope }) dejarán de funcionar de inmediato. Esta acción no se puede deshacer.
admin-tokens-revoke-submit = Revocar token
admin-tokens-cancel = Cancelar
admin-tokens-list = Tokens
admin-tokens-none = Aún no hay tokens de API.
admin-tokens-caption = Tokens de API, los más recientes primero
admin-tokens-name = Nombre
admin-tokens-created-col = Creado
admin-tokens-last-used = Último uso
admin-tokens-status = Estado
admin-tokens-never = Nunca
admin-tokens-revoked-at = Revocado el { $when }
admin-tokens-active = Activo
admin-tokens-revoke = Revocar
admin-tokens-revoke-which = el token { $name }
admin-tokens-create = Crear un token
admin-tokens-name-hint = De 1 a 64 caracteres: qué lo usará, por ejemplo, Sincronización de RR. HH.
admin-tokens-scope-read = Lectura: solo lee
admin-tokens-scope-write = Escritura: lee y realiza cambios
admin-tokens-owner-hint = El nombre de usuario de un administrador global o de contraseñas; el token tiene su rol.
admin-tokens-submit = Crear token
admin-tokens-revoked = Se revocó el token; ya no funciona.
admin-tokens-already-created = Ese token ya se creó y se mostró una vez. Para crear otro, rellene el formulario siguiente.
admin-tokens-error-scope = Elija lectura (read) o escritura (write).
admin-tokens-error-owner = No hay ningún usuario con ese nombre de usuario.
admin-tokens-error-name = Asigne al token un nombre de 1 a 64 caracteres, por ejemplo, qué lo usará.
admin-tokens-error-owner-role = Un token actúa en nombre de su propietario, por lo que el propietario debe ser un administrador global o de contraseñas.

## Audit activity names as the audit log shows them (the stored name stays English).

admin-activity-sign-in = Inicio de sesión
admin-activity-sign-in-blocked-by-smart-lockout = Inicio de sesión bloqueado por el bloqueo inteligente
admin-activity-sign-out = Cierre de sesión
admin-activity-password-writeback = Escritura diferida de contraseñas
admin-activity-directory-sync = Sincronización de directorios
admin-activity-change-password-self-service = Cambiar contraseña (autoservicio)
admin-activity-add-user = Agregar usuario
admin-activity-update-user = Actualizar usuario
admin-activity-delete-user = Eliminar usuario
admin-activity-import-users = Importar usuarios
admin-activity-reset-password-by-admin = Restablecer contraseña (por el administrador)
admin-activity-add-group = Agregar grupo
admin-activity-delete-group = Eliminar grupo
admin-activity-add-member-to-group = Agregar miembro al grupo
admin-activity-remove-member-from-group = Quitar miembro del grupo
admin-activity-create-bootstrap-administrator = Crear administrador inicial
admin-activity-update-self-service-password-reset-policy = Actualizar la directiva de restablecimiento de contraseña de autoservicio
admin-activity-update-password-protection-policy = Actualizar la directiva de protección con contraseña
admin-activity-user-submitted-their-user-id = El usuario envió su id. de usuario
admin-activity-user-started-a-verification-option = El usuario inició una opción de verificación
admin-activity-user-completed-a-verification-option = El usuario completó una opción de verificación
admin-activity-user-failed-a-verification-option = El usuario no superó una opción de verificación
admin-activity-user-completed-all-verification-steps-required = El usuario completó todos los pasos de verificación necesarios
admin-activity-user-submitted-a-new-password = El usuario envió una nueva contraseña
admin-activity-reset-password-self-service = Restablecer contraseña (autoservicio)
admin-activity-unlock-user-account-self-service = Desbloquear cuenta de usuario (autoservicio)
admin-activity-blocked-from-self-service-password-reset = Bloqueado para el restablecimiento de contraseña de autoservicio
admin-activity-rate-limit-reached = Límite de velocidad alcanzado
admin-activity-telephony-spike-reported-to-administrators = Pico de telefonía notificado a los administradores
admin-activity-user-asked-an-administrator-for-help = El usuario pidió ayuda a un administrador
admin-activity-verification-code-could-not-be-sent = No se pudo enviar el código de verificación
admin-activity-authenticator-code-reused = Código del autenticador reutilizado
admin-activity-user-registered-for-self-service-password-reset = El usuario se registró para el restablecimiento de contraseña de autoservicio
admin-activity-user-registered-an-authentication-method = El usuario registró un método de autenticación
admin-activity-user-removed-an-authentication-method = El usuario quitó un método de autenticación
admin-activity-user-confirmed-their-authentication-information = El usuario confirmó su información de autenticación
admin-activity-notification-could-not-be-delivered = No se pudo entregar la notificación
admin-activity-user-reported-a-change-they-didn-t-make = El usuario notificó un cambio que no hizo
admin-activity-registration-reminder-sent = Recordatorio de registro enviado
admin-activity-update-organization-name-and-logo = Actualizar el nombre y el logotipo de la organización
admin-activity-audit-retention-applied = Retención de auditoría aplicada
admin-activity-create-api-token = Crear token de API
admin-activity-revoke-api-token = Revocar token de API
admin-activity-admin-deleted-security-info = El administrador eliminó información de seguridad
admin-activity-admin-required-re-registration-of-security-info = El administrador exigió volver a registrar la información de seguridad
admin-activity-apply-policy-document = Aplicar documento de directiva
admin-activity-delivery-failures-reported-to-administrators = Errores de entrega notificados a los administradores
admin-activity-resend-undelivered-notification = Volver a enviar notificación no entregada
admin-activity-dismiss-undelivered-notification = Descartar notificación no entregada
admin-activity-app-notification-approved = Notificación de la aplicación aprobada
admin-activity-app-notification-answered-with-a-wrong-number = Notificación de la aplicación respondida con un número incorrecto
admin-activity-app-notification-denied = Notificación de la aplicación denegada
admin-activity-app-notification-reported-as-not-me = Notificación de la aplicación notificada como "No fui yo"
admin-activity-app-notification-answer-refused = Respuesta a la notificación de la aplicación rechazada
admin-activity-issue-temporary-access-pass = Emitir pase de acceso temporal
admin-activity-revoke-temporary-access-pass = Revocar pase de acceso temporal
admin-activity-sign-in-with-temporary-access-pass = Inicio de sesión con pase de acceso temporal
