## Registrierung der Überprüfungsmethoden: /setup und seine Unterseiten.

## /setup: "Konto schützen"
setup-title = Schützen Sie Ihr Konto
setup-register-title = Weitere Informationen erforderlich.
setup-register-body = Ihre Organisation benötigt weitere Informationen, um Ihr Konto zu schützen. Richten Sie unten mindestens { $required ->
        [one] { $required } Methode
       *[other] { $required } Methoden
    } ein, damit Sie Ihr Kennwort selbst zurücksetzen können, falls Sie es einmal vergessen.
setup-reconfirm-title = Ist das noch aktuell?
setup-reconfirm-body = Überprüfen Sie bitte, ob die folgenden Sicherheitsinformationen noch aktuell sind.
setup-reconfirm-submit = Sieht gut aus
setup-tap-title = Sie haben sich mit einem befristeten Zugriffspass angemeldet.
setup-tap-before = Damit können Sie hier Ihre Sicherheitsinformationen einrichten, sonst nichts. Richten Sie unten eine Methode ein. Wenn Sie Ihr Kennwort nicht kennen, melden Sie sich anschließend ab und verwenden Sie auf der Anmeldeseite
setup-tap-forgot = Kennwort vergessen
setup-tap-after = mit der eingerichteten Methode.
setup-progress = { $count } von { $required ->
        [one] { $required } erforderlichen Methode
       *[other] { $required } erforderlichen Methoden
    } eingerichtet.
setup-complete-tap-before = Alles erledigt: Melden Sie sich ab und setzen Sie Ihr Kennwort bei Bedarf über
setup-complete-tap-after = zurück.
setup-complete = Alles erledigt.
setup-continue-account = Weiter zu meinem Konto
setup-questions-only = Sicherheitsfragen dürfen nicht Ihre einzige Methode sein, da Antworten herausgefunden oder erraten werden können. Richten Sie zusätzlich eine der anderen Methoden unten ein.
setup-not-set-up = Nicht eingerichtet.
setup-remove = { $label } entfernen
setup-row-added = hinzugefügt am { $date }
setup-app-heading = Authentifikator-App
setup-app-add = Authentifikator-App hinzufügen
setup-app-default-name = Authentifikator-App
setup-push-heading = Latchkey-App (Benachrichtigung genehmigen)
setup-push-add = Latchkey-App einrichten
setup-push-row = Latchkey-App auf { $name }
setup-passkeys-heading = Passkeys
setup-passkey-add = Passkey hinzufügen
setup-email-heading = E-Mail
setup-email-remove = E-Mail-Adresse entfernen
setup-email-sent = Wir haben einen Code per E-Mail an { $to } gesendet.
setup-code-label = Code eingeben
setup-verify = Überprüfen
setup-email-label = E-Mail-Adresse
setup-email-hint = Verwenden Sie eine Adresse, die nicht zu Ihrem Geschäftskonto gehört, damit Sie sie auch dann lesen können, wenn Sie gesperrt sind.
setup-send-code = Code senden
setup-mobile-heading = Mobiltelefon
setup-mobile-remove = Mobiltelefon entfernen
setup-mobile-sent = Wir haben einen Code an { $to } gesendet.
setup-country-label = Land oder Region
setup-mobile-label = Mobiltelefonnummer
setup-text-me = Code per SMS senden
setup-call-me = Mich anrufen
setup-office-heading = Bürotelefon
setup-office-remove = Bürotelefon entfernen
setup-office-calling = Wir rufen { $to } an, um Ihnen einen Code vorzulesen.
setup-office-label = Bürotelefonnummer
setup-questions-heading = Sicherheitsfragen
setup-questions-answered = { $n ->
        [one] { $n } Frage beantwortet.
       *[other] { $n } Fragen beantwortet.
    }
setup-questions-remove = Sicherheitsfragen entfernen
setup-questions-change = Antworten ändern
setup-questions-set-up = Sicherheitsfragen einrichten

