# Validierungs- und Regeltexte aus der Domäne (crates/core) und der Dienstschicht
# (crates/web/src/service): Feldfehler, Kennwortregeln und Meldungen der API.

## Benutzernamen, E-Mail-Adressen und Telefonnummern

errors-username-empty = Geben Sie einen Benutzernamen ein.
errors-username-too-long = Ein Benutzername darf höchstens 113 Zeichen lang sein.
errors-username-local-empty = Geben Sie den Teil des Benutzernamens vor dem @ ein.
errors-username-local-too-long = Der Teil vor dem @ darf höchstens 64 Zeichen lang sein.
errors-username-bad-char = Ein Benutzername darf „{ $char }“ nicht enthalten. Verwenden Sie Buchstaben, Ziffern und ' . - _ ! # ^ ~.
errors-username-dots = Ein Benutzername darf nicht mit einem Punkt beginnen oder enden und keine zwei Punkte hintereinander enthalten.
errors-username-domain-length = Die Domäne nach dem @ muss 1 bis 48 Zeichen lang sein.
errors-username-domain-chars = Die Domäne nach dem @ darf nur Buchstaben, Ziffern, Bindestriche und Punkte enthalten, z. B. example.org.
errors-email-invalid = Geben Sie eine E-Mail-Adresse wie name@example.org ein.
errors-email-masked = Dies ist eine verborgene (maskierte) Adresse. Geben Sie die vollständige Adresse ein, oder lassen Sie das Feld unverändert.
errors-phone-empty = Geben Sie eine Telefonnummer ein.
errors-phone-too-long = Diese Telefonnummer ist zu lang.
errors-phone-country-code = Beginnen Sie die Nummer mit + und der Landesvorwahl, z. B. +1 425 555 0100 oder +44 20 7946 0958.
errors-phone-unreadable = Das sieht nicht nach einer Telefonnummer aus. Überprüfen Sie die Landesvorwahl und die Ziffern.
errors-phone-invalid-for-country = Diese Nummer ist für ihr Land ungültig. Überprüfen Sie die Landesvorwahl und die Ziffern.
errors-phone-unreadable-local = Das sieht nicht nach einer Telefonnummer aus. Geben Sie die Ziffern so ein, wie Sie sie wählen würden, oder + und die Landesvorwahl.
errors-phone-kind = An diese Art von Nummer (Premium-, Shared-Cost- oder Satellitennummer) können keine Codes gesendet werden. Verwenden Sie eine persönliche Mobil- oder Büronummer.
errors-phone-country-blocked = An Nummern in diesem Land können keine Codes gesendet werden. Wenden Sie sich an Ihren Administrator.
errors-role-invalid = Wählen Sie user, helpdesk_verifier, password_admin oder global_admin.

## Profil- und Gruppenfelder

errors-first-name-too-long = Der Vorname darf höchstens { $max } Zeichen lang sein.
errors-first-name-control = Der Vorname darf keine Steuerzeichen enthalten.
errors-last-name-too-long = Der Nachname darf höchstens { $max } Zeichen lang sein.
errors-last-name-control = Der Nachname darf keine Steuerzeichen enthalten.
errors-display-name-too-long = Der Anzeigename darf höchstens { $max } Zeichen lang sein.
errors-display-name-control = Der Anzeigename darf keine Steuerzeichen enthalten.
errors-description-too-long = Die Beschreibung darf höchstens { $max } Zeichen lang sein.
errors-description-control = Die Beschreibung darf keine Steuerzeichen enthalten.
errors-display-name-empty = Geben Sie einen Anzeigenamen ein oder einen Vor- oder Nachnamen, aus dem er gebildet wird.
errors-group-name-empty = Geben Sie einen Gruppennamen ein.
errors-group-name-invalid = Ein Gruppenname ist 1 bis 64 Zeichen lang und enthält keine Steuerzeichen.

## Richtlinie für die Self-Service-Kennwortzurücksetzung

