//! The `latchkey` binary as an operator uses it: start, configuration errors, the
//! bootstrap administrator, user and group commands, graceful shutdown.
#![expect(
    clippy::expect_used,
    reason = "a test stops loudly at the first setup failure"
)]

use std::io::{Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_latchkey");

struct Dir(PathBuf);
impl Drop for Dir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}
fn tempdir(tag: &str) -> Dir {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.subsec_nanos())
        .unwrap_or(0);
    let p = std::env::temp_dir().join(format!("lk-cli-{tag}-{}-{nanos}", std::process::id()));
    std::fs::create_dir_all(&p).expect("tempdir");
    Dir(p)
}

/// A `latchkey` command in `dir`, with cheap hashing and no stray LATCHKEY_ variables.
fn cmd(dir: &Path) -> Command {
    let mut c = Command::new(BIN);
    c.current_dir(dir);
    for (k, _) in std::env::vars() {
        if k.starts_with("LATCHKEY_") {
            c.env_remove(k);
        }
    }
    c.env("LATCHKEY_PASSWORD_HASH__MEMORY_KIB", "256")
        .env("LATCHKEY_PASSWORD_HASH__ITERATIONS", "1");
    c
}

fn run(c: &mut Command) -> Output {
    c.output().expect("run latchkey")
}

fn run_stdin(c: &mut Command, input: &str) -> Output {
    let mut child = c
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(input.as_bytes())
        .expect("write");
    child.wait_with_output().expect("wait")
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("port")
}

/// One HTTP/1.1 exchange over a fresh connection.
fn http(
    port: u16,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &str,
) -> (u16, String, String) {
    let mut s = TcpStream::connect(("127.0.0.1", port)).expect("connect");
    s.set_read_timeout(Some(Duration::from_secs(20)))
        .expect("timeout");
    let mut req = format!(
        "{method} {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\nContent-Length: {}\r\n",
        body.len()
    );
    for (k, v) in headers {
        req.push_str(&format!("{k}: {v}\r\n"));
    }
    req.push_str("\r\n");
    req.push_str(body);
    s.write_all(req.as_bytes()).expect("send");
    let mut raw = String::new();
    s.read_to_string(&mut raw).expect("read");
    let (head, body) = raw.split_once("\r\n\r\n").unwrap_or((&raw, ""));
    let status = head
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    (status, head.to_owned(), body.to_owned())
}

struct Server {
    child: Child,
    port: u16,
}

impl Server {
    fn start(dir: &Path, env: &[(&str, &str)]) -> Server {
        let port = free_port();
        let mut c = cmd(dir);
        c.args(["serve", "--listen", &format!("127.0.0.1:{port}")])
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        for (k, v) in env {
            c.env(k, v);
        }
        let mut child = c.spawn().expect("spawn serve");
        let started = Instant::now();
        while TcpStream::connect(("127.0.0.1", port)).is_err() {
            if let Ok(Some(status)) = child.try_wait() {
                let out = child.wait_with_output().expect("output");
                panic!("latchkey serve exited with {status}: {}", text(&out.stderr));
            }
            assert!(
                started.elapsed() < Duration::from_secs(20),
                "latchkey serve did not start listening"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
        Server { child, port }
    }

    /// SIGTERM, then the exit status and everything it logged.
    fn stop(self) -> (bool, String) {
        let pid = self.child.id().to_string();
        let _ = Command::new("kill").args(["-TERM", &pid]).status();
        let out = self.child.wait_with_output().expect("wait");
        (
            out.status.success(),
            format!("{}{}", text(&out.stdout), text(&out.stderr)),
        )
    }
}

fn cookie_and_token(port: u16) -> (String, String) {
    let (_, head, body) = http(port, "GET", "/", &[], "");
    let cookie = head
        .lines()
        .find_map(|l| l.strip_prefix("set-cookie: "))
        .and_then(|c| c.split(';').next())
        .expect("csrf cookie")
        .to_owned();
    let i = body.find("name=\"csrf\" value=\"").expect("token") + 19;
    let token = body[i..].split('"').next().unwrap_or_default().to_owned();
    (cookie, token)
}

#[test]
fn defaults_are_the_documented_contract() {
    let d = tempdir("defaults");
    let out = run(cmd(&d.0).arg("check-config"));
    assert!(out.status.success(), "{}", text(&out.stderr));
    let s = text(&out.stdout);
    assert!(s.contains("listening on 127.0.0.1:8080"), "{s}");
    assert!(s.contains("data in ./latchkey-data"), "{s}");
    assert!(s.contains("sqlite://./latchkey-data/latchkey.db"), "{s}");
    assert!(
        d.0.join("latchkey-data").is_dir(),
        "the data folder is created"
    );
    let out = run(cmd(&d.0).arg("print-default-config"));
    let toml = text(&out.stdout);
    assert!(
        toml.contains("listen = \"127.0.0.1:8080\"") && toml.contains("[password_hash]"),
        "{toml}"
    );
    let out = run(cmd(&d.0).arg("migrate"));
    assert!(out.status.success());
    assert!(text(&out.stdout).contains("up to date"));
}

#[test]
fn configuration_mistakes_name_the_setting_and_the_variable() {
    let d = tempdir("config");
    let file = d.0.join("latchkey.toml");
    std::fs::write(&file, "[lockout]\nthreshhold = 3\n").expect("write");
    let out = run(cmd(&d.0).args(["check-config", "--config"]).arg(&file));
    assert_eq!(out.status.code(), Some(2));
    let e = text(&out.stderr);
    assert!(
        e.contains("lockout.threshhold")
            && e.contains("LATCHKEY_LOCKOUT__THRESHHOLD")
            && e.contains("no such setting"),
        "{e}"
    );

    let out = run(cmd(&d.0)
        .arg("check-config")
        .env("LATCHKEY_LOCKOUT__THRESHOLD", "ten"));
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr)
            .contains("invalid setting `lockout.threshold` (LATCHKEY_LOCKOUT__THRESHOLD)")
    );

    let out = run(cmd(&d.0).args(["serve", "--listen", "not-an-address"]));
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("`listen` (LATCHKEY_LISTEN)"));

    let out = run(cmd(&d.0)
        .arg("check-config")
        .env("LATCHKEY_LOCKOUT_TRESHOLD", "3"));
    assert!(out.status.success());
    assert!(
        text(&out.stderr).contains("ignoring unknown variable LATCHKEY_LOCKOUT_TRESHOLD"),
        "{}",
        text(&out.stderr)
    );

    std::fs::write(
        &file,
        "listen = \"127.0.0.1:9\"\n[database]\nurl = \"mysql://x\"\n",
    )
    .expect("write");
    let out = run(cmd(&d.0).args(["check-config", "--config"]).arg(&file));
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("database.url"));
}

#[test]
fn first_start_creates_admin_with_a_password_shown_once() {
    let d = tempdir("bootstrap");
    let s = Server::start(&d.0, &[]);
    let port = s.port;
    assert_eq!(http(port, "GET", "/healthz", &[], "").0, 200);
    let (ok, log) = s.stop();
    assert!(ok, "clean exit on SIGTERM: {log}");
    assert!(log.contains("stopped"), "{log}");
    let line = log
        .lines()
        .find(|l| l.trim_start().starts_with("password:"))
        .expect("password printed");
    let password = line
        .trim_start()
        .trim_start_matches("password:")
        .trim()
        .to_owned();
    assert_eq!(password.len(), 16);
    assert!(log.contains("must be changed at first sign-in"));

    // Second start: nothing printed; the admin must change the password at first sign-in.
    let s = Server::start(&d.0, &[]);
    let (cookie, token) = cookie_and_token(s.port);
    let form = format!(
        "csrf={token}&username=admin&password={}",
        urlencode(&password)
    );
    let (status, head, _) = http(
        s.port,
        "POST",
        "/",
        &[
            ("Cookie", &cookie),
            ("Content-Type", "application/x-www-form-urlencoded"),
        ],
        &form,
    );
    assert_eq!(status, 303, "{head}");
    assert!(head.contains("location: /password/change"), "{head}");
    let (_, log) = s.stop();
    assert!(!log.contains("password:"), "shown only on the first start");
    assert!(
        !log.contains(&password),
        "the password is never logged afterwards"
    );
}

