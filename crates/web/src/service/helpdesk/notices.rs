//! What the helpdesk's steps tell people: the user that the helpdesk verified them or
//! acted on their account (with a "this wasn't me" link), the other global
//! administrators that an agent asks for approval, and the security contacts of a burst.
//! Each in the recipient's language; queued with the step that causes it.

use latchkey_core::clock::rfc3339;
use latchkey_core::directory::{Role, User};
use latchkey_i18n::{tr, with_lang};
use latchkey_notify::{Channel, Message};

use super::HelpdeskSettings;
use crate::delivery::Notice;
use crate::service::actor::Actor;
use crate::sspr::notices::{own_addresses, report_link};
use crate::sspr::recipient_lang::language_for;
use crate::state::AppState;

fn email(to: &str, subject: String, body: String) -> Message {
    Message {
        channel: Channel::Email,
        to: to.to_owned(),
        subject,
        body,
        html: None,
    }
}

/// The global administrators, for notices; a storage failure is logged and tells
/// nobody (the step it goes with still happens and is audited).
async fn global_admins(state: &AppState) -> Vec<User> {
    match state.store.users_with_role(Role::GlobalAdmin, 100).await {
        Ok(all) => all,
        Err(e) => {
            tracing::error!(%e, "the global administrators could not be read for a helpdesk notice");
            Vec::new()
        }
    }
}

/// To the user's own addresses: `key` (`helpdesk-notice-verified`, `…-unlocked`) with
/// the agent, the time and a "this wasn't me" link.
async fn to_user(
    state: &AppState,
    user: &User,
    agent: &str,
    key: &str,
    what: &'static str,
) -> Vec<Notice> {
    to_user_with(state, user, agent, key, what, None).await
}

/// [`to_user`] with `$manager` too ("Name (username)", or the words for none).
async fn to_user_with(
    state: &AppState,
    user: &User,
    agent: &str,
    key: &str,
    what: &'static str,
    manager: Option<Option<String>>,
) -> Vec<Notice> {
    let org = state.org_name();
    let when = rfc3339(state.now());
    let link = report_link(state, user).await;
    let lang = language_for(state, user.id).await;
    own_addresses(state, user)
        .await
        .into_iter()
        .map(|addr| {
            let message = with_lang(lang, || {
                let mut args: Vec<(&str, latchkey_i18n::FluentValue)> = vec![
                    ("org", org.clone().into()),
                    ("name", user.display_name.clone().into()),
                    ("agent", agent.to_owned().into()),
                    ("when", when.clone().into()),
                    ("link", link.clone().into()),
                ];
                if let Some(m) = &manager {
                    let named = match m {
                        Some(m) => m.clone(),
                        None => tr("helpdesk-notice-manager-none", &[]),
                    };
                    args.push(("manager", named.into()));
                }
                email(
                    &addr,
                    tr(&format!("{key}-subject"), &args),
                    tr(&format!("{key}-body"), &args),
                )
            });
            Notice {
                what,
                target: user.username.to_string(),
                message,
            }
        })
        .collect()
}

/// "The helpdesk verified your identity" to the user.
pub(super) async fn verified(state: &AppState, user: &User, agent: &str) -> Vec<Notice> {
    to_user(
        state,
        user,
        agent,
        "helpdesk-notice-verified",
        "helpdesk_verified",
    )
    .await
}

/// "The helpdesk unlocked your account" to the user.
pub(super) async fn unlocked(state: &AppState, user: &User, agent: &str) -> Vec<Notice> {
    to_user(
        state,
        user,
        agent,
        "helpdesk-notice-unlocked",
        "helpdesk_unlocked",
    )
    .await
}

/// To the caller's manager, in their language: the helpdesk (`agent`) asks them to
/// confirm the caller is `user` — reaching them on a number they know and asking for the
/// number the helpdesk gave them — signed in to Latchkey by `v`'s deadline (the link is
/// the requests page; nothing secret in it, not even the number).
pub(super) async fn manager_asked(
    state: &AppState,
    manager: &User,
    user: &User,
    agent: &str,
    v: &latchkey_core::helpdesk::Verification,
) -> Vec<Notice> {
    let Some(to) = manager.email.as_ref().or(manager.alternate_email.as_ref()) else {
        return Vec::new();
    };
    let org = state.org_name();
    let url = format!("{}/account/helpdesk-requests", state.base_url());
    let lang = language_for(state, manager.id).await;
    let message = with_lang(lang, || {
        let args = [
            ("org", org.clone().into()),
            ("name", manager.display_name.clone().into()),
            ("agent", agent.to_owned().into()),
            (
                "account",
                format!("{} ({})", user.display_name, user.username).into(),
            ),
            ("link", url.clone().into()),
            ("until", rfc3339(v.pending_until()).into()),
        ];
        email(
            to.as_str(),
            tr("helpdesk-notice-manager-subject", &args),
            tr("helpdesk-notice-manager-body", &args),
        )
    });
    vec![Notice {
        what: "helpdesk_manager_asked",
        target: manager.username.to_string(),
        message,
    }]
}

