## Admin portal: the self-service password reset policy (/admin/password-reset/*).

admin-sspr-nav = Kennwortzurücksetzung
admin-sspr-section-properties = Eigenschaften
admin-sspr-section-authentication-methods = Authentifizierungsmethoden
admin-sspr-section-registration = Registrierung
admin-sspr-section-notifications = Benachrichtigungen
admin-sspr-section-customization = Anpassung
admin-sspr-section-on-premises = Lokale Integration
admin-sspr-section-administrator-policy = Administratorrichtlinie
admin-sspr-global-only = Nur globale Administratoren können diese Einstellungen ändern.
admin-sspr-saved = Ihre Änderungen wurden gespeichert.
admin-sspr-yes = Ja
admin-sspr-no = Nein
admin-sspr-save = Speichern
admin-sspr-discard = Verwerfen
admin-sspr-fixed = Die Administratorrichtlinie ist fest vorgegeben und kann nicht geändert werden.

## Properties.

admin-sspr-enabled = Self-Service-Kennwortzurücksetzung aktiviert
admin-sspr-scope-none = Keine
admin-sspr-scope-selected = Ausgewählt
admin-sspr-scope-all = Alle
admin-sspr-group = Ausgewählte Gruppe
admin-sspr-group-hint = Bei „Ausgewählt“ können die Mitglieder dieser Gruppe (und der darin geschachtelten Gruppen) ihr Kennwort zurücksetzen.
admin-sspr-no-group = Keine Gruppe ausgewählt
admin-sspr-admins-hint = Administratoren können ihr eigenes Kennwort immer zurücksetzen; für sie gilt die Administratorrichtlinie.
admin-sspr-error-scope = Wählen Sie „Keine“, „Ausgewählt“ oder „Alle“ aus.
admin-sspr-error-group = Wählen Sie eine Gruppe aus der Liste aus.

## Authentication methods.

admin-sspr-methods-required = Anzahl der zum Zurücksetzen erforderlichen Methoden
admin-sspr-methods = Für Benutzer verfügbare Methoden
admin-sspr-method-app-notification = Benachrichtigung über mobile App
admin-sspr-method-app-code = Code aus mobiler App
admin-sspr-method-passkey = Passkey
admin-sspr-method-mobile-phone = Mobiltelefon (SMS oder Anruf)
admin-sspr-questions-to-register = Anzahl der für die Registrierung erforderlichen Fragen
admin-sspr-questions-to-reset = Anzahl der zum Zurücksetzen erforderlichen Fragen
admin-sspr-custom-questions = Benutzerdefinierte Sicherheitsfragen
admin-sspr-custom-questions-hint = Bis zu 20, eine pro Zeile, jeweils 3 bis 200 Zeichen. Sie werden neben den integrierten Fragen angeboten.
admin-sspr-phone-countries = Länder, an deren Nummern Codes per SMS oder Anruf gesendet werden dürfen
admin-sspr-phone-countries-hint = Zweistellige Ländercodes, durch Leerzeichen getrennt, zum Beispiel US GB DE. Nummern in anderen Ländern können nicht registriert werden, und Mehrwert-, Shared-Cost- und Satellitennummern erhalten nie Codes.
admin-sspr-error-methods-required = Wählen Sie 1 oder 2 aus.
admin-sspr-error-questions = Wählen Sie eine Zahl zwischen 3 und 5 aus.

## Registration.

admin-sspr-require-registration = Benutzer müssen sich bei der Anmeldung registrieren?
admin-sspr-reconfirm-days = Anzahl der Tage, bevor Benutzer aufgefordert werden, ihre Authentifizierungsinformationen erneut zu bestätigen
admin-sspr-reconfirm-days-hint = 0 bis 730; 0 bedeutet nie.
admin-sspr-error-reconfirm-days = Geben Sie eine Anzahl von Tagen zwischen 0 und 730 ein.

## Notifications.

