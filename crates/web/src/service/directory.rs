//! Users and groups: the administrative operations of the portal, the API and the CLI.
//!
//! Each operation checks its rules once — who may do it ([`Role::may_manage`], global
//! administrators only), nobody changes their own role or sign-in or deletes themselves,
//! and an enabled global administrator always remains — and writes its change with its
//! audit events in one transaction ([`DirectoryCommits`]). The last rule is checked inside
//! that transaction, so two administrators demoting each other at the same moment can't
//! both succeed. Refusals are typed ([`ServiceError`]); each adapter words them. Synced
//! accounts and groups are read-only here ([`super::onprem::local_user`]).
//!
//! [`DirectoryCommits`]: latchkey_core::store::DirectoryCommits

use latchkey_core::Secret;
use latchkey_core::audit::{NewAuditEvent, activity};
use latchkey_core::directory::{
    FieldError, Group, Profile, ProfileInput, Role, User, Username, parse_group_description,
    parse_group_name,
};
use latchkey_core::password;
use latchkey_core::store::{Effects, Member, NewUser, StoreError, UserChange};
use serde_json::json;

use crate::service::ServiceError;
use crate::state::AppState;

pub use super::actor::Actor;

fn audit_only(audit: Vec<NewAuditEvent>) -> Effects {
    Effects {
        audit,
        deliveries: Vec::new(),
    }
}

// ------------------------------------------------------------------------------ users

/// A user to create, as typed.
#[derive(Debug, Clone)]
pub struct NewUserInput {
    /// `name` or `name@domain`, any case (stored in lower case).
    pub username: String,
    /// Names and contacts as typed; empty means none.
    pub profile: ProfileInput,
    /// The role to give.
    pub role: Role,
    /// The password typed; `None` generates one (returned once).
    pub password: Option<Secret>,
    /// The user must choose a new password at first sign-in.
    pub must_change_password: bool,
}

/// A created user and, when it was generated, the password to show once.
#[derive(Debug)]
pub struct Created {
    /// The user as stored.
    pub user: User,
    /// The generated password (shown once, never stored in clear); `None` when typed.
    pub generated: Option<Secret>,
}

/// Validates a new user's username and profile, every problem at once. With no name at
/// all, the display name is the username (as typed, when it isn't valid).
pub fn validate_new_user(
    username: &str,
    profile: &ProfileInput,
) -> Result<(Username, Profile), Vec<FieldError>> {
    let username_typed = username;
    let mut errors = Vec::new();
    let username = Username::parse(username).map_err(|e| errors.push(e)).ok();
    let mut input = profile.clone();
    if [&input.display_name, &input.first_name, &input.last_name]
        .iter()
        .all(|s| s.trim().is_empty())
    {
        input.display_name = username
            .as_ref()
            .map_or_else(|| username_typed.trim().to_owned(), |u| u.to_string());
    }
    let profile = input.validate().map_err(|e| errors.extend(e)).ok();
    match (username, profile) {
        (Some(u), Some(p)) if errors.is_empty() => Ok((u, p)),
        _ => Err(errors),
    }
}

/// Creates a user (global administrators). A typed password must pass the password
/// policy; otherwise one is generated. Audited as "Add user".
///
/// Errors: [`ServiceError::Forbidden`]; [`ServiceError::Invalid`] with every field at
/// fault (a refused password among them as `password`), or [`ServiceError::Password`]
/// when only the password was refused; [`ServiceError::Conflict`]`("username")`;
/// [`ServiceError::Busy`].
pub async fn create_user(
    state: &AppState,
    actor: &Actor,
    input: NewUserInput,
) -> Result<Created, ServiceError> {
    actor.require_global()?;
    let checked = validate_new_user(&input.username, &input.profile);
    let refused = match &input.password {
        Some(p) => {
            let (name, first, last) = match &checked {
                Ok((u, pr)) => (u.as_str(), pr.first_name.as_str(), pr.last_name.as_str()),
                Err(_) => (
                    input.username.trim(),
                    input.profile.first_name.trim(),
                    input.profile.last_name.trim(),
                ),
            };
            let who = latchkey_core::protect::Subject {
                display_name: input.profile.display_name.trim(),
                ..crate::protect::subject(state, name, first, last)
            };
            crate::protect::check_new(state, &who, None, p, None)
                .await?
                .err()
        }
        None => None,
    };
    let (username, profile) = match (checked, refused) {
        (Ok(ok), None) => ok,
        (Ok(_), Some(v)) => return Err(ServiceError::Password(v)),
        (Err(mut errors), v) => {
            errors.extend(v.map(|v| FieldError::new("password", v.to_string())));
            return Err(ServiceError::Invalid(errors));
        }
    };
    let generated = input.password.is_none();
    let password = input.password.unwrap_or_else(password::generate);
    let hash = state.hasher.hash(&password).await?;
    let details = json!({"role": input.role.as_str(),
        "must_change_password": input.must_change_password,
        "password": if generated { "generated" } else { "typed" }});
    let effects = audit_only(vec![actor.event(
        state,
        activity::ADD_USER,
        username.as_str(),
        details,
    )]);
    let new = NewUser {
        username,
        profile,
        role: input.role,
        enabled: true,
        password_hash: hash,
        must_change_password: input.must_change_password,
    };
    let user = state
        .store
        .user_create_commit(new, state.now(), &effects)
        .await
        .map_err(|e| match e {
            StoreError::Conflict(_) => ServiceError::Conflict("username"),
            e => e.into(),
        })?;
    Ok(Created {
        user,
        generated: generated.then_some(password),
    })
}

