//! Crash consistency of password changes: the real `latchkey serve` is killed with SIGKILL
//! while administrators' resets are in flight, again and again. After every kill, each
//! reset is there whole or not at all: the new hash (the old one in the history, the
//! credential generation bumped), exactly one "Reset password (by admin)" event, and its
//! notice (still queued in `deliveries` or already in the outbox), or none of them. The
//! audit chain stays intact. Only consistency is asserted, never timing.
#![expect(
    clippy::expect_used,
    reason = "a test stops loudly at the first setup failure"
)]

use std::collections::{HashMap, HashSet};
use std::fs::File;
use std::io::{Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;

mod support;
use support::{Dir, free_port, ok};

const BIN: &str = env!("CARGO_BIN_EXE_latchkey");
const RESET: &str = "Reset password (by admin)";
const FAILED: &str = "Notification could not be delivered";
const USERS: usize = 8;
const ROUNDS: usize = 22;

/// A `latchkey` command on `data`, with cheap hashing and no stray LATCHKEY_ variables.
fn cmd(dir: &Path, data: &Path) -> Command {
    let mut c = Command::new(BIN);
    c.current_dir(dir).arg("--data-dir").arg(data);
    for (k, _) in std::env::vars() {
        if k.starts_with("LATCHKEY_") {
            c.env_remove(k);
        }
    }
    c.env("LATCHKEY_PASSWORD_HASH__MEMORY_KIB", "256")
        .env("LATCHKEY_PASSWORD_HASH__ITERATIONS", "1");
    c
}

/// One HTTP/1.1 exchange; the status, or None when the server was gone before it answered
/// (a status line received means the handler had finished).
fn http(port: u16, method: &str, path: &str, auth: &str, body: &str) -> Option<u16> {
    let mut s = TcpStream::connect(("127.0.0.1", port)).ok()?;
    s.set_read_timeout(Some(Duration::from_secs(30))).ok()?;
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
    s.write_all(req.as_bytes()).ok()?;
    let mut raw = Vec::new();
    let _ = s.read_to_end(&mut raw);
    String::from_utf8_lossy(&raw)
        .split_whitespace()
        .nth(1)?
        .parse()
        .ok()
}

fn serve(dir: &Path, data: &Path, log: &Path) -> (Child, u16) {
    let port = free_port();
    let mut child = cmd(dir, data)
        .args(["serve", "--listen", &format!("127.0.0.1:{port}")])
        .stdout(Stdio::from(File::create(log).expect("log")))
        .stderr(Stdio::from(
            File::create(log.with_extension("err")).expect("log"),
        ))
        .spawn()
        .expect("spawn serve");
    let started = Instant::now();
    while http(port, "GET", "/readyz", "", "") != Some(200) {
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
        std::thread::sleep(Duration::from_millis(20));
    }
    (child, port)
}

/// The rows that matter, read by Python's sqlite3 module (an independent client; SELECTs only).
fn snapshot(db: &Path, after_event: i64, after_history: i64) -> Value {
    let py = r#"
import sqlite3, sys, json
c = sqlite3.connect(sys.argv[1])
q = lambda s, *p: c.execute(s, p).fetchall()
print(json.dumps({
  "users": q("SELECT id, username, COALESCE(email, ''), password_hash, credential_gen FROM users"),
  "events": q("SELECT id, activity, target FROM audit_events WHERE id > ? ORDER BY id", int(sys.argv[2])),
  "max_event": q("SELECT COALESCE(MAX(id), 0) FROM audit_events")[0][0],
  "history": q("SELECT id, user_id, hash FROM password_history WHERE id > ?", int(sys.argv[3])),
  "max_history": q("SELECT COALESCE(MAX(id), 0) FROM password_history")[0][0],
  "seq": q("SELECT COALESCE((SELECT seq FROM sqlite_sequence WHERE name = 'deliveries'), 0)")[0][0],
  "deliveries": q("SELECT id, attempts FROM deliveries ORDER BY id"),
}))
c.close()
"#;
    let out = Command::new("python3")
        .args(["-c", py])
        .arg(db)
        .arg(after_event.to_string())
        .arg(after_history.to_string())
        .output()
        .expect("python3");
    assert!(
        out.status.success(),
        "sqlite3 snapshot failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("snapshot json")
}

fn int(v: &Value) -> i64 {
    v.as_i64().expect("integer")
}

/// username -> (id, email, password hash, credential generation)
fn users(s: &Value) -> HashMap<String, (i64, String, String, i64)> {
    s["users"]
        .as_array()
        .expect("users")
        .iter()
        .map(|u| {
            let f = |i: usize| u[i].as_str().unwrap_or_default().to_owned();
            (f(1), (int(&u[0]), f(2), f(3), int(&u[4])))
        })
        .collect()
}

/// address -> distinct message bodies in the outbox (a message sent again after a kill
/// between sending and forgetting it is one notice, not two). A torn line fails here.
fn outbox(path: &Path) -> HashMap<String, HashSet<String>> {
    let mut out: HashMap<String, HashSet<String>> = HashMap::new();
    let text = std::fs::read_to_string(path).unwrap_or_default();
    for (n, line) in text.lines().enumerate() {
        let v: Value = serde_json::from_str(line)
            .unwrap_or_else(|e| panic!("outbox line {} is not JSON ({e}): {line:?}", n + 1));
        out.entry(v["to"].as_str().unwrap_or_default().to_owned())
            .or_default()
            .insert(v["body"].as_str().unwrap_or_default().to_owned());
    }
    out
}

/// A small xorshift: the kill delays are shuffled per run; the seed is printed.
fn next(state: &mut u64) -> u64 {
    *state ^= *state << 13;
    *state ^= *state >> 7;
    *state ^= *state << 17;
    *state
}

#[test]
fn password_changes_survive_sigkill_whole_or_not_at_all() {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(1);
    let tmp = Dir(std::env::temp_dir().join(format!(
        "lk-crash-{}-{}",
        std::process::id(),
        nanos % 1_000_000_000
    )));
    std::fs::create_dir_all(&tmp.0).expect("tempdir");
    let (dir, data) = (tmp.0.clone(), tmp.0.join("data"));
    let (db, outbox_file) = (data.join("latchkey.db"), data.join("outbox.jsonl"));

    ok(cmd(&dir, &data).args([
        "user",
        "add",
        "boss",
        "--role",
        "global_admin",
        "--email",
        "boss@work.example",
    ]));
    let names: Vec<String> = (0..USERS).map(|i| format!("user{i}")).collect();
    for n in &names {
        ok(cmd(&dir, &data).args(["user", "add", n, "--email", &format!("{n}@work.example")]));
    }
    let token = ok(cmd(&dir, &data).args([
        "token", "create", "--name", "crash", "--scope", "write", "--owner", "boss",
    ]));
    let auth = format!("Bearer {}", token.trim());

    // Round 1 waits for every answer, then kills: it measures how long the resets take
    // (`span`, updated by every later round that saw all answers). The other rounds kill
    // after 0 to 1.25 × span, evenly spread and shuffled, so the kills land before, among
    // and after the commits on a slow or a fast machine. The resets start 3 ms apart.
    let mut seed = std::env::var("LATCHKEY_CRASH_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or((nanos as u64) | 1);
    println!("crash test seed: {seed} (LATCHKEY_CRASH_SEED to repeat)");
    let steps = ROUNDS as u32 - 2;
    let mut fractions: Vec<u32> = (0..=steps).collect(); // of 1.25 × span
    for i in (1..fractions.len()).rev() {
        let j = (next(&mut seed) % (i as u64 + 1)) as usize;
        fractions.swap(i, j);
    }
    let mut span: Option<Duration> = None;

    let mut snap = snapshot(&db, 0, 0);
    let mut changes: HashMap<String, i64> = HashMap::new(); // committed resets so far
    let mut owner: HashMap<i64, String> = HashMap::new(); // delivery row -> its user
    let (mut partial, mut none, mut all, mut unanswered) = (0, 0, 0, 0);
    for round in 1..=ROUNDS {
        let before = users(&snap);
        let log = dir.join(format!("serve-{round}.log"));
        let (mut child, port) = serve(&dir, &data, &log);
        let fired = Instant::now();
        let threads: Vec<_> = names
            .iter()
            .enumerate()
            .map(|(i, n)| {
                let (id, auth) = (before[n].0, auth.clone());
                std::thread::spawn(move || {
                    std::thread::sleep(Duration::from_millis(3 * i as u64));
                    let body = r#"{"generate": true, "must_change_password": false}"#;
                    let path = format!("/api/v1/users/{id}/reset-password");
                    (http(port, "POST", &path, &auth, body), Instant::now())
                })
            })
            .collect();
        let mut kill = || {
            child.kill().expect("SIGKILL");
            let _ = child.wait();
        };
        let delay = match span {
            Some(s) => {
                let d = s.clamp(Duration::from_millis(20), Duration::from_secs(2)) * 5
                    / (4 * steps)
                    * fractions.pop().unwrap_or(0);
                std::thread::sleep(d);
                kill();
                Some(d)
            }
            None => None,
        };
        let replies: Vec<(Option<u16>, Instant)> = threads
            .into_iter()
            .map(|t| t.join().expect("client thread"))
            .collect();
        let delay = delay.unwrap_or_else(|| {
            kill();
            fired.elapsed()
        });
        let answers: Vec<Option<u16>> = replies.iter().map(|r| r.0).collect();
        if answers.iter().all(Option::is_some) {
            let took = replies
                .iter()
                .map(|r| r.1 - fired)
                .max()
                .unwrap_or_default();
            span = Some(span.map_or(took, |s| (s + took) / 2));
        }
        let delay = format!("{:.1} ms", delay.as_secs_f64() * 1000.0);

        let out = cmd(&dir, &data)
            .args(["audit", "verify"])
            .output()
            .expect("audit verify");
        assert!(
            out.status.success(),
            "round {round}: the audit chain is broken after SIGKILL: {}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );

        let after = snapshot(&db, int(&snap["max_event"]), int(&snap["max_history"]));
        let now = users(&after);
        let events: Vec<(i64, String, String)> = after["events"]
            .as_array()
            .expect("events")
            .iter()
            .map(|e| {
                let s = |i: usize| e[i].as_str().unwrap_or_default().to_owned();
                (int(&e[0]), s(1), s(2))
            })
            .collect();
        let resets: Vec<&String> = events
            .iter()
            .filter(|e| e.1 == RESET)
            .map(|e| &e.2)
            .collect();
        let mut problems = Vec::new();
        if let Some(e) = events.iter().find(|e| e.1 == FAILED) {
            problems.push(format!("a notice was given up: event #{} for {}", e.0, e.2));
        }
        // Each committed reset queued exactly one delivery row, in the same transaction:
        // the rows taken in this round are as many as the reset events, and in the same
        // order (SQLite commits one writer at a time).
        let (seq0, seq1) = (int(&snap["seq"]), int(&after["seq"]));
        if seq1 - seq0 != resets.len() as i64 {
            problems.push(format!(
                "{} reset events but {} notices queued",
                resets.len(),
                seq1 - seq0
            ));
        }
        for (k, target) in resets.iter().enumerate() {
            owner.insert(seq0 + 1 + k as i64, (*target).clone());
        }

        let mut changed_now = 0;
        for (i, n) in names.iter().enumerate() {
            let (id, _, old_hash, old_gen) = &before[n];
            let (_, _, hash, generation) = &now[n];
            let changed = hash != old_hash;
            let ev = resets.iter().filter(|t| **t == n).count();
            let hist: Vec<&Value> = after["history"]
                .as_array()
                .expect("history")
                .iter()
                .filter(|h| int(&h[1]) == *id)
                .collect();
            let hist_ok = hist.len() == 1 && hist[0][2].as_str() == Some(old_hash.as_str());
            let answer = answers[i];
            let consistent = if changed {
                ev == 1
                    && hist_ok
                    && *generation == old_gen + 1
                    && matches!(answer, Some(200) | None)
            } else {
                ev == 0 && hist.is_empty() && generation == old_gen && answer != Some(200)
            };
            if !consistent {
                problems.push(format!(
                    "{n}: password changed: {changed}, reset events: {ev}, new history rows: {} \
                     (old hash kept: {hist_ok}), credential generation {old_gen} -> {generation}, \
                     answer: {answer:?}",
                    hist.len()
                ));
            }
            if changed {
                changed_now += 1;
                *changes.entry(n.clone()).or_default() += 1;
                if answer.is_none() {
                    unanswered += 1;
                }
            }
        }

        // Notices, counted over all rounds: every committed reset's notice is still queued
        // or already in the outbox; no notice for a reset that didn't happen. A queued row
        // already claimed (attempts > 0) may have been sent just before the kill.
        let rows: Vec<(i64, i64)> = after["deliveries"]
            .as_array()
            .expect("deliveries")
            .iter()
            .map(|d| (int(&d[0]), int(&d[1])))
            .collect();
        let sent = outbox(&outbox_file);
        for (id, _) in &rows {
            if !owner.contains_key(id) {
                problems.push(format!("delivery row {id} belongs to no reset"));
            }
        }
        for n in &names {
            let total = changes.get(n).copied().unwrap_or(0);
            let mine = |claimed: bool| {
                rows.iter()
                    .filter(|r| owner.get(&r.0) == Some(n) && (r.1 > 0) == claimed)
                    .count() as i64
            };
            let (unclaimed, claimed) = (mine(false), mine(true));
            let out = sent
                .get(&format!("{n}@work.example"))
                .map_or(0, |b| b.len() as i64);
            if out > total - unclaimed || out < total - unclaimed - claimed {
                problems.push(format!(
                    "{n}: {total} resets so far, but {out} notices in the outbox and \
                     {unclaimed} + {claimed} (claimed) still queued"
                ));
            }
        }
        if let Some(to) = sent.keys().find(|t| !t.starts_with("user")) {
            problems.push(format!("a notice to {to}, who was never reset"));
        }
        assert!(
            problems.is_empty(),
            "round {round} (SIGKILL {delay} after the first reset; answers {answers:?}): \
             a password change is not all-or-nothing:\n  {}\nserver log: {}",
            problems.join("\n  "),
            std::fs::read_to_string(log.with_extension("err")).unwrap_or_default()
        );
        match changed_now {
            0 => none += 1,
            USERS => all += 1,
            _ => partial += 1,
        }
        println!(
            "round {round:2}: SIGKILL at {delay:>8}, {changed_now}/{USERS} resets committed, \
             {} notices queued, answers {answers:?}",
            rows.len()
        );
        snap = after;
    }

    // A last, clean start sends every notice no dead worker had claimed (a claimed one
    // waits for its lease to run out); then the same checks hold with nothing unsent.
    let log = dir.join("serve-final.log");
    let (mut child, _) = serve(&dir, &data, &log);
    let started = Instant::now();
    loop {
        let s = snapshot(&db, int(&snap["max_event"]), int(&snap["max_history"]));
        let waiting = s["deliveries"]
            .as_array()
            .expect("deliveries")
            .iter()
            .filter(|d| int(&d[1]) == 0)
            .count();
        if waiting == 0 {
            break;
        }
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "{waiting} queued notices not sent in 30 s"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    let pid = child.id().to_string();
    let _ = Command::new("kill").args(["-TERM", &pid]).status();
    let _ = child.wait();
    let s = snapshot(&db, int(&snap["max_event"]), int(&snap["max_history"]));
    let rows: Vec<i64> = s["deliveries"]
        .as_array()
        .expect("deliveries")
        .iter()
        .map(|d| int(&d[0]))
        .collect();
    let sent = outbox(&outbox_file);
    for n in &names {
        let total = changes.get(n).copied().unwrap_or(0);
        let claimed = rows.iter().filter(|r| owner.get(r) == Some(n)).count() as i64;
        let out = sent
            .get(&format!("{n}@work.example"))
            .map_or(0, |b| b.len() as i64);
        assert!(
            out <= total && out >= total - claimed,
            "after a clean restart {n} has {total} resets, {out} notices sent, {claimed} held by a dead worker"
        );
    }
    println!(
        "{} rounds: {partial} killed among the commits (some resets in, some not), {none} before any, \
         {all} after all; {unanswered} resets committed without their answer reaching the client",
        ROUNDS
    );
}
