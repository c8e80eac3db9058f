signin-title = Anmelden
signin-username = Benutzername
signin-password = Kennwort
signin-submit = Anmelden
signin-forgot = Kennwort vergessen
signin-with-pass = Mit einem befristeten Zugriffspass anmelden
signin-signed-out = Sie haben sich abgemeldet.
signin-empty = Geben Sie Ihren Benutzernamen und Ihr Kennwort ein.
signin-invalid = Ihr Konto oder Kennwort ist falsch. Wenn Sie sich nicht an Ihr Kennwort erinnern, setzen Sie es jetzt zurück.
signin-locked = Ihr Konto ist vorübergehend gesperrt, um eine unbefugte Verwendung zu verhindern. Versuchen Sie es später erneut, und wenden Sie sich an Ihren Administrator, falls weiterhin Probleme auftreten.

## Sign-in with a Temporary Access Pass (/signin/access-pass).

signin-pass-title = Mit einem befristeten Zugriffspass anmelden
signin-pass-intro = Ihr Helpdesk stellt Ihnen einen befristeten Zugriffspass aus, wenn Sie Ihre Identität auf keinem anderen Weg mehr nachweisen können oder neu sind. Damit können Sie Ihre Sicherheitsinformationen einrichten; den Rest Ihres Kontos öffnet er nicht.
signin-pass-label = Befristeter Zugriffspass
signin-pass-hint = 16 Buchstaben und Ziffern, wie Ihr Helpdesk sie Ihnen gegeben hat. Bindestriche und Leerzeichen spielen keine Rolle.
signin-pass-with-password = Mit Ihrem Kennwort anmelden
signin-pass-enter-username = Geben Sie Ihren Benutzernamen ein.
signin-pass-enter-pass = Geben Sie den befristeten Zugriffspass ein, den Ihr Helpdesk Ihnen gegeben hat.
signin-pass-invalid = Dieser Benutzername und dieser befristete Zugriffspass passen nicht zusammen. Überprüfen Sie beides; ein Pass funktioniert nicht mehr, wenn er abgelaufen ist, nach einer Anmeldung, wenn er nur einmal gültig war, oder wenn ein neuer ausgestellt wurde. Bitten Sie Ihren Helpdesk bei Bedarf um einen neuen Pass.
