//! Directory write-back and sync, measured against a real OpenLDAP `slapd` on loopback
//! (`./scripts/bench-directory.sh` starts one and runs this):
//!
//! * the whole administrator reset step (policy check, Argon2id hash with the default
//!   parameters, write-back, commit) for an account of Latchkey's own and for one
//!   synced from the directory, p50/p99 of each and the difference;
//! * the first sync of 10,000 generated accounts (and a delta sync after it).
//!
//! Goals (issue 10): write-back adds under 20 ms at p50; the first sync of 10,000
//! accounts takes under 30 s. This prints the figures; it asserts nothing.

#![expect(
    clippy::expect_used,
    reason = "a benchmark stops loudly at the first setup failure"
)]

use std::collections::BTreeMap;
use std::io::Write as _;
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use latchkey_core::Secret;
use latchkey_core::config::{Overrides, Settings};
use latchkey_core::directory::{Role, Username};
use latchkey_web::AppState;
use latchkey_web::service::directory::Actor;

fn var(name: &str) -> String {
    std::env::var(name).unwrap_or_else(|_| {
        eprintln!("{name} is not set: run ./scripts/bench-directory.sh, which starts slapd");
        std::process::exit(2)
    })
}

fn ldapadd(ldif: &str) {
    let mut child = Command::new("ldapadd")
        .env("LDAPTLS_CACERT", var("LATCHKEY_TEST_LDAP_CA"))
        .args([
            "-x",
            "-c",
            "-H",
            &var("LATCHKEY_TEST_OPENLDAP_STARTTLS_URL"),
            "-D",
        ])
        .arg(var("LATCHKEY_TEST_OPENLDAP_ADMIN_DN"))
        .arg("-w")
        .arg(var("LATCHKEY_TEST_OPENLDAP_ADMIN_PASSWORD"))
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .spawn()
        .expect("ldapadd (install ldap-utils)");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(ldif.as_bytes())
        .expect("ldif");
    assert!(child.wait().expect("ldapadd").success(), "ldapadd failed");
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i.min(sorted.len() - 1)]
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

#[tokio::main(flavor = "multi_thread")]
async fn main() {
    let base = var("LATCHKEY_TEST_OPENLDAP_BASE");
    let users: usize = std::env::var("BENCH_USERS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(10_000);
    let resets: usize = std::env::var("BENCH_RESETS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100);
    let prefix = format!("bench{}", std::process::id());
    eprintln!("generating {users} accounts under ou=people,{base} …");
    let mut ldif = String::with_capacity(users * 200);
    for i in 0..users {
        ldif.push_str(&format!(
            "dn: uid={prefix}u{i},ou=people,{base}\nobjectClass: inetOrgPerson\nuid: {prefix}u{i}\ncn: Bench User {i}\nsn: User\n\
             givenName: Bench\nmail: {prefix}u{i}@example.org\nmobile: +1 425 555 {:04}\nuserPassword: Initial#Pass{i}\n\n",
            i % 10_000
        ));
    }
    ldapadd(&ldif);

    let data = std::env::temp_dir().join(format!("latchkey-bench-{prefix}"));
    let env: BTreeMap<String, String> = [
        ("LATCHKEY_LDAP__URLS", var("LATCHKEY_TEST_OPENLDAP_URL")),
        ("LATCHKEY_LDAP__CA_FILE", var("LATCHKEY_TEST_LDAP_CA")),
        (
            "LATCHKEY_LDAP__BIND_DN",
            var("LATCHKEY_TEST_OPENLDAP_SERVICE_DN"),
        ),
        (
            "LATCHKEY_LDAP__BIND_PASSWORD",
            var("LATCHKEY_TEST_OPENLDAP_SERVICE_PASSWORD"),
        ),
        ("LATCHKEY_LDAP__USER_BASE", format!("ou=people,{base}")),
        (
            "LATCHKEY_LDAP__USER_FILTER",
            format!("(&(objectClass=inetOrgPerson)(uid={prefix}*))"),
        ),
        (
            "LATCHKEY_LDAP__GROUP_FILTER",
            format!("(&(objectClass=groupOfNames)(cn={prefix}*))"),
        ),
        ("LATCHKEY_LDAP__OPERATION_TIMEOUT_SECONDS", "60".into()),
        ("LATCHKEY_LDAP__SYNC_INTERVAL_MINUTES", "0".into()),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v))
    .collect();
    let settings = Settings::load(
        None,
        &env,
        &Overrides {
            listen: None,
            data_dir: Some(data.clone()),
        },
    )
    .expect("settings")
    .settings;
    let store =
        latchkey_store::connect(&settings.database_url(), settings.database.max_connections)
            .await
            .expect("store");
    let state = AppState::build(settings, store, Arc::new(latchkey_core::SystemClock))
        .await
        .expect("state");
    let ctx = latchkey_web::audit::Ctx {
        actor: "bench".into(),
        client_ip: "local".into(),
        correlation_id: String::new(),
    };

    let started = Instant::now();
    let first = latchkey_web::service::onprem::sync(&state, &ctx, false, &|_| {})
        .await
        .expect("sync");
    let first_took = started.elapsed();
    let started = Instant::now();
    let delta = latchkey_web::service::onprem::sync(&state, &ctx, false, &|_| {})
        .await
        .expect("sync");
    let delta_took = started.elapsed();

    // A local account of the same shape, for the reset without write-back.
    let local = latchkey_web::service::directory::create_user(
        &state,
        &Actor::cli(ctx.clone()),
        latchkey_web::service::directory::NewUserInput {
            username: format!("{prefix}local"),
            profile: Default::default(),
            role: Role::User,
            password: Some(Secret::new("Initial#Pass-local")),
            must_change_password: false,
        },
    )
    .await
    .expect("local user")
    .user;
    let synced = state
        .store
        .user_by_username(&Username::parse(&format!("{prefix}u1")).expect("name"))
        .await
        .expect("synced user");
    let actor = Actor::cli(ctx.clone());
    let mut timings = Vec::new();
    for (label, user) in [("without write-back", &local), ("with write-back", &synced)] {
        let mut took = Vec::with_capacity(resets);
        for i in 0..resets {
            let user = state.store.user_get(user.id).await.expect("user");
            let pw = Secret::new(format!("Saddle#Horse-{i}-{}", label.len()));
            let t = Instant::now();
            latchkey_web::service::password::admin_reset(&state, &actor, &user, Some(pw), false)
                .await
                .expect("reset");
            took.push(t.elapsed());
        }
        took.sort();
        timings.push((label, percentile(&took, 0.5), percentile(&took, 0.99)));
    }
    println!("Directory benchmark (OpenLDAP slapd on loopback, default Argon2id parameters)");
    println!(
        "first sync of {users} accounts: {:.2} s ({})",
        first_took.as_secs_f64(),
        first.summary
    );
    println!(
        "delta sync after it:           {:.2} s ({})",
        delta_took.as_secs_f64(),
        delta.summary
    );
    for (label, p50, p99) in &timings {
        println!(
            "admin reset step {label:<20} p50 {:7.2} ms   p99 {:7.2} ms   ({resets} resets)",
            ms(*p50),
            ms(*p99)
        );
    }
    let added = ms(timings[1].1) - ms(timings[0].1);
    println!(
        "write-back adds {added:.2} ms at p50 (goal: under 20 ms); first sync goal: under 30 s"
    );
    let _ = std::fs::remove_dir_all(&data);
}
