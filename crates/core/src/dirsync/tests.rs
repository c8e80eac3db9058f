use super::*;

fn ext(id: &str, dn: &str) -> ExternalAccount {
    ExternalAccount {
        directory: "main".into(),
        id: id.into(),
        dn: dn.into(),
        password_expires_at: None,
    }
}

fn remote(id: &str, name: &str) -> RemoteUser {
    RemoteUser {
        external: ext(id, &format!("uid={name},ou=people,dc=example,dc=org")),
        username: name.into(),
        first_name: "First".into(),
        last_name: "Last".into(),
        display_name: format!("{name} Display"),
        email: format!("{name}@example.org"),
        enabled: true,
        ..RemoteUser::default()
    }
}

fn local(id: i64, r: Option<&RemoteUser>, name: &str, role: Role) -> User {
    let mut notes = Vec::new();
    let p = r.map(|r| profile_of(r, &mut notes)).unwrap_or(Profile {
        display_name: name.into(),
        ..Profile::default()
    });
    User {
        id,
        username: Username::parse(name).expect("test value"),
        first_name: p.first_name,
        last_name: p.last_name,
        display_name: p.display_name,
        email: p.email,
        alternate_email: p.alternate_email,
        mobile_phone: p.mobile_phone,
        office_phone: p.office_phone,
        enabled: true,
        role,
        must_change_password: false,
        created_at: 0,
        updated_at: 0,
        password_changed_at: None,
        external: r.map(|r| r.external.clone()),
        blocked: false,
    }
}

fn snap(users: Vec<RemoteUser>, groups: Vec<RemoteGroup>) -> Snapshot {
    Snapshot {
        user_ids: users.iter().map(|u| u.external.id.clone()).collect(),
        group_ids: groups.iter().map(|g| g.external.id.clone()).collect(),
        users,
        groups,
        cursor: Some("42".into()),
        source: String::new(),
        full: true,
    }
}

#[test]
fn first_sync_creates_users_groups_and_nested_members() {
    let a = remote("a", "alice");
    let b = remote("b", "bob");
    let inner = RemoteGroup {
        external: ext("g2", "cn=inner,ou=groups,dc=example,dc=org"),
        name: "Inner".into(),
        members: vec!["UID=bob,ou=people,dc=example,dc=org".into()],
        ..RemoteGroup::default()
    };
    let outer = RemoteGroup {
        external: ext("g1", "cn=SSPR-Users,ou=groups,dc=example,dc=org"),
        name: "SSPR-Users".into(),
        members: vec![
            a.external.dn.clone(),
            inner.external.dn.clone(),
            "cn=nobody,dc=x".into(),
        ],
        ..RemoteGroup::default()
    };
    let (plan, sum) = super::plan(
        "main",
        &snap(vec![a, b], vec![outer, inner]),
        &[],
        &[],
        &HashMap::new(),
        &HashMap::new(),
    );
    assert_eq!(sum.users_created, 2);
    assert_eq!(sum.groups_created, 2);
    assert_eq!(plan.cursor.as_deref(), Some("42"));
    let outer_m = plan
        .memberships
        .iter()
        .find(|m| m.group == "g1")
        .expect("test value");
    assert_eq!(outer_m.users, vec!["a".to_string()]);
    assert_eq!(outer_m.groups, vec!["g2".to_string()]);
    let inner_m = plan
        .memberships
        .iter()
        .find(|m| m.group == "g2")
        .expect("test value");
    assert_eq!(
        inner_m.users,
        vec!["b".to_string()],
        "member DNs match whatever their case"
    );
}

#[test]
fn a_local_account_with_the_same_name_is_never_taken_over() {
    let mine = local(1, None, "alice", Role::User);
    let (plan, sum) = super::plan(
        "main",
        &snap(vec![remote("a", "alice")], vec![]),
        &[mine],
        &[],
        &HashMap::new(),
        &HashMap::new(),
    );
    assert!(plan.create_users.is_empty());
    assert_eq!(sum.skipped, 1);
    assert!(
        plan.warnings[0].contains("made in Latchkey"),
        "{:?}",
        plan.warnings
    );
    assert!(
        plan.delete_users.is_empty(),
        "a local account is never deleted by a sync"
    );
}

