## Verwaltungsportal: Benutzer und Gruppen, die einmalige Anzeige eines generierten
## Kennworts oder eines befristeten Zugriffspasses, die Rollennamen.

## Rollennamen (auch unter „Mein Konto“).
admin-role-user = Benutzer
admin-role-helpdesk-verifier = Helpdesk-Prüfer
admin-role-password-admin = Kennwortadministrator
admin-role-global-admin = Globaler Administrator

## Benutzerliste (/admin/users).
admin-users-title = Benutzer
admin-users-new = Neuer Benutzer
admin-users-search-label = Benutzer suchen
admin-users-search-placeholder = Name oder Benutzername
admin-users-search-submit = Suchen
admin-users-count = { $n ->
    [one] { $n } Benutzer.
   *[other] { $n } Benutzer.
}
admin-users-count-matching = { $n ->
    [one] { $n } Benutzer mit „{ $q }“.
   *[other] { $n } Benutzer mit „{ $q }“.
}
admin-users-caption = Benutzer, Seite { $page } von { $pages }
admin-users-col-display-name = Anzeigename
admin-users-col-username = Benutzername
admin-users-col-role = Rolle
admin-users-col-status = Status
admin-users-enabled = Aktiviert
admin-users-disabled = Deaktiviert
admin-users-pages = Seiten
admin-users-previous = Vorherige Seite
admin-users-next = Nächste Seite
admin-users-page-of = Seite { $page } von { $pages }

## Neuer Benutzer (/admin/users/new).
admin-users-new-title = Neuer Benutzer
admin-users-new-basics = Grundlagen
admin-users-new-display-name-hint = Leer lassen, um Vor- und Nachnamen zu verwenden.
admin-users-new-username-hint = Buchstaben, Ziffern und ' . - _ ! # ^ ~, optional gefolgt von @ und einer Domäne, z. B. mias oder mia.steele@example.org.
admin-users-new-password-heading = Kennwort
admin-users-new-password-hint = Wird nur verwendet, wenn „Kennwort automatisch erstellen“ deaktiviert ist.
admin-users-new-mobile-hint = Mit Landesvorwahl, z. B. +1 425 555 0100.
admin-users-new-office-hint = Mit Landesvorwahl.
admin-users-new-role-heading = Rolle
admin-users-new-create = Erstellen
admin-users-new-cancel = Abbrechen
admin-users-created-title = Benutzer erstellt
admin-users-created-intro = { $name } kann sich jetzt mit dem unten stehenden Benutzernamen und Kennwort anmelden.

## Ein Benutzer (/admin/users/{id}).
admin-user-managed-strong = Dieses Konto stammt aus Ihrem lokalen Verzeichnis
admin-user-managed-dn = DN
admin-user-managed-text = Namen und Kontaktdaten werden dort verwaltet, ebenso ob das Konto aktiviert ist; Änderungen dort werden mit der nächsten Synchronisierung übernommen. Eine hier gesperrte Anmeldung bleibt gesperrt.
admin-user-managed-password = Ein Kennwort, das Sie hier zurücksetzen, wird auch in das Verzeichnis geschrieben.
admin-user-properties = Eigenschaften
admin-user-username = Benutzername
admin-user-role = Rolle
admin-user-account = Konto
admin-user-must-change = Muss Kennwort ändern
admin-user-yes = Ja
admin-user-no = Nein
admin-user-groups = Gruppen
admin-user-none = Keine
admin-user-reset-password = Kennwort zurücksetzen
admin-user-reset-self-before-link = Um Ihr eigenes Kennwort zu ändern, verwenden Sie
admin-user-reset-self-after-link = , wo Ihr aktuelles Kennwort abgefragt wird.
admin-user-auto-password = Kennwort automatisch erstellen
admin-user-password = Kennwort
admin-user-password-hint = Wird nur verwendet, wenn „Kennwort automatisch erstellen“ deaktiviert ist. Mindestens { $min } Zeichen.
admin-user-must-change-label = Benutzer muss das Kennwort bei der ersten Anmeldung ändern
admin-user-enter-password = Geben Sie ein Kennwort ein, oder aktivieren Sie „Kennwort automatisch erstellen“.
admin-user-created-typed = Der Benutzer wurde mit dem von Ihnen eingegebenen Kennwort erstellt.
admin-user-saved = Gespeichert.
admin-user-pass-revoked = Der befristete Zugriffspass wurde widerrufen, und die damit geöffneten Sitzungen wurden abgemeldet.
admin-user-reset-typed = Das Kennwort wurde auf das von Ihnen eingegebene zurückgesetzt, und die Sitzungen des Benutzers wurden abgemeldet.
admin-user-reset-title = Kennwort zurückgesetzt
admin-user-reset-intro = Das Kennwort von { $name } wurde zurückgesetzt, und die Sitzungen wurden abgemeldet.
admin-user-confirm-delete-error = Aktivieren Sie das Kontrollkästchen, um zu bestätigen, dass Sie diesen Benutzer löschen möchten.