#[test]
fn users_added_before_the_first_start_still_get_an_administrator() {
    // `latchkey user add` before the first `serve`: the first start still creates `admin`.
    let d = tempdir("bootstrap-after-add");
    let out = run(cmd(&d.0).args([
        "user",
        "add",
        "bob",
        "--first-name",
        "Bob",
        "--last-name",
        "Ng",
    ]));
    assert!(out.status.success(), "{}", text(&out.stderr));
    let s = Server::start(&d.0, &[]);
    let (_, log) = s.stop();
    assert!(log.contains("Created the global administrator"), "{log}");
    assert!(log.contains("username: admin"), "{log}");
    // `admin` taken by someone who isn't a global administrator: serve says what to do.
    let d = tempdir("bootstrap-name-taken");
    let out = run(cmd(&d.0).args([
        "user",
        "add",
        "admin",
        "--first-name",
        "Ann",
        "--last-name",
        "Min",
    ]));
    assert!(out.status.success(), "{}", text(&out.stderr));
    let s = Server::start(&d.0, &[]);
    let (_, log) = s.stop();
    assert!(
        log.contains("No enabled global administrator exists"),
        "{log}"
    );
    assert!(
        log.contains("latchkey user add NAME --role global_admin"),
        "{log}"
    );
}

fn urlencode(s: &str) -> String {
    s.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

#[test]
fn bootstrap_password_from_the_environment_and_no_secret_in_logs() {
    let d = tempdir("envboot");
    let pw = "Env-Bootstrap-Secret-9";
    let s = Server::start(
        &d.0,
        &[
            ("LATCHKEY_BOOTSTRAP_ADMIN_PASSWORD", pw),
            ("LATCHKEY_LOG", "debug"),
        ],
    );
    let (cookie, token) = cookie_and_token(s.port);
    let hdrs = [
        ("Cookie", cookie.as_str()),
        ("Content-Type", "application/x-www-form-urlencoded"),
    ];
    let (status, _, body) = http(
        s.port,
        "POST",
        "/",
        &hdrs,
        &format!("csrf={token}&username=admin&password=Wrong-Secret-In-Test"),
    );
    assert_eq!(status, 401);
    assert!(body.contains("Your account or password is incorrect"));
    let (status, head, _) = http(
        s.port,
        "POST",
        "/",
        &hdrs,
        &format!("csrf={token}&username=admin&password={}", urlencode(pw)),
    );
    assert_eq!(status, 303);
    assert!(
        head.contains("location: /admin"),
        "no forced change for an environment password: {head}"
    );
    let (ok, log) = s.stop();
    assert!(ok);
    assert!(log.contains("LATCHKEY_BOOTSTRAP_ADMIN_PASSWORD"), "{log}");
    assert!(log.contains("served"), "request log lines are there: {log}");
    for secret in [
        pw,
        "Wrong-Secret-In-Test",
        "$argon2id",
        "Env-Bootstrap",
        "csrf=",
    ] {
        assert!(!log.contains(secret), "{secret} reached the log");
    }
}

#[test]
fn user_and_group_commands() {
    let d = tempdir("users");
    let dd = d.0.join("data");
    let with = |args: &[&str]| {
        let mut c = cmd(&d.0);
        c.arg("--data-dir").arg(&dd).args(args);
        c
    };
    let out = run(&mut with(&[
        "user",
        "add",
        "mias",
        "--first-name",
        "Mia",
        "--last-name",
        "Steele",
        "--mobile-phone",
        "+1 425 555 0100",
    ]));
    assert!(out.status.success(), "{}", text(&out.stderr));
    let s = text(&out.stdout);
    assert!(s.contains("created user mias (Mia Steele)"), "{s}");
    assert!(
        s.lines()
            .any(|l| l.starts_with("password: ") && l.len() == 26),
        "{s}"
    );

    let out = run(&mut with(&["user", "add", "bad name"]));
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("can't contain"));
    let out = run(&mut with(&[
        "user",
        "add",
        "tom",
        "--mobile-phone",
        "425 555 0100",
    ]));
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("--mobile-phone: Start the number with + and its country code"),
        "{}",
        text(&out.stderr)
    );
    let out = run(&mut with(&["user", "add", "mias"]));
    assert!(text(&out.stderr).contains("already taken"));

    let out = run_stdin(
        &mut with(&[
            "user",
            "add",
            "helen",
            "--role",
            "password_admin",
            "--password-stdin",
            "--no-must-change",
        ]),
        "Desk-Chosen-Pass-1\n",
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        !text(&out.stdout).contains("password:"),
        "a typed password is not echoed"
    );
    let out = run_stdin(
        &mut with(&["user", "add", "weak", "--password-stdin"]),
        "short\n",
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("at least 8 characters"));

    let out = run(&mut with(&["user", "list"]));
    let s = text(&out.stdout);
    assert!(
        s.contains("mias") && s.contains("helen") && s.contains("password_admin"),
        "{s}"
    );
    let out = run(&mut with(&[
        "user",
        "set",
        "mias",
        "--alternate-email",
        "mia@home.example",
        "--enabled",
        "false",
    ]));
    assert!(out.status.success(), "{}", text(&out.stderr));
    let out = run(&mut with(&["user", "show", "mias"]));
    let s = text(&out.stdout);
    assert!(
        s.contains("mia@home.example")
            && s.contains("enabled:         false")
            && s.contains("+14255550100"),
        "{s}"
    );
    let out = run(&mut with(&["user", "reset-password", "mias"]));
    assert!(text(&out.stdout).contains("password: "));
    // A Temporary Access Pass: the lifetime checked, printed once, revocable once.
    let out = run(&mut with(&[
        "user",
        "access-pass",
        "mias",
        "--lifetime-minutes",
        "5",
    ]));
    assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));
    assert!(
        text(&out.stderr).contains(
            "--lifetime-minutes: A Temporary Access Pass is valid for 10 minutes to 8 hours"
        ),
        "{}",
        text(&out.stderr)
    );
    let out = run(&mut with(&["user", "access-pass", "mias", "--one-time"]));
    assert_eq!(out.status.code(), Some(2), "sign-in is blocked");
    assert!(
        text(&out.stderr).contains("allow sign-in first"),
        "{}",
        text(&out.stderr)
    );
    let out = run(&mut with(&["user", "set", "mias", "--enabled", "true"]));
    assert!(out.status.success(), "{}", text(&out.stderr));
    let out = run(&mut with(&["user", "access-pass", "mias", "--one-time"]));
    assert!(out.status.success(), "{}", text(&out.stderr));
    let s = text(&out.stdout);
    assert!(s.contains("one sign-in") && s.contains("pass: "), "{s}");
    let pass = s
        .lines()
        .find_map(|l| l.strip_prefix("pass: "))
        .unwrap_or("");
    assert_eq!(pass.len(), 19, "{s}");
    assert!(
        run(&mut with(&["user", "revoke-access-pass", "mias"]))
            .status
            .success()
    );
    let out = run(&mut with(&["user", "revoke-access-pass", "mias"]));
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("has no Temporary Access Pass"));
    let out = run(&mut with(&["user", "show", "nobody"]));
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("there is no user nobody"));

    assert!(
        run(&mut with(&[
            "group",
            "add",
            "SSPRTesters",
            "--description",
            "Testers of SSPR rollout"
        ]))
        .status
        .success()
    );
    assert!(
        run(&mut with(&["group", "add", "All staff"]))
            .status
            .success()
    );
    assert!(
        run(&mut with(&["group", "add-member", "SSPRTesters", "mias"]))
            .status
            .success()
    );
    assert!(
        run(&mut with(&[
            "group",
            "add-member",
            "All staff",
            "SSPRTesters"
        ]))
        .status
        .success()
    );
    let out = run(&mut with(&[
        "group",
        "add-member",
        "SSPRTesters",
        "All staff",
    ]));
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("inside itself"),
        "{}",
        text(&out.stderr)
    );
    let out = run(&mut with(&["user", "show", "mias"]));
    assert!(text(&out.stdout).contains("groups:          SSPRTesters"));
    let out = run(&mut with(&["group", "list"]));
    assert!(text(&out.stdout).contains("Testers of SSPR rollout"));
    assert!(
        run(&mut with(&[
            "group",
            "remove-member",
            "SSPRTesters",
            "mias"
        ]))
        .status
        .success()
    );
    let out = run(&mut with(&[
        "group",
        "remove-member",
        "SSPRTesters",
        "mias",
    ]));
    assert!(text(&out.stderr).contains("not a direct member"));
    assert!(
        run(&mut with(&["group", "delete", "All staff"]))
            .status
            .success()
    );
    assert!(run(&mut with(&["user", "delete", "mias"])).status.success());
    let out = run(&mut with(&["user", "list"]));
    assert!(!text(&out.stdout).contains("mias"));
}