#[test]
fn unchanged_accounts_change_nothing_changed_ones_update_and_gone_ones_go() {
    let a = remote("a", "alice");
    let mut b = remote("b", "bob");
    let c = remote("c", "carol");
    let locals = vec![
        local(1, Some(&a), "alice", Role::User),
        local(2, Some(&b), "bob", Role::User),
        local(3, Some(&c), "carol", Role::User),
    ];
    b.enabled = false;
    b.mobile_phone = "+1 425 555 0131".into();
    let (plan, sum) = super::plan(
        "main",
        &snap(vec![a, b], vec![]),
        &locals,
        &[],
        &HashMap::new(),
        &HashMap::new(),
    );
    assert_eq!(sum.users_updated, 1);
    assert_eq!(sum.users_disabled, 1);
    assert_eq!(plan.update_users[0].id, 2);
    assert!(!plan.update_users[0].enabled);
    assert_eq!(
        plan.update_users[0]
            .profile
            .mobile_phone
            .as_ref()
            .expect("test value")
            .as_str(),
        "+14255550131"
    );
    assert_eq!(plan.delete_users, vec![3]);
}

#[test]
fn the_last_global_administrator_is_never_disabled_or_deleted_by_a_sync() {
    let a = remote("a", "alice");
    let locals = vec![local(1, Some(&a), "alice", Role::GlobalAdmin)];
    let (plan, _) = super::plan(
        "main",
        &snap(vec![], vec![]),
        &locals,
        &[],
        &HashMap::new(),
        &HashMap::new(),
    );
    assert!(plan.delete_users.is_empty() && plan.update_users.is_empty());
    assert!(plan.warnings[0].contains("last enabled global administrator"));
    let mut off = a.clone();
    off.enabled = false;
    let (plan, _) = super::plan(
        "main",
        &snap(vec![off], vec![]),
        &locals,
        &[],
        &HashMap::new(),
        &HashMap::new(),
    );
    assert!(plan.update_users.iter().all(|u| u.enabled));
}

#[test]
fn bad_fields_are_left_empty_and_bad_usernames_left_out() {
    let mut a = remote("a", "alice");
    a.mobile_phone = "425 555 0131".into();
    a.email = "not an address".into();
    let mut bad = remote("x", "bad name*");
    bad.username = "bad name*".into();
    let (plan, sum) = super::plan(
        "main",
        &snap(vec![a, bad], vec![]),
        &[],
        &[],
        &HashMap::new(),
        &HashMap::new(),
    );
    assert_eq!(sum.users_created, 1);
    assert_eq!(sum.skipped, 1);
    let p = &plan.create_users[0].profile;
    assert!(p.mobile_phone.is_none() && p.email.is_none());
    assert_eq!(p.display_name, "alice Display");
    assert!(
        plan.warnings.iter().any(|w| w.contains("mobile_phone")),
        "{:?}",
        plan.warnings
    );
}

#[test]
fn nesting_cycles_are_left_out() {
    let g1 = RemoteGroup {
        external: ext("g1", "cn=one,dc=x"),
        name: "One".into(),
        members: vec!["cn=two,dc=x".into()],
        ..RemoteGroup::default()
    };
    let g2 = RemoteGroup {
        external: ext("g2", "cn=two,dc=x"),
        name: "Two".into(),
        members: vec!["cn=one,dc=x".into()],
        ..RemoteGroup::default()
    };
    let (plan, sum) = super::plan(
        "main",
        &snap(vec![], vec![g1, g2]),
        &[],
        &[],
        &HashMap::new(),
        &HashMap::new(),
    );
    let nested: usize = plan.memberships.iter().map(|m| m.groups.len()).sum();
    assert_eq!(nested, 1, "{plan:?}");
    assert_eq!(sum.skipped, 1);
}

#[test]
fn a_block_made_in_latchkey_outlasts_the_directory() {
    let a = remote("a", "alice");
    let mut blocked = local(1, Some(&a), "alice", Role::User);
    blocked.enabled = false;
    blocked.blocked = true;
    let (plan, sum) = super::plan(
        "main",
        &snap(vec![a], vec![]),
        &[blocked],
        &[],
        &HashMap::new(),
        &HashMap::new(),
    );
    assert!(plan.update_users.is_empty(), "{plan:?}");
    assert_eq!(sum.users_updated, 0);
}

