//! Every route of Latchkey, in one place.

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::http::header;
use axum::response::IntoResponse;
use axum::routing::{get, post};

use crate::error::PageError;
use crate::pages::{self, account, admin, signin};
use crate::state::AppState;
use crate::{api, middleware};

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

async fn page_not_found() -> PageError {
    PageError::NotFound
}

pub fn app(state: AppState) -> Router {
    let api = Router::new()
        .route("/openapi.json", get(api::openapi))
        .fallback(api::not_found);

    Router::new()
        // Sign-in, sign-out, self-service
        .route("/", get(signin::page).post(signin::submit))
        .route("/signout", post(signin::sign_out))
        .route(
            "/password/change",
            get(account::forced).post(account::forced_submit),
        )
        .route("/account", get(account::page))
        .route("/account/password", post(account::change))
        .route("/reset", get(pages::reset))
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
        // Operations
        .route("/healthz", get(api::healthz))
        .route("/readyz", get(api::readyz))
        .route("/metrics", get(api::metrics))
        .route("/static/latchkey.css", get(css))
        .route("/static/latchkey.js", get(js))
        .route(
            "/favicon.ico",
            get(|| async { axum::http::StatusCode::NO_CONTENT }),
        )
        .nest("/api/v1", api)
        .fallback(page_not_found)
        .method_not_allowed_fallback(|| async {
            PageError::BadRequest("This address doesn't accept that kind of request.".into())
        })
        .layer(DefaultBodyLimit::max(MAX_BODY))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            middleware::request_context,
        ))
        .with_state(state)
}