#[test]
fn test_messages_go_to_the_outbox_by_default_and_to_a_real_smtp_server() {
    let d = tempdir("send");
    let out = run(cmd(&d.0).args(["send-test-sms", "+1 425 555 0100"]));
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).contains("sent to +1"),
        "{}",
        text(&out.stdout)
    );
    assert!(
        !text(&out.stdout).contains("4255550100"),
        "the number is masked"
    );
    let outbox = std::fs::read_to_string(d.0.join("latchkey-data/outbox.jsonl")).expect("outbox");
    let line: serde_json::Value =
        serde_json::from_str(outbox.lines().next().expect("a line")).expect("json");
    assert_eq!(line["channel"], "sms");
    assert_eq!(line["to"], "+14255550100");
    assert_eq!(line["subject"], "");
    assert!(line["time"].as_str().is_some_and(|t| t.ends_with('Z')));
    let out = run(cmd(&d.0).args(["send-test-sms", "425 555 0100"]));
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("country code"));

    // A real SMTP server: aiosmtpd with its Maildir handler.
    if Command::new("python3")
        .args(["-c", "import aiosmtpd"])
        .status()
        .map(|s| !s.success())
        .unwrap_or(true)
    {
        panic!("aiosmtpd is missing: pip install aiosmtpd==1.4.6 (./scripts/test.sh installs it)");
    }
    let port = free_port();
    let maildir = d.0.join("maildir");
    let mut smtp = Command::new("python3")
        .args([
            "-m",
            "aiosmtpd",
            "-n",
            "-l",
            &format!("127.0.0.1:{port}"),
            "-c",
            "aiosmtpd.handlers.Mailbox",
        ])
        .arg(&maildir)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("start aiosmtpd");
    let started = Instant::now();
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(
            started.elapsed() < Duration::from_secs(10),
            "aiosmtpd did not start"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    let out = run(cmd(&d.0)
        .args(["send-test-email", "mia@example.org"])
        .env("LATCHKEY_EMAIL__TRANSPORT", "smtp")
        .env("LATCHKEY_EMAIL__SMTP_HOST", "127.0.0.1")
        .env("LATCHKEY_EMAIL__SMTP_PORT", port.to_string())
        .env("LATCHKEY_EMAIL__SMTP_SECURITY", "none")
        .env("LATCHKEY_EMAIL__FROM", "Contoso IT <it@contoso.example>"));
    let _ = smtp.kill();
    let _ = smtp.wait();
    assert!(out.status.success(), "{}", text(&out.stderr));
    let files: Vec<_> = std::fs::read_dir(maildir.join("new"))
        .expect("maildir")
        .flatten()
        .collect();
    assert_eq!(files.len(), 1);
    let mail = std::fs::read_to_string(files[0].path()).expect("mail");
    assert!(
        mail.contains("To: mia@example.org") && mail.contains("it@contoso.example"),
        "{mail}"
    );
    // A server that isn't there: a clear error, not a hang.
    let out = run(cmd(&d.0)
        .args(["send-test-email", "mia@example.org"])
        .env("LATCHKEY_EMAIL__TRANSPORT", "smtp")
        .env("LATCHKEY_EMAIL__SMTP_HOST", "127.0.0.1")
        .env("LATCHKEY_EMAIL__SMTP_PORT", free_port().to_string())
        .env("LATCHKEY_EMAIL__SMTP_SECURITY", "none"));
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("not sent"),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn breached_import_and_every_cli_password_path_refuses_bad_passwords() {
    let d = tempdir("breached");
    let list = d.0.join("pwned.txt");
    // Pwned Passwords format: SHA-1 of "Blue-Otter-Harbor-42" and of a few others.
    let sha1 = |p: &str| -> String {
        let out = Command::new("sha1sum")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .and_then(|mut c| {
                c.stdin.take().expect("stdin").write_all(p.as_bytes())?;
                c.wait_with_output()
            })
            .expect("sha1sum");
        text(&out.stdout)
            .split_whitespace()
            .next()
            .unwrap_or_default()
            .to_uppercase()
    };
    let body: String = [
        "Blue-Otter-Harbor-42",
        "Another-Leaked-Pass-9",
        "third-one-here",
    ]
    .iter()
    .map(|p| format!("{}:{}\n", sha1(p), 3))
    .collect();
    std::fs::write(&list, body).expect("write");
    let out = run(cmd(&d.0).args(["breached", "import"]).arg(&list));
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).contains("imported 3 distinct passwords"),
        "{}",
        text(&out.stdout)
    );
    assert!(
        text(&out.stderr).contains("reading 100%"),
        "progress is shown: {}",
        text(&out.stderr)
    );
    let out = run(cmd(&d.0).args(["breached", "status"]));
    assert!(text(&out.stdout).contains("3 passwords"));
    std::fs::write(d.0.join("bad.txt"), "not a hash\n").expect("write");
    let out = run(cmd(&d.0)
        .args(["breached", "import"])
        .arg(d.0.join("bad.txt")));
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("line 1"),
        "{}",
        text(&out.stderr)
    );

    // The CLI's password paths use the same policy.
    for (pw, reason) in [
        ("Blue-Otter-Harbor-42", "data breach"),
        ("P@ssw0rd!", "too common"),
        ("Steele-99", "your name"),
    ] {
        let out = run_stdin(
            cmd(&d.0).args([
                "user",
                "add",
                "mias",
                "--first-name",
                "Mia",
                "--last-name",
                "Steele",
                "--password-stdin",
            ]),
            &format!("{pw}\n"),
        );
        assert_eq!(out.status.code(), Some(2), "{pw}");
        assert!(
            text(&out.stderr).contains(reason),
            "{pw}: {}",
            text(&out.stderr)
        );
    }
    assert!(
        run(cmd(&d.0).args(["user", "add", "mias", "--first-name", "Mia"]))
            .status
            .success()
    );
    let out = run_stdin(
        cmd(&d.0).args(["user", "reset-password", "mias", "--password-stdin"]),
        "Another-Leaked-Pass-9\n",
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("data breach"));
}

/// Runs SQL against the SQLite file with Python's sqlite3 module (an independent client).
fn sqlite(db: &Path, sql: &str) {
    let status = Command::new("python3")
        .args(["-c", "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.executescript(sys.argv[2]); c.commit()"])
        .arg(db)
        .arg(sql)
        .status()
        .expect("python3");
    assert!(status.success(), "sqlite3 failed on {sql}");
}

