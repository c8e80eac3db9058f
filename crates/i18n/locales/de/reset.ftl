## Die Self-Service-Kennwortzurücksetzung (/reset).

## Shared by the reset pages.

reset-title = Zurück in Ihr Konto
reset-next = Weiter
reset-cancel = Abbrechen
reset-back-to-sign-in = Zurück zur Anmeldung
reset-start-again = Neu beginnen
reset-sign-in = Anmelden
reset-try-again = Erneut versuchen
reset-contact-admin = Wenden Sie sich an Ihren Administrator

## Start page.

reset-start-heading = Wer sind Sie?
reset-start-intro = Geben Sie Ihren Benutzernamen ein, um Ihr Konto wiederherzustellen.
reset-start-intro-captcha = Geben Sie Ihren Benutzernamen und die Zeichen im Bild ein, um Ihr Konto wiederherzustellen.
reset-start-username = Benutzername
reset-start-username-hint = Zum Beispiel mias oder mia.steele@example.org.
reset-start-username-missing = Geben Sie Ihren Benutzernamen ein.
reset-start-noscript = Die Prüfung, ob Sie ein Mensch sind, erfordert JavaScript. Ohne JavaScript können Sie dennoch fortfahren, einige Male pro Stunde.
reset-start-captcha-alt = CAPTCHA: sechs verzerrte Zeichen
reset-start-captcha-question = Können Sie das Bild nicht lesen? Beantworten Sie stattdessen diese Frage:
reset-start-captcha-label = Geben Sie die Zeichen im Bild oder die Antwort auf die Frage ein
reset-human-picture-used = Dieses Bild wurde bereits verwendet. Geben Sie die Zeichen im neuen Bild ein.
reset-human-picture-expired = Das Bild ist abgelaufen. Geben Sie die Zeichen im neuen Bild ein.
reset-human-picture-wrong = Die Zeichen stimmen nicht mit dem Bild überein. Versuchen Sie es mit dem neuen Bild, oder beantworten Sie stattdessen die Frage.
reset-human-check-again = Die Prüfung Ihres Browsers ist fehlgeschlagen. Warten Sie einen Moment, und versuchen Sie es erneut.
reset-human-check-busy = Aus Ihrem Netzwerk kamen gerade viele Anfragen, daher dauert die Prüfung Ihres Browsers etwas länger. Versuchen Sie es erneut.
reset-human-check-expired = Diese Seite war lange geöffnet, daher ist ihre Prüfung abgelaufen. Versuchen Sie es erneut.
reset-human-provider-failed = Die Prüfung, ob Sie ein Mensch sind, war nicht erfolgreich. Versuchen Sie es erneut.

## Reset or unlock.

reset-options-heading = Warum haben Sie Probleme bei der Anmeldung?
reset-options-legend = Wählen Sie eine Option aus
reset-options-forgot = Ich habe mein Kennwort vergessen
reset-options-forgot-hint = Kein Problem, wir helfen Ihnen, es mithilfe der registrierten Sicherheitsinformationen zurückzusetzen.
reset-options-unlock = Ich kenne mein Kennwort, kann mich aber trotzdem nicht anmelden
reset-options-unlock-hint = Das kann passieren, wenn Sie zu oft versucht haben, sich mit einem falschen Kennwort anzumelden. Wir entsperren Ihr Konto, und Ihr Kennwort bleibt erhalten.
reset-options-invalid = Wählen Sie eine der beiden Optionen aus.

## Methods.

reset-method-email = Eine E-Mail an meine alternative E-Mail-Adresse senden
reset-method-mobile-sms = Eine SMS an mein Mobiltelefon senden
reset-method-mobile-voice = Mein Mobiltelefon anrufen
reset-method-office-voice = Mein Bürotelefon anrufen
reset-method-app = Einen Code aus meiner Authentifikator-App eingeben
reset-method-questions = Meine Sicherheitsfragen beantworten
reset-method-app-notification = Eine Benachrichtigung auf meinem Telefon genehmigen
reset-method-passkey = Einen Passkey verwenden

## Verification page.

