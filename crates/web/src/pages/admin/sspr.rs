//! `/admin/password-reset/{section}`: the self-service password reset policy, page by
//! page as administrators know it (Properties, Authentication methods, Registration,
//! Notifications, Customization, On-premises integration, Administrator policy). Each save
//! validates the whole policy and is one audit event with the before and after. The
//! On-premises integration section also shows the directory's state, runs the doctor on
//! request (`?check=1`) and syncs (*Sync now*).

use axum::extract::{Extension, Path, RawQuery, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use latchkey_core::directory::Role;
use latchkey_core::policy::{Method, Scope, SsprPolicy};
use latchkey_i18n::{t, tr};
use std::collections::HashMap;

use super::{ctx, layout};
use crate::error::PageError;
use crate::form::CsrfForm;
use crate::middleware::{ClientIp, CsrfToken, RequestId};
use crate::service::onprem;
use crate::service::policy::{load_sspr, save_sspr, sspr_problems};
use crate::service::{ServiceError, changed_meanwhile_words};
use crate::session::{Authed, RequireAdmin};
use crate::sspr::load_policy;
use crate::state::{AppState, Branding};
use crate::views::{
    CheckRow, DirectoryLine, DoctorView, FormErrors, OnPremView, SsprPolicyPage, SyncLine, render,
};

/// Each section: its path segment and its name in the audit log (English, as stored).
const SECTIONS: [(&str, &str); 7] = [
    ("properties", "Properties"),
    ("authentication-methods", "Authentication methods"),
    ("registration", "Registration"),
    ("notifications", "Notifications"),
    ("customization", "Customization"),
    ("on-premises", "On-premises integration"),
    ("administrator-policy", "Administrator policy"),
];

fn section(name: &str) -> Result<(&'static str, &'static str), PageError> {
    SECTIONS
        .iter()
        .copied()
        .find(|(s, _)| *s == name)
        .ok_or(PageError::NotFound)
}

/// The first control of each section, where the error summary's link for a change that
/// lost a race leads.
fn first_field(sec: &str) -> &'static str {
    match sec {
        "authentication-methods" => "required_1",
        "registration" => "reg_yes",
        "notifications" => "nu_yes",
        "customization" => "hd_yes",
        "on-premises" => "wb_yes",
        _ => "scope_none",
    }
}

async fn view(
    state: &AppState,
    csrf: &CsrfToken,
    a: &Authed,
    sec: (&'static str, &'static str),
    policy: SsprPolicy,
    errors: FormErrors,
    notice: Option<String>,
) -> Result<SsprPolicyPage, PageError> {
    Ok(SsprPolicyPage {
        layout: layout(state, &t(&format!("admin-sspr-section-{}", sec.0)), csrf, a),
        section: sec.0,
        custom_questions: policy.custom_questions.join("\n"),
        branding: super::branding::current(state),
        policy,
        groups: state.store.group_list().await?,
        can_edit: a.user.role == Role::GlobalAdmin,
        errors,
        notice,
        onprem: if sec.0 == "on-premises" {
            Some(onprem_view(state).await?)
        } else {
            None
        },
    })
}

/// The on-premises directories as configured, and each one's last sync.
async fn onprem_view(state: &AppState) -> Result<OnPremView, PageError> {
    let mut directories = Vec::new();
    for s in state.settings.directories() {
        let last = onprem::last_sync(state, &s.name).await?;
        directories.push(DirectoryLine {
            name: s.name.clone(),
            urls: s.url_list().into_iter().map(str::to_owned).collect(),
            flavour: t(match s.flavour.as_str() {
                "active_directory" => "admin-onprem-flavour-ad",
                "openldap" => "admin-onprem-flavour-openldap",
                "other" => "admin-onprem-flavour-other",
                _ => "admin-onprem-flavour-detected",
            }),
            interval_minutes: s.sync_interval_minutes,
            last_sync: last.map(|l| SyncLine {
                when: when(l.at),
                ok: l.ok,
                text: if l.ok {
                    l.summary.map(|s| s.words()).unwrap_or_default()
                } else {
                    l.error.unwrap_or_default()
                },
                warnings: Vec::new(),
            }),
        });
    }
    Ok(OnPremView {
        configured: !directories.is_empty(),
        directories,
        ..Default::default()
    })
}

