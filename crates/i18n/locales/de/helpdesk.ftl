# helpdesk area: the helpdesk console (/admin/helpdesk), its API words and notices
helpdesk-nav = Helpdesk
helpdesk-title = Helpdesk-Konsole
helpdesk-intro = Überprüfen Sie einen Anrufer mit einer seiner registrierten Methoden, bevor Sie sein Kennwort zurücksetzen, sein Konto entsperren oder einen befristeten Zugriffspass ausstellen. Latchkey sendet die Abfrage; der Anrufer liest Ihnen den Code vor.
helpdesk-find-heading = Anrufer suchen
helpdesk-find-label = Benutzername oder Name
helpdesk-find-hint = Fragen Sie den Anrufer nach seinem Benutzernamen; verlassen Sie sich nicht auf die Nummer, von der aus er anruft.
helpdesk-find-submit = Suchen
helpdesk-find-none = Es wurde niemand gefunden, den Sie überprüfen dürfen.
helpdesk-approvals-heading = Warten auf Ihre Genehmigung
helpdesk-approvals-hint = Ein anderer Mitarbeiter hat einen Administrator überprüft und bittet einen zweiten Mitarbeiter um Genehmigung, bevor er Aktionen für das Konto ausführt. Genehmigen Sie nur, wenn Sie den Grund kennen.
helpdesk-approvals-line = { $agent } möchte Aktionen für { $caller } ausführen.
helpdesk-approve = Genehmigen
helpdesk-approved = Genehmigt. Der andere Mitarbeiter kann jetzt für die Dauer des Zeitfensters Aktionen für das Konto ausführen.
helpdesk-recent-heading = Ihre Überprüfungen der letzten 24 Stunden
helpdesk-recent-none = Sie haben in den letzten 24 Stunden niemanden überprüft.
helpdesk-col-caller = Anrufer
helpdesk-col-started = Gestartet
helpdesk-col-status = Status
helpdesk-settings-heading = Einstellungen
helpdesk-settings-require = Mitarbeiter müssen den Anrufer überprüfen, bevor sie Aktionen ausführen
helpdesk-settings-require-hint = Kennwortadministratoren setzen Kennwörter zurück, entsperren Konten und stellen Pässe erst aus, nachdem sie den Anrufer hier überprüft haben; wer Aktionen für das Konto eines Administrators ausführt, benötigt außerdem die Genehmigung eines zweiten Mitarbeiters. Deaktivieren Sie diese Einstellung nur, wenn Anrufer auf andere Weise überprüft werden.
helpdesk-settings-window = Minuten, in denen der Mitarbeiter nach der Überprüfung Aktionen ausführen darf
helpdesk-settings-window-hint = Von 1 bis 60. Der Standardwert ist 10.
helpdesk-settings-burst = Warnung nach so vielen Überprüfungen eines Kontos innerhalb einer Stunde
helpdesk-settings-burst-hint = Von 0 (nie) bis 100. Der Standardwert ist 3. Die globalen Administratoren und die Sicherheitskontakte werden benachrichtigt.
helpdesk-settings-contacts = Sicherheitskontakte
helpdesk-settings-contacts-hint = E-Mail-Adressen, die zusätzlich zu den globalen Administratoren über gehäufte Überprüfungen, ausgesetzte Überprüfungen und entzogene Administratorrollen informiert werden, eine pro Zeile (höchstens 20).
helpdesk-settings-save = Einstellungen speichern
helpdesk-settings-saved = Die Helpdesk-Einstellungen wurden gespeichert.
helpdesk-settings-error-range = Geben Sie eine ganze Zahl von { $min } bis { $max } ein.
helpdesk-back = Zurück zur Helpdesk-Konsole
helpdesk-caller-title = { $name } überprüfen
helpdesk-caller-account = Konto
helpdesk-caller-username = Benutzername
helpdesk-caller-role = Rolle
helpdesk-caller-status = Überprüfung
helpdesk-caller-until = – Sie können bis { $until } Aktionen ausführen.
helpdesk-caller-methods = Methoden
helpdesk-caller-progress = { $passed } von { $required } verschiedenen Methoden bestanden
helpdesk-status-none = Nicht überprüft
helpdesk-status-pending = Warten auf den Anrufer
helpdesk-status-verified = Überprüft
helpdesk-status-lapsed = Nicht überprüft (die letzte Überprüfung ist abgelaufen)
helpdesk-status-closed = Nicht überprüft (die letzte Überprüfung wurde beendet)
helpdesk-challenge-heading = Anrufer nach einem Code fragen
helpdesk-challenge-hint = Wählen Sie eine der registrierten Methoden des Anrufers. Latchkey sendet einen Code dorthin; bitten Sie den Anrufer, ihn Ihnen vorzulesen. Ein Administrator muss zwei verschiedene Methoden bestehen.
helpdesk-challenge-none = Dieser Anrufer hat keine Methode registriert, die der Helpdesk verwenden kann. Setzen Sie sein Kennwort nicht am Telefon zurück: Senden Sie ihm einen Registrierungslink, oder bitten Sie ihn, persönlich vorbeizukommen.
helpdesk-send-mobile-sms = Code per SMS senden an
helpdesk-send-mobile-voice = Code per Anruf senden an das Mobiltelefon
helpdesk-send-office-voice = Code per Anruf senden an das Bürotelefon
helpdesk-send-email = Code per E-Mail senden an
helpdesk-send-app = Code aus der Authentifikator-App abfragen
helpdesk-channel-mobile-sms = SMS
helpdesk-channel-mobile-voice = Anruf auf dem Mobiltelefon
helpdesk-channel-office-voice = Anruf auf dem Bürotelefon
helpdesk-channel-email = E-Mail
helpdesk-channel-app = Authentifikator-App
helpdesk-challenge-sent = Der Code wurde per { $channel } gesendet. Bitten Sie den Anrufer, ihn Ihnen vorzulesen.
helpdesk-challenge-app = Bitten Sie den Anrufer, seine Authentifikator-App zu öffnen und Ihnen den aktuellen Code vorzulesen.
helpdesk-challenge-not-sent = Der Code konnte gerade nicht gesendet werden. Versuchen Sie es gleich noch einmal, oder verwenden Sie eine andere Methode.
helpdesk-challenge-limit = In der letzten Stunde wurden zu viele Codes an dieses Konto gesendet. Verwenden Sie die Authentifikator-App, oder versuchen Sie es später erneut.
helpdesk-changed-meanwhile = Jemand anderes hat diese Überprüfung im selben Moment geändert. Sehen Sie sich die Seite erneut an.
helpdesk-answer-label = Vom Anrufer vorgelesener Code ({ $channel })
helpdesk-answer-hint = Geben Sie ihn so ein, wie der Anrufer ihn vorliest; Leerzeichen spielen keine Rolle. Codes sind 5 Minuten lang gültig.
helpdesk-answer-submit = Code prüfen
helpdesk-answer-verified = Der Anrufer ist überprüft. Die folgenden Aktionen stehen Ihnen in den nächsten { $minutes } Minuten zur Verfügung.
helpdesk-answer-next = Das ist richtig. Dieser Anrufer ist ein Administrator: Fragen Sie ihn über eine zweite, andere Methode nach einem Code.
helpdesk-answer-wrong = Dieser Code ist nicht richtig. Bitten Sie den Anrufer, ihn erneut vorzulesen.
helpdesk-answer-too-many = Dieser Code wurde zu oft falsch eingegeben, daher wurde diese Überprüfung beendet. Wenn der Anrufer echt ist, beginnen Sie von vorn; wenn nicht, informieren Sie Ihr Sicherheitsteam.
helpdesk-answer-no-code = Es wartet kein Code: Er ist abgelaufen oder wurde nicht gesendet. Senden Sie einen neuen.
helpdesk-actions-heading = Aktionen
helpdesk-actions-verifier = Ihre Rolle überprüft Anrufer und sendet Registrierungslinks. Kennwörter setzt ein Kennwortadministrator zurück.
helpdesk-action-reset = Kennwort zurücksetzen
helpdesk-action-unlock = Entsperren
helpdesk-action-pass = Befristeten Zugriffspass ausstellen
helpdesk-approval-needed = Dieser Anrufer ist ein Administrator. Bevor Sie Aktionen ausführen, muss ein zweiter Mitarbeiter (ein anderer globaler Administrator) dies genehmigen.
helpdesk-approval-ask = Genehmigung anfordern
helpdesk-approval-asked = Die anderen globalen Administratoren wurden um Genehmigung gebeten. Diese Seite zeigt die Aktionen an, sobald einer von ihnen genehmigt hat.
helpdesk-approval-waiting = Warten auf die Genehmigung eines zweiten Mitarbeiters.
helpdesk-unlocked = Das Konto wurde entsperrt, und der Benutzer wurde benachrichtigt.
helpdesk-more-heading = Weitere
helpdesk-registration-link = Registrierungslink per E-Mail senden
helpdesk-registration-link-sent = Dem Benutzer wurde ein Link zum Registrieren seiner Sicherheitsinformationen per E-Mail gesendet.
helpdesk-close = Überprüfung beenden
helpdesk-closed = Die Überprüfung wurde beendet.
helpdesk-error-no-address = Dieser Benutzer hat keine E-Mail-Adresse, an die der Link gesendet werden kann.
helpdesk-verify-first = Überprüfen Sie zuerst den Anrufer in der Helpdesk-Konsole.
helpdesk-verify-first-link = Anrufer überprüfen
helpdesk-refused-not-verified = Überprüfen Sie zuerst den Anrufer in der Helpdesk-Konsole: Bis dahin darf an diesem Konto nichts vorgenommen werden, und danach nur für wenige Minuten.
helpdesk-refused-channel = Diese Methode kann nicht verwendet werden: Der Anrufer hat sie nicht registriert, oder der Helpdesk kann sie nicht verwenden (Sicherheitsfragen, Passkeys).
helpdesk-refused-already-passed = Der Anrufer hat diese Methode bereits bestanden. Wählen Sie eine andere.
helpdesk-refused-not-pending = Der Anrufer ist bereits überprüft, oder diese Überprüfung ist beendet.
helpdesk-refused-approval-needed = Dies ist das Konto eines Administrators: Ein zweiter Mitarbeiter muss zuerst genehmigen.
helpdesk-refused-approval-asked = Die Genehmigung wurde bereits angefordert.
helpdesk-refused-another-agent = Nur ein zweiter Mitarbeiter darf genehmigen: weder derjenige, der den Anrufer überprüft hat, noch der Anrufer selbst.
helpdesk-refused-nothing-to-approve = Es wartet nichts auf Genehmigung, oder die Überprüfung ist beendet.
helpdesk-notice-verified-subject = { $org }: Der Helpdesk hat Ihre Identität überprüft
helpdesk-notice-verified-body =
    Hallo { $name },

    { $agent } vom Helpdesk hat am { $when } (UTC) Ihre Identität mit einer Ihrer registrierten Methoden überprüft. Der Helpdesk kann jetzt Ihr Kennwort zurücksetzen, Ihr Konto entsperren oder Ihnen einen befristeten Zugriffspass geben.

    Wenn Sie den Helpdesk nicht angerufen haben, teilen Sie es uns sofort mit: { $link }
