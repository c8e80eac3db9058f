//! The outbox: every message appended as one JSON line to `<data_dir>/outbox.jsonl`, for
//! trying Latchkey out without a mail server or SMS provider, and for automated tests.

use std::path::{Path, PathBuf};

use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;
use tokio::io::AsyncWriteExt;
use tokio::sync::Mutex;

use crate::{Channel, Message, Notifier, NotifyError};

pub const OUTBOX_FILE: &str = "outbox.jsonl";

/// Appends messages to `<data_dir>/outbox.jsonl`, one JSON object a line:
/// `{"time", "channel", "to", "subject", "body"}`.
#[derive(Debug)]
pub struct Outbox {
    path: PathBuf,
    lock: Mutex<()>,
}

#[derive(serde::Serialize)]
struct Line<'a> {
    time: String,
    channel: Channel,
    to: &'a str,
    subject: &'a str,
    body: &'a str,
}

impl Outbox {
    /// The folder and the file are created on the first send.
    pub fn new(data_dir: &Path) -> Self {
        Self {
            path: data_dir.join(OUTBOX_FILE),
            lock: Mutex::new(()),
        }
    }

    /// `<data_dir>/outbox.jsonl`.
    pub fn path(&self) -> &Path {
        &self.path
    }
}

#[async_trait::async_trait]
impl Notifier for Outbox {
    async fn send(&self, message: &Message) -> Result<String, NotifyError> {
        let time = OffsetDateTime::now_utc()
            .format(&Rfc3339)
            .map_err(|e| NotifyError::Io(format!("cannot format the time: {e}")))?;
        let subject = match message.channel {
            Channel::Email => message.subject.as_str(),
            Channel::Sms | Channel::Voice => "",
        };
        let line = Line {
            time,
            channel: message.channel,
            to: &message.to,
            subject,
            body: &message.body,
        };
        let mut text = serde_json::to_string(&line)
            .map_err(|e| NotifyError::Io(format!("cannot encode the message: {e}")))?;
        text.push('\n');

        let io = |what: &str, e: std::io::Error| {
            NotifyError::Io(format!("{what} {}: {e}", self.path.display()))
        };
        let _guard = self.lock.lock().await;
        if let Some(dir) = self.path.parent()
            && !dir.as_os_str().is_empty()
        {
            tokio::fs::create_dir_all(dir)
                .await
                .map_err(|e| io("cannot create the folder of", e))?;
        }
        let mut options = tokio::fs::OpenOptions::new();
        options.create(true).append(true);
        #[cfg(unix)]
        options.mode(0o600);
        let mut file = options
            .open(&self.path)
            .await
            .map_err(|e| io("cannot open", e))?;
        // One write of the whole line, in append mode: other processes appending to the
        // same file cannot split it either.
        file.write_all(text.as_bytes())
            .await
            .map_err(|e| io("cannot write", e))?;
        file.flush().await.map_err(|e| io("cannot write", e))?;
        Ok(uuid::Uuid::new_v4().to_string())
    }
}
