use super::*;

#[test]
fn usernames() {
    assert_eq!(Username::parse(" MiaS ").map(|u| u.0), Ok("mias".into()));
    assert_eq!(
        Username::parse("mia.steele@Contoso.com").map(|u| u.0),
        Ok("mia.steele@contoso.com".into())
    );
    for bad in [
        "",
        "mia steele",
        "mia.@x.org",
        ".mia",
        "a..b",
        "mia@",
        "mia@-x.org",
        "mia@x..org",
        "<script>",
    ] {
        assert!(Username::parse(bad).is_err(), "{bad:?} should be refused");
    }
    assert!(Username::parse(&"a".repeat(65)).is_err());
    assert!(Username::parse(&format!("{}@{}.org", "a".repeat(64), "b".repeat(44))).is_ok());
    assert!(Username::parse(&format!("{}@{}.org", "a".repeat(64), "b".repeat(45))).is_err());
}

#[test]
fn emails() {
    assert_eq!(
        Email::parse("email", "Mia@Example.ORG").map(|e| e.0),
        Ok("Mia@example.org".into())
    );
    // A masked address sent back is never stored as an address.
    let masked = Email::parse("email", "m***@example.org").expect_err("masked");
    assert!(masked.message.contains("hidden"), "{masked:?}");
    for bad in ["mia", "mia@", "@x.org", "mia@x", "m ia@x.org", "mia@x..org"] {
        assert!(Email::parse("email", bad).is_err(), "{bad:?}");
    }
    assert_eq!(
        Email::parse("email", "mia@example.org").map(|e| e.masked()),
        Ok("m***@example.org".into())
    );
}

#[test]
fn phones_need_a_country_code() {
    let e = Phone::parse("mobile_phone", "425 555 0100")
        .err()
        .map(|e| e.message);
    assert!(e.is_some_and(|m| m.contains("country code")));
    assert_eq!(
        Phone::parse("p", "+1 425-555-0100").map(|p| p.0),
        Ok("+14255550100".into())
    );
    assert_eq!(
        Phone::parse("p", "0044 20 7946 0958").map(|p| p.0),
        Ok("+442079460958".into())
    );
    assert!(Phone::parse("p", "+1 12").is_err());
    assert_eq!(
        Phone::parse("p", "+14255550100").map(|p| p.masked()),
        Ok("********00".into())
    );
}

#[test]
fn numbers_at_reset_are_read_in_the_registered_country() {
    let us = "+14255550131";
    let read = |typed: &str, registered: &str| {
        Phone::parse_as_registered("p", typed, registered)
            .map(|p| p.map(|p| p.0))
            .map_err(|e| e.message)
    };
    // As registered (country picker and national number), in any dialling format.
    for typed in [
        "425 555 0131",
        "(425) 555-0131",
        "425.555.0131",
        "1 425 555 0131",
    ] {
        assert_eq!(read(typed, us), Ok(Some(us.into())), "{typed}");
    }
    assert_eq!(read("+1 425 555 0131", us), Ok(Some(us.into())));
    assert_eq!(
        read("020 7946 0958", "+442079460958"),
        Ok(Some("+442079460958".into()))
    );
    // Not a number there, or no registered number (a decoy): no error, just no match.
    assert_eq!(read("12345", us), Ok(None));
    assert_eq!(read("425 555 0131", ""), Ok(None));
    // Errors are the same whatever is registered.
    for registered in [us, "+442079460958", ""] {
        assert!(read("call me", registered).is_err());
        assert!(read("12", registered).is_err());
        assert!(read("", registered).is_err());
    }
}

fn sendable(number: &str, countries: &[&str]) -> Result<(), Unsendable> {
    let countries: Vec<String> = countries.iter().map(|c| (*c).to_owned()).collect();
    Phone::parse("p", number)
        .expect("a valid number")
        .sendable(&countries)
}