errors-policy-group-required = Wählen Sie die Gruppe aus, deren Mitglieder ihr Kennwort zurücksetzen dürfen.
errors-policy-methods-required-range = Die Anzahl der zum Zurücksetzen erforderlichen Methoden muss 1 oder 2 sein.
errors-policy-methods-too-many = Es können höchstens { $max } Methoden aufgeführt werden, jede einmal: { $methods }.
errors-policy-method-twice = { $method } ist mehrfach aufgeführt. Führen Sie jede Methode nur einmal auf.
errors-policy-methods-empty = Wählen Sie mindestens eine Methode aus, mit der Benutzer ihr Kennwort zurücksetzen können.
errors-policy-methods-fewer = { $n ->
    [one] Wählen Sie mindestens { $n } Methode aus, da { $n } zum Zurücksetzen erforderlich ist.
   *[other] Wählen Sie mindestens { $n } Methoden aus, da { $n } zum Zurücksetzen erforderlich sind.
}
errors-policy-questions-only = Sicherheitsfragen können nicht die einzige Methode sein: Antworten lassen sich herausfinden oder erraten, daher ist zum Zurücksetzen immer noch eine weitere Methode erforderlich.
errors-policy-questions-register-range = Die Anzahl der für die Registrierung erforderlichen Fragen muss zwischen 3 und 5 liegen.
errors-policy-questions-reset-range = Die Anzahl der zum Zurücksetzen erforderlichen Fragen muss zwischen 3 und 5 liegen.
errors-policy-questions-reset-exceeds = Benutzern können beim Zurücksetzen nicht mehr Fragen gestellt werden, als sie registriert haben: Die zum Zurücksetzen erforderliche Anzahl darf die für die Registrierung erforderliche nicht überschreiten.
errors-policy-custom-questions-too-many = Höchstens 20 benutzerdefinierte Fragen.
errors-policy-custom-question-length = Jede benutzerdefinierte Frage muss 3 bis 200 Zeichen lang sein und in eine Zeile passen.
errors-policy-reconfirm-days = Die Anzahl der Tage muss zwischen 0 (nie) und 730 liegen.
errors-policy-helpdesk = Geben Sie eine Webadresse, die mit https:// beginnt, oder eine E-Mail-Adresse ein.
errors-policy-countries-empty = Geben Sie mindestens ein Land an, in das Codes per SMS oder Anruf gesendet werden dürfen, z. B. US oder GB.
errors-policy-country-invalid = „{ $code }“ ist kein Ländercode. Verwenden Sie zweistellige ISO-3166-Codes in Großbuchstaben, z. B. US, GB oder DE.
errors-policy-country-twice = { $country } ist mehrfach aufgeführt. Führen Sie jedes Land nur einmal auf.
errors-policy-group-missing = Es gibt keine Gruppe mit der ID { $id }. Wählen Sie eine vorhandene Gruppe aus.

## Richtlinie für den Kennwortschutz

errors-protect-min-length = Die Mindestlänge muss zwischen 8 und 256 Zeichen liegen.
errors-protect-history = Es können höchstens 24 frühere Kennwörter gespeichert werden.
errors-protect-min-score = Die Mindeststärke ist ein Wert von 0 bis 4.
errors-protect-terms-too-many = Höchstens { $max } gesperrte Begriffe; diese Liste enthält { $count }.
errors-protect-term-length = „{ $term }“: Jeder gesperrte Begriff muss 4 bis 16 Zeichen lang sein.

## Befristeter Zugriffspass

errors-access-pass-lifetime = Ein befristeter Zugriffspass ist { $min } Minuten bis 8 Stunden gültig: Wählen Sie einen Wert zwischen { $min } und { $max } Minuten.
errors-access-pass-blocked = Die Anmeldung dieses Kontos ist blockiert: Lassen Sie die Anmeldung zuerst zu, und stellen Sie dann den Pass aus.
errors-access-pass-changed = Die Rolle oder die Anmeldung dieses Kontos hat sich geändert, während der Pass ausgestellt wurde. Sehen Sie sich das Konto erneut an, und stellen Sie dann den Pass aus.