## Hinweise nach einer Änderung
setup-notice-added = Hinzugefügt. Sie können die Methode verwenden, wenn Sie Ihr Kennwort das nächste Mal zurücksetzen.
setup-notice-removed = Entfernt.
setup-notice-confirmed = Vielen Dank für Ihre Bestätigung.
setup-notice-saved = Ihre Sicherheitsfragen wurden gespeichert.
setup-notice-policy-saved = Ihre Änderungen wurden gespeichert. Richten Sie bitte zuerst die Methoden ein, die Administratoren zum Zurücksetzen ihres eigenen Kennworts benötigen.

## Probleme
setup-unknown-method = Diese Methode ist nicht bekannt.
setup-refusal-too-few = Sie benötigen mindestens { $required ->
        [one] { $required } Methode
       *[other] { $required } Methoden
    }, um Ihr Kennwort zurückzusetzen. Fügen Sie eine weitere Methode hinzu, bevor Sie diese entfernen.
setup-refusal-same-phone = Diese Nummer ist bereits als Ihr anderes Telefon registriert. Verwenden Sie eine andere Nummer, damit ein verlorenes Telefon allein keinen Zugriff auf Ihr Konto ermöglicht.
setup-refusal-too-many-apps = Sie können höchstens { $max } Authentifikator-Apps registrieren. Entfernen Sie zuerst eine.
setup-refusal-too-many-devices = Sie können die Latchkey-App auf höchstens { $max } Geräten registrieren. Entfernen Sie zuerst eines.
setup-refusal-too-many-passkeys = Sie können höchstens { $max } Passkeys registrieren. Entfernen Sie zuerst einen.
setup-refusal-passkey-name = Geben Sie dem Passkey einen Namen mit 1 bis { $max } Zeichen, z. B. „Arbeitslaptop“.
setup-refusal-passkey-name-invisible = Der Name enthält ein unsichtbares Zeichen (etwa eine Textrichtungsmarkierung oder ein Leerzeichen ohne Breite), durch das er wie ein anderer Name aussehen könnte. Geben Sie den Namen ohne dieses Zeichen erneut ein.
setup-refusal-duplicate-passkey-name = Sie haben bereits einen Passkey mit diesem Namen. Wählen Sie einen anderen Namen.
setup-refusal-not-allowed = Ihre Organisation verwendet diese Methode nicht.
setup-no-code = Für diese Methode liegt kein Code vor, oder er ist abgelaufen. Fordern Sie einen neuen Code an.
setup-blocked = Für Ihr Konto wurden zu viele falsche Codes eingegeben. Versuchen Sie es zu Ihrer Sicherheit in 24 Stunden erneut.
setup-busy = Für Ihr Konto werden gerade mehrere Codes gleichzeitig überprüft. Warten Sie einen Moment, und versuchen Sie es dann erneut.
setup-choose-kind = Wählen Sie E-Mail, Mobiltelefon oder Bürotelefon.
setup-too-many-codes = Sie haben zu viele Codes angefordert. Versuchen Sie es zu Ihrer Sicherheit in 24 Stunden erneut.
setup-send-failed = Der Code konnte gerade nicht gesendet werden. Überprüfen Sie Ihre Eingabe, und versuchen Sie es gleich noch einmal.
setup-code-wrong = Dieser Code ist nicht korrekt. Überprüfen Sie ihn, und versuchen Sie es erneut.
setup-code-used-up = Dieser Code wurde zu oft falsch eingegeben. Fordern Sie einen neuen an.

