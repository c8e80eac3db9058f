//! A million users on SQLite (issue 12), measured end to end:
//!
//! * `latchkey user import` of a generated CSV file of `BENCH_USERS` (1,000,000) users,
//!   each with names, an email address and a mobile phone, a tenth of them in groups,
//!   through the same service operation as the CLI (read, check, write);
//! * the self-service reset scope check ([`latchkey_web::sspr::in_scope`], policy
//!   "Selected") for a user in a group nested 10 deep under the selected group;
//! * the admin portal's user search (`GET /admin/users?q=…`: the store's `user_list`,
//!   25 a page), p50 and p99 over a mix of searches;
//! * a server start on that database: what `latchkey serve` does before it listens
//!   (open the store, build the state with its migrations and keys, the bootstrap check,
//!   the router, bind).
//!
//! Goals: import ≤ 60 s; scope check ≤ 100 µs; search p99 ≤ 50 ms; start ≤ 200 ms. This
//! prints the figures; it asserts nothing. Run it with
//! `cargo bench -p latchkey-web --bench scale` (`BENCH_USERS=100000` for a quicker look).

#![expect(
    clippy::expect_used,
    reason = "a benchmark stops loudly at the first setup failure"
)]

use std::collections::BTreeMap;
use std::io::Write as _;
use std::sync::Arc;
use std::time::{Duration, Instant};

use latchkey_core::config::{Overrides, Settings};
use latchkey_core::directory::Username;
use latchkey_core::policy::{Scope, SsprPolicy};
use latchkey_web::AppState;
use latchkey_web::service::directory::{self, Actor, MemberRef};
use latchkey_web::service::import::{Format, ImportOptions, import_users};

/// How deep the selected group's nesting goes: the user sits in the innermost group.
const DEPTH: usize = 10;

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i.min(sorted.len() - 1)]
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn us(d: Duration) -> f64 {
    d.as_secs_f64() * 1e6
}

/// Syllables names are made of: 20 × 20 last names (each about 0.25 % of the users, as
/// common surnames are in a large organisation), 20 × 5 first names (about 1 % each).
const SYLLABLES: [&str; 20] = [
    "ka", "lo", "mi", "ra", "te", "su", "no", "vi", "da", "pe", "ro", "an", "el", "is", "ul",
    "ber", "san", "tor", "wen", "gar",
];

fn name(i: usize, j: usize) -> String {
    let mut s = format!("{}{}", SYLLABLES[i % 20], SYLLABLES[j % 20]);
    if let Some(c) = s.get_mut(0..1) {
        c.make_ascii_uppercase();
    }
    s
}

/// Writes the CSV file: `users` rows, each with a distinct mobile number, every tenth
/// user in one of the groups `g0`…`g9`.
fn generate(path: &std::path::Path, users: usize) {
    let mut f = std::io::BufWriter::new(std::fs::File::create(path).expect("create csv"));
    writeln!(f, "username,first_name,last_name,email,mobile_phone,groups").expect("write");
    for i in 0..users {
        let first = name(i / 7 % 20, i / 3 % 5);
        let last = name(i % 20, i / 20 % 20);
        let groups = if i % 10 == 0 {
            format!("g{}", (i / 10) % DEPTH)
        } else {
            String::new()
        };
        writeln!(
            f,
            "u{i:07},{first},{last},u{i:07}@example.org,+1 206 {} {:04},{groups}",
            200 + (i / 10_000) % 800,
            i % 10_000
        )
        .expect("write");
    }
    f.flush().expect("flush");
}

fn settings(data: &std::path::Path) -> Settings {
    let env: BTreeMap<String, String> = BTreeMap::new();
    Settings::load(
        None,
        &env,
        &Overrides {
            listen: Some("127.0.0.1:0".into()),
            data_dir: Some(data.to_path_buf()),
        },
    )
    .expect("settings")
    .settings
}

async fn start(data: &std::path::Path) -> AppState {
    let s = settings(data);
    let pool = latchkey_store::PoolSettings {
        max_connections: s.database.max_connections,
        acquire_timeout: Duration::from_secs(u64::from(s.database.acquire_timeout_seconds)),
    };
    let store = latchkey_store::connect_with(&s.database_url(), &pool)
        .await
        .expect("store");
    AppState::build(s, store, Arc::new(latchkey_core::SystemClock))
        .await
        .expect("state")
}

