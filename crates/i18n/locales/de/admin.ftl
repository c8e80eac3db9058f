## Admin portal menu (templates/admin/_nav.html).

admin-nav-label = Verwaltungsportal
admin-nav-home = Startseite
admin-nav-users = Benutzer
admin-nav-groups = Gruppen
admin-nav-password-reset = Kennwortzurücksetzung
admin-nav-protection = Kennwortschutz
admin-nav-reports = Nutzung und Erkenntnisse
admin-nav-deliveries = Zustellungen
admin-nav-tokens = API-Token
admin-nav-audit = Überwachungsprotokolle

## /admin: the admin portal's home.

admin-home-title = Verwaltungsportal
admin-home-failed = { $n ->
    [one] { $n } Nachricht konnte in den letzten 24 Stunden nicht zugestellt werden.
   *[other] { $n } Nachrichten konnten in den letzten 24 Stunden nicht zugestellt werden.
}
admin-home-failed-text = Möglicherweise erhalten Personen ihre Prüfcodes oder Benachrichtigungen nicht.
admin-home-failed-link = Sehen Sie sich an, was fehlgeschlagen ist und warum
admin-home-help-title = Hilfeanfragen erreichen niemanden.
admin-home-help-before = Wählt jemand
admin-home-help-after = , sendet Latchkey eine E-Mail an die Kennwortadministratoren, andernfalls an die globalen Administratoren, aber keiner von ihnen hat eine E-Mail-Adresse. Hinterlegen Sie eine in den Kontaktinformationen eines Administrators unter
admin-home-help-or = , oder registrieren Sie eine Wiederherstellungs-E-Mail-Adresse unter
admin-home-users = Benutzer
admin-home-manage-users = Benutzer verwalten
admin-home-new-user = Neuer Benutzer
admin-home-groups = Gruppen
admin-home-manage-groups = Gruppen verwalten
admin-home-new-group = Neue Gruppe

## /admin/audit: the audit log.

admin-audit-title = Überwachungsprotokolle
admin-audit-journey = Ein Vorgang, Schritt für Schritt
admin-audit-correlation-id = Korrelations-ID
admin-audit-back = Zurück zu allen Ereignissen
admin-audit-from = Von (Datum)
admin-audit-to = Bis (Datum)
admin-audit-activity = Aktivität
admin-audit-all-activities = Alle Aktivitäten
admin-audit-actor = Initiiert von
admin-audit-target = Ziel
admin-audit-result = Ergebnis
admin-audit-any = Alle
admin-audit-success = Erfolg
admin-audit-failure = Fehler
admin-audit-apply = Filter anwenden
admin-audit-clear = Zurücksetzen
admin-audit-count = { $n ->
    [one] { $n } Ereignis
   *[other] { $n } Ereignisse
}
admin-audit-download = Als JSON Lines herunterladen
admin-audit-caption = Überwachungsereignisse
admin-audit-caption-ordered = , in Reihenfolge
admin-audit-caption-newest = , neueste zuerst
admin-audit-col-time = Zeit (UTC)
admin-audit-col-client = Client
admin-audit-col-details = Details
admin-audit-open-journey = Vorgang öffnen
admin-audit-pages = Seiten
admin-audit-previous = Vorherige Seite
admin-audit-next = Nächste Seite
admin-audit-page-of = Seite { $page } von { $pages }
admin-audit-error-from = Geben Sie das Startdatum im Format JJJJ-MM-TT ein.
admin-audit-error-to = Geben Sie das Enddatum im Format JJJJ-MM-TT ein.

## /admin/deliveries: messages that couldn't be delivered.