#[test]
fn audit_verify_finds_changed_deleted_and_inserted_events_and_export_filters() {
    let d = tempdir("audit");
    let dd = d.0.join("data");
    let with = |args: &[&str]| {
        let mut c = cmd(&d.0);
        c.arg("--data-dir").arg(&dd).args(args);
        c
    };
    for name in ["ann", "bob", "cat", "dan"] {
        assert!(run(&mut with(&["user", "add", name])).status.success());
    }
    let out = run(&mut with(&["audit", "verify"]));
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).contains("intact: 4 events"),
        "{}",
        text(&out.stdout)
    );
    let out = run(&mut with(&["audit", "export", "--target", "bob"]));
    let lines: Vec<serde_json::Value> = text(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("json line"))
        .collect();
    assert_eq!(lines.len(), 1);
    assert_eq!(lines[0]["activity"], "Add user");
    assert!(lines[0]["time"].as_str().is_some_and(|t| t.ends_with('Z')));
    let out = run(&mut with(&["audit", "export", "--since", "yesterday"]));
    assert_eq!(out.status.code(), Some(2));

    let db = dd.join("latchkey.db");
    let copy = d.0.join("copy.db");
    // A consistent copy, WAL included; restoring removes the WAL files first.
    sqlite(&db, &format!("VACUUM INTO '{}';", copy.display()));
    let restore = || {
        for ext in ["db-wal", "db-shm"] {
            let _ = std::fs::remove_file(dd.join(format!("latchkey.{ext}")));
        }
        std::fs::copy(&copy, &db).expect("restore");
    };
    // Changed.
    sqlite(
        &db,
        "UPDATE audit_events SET target = 'mallory' WHERE id = 2;",
    );
    let out = run(&mut with(&["audit", "verify"]));
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("event #2") && text(&out.stderr).contains("changed"),
        "{}",
        text(&out.stderr)
    );
    // Deleted.
    restore();
    sqlite(&db, "DELETE FROM audit_events WHERE id = 3;");
    let out = run(&mut with(&["audit", "verify"]));
    assert!(
        text(&out.stderr).contains("event #4") && text(&out.stderr).contains("deleted or inserted"),
        "{}",
        text(&out.stderr)
    );
    // Inserted (a copy of a real event, slipped in).
    restore();
    sqlite(
        &db,
        "INSERT INTO audit_events (id, time, activity, actor, target, client_ip, result, correlation_id, details, prev_hash, hash) \
        SELECT 100, time, activity, actor, 'eve', client_ip, result, correlation_id, details, prev_hash, hash FROM audit_events WHERE id = 4;",
    );
    let out = run(&mut with(&["audit", "verify"]));
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stdout));
    assert!(
        text(&out.stderr).contains("event #100"),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn api_tokens_from_the_cli_work_against_the_server_until_revoked() {
    let d = tempdir("tokens");
    let with = |args: &[&str]| {
        let mut c = cmd(&d.0);
        c.args(args);
        c
    };
    let out = run(&mut with(&[
        "user",
        "add",
        "helen",
        "--role",
        "password_admin",
    ]));
    assert!(out.status.success(), "{}", text(&out.stderr));
    run(&mut with(&["user", "add", "plain"]));

    let out = run(&mut with(&[
        "token",
        "create",
        "--name",
        "helpdesk bot",
        "--scope",
        "write",
        "--owner",
        "helen",
    ]));
    assert!(out.status.success(), "{}", text(&out.stderr));
    let token = text(&out.stdout).trim().to_owned();
    assert!(
        token.starts_with("lk_") && token.len() == 46 && !token.contains('\n'),
        "the token alone on stdout: {token}"
    );
    assert!(text(&out.stderr).contains("shown only this once"));
    for (args, says) in [
        (
            vec!["--name", "x", "--scope", "admin", "--owner", "helen"],
            "--scope must be read or write",
        ),
        (
            vec!["--name", "x", "--scope", "read", "--owner", "plain"],
            "--owner: ",
        ),
        (
            vec!["--name", "", "--scope", "read", "--owner", "helen"],
            "--name: ",
        ),
        (
            vec!["--name", "x", "--scope", "read", "--owner", "nobody"],
            "there is no user",
        ),
    ] {
        let mut a = vec!["token", "create"];
        a.extend(args);
        let out = run(&mut with(&a));
        assert!(!out.status.success());
        assert!(text(&out.stderr).contains(says), "{}", text(&out.stderr));
    }
    let out = run(&mut with(&["token", "list"]));
    let list = text(&out.stdout);
    assert!(
        list.contains("helpdesk bot") && list.contains("helen") && list.contains("active"),
        "{list}"
    );
    assert!(!list.contains(&token), "a listed token never shows itself");

    let server = Server::start(
        &d.0,
        &[(
            "LATCHKEY_BOOTSTRAP_ADMIN_PASSWORD",
            "Bootstrap-Admin-Pass-1",
        )],
    );
    let auth = format!("Bearer {token}");
    let (status, _, body) = http(
        server.port,
        "GET",
        "/api/v1/users?search=plain",
        &[("Authorization", &auth)],
        "",
    );
    assert_eq!(status, 200, "{body}");
    assert!(body.contains("\"username\":\"plain\""), "{body}");
    let (status, _, body) = http(
        server.port,
        "POST",
        "/api/v1/users",
        &[
            ("Authorization", &auth),
            ("Content-Type", "application/json"),
        ],
        r#"{"username": "newbie"}"#,
    );
    assert_eq!(
        status, 403,
        "a password administrator's token creates no users: {body}"
    );
    assert!(body.contains("\"code\":\"forbidden\""));

    let out = run(&mut with(&["token", "revoke", "1"]));
    assert!(out.status.success(), "{}", text(&out.stderr));
    let (status, _, body) = http(
        server.port,
        "GET",
        "/api/v1/users",
        &[("Authorization", &auth)],
        "",
    );
    assert_eq!(status, 401, "revoked at once: {body}");
    assert!(body.contains("\"code\":\"unauthenticated\""));
    let (ok, _) = server.stop();
    assert!(ok);
    let out = run(&mut with(&["token", "list"]));
    assert!(
        text(&out.stdout).contains("revoked"),
        "{}",
        text(&out.stdout)
    );
    let out = run(&mut with(&["token", "revoke", "99"]));
    assert!(text(&out.stderr).contains("there is no API token 99"));
    let out = run(&mut with(&["audit", "export", "--actor", "cli"]));
    let log = text(&out.stdout);
    assert!(
        log.contains("\"activity\":\"Create API token\"")
            && log.contains("\"activity\":\"Revoke API token\""),
        "{log}"
    );
}

#[test]
fn policy_export_and_apply_as_one_validated_audited_document() {
    let d = tempdir("policy");
    let with = |args: &[&str]| {
        let mut c = cmd(&d.0);
        c.args(args);
        c
    };
    run(&mut with(&["group", "add", "Pilot"]));
    let out = run(&mut with(&["policy", "export"]));
    assert!(out.status.success(), "{}", text(&out.stderr));
    let exported = text(&out.stdout);
    assert!(
        exported.contains("[sspr]")
            && exported.contains("[password]")
            && exported.contains("[administrator]"),
        "{exported}"
    );
    let file = d.0.join("policy.toml");
    std::fs::write(&file, &exported).expect("write");
    let out = run(&mut with(&["policy", "apply", "policy.toml"]));
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).contains("nothing changed"),
        "exported, it applies as it is"
    );

    // Several problems: all named, nothing applied.
    let bad = exported
        .replace("methods_required = 1", "methods_required = 3")
        .replace("min_length = 8", "min_length = 4")
        .replace("scope = \"none\"", "scope = \"selected\"\ngroup_id = 77");
    std::fs::write(&file, &bad).expect("write");
    let out = run(&mut with(&["policy", "apply", "policy.toml"]));
    assert_eq!(out.status.code(), Some(2));
    let err = text(&out.stderr);
    for f in [
        "sspr.methods_required:",
        "sspr.group_id:",
        "password.min_length:",
    ] {
        assert!(err.contains(f), "{f} in {err}");
    }
    std::fs::write(
        &file,
        exported.replace("[password]", "[password]\nminimum = 9"),
    )
    .expect("write");
    let out = run(&mut with(&["policy", "apply", "policy.toml"]));
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("unknown field `minimum`"),
        "{}",
        text(&out.stderr)
    );
    std::fs::write(
        &file,
        exported.replace("methods_required = 2", "methods_required = 1"),
    )
    .expect("write");
    let out = run(&mut with(&["policy", "apply", "policy.toml"]));
    assert!(
        text(&out.stderr).contains("administrator:"),
        "{}",
        text(&out.stderr)
    );

    // Valid: --dry-run changes nothing; apply changes both policies at once.
    let good = exported
        .replace("min_length = 8", "min_length = 12")
        .replace("scope = \"none\"", "scope = \"selected\"\ngroup_id = 1");
    std::fs::write(&file, &good).expect("write");
    let out = run(&mut with(&["policy", "apply", "--dry-run", "policy.toml"]));
    assert!(
        out.status.success() && text(&out.stdout).contains("is valid"),
        "{}",
        text(&out.stderr)
    );
    let out = run(&mut with(&["policy", "export", "--format", "json"]));
    assert!(text(&out.stdout).contains("\"min_length\": 8"));
    let out = run(&mut with(&["policy", "apply", "policy.toml"]));
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).contains("changed the self-service password reset and password policy"),
        "{}",
        text(&out.stdout)
    );
    let out = run(&mut with(&["policy", "export", "--format", "json"]));
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(doc["password"]["min_length"], 12);
    assert_eq!(
        (
            doc["sspr"]["scope"].as_str(),
            doc["sspr"]["group_id"].as_i64()
        ),
        (Some("selected"), Some(1))
    );
    // JSON applies too; in force at once for every password path.
    let json_file = d.0.join("policy.json");
    let mut j = doc.clone();
    j["password"]["min_length"] = serde_json::json!(16);
    std::fs::write(&json_file, j.to_string()).expect("write");
    let out = run(&mut with(&["policy", "apply", "policy.json"]));
    assert!(out.status.success(), "{}", text(&out.stderr));
    let out = run_stdin(
        &mut with(&["user", "add", "ann", "--password-stdin"]),
        "Fifteen-chars-1\n",
    );
    assert!(
        text(&out.stderr).contains("at least 16 characters"),
        "{}",
        text(&out.stderr)
    );
    // A wrong type names its place.
    std::fs::write(&json_file, j.to_string().replace("16", "\"16\"")).expect("write");
    let out = run(&mut with(&["policy", "apply", "policy.json"]));
    assert!(
        text(&out.stderr).contains("password.min_length"),
        "{}",
        text(&out.stderr)
    );
    std::fs::write(d.0.join("policy.txt"), &good).expect("write");
    let out = run(&mut with(&["policy", "apply", "policy.txt"]));
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("--format toml"),
        "{}",
        text(&out.stderr)
    );

    // Two changes applied, two audit events, each with the whole document before and after.
    let out = run(&mut with(&[
        "audit",
        "export",
        "--activity",
        "Apply policy document",
    ]));
    let events: Vec<serde_json::Value> = text(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("json line"))
        .collect();
    assert_eq!(events.len(), 2);
    assert_eq!(events[0]["actor"], "cli");
    assert_eq!(events[0]["details"]["before"]["password"]["min_length"], 8);
    assert_eq!(events[0]["details"]["after"]["password"]["min_length"], 12);
    assert_eq!(events[0]["details"]["via"], "cli");
}