/// Generates the file, makes the groups g0 ⊃ g1 ⊃ … ⊃ g9 and imports the users as
/// `latchkey user import` does; returns the state, the groups, the time the import took
/// and when each of its phases began.
async fn import(
    data: &std::path::Path,
    users: usize,
    actor: &Actor,
) -> (
    AppState,
    Vec<latchkey_core::directory::Group>,
    Duration,
    String,
) {
    let csv = data.join("users.csv");
    let t = Instant::now();
    generate(&csv, users);
    let csv_mb = std::fs::metadata(&csv).map_or(0, |m| m.len()) as f64 / 1e6;
    eprintln!(
        "generated {users} users ({csv_mb:.0} MB of CSV) in {:.1} s",
        t.elapsed().as_secs_f64()
    );
    let state = start(data).await;
    let mut groups = Vec::new();
    for d in 0..DEPTH {
        let g = directory::create_group(&state, actor, &format!("g{d}"), "", &[])
            .await
            .expect("group");
        if let Some(parent) = groups.last() {
            directory::add_member(&state, actor, parent, MemberRef::Group(g.id))
                .await
                .expect("nest");
        }
        groups.push(g);
    }
    let opts = ImportOptions {
        format: Format::Csv,
        file_name: "users.csv".into(),
        continue_on_error: false,
        dry_run: false,
    };
    let input = std::fs::File::open(&csv).expect("open csv");
    let phases = std::sync::Mutex::new(Vec::<(&str, Instant)>::new());
    let mark = |p: latchkey_web::service::import::Progress| {
        use latchkey_web::service::import::Progress;
        let name = match p {
            Progress::Read(_) => "read",
            Progress::Checked { .. } => "checked",
            Progress::Written { .. } => "written",
        };
        if let Ok(mut v) = phases.lock()
            && v.last().is_none_or(|(n, _)| *n != name)
        {
            v.push((name, Instant::now()));
        }
    };
    let t = Instant::now();
    let report = import_users(&state, actor, input, &opts, &mark)
        .await
        .expect("import");
    let took = t.elapsed();
    assert_eq!(report.imported as usize, users, "every user imported");
    let _ = std::fs::remove_file(&csv);
    let phases = phases
        .lock()
        .map(|v| {
            v.iter()
                .map(|(n, at)| format!("{n} from {:.1} s", (*at - t).as_secs_f64()))
                .collect::<Vec<_>>()
                .join(", ")
        })
        .unwrap_or_default();
    (state, groups, took, phases)
}