admin-sspr-notify-users = Benutzer bei Kennwortzurücksetzungen benachrichtigen?
admin-sspr-notify-admins = Alle Administratoren benachrichtigen, wenn andere Administratoren ihr Kennwort zurücksetzen?

## Customization.

admin-sspr-customize-helpdesk = Helpdesk-Link anpassen?
admin-sspr-helpdesk = Benutzerdefinierte Helpdesk-E-Mail-Adresse oder -URL
admin-sspr-helpdesk-hint = Wird überall dort angezeigt, wo jemand nicht weiterkommt, zum Beispiel https://help.contoso.example/password oder helpdesk@contoso.example.
admin-sspr-error-helpdesk = Geben Sie die E-Mail-Adresse oder Webadresse des Helpdesks ein, oder wählen Sie „Nein“ aus.

## On-premises integration: the switches.

admin-sspr-writeback = Kennwörter in Ihr lokales Verzeichnis zurückschreiben?
admin-sspr-writeback-hint = Ja: Wenn jemand, dessen Konto aus dem lokalen Verzeichnis stammt, sein Kennwort zurücksetzt oder ändert, wird es zuerst in das Verzeichnis geschrieben und nur dann in Latchkey geändert, wenn das Verzeichnis es akzeptiert hat. Nein: Diese Personen können ihr Kennwort hier nicht zurücksetzen oder ändern und werden gebeten, sich an ihre IT-Abteilung zu wenden.
admin-sspr-unlock = Benutzern das Entsperren von Konten ohne Zurücksetzen des Kennworts erlauben?
admin-sspr-unlock-hint = Ja: Die Seite zum Zurücksetzen bietet auch „Ich kenne mein Kennwort, kann mich aber trotzdem nicht anmelden“ an. Nach der üblichen Überprüfung wird das Konto entsperrt, auch im lokalen Verzeichnis, und das Kennwort bleibt unverändert.
admin-sspr-directory-contacts = Kontaktinformationen aus dem Verzeichnis verwenden?
admin-sspr-directory-contacts-hint = Ja: Die alternative E-Mail-Adresse, das Mobiltelefon und das Bürotelefon, die das lokale Verzeichnis (oder ein Administrator im Portal, über die API oder die Befehlszeile) für eine Person gespeichert hat, können zum Zurücksetzen verwendet werden, ohne dass die Person sie selbst registriert. Nein: Benutzer registrieren und bestätigen ihre eigenen Angaben.

## Administrator policy.

admin-sspr-admin-policy-intro = Für Administratoren (globale Administratoren und Kennwortadministratoren) ist die Self-Service-Kennwortzurücksetzung unabhängig von den Eigenschaften immer aktiviert, und für sie gilt immer diese Richtlinie:
admin-sspr-admin-policy-required = Anzahl der zum Zurücksetzen erforderlichen Methoden:
admin-sspr-admin-policy-methods = Methoden: Benachrichtigung über mobile App, Code aus mobiler App, Passkey, E-Mail, Mobiltelefon, Bürotelefon
admin-sspr-admin-policy-questions = Sicherheitsfragen:
admin-sspr-admin-policy-never = nie
admin-sspr-admin-policy-fixed = Diese Richtlinie kann nicht geändert werden.

## On-premises integration: the directory, its syncs and checks.