## Ein Benutzer: befristeter Zugriffspass.
admin-user-pass-heading = Befristeter Zugriffspass
admin-user-pass-hint = Ein zeitlich begrenzter Pass, mit dem sich { $name } anmelden kann, um Sicherheitsinformationen zu registrieren, wenn alle Methoden verloren gegangen sind oder das Konto neu ist. Er öffnet nur die Seite mit den Sicherheitsinformationen, aber was dort registriert wird, ermöglicht das Zurücksetzen des Kennworts: Überprüfen Sie die Identität der Person ebenso sorgfältig wie bei einer Kennwortzurücksetzung.
admin-user-pass-valid-until = Ein von { $issued_by } ausgestellter Pass ist gültig bis
admin-user-pass-one-time = , für eine Anmeldung
admin-user-pass-used = (verwendet)
admin-user-pass-session = Eine mit einem Pass geöffnete Sitzung ist geöffnet bis { $until }.
admin-user-pass-revoke = Pass widerrufen
admin-user-pass-lifetime = Gültig für
admin-user-pass-one-time-label = Einmalige Verwendung (der Pass gilt für eine Anmeldung)
admin-user-pass-issue-new = Neuen Pass ausstellen (der aktuelle funktioniert dann nicht mehr)
admin-user-pass-issue = Befristeten Zugriffspass ausstellen
admin-user-pass-already-shown = Dieser Pass wurde bereits ausgestellt und einmal angezeigt. Um einen weiteren zu vergeben, stellen Sie unten einen neuen Pass aus (der vorherige funktioniert dann nicht mehr).
admin-user-pass-none-to-revoke = Es gab keinen gültigen befristeten Zugriffspass, der widerrufen werden konnte.

## Ein Benutzer: Kontaktinformationen.
admin-user-contact = Kontaktinformationen
admin-user-contact-external-hint = Aus dem lokalen Verzeichnis; ändern Sie sie dort.
admin-user-first-name = Vorname
admin-user-last-name = Nachname
admin-user-display-name = Anzeigename
admin-user-email = E-Mail
admin-user-alternate-email = Alternative E-Mail-Adresse
admin-user-mobile-phone = Mobiltelefon
admin-user-office-phone = Bürotelefon
admin-user-mobile-hint = Mit Landesvorwahl, z. B. +1 425 555 0100. Zum Löschen leer lassen.
admin-user-office-hint = Mit Landesvorwahl. Zum Löschen leer lassen.
admin-user-save-contact = Kontaktinformationen speichern

## Ein Benutzer: Zugriff (Rolle, Anmeldung, Löschen).
admin-user-access = Zugriff
admin-user-save-role = Rolle speichern
admin-user-block = Anmeldung blockieren
admin-user-allow = Anmeldung zulassen
admin-user-external-block-hint = Eine hier blockierte Anmeldung bleibt über Synchronisierungen hinweg bestehen. Das Konto wird im lokalen Verzeichnis gelöscht.
admin-user-confirm-delete = Ja, { $username } und die Gruppenmitgliedschaften löschen
admin-user-delete = Benutzer löschen

## Gruppenliste (/admin/groups).
admin-groups-title = Gruppen
admin-groups-new = Neue Gruppe
admin-groups-none = Noch keine Gruppen.
admin-groups-none-create = Erstellen Sie eine Sicherheitsgruppe, um festzulegen, wer die Self-Service-Kennwortzurücksetzung verwenden darf.
admin-groups-caption = Sicherheitsgruppen
admin-groups-col-name = Name
admin-groups-col-description = Beschreibung
admin-groups-col-type = Typ
admin-groups-type-security = Sicherheit
admin-groups-type-external = Sicherheit, aus dem lokalen Verzeichnis

## Neue Gruppe (/admin/groups/new).
admin-groups-new-title = Neue Gruppe
admin-groups-new-type = Gruppentyp
admin-groups-new-name = Gruppenname
admin-groups-new-description = Gruppenbeschreibung
admin-groups-new-members = Mitglieder
admin-groups-new-members-hint = Optional. Benutzernamen, Anzeigenamen von Personen (Mia Steele) oder Gruppennamen, durch Kommas getrennt.
admin-groups-new-create = Erstellen
admin-groups-new-cancel = Abbrechen

