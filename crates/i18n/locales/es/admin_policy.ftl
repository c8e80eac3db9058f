## Admin portal: the self-service password reset policy (/admin/password-reset/*).

admin-sspr-nav = Restablecimiento de contraseña
admin-sspr-section-properties = Propiedades
admin-sspr-section-authentication-methods = Métodos de autenticación
admin-sspr-section-registration = Registro
admin-sspr-section-notifications = Notificaciones
admin-sspr-section-customization = Personalización
admin-sspr-section-on-premises = Integración local
admin-sspr-section-administrator-policy = Directiva de administrador
admin-sspr-global-only = Solo los administradores globales pueden cambiar esta configuración.
admin-sspr-saved = Se guardaron los cambios.
admin-sspr-yes = Sí
admin-sspr-no = No
admin-sspr-save = Guardar
admin-sspr-discard = Descartar
admin-sspr-fixed = La directiva de administrador es fija y no se puede cambiar.

## Properties.

admin-sspr-enabled = Autoservicio de restablecimiento de contraseña habilitado
admin-sspr-scope-none = Ninguno
admin-sspr-scope-selected = Seleccionado
admin-sspr-scope-all = Todos
admin-sspr-group = Grupo seleccionado
admin-sspr-group-hint = Con "Seleccionado", los miembros de este grupo (y de los grupos anidados en él) pueden restablecer su contraseña.
admin-sspr-no-group = No hay ningún grupo seleccionado
admin-sspr-admins-hint = Los administradores siempre pueden restablecer su propia contraseña; siguen la directiva de administrador.
admin-sspr-error-scope = Elija Ninguno, Seleccionado o Todos.
admin-sspr-error-group = Elija un grupo de la lista.

## Authentication methods.

admin-sspr-methods-required = Número de métodos necesarios para restablecer
admin-sspr-methods = Métodos disponibles para los usuarios
admin-sspr-method-app-notification = Notificación de aplicación móvil
admin-sspr-method-app-code = Código de aplicación móvil
admin-sspr-method-passkey = Llave de acceso
admin-sspr-method-mobile-phone = Teléfono móvil (mensaje de texto o llamada)
admin-sspr-questions-to-register = Número de preguntas necesarias para registrarse
admin-sspr-questions-to-reset = Número de preguntas necesarias para restablecer
admin-sspr-custom-questions = Preguntas de seguridad personalizadas
admin-sspr-custom-questions-hint = Hasta 20, una por línea, de 3 a 200 caracteres cada una. Se ofrecen junto a las preguntas integradas.
admin-sspr-phone-countries = Países a los que se pueden enviar códigos por mensaje de texto o llamada
admin-sspr-phone-countries-hint = Códigos de país de dos letras, separados por espacios, como US GB DE. Los números de otros países no se pueden registrar, y los números de tarificación adicional, de costo compartido y satelitales nunca reciben códigos.
admin-sspr-error-methods-required = Elija 1 o 2.
admin-sspr-error-questions = Elija un número entre 3 y 5.

## Registration.

admin-sspr-require-registration = ¿Requerir que los usuarios se registren al iniciar sesión?
admin-sspr-reconfirm-days = Número de días antes de pedir a los usuarios que vuelvan a confirmar su información de autenticación
admin-sspr-reconfirm-days-hint = De 0 a 730; 0 significa nunca.
admin-sspr-error-reconfirm-days = Escriba un número de días entre 0 y 730.

## Notifications.

admin-sspr-notify-users = ¿Notificar a los usuarios sobre los restablecimientos de contraseña?
admin-sspr-notify-admins = ¿Notificar a todos los administradores cuando otros administradores restablezcan su contraseña?

## Customization.

admin-sspr-customize-helpdesk = ¿Personalizar el vínculo del departamento de soporte técnico?
admin-sspr-helpdesk = Correo electrónico o URL personalizados del departamento de soporte técnico
admin-sspr-helpdesk-hint = Se muestra dondequiera que alguien no pueda continuar, por ejemplo https://help.contoso.example/password o helpdesk@contoso.example.
admin-sspr-error-helpdesk = Escriba la dirección de correo electrónico o la dirección web del departamento de soporte técnico, o elija No.