#[test]
fn the_cli_never_removes_the_last_global_administrator() {
    let d = tempdir("lastadmin");
    let dd = d.0.join("data");
    let with = |args: &[&str]| {
        let mut c = cmd(&d.0);
        c.arg("--data-dir").arg(&dd).args(args);
        c
    };
    assert!(
        run(&mut with(&[
            "user",
            "add",
            "boss",
            "--role",
            "global_admin"
        ]))
        .status
        .success()
    );
    for args in [
        &["user", "set", "boss", "--enabled", "false"][..],
        &["user", "set", "boss", "--role", "user"],
        &["user", "delete", "boss"],
    ] {
        let out = run(&mut with(args));
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        assert!(
            text(&out.stderr).contains("only enabled global administrator"),
            "{args:?}: {}",
            text(&out.stderr)
        );
    }
    assert!(
        run(&mut with(&[
            "user",
            "add",
            "deputy",
            "--role",
            "global_admin"
        ]))
        .status
        .success()
    );
    assert!(
        run(&mut with(&["user", "set", "boss", "--role", "user"]))
            .status
            .success(),
        "with a second one it's fine"
    );
}

/// Reads one value with Python's sqlite3 module.
fn sqlite_value(db: &Path, sql: &str) -> String {
    let out = Command::new("python3")
        .args([
            "-c",
            "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute(sys.argv[2]).fetchone()[0])",
        ])
        .arg(db)
        .arg(sql)
        .output()
        .expect("python3");
    assert!(out.status.success(), "{}", text(&out.stderr));
    text(&out.stdout).trim().to_owned()
}

#[test]
fn group_list_shows_the_ids_the_policy_document_needs() {
    let d = tempdir("groupids");
    let dd = d.0.join("data");
    let with = |args: &[&str]| {
        let mut c = cmd(&d.0);
        c.arg("--data-dir").arg(&dd).args(args);
        c
    };
    for name in ["Pilot", "Helpdesk"] {
        assert!(run(&mut with(&["group", "add", name])).status.success());
    }
    let out = run(&mut with(&["group", "list"]));
    assert!(out.status.success(), "{}", text(&out.stderr));
    let listed = text(&out.stdout);
    for name in ["Pilot", "Helpdesk"] {
        let id = sqlite_value(
            &dd.join("latchkey.db"),
            &format!("SELECT id FROM groups WHERE name = '{name}'"),
        );
        assert!(
            listed.lines().any(|l| {
                let mut cols = l.split_whitespace();
                cols.next() == Some(id.as_str()) && cols.next() == Some(name)
            }),
            "{name} (id {id}) is listed with its id: {listed}"
        );
    }
}

/// Runs `c` with standard output a pipe whose reader has gone away before anything was
/// written, as `latchkey user list | head -0` would.
fn run_with_stdout_closed(c: &mut Command) -> Output {
    let mut child = c
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    drop(child.stdout.take());
    child.wait_with_output().expect("wait")
}

#[test]
fn a_closed_pipe_ends_any_command_quietly() {
    let d = tempdir("pipe");
    let dd = d.0.join("data");
    let with = |args: &[&str]| {
        let mut c = cmd(&d.0);
        c.arg("--data-dir").arg(&dd).args(args);
        c
    };
    for name in ["ann", "bob", "cyd", "dee"] {
        assert!(run(&mut with(&["user", "add", name])).status.success());
    }
    assert!(run(&mut with(&["group", "add", "Pilot"])).status.success());
    for args in [
        &["user", "list"][..],
        &["user", "show", "ann"],
        &["group", "list"],
        &["audit", "export"],
        &["policy", "export"],
        &["token", "list"],
        &["print-default-config"],
        &["check-config"],
    ] {
        let out = run_with_stdout_closed(&mut with(args));
        let err = text(&out.stderr);
        assert_ne!(out.status.code(), Some(101), "{args:?} panicked: {err}");
        assert!(
            !err.contains("panicked") && !err.contains("Broken pipe"),
            "{args:?}: {err}"
        );
        assert!(out.status.success(), "{args:?}: {:?} {err}", out.status);
    }
    // `| head -1`: the reader takes a line, then goes.
    let mut child = with(&["user", "list"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    let mut first = [0u8; 1];
    child
        .stdout
        .take()
        .expect("stdout")
        .read_exact(&mut first)
        .expect("some output");
    let out = child.wait_with_output().expect("wait");
    assert!(
        !text(&out.stderr).contains("panicked"),
        "{}",
        text(&out.stderr)
    );
    assert_ne!(out.status.code(), Some(101));
}

#[test]
fn an_instance_with_another_encryption_key_is_refused_and_check_config_says_so() {
    let d = tempdir("sealkey");
    let first = d.0.join("first");
    let db = format!("sqlite://{}", first.join("latchkey.db").display());
    let mut c = cmd(&d.0);
    c.arg("--data-dir").arg(&first).args(["user", "add", "ann"]);
    assert!(run(&mut c).status.success());

    // A second instance on the same database with its own data folder, so its own key.
    let second = d.0.join("second");
    let with = |args: &[&str], key: Option<&str>| {
        let mut c = cmd(&d.0);
        c.arg("--data-dir")
            .arg(&second)
            .env("LATCHKEY_DATABASE__URL", &db)
            .args(args);
        if let Some(k) = key {
            c.env("LATCHKEY_ENCRYPTION_KEY", k);
        }
        c
    };
    let says = "this instance's encryption key is not the one this database was first used with: \
                set encryption_key (LATCHKEY_ENCRYPTION_KEY, or _FILE) to the same value on every instance";
    let out = run(&mut with(&["check-config"], None));
    assert!(!out.status.success());
    assert!(text(&out.stderr).contains(says), "{}", text(&out.stderr));
    assert!(text(&out.stderr).contains("encryption.key"));
    let out = run(&mut with(&["user", "list"], None));
    assert!(!out.status.success());
    assert!(text(&out.stderr).contains(says), "{}", text(&out.stderr));

    let key = std::fs::read_to_string(first.join("encryption.key")).expect("key");
    let out = run(&mut with(&["check-config"], Some(key.trim())));
    assert!(out.status.success(), "{}", text(&out.stderr));
    let out = run(&mut with(&["user", "list"], Some(key.trim())));
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("ann"));
}

/// A fresh PostgreSQL database for one test (`LATCHKEY_TEST_PG_URL`, default
/// postgres://postgres@127.0.0.1:5432/postgres), dropped with it.
struct PgDb {
    admin: String,
    name: String,
    url: String,
}

impl PgDb {
    fn new(tag: &str) -> Self {
        let admin = std::env::var("LATCHKEY_TEST_PG_URL")
            .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".into());
        let name = format!("latchkey_cli_{tag}_{}", std::process::id());
        let psql = |sql: &str| {
            let out = Command::new("psql")
                .arg(&admin)
                .args(["-Atqc", sql])
                .output()
                .expect("psql (./scripts/test.sh installs it)");
            assert!(out.status.success(), "{sql}: {}", text(&out.stderr));
        };
        psql(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"));
        psql(&format!("CREATE DATABASE {name} TEMPLATE template0"));
        let base = admin.rsplit_once('/').map_or(admin.as_str(), |(b, _)| b);
        let url = format!("{base}/{name}");
        Self { admin, name, url }
    }
}

impl Drop for PgDb {
    fn drop(&mut self) {
        let _ = Command::new("psql")
            .arg(&self.admin)
            .args([
                "-Atqc",
                &format!("DROP DATABASE IF EXISTS {} WITH (FORCE)", self.name),
            ])
            .output();
    }
}

#[test]
fn postgres_notices_stay_out_of_the_operators_way() {
    let pg = PgDb::new("notice");
    let d = tempdir("pgnotice");
    let with = |args: &[&str]| {
        let mut c = cmd(&d.0);
        c.arg("--data-dir")
            .arg(d.0.join("data"))
            .env("LATCHKEY_DATABASE__URL", &pg.url)
            .args(args);
        c
    };
    assert!(run(&mut with(&["migrate"])).status.success());
    for args in [&["migrate"][..], &["user", "list"], &["group", "list"]] {
        let out = run(&mut with(args));
        assert!(out.status.success(), "{args:?}: {}", text(&out.stderr));
        let err = text(&out.stderr);
        assert!(
            !err.contains("already exists, skipping") && !err.contains("sqlx::postgres::notice"),
            "{args:?}: {err}"
        );
    }
}

#[test]
fn the_cli_refuses_to_delete_the_group_self_service_reset_is_turned_on_for() {
    let d = tempdir("ssprgroup");
    let with = |args: &[&str]| {
        let mut c = cmd(&d.0);
        c.args(args);
        c
    };
    assert!(run(&mut with(&["group", "add", "Pilot"])).status.success());
    let exported = text(&run(&mut with(&["policy", "export"])).stdout);
    let file = d.0.join("policy.toml");
    let selected = exported.replace("scope = \"none\"", "scope = \"selected\"\ngroup_id = 1");
    std::fs::write(&file, &selected).expect("write");
    let out = run(&mut with(&["policy", "apply", "policy.toml"]));
    assert!(out.status.success(), "{}", text(&out.stderr));

    let out = run(&mut with(&["group", "delete", "Pilot"]));
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stdout));
    assert!(
        text(&out.stderr).contains(
            "This is the group self-service password reset is turned on for. Choose another \
             group, or turn it off, on the Properties page first."
        ),
        "{}",
        text(&out.stderr)
    );
    assert!(text(&run(&mut with(&["group", "list"])).stdout).contains("Pilot"));

    // Turned off, it can go.
    std::fs::write(&file, &exported).expect("write");
    assert!(
        run(&mut with(&["policy", "apply", "policy.toml"]))
            .status
            .success()
    );
    let out = run(&mut with(&["group", "delete", "Pilot"]));
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(!text(&run(&mut with(&["group", "list"])).stdout).contains("Pilot"));
}

