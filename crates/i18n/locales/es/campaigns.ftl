# campaigns area: registration campaigns (/admin/campaigns), coverage over time on
# "Usage & insights", importing contact details (/admin/users/import-contacts), and the
# campaign's reminder email.

## /admin/campaigns

campaigns-title = Campaña de registro
campaigns-intro = Recuerda por correo a los usuarios que pueden restablecer su contraseña por sí mismos pero aún no han registrado suficiente información de seguridad que lo hagan, hasta que lo hayan hecho. Está desactivada hasta que usted la active, porque envía correos a personas.
campaigns-settings = Configuración
campaigns-status-on = { $days ->
    [one] Activada: los recordatorios salen cada día.
   *[other] Activada: los recordatorios salen cada { $days } días.
}
campaigns-status-off = Desactivada: no se envían recordatorios.
campaigns-reminded = { $n ->
    [one] { $n } usuario recibió un recordatorio en el intervalo actual.
   *[other] { $n } usuarios recibieron un recordatorio en el intervalo actual.
}
campaigns-enabled = Enviar recordatorios de registro
campaigns-enabled-hint = Los usuarios del ámbito del autoservicio que no han registrado suficientes métodos reciben un correo con un enlace a la página de registro. No se envía nada mientras el restablecimiento de contraseña de autoservicio esté en Ninguno.
campaigns-interval = Días entre recordatorios
campaigns-interval-hint = Un usuario recibe como mucho un recordatorio en estos días, y ninguno una vez registrado. De 1 a 90.
campaigns-include-reconfirm = Recordar también a los usuarios que deben volver a confirmar
campaigns-include-reconfirm-hint = Usuarios registrados que no han confirmado su información de seguridad en los días que pide la directiva de restablecimiento.
campaigns-save = Guardar
campaigns-saved = Se guardó la configuración de la campaña de registro.
campaigns-yes = Sí
campaigns-no = No
campaigns-read-only = Solo un administrador global puede cambiar esta configuración.
campaigns-more = Véase también
campaigns-link-reports = Cobertura de registro en Uso e información
campaigns-link-import = Importar datos de contacto desde un archivo
campaigns-link-settings = Configuración de la campaña de registro
campaigns-error-interval = Escriba un número entero de días entre { $min } y { $max }.

## Coverage over time, on /admin/reports

campaigns-history = Cobertura a lo largo del tiempo
campaigns-history-chart = Porcentaje de usuarios del ámbito registrados, por día
campaigns-history-none = Aún no se ha registrado la cobertura. Se registra una vez al día.
campaigns-history-table = Cobertura por día en forma de tabla
campaigns-history-caption = Cobertura de registro por día (UTC)
campaigns-history-col-registered = Registrados
campaigns-history-col-in-scope = En el ámbito
campaigns-history-col-percent = Porcentaje

## /admin/users/import-contacts