## On-premises integration: the switches.

admin-sspr-writeback = ¿Escribir diferidamente las contraseñas en el directorio local?
admin-sspr-writeback-hint = Sí: cuando alguien cuya cuenta procede del directorio local restablece o cambia su contraseña, esta se escribe primero en el directorio y solo se cambia en Latchkey si el directorio la aceptó. No: esas personas no pueden restablecer ni cambiar su contraseña aquí, y se les indica que se pongan en contacto con su departamento de TI.
admin-sspr-unlock = ¿Permitir que los usuarios desbloqueen cuentas sin restablecer su contraseña?
admin-sspr-unlock-hint = Sí: la página de restablecimiento también ofrece "Sé mi contraseña, pero sigo sin poder iniciar sesión". Tras la verificación habitual, la cuenta se desbloquea, también en el directorio local, y la contraseña no cambia.
admin-sspr-directory-contacts = ¿Usar la información de contacto del directorio?
admin-sspr-directory-contacts-hint = Sí: el correo electrónico alternativo, el teléfono móvil y el teléfono de la oficina que el directorio local (o un administrador, en el portal, la API o la línea de comandos) tiene para una persona se pueden usar para restablecer, sin que esa persona los registre. No: cada persona registra y comprueba los suyos.

## Administrator policy.

admin-sspr-admin-policy-intro = Los administradores (administradores globales y administradores de contraseñas) siempre tienen habilitado el autoservicio de restablecimiento de contraseña, independientemente de lo que indiquen las Propiedades, y siempre siguen esta directiva:
admin-sspr-admin-policy-required = Número de métodos necesarios para restablecer:
admin-sspr-admin-policy-methods = Métodos: notificación de aplicación móvil, código de aplicación móvil, llave de acceso, correo electrónico, teléfono móvil, teléfono de la oficina
admin-sspr-admin-policy-questions = Preguntas de seguridad:
admin-sspr-admin-policy-never = nunca
admin-sspr-admin-policy-fixed = Esta directiva no se puede cambiar.

## On-premises integration: the directory, its syncs and checks.

