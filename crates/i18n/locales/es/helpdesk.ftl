# helpdesk area: the helpdesk console (/admin/helpdesk), its API words and notices
helpdesk-nav = Soporte técnico
helpdesk-title = Consola de soporte técnico
helpdesk-intro = Verifique la identidad de la persona que llama con uno de sus métodos registrados antes de restablecer su contraseña, desbloquear su cuenta o emitir un pase de acceso temporal. Latchkey envía la solicitud de verificación; la persona que llama le lee el código.
helpdesk-find-heading = Buscar a la persona que llama
helpdesk-find-label = Nombre de usuario o nombre
helpdesk-find-hint = Pida a la persona que llama su nombre de usuario; no se guíe por el número desde el que llama.
helpdesk-find-submit = Buscar
helpdesk-find-none = No hay coincidencias entre las personas que puede verificar.
helpdesk-approvals-heading = Pendiente de su aprobación
helpdesk-approvals-hint = Otro agente verificó a un administrador y pide que un segundo agente lo apruebe antes de actuar sobre la cuenta. Apruébelo solo si sabe por qué.
helpdesk-approvals-line = { $agent } pide actuar sobre la cuenta de { $caller }.
helpdesk-approve = Aprobar
helpdesk-approved = Aprobado. El otro agente ya puede actuar sobre la cuenta durante el período establecido.
helpdesk-recent-heading = Sus verificaciones de las últimas 24 horas
helpdesk-recent-none = No ha verificado a nadie en las últimas 24 horas.
helpdesk-col-caller = Persona que llama
helpdesk-col-started = Iniciada
helpdesk-col-status = Estado
helpdesk-settings-heading = Configuración
helpdesk-settings-require = Los agentes deben verificar a la persona que llama antes de actuar
helpdesk-settings-require-hint = Los administradores de contraseñas solo restablecen contraseñas, desbloquean cuentas y emiten pases después de verificar aquí a la persona que llama; quien actúe sobre la cuenta de un administrador necesita además la aprobación de un segundo agente. Desactívelo solo si las personas que llaman se verifican de otra forma.
helpdesk-settings-window = Minutos durante los que el agente puede actuar tras la verificación
helpdesk-settings-window-hint = De 1 a 60. El valor predeterminado es 10.
helpdesk-settings-burst = Alertar tras este número de verificaciones de una misma cuenta en una hora
helpdesk-settings-burst-hint = De 0 (nunca) a 100. El valor predeterminado es 3. Se avisa a los administradores globales y a los contactos de seguridad.
helpdesk-settings-contacts = Contactos de seguridad
helpdesk-settings-contacts-hint = Direcciones de correo electrónico que, además de los administradores globales, reciben los avisos de series de verificaciones, suspensiones de la verificación y retiradas del rol de administrador; una por línea (20 como máximo).
helpdesk-settings-save = Guardar configuración
helpdesk-settings-saved = Se guardó la configuración del soporte técnico.
helpdesk-settings-error-range = Escriba un número entero entre { $min } y { $max }.
helpdesk-back = Volver a la consola de soporte técnico
helpdesk-caller-title = Verificar a { $name }
helpdesk-caller-account = Cuenta
helpdesk-caller-username = Nombre de usuario
helpdesk-caller-role = Rol
helpdesk-caller-status = Verificación
helpdesk-caller-until = — puede actuar hasta el { $until }.
helpdesk-caller-methods = Métodos
helpdesk-caller-progress = Métodos distintos superados: { $passed } de { $required }
helpdesk-status-none = Sin verificar
helpdesk-status-pending = Esperando a la persona que llama
helpdesk-status-verified = Verificado
helpdesk-status-lapsed = Sin verificar (la última verificación expiró)
helpdesk-status-closed = Sin verificar (la última verificación se cerró)
helpdesk-challenge-heading = Pedir un código a la persona que llama
helpdesk-challenge-hint = Elija uno de los métodos registrados de la persona que llama. Latchkey envía allí un código; pida a la persona que llama que se lo lea. Un administrador debe superar dos métodos distintos.
helpdesk-challenge-none = Esta persona no ha registrado ningún método que pueda usar el soporte técnico. No restablezca su contraseña por teléfono: envíele un vínculo de registro o pídale que venga en persona.
helpdesk-send-mobile-sms = Enviar un código por SMS al
helpdesk-send-mobile-voice = Enviar un código por llamada al teléfono móvil
helpdesk-send-office-voice = Enviar un código por llamada al teléfono de la oficina
helpdesk-send-email = Enviar un código por correo electrónico a
helpdesk-send-app = Pedir un código de su aplicación de autenticación
helpdesk-channel-mobile-sms = SMS
helpdesk-channel-mobile-voice = llamada al teléfono móvil
helpdesk-channel-office-voice = llamada al teléfono de la oficina
helpdesk-channel-email = correo electrónico
helpdesk-channel-app = aplicación de autenticación
helpdesk-challenge-sent = El código se envió por { $channel }. Pida a la persona que llama que se lo lea.
helpdesk-challenge-app = Pida a la persona que llama que abra su aplicación de autenticación y le lea el código actual.
helpdesk-challenge-not-sent = No se pudo enviar el código en este momento. Inténtelo de nuevo dentro de un momento o use otro método.
helpdesk-challenge-limit = Se enviaron demasiados códigos a esta cuenta en la última hora. Use la aplicación de autenticación o vuelva a intentarlo más tarde.
helpdesk-changed-meanwhile = Otra persona cambió esta verificación en el mismo momento. Vuelva a consultar la página.
helpdesk-answer-label = Código que leyó la persona que llama ({ $channel })
helpdesk-answer-hint = Escríbalo tal como lo lee la persona que llama; los espacios no importan. Los códigos son válidos durante 5 minutos.
helpdesk-answer-submit = Comprobar código
helpdesk-answer-verified = La persona que llama está verificada. Las acciones siguientes están disponibles para usted durante los próximos { $minutes } minutos.
helpdesk-answer-next = Correcto. Esta persona es administrador: pídale un código con un segundo método distinto.
helpdesk-answer-wrong = Ese código no es correcto. Pida a la persona que llama que vuelva a leerlo.
helpdesk-answer-too-many = Ese código se escribió mal demasiadas veces, así que se cerró esta verificación. Si la persona que llama es quien dice ser, empiece de nuevo; si no, avise a su equipo de seguridad.
helpdesk-answer-no-code = No hay ningún código pendiente: expiró o no se envió. Envíe uno nuevo.
helpdesk-actions-heading = Acciones
helpdesk-actions-verifier = Su rol verifica a las personas que llaman y envía vínculos de registro. Las contraseñas las restablece un administrador de contraseñas.
helpdesk-action-reset = Restablecer contraseña
helpdesk-action-unlock = Desbloquear
helpdesk-action-pass = Emitir pase de acceso temporal
helpdesk-approval-needed = Esta persona es administrador. Antes de que actúe, un segundo agente (otro administrador global) debe aprobarlo.
helpdesk-approval-ask = Pedir aprobación
helpdesk-approval-asked = Se pidió la aprobación a los demás administradores globales. Esta página mostrará las acciones en cuanto uno de ellos lo apruebe.
helpdesk-approval-waiting = Esperando la aprobación de un segundo agente.
helpdesk-unlocked = Se desbloqueó la cuenta y se avisó al usuario.
helpdesk-more-heading = Más
helpdesk-registration-link = Enviar un vínculo de registro por correo electrónico
helpdesk-registration-link-sent = Se envió al usuario por correo electrónico un vínculo para registrar su información de seguridad.
helpdesk-close = Finalizar verificación
helpdesk-closed = Se finalizó la verificación.
helpdesk-error-no-address = Este usuario no tiene ninguna dirección de correo electrónico a la que enviar el vínculo.
helpdesk-verify-first = Verifique primero a la persona que llama en la consola de soporte técnico.
helpdesk-verify-first-link = Verificar a la persona que llama
helpdesk-refused-not-verified = Verifique primero a la persona que llama en la consola de soporte técnico: no se puede hacer nada en esta cuenta hasta que lo haga, y después solo durante unos minutos.
helpdesk-refused-channel = Ese método no se puede usar: la persona que llama no lo ha registrado o el soporte técnico no puede usarlo (preguntas de seguridad, llaves de acceso).
helpdesk-refused-already-passed = La persona que llama ya superó ese método. Elija otro.
helpdesk-refused-not-pending = La persona que llama ya está verificada, o esta verificación ha finalizado.
helpdesk-refused-approval-needed = Esta es la cuenta de un administrador: primero debe aprobarlo un segundo agente.
helpdesk-refused-approval-asked = Ya se pidió la aprobación.
helpdesk-refused-another-agent = Solo puede aprobarlo un segundo agente: ni el que verificó a la persona que llama ni la propia persona que llama.
helpdesk-refused-nothing-to-approve = No hay nada pendiente de aprobación, o la verificación ha finalizado.
helpdesk-notice-verified-subject = { $org }: el departamento de soporte técnico verificó su identidad
helpdesk-notice-verified-body =
    Hola, { $name }:

    { $agent }, del departamento de soporte técnico, verificó su identidad el { $when } (UTC) con uno de sus métodos registrados. Ahora el departamento de soporte técnico puede restablecer su contraseña, desbloquear su cuenta o darle un pase de acceso temporal.

    Si no llamó al departamento de soporte técnico, comuníquenoslo de inmediato: { $link }
