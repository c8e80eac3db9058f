//! Registration campaigns on both engines ([`CampaignStore`]): a reminder is queued at most
//! once per interval however many runs race, with its message and the run's audit event in
//! the same transaction; coverage snapshots are kept once a day; contact details imported
//! for many users at once bump their credential generation, all or nothing. PostgreSQL as
//! in `conformance.rs`.
#![expect(
    clippy::expect_used,
    reason = "a test stops loudly at the first setup failure"
)]

mod support;

use latchkey_core::audit::{NewAuditEvent, Outcome, verify_chain};
use latchkey_core::directory::{Email, Phone, Profile, Role, Username};
use latchkey_core::store::{
    AuditFilter, CampaignReminder, ContactPatch, CoverageSnapshot, Effects, NewDelivery, NewUser,
    Store, StoreError,
};
use std::sync::Arc;

fn event(activity: &'static str) -> NewAuditEvent {
    NewAuditEvent {
        time: 100,
        activity,
        actor: "latchkey".into(),
        target: "registration campaign".into(),
        client_ip: String::new(),
        result: Outcome::Success,
        correlation_id: String::new(),
        details: serde_json::json!({}),
    }
}

async fn user(s: &Arc<dyn Store>, name: &str) -> i64 {
    s.user_create(
        NewUser {
            username: Username::parse(name).expect("name"),
            profile: Profile {
                first_name: String::new(),
                last_name: String::new(),
                display_name: name.into(),
                email: Some(Email::parse("email", &format!("{name}@example.org")).expect("email")),
                alternate_email: None,
                mobile_phone: None,
                office_phone: None,
            },
            role: Role::User,
            enabled: true,
            password_hash: String::new(),
            must_change_password: false,
        },
        100,
    )
    .await
    .expect("user")
    .id
}

fn reminder(user_id: i64) -> CampaignReminder {
    CampaignReminder {
        user_id,
        message: NewDelivery {
            payload: format!("sealed for {user_id}"),
            created_at: 100,
            what: "registration_campaign".into(),
            target: format!("user {user_id}"),
            channel: "email".into(),
            code: None,
        },
    }
}

async fn runs(s: &Arc<dyn Store>, activity: &str) -> i64 {
    s.audit_list(
        &AuditFilter {
            activity: Some(activity.into()),
            ..Default::default()
        },
        0,
        1,
    )
    .await
    .expect("audit")
    .total
}