helpdesk-notice-unlocked-subject = { $org }: Der Helpdesk hat Ihr Konto entsperrt
helpdesk-notice-unlocked-body =
    Hallo { $name },

    { $agent } vom Helpdesk hat am { $when } (UTC) Ihr Konto entsperrt. Ihr Kennwort wurde nicht geändert.

    Wenn Sie dies nicht angefordert haben, teilen Sie es uns sofort mit: { $link }
helpdesk-notice-approval-subject = { $org }: Genehmigung für das Konto eines Administrators erforderlich
helpdesk-notice-approval-body =
    Hallo { $name },

    { $agent } hat { $account } beim Helpdesk überprüft und bittet einen zweiten Mitarbeiter um Genehmigung, bevor Aktionen für das Konto dieses Administrators ausgeführt werden.

    Genehmigen oder ignorieren Sie die Anfrage in der Helpdesk-Konsole: { $link }
helpdesk-notice-burst-subject = { $org }: Viele Helpdesk-Überprüfungen eines Kontos
helpdesk-notice-burst-body =
    Hallo { $name },

    Der Helpdesk hat innerhalb einer Stunde { $count ->
        [one] eine Überprüfung
       *[other] { $count } Überprüfungen
    } von { $account } gestartet, die letzte durch { $agent }. Anrufer, die sich als Beschäftigte ausgeben, versuchen es oft bei mehreren Helpdesk-Mitarbeitern.

    Prüfen Sie das Überwachungsprotokoll (Aktivitäten, die mit „Helpdesk“ beginnen), und warnen Sie die Helpdesk-Mitarbeiter.