/// When a sync finished, as the reader's language writes it; in English as
/// `2026-11-30 09:15 UTC`, as the command line shows it.
fn when(at: i64) -> String {
    let lang = latchkey_i18n::current();
    match time::OffsetDateTime::from_unix_timestamp(at) {
        Ok(t) if lang != latchkey_i18n::Lang::En => latchkey_i18n::format_datetime(lang, t),
        _ => onprem::utc(at),
    }
}

/// The doctor's report as the page's table.
fn doctor_view(r: &latchkey_ldap::DoctorReport) -> DoctorView {
    use latchkey_ldap::CheckStatus;
    let rows: Vec<CheckRow> = r
        .checks
        .iter()
        .map(|c| CheckRow {
            name: c.name.clone(),
            status: t(match c.status {
                CheckStatus::Ok => "admin-onprem-status-ok",
                CheckStatus::Warning => "admin-onprem-status-warning",
                CheckStatus::Failed => "admin-onprem-status-failed",
                CheckStatus::Info => "admin-onprem-status-info",
            }),
            failed: c.status == CheckStatus::Failed,
            detail: c.detail.clone(),
            fix: c.fix.clone().unwrap_or_default(),
        })
        .collect();
    let count = |s: CheckStatus| r.checks.iter().filter(|c| c.status == s).count();
    DoctorView {
        flavour: r.flavour.map(|f| f.label()).unwrap_or_default(),
        failed: count(CheckStatus::Failed),
        warnings: count(CheckStatus::Warning),
        rows,
    }
}

/// *Sync now*: syncs from the on-premises directory and shows the section with what
/// changed (200), or why nothing was synced in words: no directory or another sync
/// running (409), the directory unreachable or refusing the service account (503).
async fn sync_now(
    state: &AppState,
    csrf: &CsrfToken,
    a: &Authed,
    ip: &ClientIp,
    rid: &RequestId,
) -> Result<Response, PageError> {
    let failed = |text: String| SyncLine {
        ok: false,
        text,
        ..Default::default()
    };
    let (line, status) = if state.ldap.is_empty() {
        (failed(t("admin-onprem-no-ldap")), StatusCode::CONFLICT)
    } else {
        match onprem::sync(state, &ctx(a, ip, rid), false, &|_| {}).await {
            Ok(r) => (
                SyncLine {
                    when: String::new(),
                    ok: true,
                    text: r.summary.words(),
                    warnings: r.warnings,
                },
                StatusCode::OK,
            ),
            Err(ServiceError::Refused(why)) => (
                failed(tr("admin-onprem-sync-refused", &[("why", why.into())])),
                StatusCode::CONFLICT,
            ),
            Err(ServiceError::Directory(w)) => (
                failed(tr(
                    "admin-onprem-sync-failed",
                    &[("why", w.admin_words().into())],
                )),
                crate::error::directory_status(&w),
            ),
            Err(e) => return Err(e.into()),
        }
    };
    let policy = load_policy(state).await?;
    let sec = section("on-premises")?;
    let mut page = view(state, csrf, a, sec, policy, FormErrors::default(), None).await?;
    if let Some(o) = page.onprem.as_mut() {
        o.synced = Some(line);
    }
    let mut r = render(&page);
    *r.status_mut() = status;
    Ok(r)
}

/// The page, under `status` when it shows errors.
fn answer(page: &SsprPolicyPage, status: StatusCode) -> Response {
    let mut r = render(page);
    if !page.errors.is_empty() {
        *r.status_mut() = status;
    }
    r
}

async fn show(
    state: &AppState,
    csrf: &CsrfToken,
    a: &Authed,
    sec: (&'static str, &'static str),
    policy: SsprPolicy,
    errors: FormErrors,
    notice: Option<String>,
) -> Result<Response, PageError> {
    let page = view(state, csrf, a, sec, policy, errors, notice).await?;
    Ok(answer(&page, StatusCode::BAD_REQUEST))
}

