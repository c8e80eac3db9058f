//! Policy: the self-service reset policy, the password policy and the fixed
//! administrator policy, as one document (policy as code: `/api/v1/policy`, `latchkey
//! policy export|apply`) or each on its own (the portal's pages, `/api/v1/policy/…`).
//!
//! A document is validated as a whole (every problem named by its path, such as
//! `sspr.methods_required`), and written with its audit event in one transaction.
//!
//! Every change reads the settings it changes ([`Loaded`]), changes them and writes
//! them back with compare-and-swap ([`SettingCommits`]): when someone else changed them
//! in between, nothing is written and the change answers
//! [`ServiceError::ChangedMeanwhile`], so two administrators saving at the same moment
//! never both hear "saved" while one change is lost.
//!
//! [`SettingCommits`]: latchkey_core::store::SettingCommits

use latchkey_core::audit::{Outcome, activity};
use latchkey_core::directory::FieldError;
use latchkey_core::policy::{ADMIN_METHODS, Method, Scope, SsprPolicy};
use latchkey_core::protect::ProtectionPolicy;
use latchkey_core::store::{Effects, SettingSwap, StoreError};
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};

use crate::audit::{Ctx, event};
use crate::service::ServiceError;
use crate::state::{AppState, BRANDING_KEY, Branding};

/// Audit activity of applying a whole policy document.
pub const APPLY_POLICY: &str = latchkey_core::audit::activity::APPLY_POLICY;
/// Audit target of applying a whole policy document.
pub const DOCUMENT_TARGET: &str = "Policy document";

/// The administrator policy: fixed, shown for completeness, never changed by a document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AdministratorPolicy {
    /// Distinct methods an administrator must pass: always 2.
    pub methods_required: u8,
    /// Methods that count for administrators ([`ADMIN_METHODS`]).
    pub methods: Vec<Method>,
    /// Whether security questions count: never for administrators.
    pub security_questions: bool,
}

impl AdministratorPolicy {
    /// The one administrator policy there is.
    pub fn fixed() -> Self {
        Self {
            methods_required: 2,
            methods: ADMIN_METHODS.to_vec(),
            security_questions: false,
        }
    }
}

/// The whole policy. `administrator` may be left out of a document to apply; when it is
/// there it must be the fixed one (so an exported document applies as it is).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PolicyDocument {
    /// The self-service reset policy.
    pub sspr: SsprPolicy,
    /// The password protection policy.
    pub password: ProtectionPolicy,
    /// The administrator policy; exported always, optional when applied.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub administrator: Option<AdministratorPolicy>,
}

/// A setting as read for a change: its value, and the stored text it was read from,
/// which the change's write compares against.
#[derive(Debug, Clone)]
pub struct Loaded<T> {
    /// The value in force (its default when nothing is stored).
    pub value: T,
    stored: Option<String>,
}

impl<T> Loaded<T> {
    /// Stores `new` under `name` in place of the text this was read from.
    fn swap<'a>(&'a self, name: &'a str, new: &'a str) -> SettingSwap<'a> {
        (name, self.stored.as_deref(), new)
    }
}

/// The self-service reset policy in force, read for a change.
///
/// Errors: [`ServiceError::Internal`] when the store fails or the stored policy is
/// unreadable.
pub async fn load_sspr(state: &AppState) -> Result<Loaded<SsprPolicy>, ServiceError> {
    let stored = state.store.setting_get(crate::sspr::POLICY_KEY).await?;
    let value = match stored.as_deref() {
        None => SsprPolicy::default(),
        Some(json) => serde_json::from_str(json).map_err(|e| {
            ServiceError::Internal(format!("stored SSPR policy is unreadable: {e}"))
        })?,
    };
    Ok(Loaded { value, stored })
}