/// Profile fields to change: `None` keeps the stored value, `""` clears it.
#[derive(Debug, Clone, Default)]
pub struct ProfilePatch {
    /// Given name.
    pub first_name: Option<String>,
    /// Family name.
    pub last_name: Option<String>,
    /// Display name; `""` builds it from the first and last names.
    pub display_name: Option<String>,
    /// Primary email address.
    pub email: Option<String>,
    /// Alternate email address.
    pub alternate_email: Option<String>,
    /// Mobile phone, with `+` or `00` and the country code.
    pub mobile_phone: Option<String>,
    /// Office phone, with `+` or `00` and the country code.
    pub office_phone: Option<String>,
}

impl ProfilePatch {
    /// Every field, as a form sends the whole profile.
    pub fn all(p: ProfileInput) -> Self {
        Self {
            first_name: Some(p.first_name),
            last_name: Some(p.last_name),
            display_name: Some(p.display_name),
            email: Some(p.email),
            alternate_email: Some(p.alternate_email),
            mobile_phone: Some(p.mobile_phone),
            office_phone: Some(p.office_phone),
        }
    }

    /// Whether no field is given.
    pub fn is_empty(&self) -> bool {
        [
            &self.first_name,
            &self.last_name,
            &self.display_name,
            &self.email,
            &self.alternate_email,
            &self.mobile_phone,
            &self.office_phone,
        ]
        .iter()
        .all(|f| f.is_none())
    }

    /// The profile after the patch, as typed, on top of `user`'s.
    fn apply(&self, user: &User) -> ProfileInput {
        let mut p = profile_input(user);
        for (slot, v) in [
            (&mut p.first_name, &self.first_name),
            (&mut p.last_name, &self.last_name),
            (&mut p.display_name, &self.display_name),
            (&mut p.email, &self.email),
            (&mut p.alternate_email, &self.alternate_email),
            (&mut p.mobile_phone, &self.mobile_phone),
            (&mut p.office_phone, &self.office_phone),
        ] {
            if let Some(v) = v {
                slot.clone_from(v);
            }
        }
        p
    }
}

/// A user's profile as a form shows it: every field a string, empty for none.
pub fn profile_input(u: &User) -> ProfileInput {
    let s = |v: Option<&str>| v.unwrap_or_default().to_owned();
    ProfileInput {
        first_name: u.first_name.clone(),
        last_name: u.last_name.clone(),
        display_name: u.display_name.clone(),
        email: s(u.email.as_ref().map(|e| e.as_str())),
        alternate_email: s(u.alternate_email.as_ref().map(|e| e.as_str())),
        mobile_phone: s(u.mobile_phone.as_ref().map(|p| p.as_str())),
        office_phone: s(u.office_phone.as_ref().map(|p| p.as_str())),
    }
}

/// The profile fields that differ between two versions of a user, by name.
pub fn changed_fields(before: &User, after: &User) -> Vec<&'static str> {
    let (b, a) = (profile_input(before), profile_input(after));
    [
        ("first_name", b.first_name != a.first_name),
        ("last_name", b.last_name != a.last_name),
        ("display_name", b.display_name != a.display_name),
        ("email", b.email != a.email),
        ("alternate_email", b.alternate_email != a.alternate_email),
        ("mobile_phone", b.mobile_phone != a.mobile_phone),
        ("office_phone", b.office_phone != a.office_phone),
    ]
    .into_iter()
    .filter_map(|(k, c)| c.then_some(k))
    .collect()
}

