# Nachrichten, die Latchkey sendet: E-Mails, SMS, Sprachanrufe.

## Gemeinsame Bausteine

messages-greeting = Hallo,
messages-greeting-name = Hallo { $name },
messages-minutes =
    { $n ->
        [one] 1 Minute
       *[other] { $n } Minuten
    }
messages-report-link = Teilen Sie es uns sofort mit
messages-issued-by-cli = die Befehlszeile

## Prüfcode (E-Mail, SMS, Sprachanruf)

messages-code-email-subject = Prüfcode für Ihr { $org }-Konto
messages-code-email-intro = Ihr { $org }-Prüfcode lautet:
messages-code-email-enter = Geben Sie ihn auf der Seite ein, auf der Sie ihn angefordert haben. Er läuft in { $expires_in } ab.
messages-code-email-never = Wir werden Sie niemals telefonisch, per SMS oder per E-Mail nach diesem Code fragen. Geben Sie ihn an niemanden weiter, auch nicht an Personen, die angeben, für { $org } zu arbeiten.
messages-code-email-ignore = Wenn Sie keinen Code angefordert haben, können Sie diese Nachricht ignorieren. An Ihrem Konto wurde nichts geändert.
messages-code-sms = { $code } ist Ihr { $org }-Prüfcode. Er läuft in { $expires_in } ab.
messages-code-voice = Hier ist { $org }. Ihr Prüfcode lautet { $spoken_code }.

## Hinweis zur Kennwortzurücksetzung

messages-reset-notice-subject = Ihr { $org }-Kennwort wurde zurückgesetzt
messages-reset-notice-subject-unlock = Ihr { $org }-Konto wurde entsperrt
messages-reset-notice-reset = Das Kennwort für Ihr { $org }-Konto wurde am { $when_utc } zurückgesetzt.
messages-reset-notice-unlock = Ihr { $org }-Konto wurde am { $when_utc } entsperrt. Ihr Kennwort wurde nicht geändert.
messages-reset-notice-was-you = Wenn Sie das waren, müssen Sie nichts weiter tun.
messages-reset-notice-not-you = Wenn Sie das nicht waren, kann sich möglicherweise jemand anderes als Sie anmelden.

## Warnung an globale Administratoren

messages-admin-alert-subject = { $org }: Das Kennwort eines Administrators wurde zurückgesetzt
messages-admin-alert-reset-before = Das Kennwort des Administrators
messages-admin-alert-reset-after = ({ $admin_username }) wurde am { $when_utc } von einem anderen Administrator zurückgesetzt.
messages-admin-alert-why = Sie erhalten diese Nachricht, weil Sie globaler Administrator von { $org } sind. Wenn Sie diese Zurücksetzung nicht erwartet haben, sprechen Sie mit { $admin_display_name } und
messages-admin-alert-report = melden Sie sie

## Hilfeanfrage an Administratoren

messages-help-subject = { $org }: Ein Benutzer hat Hilfe mit seinem Kennwort angefordert
messages-help-asked-before = Für das Kennwort des Kontos
messages-help-asked-after = wurde am { $when_utc } von der Adresse { $client_ip } aus Hilfe angefordert.
messages-help-used-before = Dazu wurde
messages-help-link-name = Wenden Sie sich an Ihren Administrator
messages-help-used-after = auf der Seite zur Kennwortzurücksetzung verwendet.
messages-help-verify = Bevor Sie das Kennwort zurücksetzen oder das Konto entsperren, vergewissern Sie sich, dass Sie mit dem Besitzer des Kontos sprechen: Erreichen Sie ihn über eine Telefonnummer oder Adresse, die Ihnen bereits bekannt ist, nicht über eine, die in einer Nachricht genannt wird.
messages-help-why = Sie erhalten diese Nachricht, weil Sie Administrator von { $org } sind.

## Erinnerung an die Registrierung

