//! Messages after the fact: "your password was reset", the alert to other global admins,
//! help requests. A failed notice is logged and audited; it never undoes the reset.

use latchkey_core::audit::{Outcome, activity};
use latchkey_core::clock::rfc3339;
use latchkey_core::directory::{Role, User};
use latchkey_notify::{Message, templates};

use crate::audit::{Ctx, record};
use crate::sspr::load_policy;
use crate::state::AppState;

async fn deliver(state: &AppState, ctx: &Ctx, target: &str, what: &str, m: Message) {
    if let Err(e) = state.delivery.send(&m).await {
        tracing::warn!(%e, what, "a notification could not be delivered");
        record(
            state,
            ctx,
            activity::NOTIFICATION_FAILED,
            target,
            Outcome::Failure,
            serde_json::json!({"notification": what, "error": e.to_string()}),
        )
        .await;
    }
}

/// A link that lets the owner report "this wasn't me" (valid 7 days).
async fn report_link(state: &AppState, user: &User) -> String {
    let token = crate::middleware::random_token();
    let owner = format!("report:{}", state.mac(&[b"report", token.as_bytes()]));
    let rec = latchkey_core::store::CodeRecord {
        owner,
        purpose: "report".into(),
        destination: user.id.to_string(),
        code_mac: String::new(),
        expires_at: state.now() + 7 * 86_400,
        attempts: 0,
    };
    if let Err(e) = state.store.code_put(&rec).await {
        tracing::warn!(%e, "could not store a report link");
    }
    format!("{}/report/{token}", state.base_url())
}

/// Tells the user (primary and alternate email) and, for an administrator, the other
/// global administrators, as the policy says.
pub async fn after_reset(state: &AppState, ctx: &Ctx, user: &User, unlock_only: bool) {
    let Ok(policy) = load_policy(state).await else {
        return;
    };
    let org = &state.org_name();
    let when = rfc3339(state.now());
    if policy.notify_users {
        let link = report_link(state, user).await;
        // The profile addresses and the address registered for reset, once each.
        let registered = crate::sspr::registry::load(state, user.id)
            .await
            .ok()
            .and_then(|r| r.email)
            .map(|m| m.value);
        let mut to: Vec<String> = [&user.email, &user.alternate_email]
            .into_iter()
            .flatten()
            .map(|e| e.as_str().to_owned())
            .collect();
        to.extend(registered);
        let mut sent: Vec<String> = Vec::new();
        for addr in to {
            if sent.iter().any(|s| s.eq_ignore_ascii_case(&addr)) {
                continue;
            }
            let m = templates::password_reset_notice(
                org,
                &addr,
                &user.display_name,
                &when,
                &link,
                unlock_only,
            );
            sent.push(addr);
            deliver(
                state,
                ctx,
                user.username.as_str(),
                "password_reset_notice",
                m,
            )
            .await;
        }
    }
    if policy.notify_admins && user.role.is_admin() && !unlock_only {
        let link = report_link(state, user).await;
        let admins = state
            .store
            .users_with_role(Role::GlobalAdmin, 100)
            .await
            .unwrap_or_default();
        for a in admins.iter().filter(|a| a.id != user.id) {
            if let Some(addr) = a.email.as_ref().or(a.alternate_email.as_ref()) {
                let m = templates::admin_reset_alert(
                    org,
                    addr.as_str(),
                    &user.display_name,
                    user.username.as_str(),
                    &when,
                    &link,
                );
                deliver(state, ctx, a.username.as_str(), "admin_reset_alert", m).await;
            }
        }
    }
}

/// "Contact your administrator": password administrators, else global administrators (at most 100).
pub async fn help_request(state: &AppState, ctx: &Ctx, username: &str) -> usize {
    let org = &state.org_name();
    let when = rfc3339(state.now());
    let mut admins = state
        .store
        .users_with_role(Role::PasswordAdmin, 100)
        .await
        .unwrap_or_default();
    admins.retain(|a| a.email.is_some() || a.alternate_email.is_some());
    if admins.is_empty() {
        admins = state
            .store
            .users_with_role(Role::GlobalAdmin, 100)
            .await
            .unwrap_or_default();
    }
    let mut n = 0;
    for a in &admins {
        if let Some(addr) = a.email.as_ref().or(a.alternate_email.as_ref()) {
            let m = templates::help_request(org, addr.as_str(), username, &when, &ctx.client_ip);
            deliver(state, ctx, a.username.as_str(), "help_request", m).await;
            n += 1;
        }
    }
    n
}

/// Tells the user at their profile addresses that their security info changed, so a
/// stolen session can't quietly swap in an attacker's phone or app.
pub async fn security_info_changed(state: &AppState, ctx: &Ctx, user: &User, what: &str) {
    let org = &state.org_name();
    let when = rfc3339(state.now());
    for addr in [&user.email, &user.alternate_email].into_iter().flatten() {
        let m = latchkey_notify::Message {
            channel: latchkey_notify::Channel::Email,
            to: addr.as_str().to_owned(),
            subject: format!("{org}: your security info changed"),
            body: format!(
                "Hello {},\n\n{what} ({when} UTC).\n\nIf this wasn't you, contact your administrator now: \
                 someone else may be using your account.\n",
                user.display_name
            ),
            html: None,
        };
        deliver(
            state,
            ctx,
            user.username.as_str(),
            "security_info_changed",
            m,
        )
        .await;
    }
}
