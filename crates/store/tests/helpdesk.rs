//! Helpdesk caller verifications ([`HelpdeskStore`]) on both engines: a verification
//! is stored and read back as written, with its audit event in the same transaction; a
//! change is a compare-and-swap on its version, so of many parallel answers to one
//! challenge exactly one is written; the newest of an agent's verifications of a caller
//! is the one read; approvals waiting are listed until the window ends; and a
//! verification goes with its agent or caller. Managers: set, replaced and removed with
//! their event, never oneself, gone with either account; the manager's part of a
//! verification round-trips and is listed for them while it waits. PostgreSQL as in
//! `conformance.rs`.
#![expect(
    clippy::expect_used,
    reason = "a test stops loudly at the first setup failure"
)]

mod support;

use latchkey_core::audit::{NewAuditEvent, Outcome};
use latchkey_core::directory::{Email, Profile, Role, Username};
use latchkey_core::helpdesk::{Approval, ManagerApproval, PENDING_SECS, Verification};
use latchkey_core::journey::Channel;
use latchkey_core::policy::Method;
use latchkey_core::store::{AuditFilter, Effects, NewUser, Store, StoreError};
use std::sync::Arc;

async fn person(s: &Arc<dyn Store>, name: &str, role: Role) -> i64 {
    s.user_create(
        NewUser {
            username: Username::parse(name).expect("name"),
            profile: Profile {
                display_name: name.into(),
                email: Some(Email::parse("email", &format!("{name}@example.org")).expect("email")),
                ..Profile::default()
            },
            role,
            enabled: true,
            password_hash: "!".into(),
            must_change_password: false,
        },
        100,
    )
    .await
    .expect("user")
    .id
}

fn event(activity: &'static str) -> Effects {
    Effects {
        audit: vec![NewAuditEvent {
            time: 100,
            activity,
            actor: "helen".into(),
            target: "mia".into(),
            client_ip: String::new(),
            result: Outcome::Success,
            correlation_id: String::new(),
            details: serde_json::json!({}),
        }],
        deliveries: Vec::new(),
    }
}

async fn all(s: Arc<dyn Store>) {
    s.migrate().await.expect("migrate");
    let helen = person(&s, "helen", Role::PasswordAdmin).await;
    let mia = person(&s, "mia", Role::User).await;
    let gina = person(&s, "gina", Role::GlobalAdmin).await;

    // Stored as written, with its event.
    let mut v = Verification::start(helen, mia, false, 100);
    v.id = s
        .helpdesk_create_commit(&v, &event("Helpdesk started caller verification"))
        .await
        .expect("create");
    let read = s.helpdesk_get(v.id).await.expect("get").expect("there");
    assert_eq!(read, v);
    let audit = s
        .audit_list(&AuditFilter::default(), 0, 10)
        .await
        .expect("audit");
    assert_eq!(audit.items.len(), 1);

    // Of 20 parallel answers to one challenge, one is written.
    v.challenged(Channel::MobileSms, 110);
    assert!(
        s.helpdesk_update_commit(&v, &Effects::default())
            .await
            .expect("update")
    );
    v.version += 1;
    let mut hs = Vec::new();
    for _ in 0..20 {
        let s = s.clone();
        let mut mine = v.clone();
        hs.push(tokio::spawn(async move {
            mine.answered(120, 600);
            s.helpdesk_update_commit(&mine, &event("Helpdesk caller verified"))
                .await
                .expect("answer")
        }));
    }
    let won = support::join(hs).await.into_iter().filter(|b| *b).count();
    assert_eq!(won, 1, "one answer is written");
    let verified = s.helpdesk_get(v.id).await.expect("get").expect("there");
    assert_eq!(verified.passed, vec![Method::MobilePhone]);
    assert_eq!(verified.verified_until, Some(720));
    assert_eq!(verified.challenge, None);
    assert_eq!(verified.version, 2);
    let audit = s
        .audit_list(&AuditFilter::default(), 0, 50)
        .await
        .expect("audit");
    assert_eq!(audit.items.len(), 2, "the losers' events are not written");

    // The newest of helen's verifications of mia is the one read.
    let mut admin_call = Verification::start(helen, gina, true, 200);
    admin_call.passed = vec![Method::Email, Method::MobilePhone];
    admin_call.verified_until = Some(800);
    admin_call.approval = Approval::Requested;
    let newer = Verification::start(helen, mia, false, 300);
    let newer_id = s
        .helpdesk_create_commit(&newer, &Effects::default())
        .await
        .expect("newer");
    assert_eq!(
        s.helpdesk_latest(helen, mia)
            .await
            .expect("latest")
            .map(|v| v.id),
        Some(newer_id)
    );
    assert_eq!(s.helpdesk_latest(gina, mia).await.expect("none"), None);

    // Approvals waiting: listed while the window is open.
    admin_call.id = s
        .helpdesk_create_commit(&admin_call, &Effects::default())
        .await
        .expect("admin call");
    let waiting = s
        .helpdesk_awaiting_approval(700, 10)
        .await
        .expect("waiting");
    assert_eq!(
        waiting.iter().map(|v| v.id).collect::<Vec<_>>(),
        vec![admin_call.id]
    );
    assert!(
        s.helpdesk_awaiting_approval(800, 10)
            .await
            .expect("later")
            .is_empty()
    );
    assert_eq!(
        s.helpdesk_of_agent(helen, 0, 10)
            .await
            .expect("agent")
            .len(),
        3
    );
    assert_eq!(
        s.helpdesk_of_agent(helen, 250, 10)
            .await
            .expect("since")
            .len(),
        1
    );

    // A verification goes with its caller; none can be made for someone gone.
    s.user_delete(mia).await.expect("delete");
    assert_eq!(s.helpdesk_get(v.id).await.expect("get"), None);
    let orphan = Verification::start(helen, mia, false, 400);
    assert!(matches!(
        s.helpdesk_create_commit(&orphan, &Effects::default()).await,
        Err(StoreError::NotFound)
    ));
}

