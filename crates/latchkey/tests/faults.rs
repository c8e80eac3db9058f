//! Storage faults against the real `latchkey serve`, as an operator's bad day brings them:
//!
//! * SQLite on a small filesystem that fills up (a tmpfs mounted for the test: it needs
//!   root, as CI runs; otherwise it fails and says so), then is freed;
//! * a throwaway PostgreSQL stopped and started again while requests keep coming.
//!
//! For each: no success answer for anything not stored, no 500, no answer later than the
//! configured timeouts allow (a socket timeout far above them turns a hang into a
//! failure; no duration is asserted), `/readyz` says 503 during the fault and 200 after,
//! the server recovers without a restart, and every group answered 201 exists with its
//! audit event while every refused one doesn't; the audit chain stays intact.
#![expect(
    clippy::expect_used,
    reason = "a test stops loudly at the first setup failure"
)]

use std::collections::BTreeSet;
use std::fs::File;
use std::io::{Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

mod support;
use support::{Dir, free_port, ok};

const BIN: &str = env!("CARGO_BIN_EXE_latchkey");
/// Far above `database.acquire_timeout_seconds` (2) and the readiness check's second:
/// only a hang reaches it.
const HANG: Duration = Duration::from_secs(15);

fn scratch(name: &str) -> Dir {
    Dir(fresh(name))
}

/// A new empty folder under the temporary folder, removed by whoever owns it.
fn fresh(name: &str) -> PathBuf {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.subsec_nanos())
        .unwrap_or(0);
    let d = std::env::temp_dir().join(format!("lk-{name}-{}-{nanos}", std::process::id()));
    std::fs::create_dir_all(&d).expect("scratch dir");
    d
}

/// A `latchkey` command with cheap hashing, no stray LATCHKEY_ variables, and `env`.
fn cmd(data: &Path, env: &[(&str, &str)]) -> Command {
    let mut c = Command::new(BIN);
    c.arg("--data-dir").arg(data);
    for (k, _) in std::env::vars() {
        if k.starts_with("LATCHKEY_") {
            c.env_remove(k);
        }
    }
    c.env("LATCHKEY_PASSWORD_HASH__MEMORY_KIB", "256")
        .env("LATCHKEY_PASSWORD_HASH__ITERATIONS", "1")
        .env("LATCHKEY_CAPTCHA", "off");
    for (k, v) in env {
        c.env(k, v);
    }
    c
}

/// One HTTP/1.1 exchange: (status, body). Panics when no answer comes within [`HANG`].
fn http(port: u16, method: &str, path: &str, auth: &str, body: &str) -> (u16, String) {
    let mut s = TcpStream::connect(("127.0.0.1", port)).expect("connect");
    s.set_read_timeout(Some(HANG)).expect("timeout");
    let auth = if auth.is_empty() {
        String::new()
    } else {
        format!("Authorization: {auth}\r\n")
    };
    let req = format!(
        "{method} {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n{auth}\
         Content-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    );
    s.write_all(req.as_bytes()).expect("send");
    let mut raw = Vec::new();
    if let Err(e) = s.read_to_end(&mut raw) {
        panic!("{method} {path}: no answer within {HANG:?} ({e}): the server hangs");
    }
    let text = String::from_utf8_lossy(&raw).into_owned();
    let status = text
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| panic!("{method} {path}: not an HTTP answer: {text:?}"));
    let body = text
        .split_once("\r\n\r\n")
        .map(|(_, b)| b.to_owned())
        .unwrap_or_default();
    (status, body)
}