## Eine Gruppe (/admin/groups/{id}).
admin-group-managed-strong = Diese Gruppe stammt aus Ihrem lokalen Verzeichnis
admin-group-managed-text = Name und Mitglieder werden dort verwaltet; Änderungen dort werden mit der nächsten Synchronisierung übernommen. Die Self-Service-Kennwortzurücksetzung kann trotzdem für diese Gruppe aktiviert werden.
admin-group-members = Mitglieder
admin-group-no-members = Diese Gruppe hat noch keine Mitglieder.
admin-group-caption = Direkte Mitglieder von { $group }
admin-group-col-name = Name
admin-group-col-kind = Art
admin-group-col-actions = Aktionen
admin-group-kind-user = Benutzer
admin-group-kind-group = Gruppe (geschachtelt)
admin-group-remove = { $name } entfernen
admin-group-add-label = Mitglied hinzufügen
admin-group-add-hint = Ein Benutzername, der Anzeigename einer Person oder der Name einer Gruppe, die in dieser geschachtelt werden soll.
admin-group-add-submit = Mitglied hinzufügen
admin-group-delete-heading = Gruppe löschen
admin-group-confirm-delete = Ja, { $group } löschen (die Mitglieder werden nicht gelöscht)
admin-group-delete = Gruppe löschen
admin-group-enter-member = Geben Sie einen Benutzernamen, den Anzeigenamen einer Person oder einen Gruppennamen ein.
admin-group-added = { $name } wurde hinzugefügt.
admin-group-already-member = { $member } ist bereits Mitglied von { $group }; es wurde nichts geändert.
admin-group-no-such-member = Es gibt keinen Benutzer und keine Gruppe mit dem Namen „{ $name }“.
admin-group-unknown-member = Dieses Mitglied ist nicht bekannt.
admin-group-member-removed = Mitglied entfernt.
admin-group-already-removed = Dieses Mitglied wurde bereits entfernt.
admin-group-confirm-delete-error = Aktivieren Sie das Kontrollkästchen, um zu bestätigen, dass Sie diese Gruppe löschen möchten.

## Ein soeben ausgestellter befristeter Zugriffspass, einmal angezeigt.
admin-pass-shown-title = Befristeter Zugriffspass ausgestellt
admin-pass-shown-intro-before = { $name } kann sich jetzt mit diesem Pass anmelden, um Sicherheitsinformationen zu registrieren. Er öffnet nur die Seite
admin-pass-shown-intro-em = Sicherheitsinformationen
admin-pass-shown-intro-after = und nie den Rest des Kontos, und er wird nie als Schritt einer Kennwortzurücksetzung akzeptiert.
admin-pass-shown-display-name = Anzeigename
admin-pass-shown-username = Benutzername
admin-pass-shown-pass = Befristeter Zugriffspass
admin-pass-shown-copy = Pass kopieren
admin-pass-shown-valid-for = Gültig für
admin-pass-shown-valid-until = { $lifetime }, bis
admin-pass-shown-use = Verwendung
admin-pass-shown-one-time = Eine Anmeldung
admin-pass-shown-many = Beliebig viele Anmeldungen bis zum Ablauf
admin-pass-shown-give = Dieser Pass wird nur einmal angezeigt. Übergeben Sie ihn { $name } persönlich, oder lesen Sie ihn in einem Anruf vor, den Sie selbst unter einer Nummer getätigt haben, die nachweislich zu dieser Person gehört; senden Sie ihn niemals per E-Mail. Die Anmeldung erfolgt unter
admin-pass-shown-notices = { $n ->
    [0] Es ist weder eine E-Mail-Adresse noch ein Mobiltelefon hinterlegt, daher wurde niemand über die Ausstellung des Passes informiert.
    [one] Eine Benachrichtigung über die Ausstellung des Passes wurde gesendet (ohne den Pass).
   *[other] { $n } Benachrichtigungen über die Ausstellung des Passes wurden gesendet (ohne den Pass).
}
admin-pass-shown-stops = Er funktioniert nicht mehr, wenn er abläuft, wenn eine Authentifikator-App, die Latchkey-App oder ein Passkey registriert wird oder wenn Sie ihn widerrufen.
admin-pass-shown-stops-one-time = Er funktioniert nicht mehr, wenn er abläuft, nach einer Anmeldung, wenn eine Authentifikator-App, die Latchkey-App oder ein Passkey registriert wird oder wenn Sie ihn widerrufen.
admin-pass-shown-go-to = Zu { $name }
admin-pass-shown-back = Zurück zu den Benutzern

## Ein generiertes Kennwort, einmal angezeigt (neuer Benutzer, Zurücksetzung).
admin-password-shown-display-name = Anzeigename
admin-password-shown-username = Benutzername
admin-password-shown-password = Kennwort
admin-password-shown-copy = Kennwort kopieren
admin-password-shown-notice = Dieses Kennwort wird nur einmal angezeigt. Kopieren Sie es jetzt, und geben Sie es dem Benutzer auf sichere Weise weiter.
admin-password-shown-must-change = Bei der ersten Anmeldung wird der Benutzer aufgefordert, ein neues Kennwort auszuwählen.
admin-password-shown-go-to = Zu { $name }
admin-password-shown-back = Zurück zu den Benutzern