admin-onprem-sync-finished = Die Synchronisierung ist abgeschlossen: { $summary }.
admin-onprem-left-out = Ausgelassen, und warum:
admin-onprem-sync-not-finished = Die Synchronisierung wurde nicht abgeschlossen
admin-onprem-heading-one = Ihr lokales Verzeichnis
admin-onprem-heading-many = Ihre lokalen Verzeichnisse
admin-onprem-servers = Server
admin-onprem-then = , danach
admin-onprem-kind = Art
admin-onprem-auto-sync = Automatische Synchronisierung
admin-onprem-auto-sync-off-before = Aus: Führen Sie
admin-onprem-auto-sync-off-after = aus, oder verwenden Sie „Jetzt synchronisieren“
admin-onprem-every = { $n ->
    [one] Jede Minute
   *[other] Alle { $n } Minuten
}
admin-onprem-last-sync = Letzte Synchronisierung
admin-onprem-last-worked = erfolgreich.
admin-onprem-last-failed = fehlgeschlagen.
admin-onprem-no-sync = Es wurde noch keine Synchronisierung ausgeführt.
admin-onprem-sync-hint = Übernimmt, was sich seit der letzten Synchronisierung im Verzeichnis geändert hat (beim ersten Mal alles): neue, geänderte, deaktivierte und gelöschte Konten und Gruppen. Der erste Import eines großen Verzeichnisses kann eine Minute dauern.
admin-onprem-sync-now = Jetzt synchronisieren
admin-onprem-none = Es ist kein lokales Verzeichnis verbunden. Latchkey verwaltet nur seine eigenen Benutzer und Gruppen, und Kennwörter werden nur in Latchkey gespeichert.
admin-onprem-connect-before = Um Active Directory oder OpenLDAP zu verbinden, legen Sie diese Werte im Abschnitt
admin-onprem-connect-middle = der Konfigurationsdatei fest (oder als Umgebungsvariablen
admin-onprem-connect-after = nach demselben Schema), und starten Sie Latchkey dann neu:
admin-onprem-setting-urls = : die Verzeichnisserver, in dieser Reihenfolge versucht, zum Beispiel
admin-onprem-and = und
admin-onprem-setting-bind = : das Dienstkonto, mit dem sich Latchkey anmeldet; speichern Sie das Kennwort in einer Datei, angegeben durch
admin-onprem-setting-bases = : wo sich die Konten und Gruppen befinden, zum Beispiel
admin-onprem-setting-ca = : die Zertifizierungsstelle, die die Zertifikate der Server signiert, sofern das System ihr nicht bereits vertraut
admin-onprem-readme-before = Der Abschnitt der README-Datei
admin-onprem-readme-after = enthält ein Beispiel für beide und die genauen Rechte, die das Dienstkonto benötigt.
admin-onprem-print-config = listet alle Einstellungen auf, und
admin-onprem-check-config = überprüft sie. Sobald die Verbindung besteht, überprüft diese Seite die Verbindung und synchronisiert.
admin-onprem-flavour-ad = Active Directory (in der Konfiguration festgelegt)
admin-onprem-flavour-openldap = OpenLDAP (in der Konfiguration festgelegt)
admin-onprem-flavour-other = ein anderes LDAP-Verzeichnis (in der Konfiguration festgelegt)
admin-onprem-flavour-detected = aus dem Verzeichnis erkannt („Überprüfungen ausführen“ nennt sie)
admin-onprem-no-ldap = Es gibt kein lokales Verzeichnis, aus dem synchronisiert werden kann: Latchkey hat noch keine [ldap]-Einstellungen. Legen Sie sie wie unten beschrieben fest, starten Sie Latchkey neu, und synchronisieren Sie dann.
admin-onprem-sync-refused = Die Synchronisierung wurde nicht ausgeführt: { $why }.
admin-onprem-sync-failed = Die Synchronisierung ist fehlgeschlagen, und es wurde nichts geändert: { $why }
admin-onprem-checks = Überprüfungen
admin-onprem-checks-intro-before = Überprüft die Verbindung und das TLS-Zertifikat jedes Servers, die Anmeldung des Dienstkontos, seinen Lesezugriff auf die Basen und seine Rechte für ein Konto, geschützte Konten sowie die letzte Synchronisierung und das letzte Zurückschreiben, wie es
admin-onprem-checks-intro-after = tut. Jeder Server hat einige Sekunden Zeit zu antworten.
admin-onprem-test-user = Konto, für das die Rechte überprüft werden (optional)
admin-onprem-test-user-hint = Ein Benutzername aus dem Verzeichnis, zum Beispiel ein Testkonto. Daran wird nichts geändert.
admin-onprem-run-checks = Überprüfungen ausführen
admin-onprem-results = Ergebnisse
admin-onprem-summary = { $failed ->
    [0] Keine Überprüfung ist fehlgeschlagen
    [one] 1 Überprüfung ist fehlgeschlagen
   *[other] { $failed } Überprüfungen sind fehlgeschlagen
}{ $warnings ->
    [0] {""}
    [one] , 1 erfordert Aufmerksamkeit
   *[other] , { $warnings } erfordern Aufmerksamkeit
}.
admin-onprem-directory-is = Das Verzeichnis ist { $flavour }.
admin-onprem-results-caption = Ergebnisse der Überprüfungen
admin-onprem-col-check = Überprüfung
admin-onprem-col-result = Ergebnis
admin-onprem-col-found = Gefunden
admin-onprem-col-fix = Was zu ändern ist
admin-onprem-nothing = Nichts
admin-onprem-status-ok = OK
admin-onprem-status-warning = Warnung
admin-onprem-status-failed = Fehlgeschlagen
admin-onprem-status-info = Info

