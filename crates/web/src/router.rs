//! Every route of Latchkey, in one place.

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::http::header;
use axum::response::IntoResponse;
use axum::routing::{get, post};

use crate::error::PageError;
use crate::pages::{
    access_pass, account, admin, app_shell, confirm, manager_requests, protection, report, reset,
    setup, signin,
};
use crate::state::AppState;
use crate::{api, form, middleware};

/// Forms are small; anything larger is refused before it is read.
pub const MAX_BODY: usize = 64 * 1024;

async fn css() -> impl IntoResponse {
    (
        [(header::CONTENT_TYPE, "text/css; charset=utf-8")],
        include_str!("../static/latchkey.css"),
    )
}

async fn js() -> impl IntoResponse {
    (
        [(header::CONTENT_TYPE, "text/javascript; charset=utf-8")],
        include_str!("../static/latchkey.js"),
    )
}

async fn passkey_js() -> impl IntoResponse {
    (
        [(header::CONTENT_TYPE, "text/javascript; charset=utf-8")],
        include_str!("../static/passkey.js"),
    )
}

async fn push_wait_js() -> impl IntoResponse {
    (
        [(header::CONTENT_TYPE, "text/javascript; charset=utf-8")],
        include_str!("../static/push-wait.js"),
    )
}

async fn journey_timer_js() -> impl IntoResponse {
    (
        [(header::CONTENT_TYPE, "text/javascript; charset=utf-8")],
        include_str!("../static/journey-timer.js"),
    )
}

async fn page_not_found() -> PageError {
    PageError::NotFound
}

