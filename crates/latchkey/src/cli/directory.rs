//! `latchkey user …` and `latchkey group …`: parse the arguments, call one operation of
//! [`latchkey_web::service::directory`] (the same as the portal and the API) and print
//! its result.

use clap::{Args, Subcommand};
use latchkey_core::Secret;
use latchkey_core::directory::{Group, ProfileInput, Role, User};
use latchkey_core::store::StoreError;
use latchkey_web::AppState;
use latchkey_web::service::ServiceError;
use latchkey_web::service::directory::{
    self, Actor, MemberRef, NewUserInput, ProfilePatch, UserUpdate,
};

use super::output::outln;
use super::{Fail, cli_ctx, fail, find_user};

/// A user's names and contacts, as options.
#[derive(Args, Debug, Default)]
pub(super) struct ProfileArgs {
    #[arg(long)]
    first_name: Option<String>,
    #[arg(long)]
    last_name: Option<String>,
    #[arg(long)]
    display_name: Option<String>,
    #[arg(long)]
    email: Option<String>,
    #[arg(long)]
    alternate_email: Option<String>,
    /// With the country code, e.g. +14255550100. An empty value clears it.
    #[arg(long)]
    mobile_phone: Option<String>,
    #[arg(long)]
    office_phone: Option<String>,
}

/// `latchkey user …`
#[derive(Subcommand, Debug)]
pub(super) enum UserCmd {
    /// Create a user. Prints the generated password once unless --password-stdin is given.
    Add {
        username: String,
        #[command(flatten)]
        profile: ProfileArgs,
        /// user, helpdesk_verifier, password_admin or global_admin.
        #[arg(long, default_value = "user")]
        role: String,
        /// Read the password from the first line of standard input instead of generating one.
        #[arg(long)]
        password_stdin: bool,
        /// Don't require a password change at first sign-in.
        #[arg(long)]
        no_must_change: bool,
    },
    /// List users.
    List {
        #[arg(long, default_value = "")]
        search: String,
    },
    /// Show one user.
    Show { username: String },
    /// Change a user's profile, role or sign-in.
    Set {
        username: String,
        #[command(flatten)]
        profile: ProfileArgs,
        #[arg(long)]
        role: Option<String>,
        /// true to allow sign-in, false to block it.
        #[arg(long)]
        enabled: Option<bool>,
    },
    /// Reset a user's password. Prints the generated password once unless --password-stdin is given.
    ResetPassword {
        username: String,
        #[arg(long)]
        password_stdin: bool,
        #[arg(long)]
        no_must_change: bool,
    },
    /// Issue a Temporary Access Pass: printed once; with it the user signs in at
    /// /signin/access-pass to register security info (nothing else). Revokes the user's
    /// earlier pass; the user is told by email and text, and for an administrator's
    /// account the other global administrators (never the pass).
    AccessPass {
        username: String,
        /// How long it is valid, 10 to 480 minutes.
        #[arg(long, default_value_t = latchkey_core::access_pass::DEFAULT_LIFETIME_MINUTES)]
        lifetime_minutes: u32,
        /// Good for one sign-in only.
        #[arg(long)]
        one_time: bool,
    },
    /// Revoke a user's Temporary Access Pass (the sessions it opened end).
    RevokeAccessPass { username: String },
    /// Delete a user.
    Delete { username: String },
    /// Create users from a CSV file (with a header row) or JSON lines: every row checked
    /// as `user add` checks one, and all imported in one transaction or, with a bad row,
    /// none (its line reported). Users get no password unless the file has Argon2id
    /// hashes (password_hash); they set one through self-service reset.
    Import(super::import::ImportArgs),
    /// Set the contact details of existing users from a CSV file: a header row naming
    /// username and any of email, alternate_email, mobile_phone, office_phone (an empty
    /// cell keeps the stored value). Every row is checked; with a bad row nothing changes
    /// (its line reported). `-` reads standard input.
    ImportContacts {
        file: std::path::PathBuf,
        /// Check every row and say what would change, but change nothing.
        #[arg(long)]
        dry_run: bool,
    },
}

