layout-skip = Zum Hauptinhalt springen
layout-nav-main = Hauptmenü
layout-my-account = Mein Konto
layout-admin-portal = Verwaltungsportal
layout-sign-out = Abmelden
layout-footer = { $org } · Self-Service-Kennwortzurücksetzung mit Latchkey
lang-picker-label = Sprache
lang-picker-submit = Sprache ändern

## Shared form pieces (templates/macros.html) and texts of static/latchkey.js.

common-error-prefix = Fehler:
common-error-summary = Es ist ein Problem aufgetreten.
common-strength = Stärke: { $label }.
common-not-accepted = Nicht zulässig.
common-copied = Kopiert
common-copy-selected = Markiert: Drücken Sie STRG+C
common-pow-checking = Ihr Browser wird überprüft. Dies dauert einen Moment.

## Durations.

common-duration-hours = { $n ->
    [one] 1 Stunde
   *[other] { $n } Stunden
}
common-duration-minutes = { $n ->
    [one] 1 Minute
   *[other] { $n } Minuten
}
common-duration-hours-minutes = { $hours } { $minutes }
common-duration-seconds = { $n ->
    [one] 1 Sekunde
   *[other] { $n } Sekunden
}

## Error pages.

page-error-home = Zur Anmeldeseite
page-error-render-failed = Ein Fehler ist aufgetreten.
page-error-not-found-title = Diese Seite wurde nicht gefunden
page-error-not-found-text = Die angeforderte Seite ist nicht vorhanden oder wurde entfernt. Überprüfen Sie die Adresse, oder gehen Sie zurück und versuchen Sie es erneut.
page-error-bad-request-title = Mit der Anforderung stimmte etwas nicht
page-error-forbidden-title = Sie haben keinen Zugriff darauf
page-error-method-title = Diese Adresse funktioniert so nicht
page-error-method-text = Diese Seite kann so nicht verwendet werden. Gehen Sie zurück, und verwenden Sie die Links und Schaltflächen auf der Seite.
page-error-csrf-title = Ihr Formular ist abgelaufen
page-error-csrf-text = Zu Ihrer Sicherheit können Formulare nur von der Seite gesendet werden, zu der sie gehören, und sie laufen ab. Gehen Sie zurück, laden Sie die Seite neu, und versuchen Sie es erneut.
page-error-too-large-title = Das war zu viel Text
page-error-too-large-text = Das gesendete Formular war größer als zulässig. Kürzen Sie Ihre Eingabe, und versuchen Sie es erneut.
page-error-busy-title = Wir sind gerade ausgelastet
page-error-busy-text = Im Moment melden sich zu viele Personen an oder ändern ihr Kennwort. Warten Sie einige Sekunden, und versuchen Sie es erneut.
page-error-signin-unavailable-title = Kennwörter können gerade nicht überprüft werden
page-error-signin-unavailable-text = Das Verzeichnis Ihrer Organisation antwortet nicht, daher kann Ihr Kennwort nicht überprüft werden. Versuchen Sie es in einigen Minuten erneut. Wenn das Problem weiterhin besteht, wenden Sie sich an Ihre IT-Abteilung.
page-error-directory-title = Das Kennwort wurde nicht geändert
page-error-storage-title = Im Moment kann nichts gespeichert werden
page-error-storage-text = Unsere Datenbank antwortet derzeit nicht, daher wurde nichts von dem gespeichert, was Sie gesendet haben. Warten Sie eine Minute, und versuchen Sie es erneut. Wenn das Problem weiterhin besteht, wenden Sie sich an Ihre IT-Abteilung.
page-error-rate-limited-title = Zu viele Anforderungen
page-error-rate-limited-text = Wir haben gerade zu viele Anforderungen wie diese aus Ihrem Netzwerk oder insgesamt erhalten. Warten Sie { $wait }, und versuchen Sie es dann auf der Seite erneut, auf der Sie waren (Schaltfläche „Zurück“ Ihres Browsers). Ihre Eingaben wurden nicht verwendet.
page-error-wait-minutes = { $n ->
    [one] eine Minute
   *[other] { $n } Minuten
}
page-error-wait-about-hour = etwa eine Stunde
page-error-wait-about-hours = etwa { $n } Stunden
page-error-step-up-title = Identität bestätigen
page-error-step-up-text = Geben Sie zu Ihrer Sicherheit Ihr Kennwort erneut ein, bevor Sie Ihre Sicherheitsinformationen ändern.
page-error-internal-title = Ein Fehler ist aufgetreten
page-error-internal-text = Ihre Anforderung konnte nicht abgeschlossen werden. Versuchen Sie es gleich noch einmal. Wenn das Problem weiterhin besteht, geben Sie Ihrem Administrator die unten stehende Referenz.
page-error-admin-only = Das Verwaltungsportal ist für Administratoren vorgesehen. Wenn Sie Zugriff benötigen, wenden Sie sich an Ihren Administrator.
page-error-form-wrong-method = Diese Adresse akzeptiert nur Formulare, die von ihrer Seite gesendet werden.
page-error-form-timeout = Das Formular brauchte länger als { $time }, um anzukommen, und wurde daher nicht verwendet. Überprüfen Sie Ihre Verbindung, gehen Sie zurück, und senden Sie es erneut.
page-error-form-unreadable = Das gesendete Formular konnte nicht gelesen werden. Laden Sie die Seite neu, und versuchen Sie es erneut.
page-error-form-fields = Einige Felder des Formulars fehlten oder wurden nicht verstanden ({ $detail }). Laden Sie die Seite neu, und versuchen Sie es erneut.
page-error-field-character = Ihre Eingabe im Feld „{ $field }“ enthält ein unzulässiges Zeichen (zum Beispiel ein unsichtbares Steuerzeichen). Gehen Sie zurück, und geben Sie sie erneut ein.
page-error-field-too-long = Ihre Eingabe im Feld „{ $field }“ ist zu lang: Es sind höchstens { $max } Zeichen zulässig. Gehen Sie zurück, und kürzen Sie sie.
page-error-field-search = Suche
page-error-wrong-host = Dieser Server antwortet nur unter seiner eigenen Adresse. Überprüfen Sie die eingegebene Adresse.
page-error-bad-address = Diese Adresse ist ungültig. Überprüfen Sie den Link, oder gehen Sie zurück und verwenden Sie die Links auf der Seite.

