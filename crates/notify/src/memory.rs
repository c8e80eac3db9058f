//! A notifier that keeps messages in memory, for tests.

use std::sync::{Arc, Mutex, MutexGuard};

use crate::{Message, Notifier, NotifyError};

/// Keeps every message sent through it; clones share the same list.
#[derive(Debug, Clone, Default)]
pub struct Memory {
    messages: Arc<Mutex<Vec<Message>>>,
}

impl Memory {
    /// Everything sent so far, oldest first.
    pub fn messages(&self) -> Vec<Message> {
        self.lock().clone()
    }

    /// The most recent message, if any.
    pub fn last(&self) -> Option<Message> {
        self.lock().last().cloned()
    }

    /// Forgets every message kept so far.
    pub fn clear(&self) {
        self.lock().clear();
    }

    fn lock(&self) -> MutexGuard<'_, Vec<Message>> {
        self.messages
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

#[async_trait::async_trait]
impl Notifier for Memory {
    async fn send(&self, message: &Message) -> Result<String, NotifyError> {
        self.lock().push(message.clone());
        Ok(uuid::Uuid::new_v4().to_string())
    }
}