## Warum ein neues Kennwort abgelehnt wurde

errors-password-too-short = { $min ->
    [one] Ihr Kennwort muss mindestens { $min } Zeichen lang sein.
   *[other] Ihr Kennwort muss mindestens { $min } Zeichen lang sein.
}
errors-password-too-long = { $max ->
    [one] Ihr Kennwort darf höchstens { $max } Zeichen lang sein.
   *[other] Ihr Kennwort darf höchstens { $max } Zeichen lang sein.
}
errors-password-too-common = Dieses Kennwort ist zu verbreitet. Wählen Sie eines, das schwerer zu erraten ist.
errors-password-same-as-current = Ihr neues Kennwort muss sich von Ihrem aktuellen Kennwort unterscheiden.
errors-password-contains-username = Ihr Kennwort darf Ihren Benutzernamen nicht enthalten.
errors-password-mismatch = Die eingegebenen Kennwörter stimmen nicht überein.
errors-password-contains-name = Ihr Kennwort darf weder Ihren Namen noch den Namen der Organisation enthalten. Wählen Sie etwas, das nichts mit Ihnen zu tun hat.
errors-password-custom-banned = Ihr Kennwort enthält ein Wort, das Ihre Organisation nicht zulässt. Wählen Sie ein anderes Kennwort.
errors-password-breached = Dieses Kennwort ist bei einem Datenleck bekannt geworden, daher probieren Angreifer es zuerst aus. Wählen Sie ein anderes.
errors-password-reused = Sie haben dieses Kennwort vor Kurzem verwendet. Wählen Sie eines, das Sie noch nicht verwendet haben.
errors-password-too-weak = Dieses Kennwort ist zu leicht zu erraten. Fügen Sie ein oder zwei weitere Wörter hinzu.
errors-password-needs-classes = Verwenden Sie mindestens drei der folgenden Zeichenarten: Kleinbuchstaben, Großbuchstaben, Ziffern und Symbole.
errors-password-name-or-username = Ihr neues Kennwort darf weder Ihren Namen noch Ihren Benutzernamen enthalten. Wählen Sie etwas, das nichts mit Ihnen zu tun hat.
errors-password-organization-with-year = Ihr neues Kennwort darf nicht aus dem Namen der Organisation mit einer Jahreszahl oder anderen Ziffern bestehen.
errors-password-keyboard-walk = Ihr neues Kennwort darf keine Tastenfolge wie qwertz sein. Wählen Sie stattdessen einige Wörter.

## Anzeige der Kennwortstärke

errors-strength-suggest-words = Verwenden Sie einige Wörter, und vermeiden Sie gängige Redewendungen.
errors-strength-warn-names = Namen sind leicht zu erraten.
errors-strength-warn-common = Dies ähnelt einem häufig verwendeten Kennwort.
errors-strength-warn-keyboard = Tastenfolgen sind leicht zu erraten.
errors-strength-warn-repeats = Wiederholungen wie „aaa“ sind leicht zu erraten.
errors-strength-warn-sequences = Folgen wie „abc“ oder „654“ sind leicht zu erraten.
errors-strength-suggest-another-word = Fügen Sie ein oder zwei weitere Wörter hinzu. Ungewöhnliche Wörter sind besser.
errors-strength-suggest-longer = Länger ist sicherer: Einige voneinander unabhängige Wörter ergeben ein sicheres Kennwort.

## Sicherheitsfragen