/// A change to a user: profile fields, role, sign-in. What is left out stays.
#[derive(Debug, Clone, Default)]
pub struct UserUpdate {
    /// Profile fields to change (none by default).
    pub profile: ProfilePatch,
    /// The new role (global administrators only).
    pub role: Option<Role>,
    /// `false` blocks sign-in (and ends the user's sessions), `true` allows it.
    pub enabled: Option<bool>,
}

/// Changes a user. The profile needs an administrator who may manage the user; role and
/// sign-in a global administrator, never on themselves. A changed contact or sign-in
/// voids the user's outstanding reset journeys and codes. Audited as "Update user": one
/// event with the changed profile fields when a profile was given, one for a changed
/// role (before and after), one for a changed sign-in. Returns the user as changed.
///
/// Errors: [`ServiceError::Forbidden`], [`ServiceError::SelfChange`],
/// [`ServiceError::SelfSecurityInfo`] for one's own contact details,
/// [`ServiceError::Invalid`] (nothing written), [`ServiceError::LastGlobalAdmin`] when no
/// enabled global administrator would remain (checked in the change's transaction),
/// [`ServiceError::NotFound`] when the user is gone.
pub async fn update_user(
    state: &AppState,
    actor: &Actor,
    target: &User,
    update: UserUpdate,
) -> Result<User, ServiceError> {
    if !update.profile.is_empty() {
        super::onprem::local_user(state, target)?;
    }
    let access = update.role.is_some() || update.enabled.is_some();
    if access {
        actor.require_global()?;
        if actor.is(target) {
            return Err(ServiceError::SelfChange);
        }
    } else {
        actor.require_manage(target)?;
    }
    let profile = if update.profile.is_empty() {
        None
    } else {
        Some(
            update
                .profile
                .apply(target)
                .validate()
                .map_err(ServiceError::Invalid)?,
        )
    };
    // Addresses and numbers are security info (notices and, with directory contacts,
    // reset methods): one's own are changed on My account, behind "Confirm it's you";
    // someone else's by a helpdesk agent only after verifying the caller.
    let contacts_change = profile.as_ref().is_some_and(|p| {
        p.email != target.email
            || p.alternate_email != target.alternate_email
            || p.mobile_phone != target.mobile_phone
            || p.office_phone != target.office_phone
    });
    let mut verification = None;
    if contacts_change {
        if actor.is(target) {
            return Err(ServiceError::SelfSecurityInfo);
        }
        verification =
            crate::service::helpdesk::gate::authorize_details(state, actor, target).await?;
    }
    let change = UserChange {
        profile,
        role: update.role,
        enabled: update.enabled,
    };
    if change.is_empty() {
        return Ok(target.clone());
    }
    let with_profile = change.profile.is_some();
    // Taking an administrator role away is told to the other global administrators and
    // the security contacts, with the change: afterwards the account's password can be
    // reset without the helpdesk's second approval.
    let demotion_alert = match change.role {
        Some(new) if target.role.is_admin() && !new.is_admin() => {
            let told =
                crate::service::helpdesk::notices::demoted(state, actor, target, target.role, new)
                    .await;
            crate::delivery::queue(state, &actor.ctx, told)
        }
        _ => Vec::new(),
    };
    // Built from the user as the transaction saw it just before and after the change.
    let effects = |before: &User, after: &User| {
        let target = after.username.as_str();
        let mut audit = Vec::new();
        if with_profile {
            let changed = changed_fields(before, after);
            let mut details = json!({"changed": changed});
            crate::service::helpdesk::gate::mark(&mut details, verification);
            audit.push(actor.event(state, activity::UPDATE_USER, target, details));
        }
        let mut deliveries = Vec::new();
        if before.role != after.role {
            let role = json!({"before": before.role.as_str(), "after": after.role.as_str()});
            audit.push(actor.event(state, activity::UPDATE_USER, target, json!({"role": role})));
            if before.role.is_admin() && !after.role.is_admin() {
                deliveries = demotion_alert.clone();
            }
        }
        if before.enabled != after.enabled {
            audit.push(actor.event(
                state,
                activity::UPDATE_USER,
                target,
                json!({"enabled": after.enabled}),
            ));
        }
        Effects { audit, deliveries }
    };
    let changed = state
        .store
        .user_change_commit(target.id, &change, access, state.now(), &effects)
        .await?;
    if !demotion_alert.is_empty() {
        state.deliveries_waiting.notify_one();
    }
    Ok(changed)
}