/// The whole router: pages, the admin API under `/api/v1` (with its OpenAPI document),
/// `/healthz`, `/readyz`, `/metrics` and the static files; bodies over [`MAX_BODY`] are
/// refused (413), unknown paths get the 404 page and wrong methods the 405 page; every
/// request passes [`middleware::request_context`], then [`form::refuse_other_host`] and
/// [`form::refuse_bad_address`].
pub fn app(state: AppState) -> Router {
    // The admin API: built from its table of operations, which also makes its OpenAPI document.
    let api = api::router();

    Router::new()
        // Sign-in, sign-out, self-service
        .route("/", get(signin::page).post(signin::submit))
        .route("/signout", post(signin::sign_out))
        .route(
            "/signin/access-pass",
            get(access_pass::page).post(access_pass::submit),
        )
        .route(
            "/password/change",
            get(account::forced).post(account::forced_submit),
        )
        .route("/account", get(account::page))
        .route("/account/password", post(account::change))
        .route("/account/language", post(account::language))
        .route("/account/confirm", get(confirm::page).post(confirm::submit))
        .route("/account/helpdesk-requests", get(manager_requests::page))
        .route(
            "/account/helpdesk-requests/{id}",
            get(manager_requests::back).post(manager_requests::decide),
        )
        // Self-service password reset
        .route("/reset", get(reset::start).post(reset::start_submit))
        .route(
            "/reset/options",
            get(reset::options).post(reset::options_submit),
        )
        .route("/reset/verify", get(reset::verify))
        .route("/reset/verify/send", post(reset::send))
        .route("/reset/verify/check", post(reset::check))
        .route("/reset/verify/push-status", get(reset::push_status))
        .route(
            "/reset/verify/passkey/options",
            post(reset::passkey_options),
        )
        .route("/reset/verify/passkey/finish", post(reset::passkey_finish))
        .route(
            "/reset/password",
            get(reset::password).post(reset::password_submit),
        )
        .route("/reset/done", get(reset::done))
        .route("/reset/extend", post(reset::extend))
        .route("/reset/help", get(reset::help).post(reset::help_submit))
        .route("/report/{token}", get(report::show).post(report::confirm))
        // Registration of security info
        .route("/setup", get(setup::index))
        .route("/setup/send", post(setup::send))
        .route("/setup/verify", post(setup::verify))
        .route("/setup/app", get(setup::app).post(setup::app_submit))
        .route(
            "/setup/passkey",
            get(setup::passkey).post(setup::passkey_without_script),
        )
        .route("/setup/passkey/options", post(setup::passkey_options))
        .route("/setup/passkey/finish", post(setup::passkey_finish))
        .route(
            "/setup/questions",
            get(setup::questions).post(setup::questions_submit),
        )
        .route("/setup/push", get(setup::push).post(setup::push_code))
        .route("/setup/remove", post(setup::remove))
        .route("/setup/confirm", post(setup::confirm))
        // Admin portal
        .route("/admin", get(admin::home))
        .route("/admin/users", get(admin::users::list))
        .route(
            "/admin/users/new",
            get(admin::users::new_page).post(admin::users::create),
        )
        .route("/admin/users/{id}", get(admin::users::show))
        .route(
            "/admin/users/{id}/profile",
            post(admin::users::update_profile),
        )
        .route(
            "/admin/users/{id}/reset-password",
            post(admin::users::reset_password),
        )
        .route(
            "/admin/users/{id}/access-pass",
            post(admin::access_pass::issue),
        )
        .route(
            "/admin/users/{id}/access-pass/revoke",
            post(admin::access_pass::revoke),
        )
        .route("/admin/users/{id}/manager", post(admin::users::set_manager))
        .route("/admin/users/{id}/role", post(admin::users::set_role))
        .route("/admin/users/{id}/enabled", post(admin::users::set_enabled))
        .route("/admin/users/{id}/delete", post(admin::users::delete))
        .route("/admin/groups", get(admin::groups::list))
        .route(
            "/admin/groups/new",
            get(admin::groups::new_page).post(admin::groups::create),
        )
        .route("/admin/groups/{id}", get(admin::groups::show))
        .route("/admin/groups/{id}/add", post(admin::groups::add))
        .route("/admin/groups/{id}/remove", post(admin::groups::remove))
        .route("/admin/groups/{id}/delete", post(admin::groups::delete))
        .route(
            "/admin/password-reset/{section}",
            get(admin::sspr::page).post(admin::sspr::save),
        )
        .route(
            "/admin/password-protection",
            get(protection::show).post(protection::save),
        )
        .route("/admin/password-protection/test", post(protection::test))
        .route("/admin/deliveries", get(admin::deliveries::show))
        .route(
            "/admin/deliveries/{id}/resend",
            post(admin::deliveries::resend),
        )
        .route(
            "/admin/deliveries/{id}/dismiss",
            post(admin::deliveries::dismiss),
        )
        .route(
            "/admin/tokens",
            get(admin::tokens::list).post(admin::tokens::create),
        )
        .route(
            "/admin/tokens/{id}/revoke",
            get(admin::tokens::confirm).post(admin::tokens::revoke),
        )
        .route("/admin/helpdesk", get(admin::helpdesk::home))
        .route(
            "/admin/helpdesk/settings",
            get(admin::helpdesk::back).post(admin::helpdesk::save_settings),
        )
        .route("/admin/helpdesk/users/{id}", get(admin::helpdesk::caller))
        .route(
            "/admin/helpdesk/users/{id}/challenge",
            post(admin::helpdesk::challenge),
        )
        .route(
            "/admin/helpdesk/users/{id}/answer",
            post(admin::helpdesk::answer),
        )
        .route(
            "/admin/helpdesk/users/{id}/unlock",
            post(admin::helpdesk::unlock),
        )
        .route(
            "/admin/helpdesk/users/{id}/registration-link",
            post(admin::helpdesk::registration_link),
        )
        .route(
            "/admin/helpdesk/users/{id}/approval",
            post(admin::helpdesk::ask_approval),
        )
        .route(
            "/admin/helpdesk/users/{id}/close",
            post(admin::helpdesk::close),
        )
        .route(
            "/admin/helpdesk/verifications/{id}/approve",
            post(admin::helpdesk::approve),
        )
        .route("/admin/audit", get(admin::audit::show))
        .route("/admin/audit/export", get(admin::audit::export))
        .route(
            "/admin/expiry",
            get(admin::expiry::show).post(admin::expiry::save),
        )
        .route("/admin/expiry/groups", post(admin::expiry::save_group))
        .route(
            "/admin/expiry/expiring.csv",
            get(admin::expiry::expiring_csv),
        )
        .route("/admin/reports", get(admin::reports::show))
        .route(
            "/admin/reports/unregistered.csv",
            get(admin::reports::unregistered_csv),
        )
        .route("/admin/reports/remind", post(admin::reports::remind))
        .route(
            "/admin/campaigns",
            get(admin::campaigns::show).post(admin::campaigns::save),
        )
        .route(
            "/admin/users/import-contacts",
            get(admin::campaigns::import_form)
                .post(admin::campaigns::import)
                .layer(DefaultBodyLimit::max(
                    crate::service::contacts_import::MAX_BYTES * 2 + 64 * 1024,
                )),
        )
        .route(
            "/admin/branding",
            post(admin::branding::save).layer(DefaultBodyLimit::max(admin::branding::MAX_LOGO * 2)),
        )
        .route("/password/strength", post(protection::strength))
        // Operations
        .route("/language", get(crate::lang::choose))
        .route("/healthz", get(api::healthz))
        .route("/readyz", get(api::readyz))
        .route("/metrics", get(api::metrics))
        .route("/static/latchkey.css", get(css))
        .route("/static/latchkey.js", get(js))
        .route("/static/passkey.js", get(passkey_js))
        .route("/static/push-wait.js", get(push_wait_js))
        .route("/static/journey-timer.js", get(journey_timer_js))
        // What the phone app for app notifications calls (JSON; see api/app.rs)
        .route("/app/api/vapid", get(api::app::vapid))
        .route("/app/api/enrol", post(api::app::enrol))
        .route("/app/api/requests/{id}", get(api::app::request))
        .route("/app/api/requests/{id}/answer", post(api::app::answer))
        // The phone app for app notifications: its files (listed in pages/app_shell.rs)
        .route("/app", get(app_shell::file))
        .route("/app/{file}", get(app_shell::file))
        .route(
            "/favicon.ico",
            get(|| async { axum::http::StatusCode::NO_CONTENT }),
        )
        .nest(api::PREFIX, api)
        .fallback(page_not_found)
        .method_not_allowed_fallback(|| async { PageError::MethodNotAllowed })
        .layer(DefaultBodyLimit::max(MAX_BODY))
        .layer(axum::middleware::from_fn(form::refuse_bad_address))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            form::refuse_other_host,
        ))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            middleware::request_context,
        ))
        .with_state(state)
}