/// The caller's manager denied: the user is told (someone called the helpdesk as them; a
/// "this wasn't me" link), and so are the global administrators and the security
/// contacts. With `acted` (what was done to the account since the call began) the words
/// are urgent and list it; without, they say no reset, unlock, pass or change of security
/// info was recorded.
pub(super) async fn manager_denied(
    state: &AppState,
    s: &HelpdeskSettings,
    user: &User,
    agent: &str,
    manager: &User,
    acted: &[Acted],
) -> Vec<Notice> {
    let (user_key, key) = if acted.is_empty() {
        (
            "helpdesk-notice-manager-denied-user",
            "helpdesk-notice-manager-denied",
        )
    } else {
        (
            "helpdesk-notice-manager-denied-acted-user",
            "helpdesk-notice-manager-denied-acted",
        )
    };
    let mut out = to_user(state, user, agent, user_key, "helpdesk_manager_denied").await;
    let manager = format!("{} ({})", manager.display_name, manager.username);
    out.extend(
        to_security(
            state,
            s,
            user,
            agent,
            &[user.id],
            Detail::Manager(manager, acted.to_vec()),
            key,
            "helpdesk_manager_denied_alert",
        )
        .await,
    );
    out
}

/// One thing done to an account during a helpdesk call: the audit activity's name, who
/// did it and when (Unix seconds), as a manager's later deny names them.
#[derive(Debug, Clone)]
pub(super) struct Acted {
    /// The activity, one of [`latchkey_core::audit::activity`].
    pub activity: String,
    /// Who did it (the audit event's actor).
    pub actor: String,
    /// When (Unix seconds).
    pub at: i64,
}

/// "Your manager changed" to `user`'s own addresses: who may now vouch for them to the
/// helpdesk (`manager`; `None` when removed), changed by `agent`, with a "this wasn't me"
/// link.
pub async fn manager_changed(
    state: &AppState,
    user: &User,
    agent: &str,
    manager: Option<&User>,
) -> Vec<Notice> {
    let named = manager.map(|m| format!("{} ({})", m.display_name, m.username));
    manager_changed_named(state, user, agent, named).await
}

/// [`manager_changed`] with the new manager already named ("Name (username)"; `None`
/// when removed): a directory sync names managers it creates in the same run.
pub async fn manager_changed_named(
    state: &AppState,
    user: &User,
    agent: &str,
    manager: Option<String>,
) -> Vec<Notice> {
    to_user_with(
        state,
        user,
        agent,
        "helpdesk-notice-manager-changed",
        "manager_changed",
        Some(manager),
    )
    .await
}

/// To every global administrator but the agent and the caller: approval is asked.
pub(super) async fn approval_asked(state: &AppState, user: &User, actor: &Actor) -> Vec<Notice> {
    let org = state.org_name();
    let url = format!("{}/admin/helpdesk", state.base_url());
    let me = actor.admin.map(|(id, _)| id);
    let mut out = Vec::new();
    for a in global_admins(state).await {
        if Some(a.id) == me || a.id == user.id || !a.enabled {
            continue;
        }
        let Some(to) = a.email.as_ref().or(a.alternate_email.as_ref()) else {
            continue;
        };
        let lang = language_for(state, a.id).await;
        let message = with_lang(lang, || {
            let args = [
                ("org", org.clone().into()),
                ("name", a.display_name.clone().into()),
                ("agent", actor.ctx.actor.clone().into()),
                (
                    "account",
                    format!("{} ({})", user.display_name, user.username).into(),
                ),
                ("link", url.clone().into()),
            ];
            email(
                to.as_str(),
                tr("helpdesk-notice-approval-subject", &args),
                tr("helpdesk-notice-approval-body", &args),
            )
        });
        out.push(Notice {
            what: "helpdesk_approval_asked",
            target: a.username.to_string(),
            message,
        });
    }
    out
}

/// To the global administrators and the security contacts: `count` verifications of
/// `user`'s account within an hour, the last by `agent`.
pub(super) async fn burst(
    state: &AppState,
    s: &HelpdeskSettings,
    user: &User,
    agent: &str,
    count: i64,
) -> Vec<Notice> {
    to_security(
        state,
        s,
        user,
        agent,
        &[],
        Detail::Count(count),
        "helpdesk-notice-burst",
        "helpdesk_burst_alert",
    )
    .await
}