## /setup/app
setup-app-title = Authentifikator-App einrichten
setup-app-step-add = Fügen Sie in Ihrer Authentifikator-App (Microsoft Authenticator, Google Authenticator, 1Password, FreeOTP oder einer anderen) ein Konto hinzu, und wählen Sie die Option zum Scannen eines QR-Codes.
setup-app-step-scan = Scannen Sie diesen Code:
setup-app-cant-scan = Scannen nicht möglich? Geben Sie stattdessen diesen Schlüssel ein:
setup-app-step-code = Geben Sie den 6-stelligen Code ein, den die App anzeigt.
setup-app-name-label = Name für diese App
setup-app-name-hint = Damit Sie Ihre Apps unterscheiden können, z. B. „Diensthandy“.
setup-app-code-label = Code aus der App
setup-next = Weiter
setup-cancel = Abbrechen
setup-app-code-wrong = Dieser Code ist nicht korrekt. Stellen Sie sicher, dass die Uhrzeit auf Ihrem Telefon automatisch eingestellt wird, und geben Sie dann den aktuellen Code ein.
setup-app-too-long = Das Einrichten dieser App hat zu lange gedauert. Fügen Sie das Konto mit dem neuen QR-Code oder Schlüssel erneut in Ihrer App hinzu, und geben Sie dann den angezeigten Code ein.

## /setup/passkey
setup-passkey-intro = Mit einem Passkey weisen Sie Ihre Identität über die Bildschirmsperre dieses Geräts (Fingerabdruck, Gesicht oder PIN) oder mit einem Sicherheitsschlüssel nach, ohne einen Code einzugeben. Anschließend können Sie damit Ihr Kennwort zurücksetzen.
setup-passkey-noscript-title = Zum Hinzufügen eines Passkeys wird JavaScript benötigt
setup-passkey-noscript-before = , das in diesem Browser deaktiviert ist. Aktivieren Sie es, und laden Sie diese Seite neu, oder
setup-passkey-noscript-link = richten Sie eine andere Methode ein
setup-passkey-noscript-after = .
setup-passkey-name-label = Name für diesen Passkey
setup-passkey-name-hint = Damit Sie Ihre Passkeys unterscheiden können, z. B. „Arbeitslaptop“. 1 bis 64 Zeichen.
setup-passkey-needs = Wenn Sie „Passkey erstellen“ auswählen, fordert Ihr Browser Sie auf, mit Ihrer Bildschirmsperre oder Ihrem Sicherheitsschlüssel zu bestätigen. Dafür werden JavaScript und ein Browser benötigt, der Passkeys unterstützt.
setup-passkey-create = Passkey erstellen
setup-passkey-default-name = Passkey { $n }
setup-passkey-needs-js = Zum Erstellen eines Passkeys wird JavaScript benötigt, das in diesem Browser nicht ausgeführt wurde. Aktivieren Sie es, und versuchen Sie es erneut, oder gehen Sie zurück, und richten Sie eine andere Methode ein.
setup-passkey-change-password = Ändern Sie zuerst Ihr Kennwort.
setup-passkey-signed-out = Sie wurden abgemeldet. Melden Sie sich erneut an, und fügen Sie dann den Passkey hinzu.
setup-passkey-step-up = Bestätigen Sie zuerst Ihr Kennwort, und fügen Sie dann den Passkey hinzu.
setup-passkey-no-ceremony = Das Erstellen des Passkeys hat zu lange gedauert, oder die Anfrage wurde bereits verwendet. Wählen Sie „Passkey erstellen“, um es erneut zu versuchen.
setup-passkey-failed = Ihr Passkey konnte nicht überprüft werden und wurde daher nicht hinzugefügt. Wählen Sie „Passkey erstellen“, um es erneut zu versuchen.
setup-passkey-js-cancelled = Der Passkey wurde nicht erstellt: Die Anfrage wurde abgebrochen oder ist abgelaufen. Wählen Sie „Passkey erstellen“, um es erneut zu versuchen.
setup-passkey-js-exists = Dieses Gerät oder dieser Sicherheitsschlüssel hat bereits einen Passkey für Ihr Konto. Verwenden Sie ein anderes Gerät, oder entfernen Sie zuerst den alten Passkey.
setup-passkey-js-security = Passkeys können unter dieser Adresse nicht verwendet werden. Wenden Sie sich an Ihren Administrator.
setup-passkey-js-unsupported-device = Dieser Browser oder dieses Gerät unterstützt keine Passkeys. Verwenden Sie einen anderen Browser, oder wählen Sie eine andere Methode.
setup-passkey-js-generic = Beim Passkey ist ein Fehler aufgetreten. Versuchen Sie es erneut, oder wählen Sie eine andere Methode.
setup-passkey-js-reload = Ein Fehler ist aufgetreten. Laden Sie die Seite neu, und versuchen Sie es erneut.
setup-passkey-js-offline = Der Server ist nicht erreichbar. Überprüfen Sie Ihre Verbindung, und versuchen Sie es erneut.
setup-passkey-js-try-again = Ein Fehler ist aufgetreten. Versuchen Sie es erneut.
setup-passkey-js-no-support = Dieser Browser unterstützt keine Passkeys. Verwenden Sie einen anderen Browser, oder richten Sie eine andere Methode ein.
setup-passkey-js-follow = Folgen Sie den Schritten Ihres Browsers, um den Passkey zu erstellen.
setup-passkey-js-checking = Ihr Passkey wird überprüft…