/// `latchkey group …`
#[derive(Subcommand, Debug)]
pub(super) enum GroupCmd {
    /// Create a security group.
    Add {
        name: String,
        #[arg(long, default_value = "")]
        description: String,
    },
    /// List groups: id (the `group_id` of the policy document), name and description.
    List,
    /// Add a user (by username) or a group (by name) to a group.
    AddMember { group: String, member: String },
    /// Remove a user or a nested group from a group.
    RemoveMember { group: String, member: String },
    /// Delete a group (its members stay).
    Delete { name: String },
}

/// The CLI as the actor of a service operation: a global administrator with no account
/// of its own; its audit events say `"via": "cli"`.
fn actor() -> Actor {
    Actor::cli(cli_ctx())
}

impl ProfileArgs {
    /// The profile of a new user: what isn't given is empty.
    fn input(self) -> ProfileInput {
        ProfileInput {
            first_name: self.first_name.unwrap_or_default(),
            last_name: self.last_name.unwrap_or_default(),
            display_name: self.display_name.unwrap_or_default(),
            email: self.email.unwrap_or_default(),
            alternate_email: self.alternate_email.unwrap_or_default(),
            mobile_phone: self.mobile_phone.unwrap_or_default(),
            office_phone: self.office_phone.unwrap_or_default(),
        }
    }

    /// A change to a user's profile: what isn't given stays; an empty value clears.
    fn patch(self) -> ProfilePatch {
        ProfilePatch {
            first_name: self.first_name,
            last_name: self.last_name,
            display_name: self.display_name,
            email: self.email,
            alternate_email: self.alternate_email,
            mobile_phone: self.mobile_phone,
            office_phone: self.office_phone,
        }
    }
}

fn parse_role(role: &str) -> Result<Role, Fail> {
    Role::parse(role).map_err(|e| Fail(format!("--role: {}", e.message), 2))
}

/// A refusal of the user and group operations, for the operator: exit code 2 when the
/// input was at fault, each field named by its option.
fn service_fail(e: ServiceError) -> Fail {
    match e {
        ServiceError::Invalid(errs) => Fail(
            errs.iter()
                .map(|e| match e.field {
                    // Arguments, not options.
                    "username" | "name" => e.message.clone(),
                    f => format!("--{}: {}", f.replace('_', "-"), e.message),
                })
                .collect::<Vec<_>>()
                .join("\n       "),
            2,
        ),
        ServiceError::Password(v) => Fail(v.to_string(), 2),
        ServiceError::Conflict("username") => Fail("that username is already taken".into(), 1),
        ServiceError::Conflict(_) => Fail("a group with that name already exists".into(), 1),
        ServiceError::LastGlobalAdmin => Fail(
            "this is the only enabled global administrator; make someone else one first".into(),
            1,
        ),
        ServiceError::Nesting { why, .. } => Fail(why, 1),
        other => Fail(other.to_string(), 1),
    }
}

fn read_password_stdin() -> Result<Secret, Fail> {
    let mut line = String::new();
    std::io::stdin().read_line(&mut line).map_err(|e| {
        Fail(
            format!("cannot read the password from standard input: {e}"),
            2,
        )
    })?;
    let p = line.trim_end_matches(['\n', '\r']);
    if p.is_empty() {
        return fail("standard input held no password");
    }
    Ok(Secret::new(p))
}