admin-deliveries-title = Zustellungen
admin-deliveries-intro = Prüfcodes und Benachrichtigungen werden über eine Warteschlange gesendet. Eine Nachricht, die der E-Mail- oder SMS-Anbieter abgelehnt oder nach mehreren Versuchen nicht angenommen hat, wird hier 30 Tage lang aufgeführt. Ein Prüfcode wird nie erneut gesendet (die Person wurde informiert, dass er nicht gesendet werden konnte, und kann einen neuen anfordern); eine Benachrichtigung kann erneut gesendet werden, sobald der Anbieter wieder funktioniert.
admin-deliveries-waiting = { $waiting ->
    [one] { $waiting } Nachricht wartet auf den Versand.
   *[other] { $waiting } Nachrichten warten auf den Versand.
}
admin-deliveries-failed = { $today } konnten in den letzten 24 Stunden nicht zugestellt werden, { $total } in den letzten 30 Tagen.
admin-deliveries-none = Alle Nachrichten wurden zugestellt.
admin-deliveries-caption = Nicht zugestellte Nachrichten, neueste zuerst
admin-deliveries-col-given-up = Aufgegeben
admin-deliveries-col-message = Nachricht
admin-deliveries-col-user = Benutzer
admin-deliveries-col-channel = Kanal
admin-deliveries-col-tries = Versuche
admin-deliveries-col-last-answer = Letzte Antwort
admin-deliveries-col-actions = Aktionen
admin-deliveries-resend = Erneut senden
admin-deliveries-dismiss = Aus der Liste entfernen
admin-deliveries-code = Prüfcode
admin-deliveries-queued = Die Nachricht wurde erneut in die Warteschlange gestellt. Sie verschwindet aus dieser Liste, sobald sie gesendet wurde, oder erscheint wieder, wenn sie erneut fehlschlägt.
admin-deliveries-gone = Diese Nachricht ist nicht mehr in der Liste.
admin-deliveries-removed = Aus der Liste entfernt.

## /admin/reports: "Usage & insights".

admin-reports-title = Nutzung und Erkenntnisse
admin-reports-reminded = { $n ->
    [one] Eine Erinnerung wurde an 1 nicht registrierten Benutzer gesendet.
   *[other] Erinnerungen wurden an { $n } nicht registrierte Benutzer gesendet.
}
admin-reports-coverage = Registrierungsabdeckung
admin-reports-percent = { $percent } %
admin-reports-coverage-text = { $registered } von { $total } Benutzern, die die Self-Service-Kennwortzurücksetzung verwenden können, haben genügend Methoden für eine Zurücksetzung registriert.
admin-reports-figure-note = Dieselben Zahlen stehen in der Tabelle unten.
admin-reports-by-method = Registrierte Benutzer nach Methode
admin-reports-col-method = Methode
admin-reports-col-users = Benutzer
admin-reports-col-of = Von
admin-reports-by-group = Nach Gruppe
admin-reports-group-chart = Registrierung nach Gruppe
admin-reports-group-caption = Registrierung nach Gruppe (Mitglieder geschachtelter Gruppen zählen mit)
admin-reports-col-group = Gruppe
admin-reports-col-registered = Registriert
admin-reports-col-members = Mitglieder im Geltungsbereich
admin-reports-activity = Zurücksetzungen und Entsperrungen
admin-reports-days = { $n ->
    [one] { $n } Tag
   *[other] { $n } Tage
}
admin-reports-succeeded = Erfolgreich
admin-reports-failed = Fehlgeschlagen
admin-reports-blocked = Blockiert
admin-reports-day-table = Tabelle: Zurücksetzungen und Entsperrungen pro Tag
admin-reports-day-caption = Pro Tag, { $days ->
    [one] letzter Tag
   *[other] letzte { $days } Tage
}
admin-reports-day-chart = Zurücksetzungen und Entsperrungen pro Tag, { $days ->
    [one] letzter Tag
   *[other] letzte { $days } Tage
}
admin-reports-col-day = Tag
admin-reports-reasons = Häufigste Fehlerursachen
admin-reports-no-failures = Keine Fehler in diesem Zeitraum.
admin-reports-reasons-caption = Fehlerursachen
admin-reports-col-reason = Ursache
admin-reports-col-count = Anzahl
admin-reports-unregistered = Noch nicht registriert
admin-reports-all-registered = Alle Benutzer im Geltungsbereich haben sich registriert.
admin-reports-unregistered-count = { $n ->
    [one] { $n } Benutzer
   *[other] { $n } Benutzer
}
admin-reports-download-csv = Als CSV herunterladen
admin-reports-remind-label = Registrierungserinnerung senden an
admin-reports-remind-everyone = Alle nicht registrierten Benutzer
admin-reports-remind-members = Mitglieder von { $group }
admin-reports-remind-submit = Erinnerung senden
admin-reports-bar = { $value } von { $total } ({ $percent } %)
admin-reports-error-choose-group = Wählen Sie eine Gruppe aus der Liste aus.
admin-reports-error-no-group = Diese Gruppe ist nicht vorhanden. Wählen Sie eine Gruppe aus der Liste aus.
admin-reports-method-app-code = Code der mobilen App
admin-reports-method-email = E-Mail
admin-reports-method-mobile-phone = Mobiltelefon (SMS oder Anruf)
admin-reports-method-office-phone = Bürotelefon (Anruf)
admin-reports-method-questions = Sicherheitsfragen
admin-reports-method-app-notification = Benachrichtigung der mobilen App
admin-reports-method-passkey = Passkey