## Die JSON-Endpunkte für Passkeys
setup-passkey-api-csrf = Diese Seite ist aus Sicherheitsgründen abgelaufen. Laden Sie sie neu, und versuchen Sie es erneut.
setup-passkey-api-post-only = Dieser Endpunkt akzeptiert nur POST.
setup-passkey-api-json = Senden Sie den Inhalt als JSON mit Content-Type: application/json.
setup-passkey-api-too-large = Der Inhalt ist größer als 64 KiB.
setup-passkey-api-unreadable = Die Anfrage konnte nicht gelesen werden. Laden Sie die Seite neu, und versuchen Sie es erneut.
setup-passkey-api-unexpected = Die Anfrage entspricht nicht dem, was diese Seite sendet: { $detail }
setup-passkey-api-unavailable = Passkeys können unter dieser Adresse nicht verwendet werden. Wählen Sie eine andere Methode, oder wenden Sie sich an Ihren Administrator.

## /setup/push: die Latchkey-App
setup-push-title = Latchkey-App einrichten
setup-push-gone = Die Benachrichtigungen auf „{ $name }“ funktionieren nicht mehr. Richten Sie die Latchkey-App erneut ein, und entfernen Sie dann „{ $name }“ auf der Seite mit den Sicherheitsinformationen.
setup-push-not-offered = Ihre Organisation stellt die Latchkey-App für Ihr Konto nicht bereit, daher können Sie sie nicht einrichten. Wenden Sie sich an Ihren IT-Helpdesk, wenn Sie sie benötigen.
setup-push-at-most = Sie haben die Latchkey-App bereits auf { $max } Geräten eingerichtet, der Höchstzahl für ein Konto. Entfernen Sie eines auf der Seite mit den Sicherheitsinformationen, bevor Sie ein weiteres hinzufügen.
setup-push-intro = Mit der Latchkey-App auf Ihrem Telefon können Sie Ihre Identität nachweisen, indem Sie eine Benachrichtigung genehmigen: Wenn Sie Ihr Kennwort zurücksetzen, zeigt die Seite eine zweistellige Zahl an, die Sie in die App eingeben.
setup-push-will-show = Wir zeigen einen QR-Code an, den Sie mit Ihrem Telefon scannen. Er ist { $minutes ->
        [one] { $minutes } Minute
       *[other] { $minutes } Minuten
    } lang gültig, funktioniert nur einmal und ersetzt jeden zuvor angezeigten Code. Sie können die App auf bis zu { $max ->
        [one] { $max } Gerät
       *[other] { $max } Geräten
    } einrichten ({ $devices } bereits eingerichtet).
