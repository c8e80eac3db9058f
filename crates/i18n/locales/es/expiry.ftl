# expiry area: password expiry settings, reminders and reports.

## Reminder messages (email and text)
expiry-reminder-subject = { $days ->
    [one] Su contraseña de { $org } caduca mañana
   *[other] Su contraseña de { $org } caduca en { $days } días
}
expiry-reminder-body = Su contraseña de { $org } caduca el { $expires_utc }. Elija una nueva antes; cuando caduque, tendrá que cambiarla la próxima vez que inicie sesión.
expiry-reminder-here = Cámbiela aquí:
expiry-reminder-button = Cambiar la contraseña
expiry-reminder-ignore = Nunca le pedimos su contraseña por correo electrónico ni por SMS. Si ya la ha cambiado, puede ignorar este mensaje.
expiry-reminder-sms = { $org }: su contraseña caduca { $days ->
    [one] mañana
   *[other] en { $days } días
} ({ $expires_utc }). Cámbiela en { $change_url }

## Settings errors
expiry-error-max-age = Escriba un número de días de 0 (no caduca nunca) a 3650.
expiry-error-reminder-days = Escriba hasta 10 números de días distintos, cada uno de 1 a 90, separados por comas.
expiry-error-group-age = Escriba un número de días de 1 a 3650.
expiry-error-group = Elija un grupo.
expiry-error-report-days = Escriba un número de días de 1 a 365.

## Admin page
admin-nav-expiry = Caducidad de contraseñas
expiry-title = Caducidad de contraseñas
expiry-intro = Las contraseñas de las cuentas propias de Latchkey pueden caducar un número de días después de establecerse. Las cuentas del directorio local siguen la caducidad del directorio. Un usuario cuya contraseña ha caducado debe cambiarla la próxima vez que inicie sesión.
expiry-settings-heading = Configuración
expiry-max-age-label = Antigüedad máxima de la contraseña (días)
expiry-max-age-hint = 0 significa que las contraseñas no caducan nunca.
expiry-reminder-days-label = Enviar recordatorios estos días antes
expiry-reminder-days-hint = Separados por comas, por ejemplo 14, 7, 3, 1.
expiry-by-email = Recordar por correo electrónico
expiry-by-sms = Recordar por SMS
expiry-save = Guardar
expiry-saved = Se ha guardado la configuración de caducidad de contraseñas.
expiry-read-only = Solo los administradores globales pueden cambiar esta configuración.
expiry-groups-heading = Antigüedad máxima por grupo
expiry-groups-intro = La antigüedad máxima propia de un grupo se aplica a sus miembros, también a los de grupos anidados. Si un usuario está en varios de esos grupos, se aplica la menor.
expiry-groups-none = Ningún grupo tiene una antigüedad máxima propia.
expiry-col-group = Grupo
expiry-col-max-age = Antigüedad máxima (días)
expiry-group-label = Grupo
expiry-group-days-label = Antigüedad máxima (días)
expiry-group-set = Establecer
expiry-group-remove = Quitar
expiry-group-saved = Se ha guardado la antigüedad máxima del grupo.

## Reports
expiry-report-heading = Cuentas que caducan pronto
expiry-report-days-label = En este número de días
expiry-report-show = Mostrar
expiry-report-csv = Descargar CSV
expiry-report-count = { $n ->
    [one] { $days ->
        [one] La contraseña de una cuenta caduca en un plazo de un día.
       *[other] La contraseña de una cuenta caduca en los próximos { $days } días.
    }
   *[other] { $days ->
        [one] Las contraseñas de { $n } cuentas caducan en un plazo de un día.
       *[other] Las contraseñas de { $n } cuentas caducan en los próximos { $days } días.
    }
}
expiry-report-none = { $days ->
    [one] Ninguna contraseña caduca en un plazo de un día.
   *[other] Ninguna contraseña caduca en los próximos { $days } días.
}
expiry-col-user = Nombre de usuario
expiry-col-name = Nombre
expiry-col-expires = Caduca
expiry-col-days-left = Días restantes
expiry-col-source = Regla
expiry-source-local = Latchkey
expiry-source-directory = Directorio local
expiry-sent-heading = Recordatorios enviados en los últimos 30 días
expiry-sent-none = No se ha enviado ningún recordatorio en los últimos 30 días.
expiry-col-sent = Enviado
expiry-col-days-before = Días antes
expiry-col-channel = Canal
expiry-col-state = Entrega
expiry-state-queued = En espera
expiry-state-failed = No entregado
expiry-state-sent = Entregado

## Audit log
admin-activity-update-password-expiry-settings = Actualizar la configuración de caducidad de contraseñas

## Directorio local: caducidad de contraseñas leída por la sincronización
expiry-directory-expires = La contraseña caduca (directorio)
expiry-directory-never = Nunca
expiry-directory-now = Ahora: el directorio exige una contraseña nueva
expiry-directory-doc = Caducidad de contraseñas
expiry-directory-doc-ad = leída de msDS-UserPasswordExpiryTimeComputed (directivas de contraseña del dominio y específicas)
expiry-directory-doc-ppolicy = leída de pwdChangedTime y el pwdMaxAge de la directiva de cada cuenta (directiva predeterminada { $policy })
expiry-directory-doc-no-default = solo para cuentas con su propio pwdPolicySubentry: no se encontró la directiva predeterminada del overlay
expiry-directory-doc-no-default-fix = permita que la cuenta de servicio lea olcPPolicyDefault en cn=config (olcAccess: to attrs=entry,objectClass,olcPPolicyDefault by dn.exact="<cuenta de servicio>" read)
expiry-directory-doc-none = no se lee: sin el overlay ppolicy, las contraseñas no caducan en el directorio
expiry-directory-doc-unreadable = no se pudieron leer las directivas de contraseña: { $error }
