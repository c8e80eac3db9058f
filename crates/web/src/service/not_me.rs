//! "This wasn't me": a user reports a change to their account they didn't make, from the
//! link in a notice or from the Latchkey app. Sign-in and self-service are blocked, and
//! the global administrators are alerted, each in their own language.

use latchkey_core::directory::{Role, User};

use crate::audit::Ctx;
use crate::service::ServiceError;
use crate::state::AppState;

/// What a user reported as not theirs ([`report_not_me`]); the administrators' alert says
/// which.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reported {
    /// The report link of a notice: a change to the account they didn't make (a password
    /// reset or unlock, new security info, a Temporary Access Pass).
    PasswordChange,
    /// "This wasn't me" in the Latchkey app: a request to approve a password reset.
    AppRequest {
        /// The address the reset page was asked from.
        ip: String,
        /// The asking browser in a few words.
        browser: String,
        /// When it was asked (Unix seconds).
        at: i64,
    },
}

impl Reported {
    /// The alert's subject (after the organisation's name) and first paragraph, in the
    /// current language.
    fn words(&self, user: &User) -> (String, String) {
        use latchkey_i18n::tr;
        let name = user.display_name.as_str();
        let username = user.username.as_str();
        match self {
            Reported::PasswordChange => (
                tr(
                    "messages-not-me-change-subject",
                    &[("username", username.into())],
                ),
                tr(
                    "messages-not-me-change-body",
                    &[("name", name.into()), ("username", username.into())],
                ),
            ),
            Reported::AppRequest { ip, browser, at } => {
                let lang = latchkey_i18n::current();
                let when = time::OffsetDateTime::from_unix_timestamp(*at)
                    .ok()
                    .and_then(|t| {
                        if lang == latchkey_i18n::Lang::En {
                            t.format(time::macros::format_description!(
                                "[year]-[month]-[day] [hour]:[minute] UTC"
                            ))
                            .ok()
                        } else {
                            Some(latchkey_i18n::format_datetime(lang, t))
                        }
                    })
                    .unwrap_or_default();
                (
                    tr(
                        "messages-not-me-app-subject",
                        &[("username", username.into())],
                    ),
                    tr(
                        "messages-not-me-app-body",
                        &[
                            ("name", name.into()),
                            ("username", username.into()),
                            ("ip", ip.as_str().into()),
                            ("browser", browser.as_str().into()),
                            ("when", when.into()),
                        ],
                    ),
                )
            }
        }
    }
}

/// "This wasn't me", from the link in a notice: blocks sign-in for `user`, tells the
/// global administrators and audits it, in one transaction. The last enabled global
/// administrator is not blocked (nobody could run Latchkey any more): their sessions end
/// and a new password is required at next sign-in instead. The rule is checked inside
/// the transaction, so two reports at once can't block the last two administrators.
/// Returns whether sign-in was blocked.
pub async fn report_not_me(
    state: &AppState,
    ctx: &Ctx,
    user: &User,
    what: &Reported,
) -> Result<bool, ServiceError> {
    let org = state.org_name();
    // Each administrator's alert in their own language.
    let mut notices: Vec<crate::delivery::Notice> = Vec::new();
    for a in state.store.users_with_role(Role::GlobalAdmin, 100).await? {
        let Some(addr) = a.email.as_ref().or(a.alternate_email.as_ref()) else {
            continue;
        };
        let lang = crate::sspr::recipient_lang::language_for(state, a.id).await;
        let message = latchkey_i18n::with_lang(lang, || {
            let (subject, said) = what.words(user);
            latchkey_notify::Message {
                channel: latchkey_notify::Channel::Email,
                to: addr.as_str().to_owned(),
                subject: format!("{org}: {subject}"),
                body: format!("{said}\n\n{}\n", latchkey_i18n::t("messages-not-me-action")),
                html: None,
            }
        });
        notices.push(crate::delivery::Notice {
            what: "report_not_me_alert",
            target: a.username.to_string(),
            message,
        });
    }
    let effects = |blocked: bool| latchkey_core::store::Effects {
        audit: vec![crate::audit::event(
            state,
            ctx,
            latchkey_core::audit::activity::REPORTED_NOT_ME,
            user.username.as_str(),
            latchkey_core::audit::Outcome::Success,
            serde_json::json!({"blocked_sign_in": blocked}),
        )],
        deliveries: crate::delivery::queue(state, ctx, notices.clone()),
    };
    let blocked = effects(true);
    let change = latchkey_core::store::UserChange {
        enabled: Some(false),
        ..Default::default()
    };
    let result = state
        .store
        .user_change_commit(user.id, &change, true, state.now(), &|_, _| blocked.clone())
        .await;
    let was_blocked = match result {
        Ok(_) => true,
        Err(latchkey_core::store::StoreError::Refused(why))
            if why == latchkey_core::store::LAST_GLOBAL_ADMIN =>
        {
            let hash = state.store.user_password_hash(user.id).await?;
            let change = latchkey_core::store::PasswordChange {
                user_id: user.id,
                hash,
                must_change: true,
                now: state.now(),
                flow: None,
                clear_lockout: None,
                clear_subject: None,
                expect_role: None,
                expect_generation: None,
            };
            state
                .store
                .password_commit(&change, &effects(false))
                .await?;
            false
        }
        Err(e) => return Err(e.into()),
    };
    state.deliveries_waiting.notify_one();
    Ok(was_blocked)
}