setup-push-step-scan = Öffnen Sie auf Ihrem Telefon die Kamera, und scannen Sie diesen Code. Dadurch wird die Latchkey-App in Ihrem Browser geöffnet. Fügen Sie sie zum Startbildschirm hinzu, wenn Sie dazu aufgefordert werden.
setup-push-step-allow = Lassen Sie Benachrichtigungen zu, wenn die App danach fragt, geben Sie diesem Telefon einen Namen, und schließen Sie den Vorgang ab.
setup-push-open-link = Auf diesem Telefon? App öffnen
setup-push-valid = Der Code ist { $minutes ->
        [one] { $minutes } Minute
       *[other] { $minutes } Minuten
    } lang gültig und funktioniert nur einmal; ein neuer Code ersetzt ihn. Sie können die App auf bis zu { $max ->
        [one] { $max } Gerät
       *[other] { $max } Geräten
    } einrichten ({ $devices } bereits eingerichtet).
setup-done = Fertig
setup-push-show-code = QR-Code anzeigen
setup-push-new-code = Neuen Code abrufen
setup-push-qr-label = QR-Code zum Einrichten der Latchkey-App auf Ihrem Telefon
setup-push-default-device = Mein Telefon

## /setup/questions
setup-questions-intro = Wählen Sie { $count } verschiedene Fragen aus, und beantworten Sie sie. Wählen Sie Antworten, die nur Sie kennen und nicht vergessen. Sie werden so gespeichert, dass niemand, auch kein Administrator, sie lesen kann. Antworten sind 3 bis 40 Zeichen lang; Groß- und Kleinschreibung sowie zusätzliche Leerzeichen spielen keine Rolle.
setup-question-n = Frage { $n }
setup-choose-question = Frage auswählen
setup-answer-n = Antwort { $n }
setup-save-answers = Antworten speichern
setup-questions-not-allowed = Ihre Organisation verwendet für Ihr Konto keine Sicherheitsfragen.
setup-question-missing = Wählen Sie Frage { $n } aus.
setup-question-duplicate = Frage { $n } wurde bereits weiter oben ausgewählt. Wählen Sie eine andere Frage.
setup-answer-problem = Antwort { $n }: { $problem }

## Built-in security questions, by id (core/src/questions.rs).
setup-question-q01 = Wie lautete der Vorname Ihres besten Freundes oder Ihrer besten Freundin in Ihrer Kindheit?
setup-question-q02 = In welchem Ort oder welcher Stadt haben sich Ihre Eltern kennengelernt?
setup-question-q03 = Wie hieß die Straße, in der Sie mit zehn Jahren gewohnt haben?
setup-question-q04 = Wie lautete der Nachname Ihrer Lieblingslehrerin oder Ihres Lieblingslehrers in der Grundschule?
setup-question-q05 = Wie hieß Ihr erstes Kuscheltier?
setup-question-q06 = Welches war das erste Konzert oder die erste Liveshow, die Sie besucht haben?
setup-question-q07 = Welchen Spitznamen hat in Ihrer Kindheit nur Ihre Familie für Sie verwendet?
setup-question-q08 = Welches Gericht haben Sie als Erstes selbst kochen gelernt?
setup-question-q09 = Wie lautet der zweite Vorname Ihres ältesten Cousins oder Ihrer ältesten Cousine?
setup-question-q10 = Wie lautete der Titel des ersten Buches, das Sie allein gelesen haben?
setup-question-q11 = Wie lautete der Vorname Ihrer ersten Vorgesetzten oder Ihres ersten Vorgesetzten?
setup-question-q12 = Wie hieß der erste Verein oder die erste Mannschaft, dem oder der Sie als Kind beigetreten sind?
setup-question-q13 = Wie lautete der Nachname Ihres Arztes oder Zahnarztes in Ihrer Kindheit?
setup-question-q14 = Wie hieß ein Haustier Ihrer Großeltern?
setup-question-q15 = Wie lautete der Nachname der Nachbarsfamilie, als Sie aufgewachsen sind?
setup-question-q16 = Wie lautete der Vorname Ihrer ersten Musiklehrerin, Ihres ersten Musiklehrers oder Ihres ersten Trainers?
setup-question-q17 = Welchen Film haben Sie als Erstes im Kino gesehen?
setup-question-q18 = Welches war das erste Computer- oder Videospiel, das Sie gespielt haben?
setup-question-q19 = Wie haben Ihre Enkel, Nichten oder Neffen Sie zuerst genannt?
setup-question-q20 = Welchen Beruf wollten Sie mit sieben Jahren später einmal ergreifen?
setup-question-q21 = Welche Hausnummer hatte das Haus, in dem Sie aufgewachsen sind?
setup-question-q22 = Wie hieß das erste Restaurant, in dem Sie nach Ihrer Erinnerung gegessen haben?
setup-question-q23 = In welchem Dorf oder welcher Stadt haben Ihre Großeltern gelebt?
setup-question-q24 = Welches Musikinstrument haben Sie als Erstes zu spielen versucht?
setup-question-q25 = Welchen Namen haben Sie dem ersten Fahrrad oder Auto gegeben, dem Sie einen Namen gaben?
setup-question-q26 = Wohin ging Ihre erste Reise mit dem Zug oder Flugzeug?
setup-question-q27 = Wie lautete der Vorname des Kindes, neben dem Sie an Ihrem ersten Schultag saßen?
setup-question-q28 = Welches Spiel auf dem Spielplatz mochten Sie als Kind am liebsten?
setup-question-q29 = Wie hieß der erste Campingplatz oder das erste Hotel aus dem Urlaub, an das Sie sich erinnern?
setup-question-q30 = Wie lautete der Vorname Ihrer ersten Mitbewohnerin oder Ihres ersten Mitbewohners?
setup-question-q31 = Welches Modell war das erste Auto Ihrer Familie?
setup-question-q32 = Welches Essen haben Sie als Kind verweigert?
setup-question-q33 = Wie hieß das Geschäft, in dem Sie als Kind Süßigkeiten gekauft haben?
setup-question-q34 = Wie lautete der Vorname der Person, die Ihnen das Schwimmen oder Radfahren beigebracht hat?
setup-question-q35 = Wie hieß Ihr erster imaginärer Freund oder Ihre liebste Zeichentrickfigur?

