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
