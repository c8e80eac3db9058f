# expiry area: password expiry settings, reminders and reports.

## Reminder messages (email and text)
expiry-reminder-subject = { $days ->
    [one] Ihr { $org }-Kennwort läuft morgen ab
   *[other] Ihr { $org }-Kennwort läuft in { $days } Tagen ab
}
expiry-reminder-body = Ihr { $org }-Kennwort läuft am { $expires_utc } ab. Wählen Sie vorher ein neues; danach müssen Sie es bei der nächsten Anmeldung ändern.
expiry-reminder-here = Ändern Sie es hier:
expiry-reminder-button = Kennwort ändern
expiry-reminder-ignore = Wir fragen Sie nie per E-Mail oder SMS nach Ihrem Kennwort. Wenn Sie es bereits geändert haben, können Sie diese Nachricht ignorieren.
expiry-reminder-sms = { $org }: Ihr Kennwort läuft { $days ->
    [one] morgen
   *[other] in { $days } Tagen
} ab ({ $expires_utc }). Ändern Sie es unter { $change_url }

## Settings errors
expiry-error-max-age = Geben Sie eine Anzahl von Tagen zwischen 0 (läuft nie ab) und 3650 ein.
expiry-error-reminder-days = Geben Sie bis zu 10 verschiedene Tageszahlen zwischen 1 und 90 ein, durch Kommas getrennt.
expiry-error-group-age = Geben Sie eine Anzahl von Tagen zwischen 1 und 3650 ein.
expiry-error-group = Wählen Sie eine Gruppe aus.
expiry-error-report-days = Geben Sie eine Anzahl von Tagen zwischen 1 und 365 ein.

## Admin page
admin-nav-expiry = Kennwortablauf
expiry-title = Kennwortablauf
expiry-intro = Kennwörter von Latchkeys eigenen Konten können eine bestimmte Anzahl von Tagen nach dem Festlegen ablaufen. Konten aus dem lokalen Verzeichnis folgen dem Ablauf des Verzeichnisses. Wessen Kennwort abgelaufen ist, muss es bei der nächsten Anmeldung ändern.
expiry-settings-heading = Einstellungen
expiry-max-age-label = Maximales Kennwortalter (Tage)
expiry-max-age-hint = 0 bedeutet, dass Kennwörter nie ablaufen.
expiry-reminder-days-label = Erinnerungen so viele Tage vorher senden
expiry-reminder-days-hint = Durch Kommas getrennt, zum Beispiel 14, 7, 3, 1.
expiry-by-email = Per E-Mail erinnern
expiry-by-sms = Per SMS erinnern
expiry-save = Speichern
expiry-saved = Die Einstellungen zum Kennwortablauf wurden gespeichert.
expiry-read-only = Nur globale Administratoren können diese Einstellungen ändern.
expiry-groups-heading = Maximales Alter pro Gruppe
expiry-groups-intro = Das eigene maximale Alter einer Gruppe gilt für ihre Mitglieder, auch für Mitglieder verschachtelter Gruppen. Ist ein Benutzer in mehreren solchen Gruppen, gilt das kleinste.
expiry-groups-none = Keine Gruppe hat ein eigenes maximales Alter.
expiry-col-group = Gruppe
expiry-col-max-age = Maximales Alter (Tage)
expiry-group-label = Gruppe
expiry-group-days-label = Maximales Alter (Tage)
expiry-group-set = Festlegen
expiry-group-remove = Entfernen
expiry-group-saved = Das maximale Alter der Gruppe wurde gespeichert.

## Reports
expiry-report-heading = Bald ablaufende Konten
expiry-report-days-label = Innerhalb so vieler Tage
expiry-report-show = Anzeigen
expiry-report-csv = CSV herunterladen
expiry-report-count = { $n ->
    [one] { $days ->
        [one] Das Kennwort eines Kontos läuft innerhalb eines Tages ab.
       *[other] Das Kennwort eines Kontos läuft innerhalb von { $days } Tagen ab.
    }
   *[other] { $days ->
        [one] Die Kennwörter von { $n } Konten laufen innerhalb eines Tages ab.
       *[other] Die Kennwörter von { $n } Konten laufen innerhalb von { $days } Tagen ab.
    }
}
expiry-report-none = { $days ->
    [one] Innerhalb eines Tages läuft kein Kennwort ab.
   *[other] Innerhalb von { $days } Tagen läuft kein Kennwort ab.
}
expiry-col-user = Benutzername
expiry-col-name = Name
expiry-col-expires = Läuft ab
expiry-col-days-left = Verbleibende Tage
expiry-col-source = Regel
expiry-source-local = Latchkey
expiry-source-directory = Lokales Verzeichnis
expiry-sent-heading = In den letzten 30 Tagen gesendete Erinnerungen
expiry-sent-none = In den letzten 30 Tagen wurde keine Erinnerung gesendet.
expiry-col-sent = Gesendet
expiry-col-days-before = Tage vorher
expiry-col-channel = Kanal
expiry-col-state = Zustellung
expiry-state-queued = Wartend
expiry-state-failed = Nicht zugestellt
expiry-state-sent = Zugestellt

## Audit log
admin-activity-update-password-expiry-settings = Einstellungen zum Kennwortablauf aktualisieren

## Lokales Verzeichnis: vom Abgleich gelesener Kennwortablauf
expiry-directory-expires = Kennwort läuft ab (Verzeichnis)
expiry-directory-never = Nie
expiry-directory-now = Jetzt: Das Verzeichnis verlangt ein neues Kennwort
expiry-directory-doc = Kennwortablauf
expiry-directory-doc-ad = gelesen aus msDS-UserPasswordExpiryTimeComputed (Kennwortrichtlinien der Domäne und differenzierte Richtlinien)
expiry-directory-doc-ppolicy = gelesen aus pwdChangedTime und dem pwdMaxAge der Richtlinie jedes Kontos (Standardrichtlinie { $policy })
expiry-directory-doc-no-default = nur für Konten mit eigenem pwdPolicySubentry: Die Standardrichtlinie des Overlays wurde nicht gefunden
expiry-directory-doc-no-default-fix = erlauben Sie dem Dienstkonto, olcPPolicyDefault in cn=config zu lesen (olcAccess: to attrs=entry,objectClass,olcPPolicyDefault by dn.exact="<Dienstkonto>" read)
expiry-directory-doc-none = nicht gelesen: Ohne das ppolicy-Overlay laufen Kennwörter im Verzeichnis nicht ab
expiry-directory-doc-unreadable = Die Kennwortrichtlinien konnten nicht gelesen werden: { $error }