admin-onprem-sync-finished = La sincronización finalizó: { $summary }.
admin-onprem-left-out = Elementos omitidos y por qué:
admin-onprem-sync-not-finished = La sincronización no finalizó
admin-onprem-heading-one = Su directorio local
admin-onprem-heading-many = Sus directorios locales
admin-onprem-servers = Servidores
admin-onprem-then = , luego
admin-onprem-kind = Tipo
admin-onprem-auto-sync = Sincronización automática
admin-onprem-auto-sync-off-before = Desactivada: ejecute
admin-onprem-auto-sync-off-after = o use Sincronizar ahora
admin-onprem-every = { $n ->
    [one] Cada minuto
   *[other] Cada { $n } minutos
}
admin-onprem-last-sync = Última sincronización
admin-onprem-last-worked = correcta.
admin-onprem-last-failed = error.
admin-onprem-no-sync = Todavía no se ha ejecutado ninguna sincronización.
admin-onprem-sync-hint = Trae lo que cambió en el directorio desde la última sincronización (todo, la primera vez): cuentas y grupos nuevos, modificados, deshabilitados y eliminados. La primera importación de un directorio grande puede tardar un minuto.
admin-onprem-sync-now = Sincronizar ahora
admin-onprem-none = No hay ningún directorio local conectado. Latchkey solo atiende a sus propios usuarios y grupos, y las contraseñas se guardan únicamente en Latchkey.
admin-onprem-connect-before = Para conectar Active Directory u OpenLDAP, establezca estos valores en la sección
admin-onprem-connect-middle = del archivo de configuración (o como variables
admin-onprem-connect-after = equivalentes) y, a continuación, reinicie Latchkey:
admin-onprem-setting-urls = : los servidores de directorio, probados en orden, por ejemplo
admin-onprem-and = y
admin-onprem-setting-bind = : la cuenta de servicio con la que Latchkey inicia sesión; guarde la contraseña en un archivo indicado por
admin-onprem-setting-bases = : dónde están las cuentas y los grupos, por ejemplo
admin-onprem-setting-ca = : la entidad de certificación que firma los certificados de los servidores, a menos que el sistema ya confíe en ella
admin-onprem-readme-before = La sección del archivo README
admin-onprem-readme-after = tiene un ejemplo para cada uno y los permisos exactos que necesita la cuenta de servicio.
admin-onprem-print-config = enumera todas las opciones de configuración y
admin-onprem-check-config = las comprueba. Una vez conectado, esta página comprueba la conexión y sincroniza.
admin-onprem-flavour-ad = Active Directory (establecido en la configuración)
admin-onprem-flavour-openldap = OpenLDAP (establecido en la configuración)
admin-onprem-flavour-other = otro directorio LDAP (establecido en la configuración)
admin-onprem-flavour-detected = detectado a partir del directorio (Ejecutar comprobaciones lo indica)
admin-onprem-no-ldap = No hay ningún directorio local desde el que sincronizar: Latchkey aún no tiene configuración [ldap]. Establézcala como se describe a continuación, reinicie Latchkey y, después, sincronice.
admin-onprem-sync-refused = La sincronización no se ejecutó: { $why }.
admin-onprem-sync-failed = La sincronización produjo un error y no se cambió nada: { $why }
admin-onprem-checks = Comprobaciones
admin-onprem-checks-intro-before = Comprueba la conexión y el certificado TLS de cada servidor, el inicio de sesión de la cuenta de servicio, su acceso de lectura a las bases y sus permisos sobre una cuenta, las cuentas protegidas, y la última sincronización y escritura diferida, como hace
admin-onprem-checks-intro-after = en la línea de comandos. Cada servidor tiene unos segundos para responder.
admin-onprem-test-user = Cuenta en la que comprobar los permisos (opcional)
admin-onprem-test-user-hint = Un nombre de usuario del directorio, como una cuenta de prueba. No se cambia nada en ella.
admin-onprem-run-checks = Ejecutar comprobaciones
admin-onprem-results = Resultados
admin-onprem-summary = { $failed ->
    [0] No falló ninguna comprobación
    [one] 1 comprobación falló
   *[other] { $failed } comprobaciones fallaron
}{ $warnings ->
    [0] {""}
    [one] , 1 requiere atención
   *[other] , { $warnings } requieren atención
}.
admin-onprem-directory-is = El directorio es { $flavour }.
admin-onprem-results-caption = Resultados de las comprobaciones
admin-onprem-col-check = Comprobación
admin-onprem-col-result = Resultado
admin-onprem-col-found = Hallazgo
admin-onprem-col-fix = Qué cambiar
admin-onprem-nothing = Nada
admin-onprem-status-ok = Correcto
admin-onprem-status-warning = Advertencia
admin-onprem-status-failed = Error
admin-onprem-status-info = Información

## Customization: the organisation's name and logo (/admin/branding).

admin-branding-heading = Nombre y logotipo de la organización
admin-branding-intro = Se muestran en cada página y en cada mensaje que envía Latchkey.
admin-branding-name = Nombre de la organización
admin-branding-logo = Logotipo
admin-branding-logo-hint = PNG, JPEG o SVG, hasta 200 KB. Déjelo vacío para conservar el actual.
admin-branding-current-logo = Logotipo actual
admin-branding-remove-logo = Quitar el logotipo
admin-branding-save = Guardar nombre y logotipo

## Password protection (/admin/password-protection) and the strength meter.