## Country or region names in the phone number picker (by calling code).
setup-country-1 = Vereinigte Staaten / Kanada
setup-country-44 = Vereinigtes Königreich
setup-country-353 = Irland
setup-country-61 = Australien
setup-country-64 = Neuseeland
setup-country-49 = Deutschland
setup-country-33 = Frankreich
setup-country-34 = Spanien
setup-country-39 = Italien
setup-country-31 = Niederlande
setup-country-32 = Belgien
setup-country-41 = Schweiz
setup-country-43 = Österreich
setup-country-45 = Dänemark
setup-country-46 = Schweden
setup-country-47 = Norwegen
setup-country-358 = Finnland
setup-country-48 = Polen
setup-country-351 = Portugal
setup-country-30 = Griechenland
setup-country-420 = Tschechien
setup-country-36 = Ungarn
setup-country-40 = Rumänien
setup-country-380 = Ukraine
setup-country-90 = Türkei
setup-country-972 = Israel
setup-country-971 = Vereinigte Arabische Emirate
setup-country-27 = Südafrika
setup-country-234 = Nigeria
setup-country-254 = Kenia
setup-country-20 = Ägypten
setup-country-91 = Indien
setup-country-92 = Pakistan
setup-country-880 = Bangladesch
setup-country-86 = China
setup-country-852 = Hongkong
setup-country-81 = Japan
setup-country-82 = Südkorea
setup-country-65 = Singapur
setup-country-60 = Malaysia
setup-country-62 = Indonesien
setup-country-63 = Philippinen
setup-country-66 = Thailand
setup-country-84 = Vietnam
setup-country-55 = Brasilien
setup-country-52 = Mexiko
setup-country-54 = Argentinien
setup-country-56 = Chile
setup-country-57 = Kolumbien
setup-country-51 = Peru
setup-app-qr-label = QR-Code zum Hinzufügen von { $issuer } ({ $account }) zu einer Authentifikator-App