## Customization: the organisation's name and logo (/admin/branding).

admin-branding-heading = Name und Logo der Organisation
admin-branding-intro = Wird auf jeder Seite und in jeder Nachricht angezeigt, die Latchkey sendet.
admin-branding-name = Name der Organisation
admin-branding-logo = Logo
admin-branding-logo-hint = PNG, JPEG oder SVG, bis zu 200 KB. Lassen Sie das Feld leer, um das aktuelle Logo beizubehalten.
admin-branding-current-logo = Aktuelles Logo
admin-branding-remove-logo = Logo entfernen
admin-branding-save = Name und Logo speichern

## Password protection (/admin/password-protection) and the strength meter.

admin-protection-title = Kennwortschutz
admin-protection-global-only = Nur globale Administratoren können diese Einstellungen ändern.
admin-protection-saved = Ihre Änderungen wurden gespeichert.
admin-protection-policy = Kennwortrichtlinie
admin-protection-min-length = Mindestlänge
admin-protection-min-length-hint = 8 bis 256 Zeichen. NIST SP 800-63B verlangt mindestens 15, wenn ein Kennwort der einzige Faktor ist; lange Passphrasen sind leichter zu merken als kurze komplexe Kennwörter.
admin-protection-require-classes = Drei der folgenden Zeichenarten verlangen: Kleinbuchstaben, Großbuchstaben, Ziffern, Symbole (für die Parität mit Entra; NIST rät von solchen Regeln ab)
admin-protection-history = Anzahl der vorherigen Kennwörter, die nicht wiederverwendet werden dürfen
admin-protection-history-hint = 0 bis 24; 0 deaktiviert die Prüfung. Jedes gespeicherte Kennwort kostet eine Hashprüfung, wenn ein Kennwort festgelegt wird.
admin-protection-min-score = Mindeststärke
admin-protection-no-minimum = Kein Minimum
admin-protection-strength-0 = Sehr schwach
admin-protection-strength-1 = Schwach
admin-protection-strength-2 = Mittel
admin-protection-strength-3 = Stark
admin-protection-strength-4 = Sehr stark
admin-protection-banned = Gesperrte Kennwörter
admin-protection-banned-intro = Häufige Kennwörter, ihre Abwandlungen (P@ssw0rd) und die eigenen Namen des Benutzers werden immer abgelehnt. Fügen Sie Wörter hinzu, die in keinem Kennwort Ihrer Organisation vorkommen sollen: ihre Produkte, Standorte, Teams.
admin-protection-enforce-custom = Benutzerdefinierte Liste erzwingen
admin-protection-yes = Ja
admin-protection-no = Nein
admin-protection-custom-terms = Benutzerdefinierte Liste gesperrter Kennwörter
admin-protection-custom-terms-hint = Ein Begriff pro Zeile, 4 bis 16 Zeichen, bis zu 1000. Groß- und Kleinschreibung spielt keine Rolle.
admin-protection-breached = Kompromittierte Kennwörter
admin-protection-check-breached = Kennwörter ablehnen, die in Datenlecks gefunden wurden
admin-protection-breached-count = Die Liste kompromittierter Kennwörter enthält { $n ->
    [one] { $n } Kennwort
   *[other] { $n } Kennwörter
}.
admin-protection-breached-none-before = Es wurde noch keine Liste kompromittierter Kennwörter importiert: Führen Sie
admin-protection-breached-none-after = auf dem Server aus.
admin-protection-save = Speichern
admin-protection-try = Kennwort testen
admin-protection-try-intro = Prüfen Sie, wie ein Kennwort unter der gespeicherten Richtlinie abschneiden würde. Es wird weder gespeichert noch protokolliert.
admin-protection-sample = Beispielkennwort
admin-protection-test = Testen
admin-protection-accepted = Akzeptiert
admin-protection-refused = Abgelehnt: { $reason }
admin-protection-detail = Sperrlisten-Punktzahl { $score } von 5 erforderlichen. Stärke { $strength } von 4.
admin-protection-detail-terms = Sperrlisten-Punktzahl { $score } von 5 erforderlichen (gefundene gesperrte Begriffe: { $terms }). Stärke { $strength } von 4.
admin-protection-error-min-length = Geben Sie eine Anzahl von Zeichen zwischen 8 und 256 ein.
admin-protection-error-history = Geben Sie eine Zahl zwischen 0 und 24 ein.
admin-protection-error-min-score = Wählen Sie eine Stärke aus der Liste aus.