admin-activity-helpdesk-started-caller-verification = Helpdesk hat die Überprüfung eines Anrufers gestartet
admin-activity-helpdesk-sent-a-verification-challenge = Helpdesk hat eine Überprüfungsabfrage gesendet
admin-activity-helpdesk-checked-a-caller-s-method = Helpdesk hat eine Methode eines Anrufers geprüft
admin-activity-helpdesk-caller-verified = Helpdesk-Anrufer überprüft
admin-activity-helpdesk-closed-caller-verification = Helpdesk hat die Überprüfung eines Anrufers beendet
admin-activity-helpdesk-asked-for-a-second-agent-s-approval = Helpdesk hat die Genehmigung eines zweiten Mitarbeiters angefordert
admin-activity-helpdesk-second-agent-approved = Helpdesk-Genehmigung durch zweiten Mitarbeiter erteilt
admin-activity-helpdesk-verification-burst-reported = Helpdesk-Überprüfungshäufung gemeldet
admin-activity-unlock-user-account-helpdesk = Benutzerkonto entsperren (Helpdesk)
admin-activity-helpdesk-sent-a-registration-link = Helpdesk hat einen Registrierungslink gesendet
admin-activity-update-helpdesk-settings = Helpdesk-Einstellungen aktualisieren
helpdesk-send-app-notification = Benachrichtigung an die Latchkey-App senden
helpdesk-channel-app-notification = Latchkey-App
helpdesk-challenge-pushed = Eine Benachrichtigung ging an die Latchkey-App des Anrufers. Lesen Sie die Zahl { $number } vor; der Anrufer wählt sie in der App.
helpdesk-pushed-read-out = Für die Latchkey-App: Lesen Sie dem Anrufer diese Zahl vor; er wählt sie in der App:
helpdesk-answer-check-app = Antwort der App prüfen
helpdesk-answer-not-yet = Die App hat noch nicht geantwortet. Warten Sie auf den Anrufer und prüfen Sie dann erneut.
helpdesk-answer-denied = Der Anrufer hat die Benachrichtigung abgelehnt oder angegeben, dass er es nicht war. Diese Überprüfung wurde daher beendet. Unternehmen Sie nichts für dieses Konto; wenden Sie sich an Ihr Sicherheitsteam, wenn Sie Zweifel an dem Anruf haben.
helpdesk-verify-first-approval = Der Anrufer ist überprüft, aber dies ist das Konto eines Administrators: Ein zweiter Mitarbeiter muss zuerst in der Helpdesk-Konsole genehmigen.
helpdesk-refused-no-approver = Niemand sonst kann genehmigen: Es gibt keinen anderen aktivierten globalen Administrator. Setzen Sie das Kennwort eines Administrators über die Befehlszeile auf dem Server zurück (latchkey user reset-password), oder lassen Sie ihn die Self-Service-Kennwortzurücksetzung verwenden.
helpdesk-refused-blocked = Zu viele falsche Antworten für dieses Konto in den letzten 24 Stunden, daher kann der Helpdesk es erst 24 Stunden nach der letzten falschen Antwort wieder überprüfen. Der Benutzer, die globalen Administratoren und die Sicherheitskontakte wurden benachrichtigt. Wenn der Anrufer echt ist, kann er sein Kennwort weiterhin per Self-Service zurücksetzen.
helpdesk-answer-blocked = Das war heute die fünfte falsche Antwort für dieses Konto, daher ist die Helpdesk-Überprüfung dieses Kontos 24 Stunden lang ausgesetzt, und der Benutzer, die globalen Administratoren und die Sicherheitskontakte wurden benachrichtigt. Unternehmen Sie nichts für dieses Konto.
helpdesk-settings-error-contacts = Geben Sie höchstens { $max } Adressen ein.
helpdesk-notice-paused-subject = { $org }: Der Helpdesk konnte Ihre Identität nicht überprüfen
helpdesk-notice-paused-body =
    Hallo { $name },

    Jemand beim Helpdesk ({ $agent }) hat mehrmals versucht, Ihre Identität mit falschen Codes zu überprüfen, zuletzt am { $when } (UTC). Zum Schutz Ihres Kontos kann der Helpdesk Ihre Identität in den nächsten 24 Stunden nicht überprüfen. Die Self-Service-Kennwortzurücksetzung steht Ihnen weiterhin zur Verfügung.

    Wenn Sie den Helpdesk nicht angerufen haben, teilen Sie es uns sofort mit: { $link }
