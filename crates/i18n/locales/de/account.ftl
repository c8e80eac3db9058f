## My account (/account), the forced password change (/password/change),
## "Confirm it's you" (/account/confirm) and "This wasn't me" (/report/…).

account-title = Mein Konto
account-password-changed = Ihr Kennwort wurde geändert.
account-profile = Profil
account-name = Name
account-username = Benutzername
account-email = E-Mail
account-alternate-email = Alternative E-Mail-Adresse
account-mobile-phone = Mobiltelefon
account-office-phone = Bürotelefon
account-role = Rolle
account-groups = Gruppen
account-groups-none = Keine
account-not-set = Nicht festgelegt
account-security-info = Sicherheitsinformationen
account-no-methods = Sie haben noch keine Methode eingerichtet, mit der Sie Ihr Kennwort selbst zurücksetzen können.
account-manage-security-info = Sicherheitsinformationen verwalten
account-method-push = Latchkey-App auf { $value }
account-method-app = Authenticator-App: { $value }
account-method-passkey = Passkey: { $value }
account-method-email = E-Mail: { $value }
account-method-mobile = Mobiltelefon: { $value }
account-method-office = Bürotelefon: { $value }
account-method-questions = Sicherheitsfragen: { $count } beantwortet
account-change-password = Kennwort ändern
account-current-password = Aktuelles Kennwort
account-new-password = Neues Kennwort
account-new-password-hint = Mindestens { $min } Zeichen und anders als Ihr aktuelles Kennwort.
account-confirm-new-password = Neues Kennwort bestätigen
account-change-password-submit = Kennwort ändern
account-wrong-current = Ihr aktuelles Kennwort ist falsch.
account-locked = Ihr Konto ist vorübergehend gesperrt, um eine unbefugte Verwendung zu verhindern. Versuchen Sie es später noch einmal.
account-enter-current = Geben Sie Ihr aktuelles Kennwort ein.
account-enter-new = Geben Sie ein neues Kennwort ein.
account-enter-confirm = Geben Sie das neue Kennwort zur Bestätigung erneut ein.

## My account: the language preference.

account-language-title = Sprache
account-language-intro = Die Sprache, in der Latchkey-Seiten für Sie angezeigt werden – auf jedem Gerät, auf dem Sie sich anmelden.
account-language-label = Anzeigesprache
account-language-browser = Sprache meines Browsers verwenden
account-language-submit = Sprache speichern
account-language-saved = Ihre Spracheinstellung wurde gespeichert.

## The forced password change.

account-forced-title = Kennwort aktualisieren
account-forced-intro = Sie müssen ein neues Kennwort auswählen, bevor Sie fortfahren, weil Sie sich zum ersten Mal anmelden oder weil ein Administrator Ihr Kennwort zurückgesetzt hat.
account-forced-hint = Mindestens { $min } Zeichen. Einige Wörter ohne Zusammenhang ergeben ein sicheres Kennwort, das leicht zu merken ist.
account-forced-submit = Kennwort aktualisieren

## "Confirm it's you".

account-confirm-title = Identität bestätigen
account-confirm-intro = Geben Sie zu Ihrer Sicherheit Ihr Kennwort erneut ein, bevor Sie Ihre Sicherheitsinformationen ändern.
account-confirm-submit = Bestätigen
account-confirm-cancel = Abbrechen
account-confirm-empty = Geben Sie Ihr Kennwort ein.
account-confirm-wrong = Dieses Kennwort ist nicht richtig. Geben Sie das Kennwort ein, mit dem Sie sich anmelden. Wenn Sie es nicht mehr wissen, melden Sie sich ab und setzen Sie es zurück.

## "This wasn't me", from the link in a reset notice.

account-report-title = Eine Änderung melden, die Sie nicht vorgenommen haben
account-report-intro = Wenn Sie nicht gerade Ihr Kennwort zurückgesetzt, Ihr Konto entsperrt, Ihre Sicherheitsinformationen geändert oder bei Ihrem Helpdesk einen befristeten Zugriffspass angefordert haben, hat das möglicherweise jemand anderes getan. Wir sperren die Anmeldung an Ihrem Konto und informieren Ihre Administratoren, die Ihnen helfen, sicher wieder Zugriff zu erhalten.
account-report-submit = Das war ich nicht: Mein Konto sperren
account-report-back = Das war ich, zurück
account-report-expired-title = Dieser Link ist abgelaufen
account-report-expired-text = Wenn Sie sich Sorgen um Ihr Konto machen, wenden Sie sich an Ihren Administrator.
account-report-thanks-title = Vielen Dank für Ihre Meldung
account-report-blocked = Wir haben die Anmeldung an Ihrem Konto gesperrt und Ihre Administratoren informiert. Sie werden sich mit Ihnen in Verbindung setzen, damit Sie sicher wieder Zugriff erhalten.
account-report-ended = Wir haben alle Sitzungen Ihres Kontos beendet, und bei Ihrer nächsten Anmeldung ist ein neues Kennwort erforderlich. Wir haben Ihre Administratoren informiert.