/// Deletes a user (global administrators, never themselves). Audited as "Delete user".
///
/// Errors: [`ServiceError::Forbidden`], [`ServiceError::SelfChange`],
/// [`ServiceError::LastGlobalAdmin`], [`ServiceError::NotFound`] when already gone.
pub async fn delete_user(
    state: &AppState,
    actor: &Actor,
    target: &User,
) -> Result<(), ServiceError> {
    actor.require_global()?;
    if actor.is(target) {
        return Err(ServiceError::SelfChange);
    }
    super::onprem::local_user(state, target)?;
    let effects = audit_only(vec![actor.event(
        state,
        activity::DELETE_USER,
        target.username.as_str(),
        json!({}),
    )]);
    state
        .store
        .user_delete_commit(target.id, true, &effects)
        .await?;
    Ok(())
}

// ----------------------------------------------------------------------------- groups

/// A user or group found by name.
#[derive(Debug, Clone)]
pub enum Named {
    /// A user, found by username.
    User(User),
    /// A group, found by name.
    Group(Group),
}

impl Named {
    fn member(&self) -> Member {
        match self {
            Named::User(u) => Member::User(u.id),
            Named::Group(g) => Member::Group(g.id),
        }
    }

    fn kind(&self) -> &'static str {
        match self {
            Named::User(_) => "user",
            Named::Group(_) => "group",
        }
    }

    /// The username or the group's name.
    pub fn name(&self) -> &str {
        match self {
            Named::User(u) => u.username.as_str(),
            Named::Group(g) => &g.name,
        }
    }
}

/// A member as an adapter names it.
#[derive(Debug, Clone, Copy)]
pub enum MemberRef<'a> {
    /// A user, by id.
    User(i64),
    /// A group, by id.
    Group(i64),
    /// A username first, else a group name.
    Name(&'a str),
}

pub use super::members::find_member;

async fn resolve(state: &AppState, member: MemberRef<'_>) -> Result<Named, ServiceError> {
    let found = match member {
        MemberRef::User(id) => state.store.user_get(id).await.map(Named::User),
        MemberRef::Group(id) => state.store.group_get(id).await.map(Named::Group),
        MemberRef::Name(name) => {
            return find_member(state, name)
                .await?
                .ok_or(ServiceError::NoSuchMember);
        }
    };
    match found {
        Err(StoreError::NotFound) => Err(ServiceError::NoSuchMember),
        other => Ok(other?),
    }
}

/// Creates a group (global administrators) with its first members, named by username or
/// group name, all in one transaction: "Add group", then "Add member to group" for each.
///
/// Errors: [`ServiceError::Forbidden`]; [`ServiceError::Invalid`] naming `name`,
/// `description` or `members` (every member must exist; nothing is created);
/// [`ServiceError::Conflict`]`("name")` when the name is taken, in any case.
pub async fn create_group(
    state: &AppState,
    actor: &Actor,
    name: &str,
    description: &str,
    members: &[String],
) -> Result<Group, ServiceError> {
    actor.require_global()?;
    let mut errors = Vec::new();
    let name = parse_group_name(name).map_err(|e| errors.push(e)).ok();
    let description = parse_group_description(description)
        .map_err(|e| errors.push(e))
        .ok();
    let mut found: Vec<Named> = Vec::new();
    for n in members {
        let m = match find_member(state, n).await {
            Err(ServiceError::AmbiguousMember { name, candidates }) => {
                errors.push(FieldError::new(
                    "members",
                    super::members::ambiguous_words(&name, &candidates),
                ));
                continue;
            }
            other => other?,
        };
        match m {
            Some(m) if found.iter().any(|f| f.member() == m.member()) => {}
            Some(m) => found.push(m),
            None => errors.push(FieldError::new(
                "members",
                latchkey_i18n::tr("errors-member-not-found", &[("name", n.to_string().into())]),
            )),
        }
    }
    let (Some(name), Some(description), true) = (name, description, errors.is_empty()) else {
        return Err(ServiceError::Invalid(errors));
    };
    let mut audit = vec![actor.event(
        state,
        activity::ADD_GROUP,
        &name,
        json!({"description": description}),
    )];
    for m in &found {
        audit.push(actor.event(
            state,
            activity::ADD_MEMBER,
            &name,
            json!({"kind": m.kind(), "member": m.name()}),
        ));
    }
    let ids: Vec<Member> = found.iter().map(Named::member).collect();
    state
        .store
        .group_create_commit(&name, &description, &ids, state.now(), &audit_only(audit))
        .await
        .map_err(|e| match e {
            StoreError::Conflict(_) => ServiceError::Conflict("name"),
            StoreError::NotFound => ServiceError::Invalid(vec![FieldError::new(
                "members",
                latchkey_i18n::t("errors-member-deleted"),
            )]),
            e => e.into(),
        })
}