helpdesk-notice-blocked-subject = { $org }: Helpdesk-Überprüfung eines Kontos ausgesetzt
helpdesk-notice-blocked-body =
    Hallo { $name },

    Beim Helpdesk wurden innerhalb eines Tages { $count ->
        [one] ein falscher Code
       *[other] { $count } falsche Codes
    } für { $account } eingegeben, der letzte durch { $agent }. Die Helpdesk-Überprüfung dieses Kontos ist 24 Stunden lang ausgesetzt, und der Benutzer wurde benachrichtigt.

    Möglicherweise gibt sich jemand als diese Person aus, oder ein Helpdesk-Mitarbeiter versucht, Codes zu erraten. Prüfen Sie das Überwachungsprotokoll (Aktivitäten, die mit „Helpdesk“ beginnen).
helpdesk-notice-demoted-subject = { $org }: Einem Administrator wurde seine Rolle entzogen
helpdesk-notice-demoted-body =
    Hallo { $name },

    { $agent } hat die Rolle von { $account } von „{ $before }“ in „{ $after }“ geändert. Als gewöhnlicher Benutzer kann für dieses Konto das Kennwort ohne die zweite Genehmigung im Helpdesk zurückgesetzt und ein Pass ausgestellt werden.

    Wenn Sie dies nicht erwartet haben, prüfen Sie das Überwachungsprotokoll (Benutzer aktualisieren).