## The JSON API's error messages.

api-error-field-invalid = Ein Feld ist ungültig.
api-error-step-up = Zum Ändern von Sicherheitsinformationen muss das Kennwort innerhalb der letzten 10 Minuten bestätigt worden sein; es wurde nichts geändert.
api-error-rate-limited = Zu viele Anforderungen von dieser Adresse oder insgesamt; versuchen Sie es in { $secs ->
    [one] einer Sekunde
   *[other] { $secs } Sekunden
} erneut.
api-error-storage = Die Datenbank ist nicht erreichbar oder kann gerade nicht speichern; es wurde nichts geändert. Versuchen Sie es nach den in Retry-After angegebenen Sekunden erneut.
api-error-internal = Ein Fehler ist aufgetreten. Geben Sie Ihrem Administrator die x-request-id dieser Antwort.
api-error-not-found = Diese Ressource ist nicht vorhanden.
api-error-conflict = „{ $what }“ ist bereits vorhanden.
api-error-refused = Abgelehnt: { $why }.
api-error-busy = Im Moment werden zu viele Kennwörter überprüft. Versuchen Sie es in einigen Sekunden erneut.
api-error-csrf = Abgelehnt.
api-error-too-large = Der Text der Anforderung ist größer als 64 KiB.
api-error-method = Dieser Endpunkt akzeptiert diese Methode nicht.
api-error-directory = Es wurde nichts geändert: { $why }.
api-error-bad-character = Dieser Text enthält ein unzulässiges Zeichen (NUL, ein ungepaartes Ersatzzeichen oder Bytes, die kein UTF-8 sind).
api-error-too-long = Dieser Text ist zu lang: höchstens { $max } Zeichen.
api-error-bad-path = Diese Adresse ist ungültig: Ein Teil davon ist kein UTF-8-Text, oder sie enthält ein NUL-Zeichen.

journey-ends = Diese Seite bleibt bis { $time } geöffnet. Danach müssen Sie von vorn beginnen.
journey-ends-extend = Diese Seite bleibt bis { $time } geöffnet. Brauchen Sie mehr Zeit? Sie können sie einmal verlängern.
journey-extend = Mehr Zeit geben

## Weitere Meldungen der JSON-API (die `message` neben dem festen `code`; Feldnamen,
## Codes und JSON-Wörter wie generate: true bleiben unverändert).