/// Runs `c` to its end, or kills it after 20 s (a `serve` that started listening: the
/// configuration was not refused).
fn run_or_kill(c: &mut Command) -> Output {
    let mut child = c
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    let started = Instant::now();
    while child.try_wait().expect("wait").is_none() {
        if started.elapsed() > Duration::from_secs(20) {
            let _ = child.kill();
            break;
        }
        std::thread::sleep(Duration::from_millis(25));
    }
    child.wait_with_output().expect("output")
}

/// The `error: …` line of a failed command.
fn error_line(out: &Output) -> String {
    text(&out.stderr)
        .lines()
        .find(|l| l.starts_with("error: "))
        .unwrap_or_default()
        .to_owned()
}

#[test]
fn check_config_refuses_everything_serve_refuses_in_the_same_words() {
    let d = tempdir("samecheck");
    let smtp = [
        ("LATCHKEY_EMAIL__TRANSPORT", "smtp"),
        ("LATCHKEY_EMAIL__SMTP_HOST", "smtp.invalid"),
    ];
    let twilio = [
        ("LATCHKEY_SMS__PROVIDER", "twilio"),
        ("LATCHKEY_SMS__ACCOUNT_SID", "AC1"),
        ("LATCHKEY_SMS__AUTH_TOKEN", "token"),
        ("LATCHKEY_SMS__FROM", "+15555550199"),
    ];
    let webhook = [
        ("LATCHKEY_SMS__PROVIDER", "webhook"),
        ("LATCHKEY_SMS__WEBHOOK_URL", "https://hooks.invalid/sms"),
    ];
    let with = |base: &[(&'static str, &'static str)], more: &[(&'static str, &'static str)]| {
        base.iter().chain(more).copied().collect::<Vec<_>>()
    };
    /// The environment, the config file, and the setting and variable to be named.
    type Case = (
        Vec<(&'static str, &'static str)>,
        &'static str,
        &'static str,
        &'static str,
    );
    let cases: Vec<Case> = vec![
        (
            vec![("LATCHKEY_EMAIL__TRANSPORT", "smpt")],
            "",
            "email.transport",
            "LATCHKEY_EMAIL__TRANSPORT",
        ),
        (
            vec![],
            "[email]\ntransport = \"smtp\"\n",
            "email.smtp_host",
            "LATCHKEY_EMAIL__SMTP_HOST",
        ),
        (
            with(&smtp, &[("LATCHKEY_EMAIL__FROM", "IT department")]),
            "",
            "email.from",
            "LATCHKEY_EMAIL__FROM",
        ),
        (
            with(&smtp, &[("LATCHKEY_EMAIL__SMTP_SECURITY", "ssl")]),
            "",
            "email.smtp_security",
            "LATCHKEY_EMAIL__SMTP_SECURITY",
        ),
        (
            with(&smtp, &[("LATCHKEY_EMAIL__SMTP_PORT", "70000")]),
            "",
            "email.smtp_port",
            "LATCHKEY_EMAIL__SMTP_PORT",
        ),
        (
            with(&smtp, &[("LATCHKEY_EMAIL__TIMEOUT_SECONDS", "0")]),
            "",
            "email.timeout_seconds",
            "LATCHKEY_EMAIL__TIMEOUT_SECONDS",
        ),
        (
            vec![("LATCHKEY_SMS__PROVIDER", "twillio")],
            "",
            "sms.provider",
            "LATCHKEY_SMS__PROVIDER",
        ),
        (
            vec![("LATCHKEY_SMS__PROVIDER", "twilio")],
            "",
            "sms.account_sid",
            "LATCHKEY_SMS__ACCOUNT_SID",
        ),
        (
            with(&twilio, &[("LATCHKEY_SMS__AUTH_TOKEN", "")]),
            "",
            "sms.auth_token",
            "LATCHKEY_SMS__AUTH_TOKEN",
        ),
        (
            with(&twilio, &[("LATCHKEY_SMS__API_URL", "ftp://api.invalid")]),
            "",
            "sms.api_url",
            "LATCHKEY_SMS__API_URL",
        ),
        (
            with(
                &webhook,
                &[("LATCHKEY_SMS__WEBHOOK_URL", "hooks.invalid/sms")],
            ),
            "",
            "sms.webhook_url",
            "LATCHKEY_SMS__WEBHOOK_URL",
        ),
        (
            with(&webhook, &[("LATCHKEY_SMS__TIMEOUT_SECONDS", "0")]),
            "",
            "sms.timeout_seconds",
            "LATCHKEY_SMS__TIMEOUT_SECONDS",
        ),
        (
            vec![("LATCHKEY_ENCRYPTION_KEY", "not-a-key")],
            "",
            "encryption_key",
            "LATCHKEY_ENCRYPTION_KEY",
        ),
        (
            // Base64, but of 16 bytes.
            vec![("LATCHKEY_ENCRYPTION_KEY", "AAAAAAAAAAAAAAAAAAAAAA==")],
            "",
            "encryption_key",
            "LATCHKEY_ENCRYPTION_KEY",
        ),
        (
            vec![],
            "[log]\nlevel = \"verbose!!\"\n",
            "log.level",
            "LATCHKEY_LOG__LEVEL",
        ),
        (
            vec![("LATCHKEY_LOG", "verbose!!")],
            "",
            "log.level",
            "LATCHKEY_LOG",
        ),
        (
            vec![("LATCHKEY_DATABASE__MAX_CONNECTIONS", "-1")],
            "",
            "database.max_connections",
            "LATCHKEY_DATABASE__MAX_CONNECTIONS",
        ),
        (
            vec![],
            "[database]\nmax_connections = 99999999999\n",
            "database.max_connections",
            "LATCHKEY_DATABASE__MAX_CONNECTIONS",
        ),
        (
            vec![("LATCHKEY_PUBLIC_URL", "sspr.example.org")],
            "",
            "public_url",
            "LATCHKEY_PUBLIC_URL",
        ),
    ];
    let file = d.0.join("latchkey.toml");
    let data = d.0.join("data");
    for (env, toml, key, var) in cases {
        std::fs::write(&file, toml).expect("write");
        let command = |args: &[&str]| {
            let mut c = cmd(&d.0);
            c.args(args)
                .arg("--config")
                .arg(&file)
                .arg("--data-dir")
                .arg(&data);
            for (k, v) in &env {
                c.env(k, v);
            }
            c
        };
        let checked = run_or_kill(&mut command(&["check-config"]));
        let said = error_line(&checked);
        assert_eq!(
            checked.status.code(),
            Some(2),
            "{key}: {}",
            text(&checked.stderr)
        );
        assert!(
            said.starts_with(&format!("error: invalid setting `{key}` ({var}): ")),
            "{key}: {said}"
        );
        let port = free_port().to_string();
        let served = run_or_kill(&mut command(&[
            "serve",
            "--listen",
            &format!("127.0.0.1:{port}"),
        ]));
        assert_eq!(
            served.status.code(),
            Some(2),
            "{key}: {}",
            text(&served.stderr)
        );
        assert_eq!(error_line(&served), said, "{key}");
        assert!(!data.exists(), "{key}: refused before anything was created");
    }

    // The same for the bootstrap password file serve reads at start.
    let missing = d.0.join("no-such-file");
    let bootstrap = |args: &[&str]| {
        let mut c = cmd(&d.0);
        c.args(args)
            .arg("--data-dir")
            .arg(&data)
            .env("LATCHKEY_BOOTSTRAP_ADMIN_PASSWORD_FILE", &missing);
        run_or_kill(&mut c)
    };
    let checked = bootstrap(&["check-config"]);
    let port = free_port().to_string();
    let served = bootstrap(&["serve", "--listen", &format!("127.0.0.1:{port}")]);
    assert_eq!(checked.status.code(), Some(2));
    assert!(
        error_line(&checked).contains("cannot read LATCHKEY_BOOTSTRAP_ADMIN_PASSWORD_FILE"),
        "{}",
        text(&checked.stderr)
    );
    assert_eq!(error_line(&served), error_line(&checked));
    assert!(!data.exists(), "refused before the database was touched");

    // Real backends that are complete pass, and the check connects to nothing: these hosts
    // don't exist.
    let mut c = cmd(&d.0);
    c.arg("check-config").arg("--data-dir").arg(&data);
    for (k, v) in smtp.iter().chain(&twilio) {
        c.env(k, v);
    }
    c.env("LATCHKEY_SMS__API_URL", "https://api.invalid")
        .env("LATCHKEY_LOG__LEVEL", "warn, latchkey_web=debug");
    let out = run_or_kill(&mut c);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("configuration ok"));
}