# The on-premises page's checks (the doctor) and the sync summary.
admin-onprem-doc-encryption = Verschlüsselung für { $url }
admin-onprem-doc-plaintext = unverschlüsseltes LDAP ohne StartTLS: Kennwörter werden im Klartext über das Netzwerk übertragen
admin-onprem-doc-plaintext-fix = Verwenden Sie ldaps://, oder entfernen Sie ldap.allow_plaintext (nur für Testumgebungen)
admin-onprem-doc-server-role = Serverrolle von { $url }
admin-onprem-doc-global-catalog = Dies ist ein Port des globalen Katalogs: Er ist schreibgeschützt und enthält nur einige Attribute
admin-onprem-doc-global-catalog-fix = Verwenden Sie den LDAP-Port des Domänencontrollers (636 für ldaps, 389 mit StartTLS)
admin-onprem-doc-connect = Verbindung mit { $url }
admin-onprem-doc-connect-tls-fix = Legen Sie ldap.ca_file auf die Zertifizierungsstelle fest, die das Zertifikat des Servers signiert hat, und verwenden Sie einen Namen oder eine Adresse, die im Zertifikat aufgeführt ist
admin-onprem-doc-connect-fix = Überprüfen Sie Adresse und Port, ob der Server ausgeführt wird und ob eine Firewall diesem Host den Zugriff auf ihn erlaubt
admin-onprem-doc-connected = verbunden
admin-onprem-doc-bind = Anmeldung des Dienstkontos
admin-onprem-doc-bound = angemeldet als { $dn }
admin-onprem-doc-bind-encrypt-fix = Der Server verlangt eine verschlüsselte Verbindung: Verwenden Sie ldaps:// oder ldap:// mit StartTLS
admin-onprem-doc-bind-fix = Überprüfen Sie ldap.bind_dn und ldap.bind_password (oder LATCHKEY_LDAP__BIND_PASSWORD_FILE); das Konto muss aktiviert sein
admin-onprem-doc-bind-connection-fix = Überprüfen Sie die Verbindung oben
admin-onprem-doc-root-dse = Root DSE
admin-onprem-doc-root-dse-fix = Das Dienstkonto muss den Root DSE lesen können
admin-onprem-doc-type = Verzeichnistyp
admin-onprem-doc-type-detected = { $flavour } (erkannt: { $detected })
admin-onprem-doc-type-fix = ldap.flavour setzt außer Kraft, was der Server meldet; legen Sie „auto“ fest, sofern Sie es nicht besser wissen
admin-onprem-doc-writable = Beschreibbarer Domänencontroller
admin-onprem-doc-rodc = Dies ist ein schreibgeschützter Domänencontroller (RODC): Er kann keine Kennwortänderungen annehmen
admin-onprem-doc-rodc-fix = Führen Sie in ldap.urls zuerst einen beschreibbaren Domänencontroller auf
admin-onprem-doc-writable-ok = beschreibbar
admin-onprem-doc-ppolicy = Kennwortrichtlinien-Overlay (ppolicy)
admin-onprem-doc-ppolicy-present = vorhanden: Die Kennwortregeln und die Kontosperre des Verzeichnisses gelten
admin-onprem-doc-ppolicy-missing = nicht gemeldet: Das Verzeichnis prüft keine Kennwortregeln und hat keine eigene Kontosperre
admin-onprem-doc-ppolicy-fix = Laden Sie das ppolicy-Overlay (olcOverlay=ppolicy) mit einer Standardrichtlinie
admin-onprem-doc-lockout = Sperre vor der des Verzeichnisses
admin-onprem-doc-lockout-unreadable = Der Schwellenwert für die Kontosperre des Verzeichnisses konnte nicht gelesen werden: { $error }
admin-onprem-doc-lockout-unreadable-fix = Stellen Sie sicher, dass ldap.lockout_threshold unter dem eigenen Schwellenwert des Verzeichnisses liegt
admin-onprem-doc-lockout-none = Das Verzeichnis sperrt Konten nach falschen Kennwörtern nicht
admin-onprem-doc-lockout-ok = Latchkey sperrt nach { $ours ->
        [one] { $ours } falschen Kennwort
       *[other] { $ours } falschen Kennwörtern
    }, das Verzeichnis nach { $theirs }