admin-activity-helpdesk-verification-paused = Helpdesk-Überprüfung ausgesetzt
## The caller's manager approving by email
helpdesk-refused-no-manager = Der Anrufer hat keinen Vorgesetzten, der genehmigen kann: Für sein Konto ist keiner festgelegt, das Konto des Vorgesetzten ist deaktiviert, hat keine E-Mail-Adresse oder muss zuerst sein Kennwort ändern, oder Sie selbst sind sein Vorgesetzter. Wählen Sie eine der eigenen Methoden des Anrufers.
helpdesk-refused-manager-asked = Sein Vorgesetzter wurde zu diesem Anrufer bereits gefragt, in dieser Überprüfung oder von einem anderen Mitarbeiter. Warten Sie auf die Antwort, oder verwenden Sie in der Zwischenzeit eine der eigenen Methoden des Anrufers.
helpdesk-refused-manager-admin = Dies ist das Konto eines Administrators: Er weist seine Identität mit zwei seiner eigenen Methoden nach, nicht mit der Genehmigung seines Vorgesetzten.
helpdesk-refused-manager-paused = Ein Vorgesetzter hat in den letzten 24 Stunden einen Helpdesk-Anruf für dieses Konto abgelehnt, daher wird bis dahin kein Vorgesetzter dazu gefragt. Verwenden Sie eine der eigenen Methoden des Anrufers.
helpdesk-refused-wrong-number = Das ist nicht die Zahl, die dem Anrufer genannt wurde.
helpdesk-send-manager = Den Vorgesetzten, { $manager }, um Genehmigung bitten (per E-Mail)
helpdesk-challenge-manager = Wir haben dem Vorgesetzten des Anrufers eine E-Mail gesendet. Lesen Sie dem Anrufer jetzt diese Zahl vor: { $number }. Sein Vorgesetzter wird ihn unter einer Nummer erreichen, die er kennt, und ihn danach fragen. Wählen Sie „Erneut prüfen“, um die Antwort zu sehen; in der Zwischenzeit können Sie dem Anrufer einen Code senden.
helpdesk-manager-read-out = Für den Vorgesetzten: Lesen Sie dem Anrufer diese Zahl vor; sein Vorgesetzter wird ihn danach fragen:
helpdesk-manager-waiting = Warten auf die Genehmigung von { $manager }.
helpdesk-manager-until = Die Antwort muss bis { $until } vorliegen.
helpdesk-manager-check = Erneut prüfen
helpdesk-manager-approved = { $manager } hat genehmigt.
helpdesk-manager-denied = { $manager } hat abgelehnt, daher wurde die Überprüfung beendet. Der Vorgesetzte des Anrufers wird 24 Stunden lang nicht erneut gefragt; verwenden Sie eine der eigenen Methoden des Anrufers.
helpdesk-manager-still-asked = { $manager } hat noch nicht geantwortet. Wird abgelehnt, endet diese Überprüfung sofort.
helpdesk-manager-gone = (ein gelöschtes Konto)
helpdesk-notice-manager-subject = { $org }: Bestätigen Sie einen Anrufer beim Helpdesk – { $account }
helpdesk-notice-manager-body =
    Hallo { $name },

    { $agent } vom Helpdesk telefoniert mit jemandem, der angibt, { $account } zu sein, und bittet Sie als Vorgesetzten, dies zu bestätigen, bevor er bei diesem Konto hilft.

    1. Kontaktieren Sie { $account } selbst über eine Telefonnummer oder einen Chat, die Ihnen bereits bekannt sind. Ein Anruf oder eine Nachricht dieser Person mit der Bitte um Genehmigung zählt nicht.
    2. Fragen Sie die Person nach der Zahl, die der Helpdesk ihr gerade genannt hat.
    3. Melden Sie sich bei Latchkey an, und geben Sie diese Zahl ein, um zu genehmigen: { $link }

    Wenn die Person nichts von dem Anruf weiß, lehnen Sie ab: Die Überprüfung durch den Helpdesk wird beendet, und das Sicherheitsteam wird informiert. Wenn Sie die Person gerade nicht erreichen, geben Sie das auf derselben Seite an: Niemand wird alarmiert. Die Anfrage endet am { $until } (UTC).
