signin-title = Se connecter
signin-username = Nom d'utilisateur
signin-password = Mot de passe
signin-submit = Se connecter
signin-forgot = Mot de passe oublié
signin-with-pass = Se connecter avec un passe d'accès temporaire
signin-signed-out = Vous vous êtes déconnecté.
signin-empty = Saisissez votre nom d'utilisateur et votre mot de passe.
signin-invalid = Votre compte ou votre mot de passe est incorrect. Si vous ne vous souvenez plus de votre mot de passe, réinitialisez-le maintenant.
signin-locked = Votre compte est temporairement verrouillé pour empêcher toute utilisation non autorisée. Réessayez plus tard et, si le problème persiste, contactez votre administrateur.

## Sign-in with a Temporary Access Pass (/signin/access-pass).

signin-pass-title = Se connecter avec un passe d’accès temporaire
signin-pass-intro = Votre support technique vous remet un passe d’accès temporaire lorsque vous n’avez plus aucun moyen de prouver votre identité, ou lorsque vous êtes nouveau. Il vous permet de configurer vos informations de sécurité ; il n’ouvre pas le reste de votre compte.
signin-pass-label = Passe d’accès temporaire
signin-pass-hint = 16 lettres et chiffres, tels que votre support technique vous les a donnés. Les tirets et les espaces n’ont pas d’importance.
signin-pass-with-password = Se connecter avec votre mot de passe
signin-pass-enter-username = Entrez votre nom d’utilisateur.
signin-pass-enter-pass = Entrez le passe d’accès temporaire que votre support technique vous a donné.
signin-pass-invalid = Ce nom d’utilisateur et ce passe d’accès temporaire ne correspondent pas. Vérifiez les deux ; un passe cesse de fonctionner lorsqu’il expire, après une connexion s’il était à usage unique, ou lorsqu’un nouveau passe est émis. Demandez un nouveau passe à votre support technique si nécessaire.