async fn managers(s: Arc<dyn Store>) {
    s.migrate().await.expect("migrate");
    let helen = person(&s, "helen", Role::PasswordAdmin).await;
    let mia = person(&s, "mia", Role::User).await;
    let mark = person(&s, "mark", Role::User).await;
    let nina = person(&s, "nina", Role::User).await;

    assert_eq!(s.manager_of(mia).await.expect("none"), None);
    s.manager_set_commit(mia, Some(mark), 100, &event("Set manager"))
        .await
        .expect("set");
    assert_eq!(s.manager_of(mia).await.expect("mark"), Some(mark));
    s.manager_set_commit(mia, Some(nina), 110, &Effects::default())
        .await
        .expect("replace");
    assert_eq!(s.manager_of(mia).await.expect("nina"), Some(nina));
    assert!(matches!(
        s.manager_set_commit(mia, Some(mia), 120, &Effects::default())
            .await,
        Err(StoreError::Refused("manager_self"))
    ));
    assert!(matches!(
        s.manager_set_commit(mia, Some(9999), 120, &Effects::default())
            .await,
        Err(StoreError::NotFound)
    ));
    assert!(matches!(
        s.manager_set_commit(9999, Some(mia), 120, &Effects::default())
            .await,
        Err(StoreError::NotFound)
    ));
    assert_eq!(s.manager_of(mia).await.expect("kept"), Some(nina));
    let audit = s
        .audit_list(&AuditFilter::default(), 0, 10)
        .await
        .expect("audit");
    assert_eq!(audit.items.len(), 1, "the set's event, with it");
    s.manager_set_commit(mia, None, 130, &Effects::default())
        .await
        .expect("remove");
    assert_eq!(s.manager_of(mia).await.expect("removed"), None);

    // The manager's part of a verification round-trips, and waits for them.
    let mut v = Verification::start(helen, mia, false, 1000);
    v.asked_manager(mark, 42, 1000);
    v.id = s
        .helpdesk_create_commit(&v, &Effects::default())
        .await
        .expect("create");
    assert_eq!(s.helpdesk_get(v.id).await.expect("get").expect("there"), v);
    let waiting = s
        .helpdesk_awaiting_manager(mark, 1010, 10)
        .await
        .expect("waiting");
    assert_eq!(waiting.iter().map(|w| w.id).collect::<Vec<_>>(), vec![v.id]);
    assert!(
        s.helpdesk_awaiting_manager(nina, 1010, 10)
            .await
            .expect("not nina's")
            .is_empty()
    );
    assert!(
        s.helpdesk_awaiting_manager(mark, 1000 + PENDING_SECS, 10)
            .await
            .expect("lapsed")
            .is_empty()
    );
    assert_eq!(v.manager_approved(mark, 42, 1020, 600), Ok(true));
    assert!(
        s.helpdesk_update_commit(&v, &Effects::default())
            .await
            .expect("approved")
    );
    let read = s.helpdesk_get(v.id).await.expect("get").expect("there");
    assert_eq!(
        read.manager,
        ManagerApproval::Approved {
            manager_id: mark,
            asked_at: 1000,
            at: 1020
        }
    );
    assert_eq!(read.verified_until, Some(1620));
    assert!(
        s.helpdesk_awaiting_manager(mark, 1030, 10)
            .await
            .expect("answered")
            .is_empty()
    );

    // A deny is stored as such, and closes.
    let mut d = Verification::start(helen, mia, false, 2000);
    d.asked_manager(mark, 17, 2000);
    d.id = s
        .helpdesk_create_commit(&d, &Effects::default())
        .await
        .expect("create");
    d.manager_denied(mark, 2010).expect("deny");
    assert!(
        s.helpdesk_update_commit(&d, &Effects::default())
            .await
            .expect("denied")
    );
    let back = s.helpdesk_get(d.id).await.expect("get").expect("there");
    assert_eq!(
        back.manager,
        ManagerApproval::Denied {
            manager_id: mark,
            asked_at: 2000,
            at: 2010
        }
    );
    assert!(back.closed);

    // A deny with its pause: one transaction; a stale version writes neither.
    let mut q = Verification::start(helen, mia, false, 2500);
    q.asked_manager(mark, 31, 2500);
    q.id = s
        .helpdesk_create_commit(&q, &Effects::default())
        .await
        .expect("create");
    let mut stale = q.clone();
    q.manager_denied(mark, 2510).expect("deny");
    assert!(
        s.helpdesk_update_paused_commit(&q, "pause:q", 2510 + 86_400, &event("Denied"))
            .await
            .expect("denied and paused")
    );
    assert_eq!(
        s.sspr_block_get("pause:q").await.expect("block"),
        Some(2510 + 86_400)
    );
    stale.manager_denied(mark, 2511).expect("deny");
    assert!(
        !s.helpdesk_update_paused_commit(&stale, "pause:stale", 2511 + 86_400, &event("Denied"))
            .await
            .expect("stale")
    );
    assert_eq!(s.sspr_block_get("pause:stale").await.expect("none"), None);
    // A longer pause already there is kept.
    q.version += 1;
    assert!(
        s.helpdesk_update_paused_commit(&q, "pause:q", 2600, &Effects::default())
            .await
            .expect("again")
    );
    assert_eq!(
        s.sspr_block_get("pause:q").await.expect("block"),
        Some(2510 + 86_400)
    );

    // "Can't confirm" is stored as such and ends the ask; a late ask waits its full time.
    let mut u = Verification::start(helen, mia, false, 3000);
    u.asked_manager(mark, 23, 3000 + PENDING_SECS - 60);
    u.id = s
        .helpdesk_create_commit(&u, &Effects::default())
        .await
        .expect("create");
    let late = 3000 + PENDING_SECS + 60;
    assert_eq!(
        s.helpdesk_awaiting_manager(mark, late, 10)
            .await
            .expect("waiting")
            .iter()
            .map(|w| w.id)
            .collect::<Vec<_>>(),
        vec![u.id],
        "past the verification's own time, within the ask's"
    );
    u.manager_unconfirmed(mark, late).expect("can't confirm");
    assert!(
        s.helpdesk_update_commit(&u, &Effects::default())
            .await
            .expect("unconfirmed")
    );
    let back = s.helpdesk_get(u.id).await.expect("get").expect("there");
    assert_eq!(
        back.manager,
        ManagerApproval::Unconfirmed {
            manager_id: mark,
            asked_at: 3000 + PENDING_SECS - 60,
            at: late
        }
    );
    assert!(!back.closed);
    assert!(
        s.helpdesk_awaiting_manager(mark, late, 10)
            .await
            .expect("answered")
            .is_empty()
    );

    // A manager's account goes: the relation goes with it, the record of who approved
    // stays.
    s.manager_set_commit(nina, Some(mark), 140, &Effects::default())
        .await
        .expect("set");
    s.user_delete(mark).await.expect("delete");
    assert_eq!(s.manager_of(nina).await.expect("gone"), None);
    assert_eq!(
        s.helpdesk_get(v.id)
            .await
            .expect("get")
            .expect("kept")
            .manager,
        read.manager
    );
}

#[tokio::test]
async fn managers_on_sqlite() {
    support::with_sqlite("managers", managers).await;
}

#[tokio::test]
async fn managers_on_postgres() {
    support::with_postgres("managers", managers).await;
}

#[tokio::test]
async fn helpdesk_verifications_on_sqlite() {
    support::with_sqlite("helpdesk", all).await;
}

#[tokio::test]
async fn helpdesk_verifications_on_postgres() {
    support::with_postgres("helpdesk", all).await;
}