async fn all(s: Arc<dyn Store>) {
    s.migrate().await.expect("migrate");
    let (a, b) = (user(&s, "anna").await, user(&s, "bert").await);
    let week = 7 * 86_400;
    let effects = |n: usize| Effects {
        audit: vec![NewAuditEvent {
            details: serde_json::json!({ "sent": n }),
            ..event("Registration campaign run")
        }],
        deliveries: Vec::new(),
    };

    // First run: both reminded, one event.
    let sent = s
        .campaign_remind_commit(
            &[reminder(b), reminder(a)],
            1_000_000,
            1_000_000 - week,
            &effects,
        )
        .await
        .expect("run");
    assert_eq!(sent, vec![a, b], "in id order");
    assert_eq!(s.delivery_pending().await.expect("pending"), 2);
    assert_eq!(runs(&s, "Registration campaign run").await, 1);
    // Within the interval: nobody, nothing written (not even the event).
    let later = 1_000_000 + 3 * 86_400;
    let sent = s
        .campaign_remind_commit(&[reminder(a), reminder(b)], later, later - week, &effects)
        .await
        .expect("run");
    assert!(sent.is_empty());
    assert_eq!(s.delivery_pending().await.expect("pending"), 2);
    assert_eq!(runs(&s, "Registration campaign run").await, 1);
    let recent = s
        .campaign_reminded_since(later - week)
        .await
        .expect("recent");
    assert_eq!(recent.len(), 2);
    // A week on: again.
    let next = 1_000_000 + week;
    let sent = s
        .campaign_remind_commit(&[reminder(a)], next, next - week, &effects)
        .await
        .expect("run");
    assert_eq!(sent, vec![a]);
    // A user who is gone is skipped, the others reminded.
    let sent = s
        .campaign_remind_commit(
            &[reminder(b), reminder(99_999)],
            next,
            next - week,
            &effects,
        )
        .await
        .expect("run");
    assert_eq!(sent, vec![b]);

    // Many runs at once: each user reminded once.
    let users: Vec<i64> = {
        let mut v = Vec::new();
        for i in 0..5 {
            v.push(user(&s, &format!("race{i}")).await);
        }
        v
    };
    let before = s.delivery_pending().await.expect("pending");
    let tasks: Vec<_> = (0..8)
        .map(|_| {
            let s = s.clone();
            let users = users.clone();
            tokio::spawn(async move {
                let rs: Vec<_> = users.iter().map(|u| reminder(*u)).collect();
                s.campaign_remind_commit(&rs, 2_000_000, 2_000_000 - week, &|n| Effects {
                    audit: vec![NewAuditEvent {
                        details: serde_json::json!({ "sent": n }),
                        ..event("Registration campaign run")
                    }],
                    deliveries: Vec::new(),
                })
                .await
                .expect("run")
                .len()
            })
        })
        .collect();
    let total: usize = support::join(tasks).await.into_iter().sum();
    assert_eq!(total, users.len(), "each reminded once");
    assert_eq!(
        s.delivery_pending().await.expect("pending") - before,
        users.len() as i64
    );

    // Coverage: one snapshot a day, the first kept.
    let day = CoverageSnapshot {
        day: 20_000,
        in_scope: 10,
        registered: 4,
    };
    assert!(s.coverage_snapshot_put(&day, 1).await.expect("put"));
    assert!(
        !s.coverage_snapshot_put(
            &CoverageSnapshot {
                registered: 9,
                ..day
            },
            2
        )
        .await
        .expect("put")
    );
    let next_day = CoverageSnapshot {
        day: 20_001,
        in_scope: 10,
        registered: 6,
    };
    assert!(s.coverage_snapshot_put(&next_day, 3).await.expect("put"));
    assert_eq!(
        s.coverage_history(20_000).await.expect("history"),
        vec![day, next_day]
    );
    assert_eq!(
        s.coverage_history(20_001).await.expect("history"),
        vec![next_day]
    );

    // Contacts: applied with the effects, generation bumped where a contact changed.
    let gen_a = s.user_generation(a).await.expect("gen");
    let gen_b = s.user_generation(b).await.expect("gen");
    let patches = [
        ContactPatch {
            user_id: a,
            mobile_phone: Some(Phone::parse("mobile_phone", "+14255550111").expect("phone")),
            ..Default::default()
        },
        ContactPatch {
            user_id: b,
            email: Some(Email::parse("email", "bert@example.org").expect("same")),
            ..Default::default()
        },
    ];
    let fx = Effects {
        audit: vec![event("Import contact details")],
        deliveries: Vec::new(),
    };
    let changed = s
        .contacts_import_commit(&patches, 500, &fx)
        .await
        .expect("import");
    assert_eq!(changed, 1, "bert's address is the same");
    let anna = s.user_get(a).await.expect("anna");
    assert_eq!(
        anna.mobile_phone.map(|p| p.as_str().to_owned()).as_deref(),
        Some("+14255550111")
    );
    assert_eq!(
        anna.email.map(|e| e.as_str().to_owned()).as_deref(),
        Some("anna@example.org")
    );
    assert!(s.user_generation(a).await.expect("gen") > gen_a);
    assert_eq!(s.user_generation(b).await.expect("gen"), gen_b);
    assert_eq!(runs(&s, "Import contact details").await, 1);
    // A user gone: nothing at all.
    let gone = [
        ContactPatch {
            user_id: b,
            office_phone: Some(Phone::parse("office_phone", "+14255550122").expect("phone")),
            ..Default::default()
        },
        ContactPatch {
            user_id: 99_999,
            ..Default::default()
        },
    ];
    assert!(matches!(
        s.contacts_import_commit(&gone, 600, &fx).await,
        Err(StoreError::NotFound)
    ));
    assert!(s.user_get(b).await.expect("bert").office_phone.is_none());
    assert_eq!(runs(&s, "Import contact details").await, 1);
    // An account that became an administrator since the file was checked: nothing.
    s.user_set_role(a, latchkey_core::directory::Role::PasswordAdmin, 650)
        .await
        .expect("promote");
    let promoted = [
        ContactPatch {
            user_id: b,
            office_phone: Some(Phone::parse("office_phone", "+14255550122").expect("phone")),
            ..Default::default()
        },
        ContactPatch {
            user_id: a,
            mobile_phone: Some(Phone::parse("mobile_phone", "+14255550199").expect("phone")),
            ..Default::default()
        },
    ];
    assert!(matches!(
        s.contacts_import_commit(&promoted, 700, &fx).await,
        Err(StoreError::Refused(latchkey_core::store::IMPORT_ADMIN))
    ));
    assert!(s.user_get(b).await.expect("bert").office_phone.is_none());
    assert_eq!(
        s.user_get(a)
            .await
            .expect("anna")
            .mobile_phone
            .map(|p| p.as_str().to_owned())
            .as_deref(),
        Some("+14255550111")
    );
    assert_eq!(runs(&s, "Import contact details").await, 1);

    let rows = s.audit_chain(0, 100_000).await.expect("chain");
    verify_chain(rows, String::new()).expect("the chain links every event");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn sqlite_campaigns() {
    support::with_sqlite("campaigns", all).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn postgres_campaigns() {
    support::with_postgres("campaigns", all).await;
}