helpdesk-notice-manager-none = niemanden
helpdesk-notice-manager-changed-subject = { $org }: Ihr Vorgesetzter für Helpdesk-Anrufe wurde geändert
helpdesk-notice-manager-changed-body =
    Hallo { $name },

    Am { $when } (UTC) hat { $agent } in Latchkey { $manager } als Ihren Vorgesetzten festgelegt. Wenn Sie beim Helpdesk anrufen, kann der Helpdesk Ihren Vorgesetzten bitten, zu bestätigen, dass Sie es sind.

    Wenn Sie dies nicht erwartet haben, teilen Sie es uns sofort mit: { $link }
helpdesk-notice-manager-denied-user-subject = { $org }: Ihr Vorgesetzter hat einen Anruf beim Helpdesk nicht bestätigt
helpdesk-notice-manager-denied-user-body =
    Hallo { $name },

    Am { $when } (UTC) hat jemand in Ihrem Namen beim Helpdesk ({ $agent }) angerufen, und Ihr Vorgesetzter hat nicht bestätigt, dass Sie es waren. Seit Beginn des Anrufs wurde kein Zurücksetzen, kein Entsperren und keine Änderung Ihrer Sicherheitsinformationen aufgezeichnet.

    Wenn Sie es waren, rufen Sie erneut an, und lassen Sie sich mit einer Ihrer eigenen Methoden überprüfen. Wenn nicht, teilen Sie es uns sofort mit: { $link }
helpdesk-notice-manager-denied-subject = { $org }: Ein Vorgesetzter hat einen Helpdesk-Anrufer abgelehnt
helpdesk-notice-manager-denied-body =
    Hallo { $name },

    { $manager } hat bestritten, dass der Anrufer, dem { $agent } geholfen hat, { $account } ist. Die Überprüfung wurde beendet; seit Beginn des Anrufs wurde an dem Konto kein Zurücksetzen, kein Entsperren, kein Zugriffspass und keine Änderung der Sicherheitsinformationen aufgezeichnet. Anrufer, die sich als Beschäftigte ausgeben, versuchen es oft erneut bei einem anderen Helpdesk-Mitarbeiter.

    Prüfen Sie das Überwachungsprotokoll (Aktivitäten, die mit „Helpdesk“ und „Vorgesetzter“ beginnen), und warnen Sie die Helpdesk-Mitarbeiter.