campaigns-import-title = Importar datos de contacto
campaigns-import-intro = Establezca las direcciones de correo y los números de teléfono de usuarios existentes desde un archivo CSV. La primera línea nombra las columnas: username y cualquiera de email, alternate_email, mobile_phone, office_phone. Una celda vacía conserva el valor guardado. Los números empiezan por + o 00 y el código del país.
campaigns-import-policy = Los datos de contacto importados solo sirven para restablecer una contraseña si la directiva tiene activado «Usar la información de contacto del directorio»; si no, los usuarios los siguen registrando y confirmando ellos mismos.
campaigns-import-upload = Elegir un archivo
campaigns-import-file = Archivo CSV
campaigns-import-file-hint = Hasta 2 MB y 10.000 filas, en UTF-8. Verá lo que cambia antes de que se guarde nada.
campaigns-import-check = Comprobar el archivo
campaigns-import-choose-file = Elija un archivo CSV para importar.
campaigns-import-preview = { $n ->
    [one] Cambiarán los datos de contacto de { $n } usuario
   *[other] Cambiarán los datos de contacto de { $n } usuarios
}
campaigns-import-preview-caption = Datos de contacto que cambiarán
campaigns-import-apply = { $n ->
    [one] Importar los datos de contacto de { $n } usuario
   *[other] Importar los datos de contacto de { $n } usuarios
}
campaigns-import-applied = { $n ->
    [one] Se cambiaron los datos de contacto de { $n } usuario.
   *[other] Se cambiaron los datos de contacto de { $n } usuarios.
}
campaigns-import-unchanged = { $n ->
    [one] { $n } fila no cambia nada.
   *[other] { $n } filas no cambian nada.
}
campaigns-import-bad-rows = { $n ->
    [one] { $n } fila no se puede importar
   *[other] { $n } filas no se pueden importar
}
campaigns-import-nothing-written = No se cambió nada. Corrija estas filas e inténtelo de nuevo.
campaigns-import-bad-caption = Filas que no se pueden importar
campaigns-import-col-line = Línea
campaigns-import-col-user = Usuario
campaigns-import-col-problem = Problema
campaigns-import-col-field = Campo
campaigns-import-col-before = Ahora
campaigns-import-col-after = Tras la importación
campaigns-import-no-username = La fila de encabezado necesita una columna username (la primera línea nombra las columnas: username,email,…).
campaigns-import-empty = El archivo está vacío: la primera línea debe nombrar las columnas (username,email,…).
campaigns-import-too-large = El archivo supera { $max } MB. Divídalo en archivos más pequeños.
campaigns-import-too-many-rows = El archivo tiene más de { $max } filas. Divídalo en archivos más pequeños.
campaigns-import-cell-too-long = Este valor supera los { $max } caracteres.
campaigns-import-no-user = No hay ningún usuario «{ $name }».
campaigns-import-synced = Esta cuenta viene de su directorio local: sus datos de contacto se gestionan allí.
campaigns-import-self = Sus propios datos de contacto se cambian en Mi cuenta, no con una importación.
campaigns-import-admin = Los datos de contacto de un administrador se cambian en su propia página, después de que el soporte técnico lo verifique y otro administrador global lo apruebe, no con una importación.
campaigns-api-csv-only = Envíe el archivo como cuerpo, con Content-Type: text/csv.
campaigns-api-dry-run = Indique dry_run como true o false.

## The reminder email. Placeholders: $org, $greeting, $setup_url, $reconfirm, $days.

campaigns-email-subject = Configure el restablecimiento de contraseña de su cuenta de { $org }
campaigns-email-subject-reconfirm = Revise la información de seguridad de su cuenta de { $org }
campaigns-email-body = Aún no ha configurado cómo comprobar que es usted si olvida su contraseña de { $org }, por ejemplo un número de teléfono o una aplicación de autenticación. Lleva un par de minutos y después podrá volver a entrar en su cuenta por su cuenta, a cualquier hora.
campaigns-email-body-reconfirm = Es hora de comprobar que la información de seguridad de su cuenta de { $org } sigue siendo correcta, para que pueda seguir restableciendo su contraseña por su cuenta. Lleva un minuto.
campaigns-email-button = Configurar ahora
campaigns-email-button-reconfirm = Revisar mi información de seguridad
campaigns-email-here = Abra esta página e inicie sesión:
campaigns-email-copy = O copie esta dirección en su navegador: { $setup_url }
campaigns-email-why = { $days ->
    [one] Recibirá este recordatorio cada día hasta que esté hecho. Nunca le pedimos su contraseña ni un código por correo.
   *[other] Recibirá este recordatorio cada { $days } días hasta que esté hecho. Nunca le pedimos su contraseña ni un código por correo.
}

## Audit log activities

admin-activity-update-registration-campaign-settings = Actualizar la configuración de la campaña de registro
admin-activity-registration-campaign-run = Ejecución de la campaña de registro
admin-activity-import-contact-details = Importar datos de contacto