admin-protection-title = Protección con contraseña
admin-protection-global-only = Solo los administradores globales pueden cambiar esta configuración.
admin-protection-saved = Se guardaron los cambios.
admin-protection-policy = Directiva de contraseñas
admin-protection-min-length = Longitud mínima
admin-protection-min-length-hint = De 8 a 256 caracteres. NIST SP 800-63B pide al menos 15 cuando la contraseña es el único factor; las frases de contraseña largas son más fáciles de recordar que las contraseñas cortas y complejas.
admin-protection-require-classes = Requerir tres de estos tipos: letras minúsculas, letras mayúsculas, dígitos, símbolos (para la paridad con Entra; NIST desaconseja estas reglas)
admin-protection-history = Número de contraseñas anteriores que no se pueden reutilizar
admin-protection-history-hint = De 0 a 24; 0 lo desactiva. Cada contraseña recordada cuesta una comprobación de hash cada vez que se establece una contraseña.
admin-protection-min-score = Seguridad mínima
admin-protection-no-minimum = Sin mínimo
admin-protection-strength-0 = Muy débil
admin-protection-strength-1 = Débil
admin-protection-strength-2 = Aceptable
admin-protection-strength-3 = Segura
admin-protection-strength-4 = Muy segura
admin-protection-banned = Contraseñas prohibidas
admin-protection-banned-intro = Las contraseñas comunes, sus variantes parecidas (P@ssw0rd) y los propios nombres del usuario se rechazan siempre. Agregue las palabras que su organización nunca debería ver en una contraseña: sus productos, lugares, equipos.
admin-protection-enforce-custom = Aplicar lista personalizada
admin-protection-yes = Sí
admin-protection-no = No
admin-protection-custom-terms = Lista personalizada de contraseñas prohibidas
admin-protection-custom-terms-hint = Un término por línea, de 4 a 16 caracteres, hasta 1000. No distingue mayúsculas de minúsculas.
admin-protection-breached = Contraseñas filtradas
admin-protection-check-breached = Rechazar las contraseñas encontradas en filtraciones de datos
admin-protection-breached-count = La lista de contraseñas filtradas contiene { $n ->
    [one] { $n } contraseña
   *[other] { $n } contraseñas
}.
admin-protection-breached-none-before = Todavía no se ha importado ninguna lista de contraseñas filtradas: ejecute
admin-protection-breached-none-after = en el servidor.
admin-protection-save = Guardar
admin-protection-try = Probar una contraseña
admin-protection-try-intro = Compruebe cómo se evaluaría una contraseña con la directiva guardada. No se almacena ni se registra.
admin-protection-sample = Contraseña de ejemplo
admin-protection-test = Probar
admin-protection-accepted = Aceptada
admin-protection-refused = Rechazada: { $reason }
admin-protection-detail = Puntuación de la lista de prohibidas: { $score } de los 5 necesarios. Seguridad: { $strength } de 4.
admin-protection-detail-terms = Puntuación de la lista de prohibidas: { $score } de los 5 necesarios (términos prohibidos encontrados: { $terms }). Seguridad: { $strength } de 4.
admin-protection-error-min-length = Escriba un número de caracteres entre 8 y 256.
admin-protection-error-history = Escriba un número entre 0 y 24.
admin-protection-error-min-score = Elija una seguridad de la lista.

