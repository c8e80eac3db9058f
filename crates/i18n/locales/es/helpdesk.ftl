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
helpdesk-pushed-read-out = Para la aplicación Latchkey: léale este número a la persona que llama; lo elige en la aplicación:
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
## The caller's manager approving by email
helpdesk-refused-no-manager = La persona que llama no tiene ningún responsable que pueda aprobarlo: su cuenta no tiene ninguno asignado, la cuenta del responsable está deshabilitada, no tiene dirección de correo electrónico o debe cambiar antes su contraseña, o el responsable es usted. Elija uno de los métodos propios de la persona que llama.
helpdesk-refused-manager-asked = Ya se pidió la aprobación a su responsable sobre esta persona, en esta verificación o por parte de otro agente. Espere la respuesta o, mientras tanto, use uno de los métodos propios de la persona que llama.
helpdesk-refused-manager-admin = Esta es la cuenta de un administrador: demuestra su identidad con dos de sus propios métodos, no con la aprobación de su responsable.
helpdesk-refused-manager-paused = Un responsable rechazó una llamada al soporte técnico para esta cuenta en las últimas 24 horas, así que no se preguntará a ningún responsable sobre ella hasta que pase ese plazo. Use uno de los métodos propios de la persona que llama.
helpdesk-refused-wrong-number = Ese no es el número que se dio a la persona que llama.
helpdesk-send-manager = Pedir a su responsable, { $manager }, que lo apruebe (por correo electrónico)
helpdesk-challenge-manager = Enviamos un correo electrónico al responsable de la persona que llama. Léale ahora este número a la persona que llama: { $number }. Su responsable la localizará en un número que conoce y se lo pedirá. Elija Volver a comprobar para ver la respuesta; mientras tanto, puede enviar un código a la persona que llama.
helpdesk-manager-read-out = Para su responsable: léale este número a la persona que llama; su responsable se lo pedirá:
helpdesk-manager-waiting = Esperando la aprobación de { $manager }.
helpdesk-manager-until = Debe responder a más tardar el { $until }.
helpdesk-manager-check = Volver a comprobar
helpdesk-manager-approved = { $manager } lo aprobó.
helpdesk-manager-denied = { $manager } lo rechazó, así que se cerró la verificación. No se volverá a preguntar al responsable de la persona que llama durante 24 horas; use uno de los métodos propios de la persona que llama.
helpdesk-manager-still-asked = { $manager } aún no ha respondido. Si lo rechaza, esta verificación se cierra de inmediato.
helpdesk-manager-gone = (una cuenta eliminada)
helpdesk-notice-manager-subject = { $org }: confirme a una persona que llama al soporte técnico, { $account }
helpdesk-notice-manager-body =
    Hola, { $name }:

    { $agent }, del departamento de soporte técnico, está al teléfono con alguien que dice ser { $account } y le pide a usted, como su responsable, que lo confirme antes de ayudarle con su cuenta.

    1. Localice personalmente a { $account } en un número de teléfono o un chat que ya conozca. Una llamada o un mensaje de esa persona pidiéndole que lo apruebe no cuenta.
    2. Pídale el número que el soporte técnico acaba de darle.
    3. Inicie sesión en Latchkey y escriba ese número para aprobarlo: { $link }

    Si esa persona no sabe nada de la llamada, rechácelo: se finalizará la verificación del soporte técnico y se avisará al equipo de seguridad. Si ahora no puede localizarla, indíquelo en la misma página: no se avisa a nadie. La solicitud caduca el { $until } (UTC).
helpdesk-notice-manager-none = ninguno
helpdesk-notice-manager-changed-subject = { $org }: cambió su responsable para las llamadas al soporte técnico
helpdesk-notice-manager-changed-body =
    Hola, { $name }:

    El { $when } (UTC), { $agent } cambió su responsable en Latchkey. Nuevo responsable: { $manager }. Cuando llame al departamento de soporte técnico, pueden pedir a su responsable que confirme que es usted.

    Si no lo esperaba, comuníquenoslo de inmediato: { $link }
