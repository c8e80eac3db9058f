//! Who acts on the directory: an administrator (portal, API token) or the CLI, with the
//! rules about whom they may manage and the audit events they write.

use latchkey_core::audit::{NewAuditEvent, Outcome};
use latchkey_core::directory::{Role, User};
use serde_json::Value;

use crate::audit::Ctx;
use crate::service::{Permission, ServiceError, Via};
use crate::state::AppState;

/// Who acts, for the rules and the audit log.
#[derive(Debug, Clone)]
pub struct Actor {
    /// The audit log's actor, address and correlation id.
    pub ctx: Ctx,
    /// The acting administrator's id and role; `None` for the command line, which acts
    /// as a global administrator and has no account of its own.
    pub admin: Option<(i64, Role)>,
    /// Where the operation came from; the API and the CLI mark their audit events.
    pub via: Via,
}

impl Actor {
    /// An administrator signed in to the portal.
    pub fn portal(admin: &User, ctx: Ctx) -> Self {
        Self {
            ctx,
            admin: Some((admin.id, admin.role)),
            via: Via::Portal,
        }
    }

    /// An API token (`token_id`) acting for its owner `admin`.
    pub fn api(admin: &User, token_id: i64, ctx: Ctx) -> Self {
        Self {
            ctx,
            admin: Some((admin.id, admin.role)),
            via: Via::Api(token_id),
        }
    }

    /// The command line: a global administrator with no account of its own.
    pub fn cli(ctx: Ctx) -> Self {
        Self {
            ctx,
            admin: None,
            via: Via::Cli,
        }
    }

    pub(crate) fn role(&self) -> Role {
        self.admin.map_or(Role::GlobalAdmin, |(_, r)| r)
    }

    pub(crate) fn is(&self, user: &User) -> bool {
        self.admin.is_some_and(|(id, _)| id == user.id)
    }

    pub(crate) fn require_global(&self) -> Result<(), ServiceError> {
        if self.role() == Role::GlobalAdmin {
            Ok(())
        } else {
            Err(ServiceError::Forbidden(Permission::GlobalOnly))
        }
    }

    pub(crate) fn require_manage(&self, target: &User) -> Result<(), ServiceError> {
        if self.role().may_manage(target.role) {
            Ok(())
        } else {
            Err(ServiceError::Forbidden(Permission::ManageAdmins))
        }
    }

    /// An audit event of this actor, marked with where it came from.
    pub(crate) fn event(
        &self,
        state: &AppState,
        activity: &'static str,
        target: &str,
        mut details: Value,
    ) -> NewAuditEvent {
        self.via.mark(&mut details);
        crate::audit::event(
            state,
            &self.ctx,
            activity,
            target,
            Outcome::Success,
            details,
        )
    }
}
