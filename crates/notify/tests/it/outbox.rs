//! The outbox file: concurrent appends, exact line format, permissions.

use std::sync::Arc;

use latchkey_notify::{Channel, Message, Notifier, Outbox};
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

use crate::support::Scratch;

fn message(i: usize) -> Message {
    let channel = match i % 3 {
        0 => Channel::Email,
        1 => Channel::Sms,
        _ => Channel::Voice,
    };
    Message {
        channel,
        to: format!("user{i}@example.org"),
        subject: format!("Subject {i}"),
        // Long, with quotes, newlines and non-ASCII, so a torn line would show.
        body: format!(
            "Body {i}: \"quoted\"\nsecond line — é\n{}",
            "x".repeat(20_000 + i)
        ),
        html: Some("<p>not in the outbox</p>".into()),
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn fifty_concurrent_sends_give_fifty_whole_lines() {
    let scratch = Scratch::new("outbox");
    // A folder that doesn't exist yet.
    let data_dir = scratch.path().join("data").join("nested");
    let outbox = Arc::new(Outbox::new(&data_dir));
    assert_eq!(outbox.path(), data_dir.join("outbox.jsonl"));

    let tasks: Vec<_> = (0..50)
        .map(|i| {
            let outbox = Arc::clone(&outbox);
            tokio::spawn(async move { outbox.send(&message(i)).await })
        })
        .collect();
    let mut ids = Vec::new();
    for t in tasks {
        ids.push(t.await.expect("task").expect("sent"));
    }
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), 50, "message ids are unique");

    let text = std::fs::read_to_string(data_dir.join("outbox.jsonl")).expect("outbox");
    assert!(text.ends_with('\n'));
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 50);
    let mut seen = [false; 50];
    let before = OffsetDateTime::now_utc();
    for line in lines {
        let v: serde_json::Value = serde_json::from_str(line).expect("a whole JSON line");
        let keys: Vec<&str> = v
            .as_object()
            .expect("object")
            .keys()
            .map(String::as_str)
            .collect();
        let mut sorted = keys.clone();
        sorted.sort_unstable();
        assert_eq!(sorted, ["body", "channel", "subject", "time", "to"]);
        assert!(line.starts_with("{\"time\":\""), "{}", &line[..40]);

        let to = v["to"].as_str().expect("to");
        let i: usize = to
            .trim_start_matches("user")
            .trim_end_matches("@example.org")
            .parse()
            .expect("index");
        let expected = message(i);
        assert!(!seen[i], "line {i} twice");
        seen[i] = true;
        assert_eq!(v["channel"], expected.channel.as_str());
        assert_eq!(v["body"], expected.body.as_str());
        let subject = if expected.channel == Channel::Email {
            expected.subject.as_str()
        } else {
            ""
        };
        assert_eq!(v["subject"], subject);
        let time = v["time"].as_str().expect("time");
        assert!(time.ends_with('Z'), "{time}");
        let t = OffsetDateTime::parse(time, &Rfc3339).expect("RFC 3339");
        assert!((before - t).whole_seconds().abs() < 60);
    }
    assert!(seen.iter().all(|s| *s));
}

#[cfg(unix)]
#[tokio::test]
async fn the_file_is_private() {
    use std::os::unix::fs::PermissionsExt;
    let scratch = Scratch::new("outbox-mode");
    let outbox = Outbox::new(scratch.path());
    outbox.send(&message(1)).await.expect("sent");
    let mode = std::fs::metadata(outbox.path())
        .expect("metadata")
        .permissions()
        .mode();
    assert_eq!(mode & 0o077, 0, "mode {mode:o}");
}

#[tokio::test]
async fn exact_line_for_an_sms() {
    let scratch = Scratch::new("outbox-line");
    let outbox = Outbox::new(scratch.path());
    let m =
        latchkey_notify::templates::verification_code_sms("Contoso", "+15555550100", "481592", 10);
    outbox.send(&m).await.expect("sent");
    let text = std::fs::read_to_string(outbox.path()).expect("outbox");
    let (time, rest) = text
        .strip_prefix("{\"time\":\"")
        .and_then(|t| t.split_once('"'))
        .expect("time first");
    assert!(OffsetDateTime::parse(time, &Rfc3339).is_ok(), "{time}");
    assert_eq!(
        rest,
        ",\"channel\":\"sms\",\"to\":\"+15555550100\",\"subject\":\"\",\
         \"body\":\"481592 is your Contoso verification code. It expires in 10 minutes.\"}\n"
    );
}

#[tokio::test]
async fn an_unwritable_place_is_an_io_error() {
    let scratch = Scratch::new("outbox-bad");
    let file = scratch.path().join("a-file");
    std::fs::write(&file, "x").expect("write");
    // The data folder is a file: the outbox cannot be created below it.
    let outbox = Outbox::new(&file);
    let e = outbox.send(&message(0)).await.expect_err("not a folder");
    assert!(matches!(e, latchkey_notify::NotifyError::Io(_)), "{e:?}");
}