errors-answer-too-short = Die Antwort ist zu kurz. Verwenden Sie mindestens 3 Zeichen.
errors-answer-too-long = Die Antwort ist zu lang. Verwenden Sie höchstens 40 Zeichen.
errors-answer-duplicate = Jede Antwort muss sich von Ihren anderen Antworten unterscheiden.
errors-answer-contains-question = Die Antwort darf die Frage nicht wiederholen.
errors-answer-contains-username = Die Antwort darf Ihren Benutzernamen nicht enthalten.
errors-answer-contains-password = Die Antwort darf Ihr Kennwort nicht enthalten.
errors-question-control = Die Frage darf keine Zeilenumbrüche oder Steuerzeichen enthalten.
errors-question-too-short = Die Frage ist zu kurz. Verwenden Sie mindestens { $min } Zeichen.
errors-question-too-long = Die Frage ist zu lang. Verwenden Sie höchstens { $max } Zeichen.

## Gruppenmitglieder

errors-member-not-found = Es gibt keinen Benutzer und keine Gruppe mit dem Namen „{ $name }“.
errors-member-deleted = Ein Mitglied wurde gerade gelöscht. Überprüfen Sie die Mitglieder, und versuchen Sie es erneut.
errors-member-ambiguous = Mehrere Personen heißen „{ $name }“: { $candidates }. Geben Sie den Benutzernamen der gemeinten Person ein.

## Benutzer importieren

errors-import-password-hash = Geben Sie einen Argon2id-Hash im PHC-Format ($argon2id$v=19$m=…,t=…,p=…$salt$hash) mit Parametern aus der OWASP-Liste an (mindestens m=19456,t=2 oder gleichwertig) bis m=65536,t=10,p=16, oder lassen Sie das Feld für „kein Kennwort“ leer.
errors-import-group-managed = Die Gruppe „{ $name }“ wird vom lokalen Verzeichnis verwaltet: Fügen Sie Mitglieder dort hinzu, nicht in Latchkey.
errors-import-group-missing = Es gibt keine Gruppe mit dem Namen „{ $name }“.
errors-import-username-twice = Der Benutzername „{ $name }“ steht auch in Zeile { $line }.
errors-import-user-exists = Es gibt bereits einen Benutzer „{ $name }“.
errors-import-unknown-column = Unbekannte Spalte „{ $column }“ in der Kopfzeile. Die Spalten sind: { $columns }.
errors-import-column-twice = Die Spalte „{ $column }“ steht zweimal in der Kopfzeile.
errors-import-no-username-column = Die Kopfzeile benötigt eine Spalte „username“ (die erste Zeile benennt die Spalten: username,first_name,…).
errors-import-header-not-utf8 = Die Kopfzeile ist kein UTF-8-Text. Speichern Sie die Datei als UTF-8.
errors-import-row-not-utf8 = Diese Zeile ist kein UTF-8-Text. Speichern Sie die Datei als UTF-8.
errors-import-row-values = { $count ->
    [one] Diese Zeile hat { $count } Wert; die Kopfzeile benennt { $columns } Spalten.
   *[other] Diese Zeile hat { $count } Werte; die Kopfzeile benennt { $columns } Spalten.
}
errors-import-empty = Die Datei ist leer: Die erste Zeile muss die Spalten benennen (username,first_name,…).
errors-import-line-not-utf8 = Diese Zeile ist kein UTF-8-Text. Speichern Sie die Datei als UTF-8.
errors-import-line-not-json = Diese Zeile ist kein JSON-Objekt mit den Schlüsseln des Imports: { $error }.
errors-import-line = Zeile { $line }: { $problems }

## Was die Seiten des Portals melden, wenn eine Änderung abgelehnt wird

