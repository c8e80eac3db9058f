use super::*;

#[test]
fn bidirectional_controls_never_reach_a_message() {
    assert_eq!(
        one_line("Mia\u{202E}gnp.exe\u{2066}x\u{200F}"),
        "Miagnp.exex"
    );
}

#[test]
fn spoken_codes() {
    assert_eq!(spoken("481 592"), "4, 8, 1, 5, 9, 2");
    assert_eq!(spoken("ab-12"), "A, B, 1, 2");
}

#[test]
fn values_stay_on_one_line() {
    let m = help_request(
        "Contoso",
        "it@contoso.example",
        "bob\r\nBcc: x@evil.example",
        "2025-01-02 03:04 UTC",
        "192.0.2.1",
    );
    assert!(
        m.body.contains("\"bob  Bcc: x@evil.example\""),
        "{}",
        m.body
    );
    assert!(!m.subject.contains('\n'));
}

/// Every message, rendered in the current language.
fn all_messages() -> Vec<Message> {
    let pass = AccessPassNotice {
        issued_by: "the command line",
        when_utc: "2026-11-30T20:23:00Z",
        expires_utc: "2026-11-30T21:23:00Z",
        one_time: true,
        report_url: "https://sspr.example.org/report/t",
        account: "",
    };
    let admin_pass = AccessPassNotice {
        issued_by: "root",
        one_time: false,
        account: "Ann Admin (ann)",
        ..pass.clone()
    };
    vec![
        verification_code_email("Contoso", "a@example.org", "Mary", "48159273", 5),
        verification_code_email("Contoso", "a@example.org", "", "48159273", 1),
        verification_code_sms("Contoso", "+15550100", "481592", 5),
        verification_code_voice("Contoso", "+15550100", "481592"),
        password_reset_notice(
            "Contoso",
            "a@example.org",
            "Mary",
            "2026-11-30T20:23:00Z",
            "https://sspr.example.org/report/t",
            false,
        ),
        password_reset_notice(
            "Contoso",
            "a@example.org",
            "Mary",
            "2026-11-30T20:23:00Z",
            "https://sspr.example.org/report/t",
            true,
        ),
        admin_reset_alert(
            "Contoso",
            "root@example.org",
            "Ann Admin",
            "ann",
            "2026-11-30T20:23:00Z",
            "https://sspr.example.org/report/t",
        ),
        help_request(
            "Contoso",
            "it@example.org",
            "bob",
            "2026-11-30T20:23:00Z",
            "192.0.2.1",
        ),
        registration_reminder(
            "Contoso",
            "a@example.org",
            "Mary",
            "https://sspr.example.org/setup",
        ),
        password_expiry_reminder(
            "Contoso",
            "a@example.org",
            "Mary",
            14,
            "2026-12-14T09:00:00Z",
            "https://sspr.example.org/account",
        ),
        password_expiry_reminder_sms(
            "Contoso",
            "+15550100",
            1,
            "2026-12-14T09:00:00Z",
            "https://sspr.example.org/account",
        ),
        registration_campaign(
            "Contoso",
            "a@example.org",
            "Mary",
            "https://sspr.example.org/setup",
            false,
            7,
        ),
        registration_campaign(
            "Contoso",
            "a@example.org",
            "",
            "https://sspr.example.org/setup",
            true,
            1,
        ),
        access_pass_issued("Contoso", "a@example.org", "Mary", &pass),
        access_pass_issued("Contoso", "root@example.org", "Root", &admin_pass),
        access_pass_issued_sms("Contoso", "+15550100", "root"),
        test_message_email("Contoso", "a@example.org"),
        test_message_sms("Contoso", "+15550100"),
        sspr_blocked_notice("Contoso", "a@example.org", "Mary", "2026-11-30T20:23:00Z"),
        app_code_reused_notice(
            "Contoso",
            "a@example.org",
            "Mary",
            "2026-11-30T20:23:00Z",
            "https://sspr.example.org/report/t",
        ),
        passkey_cloned_notice(
            "Contoso",
            "a@example.org",
            "Mary",
            "YubiKey",
            "2026-11-30T20:23:00Z",
            "https://sspr.example.org/report/t",
        ),
        mobile_changed_sms("Contoso", "+15550100"),
    ]
}

fn texts(m: &Message) -> Vec<&str> {
    let mut out = vec![m.subject.as_str(), m.body.as_str()];
    out.extend(m.html.as_deref());
    out
}