# The on-premises page's checks (the doctor) and the sync summary.
admin-onprem-doc-encryption = Cifrado de { $url }
admin-onprem-doc-plaintext = LDAP sin cifrar y sin StartTLS: las contraseñas viajan por la red sin cifrar
admin-onprem-doc-plaintext-fix = use ldaps:// o quite ldap.allow_plaintext (solo para entornos de prueba)
admin-onprem-doc-server-role = Rol del servidor { $url }
admin-onprem-doc-global-catalog = este es un puerto del catálogo global: es de solo lectura y contiene solo algunos atributos
admin-onprem-doc-global-catalog-fix = use el puerto LDAP del controlador de dominio (636 para ldaps, 389 con StartTLS)
admin-onprem-doc-connect = Conexión con { $url }
admin-onprem-doc-connect-tls-fix = establezca ldap.ca_file en la entidad de certificación que firmó el certificado del servidor y use un nombre o una dirección que figure en el certificado
admin-onprem-doc-connect-fix = compruebe la dirección y el puerto, que el servidor esté en ejecución y que ningún firewall impida que este host llegue a él
admin-onprem-doc-connected = conectado
admin-onprem-doc-bind = Enlace de la cuenta de servicio
admin-onprem-doc-bound = enlazado como { $dn }
admin-onprem-doc-bind-encrypt-fix = el servidor requiere una conexión cifrada: use ldaps:// o ldap:// con StartTLS
admin-onprem-doc-bind-fix = compruebe ldap.bind_dn y ldap.bind_password (o LATCHKEY_LDAP__BIND_PASSWORD_FILE); la cuenta debe estar habilitada
admin-onprem-doc-bind-connection-fix = compruebe la conexión anterior
admin-onprem-doc-root-dse = Root DSE
admin-onprem-doc-root-dse-fix = la cuenta de servicio debe poder leer el Root DSE
admin-onprem-doc-type = Tipo de directorio
admin-onprem-doc-type-detected = { $flavour } (detectado: { $detected })
admin-onprem-doc-type-fix = ldap.flavour invalida lo que anuncia el servidor; establézcalo en "auto", a menos que sepa lo que hace
admin-onprem-doc-writable = Controlador de dominio grabable
admin-onprem-doc-rodc = este es un controlador de dominio de solo lectura (RODC): no puede aceptar cambios de contraseña
admin-onprem-doc-rodc-fix = indique primero un controlador de dominio grabable en ldap.urls
admin-onprem-doc-writable-ok = grabable
admin-onprem-doc-ppolicy = Superposición de directivas de contraseña (ppolicy)
admin-onprem-doc-ppolicy-present = presente: se aplican las reglas de contraseña y el bloqueo del directorio
admin-onprem-doc-ppolicy-missing = no anunciada: el directorio no comprueba ninguna regla de contraseña y no tiene bloqueo propio
admin-onprem-doc-ppolicy-fix = cargue la superposición ppolicy (olcOverlay=ppolicy) con una directiva predeterminada
admin-onprem-doc-lockout = Bloqueo antes que el del directorio
admin-onprem-doc-lockout-unreadable = no se pudo leer el umbral de bloqueo del directorio: { $error }
admin-onprem-doc-lockout-unreadable-fix = asegúrese de que ldap.lockout_threshold sea inferior al umbral propio del directorio
admin-onprem-doc-lockout-none = el directorio no bloquea las cuentas tras contraseñas incorrectas
admin-onprem-doc-lockout-ok = Latchkey bloquea tras { $ours ->
        [one] { $ours } contraseña incorrecta
       *[other] { $ours } contraseñas incorrectas
    }, el directorio tras { $theirs }
admin-onprem-doc-lockout-failed = Latchkey bloquea tras { $ours ->
        [one] { $ours } contraseña incorrecta
       *[other] { $ours } contraseñas incorrectas
    }, el directorio tras { $theirs }: los intentos de adivinar la contraseña en Latchkey bloquearían cuentas en el directorio
admin-onprem-doc-lockout-fix = establezca ldap.lockout_threshold por debajo del umbral del directorio
admin-onprem-doc-certificate = Certificado de { $url }
admin-onprem-doc-certificate-unreadable = no se pudo leer el certificado
admin-onprem-doc-certificate-expired-fix = renueve el certificado del servidor
admin-onprem-doc-certificate-expiring-fix = renueve el certificado del servidor antes de que expire
admin-onprem-doc-certificate-valid = { $subject }, de confianza, válido hasta { $until } ({ $days ->
        [one] { $days } día
       *[other] { $days } días
    })
admin-onprem-doc-read-accounts = Leer cuentas en { $base }
admin-onprem-doc-read-groups = Leer grupos en { $base }
admin-onprem-doc-match-accounts = { $n ->
        [one] { $n } cuenta coincide
       *[other] { $n } cuentas coinciden
    } con { $filter }
