//! latchkey-notify against real components: the outbox file, a real SMTP server (Python's
//! aiosmtpd), and a local HTTP server recording what the SMS providers receive.
#![expect(
    clippy::expect_used,
    reason = "a test stops loudly at the first setup failure"
)]

mod delivery;
mod outbox;
mod phone;
mod smtp;
mod support;
mod templates;