reset-verify-steps = Überprüfungsschritt { $step } > neues Kennwort auswählen
reset-verify-methods-heading = Wählen Sie die Kontaktmethode aus, die wir für die Überprüfung verwenden sollen:
reset-verify-choose = Wählen Sie eine Methode aus, um fortzufahren.
reset-verify-aside = Keine dieser Methoden funktioniert für Sie?
reset-verify-aside-helpdesk = oder an Ihren Helpdesk:
reset-verify-second-method = Erledigt. Wählen Sie jetzt eine zweite, andere Methode aus.
reset-verify-choose-shown = Wählen Sie eine der angezeigten Methoden aus.
reset-verify-email-label = E-Mail-Adresse
reset-verify-phone-label = Telefonnummer
reset-verify-send-email = E-Mail senden
reset-verify-send-text = SMS senden
reset-verify-send-call = Anrufen
reset-verify-destination-number = Geben Sie zum Schutz Ihres Kontos unten die vollständige Nummer ({ $masked }) so ein, wie Sie sie registriert haben. Die Landesvorwahl können Sie weglassen, wenn es dasselbe Land ist. Anschließend senden wir Ihnen einen Code.
reset-verify-destination-address = Geben Sie zum Schutz Ihres Kontos unten die vollständige Adresse ({ $masked }) ein. Anschließend senden wir Ihnen einen Code.
reset-verify-mismatch-address = Diese Adresse stimmt nicht mit der bei uns hinterlegten überein. Überprüfen Sie sie, und versuchen Sie es erneut, oder wählen Sie eine andere Methode aus.
reset-verify-mismatch-number = Diese Nummer stimmt nicht mit der bei uns hinterlegten überein. Überprüfen Sie sie, und versuchen Sie es erneut, oder wählen Sie eine andere Methode aus.
reset-verify-send-failed = Wir konnten gerade keinen Code senden. Versuchen Sie es in einem Moment erneut, oder wählen Sie eine andere Methode aus.
reset-verify-code-email = Wir haben einen Code per E-Mail an { $masked } gesendet. Er ist 5 Minuten lang gültig.
reset-verify-code-sms = Wir haben einen Code per SMS an { $masked } gesendet. Er ist 5 Minuten lang gültig.
reset-verify-code-call = Wir rufen { $masked } an, um Ihnen einen Code vorzulesen. Er ist 5 Minuten lang gültig.
reset-verify-code-label = Geben Sie Ihren Überprüfungscode ein
reset-verify-new-code = Neuen Code senden
reset-verify-app-prompt = Öffnen Sie Ihre Authentifikator-App, und geben Sie den sechsstelligen Code ein, den sie für dieses Konto anzeigt.
reset-verify-app-label = Geben Sie den Code aus Ihrer Authentifikator-App ein
reset-verify-questions-prompt = Beantworten Sie die folgenden Fragen so, wie Sie sie bei der Registrierung beantwortet haben.
reset-verify-answer-shown = Beantworten Sie die angezeigten Fragen.
reset-verify-passkey-prompt = Verwenden Sie den Passkey auf diesem Gerät oder einen Sicherheitsschlüssel: Wählen Sie „Meinen Passkey verwenden“ aus, und folgen Sie dann den Schritten Ihres Browsers (Fingerabdruck, Gesicht, PIN oder Bildschirmsperre).
reset-verify-passkey-noscript-strong = Für die Verwendung eines Passkeys ist JavaScript erforderlich
reset-verify-passkey-noscript-rest = , das in diesem Browser deaktiviert ist. Aktivieren Sie es, und laden Sie diese Seite neu, oder wählen Sie eine andere Methode aus.
reset-verify-passkey-button = Meinen Passkey verwenden
reset-verify-push-send-prompt = Wir senden eine Benachrichtigung an die Latchkey-App auf Ihrem Telefon. Öffnen Sie sie, geben Sie die Zahl ein, die diese Seite anzeigt, und genehmigen Sie die Anforderung.
reset-verify-push-send = Benachrichtigung senden
reset-verify-push-wait-prompt = Öffnen Sie die Latchkey-App auf Ihrem Telefon, und geben Sie diese Zahl ein
reset-verify-push-waiting = Warten auf Ihre Genehmigung…
reset-verify-push-approved = Ich habe genehmigt
reset-verify-push-again = Neue Benachrichtigung senden

## Refusals.

