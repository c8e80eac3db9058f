//! `latchkey-load`: the load driver. Against a release build started here on loopback, one
//! run measures, side by side:
//!
//! 1. the Argon2 bound: hashes per second at the default parameters on all cores, through
//!    the product's own hashing pool, with nothing else running;
//! 2. pages: `GET /` (the sign-in page) against a bare axum form server
//!    (`form-baseline`), requests per second and p50/p99, the same concurrency for both;
//! 3. complete self-service resets: `GET /reset`, name, email code sent, the code read
//!    from the outbox, checked, new password set, then a sign-in with it; resets per
//!    second, p50/p99 of every step, and the ratio to what the Argon2 bound allows;
//! 4. sign-ins per second with the right password;
//! 5. resident memory: idle after start, peak, and 30 s after the load.
//!
//! Every answer other than 2xx/3xx is counted and printed. Usage:
//!
//! ```text
//! cargo build --release -p latchkey -p latchkey-load
//! target/release/latchkey-load [--seconds 20] [--concurrency 16] [--users 64]
//! ```
#![expect(
    clippy::expect_used,
    reason = "a measuring tool stops loudly at the first setup failure"
)]

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering::Relaxed};
use std::time::{Duration, Instant};

use tokio::sync::{Mutex, Notify};

/// Everything the run needs to know, from the command line.
struct Args {
    seconds: u64,
    concurrency: usize,
    users: usize,
    bin: PathBuf,
    baseline: PathBuf,
}

fn args() -> Args {
    let mut a = Args {
        seconds: 20,
        concurrency: 16,
        users: 64,
        bin: PathBuf::from("target/release/latchkey"),
        baseline: PathBuf::from("target/release/form-baseline"),
    };
    let v: Vec<String> = std::env::args().skip(1).collect();
    for pair in v.chunks(2) {
        let value = pair.get(1).cloned().unwrap_or_default();
        match pair[0].as_str() {
            "--seconds" => a.seconds = value.parse().unwrap_or(a.seconds),
            "--concurrency" => a.concurrency = value.parse().unwrap_or(a.concurrency),
            "--users" => a.users = value.parse().unwrap_or(a.users),
            "--bin" => a.bin = PathBuf::from(value),
            "--baseline" => a.baseline = PathBuf::from(value),
            other => {
                eprintln!("unknown option {other}; see the top of crates/load/src/main.rs");
                std::process::exit(2);
            }
        }
    }
    a
}

/// Latencies of one step, in microseconds.
#[derive(Default)]
struct Samples(Vec<u64>);

impl Samples {
    fn pct(&self, p: f64) -> f64 {
        if self.0.is_empty() {
            return 0.0;
        }
        let mut v = self.0.clone();
        v.sort_unstable();
        let i = ((v.len() as f64 - 1.0) * p).round() as usize;
        v[i] as f64 / 1000.0
    }
}

/// Counts of answers other than 2xx/3xx, by status.
#[derive(Default)]
struct Bad(Mutex<HashMap<u16, u64>>);

impl Bad {
    async fn note(&self, status: u16) {
        if !(200..400).contains(&status) {
            *self.0.lock().await.entry(status).or_default() += 1;
        }
    }
}

fn rss_kib(pid: u32, field: &str) -> u64 {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .unwrap_or_default()
        .lines()
        .find(|l| l.starts_with(field))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|n| n.parse().ok())
        .unwrap_or(0)
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .unwrap_or(18_080)
}

/// The server under test, stopped when dropped.
struct Server {
    child: Child,
    url: String,
    data: PathBuf,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_dir_all(&self.data);
    }
}

const ADMIN_PW: &str = "Load-Driver-Admin-1";
const USER_PW: &str = "Load-Driver-User-Pass-1";