helpdesk-notice-unlocked-subject = { $org }: el departamento de soporte técnico desbloqueó su cuenta
helpdesk-notice-unlocked-body =
    Hola, { $name }:

    { $agent }, del departamento de soporte técnico, desbloqueó su cuenta el { $when } (UTC). Su contraseña no ha cambiado.

    Si no lo solicitó, comuníquenoslo de inmediato: { $link }
helpdesk-notice-approval-subject = { $org }: se necesita aprobación para la cuenta de un administrador
helpdesk-notice-approval-body =
    Hola, { $name }:

    { $agent } verificó a { $account } en el soporte técnico y pide que un segundo agente lo apruebe antes de actuar sobre la cuenta de ese administrador.

    Apruébelo u omítalo en la consola de soporte técnico: { $link }
helpdesk-notice-burst-subject = { $org }: muchas verificaciones de una misma cuenta en el soporte técnico
helpdesk-notice-burst-body =
    Hola, { $name }:

    El soporte técnico inició { $count ->
        [one] una verificación
       *[other] { $count } verificaciones
    } de { $account } en menos de una hora; la última la hizo { $agent }. Quienes se hacen pasar por un empleado suelen probar con varios agentes.

    Revise el registro de auditoría (actividades que contienen "soporte técnico") y avise a los agentes.