admin-onprem-doc-lockout-failed = Latchkey sperrt nach { $ours ->
        [one] { $ours } falschen Kennwort
       *[other] { $ours } falschen Kennwörtern
    }, das Verzeichnis nach { $theirs }: Rateversuche bei Latchkey würden Konten im Verzeichnis sperren
admin-onprem-doc-lockout-fix = Legen Sie ldap.lockout_threshold unter dem Schwellenwert des Verzeichnisses fest
admin-onprem-doc-certificate = Zertifikat von { $url }
admin-onprem-doc-certificate-unreadable = Das Zertifikat konnte nicht gelesen werden
admin-onprem-doc-certificate-expired-fix = Erneuern Sie das Zertifikat des Servers
admin-onprem-doc-certificate-expiring-fix = Erneuern Sie das Zertifikat des Servers, bevor es abläuft
admin-onprem-doc-certificate-valid = { $subject }, vertrauenswürdig, gültig bis { $until } ({ $days ->
        [one] { $days } Tag
       *[other] { $days } Tage
    })
admin-onprem-doc-read-accounts = Konten unter { $base } lesen
admin-onprem-doc-read-groups = Gruppen unter { $base } lesen
admin-onprem-doc-match-accounts = { $n ->
        [one] { $n } Konto entspricht
       *[other] { $n } Konten entsprechen
    } dem Filter { $filter }
admin-onprem-doc-match-groups = { $n ->
        [one] { $n } Gruppe entspricht
       *[other] { $n } Gruppen entsprechen
    } dem Filter { $filter }