admin-onprem-doc-match-groups = { $n ->
        [one] { $n } grupo coincide
       *[other] { $n } grupos coinciden
    } con { $filter }
admin-onprem-doc-read-empty-fix = compruebe el DN base y el filtro, y que la cuenta de servicio tenga permiso para leerlos
admin-onprem-doc-read-limit-fix = el directorio limita cuántas entradas puede leer la cuenta de servicio: quite el límite para esta cuenta (OpenLDAP: olcLimits: dn.exact="<service DN>" size=unlimited)
admin-onprem-doc-read-fix = compruebe el DN base (ldap.user_base / ldap.group_base) y los permisos de lectura de la cuenta de servicio
admin-onprem-doc-protected = Cuentas protegidas
admin-onprem-doc-protected-detail = { $n ->
        [one] { $n } cuenta del ámbito tiene
       *[other] { $n } cuentas del ámbito tienen
    } adminCount=1 (grupos con privilegios); Latchkey se niega a restablecerlas o desbloquearlas
admin-onprem-doc-test-account = Cuenta de prueba { $name }
admin-onprem-doc-test-match = { $n ->
        [one] { $n } cuenta coincide
       *[other] { $n } cuentas coinciden
    }
admin-onprem-doc-test-match-fix = indique una cuenta que esté en el ámbito (su nombre de usuario)
admin-onprem-doc-rights = Permisos sobre { $name }
admin-onprem-doc-rights-openldap = { $dn }: OpenLDAP no puede informar de los permisos efectivos sin hacer un cambio; la cuenta de servicio necesita permiso de escritura en userPassword y de administración en pwdAccountLockedTime y pwdReset
admin-onprem-doc-test-protected = una cuenta protegida (adminCount=1): Latchkey nunca escribe en ella; elija una cuenta normal
admin-onprem-doc-write = Escribir { $attr } en { $name }
admin-onprem-doc-write-allowed = permitido
admin-onprem-doc-write-denied = la cuenta de servicio no puede escribir { $attr } en { $dn }
admin-onprem-doc-write-fix = delegue "Escribir lockoutTime" y "Escribir pwdLastSet" en la unidad organizativa de los usuarios a la cuenta de servicio
admin-onprem-doc-reset-right = Derecho "Restablecer contraseña" sobre { $name }
admin-onprem-doc-reset-right-detail = no se puede leer sin cambiar una contraseña: delegue el derecho extendido "Restablecer contraseña" (00299570-246d-11d0-a768-00aa006e0529) en la unidad organizativa de los usuarios; un restablecimiento sin este derecho se rechaza y se audita como directory_insufficient_rights
admin-onprem-doc-flavour-ldap = Directorio LDAP
admin-onprem-doc-no-sync = aún no se ha ejecutado ninguna sincronización
admin-onprem-doc-no-sync-fix = ejecute `latchkey directory sync` o presione Sincronizar ahora
admin-onprem-doc-sync-failed-fix = corrija las comprobaciones con errores anteriores y vuelva a sincronizar
admin-onprem-doc-orphans = Cuentas de un directorio que ya no está configurado
admin-onprem-doc-orphans-detail = { $n ->
        [one] { $n } cuenta procede
       *[other] { $n } cuentas proceden
    } de un directorio cuyo nombre ya no está en la configuración: no pueden iniciar sesión ni restablecer la contraseña
admin-onprem-doc-orphans-fix = restaure la sección de ese directorio con el mismo nombre o elimine esas cuentas
admin-onprem-doc-last-writeback = Última escritura diferida
admin-onprem-doc-written = escrita
admin-onprem-doc-writeback-fix = consulte los eventos "Escritura diferida de contraseñas" de los registros de auditoría para conocer la causa
admin-onprem-sync-summary = usuarios: { $users-created } creados, { $users-updated } actualizados ({ $users-disabled } deshabilitados), { $users-deleted } eliminados; grupos: { $groups-created } creados, { $groups-updated } actualizados, { $groups-deleted } eliminados; { $skipped } omitidos