api-json-empty = Senden Sie ein JSON-Objekt im Inhalt der Anforderung.
api-json-not-object = Der Inhalt muss ein JSON-Objekt sein.
api-json-invalid-for-request = Der Inhalt ist für diese Anforderung kein gültiges JSON: { $detail }
api-json-invalid = Der Inhalt ist kein gültiges JSON: { $detail }
api-json-trailing = Der Inhalt enthält nach dem JSON-Wert noch weitere Daten: { $detail }
api-json-timeout = Die Übertragung des Inhalts hat länger als { $duration } gedauert. Senden Sie ihn erneut.
api-json-unreadable = Der Inhalt konnte nicht gelesen werden.
api-query-unreadable = Die Abfragezeichenfolge konnte nicht gelesen werden.
api-query-unknown = Unbekannter Abfrageparameter. Dieser Endpunkt akzeptiert: { $names }.
api-query-once = Geben Sie diesen Parameter nur einmal an.
api-query-max-chars = { $max ->
    [one] Höchstens { $max } Zeichen.
   *[other] Höchstens { $max } Zeichen.
}
api-query-whole-number = Geben Sie eine ganze Zahl von { $min } bis { $max } an.
api-query-time = Geben Sie eine Zeit im Format RFC 3339 an, z. B. 2026-11-22T09:30:00Z.
api-audit-result = Geben Sie success oder failure an.
api-auth-missing = Senden Sie ein API-Token: Authorization: Bearer lk_…
api-auth-malformed = Der Authorization-Header muss folgendes Format haben: Bearer lk_… (ein API-Token).
api-auth-invalid = Dieses API-Token ist ungültig oder wurde widerrufen.
api-auth-owner-disabled = Der Besitzer dieses API-Tokens kann sich nicht anmelden, daher kann das Token nicht verwendet werden.
api-auth-owner-not-admin = Der Besitzer dieses API-Tokens ist kein Administrator mehr.
api-auth-read-only = Dieses API-Token darf nur lesen. Verwenden Sie ein Token mit dem Bereich „write“.
api-branding-too-large = Der Inhalt ist größer als 400 KiB; das Logo darf höchstens 200 KiB groß sein.
api-branding-logo = Das Logo muss ein PNG-, JPEG- oder SVG-Bild in Base64 oder null sein.
api-groups-not-found = Es gibt keine Gruppe mit dieser ID.
api-groups-member-path = Verwenden Sie { $users } oder { $groups }.
api-groups-not-member = { $kind ->
    [user] Dieser Benutzer ist kein direktes Mitglied dieser Gruppe.
   *[group] Diese Gruppe ist kein direktes Mitglied dieser Gruppe.
}
api-methods-no-answers = Für diesen Benutzer sind keine Sicherheitsantworten registriert.
api-methods-no-method = Dieser Benutzer hat keine Methode mit dieser ID.
api-ready-storage = Die Datenbank antwortet nicht oder kann nicht schreiben.
api-metrics-token = Für die Metriken ist das in server.metrics_token festgelegte Token erforderlich.
api-no-endpoint = Dieser API-Endpunkt ist nicht vorhanden.
api-method-not-allowed = Dieser Endpunkt akzeptiert diese Methode nicht; siehe /api/v1/openapi.json.
api-reports-no-group = Diese Gruppe ist nicht vorhanden.
api-tokens-scope = Der Bereich muss read oder write sein.
api-tokens-no-owner = Es gibt keinen Benutzer mit diesem Benutzernamen.
api-tokens-self-revoke = Ein Token kann sich nicht selbst widerrufen. Widerrufen Sie es mit einem anderen Token, im Portal (Verwaltungsportal → API-Token) oder mit `latchkey token revoke`.
api-users-not-found = Es gibt keinen Benutzer mit dieser ID.
api-users-empty-password = Geben Sie ein Kennwort an, oder lassen Sie das Feld weg, damit eines generiert wird.
api-users-password-and-generate = Geben Sie entweder ein Kennwort oder generate: true an, nicht beides.
api-users-password-or-generate = Geben Sie ein Kennwort an, oder verwenden Sie generate: true, damit eines generiert wird.

## Anforderungen der Latchkey-App (/app/api/…).

api-app-no-request = Für dieses Gerät gibt es keine solche Anforderung.
api-app-failed = Ein Fehler ist aufgetreten. Versuchen Sie es gleich noch einmal.
api-app-only-app = Diese Adresse akzeptiert nur Anforderungen von der Latchkey-App.
api-app-body-unreadable = Der Inhalt der Anforderung konnte nicht gelesen werden.
api-app-not-json = Die Anforderung ist nicht das JSON, das diese Adresse erwartet.
api-app-invalid = Der Wert „{ $what }“ ist ungültig.
api-app-invalid-token = Dieser Einrichtungscode ist unbekannt, wurde bereits verwendet oder ist abgelaufen. Öffnen Sie erneut „Latchkey-App einrichten“, um einen neuen Code zu erhalten.
api-app-limit-reached = Die Latchkey-App ist für dieses Konto bereits auf 5 Geräten eingerichtet. Entfernen Sie zuerst eines.
api-app-duplicate-name = Eines Ihrer anderen Geräte hat bereits diesen Namen. Wählen Sie einen anderen.
api-app-not-allowed = Ihre Organisation bietet die Latchkey-App für Ihr Konto nicht an.
api-app-endpoint-not-allowed = Der Pushdienst dieses Browsers ist von Ihrer Organisation nicht zugelassen.
api-app-answer-word = Die Antwort muss approve, deny oder report lauten.
api-app-number-needed = Zum Genehmigen ist die zweistellige Zahl erforderlich, die auf der Seite zum Zurücksetzen angezeigt wird; zum Ablehnen und Melden ist keine Zahl erforderlich.
api-app-bad-signature = Die Signatur der Antwort stimmt nicht mit dem Schlüssel dieses Geräts überein.
api-app-already-answered = Diese Anforderung wurde bereits beantwortet.
api-app-expired = Diese Anforderung ist abgelaufen. Beginnen Sie auf der Seite zum Zurücksetzen erneut, falls nötig.

## Der anfragende Browser, wie ihn die Genehmigungsanforderung der Latchkey-App anzeigt.

push-device-unknown = Unbekannter Browser
push-device-browser-on = Ein Browser unter { $system }
push-device-on = { $browser } unter { $system }
push-action-reset = Ihr Kennwort zurücksetzen