/// Wrong answers for `user`'s account reached the day's limit (the last by `agent`):
/// the user is told (with a "this wasn't me" link), and so are the global
/// administrators and the security contacts.
pub(super) async fn blocked(
    state: &AppState,
    s: &HelpdeskSettings,
    user: &User,
    agent: &str,
) -> Vec<Notice> {
    let count = crate::service::journey::MAX_FAILED;
    let mut out = to_user(
        state,
        user,
        agent,
        "helpdesk-notice-paused",
        "helpdesk_paused",
    )
    .await;
    out.extend(
        to_security(
            state,
            s,
            user,
            agent,
            &[],
            Detail::Count(count),
            "helpdesk-notice-blocked",
            "helpdesk_paused_alert",
        )
        .await,
    );
    out
}

/// What an alert to the security recipients says beyond the account and the agent:
/// `count` (`$count`), a role change (`$before`, `$after`, in the reader's words), or
/// the manager who denied (`$manager`).
#[derive(Clone)]
enum Detail {
    Count(i64),
    Roles(Role, Role),
    /// The manager who denied, and what the helpdesk had done under the verification.
    Manager(String, Vec<Acted>),
}

/// To the enabled global administrators (but those in `exclude`) and the security
/// contacts, each once and in their language: `key`'s subject and body (`-subject`,
/// `-body`) with `$org`, `$name`, `$agent`, `$account` and the `detail`.
#[expect(clippy::too_many_arguments, reason = "one alert's parts")]
async fn to_security(
    state: &AppState,
    s: &HelpdeskSettings,
    user: &User,
    agent: &str,
    exclude: &[i64],
    detail: Detail,
    key: &str,
    what: &'static str,
) -> Vec<Notice> {
    let org = state.org_name();
    let account = format!("{} ({})", user.display_name, user.username);
    let mut to: Vec<(String, String, latchkey_i18n::Lang)> = Vec::new();
    for a in global_admins(state).await {
        if !a.enabled || exclude.contains(&a.id) {
            continue;
        }
        if let Some(e) = a.email.as_ref().or(a.alternate_email.as_ref()) {
            to.push((
                e.as_str().to_owned(),
                a.display_name.clone(),
                language_for(state, a.id).await,
            ));
        }
    }
    for c in &s.security_contacts {
        if !to.iter().any(|(a, _, _)| a.eq_ignore_ascii_case(c)) {
            to.push((c.clone(), c.clone(), latchkey_i18n::Lang::En));
        }
    }
    to.into_iter()
        .map(|(addr, name, lang)| {
            let message = with_lang(lang, || {
                let mut args: Vec<(&str, latchkey_i18n::FluentValue)> = vec![
                    ("org", org.clone().into()),
                    ("name", name.clone().into()),
                    ("agent", agent.to_owned().into()),
                    ("account", account.clone().into()),
                ];
                match &detail {
                    Detail::Count(n) => args.push(("count", (*n).into())),
                    Detail::Roles(before, after) => {
                        args.push(("before", crate::views::role_label(*before).into()));
                        args.push(("after", crate::views::role_label(*after).into()));
                    }
                    Detail::Manager(m, acted) => {
                        args.push(("manager", m.clone().into()));
                        let list: Vec<String> = acted
                            .iter()
                            .map(|a| {
                                format!(
                                    "- {} ({}, {})",
                                    crate::views::activity_label(&a.activity),
                                    a.actor,
                                    rfc3339(a.at)
                                )
                            })
                            .collect();
                        args.push(("actions", list.join("\n").into()));
                    }
                }
                email(
                    &addr,
                    tr(&format!("{key}-subject"), &args),
                    tr(&format!("{key}-body"), &args),
                )
            });
            Notice {
                what,
                target: user.username.to_string(),
                message,
            }
        })
        .collect()
}

/// To the global administrators (but `actor` and `user`) and the security contacts:
/// `actor` took `user`'s administrator role away (`before` → `after`). Once a user, the
/// account's password can be reset without the helpdesk's second approval, so the
/// two-person rule is only as good as this alert.
pub async fn demoted(
    state: &AppState,
    actor: &Actor,
    user: &User,
    before: Role,
    after: Role,
) -> Vec<Notice> {
    let Ok(s) = super::settings(state).await else {
        return Vec::new();
    };
    let exclude: Vec<i64> = actor
        .admin
        .map(|(id, _)| id)
        .into_iter()
        .chain([user.id])
        .collect();
    to_security(
        state,
        &s,
        user,
        &actor.ctx.actor,
        &exclude,
        Detail::Roles(before, after),
        "helpdesk-notice-demoted",
        "administrator_demoted_alert",
    )
    .await
}