#[test]
fn another_directory_s_accounts_are_neither_matched_nor_deleted() {
    let a = remote("a", "alice");
    let mut theirs = local(1, Some(&a), "alice", Role::User);
    if let Some(e) = theirs.external.as_mut() {
        e.directory = "other".into();
    }
    // The same entry id, but synced from another directory: a name clash, not a match.
    let (plan, sum) = super::plan(
        "main",
        &snap(vec![a], vec![]),
        &[theirs.clone()],
        &[],
        &HashMap::new(),
        &HashMap::new(),
    );
    assert!(plan.create_users.is_empty() && plan.update_users.is_empty());
    assert_eq!(sum.skipped, 1);
    // Not in this directory's snapshot, yet never deleted by it.
    let (plan, _) = super::plan(
        "main",
        &snap(vec![], vec![]),
        &[theirs],
        &[],
        &HashMap::new(),
        &HashMap::new(),
    );
    assert!(plan.delete_users.is_empty());
}

#[test]
fn the_summary_is_shown_in_the_readers_language_and_logged_in_english() {
    use latchkey_i18n::{Lang, with_lang};
    let s = SyncSummary {
        users_created: 3,
        users_updated: 1,
        users_disabled: 1,
        users_deleted: 0,
        groups_created: 2,
        groups_updated: 0,
        groups_deleted: 0,
        skipped: 1,
    };
    let english = s.to_string();
    assert_eq!(s.words(), english, "English words are the Display form");
    let german = with_lang(Lang::De, || s.words());
    assert_ne!(german, english);
    assert!(german.contains('3') && german.contains('2'), "{german}");
    assert_eq!(
        with_lang(Lang::De, || s.to_string()),
        english,
        "logs stay English"
    );
}

#[test]
fn a_new_password_expiry_alone_updates_the_account() {
    let mut a = remote("a", "alice");
    a.external.password_expires_at = Some(1_800_000_000);
    let same = [local(1, Some(&a), "alice", Role::User)];
    let (p, sum) = plan(
        "main",
        &snap(vec![a.clone()], vec![]),
        &same,
        &[],
        &HashMap::new(),
        &HashMap::new(),
    );
    assert!(p.update_users.is_empty(), "unchanged: {p:?}");
    assert_eq!(sum.users_updated, 0);
    // The password was changed in the directory: only its expiry moved.
    a.external.password_expires_at = Some(1_900_000_000);
    let (p, sum) = plan(
        "main",
        &snap(vec![a.clone()], vec![]),
        &same,
        &[],
        &HashMap::new(),
        &HashMap::new(),
    );
    assert_eq!(sum.users_updated, 1);
    assert_eq!(
        p.update_users[0].external.password_expires_at,
        Some(1_900_000_000)
    );
    // Never expires now.
    a.external.password_expires_at = None;
    let (p, _) = plan(
        "main",
        &snap(vec![a], vec![]),
        &same,
        &[],
        &HashMap::new(),
        &HashMap::new(),
    );
    assert_eq!(p.update_users[0].external.password_expires_at, None);
}

/// `name`'s account, managed by the entry at `manager` (a DN).
fn managed(id: &str, name: &str, manager: &str) -> RemoteUser {
    RemoteUser {
        manager: manager.into(),
        ..remote(id, name)
    }
}