fn cli(bin: &Path, data: &Path, args: &[&str], stdin: &str) -> String {
    use std::io::Write;
    let mut c = Command::new(bin)
        .args(args)
        .arg("--data-dir")
        .arg(data)
        .env("LATCHKEY_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PW)
        .env("LATCHKEY_LOG", "warn")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot run {}: {e}", bin.display()));
    if let Some(mut i) = c.stdin.take() {
        let _ = i.write_all(stdin.as_bytes());
    }
    let out = c
        .wait_with_output()
        .unwrap_or_else(|e| panic!("latchkey {args:?}: {e}"));
    assert!(
        out.status.success(),
        "latchkey {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Users with an email for reset, self-service for everyone by email, then the server with
/// the human check off and the per-address and global limits off (one address runs it all).
async fn start_server(a: &Args) -> Server {
    let data = std::env::temp_dir().join(format!("latchkey-load-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&data);
    std::fs::create_dir_all(&data).expect("data folder");
    cli(&a.bin, &data, &["migrate"], "");
    for i in 0..a.users {
        let name = format!("load{i}");
        cli(
            &a.bin,
            &data,
            &[
                "user",
                "add",
                &name,
                "--first-name",
                "Load",
                "--last-name",
                "Driver",
                "--alternate-email",
                &format!("{name}@home.example"),
                "--password-stdin",
                "--no-must-change",
            ],
            &format!("{USER_PW}\n"),
        );
    }
    let mut doc: serde_json::Value = serde_json::from_str(&cli(
        &a.bin,
        &data,
        &["policy", "export", "--format", "json"],
        "",
    ))
    .expect("policy document");
    doc["sspr"]["scope"] = "all".into();
    doc["sspr"]["methods"] = serde_json::json!(["email"]);
    doc["sspr"]["use_directory_contacts"] = true.into();
    doc["sspr"]["allow_unlock"] = false.into();
    cli(
        &a.bin,
        &data,
        &["policy", "apply", "-", "--format", "json"],
        &doc.to_string(),
    );
    let port = free_port();
    let mut cmd = Command::new(&a.bin);
    cmd.args(["serve", "--listen", &format!("127.0.0.1:{port}")])
        .arg("--data-dir")
        .arg(&data)
        .env("LATCHKEY_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PW)
        .env("LATCHKEY_CAPTCHA", "off")
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    for limit in [
        "STARTS_PER_ADDRESS",
        "STARTS",
        "SENDS_PER_ADDRESS",
        "SENDS",
        "CHECKS_PER_ADDRESS",
        "CHECKS",
    ] {
        cmd.env(format!("LATCHKEY_LIMITS__{limit}"), "0");
    }
    let child = cmd.spawn().expect("latchkey serve");
    let url = format!("http://127.0.0.1:{port}");
    let http = reqwest::Client::new();
    for _ in 0..200 {
        if http
            .get(format!("{url}/healthz"))
            .send()
            .await
            .is_ok_and(|r| r.status().is_success())
        {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    Server { child, url, data }
}

/// A browser: its own cookies, the CSRF token of the last page.
struct Browser {
    http: reqwest::Client,
    base: String,
    cookies: HashMap<String, String>,
    csrf: String,
}

impl Browser {
    fn new(base: &str) -> Self {
        Self {
            http: reqwest::Client::builder()
                .redirect(reqwest::redirect::Policy::none())
                .build()
                .expect("client"),
            base: base.to_owned(),
            cookies: HashMap::new(),
            csrf: String::new(),
        }
    }

    fn cookie_header(&self) -> String {
        self.cookies
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join("; ")
    }

    async fn keep(&mut self, r: reqwest::Response) -> (u16, String) {
        let status = r.status().as_u16();
        for v in r.headers().get_all("set-cookie") {
            if let Some((kv, _)) = v.to_str().unwrap_or("").split_once(';')
                && let Some((k, val)) = kv.split_once('=')
            {
                self.cookies.insert(k.to_owned(), val.to_owned());
            }
        }
        let body = r.text().await.unwrap_or_default();
        if let Some(i) = body.find("name=\"csrf\" value=\"") {
            let rest = &body[i + 19..];
            if let Some(end) = rest.find('"') {
                self.csrf = rest[..end].to_owned();
            }
        }
        (status, body)
    }

    async fn get(&mut self, path: &str) -> (u16, String) {
        match self
            .http
            .get(format!("{}{path}", self.base))
            .header("cookie", self.cookie_header())
            .send()
            .await
        {
            Ok(r) => self.keep(r).await,
            Err(_) => (599, String::new()),
        }
    }

    async fn post(&mut self, path: &str, fields: &[(&str, &str)]) -> (u16, String) {
        let mut form: Vec<(&str, &str)> = vec![("csrf", self.csrf.as_str())];
        form.extend_from_slice(fields);
        let body = form
            .iter()
            .map(|(k, v)| format!("{k}={}", urlencode(v)))
            .collect::<Vec<_>>()
            .join("&");
        match self
            .http
            .post(format!("{}{path}", self.base))
            .header("cookie", self.cookie_header())
            .header("content-type", "application/x-www-form-urlencoded")
            .body(body)
            .send()
            .await
        {
            Ok(r) => self.keep(r).await,
            Err(_) => (599, String::new()),
        }
    }
}

fn urlencode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// The outbox, read as it grows: the latest code sent to each address, and how many
/// codes each address has had.
#[derive(Default)]
struct Outbox {
    codes: Mutex<HashMap<String, (u64, String)>>,
    arrived: Notify,
}

impl Outbox {
    async fn tail(self: Arc<Self>, path: PathBuf, stop: Arc<AtomicU64>) {
        use tokio::io::{AsyncReadExt, AsyncSeekExt};
        let mut offset = 0u64;
        let mut partial = String::new();
        while stop.load(Relaxed) == 0 {
            // Only what was appended since the last look.
            let mut bytes = Vec::new();
            if let Ok(mut f) = tokio::fs::File::open(&path).await
                && f.seek(std::io::SeekFrom::Start(offset)).await.is_ok()
                && f.read_to_end(&mut bytes).await.is_ok()
                && !bytes.is_empty()
            {
                partial.push_str(&String::from_utf8_lossy(&bytes));
                offset += bytes.len() as u64;
                let mut codes = self.codes.lock().await;
                while let Some(end) = partial.find('\n') {
                    let line: String = partial.drain(..=end).collect();
                    let Ok(m) = serde_json::from_str::<serde_json::Value>(&line) else {
                        continue;
                    };
                    let to = m["to"].as_str().unwrap_or("").to_owned();
                    let body = m["body"].as_str().unwrap_or("");
                    if let Some(code) = body
                        .split(|c: char| !c.is_ascii_digit())
                        .find(|s| s.len() >= 6)
                    {
                        let e = codes.entry(to).or_insert((0, String::new()));
                        *e = (e.0 + 1, code.to_owned());
                    }
                }
                drop(codes);
                self.arrived.notify_waiters();
            }
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
    }

    async fn count(&self, to: &str) -> u64 {
        self.codes.lock().await.get(to).map_or(0, |c| c.0)
    }

    async fn code_after(&self, to: &str, seen: u64) -> Option<String> {
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            let notified = self.arrived.notified();
            if let Some((n, code)) = self.codes.lock().await.get(to)
                && *n > seen
            {
                return Some(code.clone());
            }
            if Instant::now() > deadline {
                return None;
            }
            let _ = tokio::time::timeout(Duration::from_millis(50), notified).await;
        }
    }
}

const STEPS: [&str; 7] = [
    "GET /reset",
    "POST /reset",
    "send code",
    "code arrives",
    "check code",
    "new password",
    "sign in",
];

/// One complete reset of `user`; the time of each step into `times`; true when it ended
/// signed in with the new password.
async fn one_reset(
    base: &str,
    user: &str,
    outbox: &Outbox,
    times: &Mutex<Vec<Samples>>,
    bad: &Bad,
) -> bool {
    let mut b = Browser::new(base);
    let address = format!("{user}@home.example");
    let new_pw = format!(
        "Fresh-{}-Pass-{}",
        rand::random::<u32>(),
        rand::random::<u16>()
    );
    let mut took = Vec::with_capacity(STEPS.len());
    let mut step = Instant::now();
    let mut lap = |took: &mut Vec<u64>| {
        took.push(step.elapsed().as_micros() as u64);
        step = Instant::now();
    };
    let (s, _) = b.get("/reset").await;
    bad.note(s).await;
    lap(&mut took);
    let (s, _) = b.post("/reset", &[("username", user)]).await;
    bad.note(s).await;
    lap(&mut took);
    if s != 303 {
        return false;
    }
    let seen = outbox.count(&address).await;
    let (s, _) = b
        .post(
            "/reset/verify/send",
            &[("channel", "email"), ("destination", &address)],
        )
        .await;
    bad.note(s).await;
    lap(&mut took);
    if s != 303 {
        return false;
    }
    let Some(code) = outbox.code_after(&address, seen).await else {
        return false;
    };
    lap(&mut took);
    let (s, _) = b
        .post(
            "/reset/verify/check",
            &[("channel", "email"), ("code", &code)],
        )
        .await;
    bad.note(s).await;
    lap(&mut took);
    let (s, _) = b
        .post(
            "/reset/password",
            &[("new_password", &new_pw), ("confirm_password", &new_pw)],
        )
        .await;
    bad.note(s).await;
    lap(&mut took);
    if s != 303 {
        return false;
    }
    let mut signed = Browser::new(base);
    signed.get("/").await;
    let (s, _) = signed
        .post("/", &[("username", user), ("password", &new_pw)])
        .await;
    bad.note(s).await;
    lap(&mut took);
    let mut t = times.lock().await;
    for (i, us) in took.into_iter().enumerate() {
        t[i].0.push(us);
    }
    s == 303
}

/// `concurrency` tasks running `work` in a loop for `seconds`; (completed, per-request
/// latencies).
async fn hammer<F, Fut>(concurrency: usize, seconds: u64, work: F) -> (u64, Samples)
where
    F: Fn(usize) -> Fut + Send + Sync + Clone + 'static,
    Fut: std::future::Future<Output = bool> + Send,
{
    let until = Instant::now() + Duration::from_secs(seconds);
    let mut tasks = Vec::new();
    for worker in 0..concurrency {
        let work = work.clone();
        tasks.push(tokio::spawn(async move {
            let (mut done, mut lat) = (0u64, Vec::new());
            let mut round = 0usize;
            while Instant::now() < until {
                let t = Instant::now();
                if work(worker + round * concurrency).await {
                    done += 1;
                }
                lat.push(t.elapsed().as_micros() as u64);
                round += 1;
            }
            (done, lat)
        }));
    }
    let (mut done, mut all) = (0, Vec::new());
    for t in tasks {
        if let Ok((d, l)) = t.await {
            done += d;
            all.extend(l);
        }
    }
    (done, Samples(all))
}

/// `latchkey_hash_jobs_total` from `/metrics`.
async fn hash_jobs(url: &str) -> u64 {
    let text = match reqwest::get(format!("{url}/metrics")).await {
        Ok(r) => r.text().await.unwrap_or_default(),
        Err(_) => String::new(),
    };
    text.lines()
        .find_map(|l| l.strip_prefix("latchkey_hash_jobs_total "))
        .and_then(|n| n.trim().parse().ok())
        .unwrap_or(0)
}

async fn pages(url: &str, a: &Args, bad: Arc<Bad>) -> (f64, Samples) {
    let http = reqwest::Client::new();
    let target = format!("{url}/");
    let (n, lat) = hammer(a.concurrency * 4, a.seconds / 2 + 1, move |_| {
        let (http, target, bad) = (http.clone(), target.clone(), bad.clone());
        async move {
            match http.get(&target).send().await {
                Ok(r) => {
                    let s = r.status().as_u16();
                    let _ = r.bytes().await;
                    bad.note(s).await;
                    s == 200
                }
                Err(_) => {
                    bad.note(599).await;
                    false
                }
            }
        }
    })
    .await;
    (n as f64 / (a.seconds / 2 + 1) as f64, lat)
}

fn argon2_bound(seconds: u64) -> f64 {
    let rt = tokio::runtime::Runtime::new().expect("runtime");
    rt.block_on(async {
        let pool = latchkey_core::password::PasswordHasher::start(
            latchkey_core::password::HashParams::default(),
            0,
            1024,
        )
        .expect("hashing pool");
        let pool = Arc::new(pool);
        let workers = std::thread::available_parallelism().map_or(2, |n| n.get());
        let (n, _) = hammer(workers * 2, seconds, move |_| {
            let pool = pool.clone();
            async move {
                pool.hash(&latchkey_core::Secret::new("bound-measure"))
                    .await
                    .is_ok()
            }
        })
        .await;
        n as f64 / seconds as f64
    })
}

fn main() {
    let a = args();
    for p in [&a.bin, &a.baseline] {
        if !p.exists() {
            eprintln!(
                "{} not found: cargo build --release -p latchkey -p latchkey-load",
                p.display()
            );
            std::process::exit(2);
        }
    }
    println!("Argon2 bound: measuring for {} s …", a.seconds / 2 + 1);
    let bound = argon2_bound(a.seconds / 2 + 1);
    let rt = tokio::runtime::Runtime::new().expect("runtime");
    rt.block_on(run(a, bound));
}

async fn run(a: Args, bound: f64) {
    println!(
        "setting up {} users (each created with a password hash) …",
        a.users
    );
    let server = start_server(&a).await;
    let pid = server.child.id();
    tokio::time::sleep(Duration::from_secs(12)).await;
    let idle = rss_kib(pid, "VmRSS");

    let mut base = Command::new(&a.baseline)
        .arg("127.0.0.1:0")
        .stdout(Stdio::piped())
        .spawn()
        .expect("form-baseline");
    let mut line = String::new();
    if let Some(out) = base.stdout.take() {
        use std::io::BufRead;
        let _ = std::io::BufReader::new(out).read_line(&mut line);
    }
    let base_url = format!("http://{}", line.trim());
    let bad = Arc::new(Bad::default());
    let (base_rps, base_lat) = pages(&base_url, &a, Arc::new(Bad::default())).await;
    let _ = base.kill();
    let _ = base.wait();
    let (rps, lat) = pages(&server.url, &a, bad.clone()).await;

    let jobs_before = hash_jobs(&server.url).await;
    let outbox = Arc::new(Outbox::default());
    let stop = Arc::new(AtomicU64::new(0));
    tokio::spawn(
        outbox
            .clone()
            .tail(server.data.join("outbox.jsonl"), stop.clone()),
    );
    let times = Arc::new(Mutex::new(
        (0..STEPS.len()).map(|_| Samples::default()).collect(),
    ));
    let (url, users) = (server.url.clone(), a.users);
    let (resets, reset_lat) = {
        let (outbox, times, bad) = (outbox.clone(), times.clone(), bad.clone());
        hammer(a.concurrency, a.seconds, move |i| {
            let (url, outbox, times, bad) = (url.clone(), outbox.clone(), times.clone(), bad.clone());
            async move { one_reset(&url, &format!("load{}", i % users), &outbox, &times, &bad).await }
        })
        .await
    };
    let peak_resets = rss_kib(pid, "VmHWM");
    let jobs_during = hash_jobs(&server.url).await.saturating_sub(jobs_before);
    stop.store(1, Relaxed);

    // Sign-ins: the users' passwords were changed by the resets, so wrong passwords are
    // measured (the same Argon2 verification as a right one; under the lockout's
    // threshold at this rate and number of users).
    let url = server.url.clone();
    let bad2 = bad.clone();
    let (_, signin_lat) = hammer(a.concurrency, a.seconds / 2 + 1, move |i| {
        let (url, bad) = (url.clone(), bad2.clone());
        async move {
            let mut b = Browser::new(&url);
            b.get("/").await;
            let (s, _) = b
                .post(
                    "/",
                    &[
                        ("username", &format!("load{}", i % users)),
                        ("password", "Not-The-Password-1"),
                    ],
                )
                .await;
            if s != 401 {
                bad.note(s).await;
            }
            s == 401
        }
    })
    .await;
    let signins = signin_lat.0.len() as f64 / (a.seconds / 2 + 1) as f64;
    let peak = rss_kib(pid, "VmHWM");
    tokio::time::sleep(Duration::from_secs(30)).await;
    let after = rss_kib(pid, "VmRSS");

    let per_s = resets as f64 / a.seconds as f64;
    // Measured: the pool's jobs during the reset phase over the resets done (a reset
    // that didn't finish counts its hashes against the others).
    let hashes_per_reset = jobs_during as f64 / (resets.max(1)) as f64;
    println!();
    println!("Argon2 bound          {bound:.1} hashes/s on all cores (default parameters)");
    println!(
        "pages GET /           {rps:.0} req/s, p50 {:.2} ms, p99 {:.2} ms",
        lat.pct(0.5),
        lat.pct(0.99)
    );
    println!(
        "  axum form baseline  {base_rps:.0} req/s, p50 {:.2} ms, p99 {:.2} ms; ratio {:.2}",
        base_lat.pct(0.5),
        base_lat.pct(0.99),
        rps / base_rps.max(1.0)
    );
    println!(
        "complete resets       {per_s:.2}/s ({resets} in {} s, {} at once), p50 {:.0} ms, p99 {:.0} ms",
        a.seconds,
        a.concurrency,
        reset_lat.pct(0.5),
        reset_lat.pct(0.99)
    );
    println!(
        "  {hashes_per_reset:.2} hashes a reset (latchkey_hash_jobs_total); bound ÷ that = {:.2}/s; ratio {:.2}",
        bound / hashes_per_reset,
        per_s / (bound / hashes_per_reset).max(0.001)
    );
    let t = times.lock().await;
    for (i, name) in STEPS.iter().enumerate() {
        println!(
            "  {name:<14} p50 {:>8.2} ms  p99 {:>8.2} ms",
            t[i].pct(0.5),
            t[i].pct(0.99)
        );
    }
    println!(
        "sign-ins (wrong pw)   {signins:.1}/s, p50 {:.0} ms, p99 {:.0} ms",
        signin_lat.pct(0.5),
        signin_lat.pct(0.99)
    );
    println!(
        "memory (RSS)          idle {} MB, peak {} MB (resets {} MB), 30 s after {} MB",
        idle / 1024,
        peak / 1024,
        peak_resets / 1024,
        after / 1024
    );
    let bad = bad.0.lock().await;
    if bad.is_empty() {
        println!("answers other than 2xx/3xx: none");
    } else {
        println!("answers other than 2xx/3xx: {bad:?}");
    }
}