struct Server {
    child: Child,
    port: u16,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn serve(data: &Path, env: &[(&str, &str)], log: &Path) -> Server {
    let port = free_port();
    let mut child = cmd(data, env)
        .args(["serve", "--listen", &format!("127.0.0.1:{port}")])
        .stdout(Stdio::from(File::create(log).expect("log")))
        .stderr(Stdio::from(
            File::create(log.with_extension("err")).expect("log"),
        ))
        .spawn()
        .expect("spawn serve");
    let started = Instant::now();
    loop {
        if TcpStream::connect(("127.0.0.1", port)).is_ok()
            && http(port, "GET", "/readyz", "", "").0 == 200
        {
            break;
        }
        if let Ok(Some(status)) = child.try_wait() {
            panic!(
                "latchkey serve exited with {status}: {}",
                std::fs::read_to_string(log.with_extension("err")).unwrap_or_default()
            );
        }
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "latchkey serve not ready in 30 s"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    Server { child, port }
}

/// A global administrator and a write token for the API.
fn admin_token(data: &Path, env: &[(&str, &str)]) -> String {
    ok(cmd(data, env).args([
        "user",
        "add",
        "boss",
        "--role",
        "global_admin",
        "--email",
        "boss@work.example",
    ]));
    let token = ok(cmd(data, env).args([
        "token", "create", "--name", "faults", "--scope", "write", "--owner", "boss",
    ]));
    format!("Bearer {}", token.trim())
}

/// What the API answered for each group it was asked to create.
#[derive(Default)]
struct Answers {
    created: BTreeSet<String>,
    refused: BTreeSet<String>,
}

/// Creates group `name` (with a description of `pad` bytes); checks the answer is 201, or
/// 503 `storage_unavailable` with Retry-After — never 500 or anything else.
fn create_group(port: u16, auth: &str, name: &str, pad: usize, answers: &Mutex<Answers>) -> u16 {
    let body = format!(
        r#"{{"name": "{name}", "description": "{}"}}"#,
        "d".repeat(pad)
    );
    let (status, text) = http(port, "POST", "/api/v1/groups", auth, &body);
    let mut a = answers.lock().expect("lock");
    match status {
        201 => {
            a.created.insert(name.to_owned());
        }
        503 => {
            assert!(
                text.contains("storage_unavailable"),
                "503 without its code: {text}"
            );
            a.refused.insert(name.to_owned());
        }
        other => panic!("creating {name}: {other} {text}"),
    }
    status
}

/// After the fault: the groups answered 201 all exist, the refused ones don't; each
/// created group has its "Add group" event; the audit chain is intact.
fn check_consistent(port: u16, auth: &str, answers: &Answers, data: &Path, env: &[(&str, &str)]) {
    let mut stored = BTreeSet::new();
    loop {
        let path = format!("/api/v1/groups?limit=500&offset={}", stored.len());
        let (status, body) = http(port, "GET", &path, auth, "");
        assert_eq!(status, 200, "{body}");
        let v: serde_json::Value = serde_json::from_str(&body).expect("json");
        let items = v["items"].as_array().cloned().unwrap_or_default();
        let before = stored.len();
        stored.extend(
            items
                .iter()
                .filter_map(|g| g["name"].as_str().map(str::to_owned)),
        );
        if items.len() < 500 || stored.len() == before {
            break;
        }
    }
    for g in &answers.created {
        assert!(stored.contains(g), "{g} was answered 201 but is not stored");
    }
    for g in &answers.refused {
        assert!(!stored.contains(g), "{g} was refused but is stored");
    }
    let export = ok(cmd(data, env).args(["audit", "export", "--activity", "Add group"]));
    let events: BTreeSet<String> = export
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|e| e["target"].as_str().map(str::to_owned))
        .collect();
    for g in &stored {
        assert!(events.contains(g), "{g} is stored without its audit event");
    }
    let verify = ok(cmd(data, env).args(["audit", "verify"]));
    assert!(verify.contains("intact"), "{verify}");
}

fn readyz(port: u16) -> u16 {
    http(port, "GET", "/readyz", "", "").0
}

/// Polls `f` until it is true, at most `limit`.
fn eventually(limit: Duration, what: &str, mut f: impl FnMut() -> bool) {
    let started = Instant::now();
    while !f() {
        assert!(started.elapsed() < limit, "{what}: not within {limit:?}");
        std::thread::sleep(Duration::from_millis(200));
    }
}

struct Tmpfs(PathBuf);
impl Drop for Tmpfs {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg("-l").arg(&self.0).status();
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// A tmpfs of `size` mounted on a new folder. Needs root (CI runs as root).
fn tmpfs(size: &str) -> Tmpfs {
    let dir = fresh("tmpfs");
    let root = Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0");
    assert!(
        root,
        "the full-disk test mounts a small tmpfs and needs root: run the test command as \
         root (sudo ./scripts/test.sh), as CI does"
    );
    let status = Command::new("mount")
        .args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"])
        .arg(&dir)
        .status()
        .expect("run mount");
    assert!(
        status.success(),
        "mount -t tmpfs failed: the full-disk test needs a machine (or container) that \
         allows mounting a tmpfs (docker: --cap-add SYS_ADMIN)"
    );
    Tmpfs(dir)
}

/// Fills the filesystem holding `dir` with one file; returns its path.
fn fill(dir: &Path) -> PathBuf {
    let path = dir.join("filler");
    let mut f = File::create(&path).expect("filler");
    let block = vec![0u8; 64 * 1024];
    while f.write_all(&block).is_ok() {}
    // Whatever is left, byte by byte in small pieces.
    let small = [0u8; 512];
    while f.write_all(&small).is_ok() {}
    let _ = f.sync_all();
    path
}

#[test]
fn sqlite_on_a_full_disk_refuses_honestly_and_recovers_without_restart() {
    let mount = tmpfs("24m");
    let data = mount.0.join("data");
    let work = scratch("full-disk");
    let env: &[(&str, &str)] = &[];
    let auth = admin_token(&data, env);
    let server = serve(&data, env, &work.0.join("serve.log"));
    let port = server.port;
    let answers = Mutex::new(Answers::default());
    assert_eq!(create_group(port, &auth, "before", 10, &answers), 201);

    let filler = fill(&mount.0);
    // Writes until the database runs out of room inside its files too.
    let mut refused = 0;
    for i in 0..3000 {
        if create_group(port, &auth, &format!("full-{i}"), 900, &answers) == 503 {
            refused += 1;
            if refused >= 5 {
                break;
            }
        }
    }
    assert!(
        refused >= 5,
        "a full disk never refused a write: the fault was not reproduced"
    );
    eventually(
        Duration::from_secs(5),
        "/readyz telling the disk is full",
        || readyz(port) == 503,
    );

    std::fs::remove_file(&filler).expect("free the disk");
    eventually(
        Duration::from_secs(30),
        "/readyz after the disk was freed",
        || readyz(port) == 200,
    );
    let mut i = 0;
    eventually(
        Duration::from_secs(30),
        "a write after the disk was freed",
        || {
            i += 1;
            create_group(port, &auth, &format!("after-{i}"), 10, &answers) == 201
        },
    );
    // And again at once: no lock is left behind.
    let log = work.0.join("serve.err");
    for j in 0..5 {
        let status = create_group(port, &auth, &format!("later-{j}"), 10, &answers);
        let text = std::fs::read_to_string(&log).unwrap_or_default();
        let tail: Vec<&str> = text.lines().rev().take(4).collect();
        assert_eq!(
            status, 201,
            "later-{j}; the server's log ends with {tail:#?}"
        );
    }
    drop(server);
    let server = serve(&data, env, &work.0.join("serve-2.log"));
    check_consistent(
        server.port,
        &auth,
        &answers.lock().expect("lock"),
        &data,
        env,
    );
}

/// A throwaway PostgreSQL cluster run by the `postgres` user on a free port.
struct Postgres {
    bin: PathBuf,
    dir: PathBuf,
    port: u16,
}

impl Postgres {
    fn start() -> Self {
        let bin = std::fs::read_dir("/usr/lib/postgresql")
            .ok()
            .and_then(|d| {
                let mut v: Vec<PathBuf> = d.flatten().map(|e| e.path().join("bin")).collect();
                v.sort();
                v.pop()
            })
            .filter(|b| b.join("initdb").exists())
            .expect(
                "the PostgreSQL fault test needs the server binaries (initdb, pg_ctl): \
                 apt-get install postgresql",
            );
        let dir = fresh("pg");
        let owned = Command::new("chown")
            .args(["-R", "postgres:postgres"])
            .arg(&dir)
            .status()
            .is_ok_and(|s| s.success());
        assert!(
            owned,
            "chown to the postgres user failed: run the tests as root, as CI does"
        );
        let port = free_port();
        let pg = Self { bin, dir, port };
        pg.as_postgres(&[
            "initdb",
            "-D",
            "data",
            "-U",
            "postgres",
            "--auth=trust",
            "-E",
            "UTF8",
        ]);
        pg.up();
        pg
    }