#[test]
fn managers_are_matched_by_dn_in_any_case_and_only_changes_are_planned() {
    let boss = remote("m", "maria");
    let a = managed("a", "alice", "UID=Maria,OU=People,dc=example,dc=org");
    // First sync: both created, alice linked to maria by the DN in another case.
    let (p, sum) = plan(
        "main",
        &snap(vec![boss.clone(), a.clone()], vec![]),
        &[],
        &[],
        &HashMap::new(),
        &HashMap::new(),
    );
    assert_eq!(sum.users_created, 2);
    assert_eq!(sum.users_updated, 0, "created, not updated");
    assert_eq!(
        p.managers,
        vec![ManagerLink {
            user: "a".into(),
            manager: Some("m".into()),
        }]
    );
    assert!(p.warnings.is_empty(), "{:?}", p.warnings);

    // Synced, linked, nothing changed: an empty plan.
    let locals = [
        local(1, Some(&boss), "maria", Role::User),
        local(2, Some(&a), "alice", Role::User),
    ];
    let linked = HashMap::from([("a".to_string(), "m".to_string())]);
    let (p, sum) = plan(
        "main",
        &snap(vec![boss.clone(), a.clone()], vec![]),
        &locals,
        &[],
        &HashMap::new(),
        &linked,
    );
    assert!(p.is_empty(), "{p:?}");
    assert_eq!(sum, SyncSummary::default());

    // A delta that read only alice still finds maria at her stored DN.
    let delta = Snapshot {
        users: vec![a.clone()],
        full: false,
        ..snap(vec![boss.clone(), a.clone()], vec![])
    };
    let (p, _) = plan("main", &delta, &locals, &[], &HashMap::new(), &linked);
    assert!(p.is_empty(), "{p:?}");

    // A manager linked before but gone from the entry is removed; an account whose only
    // change is its manager counts as updated.
    let mut cleared = a.clone();
    cleared.manager.clear();
    let (p, sum) = plan(
        "main",
        &snap(vec![boss.clone(), cleared], vec![]),
        &locals,
        &[],
        &HashMap::new(),
        &linked,
    );
    assert_eq!(
        p.managers,
        vec![ManagerLink {
            user: "a".into(),
            manager: None,
        }]
    );
    assert!(p.update_users.is_empty() && !p.is_empty());
    assert_eq!(sum.users_updated, 1);

    // A new manager: maria now reports to alice.
    let promoted = managed("m", "maria", &a.external.dn);
    let (p, sum) = plan(
        "main",
        &snap(vec![promoted, a.clone()], vec![]),
        &locals,
        &[],
        &HashMap::new(),
        &linked,
    );
    assert_eq!(
        p.managers,
        vec![ManagerLink {
            user: "m".into(),
            manager: Some("a".into()),
        }]
    );
    assert_eq!(sum.users_updated, 1);

    // A manager that isn't an account synced from this directory (then none stored).
    let stray = HashMap::from([("a".to_string(), String::new())]);
    let (p, _) = plan(
        "main",
        &snap(vec![boss, a.clone()], vec![]),
        &locals,
        &[],
        &HashMap::new(),
        &stray,
    );
    assert_eq!(
        p.managers,
        vec![ManagerLink {
            user: "a".into(),
            manager: Some("m".into()),
        }],
        "set from the directory"
    );
}

#[test]
fn a_manager_out_of_scope_or_the_account_itself_is_no_manager_with_a_note() {
    let a = managed("a", "alice", "uid=zoe,ou=elsewhere,dc=example,dc=org");
    let mut selfish = managed("s", "sam", "");
    selfish.manager = selfish.external.dn.to_uppercase();
    let locals = [
        local(1, Some(&a), "alice", Role::User),
        local(2, Some(&selfish), "sam", Role::User),
    ];
    let linked = HashMap::from([("a".to_string(), "z".to_string())]);
    let (p, sum) = plan(
        "main",
        &snap(vec![a.clone(), selfish.clone()], vec![]),
        &locals,
        &[],
        &HashMap::new(),
        &linked,
    );
    assert_eq!(
        p.managers,
        vec![ManagerLink {
            user: "a".into(),
            manager: None,
        }],
        "the link to an account no longer in scope goes; sam had none"
    );
    assert_eq!(sum.skipped, 0, "the accounts are still synced");
    assert!(
        p.warnings
            .iter()
            .any(|w| w.contains("uid=zoe,ou=elsewhere") && w.contains("not an account synced")),
        "{:?}",
        p.warnings
    );
    assert!(
        p.warnings.iter().any(|w| w.contains("names itself")),
        "{:?}",
        p.warnings
    );

    // A manager deleted by this sync is out of scope too.
    let boss = remote("m", "maria");
    let b = managed("b", "bob", &boss.external.dn);
    let locals = [
        local(3, Some(&boss), "maria", Role::User),
        local(4, Some(&b), "bob", Role::User),
    ];
    let linked = HashMap::from([("b".to_string(), "m".to_string())]);
    let (p, _) = plan(
        "main",
        &snap(vec![b], vec![]),
        &locals,
        &[],
        &HashMap::new(),
        &linked,
    );
    assert_eq!(p.delete_users, vec![3]);
    assert_eq!(
        p.managers,
        vec![ManagerLink {
            user: "b".into(),
            manager: None,
        }]
    );
}
