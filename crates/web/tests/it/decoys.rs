//! Decoy method lists for names that can't reset: drawn like a real ordinary user's.

use crate::harness::TestApp;
use crate::sspr_support::*;
use latchkey_core::journey::Channel;
use latchkey_core::policy::{Method, Scope};

/// The methods a verification page offers, read from its channel labels.
fn shown(body: &str) -> Vec<Method> {
    let mut out: Vec<Method> = Channel::ALL
        .into_iter()
        .filter(|c| body.contains(c.label()))
        .map(Channel::method)
        .collect();
    out.dedup();
    out
}

async fn decoy_sets(app: &TestApp, names: &[String]) -> Vec<Vec<Method>> {
    let mut out = Vec::new();
    for name in names {
        let mut c = app.client();
        let r = start(&mut c, name).await;
        assert!(r.body.contains("Verification step 1"), "{}", r.body);
        out.push(shown(&r.body));
    }
    out
}

#[tokio::test]
async fn decoys_show_only_what_a_registered_user_could_show() {
    let app = TestApp::new().await;
    set_policy(&app, |p| {
        p.scope = Scope::All;
        p.methods = vec![Method::Email, Method::MobilePhone];
        p.methods_required = 1;
    })
    .await;
    let names: Vec<String> = (0..200).map(|i| format!("nobody{i:03}")).collect();
    let first = decoy_sets(&app, &names).await;
    for (name, set) in names.iter().zip(&first) {
        assert!(
            !set.contains(&Method::OfficePhone),
            "{name} showed an administrator's office phone: {set:?}"
        );
        assert!(!set.is_empty(), "{name} showed no method");
        assert!(
            set.iter()
                .all(|m| [Method::Email, Method::MobilePhone].contains(m)),
            "{name}: {set:?}"
        );
    }
    // Both counts a real user can have occur, like real accounts.
    assert!(first.iter().any(|s| s.len() == 1) && first.iter().any(|s| s.len() == 2));
    // Stable per name.
    let again = decoy_sets(&app, &names[..40]).await;
    assert_eq!(
        &first[..40],
        &again[..],
        "decoy methods changed between journeys"
    );

    // Two methods required: every decoy shows at least two, as every registered user must.
    set_policy(&app, |p| p.methods_required = 2).await;
    for (name, set) in names[..60].iter().zip(decoy_sets(&app, &names[..60]).await) {
        assert_eq!(
            set,
            vec![Method::Email, Method::MobilePhone],
            "{name} showed fewer methods than a registered user must have"
        );
    }
}

#[tokio::test]
async fn decoy_questions_never_stand_alone() {
    let app = TestApp::new().await;
    set_policy(&app, |p| {
        p.scope = Scope::All;
        p.methods = vec![Method::Email, Method::Questions];
        p.methods_required = 1;
    })
    .await;
    let names: Vec<String> = (0..80).map(|i| format!("ghost{i:03}")).collect();
    let sets = decoy_sets(&app, &names).await;
    for (name, set) in names.iter().zip(&sets) {
        assert!(
            set.contains(&Method::Email),
            "{name}: questions alone never register an account: {set:?}"
        );
    }
    assert!(sets.iter().any(|s| s.contains(&Method::Questions)));
}