#[tokio::main(flavor = "multi_thread")]
async fn main() {
    let users: usize = std::env::var("BENCH_USERS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1_000_000);
    // BENCH_KEEP=1 keeps the database for a look afterwards (the folder is printed);
    // BENCH_REUSE=FOLDER measures on a kept one again, without generating or importing.
    let keep = std::env::var("BENCH_KEEP").is_ok_and(|v| v == "1");
    let reuse = std::env::var("BENCH_REUSE")
        .ok()
        .map(std::path::PathBuf::from);
    let data = reuse.clone().unwrap_or_else(|| {
        std::env::temp_dir().join(format!("latchkey-scale-{}", std::process::id()))
    });
    std::fs::create_dir_all(&data).expect("data dir");
    let ctx = latchkey_web::audit::Ctx {
        actor: "bench".into(),
        client_ip: "local".into(),
        correlation_id: String::new(),
    };
    let actor = Actor::cli(ctx);
    let (state, groups, imported) = match reuse {
        Some(_) => {
            let state = start(&data).await;
            let mut groups = Vec::new();
            for d in 0..DEPTH {
                groups.push(
                    state
                        .store
                        .group_by_name(&format!("g{d}"))
                        .await
                        .expect("group"),
                );
            }
            (state, groups, None)
        }
        None => {
            let (state, groups, took, phases) = import(&data, users, &actor).await;
            (state, groups, Some((took, phases)))
        }
    };
    let users = usize::try_from(state.store.user_count().await.expect("count")).unwrap_or(users);
    let keep = keep || imported.is_none();

    // The scope check for a user in the innermost group, policy "Selected" on g0.
    let deep = state
        .store
        .user_by_username(&Username::parse("u0000001").expect("name"))
        .await
        .expect("user");
    let innermost = groups.last().expect("groups");
    // Already there when the database is reused.
    directory::add_member(&state, &actor, innermost, MemberRef::User(deep.id))
        .await
        .expect("member");
    let policy = SsprPolicy {
        scope: Scope::Selected,
        group_id: Some(groups[0].id),
        ..SsprPolicy::default()
    };
    let outside = state
        .store
        .user_by_username(&Username::parse("u0000002").expect("name"))
        .await
        .expect("user");
    let mut scope = Vec::new();
    for i in 0..20_000 {
        let (u, expect) = if i % 2 == 0 {
            (&deep, true)
        } else {
            (&outside, false)
        };
        let t = Instant::now();
        let yes = latchkey_web::sspr::in_scope(&state, &policy, u)
            .await
            .expect("scope");
        if i % 2 == 0 {
            scope.push(t.elapsed());
        }
        assert_eq!(yes, expect);
    }
    scope.sort();
    // For comparison: one round trip to the database that does nothing.
    let mut ping = Vec::new();
    for _ in 0..10_000 {
        let t = Instant::now();
        state.store.ping().await.expect("ping");
        ping.push(t.elapsed());
    }
    ping.sort();

    // The admin portal's search: names, parts of usernames, none, and the first page.
    let searches: Vec<String> = vec![
        // The first page, as the portal opens.
        String::new(),
        // One user by username; the start of a username (100 users); a last name (0.25 %
        // of the users) and a first name (1 %); a whole name; nothing; and one letter
        // (9 % of the users).
        format!("u{:07}", users / 2),
        format!("u{:05}", (users - 1) / 100),
        name(3, 7),
        name(5, 2),
        format!("{} {}", name(2, 3), name(4, 9)),
        "nobody-like-this".into(),
        "k".into(),
    ];
    let mut search = Vec::new();
    let mut per_query = Vec::new();
    for q in &searches {
        let mut took = Vec::new();
        for _ in 0..10 {
            let t = Instant::now();
            let page = state.store.user_list(q, 0, 25).await.expect("search");
            took.push(t.elapsed());
            std::hint::black_box(page);
        }
        took.sort();
        per_query.push((q.clone(), percentile(&took, 0.5)));
        search.extend(took);
    }
    search.sort();
    drop(state);

    // Server start on that database, as `latchkey serve` does before it listens.
    let mut starts = Vec::new();
    for _ in 0..5 {
        let t = Instant::now();
        let state = start(&data).await;
        latchkey_web::ensure_bootstrap_admin(&state, None)
            .await
            .expect("bootstrap");
        let router = latchkey_web::app(state.clone());
        let listener = tokio::net::TcpListener::bind(&state.settings.listen)
            .await
            .expect("bind");
        starts.push(t.elapsed());
        drop((router, listener, state));
    }
    starts.sort();
    let db_mb = std::fs::metadata(data.join("latchkey.db")).map_or(0, |m| m.len()) as f64 / 1e6;

    println!("Scale benchmark: {users} users on SQLite ({db_mb:.0} MB database)");
    if let Some((took, phases)) = &imported {
        println!(
            "import of {users} users from CSV: {:.1} s ({:.0} users/s; {phases}) (goal: 60 s)",
            took.as_secs_f64(),
            users as f64 / took.as_secs_f64()
        );
    }
    println!(
        "scope check, user {DEPTH} groups deep: p50 {:.0} µs, p99 {:.0} µs (goal: 100 µs)",
        us(percentile(&scope, 0.5)),
        us(percentile(&scope, 0.99))
    );
    println!(
        "    (a database round trip that does nothing, SELECT 1: p50 {:.0} µs, p99 {:.0} µs)",
        us(percentile(&ping, 0.5)),
        us(percentile(&ping, 0.99))
    );
    println!(
        "admin user search (25 a page): p50 {:.2} ms, p99 {:.2} ms (goal: p99 50 ms)",
        ms(percentile(&search, 0.5)),
        ms(percentile(&search, 0.99))
    );
    for (q, p50) in &per_query {
        println!("    {:<24} p50 {:8.2} ms", format!("{q:?}"), ms(*p50));
    }
    println!(
        "server start: median {:.0} ms, slowest {:.0} ms of 5 (goal: 200 ms)",
        ms(percentile(&starts, 0.5)),
        ms(*starts.last().expect("starts"))
    );
    if keep {
        println!("database kept in {}", data.display());
    } else {
        let _ = std::fs::remove_dir_all(&data);
    }
}