reset-check-passkey-noscript = Für die Verwendung eines Passkeys ist JavaScript erforderlich, das in diesem Browser nicht ausgeführt wurde. Aktivieren Sie es, und versuchen Sie es erneut, oder wählen Sie eine andere Methode aus.
reset-check-no-code = Für diese Methode liegt kein Code vor, oder er ist abgelaufen. Senden Sie einen neuen Code.
reset-check-busy = Es werden gerade mehrere Codes gleichzeitig überprüft. Warten Sie einen Moment, und versuchen Sie es erneut.
reset-check-app-wrong = Dieser Code ist nicht korrekt. Warten Sie auf den nächsten Code in Ihrer App, und versuchen Sie es erneut.
reset-check-answers-wrong = Mindestens eine Antwort stimmt nicht überein. Überprüfen Sie Ihre Antworten, und versuchen Sie es erneut.
reset-check-code-not-right = Dieser Code ist nicht korrekt.
reset-check-code-wrong = Dieser Code ist nicht korrekt. Überprüfen Sie ihn, und versuchen Sie es erneut.
reset-check-code-too-many = Dieser Code wurde zu oft falsch eingegeben. Senden Sie einen neuen Code.
reset-check-code-expired = Dieser Code ist abgelaufen. Senden Sie einen neuen Code.
reset-passkey-no-ceremony = Ihre Passkey-Anforderung ist abgelaufen oder wurde bereits verwendet. Wählen Sie „Meinen Passkey verwenden“ aus, um es erneut zu versuchen.
reset-passkey-wrong = Ihr Passkey konnte nicht überprüft werden. Versuchen Sie es erneut, oder wählen Sie eine andere Methode aus.
reset-passkey-busy = Es laufen gerade mehrere Überprüfungen gleichzeitig. Warten Sie einen Moment, und versuchen Sie es erneut.
reset-passkey-expired = Ihre Sitzung ist abgelaufen. Beginnen Sie neu; es dauert nur eine Minute.
reset-passkey-blocked = Zu Ihrer Sicherheit ist die Self-Service-Kennwortzurücksetzung für dieses Konto 24 Stunden lang gesperrt. Wenn Sie früher Zugriff benötigen, wenden Sie sich an Ihren Administrator.
reset-passkey-not-offered = Bei diesem Schritt kann kein Passkey verwendet werden. Wählen Sie eine der angezeigten Methoden aus.
reset-push-failed = Ihr Telefon war nicht erreichbar. Stellen Sie sicher, dass es online ist und die Latchkey-App installiert ist, und versuchen Sie es dann erneut, oder wählen Sie eine andere Methode aus.
reset-push-gone = Die Benachrichtigungen auf Ihrem Telefon funktionieren nicht mehr. Richten Sie die Latchkey-App in Ihren Sicherheitsinformationen erneut ein, oder wählen Sie eine andere Methode aus.
reset-push-too-many = Wir haben in den letzten 10 Minuten bereits 3 Anforderungen an Ihr Telefon gesendet. Warten Sie einige Minuten, oder wählen Sie eine andere Methode aus.
reset-push-no-request = Für Ihr Telefon liegt keine Anforderung vor. Senden Sie eine neue.
reset-push-expired = Die Anforderung ist abgelaufen. Senden Sie eine neue.
reset-push-not-yet = Noch nicht genehmigt. Öffnen Sie die Latchkey-App auf Ihrem Telefon, geben Sie die hier angezeigte Zahl ein, und genehmigen Sie die Anforderung.
reset-push-wrong-number = Die in der App eingegebene Zahl stimmt nicht mit der hier angezeigten überein. Senden Sie eine neue Anforderung, und geben Sie die auf dieser Seite angezeigte Zahl ein.
reset-push-denied-title = Anforderung abgelehnt
reset-push-denied = Sie haben die Anforderung in der Latchkey-App abgelehnt, daher wurde diese Kennwortzurücksetzung beendet. Beginnen Sie neu, falls das ein Versehen war.
reset-push-reported = Die Anforderung wurde in der Latchkey-App als nicht von Ihnen stammend gemeldet. Daher wurde diese Kennwortzurücksetzung beendet, und Ihre Administratoren wurden benachrichtigt.

## New password.

reset-password-heading = Neues Kennwort auswählen
reset-password-new = Neues Kennwort eingeben
reset-password-new-hint = { $min ->
    [one] Mindestens { $min } Zeichen. Einige nicht zusammenhängende Wörter ergeben ein sicheres Kennwort, das leicht zu merken ist.
   *[other] Mindestens { $min } Zeichen. Einige nicht zusammenhängende Wörter ergeben ein sicheres Kennwort, das leicht zu merken ist.
}
reset-password-confirm = Neues Kennwort bestätigen
reset-password-finish = Fertig stellen
reset-password-enter-new = Geben Sie ein neues Kennwort ein.
reset-already-done-title = Diese Zurücksetzung wurde bereits abgeschlossen
reset-already-done-body = Ihr neues Kennwort wurde bereits in einem anderen Fenster oder durch einen zweiten Klick festgelegt, daher wurde das Kennwort in diesem Formular nicht verwendet.
reset-already-done-next = Melden Sie sich mit dem Kennwort an, das Sie zuerst gewählt haben. Wenn Sie nicht sicher sind, welches es ist, beginnen Sie neu: Es dauert nur eine Minute.
reset-in-progress-title = Ihr neues Kennwort wird noch gespeichert
reset-in-progress-body = Ein anderes Fenster oder ein zweiter Klick speichert gerade ein neues Kennwort für diese Zurücksetzung, daher wurde das Kennwort in diesem Formular nicht verwendet.
reset-in-progress-next = Warten Sie einen Moment, und versuchen Sie es dann erneut: Wenn das andere Kennwort übernommen wurde, wird Ihnen das angezeigt; andernfalls können Sie Ihr Kennwort erneut auswählen.

