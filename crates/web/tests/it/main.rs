//! In-process HTTP tests: the real router, a fresh SQLite database per test, an
//! injectable clock, cheap hash parameters through the same settings operators use.
#![expect(
    clippy::expect_used,
    reason = "a test stops loudly at the first setup failure"
)]

mod access_pass;
mod account_i18n;
mod admin;
mod admin_i18n;
mod admin_policy_i18n;
mod admin_users_i18n;
mod api;
mod api_i18n;
mod api_parity;
mod app_notification;
mod campaigns;
mod captcha_provider;
mod contact_import;
mod decoys;
mod delivery_faults;
mod directory_race;
mod edge;
mod errors_i18n;
mod harness;
mod headers;
mod helpdesk;
mod helpdesk_manager;
mod instances;
mod journey_faults;
mod journey_time;
mod key_at_rest;
mod layering;
mod least_privilege;
mod logs;
mod messages_i18n;
mod metrics;
mod onprem_ad;
mod onprem_expiry;
mod onprem_openldap;
mod onprem_page;
mod onprem_support;
mod passkeys;
mod password_expiry;
mod password_rules;
mod policy_race;
mod protection;
mod qr_branding_nesting_i18n;
mod questions_emails_i18n;
mod rate_limits;
mod registration_faults;
mod report_link;
mod reports;
mod reset_i18n;
mod review_faults;
mod rough_edges;
mod setup_i18n;
mod signin;
mod sspr;
mod sspr_admin;
mod sspr_group;
mod sspr_support;
mod step_up;
mod telephony;
mod totp_reuse;