/// The password policy in force, read for a change: with nothing stored, the default
/// with `password_policy.min_length` from the config (as [`crate::protect::compiled`]).
///
/// Errors: [`ServiceError::Internal`] when the store fails or the stored policy is
/// unreadable.
pub async fn load_password(state: &AppState) -> Result<Loaded<ProtectionPolicy>, ServiceError> {
    let stored = state.store.setting_get(crate::protect::KEY).await?;
    let value = match stored.as_deref() {
        None | Some("") => ProtectionPolicy {
            min_length: state.settings.password_policy.min_length as usize,
            ..ProtectionPolicy::default()
        },
        Some(json) => serde_json::from_str(json).map_err(|e| {
            ServiceError::Internal(format!("stored password policy is unreadable: {e}"))
        })?,
    };
    Ok(Loaded { value, stored })
}

/// Writes `swaps` and `effects` with compare-and-swap.
///
/// Errors: [`ServiceError::ChangedMeanwhile`] when a setting changed since it was read.
async fn swap(
    state: &AppState,
    swaps: &[SettingSwap<'_>],
    effects: &Effects,
) -> Result<(), ServiceError> {
    if state.store.settings_cas_commit(swaps, effects).await? {
        Ok(())
    } else {
        Err(ServiceError::ChangedMeanwhile)
    }
}

/// The policy in force.
pub async fn current(state: &AppState) -> Result<PolicyDocument, ServiceError> {
    Ok(PolicyDocument {
        sspr: crate::sspr::load_policy(state).await?,
        password: crate::protect::load_policy(state).await?,
        administrator: Some(AdministratorPolicy::fixed()),
    })
}

fn prefixed(prefix: &str, errors: Vec<FieldError>) -> impl Iterator<Item = (String, String)> {
    errors.into_iter().map(move |e| {
        // The portal calls the group field "group"; in documents it is the key, group_id.
        let field = if e.field == "group" {
            "group_id"
        } else {
            e.field
        };
        (format!("{prefix}{field}"), e.message)
    })
}

/// Problems of a self-service policy, each as (path under `prefix`, message): its own
/// rules, and for `Selected` scope a group that must exist. Empty when it can be saved.
///
/// Errors: [`ServiceError::Internal`] when the store fails.
pub async fn check_sspr(
    state: &AppState,
    p: &SsprPolicy,
    prefix: &str,
) -> Result<Vec<(String, String)>, ServiceError> {
    Ok(prefixed(prefix, sspr_problems(state, p).await?).collect())
}

/// The problems of [`check_sspr`], each named by the portal's field (`group` for the
/// group).
///
/// Errors: [`ServiceError::Internal`] when the store fails.
pub async fn sspr_problems(
    state: &AppState,
    p: &SsprPolicy,
) -> Result<Vec<FieldError>, ServiceError> {
    let mut out = p.validate().err().unwrap_or_default();
    if p.scope == Scope::Selected
        && let Some(g) = p.group_id
    {
        match state.store.group_get(g).await {
            Ok(_) => {}
            Err(StoreError::NotFound) => out.push(FieldError::new(
                "group",
                latchkey_i18n::tr(
                    "errors-policy-group-missing",
                    &[("id", g.to_string().into())],
                ),
            )),
            Err(e) => return Err(e.into()),
        }
    }
    Ok(out)
}

/// Problems of a password policy, each as (path under `prefix`, message); empty when it can
/// be saved.
pub fn check_password(p: &ProtectionPolicy, prefix: &str) -> Vec<(String, String)> {
    match p.validate() {
        Ok(()) => Vec::new(),
        Err(e) => prefixed(prefix, e).collect(),
    }
}

/// Every problem of a document, each named by its path. Empty when it can be applied.
pub async fn validate(
    state: &AppState,
    doc: &PolicyDocument,
) -> Result<Vec<(String, String)>, ServiceError> {
    let mut errors = check_sspr(state, &doc.sspr, "sspr.").await?;
    errors.extend(check_password(&doc.password, "password."));
    if let Some(a) = &doc.administrator
        && *a != AdministratorPolicy::fixed()
    {
        errors.push((
            "administrator".into(),
            "The administrator policy is fixed (two methods, no security questions) and can't be changed. \
             Leave the section out or keep it as exported."
                .into(),
        ));
    }
    Ok(errors)
}

/// Validates and applies a whole document in one transaction, and audits it as one event.
/// `extra` goes into the event's details (e.g. how it came). A document equal to the policy
/// in force changes nothing and is not audited. Returns the policy now in force.
///
/// Errors: [`ServiceError::InvalidPaths`]; [`ServiceError::ChangedMeanwhile`] when a
/// policy changed while this one was applied (nothing was written).
pub async fn apply(
    state: &AppState,
    ctx: &Ctx,
    doc: PolicyDocument,
    extra: Value,
) -> Result<PolicyDocument, ServiceError> {
    let errors = validate(state, &doc).await?;
    if !errors.is_empty() {
        return Err(ServiceError::InvalidPaths(errors));
    }
    let (sspr_read, password_read) = (load_sspr(state).await?, load_password(state).await?);
    let before = PolicyDocument {
        sspr: sspr_read.value.clone(),
        password: password_read.value.clone(),
        administrator: Some(AdministratorPolicy::fixed()),
    };
    if before.sspr == doc.sspr && before.password == doc.password {
        // Nothing to change: applying the same document again writes and audits nothing.
        return Ok(before);
    }
    let sspr =
        serde_json::to_string(&doc.sspr).map_err(|e| ServiceError::Internal(e.to_string()))?;
    let password =
        serde_json::to_string(&doc.password).map_err(|e| ServiceError::Internal(e.to_string()))?;
    let after = PolicyDocument {
        sspr: doc.sspr,
        password: doc.password,
        administrator: Some(AdministratorPolicy::fixed()),
    };
    let mut changed = Vec::new();
    if before.sspr != after.sspr {
        changed.push("sspr");
    }
    if before.password != after.password {
        changed.push("password");
    }
    let mut details = json!({"before": before, "after": after, "changed": changed});
    if let (Some(d), Some(e)) = (details.as_object_mut(), extra.as_object()) {
        d.extend(e.clone());
    }
    let effects = Effects {
        audit: vec![event(
            state,
            ctx,
            APPLY_POLICY,
            DOCUMENT_TARGET,
            Outcome::Success,
            details,
        )],
        deliveries: Vec::new(),
    };
    swap(
        state,
        &[
            sspr_read.swap(crate::sspr::POLICY_KEY, &sspr),
            password_read.swap(crate::protect::KEY, &password),
        ],
        &effects,
    )
    .await?;
    Ok(after)
}

/// Saves the self-service reset policy (already validated by the caller against the same
/// rules as [`check_sspr`]) in place of `before`, as read by [`load_sspr`], with its
/// "Update policy" audit event, naming `section` (the portal's page, or "Self-service
/// password reset"), in one transaction.
///
/// Errors: [`ServiceError::ChangedMeanwhile`] when the policy changed since `before` was
/// read (nothing was written).
pub async fn save_sspr(
    state: &AppState,
    ctx: &Ctx,
    section: &str,
    before: &Loaded<SsprPolicy>,
    after: &SsprPolicy,
    mut details_extra: Value,
) -> Result<(), ServiceError> {
    let json = serde_json::to_string(after).map_err(|e| ServiceError::Internal(e.to_string()))?;
    let mut details = json!({"before": before.value, "after": after});
    if let (Some(d), Some(e)) = (details.as_object_mut(), details_extra.as_object_mut()) {
        d.append(e);
    }
    let effects = Effects {
        audit: vec![event(
            state,
            ctx,
            activity::UPDATE_POLICY,
            section,
            Outcome::Success,
            details,
        )],
        deliveries: Vec::new(),
    };
    swap(
        state,
        &[before.swap(crate::sspr::POLICY_KEY, &json)],
        &effects,
    )
    .await
}

/// Saves the password policy (already validated) in place of `before`, as read by
/// [`load_password`], with its audit event, in one transaction.
///
/// Errors: [`ServiceError::ChangedMeanwhile`] when the policy changed since `before` was
/// read (nothing was written).
pub async fn save_password(
    state: &AppState,
    ctx: &Ctx,
    before: &Loaded<ProtectionPolicy>,
    after: &ProtectionPolicy,
    mut details_extra: Value,
) -> Result<(), ServiceError> {
    let json = serde_json::to_string(after).map_err(|e| ServiceError::Internal(e.to_string()))?;
    let mut details = json!({"before": before.value, "after": after});
    if let (Some(d), Some(e)) = (details.as_object_mut(), details_extra.as_object_mut()) {
        d.append(e);
    }
    let effects = Effects {
        audit: vec![event(
            state,
            ctx,
            activity::UPDATE_PASSWORD_POLICY,
            "Password protection",
            Outcome::Success,
            details,
        )],
        deliveries: Vec::new(),
    };
    swap(state, &[before.swap(crate::protect::KEY, &json)], &effects).await
}

/// What happens to the logo when the branding is saved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LogoChange {
    /// The logo stays as it is.
    Keep,
    /// The logo is removed.
    Remove,
    /// The logo becomes this `data:image/...;base64,` URL (checked by the caller).
    Replace(String),
}