errors-page-username-taken = Dieser Benutzername ist bereits vergeben. Wählen Sie einen anderen.
errors-page-group-name-taken = Eine Gruppe mit diesem Namen ist bereits vorhanden. Wählen Sie einen anderen Namen.
errors-page-global-only = Nur globale Administratoren können dies tun. Wenden Sie sich an einen globalen Administrator.
errors-page-manage-admins = Kennwortadministratoren können Benutzer verwalten, die keine Administratoren sind. Wenden Sie sich an einen globalen Administrator.
errors-page-self-change = Sie können weder Ihre eigene Rolle ändern noch sich selbst blockieren oder löschen.
errors-page-self-security-info = Ändern Sie Ihre eigenen E-Mail-Adressen, Telefonnummern und Sicherheitsinformationen unter „Mein Konto“ (Konto schützen), wo Ihr Kennwort bestätigt wird. Es wurde nichts geändert.
errors-page-self-reset = Ändern Sie Ihr eigenes Kennwort unter „Mein Konto“, wo nach Ihrem aktuellen Kennwort gefragt wird.
errors-page-nesting = „{ $member }“ kann nicht hinzugefügt werden: { $why }.
errors-page-method-limit = Sie haben bereits so viele davon, wie ein Konto haben darf. Entfernen Sie eines unter „Konto schützen“, und fügen Sie dann das neue hinzu.
errors-page-changed-meanwhile = Jemand anderes hat diese Einstellungen gleichzeitig geändert, daher wurde Ihre Änderung nicht gespeichert. Überprüfen Sie die Einstellungen unten, und speichern Sie erneut.
errors-last-global-admin = Dies ist der einzige aktivierte globale Administrator. Machen Sie zuerst eine andere Person zum globalen Administrator.
errors-no-such-member = Es gibt keinen solchen Benutzer und keine solche Gruppe.
errors-refused = Abgelehnt: { $why }.
errors-sspr-group = Für diese Gruppe ist die Self-Service-Kennwortzurücksetzung aktiviert. Wählen Sie zuerst auf der Seite „Eigenschaften“ eine andere Gruppe aus, oder deaktivieren Sie die Funktion.

## Was die JSON-API meldet, wenn eine Änderung abgelehnt wird

errors-api-not-found = Diese Ressource ist nicht vorhanden.
errors-api-not-member = Dieses Mitglied ist kein direktes Mitglied dieser Gruppe.
errors-api-username-taken = Dieser Benutzername ist bereits vergeben.
errors-api-group-name-taken = Eine Gruppe mit diesem Namen ist bereits vorhanden.
errors-api-global-only = Nur globale Administratoren können dies tun; der Besitzer dieses Tokens ist ein Kennwortadministrator.
errors-api-manage-admins = Kennwortadministratoren können Benutzer verwalten, die keine Administratoren sind.
errors-api-self-change = Ein Token kann weder die Rolle seines Besitzers ändern noch seinen Besitzer blockieren oder löschen.
errors-api-self-security-info = Ein Token kann weder die Kontaktdaten noch die Sicherheitsinformationen seines Besitzers ändern; der Besitzer ändert sie unter „Mein Konto“, wo das Kennwort bestätigt wird. Es wurde nichts geändert.
errors-api-self-reset = Ein Token kann das Kennwort seines Besitzers nicht zurücksetzen; der Besitzer ändert es unter „Mein Konto“.
errors-api-nesting = { $member } kann nicht hinzugefügt werden: { $why }.
errors-api-changed-meanwhile = Jemand anderes hat diese Einstellungen gleichzeitig geändert, daher wurde diese Änderung nicht gespeichert. Lesen Sie sie erneut, und versuchen Sie es noch einmal.
errors-token-owner-self = Sie können Token nur für sich selbst erstellen. Um eines für einen anderen Administrator zu erstellen, verwenden Sie die Befehlszeile (latchkey token create), oder bitten Sie ihn darum.

