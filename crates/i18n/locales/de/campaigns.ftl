# campaigns area: registration campaigns (/admin/campaigns), coverage over time on
# "Usage & insights", importing contact details (/admin/users/import-contacts), and the
# campaign's reminder email.

## /admin/campaigns

campaigns-title = Registrierungskampagne
campaigns-intro = Erinnert Benutzer, die ihr Kennwort selbst zurücksetzen können, aber noch nicht genügend Sicherheitsinformationen registriert haben, per E-Mail daran, bis sie es getan haben. Sie ist ausgeschaltet, bis Sie sie einschalten, weil sie E-Mails an Personen sendet.
campaigns-settings = Einstellungen
campaigns-status-on = { $days ->
    [one] Ein: Erinnerungen werden jeden Tag gesendet.
   *[other] Ein: Erinnerungen werden alle { $days } Tage gesendet.
}
campaigns-status-off = Aus: Es werden keine Erinnerungen gesendet.
campaigns-reminded = { $n ->
    [one] { $n } Benutzer wurde im aktuellen Intervall erinnert.
   *[other] { $n } Benutzer wurden im aktuellen Intervall erinnert.
}
campaigns-enabled = Registrierungserinnerungen senden
campaigns-enabled-hint = Benutzer im Bereich der Self-Service-Kennwortzurücksetzung, die nicht genügend Methoden registriert haben, erhalten eine E-Mail mit einem Link zur Registrierungsseite. Solange die Self-Service-Kennwortzurücksetzung auf „Keine“ steht, wird nichts gesendet.
campaigns-interval = Tage zwischen Erinnerungen
campaigns-interval-hint = Ein Benutzer erhält höchstens eine Erinnerung in so vielen Tagen und keine mehr, sobald er sich registriert hat. Von 1 bis 90.
campaigns-include-reconfirm = Auch Benutzer erinnern, deren erneute Bestätigung fällig ist
campaigns-include-reconfirm-hint = Benutzer, die sich registriert, ihre Sicherheitsinformationen aber nicht innerhalb der von der Richtlinie verlangten Tage bestätigt haben.
campaigns-save = Speichern
campaigns-saved = Die Einstellungen der Registrierungskampagne wurden gespeichert.
campaigns-yes = Ja
campaigns-no = Nein
campaigns-read-only = Nur ein globaler Administrator kann diese Einstellungen ändern.
campaigns-more = Siehe auch
campaigns-link-reports = Registrierungsabdeckung unter Nutzung und Erkenntnisse
campaigns-link-import = Kontaktdaten aus einer Datei importieren
campaigns-link-settings = Einstellungen der Registrierungskampagne
campaigns-error-interval = Geben Sie eine ganze Zahl von Tagen von { $min } bis { $max } ein.

## Coverage over time, on /admin/reports

campaigns-history = Abdeckung im Zeitverlauf
campaigns-history-chart = Anteil der registrierten Benutzer im Bereich, pro Tag
campaigns-history-none = Es wurde noch keine Abdeckung aufgezeichnet. Sie wird einmal am Tag aufgezeichnet.
campaigns-history-table = Abdeckung pro Tag als Tabelle
campaigns-history-caption = Registrierungsabdeckung pro Tag (UTC)
campaigns-history-col-registered = Registriert
campaigns-history-col-in-scope = Im Bereich
campaigns-history-col-percent = Prozent

## /admin/users/import-contacts

