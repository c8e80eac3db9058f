use super::*;
use crate::directory::{ExternalAccount, Role, User, Username};

fn user(changed_at: Option<i64>, external: Option<Option<i64>>) -> User {
    User {
        id: 1,
        username: Username::parse("ann").expect("name"),
        first_name: String::new(),
        last_name: String::new(),
        display_name: "Ann".into(),
        email: None,
        alternate_email: None,
        mobile_phone: None,
        office_phone: None,
        enabled: true,
        role: Role::User,
        must_change_password: false,
        created_at: 100,
        updated_at: 100,
        password_changed_at: changed_at,
        external: external.map(|e| ExternalAccount {
            directory: "main".into(),
            id: "x".into(),
            dn: "uid=ann".into(),
            password_expires_at: e,
        }),
        blocked: false,
    }
}

#[test]
fn defaults_are_off_with_four_reminders() {
    let s = ExpirySettings::default();
    assert_eq!(s.max_age_days, 0);
    assert_eq!(s.reminder_days, vec![14, 7, 3, 1]);
    assert!(s.remind_by_email && s.remind_by_sms);
}

#[test]
fn validation_names_the_wrong_fields_and_sorts_days() {
    let ok = ExpirySettings {
        max_age_days: 90,
        reminder_days: vec![1, 14, 7],
        ..ExpirySettings::default()
    }
    .validated()
    .expect("valid");
    assert_eq!(ok.reminder_days, vec![14, 7, 1]);
    for (age, days) in [
        (3651, vec![7]),
        (30, vec![0]),
        (30, vec![91]),
        (30, vec![7, 7]),
        (30, (1..=11).collect()),
    ] {
        let bad = ExpirySettings {
            max_age_days: age,
            reminder_days: days,
            ..ExpirySettings::default()
        }
        .validated();
        assert!(bad.is_err());
    }
    assert_eq!(parse_days("14, 7 3,1"), Some(vec![14, 7, 3, 1]));
    assert_eq!(parse_days("7,x"), None);
    assert!(valid_override(1) && valid_override(3650));
    assert!(!valid_override(0) && !valid_override(3651));
}

#[test]
fn local_expiry_counts_from_the_last_change() {
    assert_eq!(local_expiry(Some(1000), 100, 0), None);
    assert_eq!(local_expiry(Some(1000), 100, 30), Some(1000 + 30 * DAY));
    assert_eq!(local_expiry(None, 100, 1), Some(100 + DAY));
    assert_eq!(effective_max_age(90, Some(30)), 30);
    assert_eq!(effective_max_age(90, None), 90);
    assert_eq!(effective_max_age(0, Some(5)), 5);
}

#[test]
fn the_directorys_rule_wins_for_synced_accounts() {
    // Latchkey's maximum age does not apply to a synced account: the directory's figure
    // (as of the last sync) does, whenever the password was last changed.
    assert_eq!(effective_expiry(&user(Some(0), Some(None)), 30), None);
    assert_eq!(
        effective_expiry(&user(None, Some(Some(50 * DAY))), 30),
        Some(50 * DAY)
    );
    assert_eq!(
        effective_expiry(&user(Some(40 * DAY), Some(Some(50 * DAY))), 30),
        Some(50 * DAY)
    );
    // "Must change at next logon" reads as expired now.
    assert_eq!(effective_expiry(&user(None, Some(Some(0))), 30), Some(0));
    assert_eq!(effective_expiry(&user(Some(DAY), None), 30), Some(31 * DAY));
}

#[test]
fn only_the_nearest_due_reminder_and_none_after_expiry() {
    let e = 30 * DAY;
    let days = [14, 7, 3, 1];
    assert_eq!(due_reminder(e, 15 * DAY, &days), None);
    assert_eq!(due_reminder(e, 16 * DAY - 1, &days), None);
    assert_eq!(due_reminder(e, 16 * DAY, &days), Some(14));
    assert_eq!(due_reminder(e, 22 * DAY, &days), Some(14));
    assert_eq!(due_reminder(e, 23 * DAY, &days), Some(7));
    // A job that missed days sends only the nearest.
    assert_eq!(due_reminder(e, 28 * DAY, &days), Some(3));
    assert_eq!(due_reminder(e, 29 * DAY + 5, &days), Some(1));
    assert_eq!(due_reminder(e, e, &days), None);
    assert!(is_expired(Some(e), e));
    assert!(!is_expired(Some(e), e - 1));
    assert!(!is_expired(None, i64::MAX));
    assert_eq!(days_left(e, 16 * DAY), 14);
    assert_eq!(days_left(e, 16 * DAY + 1), 14);
    assert_eq!(days_left(e, e), 0);
}