#[test]
fn premium_shared_cost_and_satellite_numbers_get_no_codes() {
    let everywhere = ["US", "CA", "GB", "JM", "DE"];
    for premium in [
        "+1 900 555 0123",
        "+44 909 879 0123",
        "+44 871 123 4567",
        "+881 6 1234 5678",
        "+882 3421 2345 67",
        "+800 1234 5678",
        "+1 800 555 0123",
    ] {
        assert_eq!(
            sendable(premium, &everywhere),
            Err(Unsendable::Kind),
            "{premium}"
        );
    }
    assert!(Unsendable::Kind.message().contains("premium-rate"));
    assert_eq!(
        Phone::parse("p", "+881 6 1234 5678").map(|p| p.country()),
        Ok(None)
    );
}

#[test]
fn personal_lines_pass_in_the_listed_countries_only() {
    assert_eq!(sendable("+1 425 555 0123", &["US"]), Ok(()));
    assert_eq!(sendable("+44 7400 123456", &["GB"]), Ok(()));
    assert_eq!(sendable("+44 20 7946 0958", &["GB"]), Ok(()));
    // +44 is shared too: 07911 1… is Guernsey.
    assert_eq!(
        sendable("+44 7911 123456", &["GB"]),
        Err(Unsendable::Country)
    );
    assert_eq!(sendable("+44 7911 123456", &["GG"]), Ok(()));
    assert_eq!(sendable("+49 1511 2345678", &["DE"]), Ok(()));
    // +1 is shared: Jamaica's area code 876 is Jamaica, not the United States.
    assert_eq!(
        Phone::parse("p", "+1 876 210 1234").map(|p| p.country()),
        Ok(Some("JM".into()))
    );
    assert_eq!(
        sendable("+1 876 210 1234", &["US", "CA"]),
        Err(Unsendable::Country)
    );
    assert_eq!(
        sendable("+44 7400 123456", &["US"]),
        Err(Unsendable::Country)
    );
    assert_eq!(sendable("+1 425 555 0123", &[]), Err(Unsendable::Country));
    assert!(Unsendable::Country.message().contains("this country"));
}

proptest::proptest! {
    #[test]
    fn parsers_never_panic_and_valid_names_are_stable(s in "\\PC{0,130}") {
        if let Ok(u) = Username::parse(&s) {
            proptest::prop_assert_eq!(Username::parse(u.as_str()), Ok(u.clone()));
            proptest::prop_assert!(u.as_str().chars().count() <= 113);
        }
        let _ = Phone::parse("p", &s);
        let _ = Email::parse("e", &s);
    }

    #[test]
    fn e164_numbers_round_trip(n in "[2-9][0-9]{2}[2-9][0-9]{6}") {
        if let Ok(p) = Phone::parse("p", &format!("+1 {n}")) {
            proptest::prop_assert_eq!(Phone::parse("p", p.as_str()), Ok(p.clone()));
            proptest::prop_assert!(p.as_str().starts_with("+1"));
        }
    }
}

#[test]
fn roles_manage_downwards() {
    assert!(Role::GlobalAdmin.may_manage(Role::GlobalAdmin));
    assert!(Role::PasswordAdmin.may_manage(Role::User));
    assert!(!Role::PasswordAdmin.may_manage(Role::PasswordAdmin));
    assert!(!Role::PasswordAdmin.may_manage(Role::GlobalAdmin));
    assert!(!Role::User.may_manage(Role::User));
}

#[test]
fn profile_collects_every_error_and_fills_display_name() {
    let p = ProfileInput {
        first_name: "Mia".into(),
        last_name: "Steele".into(),
        ..Default::default()
    };
    assert_eq!(
        p.validate().map(|p| p.display_name),
        Ok("Mia Steele".into())
    );
    let bad = ProfileInput {
        email: "x".into(),
        mobile_phone: "555".into(),
        ..Default::default()
    };
    let errs = bad.validate().err().unwrap_or_default();
    let fields: Vec<_> = errs.iter().map(|e| e.field).collect();
    assert_eq!(fields, ["email", "mobile_phone", "display_name"]);
}