## /admin/tokens: API tokens.

admin-tokens-title = API-Token
admin-tokens-hint-api = Mit einem Token kann ein Programm die JSON-API
admin-tokens-hint-role = für einen Administrator aufrufen, mit dessen Rolle: Token mit
admin-tokens-hint-read = lesen nur, Token mit
admin-tokens-hint-write = nehmen auch Änderungen vor. Das Token wird nur einmal angezeigt, wenn es erstellt wird; Latchkey speichert nur seinen Hash.
admin-tokens-created = Token „{ $name }“ wurde erstellt
admin-tokens-token = Token
admin-tokens-copy = Token kopieren
admin-tokens-acts-for = Handelt für
admin-tokens-scope = Bereich
admin-tokens-shown-once = Dieses Token wird nur einmal angezeigt. Speichern Sie es dort, wo das Programm, das es verwendet, seine Geheimnisse liest. Wenn es verloren geht, widerrufen Sie es, und erstellen Sie ein neues.
admin-tokens-confirm-title = Token „{ $name }“ widerrufen?
admin-tokens-confirm-text = Programme, die dieses Token verwenden (handelt für { $owner }, Bereich { $scope }), funktionieren sofort nicht mehr. Dies kann nicht rückgängig gemacht werden.
admin-tokens-revoke-submit = Token widerrufen
admin-tokens-cancel = Abbrechen
admin-tokens-list = Token
admin-tokens-none = Noch keine API-Token.
admin-tokens-caption = API-Token, neueste zuerst
admin-tokens-name = Name
admin-tokens-created-col = Erstellt
admin-tokens-last-used = Zuletzt verwendet
admin-tokens-status = Status
admin-tokens-never = Nie
admin-tokens-revoked-at = Widerrufen am { $when }
admin-tokens-active = Aktiv
admin-tokens-revoke = Widerrufen
admin-tokens-revoke-which = Token { $name }
admin-tokens-create = Token erstellen
admin-tokens-name-hint = 1 bis 64 Zeichen: was es verwenden wird, z. B. HR-Synchronisierung.
admin-tokens-scope-read = Lesen: nur lesend
admin-tokens-scope-write = Schreiben: lesend und ändernd
admin-tokens-owner-hint = Der Benutzername eines globalen Administrators oder Kennwortadministrators; das Token erhält dessen Rolle.
admin-tokens-submit = Token erstellen
admin-tokens-revoked = Das Token wurde widerrufen und funktioniert nicht mehr.
admin-tokens-already-created = Dieses Token wurde bereits erstellt und einmal angezeigt. Um ein weiteres zu erstellen, füllen Sie das Formular unten aus.
admin-tokens-error-scope = Wählen Sie „Lesen“ oder „Schreiben“ aus.
admin-tokens-error-owner = Es gibt keinen Benutzer mit diesem Benutzernamen.
admin-tokens-error-name = Geben Sie dem Token einen Namen mit 1 bis 64 Zeichen, z. B. was es verwenden wird.
admin-tokens-error-owner-role = Ein Token handelt für seinen Besitzer, daher muss der Besitzer ein globaler Administrator oder Kennwortadministrator sein.

## Audit activity names as the audit log shows them (the stored name stays English).

