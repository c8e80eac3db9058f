signin-title = Iniciar sesión
signin-username = Nombre de usuario
signin-password = Contraseña
signin-submit = Iniciar sesión
signin-forgot = Olvidé mi contraseña
signin-with-pass = Iniciar sesión con un pase de acceso temporal
signin-signed-out = Ha cerrado la sesión.
signin-empty = Escriba su nombre de usuario y su contraseña.
signin-invalid = Su cuenta o contraseña no son correctas. Si no recuerda su contraseña, restablézcala ahora.
signin-locked = Su cuenta está bloqueada temporalmente para evitar un uso no autorizado. Vuelva a intentarlo más tarde y, si sigue teniendo problemas, póngase en contacto con su administrador.

## Sign-in with a Temporary Access Pass (/signin/access-pass).

signin-pass-title = Iniciar sesión con un pase de acceso temporal
signin-pass-intro = Su departamento de soporte técnico le proporciona un pase de acceso temporal cuando ya no tiene forma de demostrar su identidad o es nuevo. Le permite configurar su información de seguridad; no abre el resto de su cuenta.
signin-pass-label = Pase de acceso temporal
signin-pass-hint = 16 letras y dígitos, tal como se los dio su departamento de soporte técnico. Los guiones y los espacios no importan.
signin-pass-with-password = Iniciar sesión con su contraseña
signin-pass-enter-username = Escriba su nombre de usuario.
signin-pass-enter-pass = Escriba el pase de acceso temporal que le dio su departamento de soporte técnico.
signin-pass-invalid = Ese nombre de usuario y ese pase de acceso temporal no coinciden. Compruebe ambos; un pase deja de funcionar cuando expira, tras un inicio de sesión si era de un solo uso o cuando se emite uno nuevo. Pida un pase nuevo a su departamento de soporte técnico si lo necesita.
