//! Password expiry on both engines: a reminder (user, expiry, days before) is recorded and
//! its messages queued once, however many runs race for it; per-group maximum ages reach
//! members of nested groups, the smallest wins, and go with their group. PostgreSQL as in
//! `conformance.rs` (`LATCHKEY_TEST_PG_URL`).
#![expect(
    clippy::expect_used,
    reason = "a test stops loudly at the first setup failure"
)]

mod support;

use std::sync::Arc;

use latchkey_core::directory::{Profile, Role, Username};
use latchkey_core::store::{Effects, NewDelivery, NewReminder, NewUser, Store, StoreError};

fn new_user(name: &str) -> NewUser {
    NewUser {
        username: Username::parse(name).expect("name"),
        profile: Profile {
            display_name: name.into(),
            ..Profile::default()
        },
        role: Role::User,
        enabled: true,
        password_hash: "$argon2id$v=19$m=8,t=1,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA".into(),
        must_change_password: false,
    }
}

fn message(channel: &str) -> NewDelivery {
    NewDelivery {
        payload: "sealed".into(),
        created_at: 100,
        what: "password_expiry_reminder".into(),
        target: "ann".into(),
        channel: channel.into(),
        code: None,
    }
}

async fn all(s: Arc<dyn Store>) {
    s.migrate().await.expect("migrate");
    let ann = s.user_create(new_user("ann"), 1).await.expect("ann");
    let reminder = NewReminder {
        user_id: ann.id,
        expires_at: 30 * 86_400,
        password_set_at: 0,
        days_before: 14,
        sent_at: 16 * 86_400,
    };
    let effects = Effects {
        audit: Vec::new(),
        deliveries: vec![message("email"), message("sms")],
    };

    // Eight runs at once: one records it and queues its two messages.
    let mut tasks = Vec::new();
    for _ in 0..8 {
        let (s, r, e) = (s.clone(), reminder.clone(), effects.clone());
        tasks.push(tokio::spawn(async move {
            s.expiry_reminder_commit(&r, &e).await.expect("commit")
        }));
    }
    let won = support::join(tasks).await;
    assert_eq!(won.iter().filter(|w| **w).count(), 1, "{won:?}");
    assert_eq!(s.delivery_pending().await.expect("pending"), 2);
    // Again later: still once.
    assert!(
        !s.expiry_reminder_commit(&reminder, &effects)
            .await
            .expect("again")
    );
    assert_eq!(s.delivery_pending().await.expect("pending"), 2);
    // Another reminder day, or another expiry (the password changed): a reminder of its own.
    let seven = NewReminder {
        days_before: 7,
        ..reminder.clone()
    };
    assert!(
        s.expiry_reminder_commit(&seven, &Effects::default())
            .await
            .expect("7")
    );
    assert!(
        s.expiry_reminder_recorded(ann.id, 0, 14)
            .await
            .expect("recorded")
    );
    assert!(
        !s.expiry_reminder_recorded(ann.id, 0, 3)
            .await
            .expect("not recorded")
    );
    // The same password with a moved expiry (a changed maximum age): not again.
    let moved = NewReminder {
        expires_at: 60 * 86_400,
        ..reminder.clone()
    };
    assert!(
        !s.expiry_reminder_commit(&moved, &effects)
            .await
            .expect("moved")
    );
    // A new password: its own reminders.
    let renewed = NewReminder {
        expires_at: 60 * 86_400,
        password_set_at: 30 * 86_400,
        ..reminder.clone()
    };
    assert!(
        s.expiry_reminder_commit(&renewed, &effects)
            .await
            .expect("renewed")
    );

    // The report: one row per message, newest first, queued until delivered.
    let sent = s.expiry_reminders_sent(0, 100).await.expect("sent");
    assert_eq!(sent.len(), 4);
    assert!(
        sent.iter()
            .all(|r| r.username == "ann" && r.state == "queued")
    );
    let claimed = s
        .delivery_claim(16 * 86_400, 16 * 86_400 + 60, 10, false)
        .await
        .expect("claim");
    for d in &claimed {
        s.delivery_done(d.id).await.expect("done");
    }
    let sent = s.expiry_reminders_sent(0, 100).await.expect("sent");
    assert!(sent.iter().all(|r| r.state == "sent"), "{sent:?}");
    assert_eq!(
        s.expiry_reminders_sent(16 * 86_400 + 1, 100)
            .await
            .expect("since")
            .len(),
        0
    );

    // A message given up and then dismissed (or pruned) still reads as failed.
    let three = NewReminder {
        days_before: 3,
        sent_at: 27 * 86_400,
        ..reminder.clone()
    };
    assert!(s.expiry_reminder_commit(&three, &effects).await.expect("3"));
    let claimed = s
        .delivery_claim(27 * 86_400, 27 * 86_400 + 60, 10, false)
        .await
        .expect("claim");
    assert_eq!(claimed.len(), 2);
    for d in &claimed {
        assert!(
            s.delivery_fail(d.id, 27 * 86_400 + 1, "mailbox full", &[], None)
                .await
                .expect("fail")
        );
    }
    assert!(
        s.delivery_dismiss(claimed[0].id, &Effects::default())
            .await
            .expect("dismiss")
    );
    assert_eq!(s.delivery_prune(28 * 86_400).await.expect("prune"), 1);
    let three_days: Vec<_> = s
        .expiry_reminders_sent(27 * 86_400, 100)
        .await
        .expect("sent")
        .into_iter()
        .filter(|r| r.days_before == 3)
        .collect();
    assert_eq!(three_days.len(), 2);
    assert!(
        three_days
            .iter()
            .all(|r| r.state == "failed" && r.last_error == "mailbox full"),
        "{three_days:?}"
    );

    // Per-group ages: the smallest of the user's groups, nested ones too.
    let outer = s.group_create("Outer", "", 1).await.expect("outer");
    let inner = s.group_create("Inner", "", 1).await.expect("inner");
    let other = s.group_create("Other", "", 1).await.expect("other");
    s.group_add_group(outer.id, inner.id).await.expect("nest");
    s.group_add_user(inner.id, ann.id).await.expect("member");
    s.group_add_user(other.id, ann.id).await.expect("member");
    let none = Effects::default();
    s.expiry_group_age_set(outer.id, Some(30), &none)
        .await
        .expect("outer");
    s.expiry_group_age_set(other.id, Some(60), &none)
        .await
        .expect("other");
    assert_eq!(
        s.expiry_user_ages(Some(ann.id)).await.expect("ages"),
        vec![(ann.id, 30)]
    );
    s.expiry_group_age_set(other.id, Some(10), &none)
        .await
        .expect("replace");
    assert_eq!(
        s.expiry_user_ages(None).await.expect("ages"),
        vec![(ann.id, 10)]
    );
    assert_eq!(s.expiry_group_ages().await.expect("list").len(), 2);
    s.expiry_group_age_set(other.id, None, &none)
        .await
        .expect("remove");
    assert_eq!(
        s.expiry_user_ages(None).await.expect("ages"),
        vec![(ann.id, 30)]
    );
    s.group_delete(outer.id).await.expect("delete");
    assert!(s.expiry_user_ages(None).await.expect("ages").is_empty());
    assert!(matches!(
        s.expiry_group_age_set(outer.id, Some(5), &none).await,
        Err(StoreError::NotFound)
    ));
}

#[tokio::test]
async fn sqlite_expiry_reminders() {
    support::with_sqlite("expiry", all).await;
}

#[tokio::test]
async fn postgres_expiry_reminders() {
    support::with_postgres("expiry", all).await;
}