#[test]
fn every_message_renders_in_every_language() {
    let english = latchkey_i18n::with_lang(Lang::En, all_messages);
    for lang in Lang::ALL {
        let messages = latchkey_i18n::with_lang(lang, all_messages);
        for (m, en) in messages.iter().zip(&english) {
            for text in texts(m) {
                // An unfilled placeholder renders as `{$name}`; a missing message as
                // its key.
                assert!(
                    !text.contains('{') && !text.contains('$'),
                    "{lang:?}: {text}"
                );
                assert!(!text.contains("messages-"), "{lang:?}: {text}");
            }
            assert!(
                texts(m).iter().any(|t| t.contains("Contoso")),
                "{lang:?}: {m:?}"
            );
            assert!(!m.subject.contains('\n'), "{lang:?}: {}", m.subject);
            if m.channel != Channel::Email {
                assert!(!m.body.contains('\n'), "{lang:?}: {}", m.body);
            }
            if let Some(html) = &m.html {
                let open = if lang == Lang::Ar {
                    "<html lang=\"ar\" dir=\"rtl\">".to_owned()
                } else {
                    format!("<html lang=\"{}\">", lang.code())
                };
                assert!(html.contains(&open), "{lang:?}: {html}");
            }
            if lang != Lang::En {
                assert_ne!(m.body, en.body, "{lang:?} is translated");
                assert_eq!(m.subject.is_empty(), en.subject.is_empty());
                if !m.subject.is_empty() {
                    assert_ne!(m.subject, en.subject, "{lang:?} is translated");
                }
                // No English date: the RFC 3339 moment is written as the language
                // writes dates.
                assert!(!m.body.contains("2026-11-30T"), "{lang:?}: {}", m.body);
            }
        }
    }
}

#[test]
fn german_code_email_and_dates() {
    let m = latchkey_i18n::with_lang(Lang::De, || {
        verification_code_email("Contoso", "a@example.org", "Mary", "48159273", 5)
    });
    assert_eq!(m.subject, "Prüfcode für Ihr Contoso-Konto");
    assert!(
        m.body
            .starts_with("Hallo Mary,\n\nIhr Contoso-Prüfcode lautet:"),
        "{}",
        m.body
    );
    assert!(m.body.contains("Er läuft in 5 Minuten ab."), "{}", m.body);
    let m = latchkey_i18n::with_lang(Lang::De, || {
        password_reset_notice(
            "Contoso",
            "a@example.org",
            "",
            "2026-11-30T20:23:00Z",
            "https://x/r",
            false,
        )
    });
    assert!(
        m.body.contains("am 30.11.2026, 20:23 UTC zurückgesetzt"),
        "{}",
        m.body
    );
    let m = latchkey_i18n::with_lang(Lang::De, || {
        access_pass_issued_sms("Contoso", "+15550100", "the command line")
    });
    assert!(m.body.contains("durch die Befehlszeile"), "{}", m.body);
}

#[test]
fn english_dates_stay_as_given() {
    let m = password_reset_notice(
        "Contoso",
        "a@example.org",
        "",
        "2026-11-30T20:23:00Z",
        "https://x/r",
        false,
    );
    assert!(
        m.body.contains("was reset on 2026-11-30T20:23:00Z."),
        "{}",
        m.body
    );
}

#[test]
fn translated_values_are_escaped_in_html() {
    let m = latchkey_i18n::with_lang(Lang::Fr, || {
        help_request(
            "Smith & Sons",
            "it@example.org",
            "<b>eve</b>",
            "2026-11-30T20:23:00Z",
            "192.0.2.1",
        )
    });
    let html = m.html.expect("html");
    assert!(html.contains("Smith &#38; Sons"), "{html}");
    assert!(!html.contains("<b>"), "{html}");
    assert!(m.body.contains("\"<b>eve</b>\""), "{}", m.body);
}

/// Sentences go into `body.html` unescaped (their values are escaped): no markup in
/// any language's catalogue.
#[test]
fn message_catalogues_hold_no_markup() {
    for lang in Lang::ALL {
        let src = latchkey_i18n::sources(lang)[5];
        // Select expressions (`{ $n ->`) aside.
        for line in src
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim_end().ends_with("->"))
        {
            assert!(!line.contains(['<', '>', '&']), "{lang:?}: {line}");
        }
    }
}