helpdesk-notice-manager-denied-user-subject = { $org }: su responsable no confirmó una llamada al soporte técnico
helpdesk-notice-manager-denied-user-body =
    Hola, { $name }:

    El { $when } (UTC), alguien llamó al departamento de soporte técnico ({ $agent }) en su nombre, y su responsable no confirmó que fuera usted. Desde el inicio de la llamada no se registró ningún restablecimiento, desbloqueo ni cambio de su información de seguridad.

    Si fue usted, vuelva a llamar y verifique su identidad con uno de sus propios métodos. Si no, comuníquenoslo de inmediato: { $link }
helpdesk-notice-manager-denied-subject = { $org }: un responsable rechazó a una persona que llamó al soporte técnico
helpdesk-notice-manager-denied-body =
    Hola, { $name }:

    { $manager } negó que la persona a la que atendía { $agent } fuera { $account }. Se cerró la verificación; desde el inicio de la llamada no se registró en la cuenta ningún restablecimiento, desbloqueo, pase ni cambio de la información de seguridad. Quienes se hacen pasar por un empleado suelen volver a intentarlo con otro agente.

    Revise el registro de auditoría (actividades que contienen "soporte técnico" y "responsable") y avise a los agentes.
helpdesk-settings-manager = Los agentes pueden pedir la aprobación del responsable de la persona que llama
helpdesk-settings-manager-hint = Por correo electrónico; el responsable inicia sesión y escribe el número que se dio a la persona que llama. No se aplica a las cuentas de administradores. Actívelo con cuidado una vez asignados los responsables, o sincronizados desde el directorio: la respuesta de un responsable avala a las personas a su cargo.
admin-activity-helpdesk-asked-the-caller-s-manager-to-approve = El soporte técnico pidió la aprobación del responsable de una persona que llama
admin-activity-manager-approved-a-helpdesk-caller = Un responsable aprobó a una persona que llama al soporte técnico
admin-activity-manager-denied-a-helpdesk-caller = Un responsable rechazó a una persona que llama al soporte técnico
admin-activity-update-manager = Actualizar responsable
manager-requests-title = Solicitudes del soporte técnico
manager-requests-none = No hay nada pendiente de su respuesta.
manager-requests-intro = El soporte técnico le pide, como responsable, que confirme quién está al teléfono. Si esa persona no sabe nada de la llamada, elija No, rechazar: se finaliza la verificación del soporte técnico y se avisa al equipo de seguridad. Si ahora no puede localizarla, elija No puedo localizarla ahora: no se avisa a nadie.
manager-requests-caller = ¿Está llamando { $account } al soporte técnico?
manager-requests-detail = Solicitado por { $agent } el { $when }.
manager-requests-until = Responda a más tardar el { $until }.
manager-requests-how = Localice personalmente a { $name } en un número de teléfono o un chat que ya conozca (una llamada o un mensaje de esa persona pidiéndole que lo apruebe no cuenta), y pídale el número que le dio el soporte técnico.
manager-requests-number = Número que le dio el soporte técnico
manager-requests-number-hint = Dos dígitos.
manager-requests-approve = Aprobar
manager-requests-deny = No, rechazar
manager-requests-back = Volver a Mi cuenta
manager-requests-approved = Gracias: confirmó a la persona que llama, y el soporte técnico ya puede ayudarla.
manager-requests-wrong = Ese no es el número que le dio el soporte técnico. Compruébelo con esa persona; intentos restantes: { $left }. Después, la solicitud se rechazará.
manager-requests-denied = Lo rechazó. Se finalizó la verificación del soporte técnico, y se avisó al equipo de seguridad.
manager-requests-no-number = Escriba el número de dos dígitos que le dio el soporte técnico y, luego, elija Aprobar. No se contó ningún intento.
manager-requests-gone = Esa solicitud ya no está pendiente: se respondió, caducó o no era para usted.
account-helpdesk-requests = El soporte técnico espera su respuesta ({ $count }): confirme a una persona que llama
admin-manager-heading = Responsable
admin-manager-hint = Cuando la configuración del soporte técnico lo permite, el soporte técnico puede pedir al responsable, por correo electrónico, que confirme a una persona que llama y dice ser este usuario. Se avisa al usuario cuando cambia su responsable.
admin-manager-external = El responsable procede del atributo manager del directorio local.
admin-manager-label = Nombre de usuario del responsable
admin-manager-field-hint = Déjelo vacío para quitar el responsable.
admin-manager-save = Guardar responsable
admin-manager-unknown = Ninguna otra cuenta tiene ese nombre de usuario. Escriba el nombre de usuario del responsable o deje el campo vacío.
admin-manager-self = Un usuario no puede ser su propio responsable.
admin-manager-yourself = No puede asignarse a sí mismo como responsable de otra persona: pídaselo a otro administrador.
helpdesk-refused-own-method = La persona que llama se verificó solo con la aprobación de su responsable. Eso le permite restablecer su contraseña o desbloquear su cuenta, pero no emitir un pase de acceso temporal ni cambiar su información de seguridad. Para ello, cierre esta verificación y verifique a la persona que llama con uno de sus propios métodos.
helpdesk-manager-unconfirmed = { $manager } no pudo localizar a la persona que llama para confirmarlo. Use uno de los métodos propios de la persona que llama.
helpdesk-manager-void = { $manager } ya no puede responder: ya no es responsable de la persona que llama, no puede iniciar sesión ahora o se desactivó la aprobación del responsable. Use uno de los métodos propios de la persona que llama.
helpdesk-notice-manager-denied-acted-user-subject = { $org }: su responsable no confirmó una llamada al soporte técnico
helpdesk-notice-manager-denied-acted-user-body =
    Hola, { $name }:

    El { $when } (UTC), alguien llamó al departamento de soporte técnico ({ $agent }) en su nombre, y su responsable no confirmó que fuera usted. Su cuenta cambió desde el inicio de la llamada (los mensajes anteriores indican cómo), y se avisó al equipo de seguridad: es posible que vuelva a restablecer su contraseña por precaución.

    Si no fue usted, comuníquenoslo de inmediato: { $link }