helpdesk-settings-manager = Mitarbeiter dürfen den Vorgesetzten des Anrufers um Genehmigung bitten
helpdesk-settings-manager-hint = Per E-Mail; der Vorgesetzte meldet sich an und gibt die Zahl ein, die dem Anrufer genannt wurde. Nicht für Konten von Administratoren. Schalten Sie dies mit Bedacht ein, sobald Vorgesetzte festgelegt oder aus dem Verzeichnis abgeglichen sind: Die Antwort eines Vorgesetzten bürgt für die ihm unterstellten Personen.
admin-activity-helpdesk-asked-the-caller-s-manager-to-approve = Helpdesk hat den Vorgesetzten eines Anrufers um Genehmigung gebeten
admin-activity-manager-approved-a-helpdesk-caller = Vorgesetzter hat einen Helpdesk-Anrufer bestätigt
admin-activity-manager-denied-a-helpdesk-caller = Vorgesetzter hat einen Helpdesk-Anrufer abgelehnt
admin-activity-update-manager = Vorgesetzten aktualisieren
manager-requests-title = Anfragen des Helpdesks
manager-requests-none = Nichts wartet auf Ihre Antwort.
manager-requests-intro = Der Helpdesk bittet Sie als Vorgesetzten, zu bestätigen, wer mit ihm telefoniert. Wenn die Person nichts von dem Anruf weiß, wählen Sie „Nein, ablehnen“: Die Überprüfung durch den Helpdesk wird beendet, und das Sicherheitsteam wird informiert. Wenn Sie die Person gerade nicht erreichen, wählen Sie „Ich erreiche die Person gerade nicht“: Niemand wird alarmiert.
manager-requests-caller = Ruft { $account } beim Helpdesk an?
manager-requests-detail = Angefragt von { $agent } am { $when }.
manager-requests-until = Antworten Sie bis { $until }.
manager-requests-how = Kontaktieren Sie { $name } selbst über eine Telefonnummer oder einen Chat, die Ihnen bereits bekannt sind (ein Anruf oder eine Nachricht dieser Person mit der Bitte um Genehmigung zählt nicht), und fragen Sie nach der Zahl, die der Helpdesk ihr genannt hat.
manager-requests-number = Vom Helpdesk genannte Zahl
manager-requests-number-hint = Zwei Ziffern.
manager-requests-approve = Genehmigen
manager-requests-deny = Nein, ablehnen
manager-requests-back = Zurück zu „Mein Konto“
manager-requests-approved = Vielen Dank: Sie haben den Anrufer bestätigt, und der Helpdesk kann ihm jetzt helfen.
manager-requests-wrong = Das ist nicht die Zahl, die der Helpdesk genannt hat. Prüfen Sie sie mit der Person. Verbleibende Versuche: { $left }; danach wird die Anfrage abgelehnt.
manager-requests-denied = Sie haben abgelehnt. Die Überprüfung durch den Helpdesk wurde beendet, und das Sicherheitsteam wurde informiert.
manager-requests-no-number = Geben Sie die zweistellige Zahl ein, die der Helpdesk der Person genannt hat, und wählen Sie dann „Genehmigen“ aus. Es wurde kein Versuch gezählt.
manager-requests-gone = Diese Anfrage wartet nicht mehr: Sie wurde beantwortet, ist abgelaufen oder war nicht an Sie gerichtet.
account-helpdesk-requests = Der Helpdesk wartet auf Ihre Antwort ({ $count }): Anrufer bestätigen
admin-manager-heading = Vorgesetzter
admin-manager-hint = Wenn die Helpdesk-Einstellungen es erlauben, kann der Helpdesk den Vorgesetzten per E-Mail bitten, einen Anrufer zu bestätigen, der angibt, dieser Benutzer zu sein. Der Benutzer wird informiert, wenn sich sein Vorgesetzter ändert.
admin-manager-external = Der Vorgesetzte stammt aus dem Attribut „manager“ des lokalen Verzeichnisses.
admin-manager-label = Benutzername des Vorgesetzten
admin-manager-field-hint = Lassen Sie das Feld leer, um den Vorgesetzten zu entfernen.
admin-manager-save = Vorgesetzten speichern
admin-manager-unknown = Kein anderes Konto hat diesen Benutzernamen. Geben Sie den Benutzernamen des Vorgesetzten ein, oder lassen Sie das Feld leer.
admin-manager-self = Ein Benutzer kann nicht sein eigener Vorgesetzter sein.
admin-manager-yourself = Sie können sich nicht selbst als Vorgesetzten eines Benutzers festlegen: Bitten Sie einen anderen Administrator darum.
helpdesk-refused-own-method = Der Anrufer wurde nur durch die Genehmigung seines Vorgesetzten überprüft. Damit können Sie sein Kennwort zurücksetzen oder sein Konto entsperren, aber keinen befristeten Zugriffspass ausstellen und seine Sicherheitsinformationen nicht ändern. Beenden Sie dafür diese Überprüfung, und überprüfen Sie den Anrufer mit einer seiner eigenen Methoden.
helpdesk-manager-unconfirmed = { $manager } konnte den Anrufer nicht erreichen, um es zu bestätigen. Verwenden Sie eine der eigenen Methoden des Anrufers.
helpdesk-manager-void = { $manager } kann nicht mehr antworten: Die Person ist nicht mehr Vorgesetzter des Anrufers, kann sich gerade nicht anmelden, oder die Genehmigung durch Vorgesetzte wurde ausgeschaltet. Verwenden Sie eine der eigenen Methoden des Anrufers.
helpdesk-notice-manager-denied-acted-user-subject = { $org }: Ihr Vorgesetzter hat einen Helpdesk-Anruf nicht bestätigt
helpdesk-notice-manager-denied-acted-user-body =
    Hallo { $name },

    Am { $when } (UTC) hat jemand in Ihrem Namen beim Helpdesk ({ $agent }) angerufen, und Ihr Vorgesetzter hat nicht bestätigt, dass Sie es waren. Ihr Konto wurde seit Beginn des Anrufs geändert (die vorherigen Nachrichten sagen, wie), und das Sicherheitsteam wurde informiert: Es setzt Ihr Kennwort zur Sicherheit möglicherweise erneut zurück.

    Wenn Sie es nicht waren, teilen Sie es uns sofort mit: { $link }