/// The organisation's name and logo in force, read for a change: as stored, with the
/// config's `organization_name` when none is set.
///
/// Errors: [`ServiceError::Internal`] when the store fails.
pub async fn load_branding(state: &AppState) -> Result<Loaded<Branding>, ServiceError> {
    let stored = state.store.setting_get(BRANDING_KEY).await?;
    let mut value: Branding = stored
        .as_deref()
        .and_then(|json| serde_json::from_str(json).ok())
        .unwrap_or_default();
    if value.organization_name.trim().is_empty() {
        value
            .organization_name
            .clone_from(&state.settings.organization_name);
    }
    Ok(Loaded { value, stored })
}

/// Saves the organisation's name (checked by the caller) and `logo`, with its "Update
/// branding" audit event, in one transaction, and reloads this instance's branding.
/// Returns the branding now in force.
///
/// Errors: [`ServiceError::ChangedMeanwhile`] when the branding changed while this was
/// saved (nothing was written).
pub async fn save_branding(
    state: &AppState,
    ctx: &Ctx,
    organization_name: String,
    logo: LogoChange,
) -> Result<Branding, ServiceError> {
    let before = load_branding(state).await?;
    let mut after = before.value.clone();
    after.organization_name = organization_name;
    match logo {
        LogoChange::Keep => {}
        LogoChange::Remove => after.logo.clear(),
        LogoChange::Replace(url) => after.logo = url,
    }
    let json = serde_json::to_string(&after).map_err(|e| ServiceError::Internal(e.to_string()))?;
    let was = &before.value;
    let logo = if after.logo == was.logo {
        "unchanged"
    } else if after.logo.is_empty() {
        "removed"
    } else {
        "replaced"
    };
    let details = json!({
        "organization_name": {"before": was.organization_name, "after": after.organization_name},
        "logo": logo,
    });
    let effects = Effects {
        audit: vec![event(
            state,
            ctx,
            activity::UPDATE_BRANDING,
            "Branding",
            Outcome::Success,
            details,
        )],
        deliveries: Vec::new(),
    };
    swap(state, &[before.swap(BRANDING_KEY, &json)], &effects).await?;
    state.refresh_branding().await?;
    Ok(after)
}

/// Reads a policy document from JSON text; the error names where the problem is
/// (`sspr.methods_required: invalid type …`).
pub fn document_from_json(text: &str) -> Result<PolicyDocument, String> {
    let mut de = serde_json::Deserializer::from_str(text);
    let doc: PolicyDocument = serde_path_to_error::deserialize(&mut de).map_err(|e| {
        let path = e.path().to_string();
        let inner = e.into_inner();
        if path == "." {
            inner.to_string()
        } else {
            format!("{path}: {inner}")
        }
    })?;
    de.end().map_err(|e| e.to_string())?;
    Ok(doc)
}