# Leftovers: on-premises write-back, branding, managed accounts, nesting, refusals.
errors-writeback-too-short = Das Verzeichnis Ihrer Organisation erfordert ein längeres Kennwort. Wählen Sie ein längeres Kennwort.
errors-writeback-in-history = Sie haben dieses Kennwort kürzlich verwendet. Wählen Sie ein Kennwort, das Sie noch nicht verwendet haben.
errors-writeback-not-complex = Das Verzeichnis Ihrer Organisation erfordert ein komplexeres Kennwort: Verwenden Sie mindestens drei der folgenden Zeichenarten: Großbuchstaben, Kleinbuchstaben, Ziffern und Sonderzeichen, und verwenden Sie weder Ihren Namen noch Ihren Benutzernamen.
errors-writeback-too-recent = Ihr Kennwort wurde vor zu kurzer Zeit geändert, um es erneut zu ändern. Versuchen Sie es morgen noch einmal, oder wenden Sie sich an Ihr IT-Team.
errors-writeback-other = Das Verzeichnis Ihrer Organisation hat dieses Kennwort nicht akzeptiert. Wählen Sie ein anderes Kennwort.
errors-writeback-wrong-current = Ihr aktuelles Kennwort ist nicht korrekt. Überprüfen Sie es, und versuchen Sie es noch einmal.
errors-writeback-locked = Ihr Konto ist im Verzeichnis Ihrer Organisation gesperrt. Entsperren Sie es zuerst, oder wenden Sie sich an Ihr IT-Team.
errors-writeback-protected = Dieses Konto ist im Verzeichnis Ihrer Organisation geschützt, daher kann sein Kennwort hier nicht geändert werden. Wenden Sie sich an Ihr IT-Team.
errors-writeback-unavailable = Das Verzeichnis Ihrer Organisation konnte die Änderung gerade nicht übernehmen, daher wurde Ihr Kennwort nirgends geändert. Versuchen Sie es in einigen Minuten noch einmal. Wenn das Problem weiterhin auftritt, wenden Sie sich an Ihr IT-Team.
errors-writeback-off = Die Kennwortzurücksetzung ist für Konten aus dem lokalen Verzeichnis Ihrer Organisation nicht aktiviert. Wenden Sie sich an Ihr IT-Team.
errors-branding-name-length = Der Organisationsname muss 1 bis 64 Zeichen lang sein.
errors-branding-logo-too-large = Das Logo darf höchstens 200 KB groß sein. Verwenden Sie ein kleineres Bild.
errors-branding-logo-type = Das Logo muss ein PNG-, JPEG- oder SVG-Bild sein.
errors-branding-logo-base64 = Das Logo muss ein PNG-, JPEG- oder SVG-Bild in Base64 sein.
errors-managed-user = Dieses Konto stammt aus Ihrem lokalen Verzeichnis: Seine Namen und Kontaktdaten werden dort verwaltet, und dort vorgenommene Änderungen werden mit der nächsten Synchronisierung übernommen. Seine Rolle und sein Kennwort können hier geändert und seine Anmeldung hier blockiert werden.
errors-managed-group = Diese Gruppe stammt aus Ihrem lokalen Verzeichnis: Ihr Name und ihre Mitglieder werden dort verwaltet, und dort vorgenommene Änderungen werden mit der nächsten Synchronisierung übernommen. Schachteln Sie sie in einer in Latchkey erstellten Gruppe, um weitere Mitglieder hinzuzufügen.
errors-nesting-self = Eine Gruppe kann nicht Mitglied von sich selbst sein
errors-nesting-cycle = Dadurch würde die Gruppe in sich selbst enthalten sein: Sie enthält diese Gruppe bereits
errors-refused-not-configured = Es ist kein lokales Verzeichnis konfiguriert: Legen Sie [ldap] urls, bind_dn, bind_password und user_base fest
errors-refused-sync-running = Eine andere Latchkey-Instanz synchronisiert das Verzeichnis gerade. Versuchen Sie es in einigen Minuten noch einmal
errors-refused-sync-started = Eine andere Latchkey-Instanz hat im selben Moment mit der Synchronisierung des Verzeichnisses begonnen
errors-refused-sync-overtaken = Eine andere Synchronisierung hat ihre Änderungen zuerst geschrieben. Von dieser wurde nichts geschrieben
errors-refused-role-changed = Die Rolle des Benutzers wurde geändert, während sein Kennwort zurückgesetzt wurde. Laden Sie die Seite neu, und versuchen Sie es noch einmal