helpdesk-notice-manager-denied-acted-subject = { $org }: Dringend, ein Vorgesetzter hat einen Anrufer abgelehnt, dem der Helpdesk bereits geholfen hatte
helpdesk-notice-manager-denied-acted-body =
    Hallo { $name },

    { $manager } hat bestritten, dass der Anrufer, dem { $agent } geholfen hat, { $account } ist. Die Überprüfung wurde beendet, aber seit Beginn des Anrufs wurden diese Änderungen an dem Konto aufgezeichnet:

    { $actions }

    Handeln Sie jetzt: Setzen Sie das Kennwort des Kontos erneut zurück, widerrufen Sie jeden befristeten Zugriffspass, prüfen Sie die Sicherheitsinformationen, und erreichen Sie den Benutzer über eine Ihnen bekannte Nummer. Warnen Sie dann die Helpdesk-Mitarbeiter.
admin-activity-manager-typed-a-wrong-number-for-a-helpdesk-caller = Vorgesetzter hat eine falsche Zahl für einen Helpdesk-Anrufer eingegeben
admin-activity-manager-could-not-confirm-a-helpdesk-caller = Vorgesetzter konnte einen Helpdesk-Anrufer nicht bestätigen
manager-requests-cannot-confirm = Ich erreiche die Person gerade nicht
manager-requests-unconfirmed = Sie haben angegeben, dass Sie die Person gerade nicht erreichen. Der Helpdesk überprüft den Anrufer auf andere Weise; niemand wurde alarmiert.
manager-requests-office-phone = Hinterlegte Büronummer: { $phone }
manager-requests-ended = Diese Anfrage kann nicht mehr genehmigt werden: Der Anruf oder seine Zeit ist beendet, oder der Helpdesk kann für das Konto gerade nichts tun. Wenn es nicht die Person war, können Sie trotzdem ablehnen.
manager-requests-ended-card = Sie können diese Anfrage nicht mehr genehmigen: Der Anruf oder seine Zeit ist beendet, oder der Helpdesk kann für dieses Konto gerade nichts tun. Wenn die Person nichts von dem Anruf weiß, lehnen Sie ab: Das Sicherheitsteam wird informiert.
