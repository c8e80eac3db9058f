//! What a user has registered: an email address, a mobile and an office phone,
//! authenticator apps, security answers.

use latchkey_core::directory::{Email, Phone};
use latchkey_core::policy::{Method, Requirement};
use latchkey_core::store::{AuthMethodRecord, MethodKind};
use latchkey_core::totp::TotpSecret;

use crate::error::PageError;
use crate::state::AppState;

/// What a user registered, by kind. The rules about it (how many apps, which phone
/// numbers) are in [`latchkey_core::registration`].
#[derive(Debug, Clone, Default)]
pub struct Registered {
    /// The proven email address.
    pub email: Option<AuthMethodRecord>,
    /// The proven mobile number (E.164).
    pub mobile: Option<AuthMethodRecord>,
    /// The proven office number (E.164).
    pub office: Option<AuthMethodRecord>,
    /// Authenticator apps, oldest first; each with its name and sealed seed.
    pub apps: Vec<AuthMethodRecord>,
    /// Devices with the Latchkey app (app notification), oldest first.
    pub push_devices: Vec<AuthMethodRecord>,
    /// Passkeys, oldest first.
    pub passkeys: Vec<AuthMethodRecord>,
    /// (question id or custom text, answer hash)
    pub answers: Vec<(String, String)>,
}

/// What `user_id` registered, read now.
///
/// Errors: [`PageError::Internal`] when the store fails (a stored method kind that no longer
/// parses among them).
pub async fn load(state: &AppState, user_id: i64) -> Result<Registered, PageError> {
    let mut r = Registered::default();
    for m in state.store.methods_of(user_id).await? {
        match m.kind {
            MethodKind::Email => r.email = Some(m),
            MethodKind::Mobile => r.mobile = Some(m),
            MethodKind::Office => r.office = Some(m),
            MethodKind::App => r.apps.push(m),
            MethodKind::Push => r.push_devices.push(m),
            MethodKind::Passkey => r.passkeys.push(m),
        }
    }
    r.answers = state.store.answers_of(user_id).await?;
    Ok(r)
}

/// What `user` can verify with under `policy`: what they registered and, when the policy
/// says *Use contact information from the directory*, the alternate email, mobile and
/// office phone of their profile (set by the on-premises directory or an administrator)
/// for each kind they didn't register themselves.
///
/// Errors: those of [`load`].
pub async fn load_for(
    state: &AppState,
    user: &latchkey_core::directory::User,
    policy: &latchkey_core::policy::SsprPolicy,
) -> Result<Registered, PageError> {
    let mut r = load(state, user.id).await?;
    if policy.use_directory_contacts {
        let given = |kind: MethodKind, value: String| AuthMethodRecord {
            id: 0,
            user_id: user.id,
            kind,
            value,
            secret: String::new(),
            last_used_step: None,
            created_at: user.updated_at,
        };
        if r.email.is_none() {
            r.email = user
                .alternate_email
                .as_ref()
                .map(|e| given(MethodKind::Email, e.as_str().to_owned()));
        }
        if r.mobile.is_none() {
            r.mobile = user
                .mobile_phone
                .as_ref()
                .map(|p| given(MethodKind::Mobile, p.as_str().to_owned()));
        }
        if r.office.is_none() {
            r.office = user
                .office_phone
                .as_ref()
                .map(|p| given(MethodKind::Office, p.as_str().to_owned()));
        }
    }
    Ok(r)
}

impl Registered {
    /// The methods this user can verify with under `req`.
    pub fn methods(&self, req: &Requirement) -> Vec<Method> {
        let mut out = Vec::new();
        // A strong method (authenticator app, app notification, passkey) stays usable (and
        // required) even when the policy no longer offers it: taking the option away must
        // not weaken the account.
        for m in [Method::AppNotification, Method::AppCode, Method::Passkey] {
            if self.has_strong(m) && !req.allowed.contains(&m) {
                out.push(m);
            }
        }
        for m in &req.allowed {
            let has = match m {
                Method::AppCode | Method::AppNotification | Method::Passkey => self.has_strong(*m),
                Method::Email => self.email.is_some(),
                Method::MobilePhone => self.mobile.is_some(),
                Method::OfficePhone => self.office.is_some(),
                Method::Questions => self.answers.len() >= req.questions_to_reset.max(1),
            };
            if has {
                out.push(*m);
            }
        }
        out
    }

    /// Whether a strong method of this kind is registered (always false for the others).
    fn has_strong(&self, m: Method) -> bool {
        match m {
            Method::AppCode => !self.apps.is_empty(),
            Method::AppNotification => !self.push_devices.is_empty(),
            Method::Passkey => !self.passkeys.is_empty(),
            _ => false,
        }
    }

    /// The email address masked as `m***@contoso.com`, if one is registered.
    pub fn masked_email(&self) -> Option<String> {
        self.email
            .as_ref()
            .and_then(|m| Email::parse("email", &m.value).ok())
            .map(|e| e.masked())
    }

    /// A registered phone masked as `********31` (last two digits only), if there is one.
    pub fn masked_phone(m: &Option<AuthMethodRecord>) -> Option<String> {
        m.as_ref()
            .and_then(|m| Phone::parse("phone", &m.value).ok())
            .map(|p| p.masked())
    }
}

/// The additional data that binds a sealed TOTP seed to its owner.
pub fn app_aad(user_id: i64) -> Vec<u8> {
    format!("totp:user:{user_id}").into_bytes()
}

/// What an authenticator code proved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AppCheck {
    /// A fresh code of one of the apps: accepted, and now used.
    Accepted,
    /// A code of one of the apps that had already been accepted (its time step, or a
    /// later one, was used before): refused, and a sign someone else saw it.
    Reused,
    /// No app's code.
    Wrong,
}

/// Checks an authenticator code against each of the user's apps; a code is accepted once,
/// and presenting it again answers [`AppCheck::Reused`] (also when a parallel request
/// used it first).
pub async fn verify_app_code(
    state: &AppState,
    user_id: i64,
    apps: &[AuthMethodRecord],
    code: &str,
) -> Result<AppCheck, PageError> {
    let now = state.now();
    let mut reused = false;
    for app in apps {
        let Ok(seed) = state.seal.open(&app.secret, &app_aad(user_id)) else {
            tracing::error!(
                method = app.id,
                "an authenticator seed could not be decrypted (wrong encryption_key?)"
            );
            continue;
        };
        let secret = TotpSecret::from_bytes(seed);
        match secret.verify(code.trim(), now, app.last_used_step) {
            Some(step) => {
                if state.store.method_use_step(app.id, step).await? {
                    return Ok(AppCheck::Accepted);
                }
                // Used by a parallel request between the read and this write (a
                // double-submit): refused, but no alarm.
            }
            None => {
                let seen = secret.verify(code.trim(), now, None);
                // Only the very code accepted last: an older one that was never accepted
                // (the app moved on while the person typed) is just wrong.
                if let (Some(step), Some(last)) = (seen, app.last_used_step)
                    && step == last
                {
                    reused = true;
                }
            }
        }
    }
    Ok(if reused {
        AppCheck::Reused
    } else {
        AppCheck::Wrong
    })
}