#[test]
fn out_of_range_numbers_and_unknown_log_levels_are_named() {
    let d = tempdir("ranges");
    let out = run(cmd(&d.0)
        .arg("check-config")
        .env("LATCHKEY_DATABASE__MAX_CONNECTIONS", "99999999999"));
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        error_line(&out),
        "error: invalid setting `database.max_connections` (LATCHKEY_DATABASE__MAX_CONNECTIONS): \
         must be a whole number between 0 and 4294967295"
    );
    let out = run(cmd(&d.0)
        .arg("check-config")
        .env("LATCHKEY_LOG__LEVEL", "verbose!!"));
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        error_line(&out),
        "error: invalid setting `log.level` (LATCHKEY_LOG__LEVEL): `verbose!!` is not a log \
         level: use error, warn, info, debug or trace, or directives such as \
         \"info,latchkey_web=debug\""
    );
    // A level, with a directive for one module, still logs.
    let file = d.0.join("latchkey.toml");
    std::fs::write(&file, "[log]\nlevel = \"info, latchkey_store=warn\"\n").expect("write");
    let s = Server::start(&d.0, &[("LATCHKEY_CONFIG", file.to_str().expect("path"))]);
    let (_, logs) = s.stop();
    assert!(logs.contains("Latchkey is listening"), "{logs}");
}