/// `GET /admin/password-reset/{section}`: one section of the self-service reset policy
/// (`properties`, `authentication-methods`, `registration`, `notifications`,
/// `customization`, `on-premises`, `administrator-policy`); editable by global
/// administrators only. `?saved=1` adds a notice. On `on-premises`, `?check=1` (global
/// administrators) runs the doctor against the configured directory, with the rights
/// checked on `test_user` when given; each connection gives up after the configured
/// timeouts, so the page answers within seconds even when the directory doesn't.
///
/// Administrators only (see [`RequireAdmin`]). Errors: 403 for `?check=1` by a password
/// administrator, 404 for an unknown section, 500 when the store fails.
pub async fn page(
    State(state): State<AppState>,
    Extension(csrf): Extension<CsrfToken>,
    RequireAdmin(a): RequireAdmin,
    Path(name): Path<String>,
    RawQuery(q): RawQuery,
) -> Result<Response, PageError> {
    let sec = section(&name)?;
    let query: HashMap<String, String> =
        serde_urlencoded::from_str(q.as_deref().unwrap_or_default()).unwrap_or_default();
    let asked = |k: &str| query.get(k).is_some_and(|v| v == "1");
    let notice = asked("saved").then(|| t("admin-sspr-saved"));
    let policy = load_policy(&state).await?;
    let mut page = view(
        &state,
        &csrf,
        &a,
        sec,
        policy,
        FormErrors::default(),
        notice,
    )
    .await?;
    if let Some(o) = page.onprem.as_mut()
        && asked("check")
    {
        super::require_global(&a)?;
        o.test_user = query
            .get("test_user")
            .map(|t| t.trim().to_owned())
            .unwrap_or_default();
        if o.configured {
            let test_user = Some(o.test_user.as_str()).filter(|t| !t.is_empty());
            let report = onprem::doctor(&state, test_user).await?;
            o.doctor = Some(doctor_view(&report));
        }
    }
    Ok(answer(&page, StatusCode::BAD_REQUEST))
}

/// The Customization section again, with `errors` (status 409) and the organisation's
/// name and logo as typed, when saving them lost a race with another change.
pub(super) async fn branding_changed_meanwhile(
    state: &AppState,
    csrf: &CsrfToken,
    a: &Authed,
    typed: Branding,
) -> Result<Response, PageError> {
    let mut errors = FormErrors::default();
    errors.push("organization_name", changed_meanwhile_words());
    let policy = load_policy(state).await?;
    let mut page = view(
        state,
        csrf,
        a,
        section("customization")?,
        policy,
        errors,
        None,
    )
    .await?;
    page.branding = typed;
    Ok(answer(&page, StatusCode::CONFLICT))
}

fn yes(f: &HashMap<String, String>, k: &str) -> bool {
    f.get(k).is_some_and(|v| v == "true")
}

/// Applies one page's fields to the policy; unparseable values become field errors.
fn apply(sec: &str, f: &HashMap<String, String>, p: &mut SsprPolicy, errors: &mut FormErrors) {
    let get = |k: &str| f.get(k).map(|s| s.trim().to_owned()).unwrap_or_default();
    match sec {
        "properties" => {
            match Scope::parse(&get("scope")) {
                Some(s) => p.scope = s,
                None => errors.push("scope_none", t("admin-sspr-error-scope")),
            }
            let g = get("group");
            p.group_id = if g.is_empty() { None } else { g.parse().ok() };
            if !g.is_empty() && p.group_id.is_none() {
                errors.push("group", t("admin-sspr-error-group"));
            }
        }
        "authentication-methods" => {
            match get("methods_required").as_str() {
                "1" => p.methods_required = 1,
                "2" => p.methods_required = 2,
                _ => errors.push("required_1", t("admin-sspr-error-methods-required")),
            }
            p.methods = Method::ALL
                .into_iter()
                .filter(|m| yes(f, &format!("m_{}", m.as_str())))
                .collect();
            for (k, slot) in [
                ("questions_to_register", &mut p.questions_to_register),
                ("questions_to_reset", &mut p.questions_to_reset),
            ] {
                match get(k).parse::<u8>() {
                    Ok(n) => *slot = n,
                    Err(_) => errors.push(
                        if k == "questions_to_register" {
                            "questions_to_register"
                        } else {
                            "questions_to_reset"
                        },
                        t("admin-sspr-error-questions"),
                    ),
                }
            }
            p.custom_questions = get("custom_questions")
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .map(str::to_owned)
                .collect();
            // Left as it is when a form (an older page, a script) doesn't send it.
            if let Some(typed) = f.get("phone_countries") {
                p.phone_countries = typed
                    .split(|c: char| c == ',' || c.is_whitespace())
                    .filter(|c| !c.is_empty())
                    .map(str::to_uppercase)
                    .collect();
            }
        }
        "registration" => {
            p.require_registration = yes(f, "require_registration");
            match get("reconfirm_days").parse::<u16>() {
                Ok(n) => p.reconfirm_days = n,
                Err(_) => errors.push("reconfirm_days", t("admin-sspr-error-reconfirm-days")),
            }
        }
        "notifications" => {
            p.notify_users = yes(f, "notify_users");
            p.notify_admins = yes(f, "notify_admins");
        }
        "customization" => {
            p.helpdesk = if yes(f, "customize") {
                get("helpdesk")
            } else {
                String::new()
            };
            if yes(f, "customize") && p.helpdesk.is_empty() {
                errors.push("helpdesk", t("admin-sspr-error-helpdesk"));
            }
        }
        "on-premises" => {
            p.allow_unlock = yes(f, "allow_unlock");
            // Left as it is when a form (an older page, a script) doesn't send it.
            if let Some(v) = f.get("writeback") {
                p.writeback = v == "true";
            }
            if let Some(v) = f.get("use_directory_contacts") {
                p.use_directory_contacts = v == "true";
            }
        }
        _ => {}
    }
}