fn print_user(u: &User) -> Result<(), Fail> {
    let o = |v: Option<&str>| v.unwrap_or("-").to_owned();
    outln!("username:        {}", u.username)?;
    outln!("display name:    {}", u.display_name)?;
    outln!("first name:      {}", u.first_name)?;
    outln!("last name:       {}", u.last_name)?;
    outln!(
        "email:           {}",
        o(u.email.as_ref().map(|e| e.as_str()))
    )?;
    outln!(
        "alternate email: {}",
        o(u.alternate_email.as_ref().map(|e| e.as_str()))
    )?;
    outln!(
        "mobile phone:    {}",
        o(u.mobile_phone.as_ref().map(|p| p.as_str()))
    )?;
    outln!(
        "office phone:    {}",
        o(u.office_phone.as_ref().map(|p| p.as_str()))
    )?;
    outln!("role:            {}", u.role.as_str())?;
    outln!("enabled:         {}", u.enabled)?;
    outln!("must change pw:  {}", u.must_change_password)?;
    Ok(())
}

/// Runs a `latchkey user` command.
pub(super) async fn user(s: AppState, cmd: UserCmd) -> Result<(), Fail> {
    match cmd {
        UserCmd::Add {
            username,
            profile,
            role,
            password_stdin,
            no_must_change,
        } => {
            let input = NewUserInput {
                username,
                profile: profile.input(),
                role: parse_role(&role)?,
                password: if password_stdin {
                    Some(read_password_stdin()?)
                } else {
                    None
                },
                must_change_password: !no_must_change,
            };
            let created = directory::create_user(&s, &actor(), input)
                .await
                .map_err(service_fail)?;
            let u = created.user;
            outln!("created user {} ({})", u.username, u.display_name)?;
            if let Some(pw) = created.generated {
                outln!("password: {}", pw.expose())?;
                outln!(
                    "(shown only once{})",
                    if u.must_change_password {
                        "; it must be changed at first sign-in"
                    } else {
                        ""
                    }
                )?;
            }
            Ok(())
        }
        UserCmd::List { search } => {
            let mut offset = 0;
            loop {
                let page = s.store.user_list(&search, offset, 500).await?;
                for u in &page.items {
                    outln!(
                        "{:<32} {:<32} {:<15} {}",
                        u.username,
                        u.display_name,
                        u.role.as_str(),
                        if u.enabled { "enabled" } else { "disabled" }
                    )?;
                }
                offset += page.items.len() as i64;
                if page.items.is_empty() || offset >= page.total {
                    break;
                }
            }
            Ok(())
        }
        UserCmd::Show { username } => {
            let u = find_user(&s, &username).await?;
            print_user(&u)?;
            let groups = s.store.groups_of_user(u.id).await?;
            outln!(
                "groups:          {}",
                groups
                    .iter()
                    .map(|g| g.name.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            )?;
            Ok(())
        }
        UserCmd::Set {
            username,
            profile,
            role,
            enabled,
        } => {
            let u = find_user(&s, &username).await?;
            let update = UserUpdate {
                profile: profile.patch(),
                role: role.as_deref().map(parse_role).transpose()?,
                enabled,
            };
            let u = directory::update_user(&s, &actor(), &u, update)
                .await
                .map_err(service_fail)?;
            print_user(&u)?;
            Ok(())
        }
        UserCmd::ResetPassword {
            username,
            password_stdin,
            no_must_change,
        } => {
            let u = find_user(&s, &username).await?;
            let typed = if password_stdin {
                Some(read_password_stdin()?)
            } else {
                None
            };
            let generated = latchkey_web::service::password::admin_reset(
                &s,
                &actor(),
                &u,
                typed,
                !no_must_change,
            )
            .await
            .map_err(|e| match e {
                latchkey_web::service::ServiceError::Password(v) => Fail(v.to_string(), 2),
                other => Fail(other.to_string(), 1),
            })?;
            // No server runs here: send the notices now rather than at the next start.
            while latchkey_web::delivery::run_once(&s).await > 0 {}
            outln!(
                "password of {} reset; their sessions were signed out",
                u.username
            )?;
            if let Some(pw) = generated {
                outln!("password: {}", pw.expose())?;
            }
            Ok(())
        }
        UserCmd::AccessPass {
            username,
            lifetime_minutes,
            one_time,
        } => {
            let u = find_user(&s, &username).await?;
            let req = latchkey_core::access_pass::PassRequest {
                lifetime_minutes,
                one_time,
            };
            let issued = latchkey_web::service::access_pass::issue(&s, &actor(), &u, req)
                .await
                .map_err(service_fail)?;
            // No server runs here: send the notices now rather than at the next start.
            while latchkey_web::delivery::run_once(&s).await > 0 {}
            outln!(
                "Temporary Access Pass for {}: valid until {}{}",
                u.username,
                latchkey_core::clock::rfc3339(issued.expires_at),
                if issued.one_time { ", one sign-in" } else { "" }
            )?;
            outln!("pass: {}", issued.pass.expose())?;
            Ok(())
        }
        UserCmd::RevokeAccessPass { username } => {
            let u = find_user(&s, &username).await?;
            let revoked = latchkey_web::service::access_pass::revoke(&s, &actor(), &u)
                .await
                .map_err(service_fail)?;
            if revoked {
                outln!("Temporary Access Pass of {} revoked", u.username)?;
                Ok(())
            } else {
                Err(Fail(
                    format!("{} has no Temporary Access Pass to revoke", u.username),
                    1,
                ))
            }
        }
        UserCmd::Import(args) => super::import::run(&s, args).await,
        UserCmd::ImportContacts { file, dry_run } => {
            super::import::run_contacts(&s, &file, dry_run).await
        }
        UserCmd::Delete { username } => {
            let u = find_user(&s, &username).await?;
            directory::delete_user(&s, &actor(), &u)
                .await
                .map_err(service_fail)?;
            outln!("deleted user {}", u.username)?;
            Ok(())
        }
    }
}

async fn find_group(s: &AppState, name: &str) -> Result<Group, Fail> {
    match s.store.group_by_name(name).await {
        Ok(g) => Ok(g),
        Err(StoreError::NotFound) => fail(format!("there is no group {name}")),
        Err(e) => Err(e.into()),
    }
}

/// Runs a `latchkey group` command.
pub(super) async fn group(s: AppState, cmd: GroupCmd) -> Result<(), Fail> {
    match cmd {
        GroupCmd::Add { name, description } => {
            let g = directory::create_group(&s, &actor(), &name, &description, &[])
                .await
                .map_err(service_fail)?;
            outln!("created group {}", g.name)?;
            Ok(())
        }
        GroupCmd::List => {
            for g in s.store.group_list().await? {
                outln!("{:<6} {:<32} {}", g.id, g.name, g.description)?;
            }
            Ok(())
        }
        GroupCmd::AddMember { group, member } => {
            let g = find_group(&s, &group).await?;
            let done = match directory::add_member(&s, &actor(), &g, MemberRef::Name(&member)).await
            {
                Err(ServiceError::NoSuchMember) => {
                    return fail(format!("there is no user or group {member}"));
                }
                other => other.map_err(service_fail)?,
            };
            if done.added {
                outln!("added {member} to {}", g.name)?;
            } else {
                outln!(
                    "{member} is already a member of {}; nothing changed",
                    g.name
                )?;
            }
            Ok(())
        }
        GroupCmd::RemoveMember { group, member } => {
            let g = find_group(&s, &group).await?;
            match directory::remove_member(&s, &actor(), &g, MemberRef::Name(&member)).await {
                Err(ServiceError::NoSuchMember) => {
                    return fail(format!("there is no user or group {member}"));
                }
                Err(ServiceError::NotMember) => {
                    return fail(format!("{member} is not a direct member of {}", g.name));
                }
                other => other.map_err(service_fail)?,
            }
            outln!("removed {member} from {}", g.name)?;
            Ok(())
        }
        GroupCmd::Delete { name } => {
            let g = find_group(&s, &name).await?;
            directory::delete_group(&s, &actor(), &g)
                .await
                .map_err(service_fail)?;
            outln!("deleted group {}", g.name)?;
            Ok(())
        }
    }
}