helpdesk-notice-manager-denied-acted-subject = { $org }: urgente, un responsable rechazó a una persona a la que el soporte técnico ya había ayudado
helpdesk-notice-manager-denied-acted-body =
    Hola, { $name }:

    { $manager } negó que la persona a la que atendía { $agent } fuera { $account }. Se cerró la verificación, pero desde el inicio de la llamada se registraron estos cambios en la cuenta:

    { $actions }

    Actúe ahora: vuelva a restablecer la contraseña de la cuenta, revoque cualquier pase de acceso temporal, revise su información de seguridad y localice al usuario en un número que ya conozca. Después, avise a los agentes.
admin-activity-manager-typed-a-wrong-number-for-a-helpdesk-caller = Un responsable escribió un número incorrecto para una persona que llamó al soporte técnico
admin-activity-manager-could-not-confirm-a-helpdesk-caller = Un responsable no pudo confirmar a una persona que llamó al soporte técnico
manager-requests-cannot-confirm = No puedo localizarla ahora
manager-requests-unconfirmed = Indicó que ahora no puede localizar a esa persona. El soporte técnico verificará a la persona que llama de otra forma; no se avisó a nadie.
manager-requests-office-phone = Su número de oficina registrado: { $phone }
manager-requests-ended = Esa solicitud ya no se puede aprobar: la llamada o su plazo terminó, o el soporte técnico no puede actuar sobre la cuenta ahora. Si no era esa persona, aún puede rechazarla.
manager-requests-ended-card = Ya no puede aprobar esta solicitud: la llamada o su plazo terminó, o el soporte técnico no puede actuar sobre esta cuenta ahora. Si esa persona no sabe nada de la llamada, rechácela: se avisa al equipo de seguridad.