messages-reminder-subject = Richten Sie die Kennwortzurücksetzung für Ihr { $org }-Konto ein
messages-reminder-body = Sie haben uns noch nicht mitgeteilt, wie wir Ihre Identität überprüfen können, wenn Sie Ihr { $org }-Kennwort vergessen, etwa über eine Telefonnummer oder eine Authentifikator-App. Die Einrichtung dauert nur wenige Minuten, und danach können Sie jederzeit selbst wieder auf Ihr Konto zugreifen.
messages-reminder-here = Richten Sie es hier ein:
messages-reminder-button = Jetzt einrichten
messages-reminder-copy = Oder kopieren Sie diese Adresse in Ihren Browser: { $setup_url }

## Befristeter Zugriffspass ausgestellt

messages-pass-subject = Für Ihr { $org }-Konto wurde ein befristeter Zugriffspass ausgestellt
messages-pass-subject-admin = Für den Administrator { $account } wurde ein befristeter Zugriffspass ausgestellt
messages-pass-issued = Ein Administrator ({ $issued_by }) hat am { $when_utc } einen befristeten Zugriffspass für Ihr { $org }-Konto ausgestellt. Er ist gültig bis { $expires_utc }.
messages-pass-issued-once = Ein Administrator ({ $issued_by }) hat am { $when_utc } einen befristeten Zugriffspass für Ihr { $org }-Konto ausgestellt. Er ist gültig bis { $expires_utc }, für eine Anmeldung.
messages-pass-use = Damit können Sie sich anmelden, um Ihre Sicherheitsinformationen (eine Authentifikator-App, einen Passkey, Ihr Telefon) zu registrieren, wenn Sie keine haben oder sie verloren haben. Ihr Administrator übergibt Ihnen den Pass persönlich oder telefonisch; er wird niemals per E-Mail gesendet.
messages-pass-not-you = Wenn Sie dies nicht bei Ihrem Helpdesk angefordert haben, versucht möglicherweise jemand, auf Ihr Konto zuzugreifen.
messages-pass-admin-issued = { $issued_by } hat am { $when_utc } einen befristeten Zugriffspass für den { $org }-Administrator { $account } ausgestellt. Er ist gültig bis { $expires_utc }. Wer ihn besitzt, kann damit Sicherheitsinformationen für dieses Konto registrieren.
messages-pass-admin-issued-once = { $issued_by } hat am { $when_utc } einen befristeten Zugriffspass für den { $org }-Administrator { $account } ausgestellt. Er ist gültig bis { $expires_utc }, für eine Anmeldung. Wer ihn besitzt, kann damit Sicherheitsinformationen für dieses Konto registrieren.
messages-pass-admin-check = Wenn dies unerwartet ist, sprechen Sie mit { $account } und widerrufen Sie den Pass auf
messages-pass-admin-page = der Seite des Kontos im Verwaltungsportal
messages-pass-sms = { $org }: Für Ihr Konto wurde durch { $issued_by } ein befristeter Zugriffspass ausgestellt. Wenn Sie ihn nicht angefordert haben, rufen Sie sofort Ihren Helpdesk an.

## Testnachrichten

messages-test-subject = { $org }-Testnachricht
messages-test-body = Dies ist eine Testnachricht des Kennwortzurücksetzungsdiensts von { $org }. Wenn Sie sie lesen können, funktioniert der E-Mail-Versand. Sie müssen nichts weiter tun.
messages-test-sms = Dies ist eine Testnachricht von { $org }. Der SMS-Versand funktioniert.

## Sicherheitshinweise (Nur-Text)