/// `POST /admin/password-reset/{section}`: applies the section's form to the policy,
/// validates the whole policy and saves it with one audit event, then redirects (303) to
/// the section with `?saved=1`, or to `/setup?policy_saved=1` when the administrator must
/// now register first. Problems re-render the section with the errors and status 400;
/// when someone else changed the policy while it was saved, nothing is saved and the
/// section is shown again as typed, with the error and status 409.
///
/// On `on-premises`, a form with `action=sync` is *Sync now* instead: see [`sync_now`].
///
/// Errors: 400 for `administrator-policy` (fixed), 403 unless a global administrator or for
/// a failed CSRF check, 404 for an unknown section, 500 when the store fails.
pub async fn save(
    State(state): State<AppState>,
    Extension(csrf): Extension<CsrfToken>,
    Extension(ip): Extension<ClientIp>,
    Extension(rid): Extension<RequestId>,
    RequireAdmin(a): RequireAdmin,
    Path(name): Path<String>,
    CsrfForm(form): CsrfForm<HashMap<String, String>>,
) -> Result<Response, PageError> {
    super::require_global(&a)?;
    let sec = section(&name)?;
    if sec.0 == "administrator-policy" {
        return Err(PageError::BadRequest(t("admin-sspr-fixed")));
    }
    if sec.0 == "on-premises" && form.get("action").is_some_and(|v| v == "sync") {
        return sync_now(&state, &csrf, &a, &ip, &rid).await;
    }
    let before = load_sspr(&state).await?;
    let mut after = before.value.clone();
    let mut errors = FormErrors::default();
    apply(sec.0, &form, &mut after, &mut errors);
    if errors.is_empty() {
        errors.0.extend(sspr_problems(&state, &after).await?);
    }
    if !errors.is_empty() {
        return show(&state, &csrf, &a, sec, after, errors, None).await;
    }
    match save_sspr(
        &state,
        &ctx(&a, &ip, &rid),
        sec.1,
        &before,
        &after,
        serde_json::json!({}),
    )
    .await
    {
        Ok(()) => {}
        Err(ServiceError::ChangedMeanwhile) => {
            errors.push(first_field(sec.0), changed_meanwhile_words());
            let page = view(&state, &csrf, &a, sec, after, errors, None).await?;
            return Ok(answer(&page, StatusCode::CONFLICT));
        }
        Err(e) => return Err(e.into()),
    }
    // Turning SSPR on may mean this administrator must now register first.
    if crate::sspr::interrupt_for(&state, &a.user).await?.is_some() {
        return Ok(Redirect::to("/setup?policy_saved=1").into_response());
    }
    Ok(Redirect::to(&format!("/admin/password-reset/{}?saved=1", sec.0)).into_response())
}