## Last page.

reset-unlocked-title = Ihr Konto wurde entsperrt
reset-unlocked-body = Sie können sich jetzt mit Ihrem Kennwort anmelden.
reset-done-title = Ihr Kennwort wurde zurückgesetzt
reset-done-body = Sie können sich jetzt mit Ihrem neuen Kennwort anmelden.
reset-done-sign-in = Mit Ihrem neuen Kennwort anmelden

## Ended.

reset-message-helpdesk = Ihr Helpdesk:
reset-expired-title = Ihre Sitzung ist abgelaufen
reset-expired-body = Zu Ihrer Sicherheit muss eine Kennwortzurücksetzung innerhalb von 15 Minuten abgeschlossen werden. Sie endet außerdem, wenn sich unterwegs etwas am Konto ändert: wenn ein neuerer Code gesendet wurde (etwa aus einem anderen Fenster) oder wenn das Konto oder seine Sicherheitsinformationen geändert wurden.
reset-expired-next = Beginnen Sie neu; es dauert nur eine Minute.
reset-blocked-title = Sie haben es zu oft versucht
reset-blocked-body = Zu Ihrer Sicherheit ist die Self-Service-Kennwortzurücksetzung für dieses Konto 24 Stunden lang gesperrt.
reset-blocked-next = Wenn Sie früher Zugriff benötigen, wenden Sie sich an Ihren Administrator.

## Help.

reset-help-intro = Wenn Sie keine der angezeigten Methoden verwenden können oder sie nie eingerichtet haben, kann ein Administrator Ihr Kennwort für Sie zurücksetzen.
reset-help-helpdesk = Wenden Sie sich an Ihren Helpdesk:
reset-help-submit = Einen Administrator um Hilfe bitten
reset-help-none-title = Wir konnten keinen Administrator erreichen
reset-help-none-body = Hier wurde noch niemand für den Empfang von Hilfeanfragen eingerichtet, daher wurde nichts gesendet.
reset-help-none-next = Wenden Sie sich auf anderem Weg an Ihr IT-Team, persönlich oder telefonisch; es kann Ihr Kennwort für Sie zurücksetzen.
reset-help-sent-title = Wir haben Ihre Administratoren benachrichtigt
reset-help-sent-body = Wenn der eingegebene Benutzername zu einem Konto gehört, wurden dessen Administratoren gebeten, Ihnen beim Zurücksetzen Ihres Kennworts zu helfen.
reset-help-sent-next = Möglicherweise kontaktieren sie Sie, um Ihre Identität zu bestätigen.

## The CAPTCHA's accessible question; the passkey panel of /reset/verify (static/passkey.js).
reset-captcha-plus = Wie viel ist { $a } plus { $b }?
reset-captcha-minus = Wie viel ist { $a } minus { $b }?
reset-captcha-word = Geben Sie das { $ordinal } Wort aus dieser Reihe ein: { $words }
reset-captcha-numbers = null, eins, zwei, drei, vier, fünf, sechs, sieben, acht, neun, zehn, elf, zwölf, dreizehn, vierzehn, fünfzehn, sechzehn, siebzehn, achtzehn, neunzehn, zwanzig
reset-captcha-ordinals = erste, zweite, dritte, vierte
reset-captcha-words = Fluss Ahorn Stein Wolke Apfel Kerze Garten Bleistift Fenster Wald Tiger Knopf Orange Silber Hase Leiter Kissen Korb Teppich Zitrone Geige Wiese Hafen Jacke Kessel Spiegel Pfeffer Rakete Sattel Tunnel Anker Burg Drache Feder Insel Marmor Planet Pferd Haus Tisch
reset-passkey-msg-cancelled = Es wurde kein Passkey verwendet: Die Anfrage wurde abgebrochen oder ist abgelaufen, oder auf diesem Gerät ist kein Passkey für Ihr Konto vorhanden. Wählen Sie „Meinen Passkey verwenden“, um es erneut zu versuchen, oder wählen Sie eine andere Methode.
reset-passkey-msg-no-support = Dieser Browser unterstützt keine Passkeys. Verwenden Sie einen anderen Browser, oder wählen Sie eine andere Methode.
reset-passkey-msg-follow = Folgen Sie den Schritten Ihres Browsers, um Ihren Passkey zu verwenden.