messages-report-here = Wenn Sie das nicht waren, melden Sie es hier:
messages-blocked-subject = { $org }: Die Kennwortzurücksetzung ist für Ihr Konto gesperrt
messages-blocked-body = Jemand hat fünfmal erfolglos versucht, Ihre Identität für eine Kennwortzurücksetzung zu überprüfen ({ $when }). Zu Ihrer Sicherheit ist die Self-Service-Kennwortzurücksetzung für Ihr Konto 24 Stunden lang gesperrt. Ihr Kennwort wurde nicht geändert.
messages-blocked-advice = Wenn Sie das waren, warten Sie 24 Stunden, oder wenden Sie sich an Ihren Administrator. Wenn nicht, informieren Sie Ihren Administrator: Möglicherweise versucht jemand, auf Ihr Konto zuzugreifen.
messages-code-reused-subject = { $org }: Ein Authentifikatorcode wurde erneut verwendet
messages-code-reused-body = Jemand hat einen bereits verwendeten Authentifikatorcode eingegeben – möglicherweise hat ihn eine andere Person gesehen ({ $when }). Der Code wurde abgelehnt, und Ihr Kennwort wurde nicht geändert.
messages-code-reused-contact = und wenden Sie sich an Ihren Administrator: Möglicherweise versucht jemand, auf Ihr Konto zuzugreifen.
messages-passkey-cloned-subject = { $org }: Ihr Passkey wurde möglicherweise kopiert
messages-passkey-cloned-body = Ihr Passkey „{ $name }“ wurde für eine Kennwortzurücksetzung verwendet ({ $when }), hat aber einen niedrigeren Nutzungszähler als zuvor gemeldet: Möglicherweise wird eine Kopie davon an anderer Stelle verwendet. Er wurde abgelehnt, und Ihr Kennwort wurde nicht geändert.
messages-passkey-cloned-remove = Entfernen Sie den Passkey auf der Seite mit Ihren Sicherheitsinformationen, und wenden Sie sich an Ihren Administrator.
messages-mobile-changed-sms = { $org }: Die Mobiltelefonnummer Ihres Kontos wurde geändert oder entfernt. Wenn Sie das nicht waren, wenden Sie sich sofort an Ihren Administrator.

## "Your security info changed"; the "this wasn't me" alert to administrators.
messages-security-changed-subject = { $org }: Ihre Sicherheitsinformationen wurden geändert
messages-security-changed-added = Ihrem Konto wurde eine Sicherheitsmethode hinzugefügt ({ $when }).
messages-security-changed-removed = Aus Ihrem Konto wurde eine Sicherheitsmethode entfernt ({ $when }).
messages-security-changed-report = Wenn Sie das nicht waren, öffnen Sie diesen Link: { $link }
messages-security-changed-advice = Dadurch wird die Kennwortzurücksetzung für Ihr Konto gesperrt, und Ihre Administratoren werden benachrichtigt. Wenden Sie sich anschließend an sie: Möglicherweise verwendet jemand anderes Ihr Konto.
messages-not-me-change-subject = { $username } hat eine Kontoänderung gemeldet, die nicht von diesem Benutzer stammt
messages-not-me-change-body = { $name } ({ $username }) gibt an, eine kürzliche Änderung am eigenen Konto nicht vorgenommen zu haben: eine Kennwortzurücksetzung oder Entsperrung, neue Sicherheitsinformationen oder einen befristeten Zugriffspass (die beantwortete Benachrichtigung nennt die Art; das Überwachungsprotokoll enthält die Details).
messages-not-me-app-subject = { $username } hat eine Anfrage zur Kennwortzurücksetzung gemeldet, die nicht von diesem Benutzer stammt
messages-not-me-app-body = { $name } ({ $username }) hat in der Latchkey-App eine Anfrage zur Genehmigung einer Kennwortzurücksetzung für das eigene Konto mit „Das war ich nicht“ beantwortet: angefordert von { $ip } ({ $browser }) am { $when }. Möglicherweise kennt jemand anderes den Benutzernamen und versucht, das Konto zu übernehmen.
messages-not-me-action = Latchkey hat die Anmeldung für das Konto gesperrt (beim letzten globalen Administrator wurden stattdessen die Sitzungen beendet und ein neues Kennwort angefordert). Prüfen Sie das Überwachungsprotokoll, sprechen Sie mit dem Benutzer, setzen Sie dann das Kennwort zurück, und lassen Sie die Anmeldung im Verwaltungsportal wieder zu.