admin-activity-sign-in = Anmeldung
admin-activity-sign-in-blocked-by-smart-lockout = Anmeldung durch Smart Lockout blockiert
admin-activity-sign-out = Abmeldung
admin-activity-password-writeback = Kennwortrückschreiben
admin-activity-directory-sync = Verzeichnissynchronisierung
admin-activity-change-password-self-service = Kennwort ändern (Self-Service)
admin-activity-add-user = Benutzer hinzufügen
admin-activity-update-user = Benutzer aktualisieren
admin-activity-delete-user = Benutzer löschen
admin-activity-import-users = Benutzer importieren
admin-activity-reset-password-by-admin = Kennwort zurücksetzen (durch Administrator)
admin-activity-add-group = Gruppe hinzufügen
admin-activity-delete-group = Gruppe löschen
admin-activity-add-member-to-group = Mitglied zur Gruppe hinzufügen
admin-activity-remove-member-from-group = Mitglied aus Gruppe entfernen
admin-activity-create-bootstrap-administrator = Bootstrap-Administrator erstellen
admin-activity-update-self-service-password-reset-policy = Richtlinie für Self-Service-Kennwortzurücksetzung aktualisieren
admin-activity-update-password-protection-policy = Richtlinie für den Kennwortschutz aktualisieren
admin-activity-user-submitted-their-user-id = Benutzer hat seine Benutzer-ID übermittelt
admin-activity-user-started-a-verification-option = Benutzer hat eine Überprüfungsoption gestartet
admin-activity-user-completed-a-verification-option = Benutzer hat eine Überprüfungsoption abgeschlossen
admin-activity-user-failed-a-verification-option = Benutzer hat eine Überprüfungsoption nicht bestanden
admin-activity-user-completed-all-verification-steps-required = Benutzer hat alle erforderlichen Überprüfungsschritte abgeschlossen
admin-activity-user-submitted-a-new-password = Benutzer hat ein neues Kennwort übermittelt
admin-activity-reset-password-self-service = Kennwort zurücksetzen (Self-Service)
admin-activity-unlock-user-account-self-service = Benutzerkonto entsperren (Self-Service)
admin-activity-blocked-from-self-service-password-reset = Für die Self-Service-Kennwortzurücksetzung blockiert
admin-activity-rate-limit-reached = Ratenlimit erreicht
admin-activity-telephony-spike-reported-to-administrators = Telefonie-Spitze an Administratoren gemeldet
admin-activity-user-asked-an-administrator-for-help = Benutzer hat einen Administrator um Hilfe gebeten
admin-activity-verification-code-could-not-be-sent = Prüfcode konnte nicht gesendet werden
admin-activity-authenticator-code-reused = Authentifikatorcode wiederverwendet
admin-activity-user-registered-for-self-service-password-reset = Benutzer hat sich für die Self-Service-Kennwortzurücksetzung registriert
admin-activity-user-registered-an-authentication-method = Benutzer hat eine Authentifizierungsmethode registriert
admin-activity-user-removed-an-authentication-method = Benutzer hat eine Authentifizierungsmethode entfernt
admin-activity-user-confirmed-their-authentication-information = Benutzer hat seine Authentifizierungsinformationen bestätigt
admin-activity-notification-could-not-be-delivered = Benachrichtigung konnte nicht zugestellt werden
admin-activity-user-reported-a-change-they-didn-t-make = Benutzer hat eine Änderung gemeldet, die er nicht vorgenommen hat
admin-activity-registration-reminder-sent = Registrierungserinnerung gesendet
admin-activity-update-organization-name-and-logo = Organisationsname und Logo aktualisieren
admin-activity-audit-retention-applied = Aufbewahrung der Überwachungsdaten angewendet
admin-activity-create-api-token = API-Token erstellen
admin-activity-revoke-api-token = API-Token widerrufen
admin-activity-admin-deleted-security-info = Administrator hat Sicherheitsinformationen gelöscht
admin-activity-admin-required-re-registration-of-security-info = Administrator hat erneute Registrierung der Sicherheitsinformationen verlangt
admin-activity-apply-policy-document = Richtliniendokument anwenden
admin-activity-delivery-failures-reported-to-administrators = Zustellungsfehler an Administratoren gemeldet
admin-activity-resend-undelivered-notification = Nicht zugestellte Benachrichtigung erneut senden
admin-activity-dismiss-undelivered-notification = Nicht zugestellte Benachrichtigung verwerfen
admin-activity-app-notification-approved = App-Benachrichtigung genehmigt
admin-activity-app-notification-answered-with-a-wrong-number = App-Benachrichtigung mit falscher Zahl beantwortet
admin-activity-app-notification-denied = App-Benachrichtigung abgelehnt
admin-activity-app-notification-reported-as-not-me = App-Benachrichtigung als „Das war ich nicht“ gemeldet
admin-activity-app-notification-answer-refused = Antwort auf App-Benachrichtigung zurückgewiesen
admin-activity-issue-temporary-access-pass = Befristeten Zugriffspass ausstellen
admin-activity-revoke-temporary-access-pass = Befristeten Zugriffspass widerrufen
admin-activity-sign-in-with-temporary-access-pass = Anmeldung mit befristetem Zugriffspass