admin-activity-helpdesk-started-caller-verification = El soporte técnico inició la verificación de una persona que llama
admin-activity-helpdesk-sent-a-verification-challenge = El soporte técnico envió una solicitud de verificación
admin-activity-helpdesk-checked-a-caller-s-method = El soporte técnico comprobó un método de una persona que llama
admin-activity-helpdesk-caller-verified = Persona que llama verificada por el soporte técnico
admin-activity-helpdesk-closed-caller-verification = El soporte técnico cerró la verificación de una persona que llama
admin-activity-helpdesk-asked-for-a-second-agent-s-approval = El soporte técnico pidió la aprobación de un segundo agente
admin-activity-helpdesk-second-agent-approved = Aprobación de un segundo agente del soporte técnico
admin-activity-helpdesk-verification-burst-reported = Serie de verificaciones del soporte técnico notificada
admin-activity-unlock-user-account-helpdesk = Desbloquear cuenta de usuario (soporte técnico)
admin-activity-helpdesk-sent-a-registration-link = El soporte técnico envió un vínculo de registro
admin-activity-update-helpdesk-settings = Actualizar la configuración del soporte técnico
helpdesk-send-app-notification = Enviar una notificación a su aplicación Latchkey
helpdesk-channel-app-notification = aplicación Latchkey
helpdesk-challenge-pushed = Se envió una notificación a la aplicación Latchkey de la persona que llama. Léale el número { $number }; la persona lo elige en la aplicación.
helpdesk-pushed-read-out = Léale este número a la persona que llama; lo elige en la aplicación Latchkey:
helpdesk-answer-check-app = Comprobar la respuesta de la aplicación
helpdesk-answer-not-yet = La aplicación aún no ha respondido. Espere a la persona que llama y vuelva a comprobarlo.
helpdesk-answer-denied = La persona que llama rechazó la notificación o indicó que no era ella, así que esta verificación se cerró. No actúe sobre esta cuenta; avise a su equipo de seguridad si tiene dudas sobre la llamada.
helpdesk-verify-first-approval = La persona que llama está verificada, pero esta es la cuenta de un administrador: primero debe aprobarlo un segundo agente en la consola de soporte técnico.
helpdesk-refused-no-approver = Nadie más puede aprobarlo: no hay ningún otro administrador global habilitado. Restablezca la contraseña de un administrador con la línea de comandos en el servidor (latchkey user reset-password) o deje que use el restablecimiento de contraseña de autoservicio.
helpdesk-refused-blocked = Demasiadas respuestas incorrectas para esta cuenta en las últimas 24 horas, así que el soporte técnico no puede verificarla hasta 24 horas después de la última. Se avisó al usuario, a los administradores globales y a los contactos de seguridad. Si la persona que llama es quien dice ser, aún puede restablecer la contraseña mediante el autoservicio.
helpdesk-answer-blocked = Esa fue la quinta respuesta incorrecta para esta cuenta hoy, así que la verificación de esta cuenta por el soporte técnico queda suspendida durante 24 horas, y se avisó al usuario, a los administradores globales y a los contactos de seguridad. No actúe sobre esta cuenta.
helpdesk-settings-error-contacts = Escriba como máximo { $max } direcciones.
helpdesk-notice-paused-subject = { $org }: el departamento de soporte técnico no pudo verificar su identidad
helpdesk-notice-paused-body =
    Hola, { $name }:

    Alguien del departamento de soporte técnico ({ $agent }) intentó verificar su identidad varias veces con códigos incorrectos, la última vez el { $when } (UTC). Para proteger su cuenta, el departamento de soporte técnico no podrá verificar su identidad durante las próximas 24 horas. Puede seguir usando el restablecimiento de contraseña de autoservicio.

    Si no llamó al departamento de soporte técnico, comuníquenoslo de inmediato: { $link }
helpdesk-notice-blocked-subject = { $org }: verificación de una cuenta por el soporte técnico suspendida
helpdesk-notice-blocked-body =
    Hola, { $name }:

    El soporte técnico introdujo { $count ->
        [one] un código incorrecto
       *[other] { $count } códigos incorrectos
    } para { $account } en menos de un día; el último lo introdujo { $agent }. La verificación de esa cuenta por el soporte técnico queda suspendida durante 24 horas, y se avisó al usuario.

    Puede que alguien se esté haciendo pasar por esa persona, o que un agente esté intentando adivinar los códigos. Revise el registro de auditoría (actividades que contienen "soporte técnico").
helpdesk-notice-demoted-subject = { $org }: se quitó el rol a un administrador
helpdesk-notice-demoted-body =
    Hola, { $name }:

    { $agent } cambió el rol de { $account } de "{ $before }" a "{ $after }". Como usuario normal, a esa cuenta se le puede restablecer la contraseña y emitir un pase sin la segunda aprobación del soporte técnico.

    Si no lo esperaba, revise el registro de auditoría (Actualizar usuario).
admin-activity-helpdesk-verification-paused = Verificación del soporte técnico suspendida