campaigns-import-title = Kontaktdaten importieren
campaigns-import-intro = Legen Sie die E-Mail-Adressen und Telefonnummern vorhandener Benutzer aus einer CSV-Datei fest. Die erste Zeile nennt die Spalten: username und beliebige von email, alternate_email, mobile_phone, office_phone. Eine leere Zelle behält den gespeicherten Wert. Telefonnummern beginnen mit + oder 00 und der Landesvorwahl.
campaigns-import-policy = Importierte Kontaktdaten können nur dann zum Zurücksetzen eines Kennworts verwendet werden, wenn in der Richtlinie „Kontaktinformationen aus dem Verzeichnis verwenden“ eingeschaltet ist; sonst registrieren und bestätigen die Benutzer sie weiterhin selbst.
campaigns-import-upload = Datei auswählen
campaigns-import-file = CSV-Datei
campaigns-import-file-hint = Bis zu 2 MB und 10.000 Zeilen, UTF-8. Sie sehen, was sich ändert, bevor etwas gespeichert wird.
campaigns-import-check = Datei prüfen
campaigns-import-choose-file = Wählen Sie eine CSV-Datei zum Importieren aus.
campaigns-import-preview = { $n ->
    [one] Die Kontaktdaten von { $n } Benutzer werden geändert
   *[other] Die Kontaktdaten von { $n } Benutzern werden geändert
}
campaigns-import-preview-caption = Kontaktdaten, die geändert werden
campaigns-import-apply = { $n ->
    [one] Kontaktdaten von { $n } Benutzer importieren
   *[other] Kontaktdaten von { $n } Benutzern importieren
}
campaigns-import-applied = { $n ->
    [one] Die Kontaktdaten von { $n } Benutzer wurden geändert.
   *[other] Die Kontaktdaten von { $n } Benutzern wurden geändert.
}
campaigns-import-unchanged = { $n ->
    [one] { $n } Zeile ändert nichts.
   *[other] { $n } Zeilen ändern nichts.
}
campaigns-import-bad-rows = { $n ->
    [one] { $n } Zeile kann nicht importiert werden
   *[other] { $n } Zeilen können nicht importiert werden
}
campaigns-import-nothing-written = Es wurde nichts geändert. Korrigieren Sie diese Zeilen und versuchen Sie es erneut.
campaigns-import-bad-caption = Zeilen, die nicht importiert werden können
campaigns-import-col-line = Zeile
campaigns-import-col-user = Benutzer
campaigns-import-col-problem = Problem
campaigns-import-col-field = Feld
campaigns-import-col-before = Jetzt
campaigns-import-col-after = Nach dem Import
campaigns-import-no-username = Die Kopfzeile braucht eine Spalte username (die erste Zeile nennt die Spalten: username,email,…).
campaigns-import-empty = Die Datei ist leer: Die erste Zeile muss die Spalten nennen (username,email,…).
campaigns-import-too-large = Die Datei ist größer als { $max } MB. Teilen Sie sie in kleinere Dateien auf.
campaigns-import-too-many-rows = Die Datei hat mehr als { $max } Zeilen. Teilen Sie sie in kleinere Dateien auf.
campaigns-import-cell-too-long = Dieser Wert ist länger als { $max } Zeichen.
campaigns-import-no-user = Es gibt keinen Benutzer „{ $name }“.
campaigns-import-synced = Dieses Konto stammt aus Ihrem lokalen Verzeichnis: Seine Kontaktdaten werden dort verwaltet.
campaigns-import-self = Ihre eigenen Kontaktdaten ändern Sie unter „Mein Konto“, nicht per Import.
campaigns-import-admin = Die Kontaktdaten eines Administrators werden auf seiner eigenen Seite geändert, nachdem der Helpdesk ihn überprüft und ein anderer globaler Administrator zugestimmt hat, nicht per Import.
campaigns-api-csv-only = Senden Sie die Datei als Body mit Content-Type: text/csv.
campaigns-api-dry-run = Geben Sie dry_run als true oder false an.

## The reminder email. Placeholders: $org, $greeting, $setup_url, $reconfirm, $days.

campaigns-email-subject = Richten Sie die Kennwortzurücksetzung für Ihr { $org }-Konto ein
campaigns-email-subject-reconfirm = Bitte überprüfen Sie die Sicherheitsinformationen Ihres { $org }-Kontos
campaigns-email-body = Sie haben noch nicht eingerichtet, wie wir Ihre Identität überprüfen können, wenn Sie Ihr { $org }-Kennwort vergessen, etwa über eine Telefonnummer oder eine Authentifikator-App. Das dauert nur wenige Minuten, und danach können Sie jederzeit selbst wieder auf Ihr Konto zugreifen.
campaigns-email-body-reconfirm = Es ist Zeit zu prüfen, ob die Sicherheitsinformationen Ihres { $org }-Kontos noch stimmen, damit Sie Ihr Kennwort weiterhin selbst zurücksetzen können. Das dauert nur eine Minute.
campaigns-email-button = Jetzt einrichten
campaigns-email-button-reconfirm = Sicherheitsinformationen prüfen
campaigns-email-here = Öffnen Sie diese Seite und melden Sie sich an:
campaigns-email-copy = Oder kopieren Sie diese Adresse in Ihren Browser: { $setup_url }
campaigns-email-why = { $days ->
    [one] Sie erhalten diese Erinnerung jeden Tag, bis es erledigt ist. Wir fragen nie per E-Mail nach Ihrem Kennwort oder einem Code.
   *[other] Sie erhalten diese Erinnerung alle { $days } Tage, bis es erledigt ist. Wir fragen nie per E-Mail nach Ihrem Kennwort oder einem Code.
}

## Audit log activities

admin-activity-update-registration-campaign-settings = Einstellungen der Registrierungskampagne aktualisieren
admin-activity-registration-campaign-run = Registrierungskampagne ausgeführt
admin-activity-import-contact-details = Kontaktdaten importieren