/// Deletes a group (global administrators); its members stay. Audited as "Delete group".
///
/// Errors: [`ServiceError::Forbidden`]; [`ServiceError::SsprGroup`] when self-service
/// reset is turned on for this group ("Selected"), which would leave nobody in scope;
/// [`ServiceError::NotFound`] when already gone.
pub async fn delete_group(
    state: &AppState,
    actor: &Actor,
    group: &Group,
) -> Result<(), ServiceError> {
    super::onprem::may_change_group(actor, group)?;
    let sspr = crate::sspr::load_policy(state).await?;
    if sspr.scope == latchkey_core::policy::Scope::Selected && sspr.group_id == Some(group.id) {
        return Err(ServiceError::SsprGroup);
    }
    let effects = audit_only(vec![actor.event(
        state,
        activity::DELETE_GROUP,
        &group.name,
        json!({}),
    )]);
    Ok(state.store.group_delete_commit(group.id, &effects).await?)
}

/// What [`add_member`] did.
#[derive(Debug, Clone)]
pub struct AddedMember {
    /// The member, as found.
    pub member: Named,
    /// False when it already was a direct member: nothing changed and nothing was audited.
    pub added: bool,
}

/// Adds a user or a nested group to `group` (global administrators). Audited as "Add
/// member to group". Adding a direct member again is not an error, but changes nothing
/// and is not audited: the answer says it was already a member.
///
/// Errors: [`ServiceError::Forbidden`]; [`ServiceError::NoSuchMember`] when the member
/// (or the group) doesn't exist; [`ServiceError::Nesting`] when nesting would make a
/// cycle.
pub async fn add_member(
    state: &AppState,
    actor: &Actor,
    group: &Group,
    member: MemberRef<'_>,
) -> Result<AddedMember, ServiceError> {
    super::onprem::may_change_group(actor, group)?;
    let m = resolve(state, member).await?;
    let effects = audit_only(vec![actor.event(
        state,
        activity::ADD_MEMBER,
        &group.name,
        json!({"kind": m.kind(), "member": m.name()}),
    )]);
    match state
        .store
        .group_member_commit(group.id, m.member(), true, &effects)
        .await
    {
        Ok(()) => Ok(AddedMember {
            member: m,
            added: true,
        }),
        Err(StoreError::Conflict("member")) => Ok(AddedMember {
            member: m,
            added: false,
        }),
        Err(StoreError::NotFound) => Err(ServiceError::NoSuchMember),
        Err(StoreError::Refused(why)) => Err(ServiceError::Nesting {
            member: m.name().to_owned(),
            why: nesting_words(why),
        }),
        Err(e) => Err(e.into()),
    }
}

/// The store's reason for refusing a nesting, in the current language; a reason this
/// doesn't know is shown as the store gave it.
fn nesting_words(why: &str) -> String {
    let key = match why {
        "a group can't be a member of itself" => "errors-nesting-self",
        "that would put the group inside itself: it already contains this group" => {
            "errors-nesting-cycle"
        }
        _ => return why.to_owned(),
    };
    latchkey_i18n::t(key)
}

/// Removes a direct member of `group` (global administrators). Audited as "Remove member
/// from group" with the member's kind and id.
///
/// Errors: [`ServiceError::Forbidden`]; [`ServiceError::NoSuchMember`] when a name names
/// nothing; [`ServiceError::NotMember`] when it isn't a direct member (any more).
pub async fn remove_member(
    state: &AppState,
    actor: &Actor,
    group: &Group,
    member: MemberRef<'_>,
) -> Result<(), ServiceError> {
    super::onprem::may_change_group(actor, group)?;
    let m = match member {
        MemberRef::User(id) => Member::User(id),
        MemberRef::Group(id) => Member::Group(id),
        MemberRef::Name(_) => resolve(state, member).await?.member(),
    };
    let (kind, id) = match m {
        Member::User(id) => ("user", id),
        Member::Group(id) => ("group", id),
    };
    let effects = audit_only(vec![actor.event(
        state,
        activity::REMOVE_MEMBER,
        &group.name,
        json!({"kind": kind, "id": id}),
    )]);
    match state
        .store
        .group_member_commit(group.id, m, false, &effects)
        .await
    {
        Err(StoreError::NotFound) => Err(ServiceError::NotMember),
        other => Ok(other?),
    }
}

pub use super::not_me::{Reported, report_not_me};