#[test]
fn adding_a_member_again_says_so_and_audits_nothing() {
    let d = tempdir("memberagain");
    let with = |args: &[&str]| {
        let mut c = cmd(&d.0);
        c.args(args);
        run(&mut c)
    };
    assert!(with(&["user", "add", "ann"]).status.success());
    assert!(with(&["group", "add", "Pilot"]).status.success());
    let out = with(&["group", "add-member", "Pilot", "ann"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(text(&out.stdout).trim(), "added ann to Pilot");
    let out = with(&["group", "add-member", "Pilot", "ann"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(
        text(&out.stdout).trim(),
        "ann is already a member of Pilot; nothing changed"
    );
    let out = with(&["audit", "export", "--activity", "Add member to group"]);
    assert_eq!(
        text(&out.stdout).lines().count(),
        1,
        "{}",
        text(&out.stdout)
    );
}

/// Writes `text` to `name` in `dir`; returns the file's path as a string.
fn write_file(dir: &Path, name: &str, text: &str) -> String {
    let p = dir.join(name);
    std::fs::write(&p, text).expect("write");
    p.display().to_string()
}

#[test]
fn user_import_is_all_or_nothing_and_names_the_line_of_every_bad_row() {
    let d = tempdir("import");
    let with = |args: &[&str]| {
        let mut c = cmd(&d.0);
        c.args(args);
        c
    };
    let db = d.0.join("latchkey-data").join("latchkey.db");
    assert!(run(&mut with(&["group", "add", "Staff"])).status.success());
    let out = run_stdin(
        &mut with(&["user", "add", "helen", "--password-stdin"]),
        "Imported-Pass-42\n",
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let hash = sqlite_value(
        &db,
        "SELECT password_hash FROM users WHERE username = 'helen'",
    );
    assert!(hash.starts_with("$argon2id$"), "{hash}");

    // CSV: columns in any order, quoted values, groups by name (any case, once).
    let csv = write_file(
        &d.0,
        "users.csv",
        "username,first_name,last_name,email,mobile_phone,role,groups\n\
         mias,Mia,Steele,mia@example.org,+1 425 555 0100,,Staff\n\
         OConnor,Tom,\"O'Connor, Jr.\",,,password_admin,\n\
         ann,Ann,Lee,,,,Staff; staff\n",
    );
    let out = run(&mut with(&["user", "import", &csv]));
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).starts_with("imported 3 users in "),
        "{}",
        text(&out.stdout)
    );
    let list = text(&run(&mut with(&["user", "list"])).stdout);
    for name in ["mias", "oconnor", "ann"] {
        assert!(list.contains(name), "{name} in {list}");
    }
    let mia = text(&run(&mut with(&["user", "show", "mias"])).stdout);
    assert!(mia.contains("+14255550100") && mia.contains("groups:          Staff"));
    let tom = text(&run(&mut with(&["user", "show", "oconnor"])).stdout);
    assert!(
        tom.contains("O'Connor, Jr.") && tom.contains("password_admin"),
        "{tom}"
    );
    assert_eq!(
        sqlite_value(
            &db,
            "SELECT password_hash FROM users WHERE username = 'mias'"
        ),
        "!none",
        "no password unless the file brings a hash; nothing is hashed"
    );

    // JSON lines: nulls, lists of groups, a hash brought along.
    let jsonl = write_file(
        &d.0,
        "more.jsonl",
        &format!(
            "{{\"username\":\"zoe\",\"display_name\":\"Zoe Q\",\"password_hash\":\"{hash}\",\"groups\":[\"Staff\"]}}\n\
             \n\
             {{\"username\":\"yan\",\"email\":null}}\n"
        ),
    );
    let out = run(&mut with(&["user", "import", &jsonl]));
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stdout).starts_with("imported 2 users"));
    assert_eq!(
        sqlite_value(
            &db,
            "SELECT password_hash FROM users WHERE username = 'zoe'"
        ),
        hash
    );
    let zoe = text(&run(&mut with(&["user", "show", "zoe"])).stdout);
    assert!(zoe.contains("Zoe Q") && zoe.contains("Staff"), "{zoe}");

    // One bad row on line 4: nothing imported, the line named.
    let bad = write_file(
        &d.0,
        "bad.csv",
        "username,email\nbob,bob@example.org\ncarl,carl@example.org\ndave,not-an-address\n",
    );
    let out = run(&mut with(&["user", "import", &bad]));
    assert_eq!(out.status.code(), Some(2));
    let err = text(&out.stderr);
    assert!(
        err.contains("1 bad row in the file, so nothing was imported"),
        "{err}"
    );
    assert!(
        err.contains("line 4 (dave): email: Enter an email address"),
        "{err}"
    );
    let list = text(&run(&mut with(&["user", "list"])).stdout);
    assert!(!list.contains("bob") && !list.contains("carl"), "{list}");

    // Taken usernames, in the file and in the directory; a bad hash, role and group.
    let dups = write_file(
        &d.0,
        "dups.jsonl",
        "{\"username\":\"erin\"}\n\
         {\"username\":\"MIAS\"}\n\
         {\"username\":\"erin\"}\n\
         {\"username\":\"gus\",\"password_hash\":\"$2b$12$notargon\",\"role\":\"root\",\"groups\":\"Nope\"}\n\
         {\"username\":\"hal\",\"phone\":\"+1\"}\n",
    );
    let out = run(&mut with(&["user", "import", &dups]));
    assert_eq!(out.status.code(), Some(2));
    let err = text(&out.stderr);
    for says in [
        "4 bad rows",
        "line 2 (mias): username: There is already a user \u{201c}mias\u{201d}.",
        "line 3 (erin): username: The username \u{201c}erin\u{201d} is on line 1 too.",
        "line 4 (gus): role: Choose user, helpdesk_verifier, password_admin or global_admin. password_hash: Give an Argon2id hash",
        "groups: There is no group called \u{201c}Nope\u{201d}.",
        "line 5: This line isn't a JSON object",
    ] {
        assert!(err.contains(says), "{says} in {err}");
    }
    assert!(!text(&run(&mut with(&["user", "list"])).stdout).contains("erin"));

    // Argon2id hashes beyond the ceiling (one sign-in would ask for 4 TiB) or below the
    // floor are refused; with every row bad, --continue-on-error imports nothing and
    // says so with exit 2.
    let salt_hash = "c29tZXNhbHRzb21lc2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g";
    let hashes = write_file(
        &d.0,
        "hashes.jsonl",
        &format!(
            "{{\"username\":\"huge\",\"password_hash\":\"$argon2id$v=19$m=4294967295,t=4294967295,p=1${salt_hash}\"}}\n\
             {{\"username\":\"slow\",\"password_hash\":\"$argon2id$v=19$m=4096,t=1000,p=1${salt_hash}\"}}\n\
             {{\"username\":\"weak\",\"password_hash\":\"$argon2id$v=19$m=8,t=1,p=1${salt_hash}\"}}\n"
        ),
    );
    let out = run(&mut with(&[
        "user",
        "import",
        &hashes,
        "--continue-on-error",
    ]));
    assert_eq!(out.status.code(), Some(2), "{}", text(&out.stdout));
    let said = format!("{}{}", text(&out.stdout), text(&out.stderr));
    for line in [
        "line 1 (huge): password_hash:",
        "line 2 (slow): password_hash:",
        "line 3 (weak): password_hash:",
        "nothing was imported: every row was bad (3 skipped)",
    ] {
        assert!(said.contains(line), "{line} in {said}");
    }
    let list = text(&run(&mut with(&["user", "list"])).stdout);
    assert!(!list.contains("huge") && !list.contains("weak"), "{list}");

    // A bad header row stops at once; an unknown extension asks for --format.
    let header = write_file(&d.0, "header.csv", "username,phone\nx,+1\n");
    let out = run(&mut with(&["user", "import", &header]));
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("line 1: Unknown column \u{201c}phone\u{201d}"));
    let txt = write_file(&d.0, "users.txt", "username\nx\n");
    let out = run(&mut with(&["user", "import", &txt]));
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("--format csv"),
        "{}",
        text(&out.stderr)
    );

    // Many bad rows: the first 20 and a count.
    let many = write_file(
        &d.0,
        "many.csv",
        &format!(
            "username\n{}",
            (0..25)
                .map(|i| format!("bad name {i}\n"))
                .collect::<String>()
        ),
    );
    let out = run(&mut with(&["user", "import", &many]));
    let err = text(&out.stderr);
    assert!(
        err.contains("line 21 (bad name 19)") && !err.contains("line 22 "),
        "{err}"
    );
    assert!(err.contains("\u{2026} and 5 more bad rows"), "{err}");

    // A dry run checks and writes nothing.
    let dry = write_file(&d.0, "dry.csv", "username\nfrank\n");
    let out = run(&mut with(&["user", "import", &dry, "--dry-run"]));
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).contains("would import 1 user "),
        "{}",
        text(&out.stdout)
    );
    assert!(!text(&run(&mut with(&["user", "list"])).stdout).contains("frank"));

    // --continue-on-error: the good rows, and a report of the others.
    let out = run(&mut with(&["user", "import", &bad, "--continue-on-error"]));
    assert!(out.status.success(), "{}", text(&out.stderr));
    let report = text(&out.stdout);
    assert!(report.contains("skipped line 4 (dave): email:"), "{report}");
    assert!(
        report.contains("imported 2 users in") && report.contains("skipped 1 bad row"),
        "{report}"
    );
    let list = text(&run(&mut with(&["user", "list"])).stdout);
    assert!(list.contains("bob") && list.contains("carl") && !list.contains("dave"));

    // One audit event an import that wrote, none for those refused; the chain holds.
    let out = run(&mut with(&[
        "audit",
        "export",
        "--activity",
        "Import users",
    ]));
    let events: Vec<serde_json::Value> = text(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("json line"))
        .collect();
    let seen: Vec<(String, i64, i64)> = events
        .iter()
        .map(|e| {
            (
                e["target"].as_str().unwrap_or_default().to_owned(),
                e["details"]["imported"].as_i64().unwrap_or(-1),
                e["details"]["skipped"].as_i64().unwrap_or(-1),
            )
        })
        .collect();
    assert_eq!(
        seen,
        [
            ("users.csv".to_owned(), 3, 0),
            ("more.jsonl".to_owned(), 2, 0),
            ("bad.csv".to_owned(), 2, 1)
        ]
    );
    assert!(
        events
            .iter()
            .all(|e| e["actor"] == "cli" && e["details"]["via"] == "cli")
    );
    assert_eq!(events[1]["details"]["with_password"], 1);
    // The usernames created are in the event, so a search of the log for one finds it.
    assert_eq!(
        events[2]["details"]["usernames"],
        serde_json::json!(["bob", "carl"])
    );
    assert!(run(&mut with(&["audit", "verify"])).status.success());
}

#[test]
fn imported_users_sign_in_with_their_hash_and_without_one_are_refused_as_a_wrong_password() {
    let d = tempdir("importsignin");
    let db = d.0.join("latchkey-data").join("latchkey.db");
    let out = run_stdin(
        cmd(&d.0).args([
            "user",
            "add",
            "helen",
            "--password-stdin",
            "--no-must-change",
        ]),
        "Imported-Pass-42\n",
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let hash = sqlite_value(
        &db,
        "SELECT password_hash FROM users WHERE username = 'helen'",
    );
    let file = write_file(
        &d.0,
        "users.csv",
        // A PHC string holds commas: quoted, as CSV wants.
        &format!("username,password_hash\nzoe,\"{hash}\"\nyan,\n"),
    );
    let out = run(cmd(&d.0).args(["user", "import", &file]));
    assert!(out.status.success(), "{}", text(&out.stderr));
    let s = Server::start(&d.0, &[]);
    let (cookie, token) = cookie_and_token(s.port);
    let hdrs = [
        ("Cookie", cookie.as_str()),
        ("Content-Type", "application/x-www-form-urlencoded"),
    ];
    let sign_in = |user: &str, pw: &str| {
        http(
            s.port,
            "POST",
            "/",
            &hdrs,
            &format!("csrf={token}&username={user}&password={}", urlencode(pw)),
        )
    };
    let (status, head, _) = sign_in("zoe", "Imported-Pass-42");
    assert_eq!(status, 303, "the imported hash works: {head}");
    let (status, _, body) = sign_in("yan", "!none");
    assert_eq!(
        status, 401,
        "no password: refused like a wrong one, not an error"
    );
    assert!(body.contains("Your account or password is incorrect"));
    let (ok, log) = s.stop();
    assert!(ok, "{log}");
}

#[test]
fn user_import_contacts_checks_every_row_then_changes_all_or_nothing() {
    let d = tempdir("contacts");
    let with = |args: &[&str]| {
        let mut c = cmd(&d.0);
        c.args(args);
        c
    };
    assert!(run(&mut with(&["user", "add", "mias"])).status.success());
    let bad = write_file(
        &d.0,
        "bad.csv",
        "username,mobile_phone\nmias,+1 425 555 0100\nnobody,+14255550101\n",
    );
    let out = run(&mut with(&["user", "import-contacts", &bad]));
    assert_eq!(out.status.code(), Some(2));
    let err = text(&out.stderr);
    assert!(err.contains("line 3 (nobody): username:"), "{err}");
    let good = write_file(
        &d.0,
        "good.csv",
        "username,mobile_phone\nmias,+1 425 555 0100\n",
    );
    let out = run(&mut with(&["user", "import-contacts", "--dry-run", &good]));
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("line 2 mias: mobile_phone (none) -> +14255550100"));
    assert!(!text(&run(&mut with(&["user", "show", "mias"])).stdout).contains("+14255550100"));
    let out = run(&mut with(&["user", "import-contacts", &good]));
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("changed the contact details of 1 user"));
    assert!(text(&run(&mut with(&["user", "show", "mias"])).stdout).contains("+14255550100"));
}