    fn as_postgres(&self, args: &[&str]) {
        let tool = self.bin.join(args[0]);
        let out = Command::new("runuser")
            .args(["-u", "postgres", "--"])
            .arg(tool)
            .args(&args[1..])
            .current_dir(&self.dir)
            .output()
            .expect("runuser");
        assert!(
            out.status.success(),
            "{args:?}: {}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
    }

    fn up(&self) {
        let opts = format!(
            "-c listen_addresses=127.0.0.1 -p {} -k {} -c fsync=off",
            self.port,
            self.dir.display()
        );
        self.as_postgres(&[
            "pg_ctl", "-D", "data", "-l", "pg.log", "-w", "-o", &opts, "start",
        ]);
    }

    fn down(&self) {
        self.as_postgres(&["pg_ctl", "-D", "data", "-m", "fast", "-w", "stop"]);
    }

    fn url(&self) -> String {
        format!("postgres://postgres@127.0.0.1:{}/postgres", self.port)
    }
}

impl Drop for Postgres {
    fn drop(&mut self) {
        let _ = Command::new("runuser")
            .args(["-u", "postgres", "--"])
            .arg(self.bin.join("pg_ctl"))
            .args(["-D", "data", "-m", "immediate", "stop"])
            .current_dir(&self.dir)
            .output();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

#[test]
fn postgres_stopped_mid_traffic_answers_503_and_recovers_without_restart() {
    let pg = Postgres::start();
    let url = pg.url();
    let env: &[(&str, &str)] = &[("LATCHKEY_DATABASE__URL", &url)];
    let work = scratch("pg-down");
    let data = work.0.join("data");
    let auth = admin_token(&data, env);
    let server = serve(&data, env, &work.0.join("serve.log"));
    let port = server.port;
    let answers = Arc::new(Mutex::new(Answers::default()));
    assert_eq!(create_group(port, &auth, "before", 10, &answers), 201);

    // Traffic from two clients all along: every answer is 201 or 503, never a 500 or a hang.
    let stop = Arc::new(AtomicBool::new(false));
    let clients: Vec<_> = (0..2)
        .map(|c| {
            let (stop, answers, auth) = (stop.clone(), answers.clone(), auth.clone());
            std::thread::spawn(move || {
                let mut i = 0;
                while !stop.load(Ordering::SeqCst) {
                    create_group(port, &auth, &format!("traffic-{c}-{i}"), 10, &answers);
                    i += 1;
                    std::thread::sleep(Duration::from_millis(20));
                }
            })
        })
        .collect();
    std::thread::sleep(Duration::from_millis(500));
    pg.down();
    eventually(
        Duration::from_secs(10),
        "/readyz while PostgreSQL is down",
        || readyz(port) == 503,
    );
    let refused_before = answers.lock().expect("lock").refused.len();
    eventually(
        Duration::from_secs(20),
        "503 answers while PostgreSQL is down",
        || answers.lock().expect("lock").refused.len() >= refused_before + 3,
    );
    pg.up();
    eventually(
        Duration::from_secs(30),
        "/readyz after PostgreSQL is back",
        || readyz(port) == 200,
    );
    let created_before = answers.lock().expect("lock").created.len();
    eventually(
        Duration::from_secs(30),
        "writes after PostgreSQL is back",
        || answers.lock().expect("lock").created.len() >= created_before + 5,
    );
    stop.store(true, Ordering::SeqCst);
    for c in clients {
        c.join().expect("client");
    }
    let a = answers.lock().expect("lock");
    assert!(
        !a.refused.is_empty(),
        "PostgreSQL being down refused nothing: not reproduced"
    );
    check_consistent(port, &auth, &a, &data, env);
}
