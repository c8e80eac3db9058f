//! Messages after the fact: "your password was reset", the alert to other global admins,
//! help requests, "your security info changed", "self-service reset is blocked", "an
//! authenticator code was used again", "your passkey may have been copied". They are
//! queued ([`crate::delivery`]), with the change that causes them where there is one, and
//! sent by the delivery worker. A notice that can't be delivered is audited; it never
//! undoes the change.

use latchkey_core::audit::{Outcome, activity};
use latchkey_core::clock::rfc3339;
use latchkey_core::directory::{Role, User};
use latchkey_i18n::{t, tr, with_lang};
use latchkey_notify::{Message, templates};

use crate::delivery::Notice;

use crate::audit::{Ctx, record};
use crate::sspr::load_policy;
use crate::sspr::recipient_lang::{language_for, language_for_page};
use crate::state::AppState;

/// Queues notices on their own (no change goes with them) and wakes the worker.
pub async fn queue_now(state: &AppState, ctx: &Ctx, notices: Vec<Notice>) {
    let effects = latchkey_core::store::Effects {
        audit: Vec::new(),
        deliveries: crate::delivery::queue(state, ctx, notices),
    };
    match state.store.effects_commit(&effects).await {
        Ok(()) => state.deliveries_waiting.notify_one(),
        Err(e) => {
            tracing::error!(%e, "notices could not be queued");
            record(
                state,
                ctx,
                activity::NOTIFICATION_FAILED,
                "",
                Outcome::Failure,
                serde_json::json!({"error": "could not be queued"}),
            )
            .await;
        }
    }
}

/// The user's own addresses, each once (case-insensitively): the profile's email and
/// alternate email, and the address registered for reset.
pub(crate) async fn own_addresses(state: &AppState, user: &User) -> Vec<String> {
    let registered = crate::sspr::registry::load(state, user.id)
        .await
        .ok()
        .and_then(|r| r.email)
        .map(|m| m.value);
    let mut out: Vec<String> = Vec::new();
    for addr in [&user.email, &user.alternate_email]
        .into_iter()
        .flatten()
        .map(|e| e.as_str().to_owned())
        .chain(registered)
    {
        if !out.iter().any(|a| a.eq_ignore_ascii_case(&addr)) {
            out.push(addr);
        }
    }
    out
}

