//! Smtp against a real SMTP server: Python's aiosmtpd with a Maildir handler
//! (`tests/smtp_server.py`), started on a free port for each test.

use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use latchkey_core::config::EmailSettings;
use latchkey_notify::{Channel, Message, Notifier, NotifyError, Smtp, templates};

use crate::support::{Scratch, closed_port};

/// aiosmtpd on 127.0.0.1:`port`, killed when dropped.
struct SmtpServer {
    child: Child,
    port: u16,
    maildir: PathBuf,
    _scratch: Scratch,
}

impl SmtpServer {
    fn start() -> Self {
        let have = Command::new("python3")
            .args(["-c", "import aiosmtpd"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success());
        assert!(
            have,
            "these tests need Python's aiosmtpd: run `python3 -m pip install aiosmtpd==1.4.6` \
             (pip install aiosmtpd)"
        );
        let scratch = Scratch::new("smtp");
        let maildir = scratch.path().join("maildir");
        let log = scratch.path().join("server.log");
        let port = closed_port();
        let helpers = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests");
        let mut child = Command::new("python3")
            .args(["-m", "aiosmtpd", "-n", "-l"])
            .arg(format!("127.0.0.1:{port}"))
            .args(["-c", "smtp_server.TestMailbox"])
            .arg(&maildir)
            .env("PYTHONPATH", &helpers)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(std::fs::File::create(&log).expect("server log"))
            .spawn()
            .expect("start python3 -m aiosmtpd");
        let deadline = Instant::now() + Duration::from_secs(15);
        loop {
            if TcpStream::connect(("127.0.0.1", port)).is_ok() {
                break;
            }
            if let Ok(Some(status)) = child.try_wait() {
                panic!(
                    "aiosmtpd exited ({status}) before listening: {}",
                    std::fs::read_to_string(&log).unwrap_or_default()
                );
            }
            assert!(
                Instant::now() < deadline,
                "aiosmtpd did not listen on port {port} within 15 s"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
        Self {
            child,
            port,
            maildir,
            _scratch: scratch,
        }
    }

    fn settings(&self) -> EmailSettings {
        EmailSettings {
            transport: "smtp".into(),
            from: "Contoso IT <it@contoso.example>".into(),
            smtp_host: "127.0.0.1".into(),
            smtp_port: u32::from(self.port),
            smtp_security: "none".into(),
            timeout_seconds: 5,
            ..EmailSettings::default()
        }
    }

    /// The raw messages delivered so far.
    fn delivered(&self) -> Vec<String> {
        let Ok(dir) = std::fs::read_dir(self.maildir.join("new")) else {
            return Vec::new();
        };
        dir.map(|e| std::fs::read_to_string(e.expect("entry").path()).expect("read message"))
            .collect()
    }
}

impl Drop for SmtpServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Undoes quoted-printable (soft line breaks and `=XX`); other text passes through.
fn unquote(text: &str) -> String {
    let text = text.replace("=\r\n", "").replace("=\n", "");
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'='
            && let Some(hex) = text.get(i + 1..i + 3)
            && let Ok(b) = u8::from_str_radix(hex, 16)
        {
            out.push(b);
            i += 3;
            continue;
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// A header of `raw` (CRLF or LF), with folded lines joined.
fn header(raw: &str, name: &str) -> Option<String> {
    let raw = raw.replace("\r\n", "\n");
    let head = raw
        .split("\n\n")
        .next()?
        .replace("\n ", " ")
        .replace("\n\t", " ");
    head.lines().find_map(|l| {
        let (k, v) = l.split_once(':')?;
        k.eq_ignore_ascii_case(name).then(|| v.trim().to_owned())
    })
}

/// The parts of a multipart message: (content type, decoded body).
fn parts(raw: &str) -> Vec<(String, String)> {
    let raw = raw.replace("\r\n", "\n");
    let content_type = header(&raw, "Content-Type").expect("Content-Type");
    let boundary = content_type
        .split("boundary=")
        .nth(1)
        .expect("a multipart boundary")
        .trim_matches('"')
        .to_owned();
    raw.split(&format!("--{boundary}"))
        .skip(1)
        .filter(|p| !p.starts_with("--"))
        .map(|part| {
            let part = part.trim_start_matches('\n');
            let (head, body) = part.split_once("\n\n").expect("part headers");
            let ctype = head
                .lines()
                .find_map(|l| l.strip_prefix("Content-Type:"))
                .unwrap_or_default()
                .trim()
                .to_owned();
            (ctype, unquote(body))
        })
        .collect()
}

#[tokio::test]
async fn delivers_a_multipart_message_to_a_real_server() {
    let server = SmtpServer::start();
    let smtp = Smtp::new(&server.settings()).expect("smtp");
    let message =
        templates::verification_code_email("Contoso", "mary@example.org", "Mary", "481592", 10);
    let id = smtp.send(&message).await.expect("sent");
    assert!(id.ends_with("@contoso.example"), "{id}");

    let delivered = server.delivered();
    assert_eq!(delivered.len(), 1);
    let raw = &delivered[0];
    assert_eq!(
        header(raw, "From"),
        Some("\"Contoso IT\" <it@contoso.example>".to_owned())
    );
    assert_eq!(header(raw, "To"), Some("mary@example.org".to_owned()));
    assert_eq!(
        header(raw, "Subject"),
        Some("Contoso account verification code".to_owned())
    );
    assert_eq!(header(raw, "Message-ID"), Some(format!("<{id}>")));
    assert_eq!(
        header(raw, "X-MailFrom"),
        Some("it@contoso.example".to_owned())
    );
    assert_eq!(header(raw, "X-RcptTo"), Some("mary@example.org".to_owned()));
    assert!(
        header(raw, "Content-Type").is_some_and(|t| t.starts_with("multipart/alternative")),
        "{raw}"
    );

    let parts = parts(raw);
    assert_eq!(parts.len(), 2, "{raw}");
    let plain = parts
        .iter()
        .find(|(t, _)| t.starts_with("text/plain"))
        .expect("a text/plain part");
    let html = parts
        .iter()
        .find(|(t, _)| t.starts_with("text/html"))
        .expect("a text/html part");
    assert!(plain.1.contains("\n    481592\n"), "{}", plain.1);
    assert!(plain.1.contains("It expires in 10 minutes."), "{}", plain.1);
    assert!(html.1.contains(">481592</p>"), "{}", html.1);
    assert!(html.1.contains("<!DOCTYPE html>"), "{}", html.1);
}

#[tokio::test]
async fn plain_text_only_without_html() {
    let server = SmtpServer::start();
    let smtp = Smtp::new(&server.settings()).expect("smtp");
    let message = Message {
        channel: Channel::Email,
        to: "Bob <bob@example.org>".into(),
        subject: "Hi".into(),
        body: "Just text.\n".into(),
        html: None,
    };
    smtp.send(&message).await.expect("sent");
    let delivered = server.delivered();
    assert_eq!(delivered.len(), 1);
    let raw = &delivered[0];
    assert!(
        header(raw, "Content-Type").is_some_and(|t| t.starts_with("text/plain")),
        "{raw}"
    );
    assert_eq!(header(raw, "X-RcptTo"), Some("bob@example.org".to_owned()));
    assert!(raw.contains("Just text."));
}

#[tokio::test]
async fn permanent_refusal_is_rejected_and_temporary_is_unavailable() {
    let server = SmtpServer::start();
    let smtp = Smtp::new(&server.settings()).expect("smtp");
    let mut message = templates::test_message_email("Contoso", "nobody@example.org");
    match smtp.send(&message).await {
        Err(NotifyError::Rejected(text)) => assert!(text.contains("550"), "{text}"),
        other => panic!("expected Rejected, got {other:?}"),
    }
    message.to = "busy@example.org".into();
    match smtp.send(&message).await {
        Err(e @ NotifyError::Unavailable(_)) => assert!(e.is_temporary()),
        other => panic!("expected Unavailable, got {other:?}"),
    }
    message.to = "not an address".into();
    assert!(matches!(
        smtp.send(&message).await,
        Err(NotifyError::Rejected(_))
    ));
    assert!(server.delivered().is_empty());
}

#[tokio::test]
async fn starttls_is_required_when_configured() {
    // aiosmtpd here offers no STARTTLS: the send must fail before any mail is handed over,
    // never fall back to plain text.
    let server = SmtpServer::start();
    let settings = EmailSettings {
        smtp_security: "starttls".into(),
        ..server.settings()
    };
    let smtp = Smtp::new(&settings).expect("smtp");
    let message = templates::test_message_email("Contoso", "mary@example.org");
    let e = smtp.send(&message).await.expect_err("no STARTTLS offered");
    assert!(matches!(e, NotifyError::Unavailable(_)), "{e:?}");

    // Implicit TLS against a plain-text server: the TLS handshake (rustls with ring) fails
    // cleanly.
    let settings = EmailSettings {
        smtp_security: "tls".into(),
        ..server.settings()
    };
    let smtp = Smtp::new(&settings).expect("smtp");
    let e = smtp.send(&message).await.expect_err("not a TLS server");
    assert!(matches!(e, NotifyError::Unavailable(_)), "{e:?}");
    assert!(server.delivered().is_empty());
}

#[test]
fn tls_transports_build_without_a_process_crypto_provider() {
    for security in ["starttls", "tls"] {
        let settings = EmailSettings {
            transport: "smtp".into(),
            smtp_host: "smtp.example.org".into(),
            smtp_port: 465,
            smtp_security: security.into(),
            smtp_username: "latchkey".into(),
            smtp_password: "secret".into(),
            ..EmailSettings::default()
        };
        Smtp::new(&settings).expect("a TLS transport");
    }
}

#[tokio::test]
async fn a_closed_port_fails_fast() {
    let settings = EmailSettings {
        transport: "smtp".into(),
        smtp_host: "127.0.0.1".into(),
        smtp_port: u32::from(closed_port()),
        smtp_security: "none".into(),
        timeout_seconds: 3,
        ..EmailSettings::default()
    };
    let smtp = Smtp::new(&settings).expect("smtp");
    let started = Instant::now();
    let e = smtp
        .send(&templates::test_message_email(
            "Contoso",
            "mary@example.org",
        ))
        .await
        .expect_err("nothing listens");
    assert!(matches!(e, NotifyError::Unavailable(_)), "{e:?}");
    assert!(
        started.elapsed() < Duration::from_secs(3),
        "{:?}",
        started.elapsed()
    );
}

#[tokio::test]
async fn a_silent_server_times_out() {
    // Accepts the connection and never says hello.
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = listener.local_addr().expect("addr").port();
    let held = std::thread::spawn(move || listener.accept().map(|(s, _)| s));
    let settings = EmailSettings {
        transport: "smtp".into(),
        smtp_host: "127.0.0.1".into(),
        smtp_port: u32::from(port),
        smtp_security: "none".into(),
        timeout_seconds: 1,
        ..EmailSettings::default()
    };
    let smtp = Smtp::new(&settings).expect("smtp");
    let started = Instant::now();
    let e = smtp
        .send(&templates::test_message_email(
            "Contoso",
            "mary@example.org",
        ))
        .await
        .expect_err("no greeting");
    let took = started.elapsed();
    assert!(matches!(e, NotifyError::Unavailable(_)), "{e:?}");
    assert!(took >= Duration::from_millis(900), "{took:?}");
    assert!(took < Duration::from_secs(3), "{took:?}");
    drop(held.join());
}

#[test]
fn settings_errors_name_the_setting() {
    let base = EmailSettings {
        transport: "smtp".into(),
        smtp_host: "smtp.example.org".into(),
        ..EmailSettings::default()
    };
    let cases = [
        (
            EmailSettings {
                smtp_host: String::new(),
                ..base.clone()
            },
            "email.smtp_host",
        ),
        (
            EmailSettings {
                smtp_port: 70_000,
                ..base.clone()
            },
            "email.smtp_port",
        ),
        (
            EmailSettings {
                smtp_security: "ssl".into(),
                ..base.clone()
            },
            "email.smtp_security",
        ),
        (
            EmailSettings {
                from: "not an address".into(),
                ..base.clone()
            },
            "email.from",
        ),
        (
            EmailSettings {
                timeout_seconds: 0,
                ..base.clone()
            },
            "email.timeout_seconds",
        ),
    ];
    for (settings, key) in cases {
        match Smtp::new(&settings) {
            Err(NotifyError::Config(text)) => assert!(text.contains(key), "{text}"),
            other => panic!("{key}: expected a Config error, got {:?}", other.err()),
        }
    }
}