admin-onprem-doc-read-empty-fix = Überprüfen Sie den Basis-DN und den Filter sowie, ob das Dienstkonto sie lesen darf
admin-onprem-doc-read-limit-fix = Das Verzeichnis begrenzt, wie viele Einträge das Dienstkonto lesen darf: Heben Sie die Begrenzung für das Dienstkonto auf (OpenLDAP: olcLimits: dn.exact="<service DN>" size=unlimited)
admin-onprem-doc-read-fix = Überprüfen Sie den Basis-DN (ldap.user_base / ldap.group_base) und die Leserechte des Dienstkontos
admin-onprem-doc-protected = Geschützte Konten
admin-onprem-doc-protected-detail = { $n ->
        [one] { $n } Konto im Bereich hat
       *[other] { $n } Konten im Bereich haben
    } adminCount=1 (privilegierte Gruppen); Latchkey lehnt es ab, sie zurückzusetzen oder zu entsperren
admin-onprem-doc-test-account = Testkonto { $name }
admin-onprem-doc-test-match = { $n ->
        [one] { $n } Konto entspricht
       *[other] { $n } Konten entsprechen
    }
admin-onprem-doc-test-match-fix = Geben Sie ein Konto im Bereich an (seinen Benutzernamen)
admin-onprem-doc-rights = Rechte für { $name }
admin-onprem-doc-rights-openldap = { $dn }: OpenLDAP kann effektive Rechte nicht ohne eine Änderung melden; das Dienstkonto benötigt Schreibzugriff auf userPassword und Verwaltungszugriff auf pwdAccountLockedTime und pwdReset
admin-onprem-doc-test-protected = ein geschütztes Konto (adminCount=1): Latchkey schreibt es nie; wählen Sie ein gewöhnliches Konto aus
admin-onprem-doc-write = { $attr } für { $name } schreiben
admin-onprem-doc-write-allowed = zulässig
admin-onprem-doc-write-denied = Das Dienstkonto kann { $attr } für { $dn } nicht schreiben
admin-onprem-doc-write-fix = Delegieren Sie „lockoutTime schreiben“ und „pwdLastSet schreiben“ für die Organisationseinheit der Benutzer an das Dienstkonto
admin-onprem-doc-reset-right = Recht „Kennwort zurücksetzen“ für { $name }
admin-onprem-doc-reset-right-detail = kann nicht gelesen werden, ohne ein Kennwort zu ändern: Delegieren Sie das erweiterte Recht „Kennwort zurücksetzen“ (00299570-246d-11d0-a768-00aa006e0529) für die Organisationseinheit der Benutzer; ein Zurücksetzen ohne dieses Recht wird abgelehnt und als directory_insufficient_rights protokolliert
admin-onprem-doc-flavour-ldap = LDAP-Verzeichnis
admin-onprem-doc-no-sync = Es wurde noch keine Synchronisierung ausgeführt
admin-onprem-doc-no-sync-fix = Führen Sie `latchkey directory sync` aus, oder klicken Sie auf „Jetzt synchronisieren“
admin-onprem-doc-sync-failed-fix = Beheben Sie die oben fehlgeschlagenen Überprüfungen, und synchronisieren Sie dann erneut
admin-onprem-doc-orphans = Konten aus einem nicht mehr konfigurierten Verzeichnis
admin-onprem-doc-orphans-detail = { $n ->
        [one] { $n } Konto stammt
       *[other] { $n } Konten stammen
    } aus einem Verzeichnis, dessen Name nicht mehr in der Konfiguration steht: Diese Konten können sich weder anmelden noch ihr Kennwort zurücksetzen
admin-onprem-doc-orphans-fix = Stellen Sie den Abschnitt dieses Verzeichnisses mit demselben Namen wieder her, oder löschen Sie diese Konten
admin-onprem-doc-last-writeback = Letztes Rückschreiben
admin-onprem-doc-written = geschrieben
admin-onprem-doc-writeback-fix = Die Ursache finden Sie in den Ereignissen „Kennwortrückschreiben“ in den Überwachungsprotokollen
admin-onprem-sync-summary = Benutzer: { $users-created } erstellt, { $users-updated } aktualisiert ({ $users-disabled } deaktiviert), { $users-deleted } gelöscht; Gruppen: { $groups-created } erstellt, { $groups-updated } aktualisiert, { $groups-deleted } gelöscht; { $skipped } übersprungen