/// A link that lets the owner report "this wasn't me" (valid 7 days).
pub(crate) async fn report_link(state: &AppState, user: &User) -> String {
    let token = crate::middleware::random_token();
    let owner = format!("report:{}", state.mac(&[b"report", token.as_bytes()]));
    let rec = latchkey_core::store::CodeRecord {
        owner,
        purpose: latchkey_core::store::CodePurpose::Report,
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

/// The notices of a reset or unlock: the user (primary and alternate email, and the
/// address registered for reset), and for an administrator the other global
/// administrators, as the policy says. Commit them with the change.
///
/// `self_service`: the person reset on the reset pages, so their notice comes in the page's
/// language unless they saved one; after an administrator's reset, their saved language or
/// English.
pub async fn after_reset(
    state: &AppState,
    user: &User,
    unlock_only: bool,
    self_service: bool,
) -> Vec<Notice> {
    let mut out = Vec::new();
    let Ok(policy) = load_policy(state).await else {
        return out;
    };
    let org = &state.org_name();
    let when = rfc3339(state.now());
    if policy.notify_users {
        let link = report_link(state, user).await;
        let lang = if self_service {
            language_for_page(state, Some(user.id)).await
        } else {
            language_for(state, user.id).await
        };
        for addr in own_addresses(state, user).await {
            let m = with_lang(lang, || {
                templates::password_reset_notice(
                    org,
                    &addr,
                    &user.display_name,
                    &when,
                    &link,
                    unlock_only,
                )
            });
            out.push(Notice {
                what: "password_reset_notice",
                target: user.username.to_string(),
                message: m,
            });
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
                let lang = language_for(state, a.id).await;
                let m = with_lang(lang, || {
                    templates::admin_reset_alert(
                        org,
                        addr.as_str(),
                        &user.display_name,
                        user.username.as_str(),
                        &when,
                        &link,
                    )
                });
                out.push(Notice {
                    what: "admin_reset_alert",
                    target: a.username.to_string(),
                    message: m,
                });
            }
        }
    }
    out
}

/// "A Temporary Access Pass was issued for your account": to the user's own addresses
/// (profile email, alternate email, the address registered for reset) with a "this
/// wasn't me" link, a text to the registered mobile phone when texts may go there (the
/// policy's countries, the telephony budgets), and, for an administrator's account, the
/// other global administrators. Commit them with the pass.
pub async fn access_pass_issued(
    state: &AppState,
    ctx: &Ctx,
    user: &User,
    issued_by: &str,
    expires_at: i64,
    one_time: bool,
) -> Vec<Notice> {
    let org = &state.org_name();
    let when = rfc3339(state.now());
    let until = rfc3339(expires_at);
    let link = report_link(state, user).await;
    let lang = language_for(state, user.id).await;
    let pass = templates::AccessPassNotice {
        issued_by,
        when_utc: &when,
        expires_utc: &until,
        one_time,
        report_url: &link,
        account: "",
    };
    let mut out: Vec<Notice> = own_addresses(state, user)
        .await
        .into_iter()
        .map(|addr| Notice {
            what: "access_pass_issued",
            target: user.username.to_string(),
            message: with_lang(lang, || {
                templates::access_pass_issued(org, &addr, &user.display_name, &pass)
            }),
        })
        .collect();
    let mobile = crate::sspr::registry::load(state, user.id)
        .await
        .ok()
        .and_then(|r| r.mobile)
        .map(|m| m.value);
    if let (Some(number), Ok(policy)) = (mobile, load_policy(state).await) {
        let sendable = latchkey_core::directory::Phone::parse("mobile", &number)
            .is_ok_and(|p| p.sendable(&policy.phone_countries).is_ok());
        if sendable
            && crate::sspr::throttle::admit_text(
                state,
                &number,
                crate::sspr::throttle::TextPlace::Setup,
                ctx,
            )
            .await
            .is_ok_and(|r| r.is_ok())
        {
            out.push(Notice {
                what: "access_pass_issued",
                target: user.username.to_string(),
                message: with_lang(lang, || {
                    templates::access_pass_issued_sms(org, &number, issued_by)
                }),
            });
        }
    }
    if user.role.is_admin() {
        let account = format!("{} ({})", user.display_name, user.username);
        let admins = state
            .store
            .users_with_role(Role::GlobalAdmin, 100)
            .await
            .unwrap_or_default();
        // The other global administrators: not the one who issued it. Their link opens the
        // administrator's page (to revoke the pass), not the owner's "this wasn't me".
        let page = format!("{}/admin/users/{}", state.base_url(), user.id);
        for a in admins
            .iter()
            .filter(|a| a.id != user.id && a.username.as_str() != issued_by)
        {
            if let Some(addr) = a.email.as_ref().or(a.alternate_email.as_ref()) {
                let lang = language_for(state, a.id).await;
                out.push(Notice {
                    what: "access_pass_admin_alert",
                    target: a.username.to_string(),
                    message: with_lang(lang, || {
                        templates::access_pass_issued(
                            org,
                            addr.as_str(),
                            &a.display_name,
                            &templates::AccessPassNotice {
                                issued_by,
                                when_utc: &when,
                                expires_utc: &until,
                                one_time,
                                report_url: &page,
                                account: &account,
                            },
                        )
                    }),
                });
            }
        }
    }
    out
}

/// Who "Contact your administrator" reaches: the enabled password administrators with an
/// address, else the enabled global administrators with one (at most 100 each). An
/// administrator's address is their profile email, else their alternate email, else the
/// recovery email they registered at `/setup` — so the bootstrap `admin`, who has no
/// profile email, is reached at the address it registered.
pub async fn help_recipients(state: &AppState) -> Vec<(User, String)> {
    for role in [Role::PasswordAdmin, Role::GlobalAdmin] {
        let admins = state
            .store
            .users_with_role(role, 100)
            .await
            .unwrap_or_default();
        let mut out = Vec::new();
        for a in admins.into_iter().filter(|a| a.enabled) {
            if let Some(addr) = own_addresses(state, &a).await.into_iter().next() {
                out.push((a, addr));
            }
        }
        if !out.is_empty() {
            return out;
        }
    }
    Vec::new()
}

/// "Contact your administrator" for `username`: the help requests to `recipients` and
/// the audit event naming who was told, queued in one transaction. Returns how many
/// requests were queued.
pub async fn help_request(
    state: &AppState,
    ctx: &Ctx,
    username: &str,
    recipients: &[(User, String)],
) -> usize {
    let org = &state.org_name();
    let when = rfc3339(state.now());
    let mut notices: Vec<Notice> = Vec::new();
    for (a, addr) in recipients {
        let lang = language_for(state, a.id).await;
        notices.push(Notice {
            what: "help_request",
            target: a.username.to_string(),
            message: with_lang(lang, || {
                templates::help_request(org, addr, username, &when, &ctx.client_ip)
            }),
        });
    }
    let told: Vec<&str> = recipients
        .iter()
        .map(|(a, _)| a.username.as_str())
        .collect();
    let effects = latchkey_core::store::Effects {
        audit: vec![crate::audit::event(
            state,
            ctx,
            activity::SSPR_HELP,
            username,
            if told.is_empty() {
                Outcome::Failure
            } else {
                Outcome::Success
            },
            serde_json::json!({"known_user": true, "told": told}),
        )],
        deliveries: crate::delivery::queue(state, ctx, notices),
    };
    let n = effects.deliveries.len();
    match state.store.effects_commit(&effects).await {
        Ok(()) => {
            state.deliveries_waiting.notify_one();
            n
        }
        Err(e) => {
            tracing::error!(%e, "help requests could not be queued");
            0
        }
    }
}

/// "Your security info changed": to the profile addresses and the recovery email
/// registered before the change, with a "this wasn't me" link (it blocks self-service for
/// the account and alerts the administrators); and, when the change replaced or removed
/// the mobile number, a text to the number registered before, so a stolen session that
/// swaps in its own number is heard of where the owner still is. Commit them with the
/// change.
///
/// `what` is the catalogue key of the sentence saying what changed
/// (`messages-security-changed-added`, `…-removed`); the email is in the user's language.
pub async fn security_info_changed(
    state: &AppState,
    user: &User,
    what: &str,
    previous_email: Option<&str>,
    replaced_mobile: Option<&str>,
) -> Vec<Notice> {
    let org = &state.org_name();
    let when = rfc3339(state.now());
    let mut to: Vec<String> = Vec::new();
    for addr in [&user.email, &user.alternate_email]
        .into_iter()
        .flatten()
        .map(|e| e.as_str().to_owned())
        .chain(previous_email.map(str::to_owned))
    {
        if !to.iter().any(|a| a.eq_ignore_ascii_case(&addr)) {
            to.push(addr);
        }
    }
    let link = report_link(state, user).await;
    let lang = language_for(state, user.id).await;
    let now = state.now();
    let message = |addr: String| {
        with_lang(lang, || {
            // English keeps the RFC 3339 time; other languages their own date format.
            let when_text = match time::OffsetDateTime::from_unix_timestamp(now) {
                Ok(at) if lang != latchkey_i18n::Lang::En => {
                    latchkey_i18n::format_datetime(lang, at)
                }
                _ => format!("{when} UTC"),
            };
            Message {
                channel: latchkey_notify::Channel::Email,
                to: addr,
                subject: tr(
                    "messages-security-changed-subject",
                    &[("org", org.as_str().into())],
                ),
                body: format!(
                    "{}\n\n{}\n\n{}\n{}\n",
                    tr(
                        "messages-greeting-name",
                        &[("name", user.display_name.as_str().into())]
                    ),
                    tr(what, &[("when", when_text.into())]),
                    tr(
                        "messages-security-changed-report",
                        &[("link", link.as_str().into())]
                    ),
                    t("messages-security-changed-advice"),
                ),
                html: None,
            }
        })
    };
    let mut out: Vec<Notice> = to
        .into_iter()
        .map(|addr| Notice {
            what: "security_info_changed",
            target: user.username.to_string(),
            message: message(addr),
        })
        .collect();
    if let Some(number) = replaced_mobile {
        out.push(Notice {
            what: "security_info_changed_sms",
            target: user.username.to_string(),
            message: with_lang(lang, || templates::mobile_changed_sms(org, number)),
        });
    }
    out
}

/// "Self-service password reset is blocked on your account": sent once, when failed
/// verifications block the account, to the addresses the user registered and their
/// profile addresses.
pub async fn blocked(state: &AppState, user: &User) -> Vec<Notice> {
    let org = &state.org_name();
    let when = rfc3339(state.now());
    let mut out: Vec<Notice> = Vec::new();
    let lang = language_for(state, user.id).await;
    for addr in own_addresses(state, user).await {
        out.push(Notice {
            what: "sspr_blocked_notice",
            target: user.username.to_string(),
            message: with_lang(lang, || {
                templates::sspr_blocked_notice(org, &addr, &user.display_name, &when)
            }),
        });
    }
    out
}

/// "Someone used an authenticator code that had already been used": to the addresses the
/// user registered and their profile addresses, each once, with a "this wasn't me" link.
/// Commit them with the audit event of the reuse.
pub async fn app_code_reused(state: &AppState, user: &User) -> Vec<Notice> {
    let org = &state.org_name();
    let when = rfc3339(state.now());
    let link = report_link(state, user).await;
    let mut out: Vec<Notice> = Vec::new();
    let lang = language_for(state, user.id).await;
    for addr in own_addresses(state, user).await {
        out.push(Notice {
            what: "app_code_reused_notice",
            target: user.username.to_string(),
            message: with_lang(lang, || {
                templates::app_code_reused_notice(org, &addr, &user.display_name, &when, &link)
            }),
        });
    }
    out
}

/// "A passkey may have been copied": an authentication whose signature counter went
/// backwards (two copies of the passkey may be in use). To the addresses the user
/// registered and their profile addresses, each once, with a "this wasn't me" link.
/// Commit them with the audit event of the failure.
pub async fn passkey_possibly_cloned(state: &AppState, user: &User, name: &str) -> Vec<Notice> {
    let org = &state.org_name();
    let when = rfc3339(state.now());
    let link = report_link(state, user).await;
    let mut out: Vec<Notice> = Vec::new();
    let lang = language_for(state, user.id).await;
    for addr in own_addresses(state, user).await {
        out.push(Notice {
            what: "passkey_cloned_notice",
            target: user.username.to_string(),
            message: with_lang(lang, || {
                templates::passkey_cloned_notice(org, &addr, &user.display_name, name, &when, &link)
            }),
        });
    }
    out
}
