//! Users, groups and roles, with the validation every entry point shares.

use serde::{Deserialize, Serialize};
use std::fmt;

use latchkey_i18n::{t, tr};

/// A field that failed validation, and why, in words for the person who typed it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{field}: {message}")]
pub struct FieldError {
    /// The form field or setting at fault, e.g. `username` or `mobile_phone`.
    pub field: &'static str,
    /// What is wrong and how to fix it, as a full sentence.
    pub message: String,
}

impl FieldError {
    /// A problem with `field`, explained by `message`.
    pub fn new(field: &'static str, message: impl Into<String>) -> Self {
        Self {
            field,
            message: message.into(),
        }
    }
}

/// A sign-in name: `name` or UPN-style `name@domain`, stored in lower case.
///
/// Rules follow Entra's UPN rules: the part before `@` uses `A-Z a-z 0-9 ' . - _ ! # ^ ~`,
/// at most 64 characters, not starting or ending with a dot; the domain at most 48
/// characters of letters, digits, dots and hyphens; 113 characters in all.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Username(String);

impl Username {
    /// Trims, lower-cases and checks a typed username against the rules above.
    ///
    /// # Errors
    ///
    /// A [`FieldError`] on `username` when it is empty, too long, holds a character outside
    /// the allowed set, starts or ends with a dot or has two in a row, or has a malformed
    /// domain.
    pub fn parse(input: &str) -> Result<Self, FieldError> {
        let s = input.trim().to_lowercase();
        let err = |key: &str| Err(FieldError::new("username", t(key)));
        if s.is_empty() {
            return err("errors-username-empty");
        }
        if s.chars().count() > 113 {
            return err("errors-username-too-long");
        }
        let (local, domain) = match s.split_once('@') {
            Some((l, d)) => (l, Some(d)),
            None => (s.as_str(), None),
        };
        if local.is_empty() {
            return err("errors-username-local-empty");
        }
        if local.chars().count() > 64 {
            return err("errors-username-local-too-long");
        }
        let allowed = |c: char| c.is_ascii_alphanumeric() || "'.-_!#^~".contains(c);
        if let Some(bad) = local.chars().find(|c| !allowed(*c)) {
            return Err(FieldError::new(
                "username",
                tr(
                    "errors-username-bad-char",
                    &[("char", bad.to_string().into())],
                ),
            ));
        }
        if local.starts_with('.') || local.ends_with('.') || local.contains("..") {
            return err("errors-username-dots");
        }
        if let Some(d) = domain {
            if d.is_empty() || d.chars().count() > 48 {
                return err("errors-username-domain-length");
            }
            let label_ok = |l: &str| {
                !l.is_empty()
                    && !l.starts_with('-')
                    && !l.ends_with('-')
                    && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
            };
            if !d.split('.').all(label_ok) {
                return err("errors-username-domain-chars");
            }
        }
        Ok(Self(s))
    }

    /// The username in lower case, as stored.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Username {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl TryFrom<String> for Username {
    type Error = FieldError;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        Self::parse(&s)
    }
}

impl From<Username> for String {
    fn from(u: Username) -> String {
        u.0
    }
}

/// An email address, checked for shape only (delivery proves the rest).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Email(String);

impl Email {
    /// Trims the input and checks its shape: one `@`, a local part of 1 to 64 bytes, a domain
    /// of at least two dot-separated labels (lower-cased), 254 bytes in all, no whitespace
    /// or control characters.
    ///
    /// # Errors
    ///
    /// A [`FieldError`] on `field` when the address is not of that shape.
    pub fn parse(field: &'static str, input: &str) -> Result<Self, FieldError> {
        let s = input.trim();
        let bad = || FieldError::new(field, t("errors-email-invalid"));
        if s.len() > 254 || s.chars().any(|c| c.is_whitespace() || c.is_control()) {
            return Err(bad());
        }
        let (local, domain) = s.rsplit_once('@').ok_or_else(bad)?;
        if local.is_empty() || local.len() > 64 || local.contains('@') {
            return Err(bad());
        }
        if local.contains("***") {
            // The shape addresses are shown masked in (`m***@example.org`): storing one
            // would replace a real address with its mask.
            return Err(FieldError::new(field, t("errors-email-masked")));
        }
        let labels: Vec<&str> = domain.split('.').collect();
        if labels.len() < 2
            || labels
                .iter()
                .any(|l| l.is_empty() || !l.chars().all(|c| c.is_alphanumeric() || c == '-'))
        {
            return Err(bad());
        }
        Ok(Self(format!("{local}@{}", domain.to_lowercase())))
    }

    /// The address as stored: local part as typed, domain in lower case.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// `m***@example.org`: enough for its owner to recognise, too little for anyone else.
    pub fn masked(&self) -> String {
        let (local, domain) = self.0.rsplit_once('@').unwrap_or((&self.0, ""));
        let first: String = local.chars().take(1).collect();
        format!("{first}***@{domain}")
    }
}

/// A phone number in E.164 form (`+14255550100`), parsed with its country code.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Phone(String);

impl Phone {
    /// Parses a typed number that starts with `+` or `00` and its country code, and stores
    /// it in E.164 form.
    ///
    /// # Errors
    ///
    /// A [`FieldError`] on `field` when the input is empty, longer than 32 characters, has
    /// no country code, can't be parsed, or isn't a valid number for its country.
    pub fn parse(field: &'static str, input: &str) -> Result<Self, FieldError> {
        let s = input.trim();
        if s.is_empty() {
            return Err(FieldError::new(field, t("errors-phone-empty")));
        }
        if s.len() > 32 {
            return Err(FieldError::new(field, t("errors-phone-too-long")));
        }
        if !s.starts_with('+') && !s.starts_with("00") {
            return Err(FieldError::new(field, t("errors-phone-country-code")));
        }
        let normalised = s
            .strip_prefix("00")
            .map(|r| format!("+{r}"))
            .unwrap_or_else(|| s.to_owned());
        let number = phonenumber::parse(None, &normalised)
            .map_err(|_| FieldError::new(field, t("errors-phone-unreadable")))?;
        if !phonenumber::is_valid(&number) {
            return Err(FieldError::new(
                field,
                t("errors-phone-invalid-for-country"),
            ));
        }
        Ok(Self(
            number.format().mode(phonenumber::Mode::E164).to_string(),
        ))
    }

    /// Reads a number typed to match `registered` (E.164, or empty when there is none):
    /// in full (`+` or `00` and the country code, as [`Phone::parse`] takes it), or as it
    /// is dialled inside the registered number's country (`(425) 555-0131`,
    /// `020 7946 0958`), the way registration took it (country picker and national number).
    ///
    /// `Ok(None)` when the input is shaped like a phone number but isn't one in that
    /// country, or there is no registered number: the caller treats it as a number that
    /// doesn't match. Errors never depend on the registered number, so the answers can't
    /// tell an account's country, or a real account from a decoy.
    ///
    /// # Errors
    ///
    /// A [`FieldError`] on `field` when the input is empty, too long, has characters a
    /// phone number doesn't have, or (in full) isn't a valid number.
    pub fn parse_as_registered(
        field: &'static str,
        input: &str,
        registered: &str,
    ) -> Result<Option<Self>, FieldError> {
        let s = input.trim();
        if s.starts_with('+') || s.starts_with("00") || s.is_empty() || s.len() > 32 {
            return Self::parse(field, s).map(Some);
        }
        let digits = s.chars().filter(char::is_ascii_digit).count();
        let shaped = s
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ' ' | '-' | '.' | '(' | ')' | '/'));
        if !shaped || !(4..=17).contains(&digits) {
            return Err(FieldError::new(field, t("errors-phone-unreadable-local")));
        }
        let Some(country) = Phone(registered.to_owned())
            .country()
            .and_then(|c| c.parse::<phonenumber::country::Id>().ok())
        else {
            return Ok(None);
        };
        Ok(phonenumber::parse(Some(country), s)
            .ok()
            .filter(phonenumber::is_valid)
            .map(|n| Self(n.format().mode(phonenumber::Mode::E164).to_string())))
    }

    /// The number in E.164 form, e.g. `+14255550100`.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// `********00`: the last two digits only. The country code is left out too: on the
    /// reset pages it would tell real accounts from decoys.
    pub fn masked(&self) -> String {
        let tail: String = self
            .0
            .chars()
            .rev()
            .take(2)
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        format!("********{tail}")
    }

    /// The ISO 3166 alpha-2 code of the number's country (`US`, `GB`), found from its
    /// country code and, where countries share one (`+1`, `+44`, `+7`), its area code.
    /// `None` for numbers of no country: satellite (`+881`, `+882`), international
    /// freephone and premium-rate (`+800`, `+979`) and other global services.
    pub fn country(&self) -> Option<String> {
        let number = phonenumber::parse(None, &self.0).ok()?;
        let id = number.country().id()?;
        Some(id.as_ref().to_owned())
    }

    /// Whether texts and calls with codes may go to this number, `countries` being the ISO
    /// 3166 alpha-2 codes the policy sends codes to (see `SsprPolicy::phone_countries`).
    ///
    /// A person's own line passes: mobile, fixed-line, either (as in North America),
    /// personal numbers and VoIP (many office lines are VoIP, and Entra accepts them too).
    /// Everything else is refused, because a text or call to it costs more, or pays
    /// someone: premium-rate, shared-cost, toll-free, pager, voicemail access, company
    /// (UAN) numbers, numbers of no known type, and every number of no country, such as
    /// satellite phones.
    ///
    /// # Errors
    ///
    /// [`Unsendable::Kind`] for a number that isn't a person's own line (checked first),
    /// [`Unsendable::Country`] for one whose country isn't in `countries`.
    pub fn sendable(&self, countries: &[String]) -> Result<(), Unsendable> {
        let number = phonenumber::parse(None, &self.0).map_err(|_| Unsendable::Kind)?;
        let personal = matches!(
            number.number_type(&phonenumber::metadata::DATABASE),
            phonenumber::Type::Mobile
                | phonenumber::Type::FixedLine
                | phonenumber::Type::FixedLineOrMobile
                | phonenumber::Type::PersonalNumber
                | phonenumber::Type::Voip
        );
        let country = self
            .country()
            .filter(|_| personal)
            .ok_or(Unsendable::Kind)?;
        if countries.contains(&country) {
            Ok(())
        } else {
            Err(Unsendable::Country)
        }
    }
}

/// Why codes can't be texted or called to a number (see [`Phone::sendable`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unsendable {
    /// Not a person's own line: premium-rate, shared-cost, toll-free, satellite and the
    /// like, where texts and calls cost more or pay someone (SMS pumping, toll fraud).
    Kind,
    /// A country the self-service policy doesn't send codes to.
    Country,
}

impl Unsendable {
    /// What to tell the person who typed the number.
    pub fn message(self) -> String {
        match self {
            Unsendable::Kind => t("errors-phone-kind"),
            Unsendable::Country => t("errors-phone-country-blocked"),
        }
    }

    /// The reason as the audit log records it.
    pub fn reason(self) -> &'static str {
        match self {
            Unsendable::Kind => {
                "number type not allowed (premium-rate, shared-cost, satellite or similar)"
            }
            Unsendable::Country => "country not in the policy's phone countries",
        }
    }
}

/// What a user may administer. Ordered by power.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// No administrative rights: manages only their own account.
    User,
    /// Helpdesk verifier: verifies callers in the helpdesk console
    /// ([`crate::helpdesk`]) and sends registration links; never resets, unlocks or
    /// issues passes, and edits nobody.
    HelpdeskVerifier,
    /// Helpdesk: resets the passwords of non-administrators.
    PasswordAdmin,
    /// Full rights over users, groups, policies and settings.
    GlobalAdmin,
}

impl Role {
    /// Every role, least powerful first.
    pub const ALL: [Role; 4] = [
        Role::User,
        Role::HelpdeskVerifier,
        Role::PasswordAdmin,
        Role::GlobalAdmin,
    ];

    /// The stored and API form: `user`, `helpdesk_verifier`, `password_admin` or
    /// `global_admin`.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::User => "user",
            Role::HelpdeskVerifier => "helpdesk_verifier",
            Role::PasswordAdmin => "password_admin",
            Role::GlobalAdmin => "global_admin",
        }
    }

    /// The name shown on pages, e.g. "Password administrator".
    pub fn label(self) -> &'static str {
        match self {
            Role::User => "User",
            Role::HelpdeskVerifier => "Helpdesk verifier",
            Role::PasswordAdmin => "Password administrator",
            Role::GlobalAdmin => "Global administrator",
        }
    }

    /// The role [`Role::as_str`] names (surrounding spaces ignored).
    ///
    /// # Errors
    ///
    /// A [`FieldError`] on `role` for any other value.
    pub fn parse(s: &str) -> Result<Self, FieldError> {
        match s.trim() {
            "user" => Ok(Role::User),
            "helpdesk_verifier" => Ok(Role::HelpdeskVerifier),
            "password_admin" => Ok(Role::PasswordAdmin),
            "global_admin" => Ok(Role::GlobalAdmin),
            _ => Err(FieldError::new("role", t("errors-role-invalid"))),
        }
    }

    /// Whether this is an administrator role (helpdesk verifier, password or global
    /// administrator): these sign in to the admin portal and follow the fixed
    /// administrator reset policy.
    pub fn is_admin(self) -> bool {
        self != Role::User
    }

    /// Whether someone in this role may reset the password of, or edit, `target`.
    /// Password admins may act on non-admins only; global admins on everyone.
    pub fn may_manage(self, target: Role) -> bool {
        match self {
            Role::GlobalAdmin => true,
            Role::PasswordAdmin => target == Role::User,
            Role::HelpdeskVerifier | Role::User => false,
        }
    }

    /// Whether someone in this role may verify a caller whose account has `target` in the
    /// helpdesk console: helpdesk verifiers and password administrators verify users,
    /// global administrators everyone.
    pub fn may_verify(self, target: Role) -> bool {
        match self {
            Role::GlobalAdmin => true,
            Role::PasswordAdmin | Role::HelpdeskVerifier => target == Role::User,
            Role::User => false,
        }
    }
}

/// A person in the directory, as stored. The password hash stays in the store layer's
/// own record and never travels with this type.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct User {
    /// Row id, assigned by the store.
    pub id: i64,
    /// Sign-in name, unique.
    pub username: Username,
    /// Given name; may be empty.
    pub first_name: String,
    /// Family name; may be empty.
    pub last_name: String,
    /// Name shown on pages and in messages; never empty.
    pub display_name: String,
    /// Primary email address; security notices go here and to `alternate_email`.
    pub email: Option<Email>,
    /// Alternate email address; security notices go here too.
    pub alternate_email: Option<Email>,
    /// Mobile phone in E.164 form (contact information; reset codes go to the
    /// registered authentication methods instead).
    pub mobile_phone: Option<Phone>,
    /// Office phone in E.164 form (contact information).
    pub office_phone: Option<Phone>,
    /// Whether the account may be used; a disabled user can't sign in.
    pub enabled: bool,
    /// What the user may administer.
    pub role: Role,
    /// Whether the user must choose a new password at the next sign-in.
    pub must_change_password: bool,
    /// When the user was created (Unix seconds).
    pub created_at: i64,
    /// When the user record last changed (Unix seconds).
    pub updated_at: i64,
    /// When the password was last set (Unix seconds); `None` when never recorded.
    pub password_changed_at: Option<i64>,
    /// The on-premises directory entry this account comes from, when it was synced from
    /// one: its names, contacts and enabled state are then the directory's (read-only in
    /// Latchkey) and its password lives there.
    pub external: Option<ExternalAccount>,
    /// Sign-in was blocked in Latchkey (by an administrator, or by the user's "this
    /// wasn't me"): a sync from the on-premises directory keeps the account disabled
    /// until it is allowed again here.
    pub blocked: bool,
}

/// An account's entry in the on-premises directory (LDAP, Active Directory).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExternalAccount {
    /// The directory it comes from (`ldap.name`).
    pub directory: String,
    /// The entry's immutable identifier: AD `objectGUID` or OpenLDAP `entryUUID`, as a
    /// lower-case UUID (or the DN when the directory has neither).
    pub id: String,
    /// The entry's distinguished name (RFC 4514) as of the last sync.
    pub dn: String,
    /// When the directory says the entry's password expires (Unix seconds), as of the
    /// last sync; `None` when it never expires or the directory does not say. Read from
    /// Active Directory's `msDS-UserPasswordExpiryTimeComputed` (or `pwdLastSet` plus the
    /// domain's or the fine-grained policy's maximum password age; `userAccountControl`
    /// DONT_EXPIRE_PASSWORD means never) and from OpenLDAP's `pwdChangedTime` plus the
    /// ppolicy `pwdMaxAge` (none without the ppolicy overlay). A password Active Directory
    /// requires to be changed now (`pwdLastSet` = 0) reads as already expired (`Some(0)`).
    /// Always `None` for groups.
    #[serde(default)]
    pub password_expires_at: Option<i64>,
}

/// The editable profile of a user, validated as a whole.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Profile {
    /// Given name, up to 64 characters; may be empty.
    pub first_name: String,
    /// Family name, up to 64 characters; may be empty.
    pub last_name: String,
    /// Name shown on pages, 1 to 256 characters.
    pub display_name: String,
    /// Primary email address; security notices go here.
    pub email: Option<Email>,
    /// Alternate email address; security notices go here too.
    pub alternate_email: Option<Email>,
    /// Mobile phone in E.164 form.
    pub mobile_phone: Option<Phone>,
    /// Office phone in E.164 form.
    pub office_phone: Option<Phone>,
}

/// The profile as typed in a form or a command: every field a string, empty meaning none.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct ProfileInput {
    /// Given name as typed.
    pub first_name: String,
    /// Family name as typed.
    pub last_name: String,
    /// Display name as typed; empty to build it from the first and last names.
    pub display_name: String,
    /// Primary email address as typed; empty for none.
    pub email: String,
    /// Alternate email address as typed; empty for none.
    pub alternate_email: String,
    /// Mobile phone as typed, with `+` or `00` and the country code; empty for none.
    pub mobile_phone: String,
    /// Office phone as typed, with `+` or `00` and the country code; empty for none.
    pub office_phone: String,
}

/// Checks a free-text field; `key` names its messages (`errors-<key>-too-long`,
/// `errors-<key>-control`).
fn name_field(field: &'static str, key: &str, s: &str, max: usize) -> Result<String, FieldError> {
    let s = s.trim();
    if s.chars().count() > max {
        return Err(FieldError::new(
            field,
            tr(&format!("errors-{key}-too-long"), &[("max", max.into())]),
        ));
    }
    if s.chars().any(char::is_control) {
        return Err(FieldError::new(field, t(&format!("errors-{key}-control"))));
    }
    Ok(s.to_owned())
}

fn optional<T>(
    s: &str,
    parse: impl FnOnce(&str) -> Result<T, FieldError>,
) -> Result<Option<T>, FieldError> {
    if s.trim().is_empty() {
        Ok(None)
    } else {
        parse(s).map(Some)
    }
}

impl ProfileInput {
    /// Validates every field and returns all problems at once, so a form can show them together.
    pub fn validate(&self) -> Result<Profile, Vec<FieldError>> {
        fn keep<T>(errors: &mut Vec<FieldError>, r: Result<T, FieldError>) -> Option<T> {
            r.map_err(|e| errors.push(e)).ok()
        }
        let mut errors = Vec::new();
        let e = &mut errors;
        let first_name = keep(
            e,
            name_field("first_name", "first-name", &self.first_name, 64),
        );
        let last_name = keep(e, name_field("last_name", "last-name", &self.last_name, 64));
        let mut display_name = keep(
            e,
            name_field("display_name", "display-name", &self.display_name, 256),
        );
        let email = keep(e, optional(&self.email, |s| Email::parse("email", s)));
        let alternate_email = keep(
            e,
            optional(&self.alternate_email, |s| {
                Email::parse("alternate_email", s)
            }),
        );
        let mobile_phone = keep(
            e,
            optional(&self.mobile_phone, |s| Phone::parse("mobile_phone", s)),
        );
        let office_phone = keep(
            e,
            optional(&self.office_phone, |s| Phone::parse("office_phone", s)),
        );
        if let (Some(d), Some(f), Some(l)) = (&mut display_name, &first_name, &last_name)
            && d.is_empty()
        {
            *d = format!("{f} {l}").trim().to_owned();
        }
        if display_name.as_deref() == Some("") {
            errors.push(FieldError::new(
                "display_name",
                t("errors-display-name-empty"),
            ));
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(Profile {
            first_name: first_name.unwrap_or_default(),
            last_name: last_name.unwrap_or_default(),
            display_name: display_name.unwrap_or_default(),
            email: email.flatten(),
            alternate_email: alternate_email.flatten(),
            mobile_phone: mobile_phone.flatten(),
            office_phone: office_phone.flatten(),
        })
    }
}

/// A security group. Members are users and other groups (nesting).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Group {
    /// Row id, assigned by the store.
    pub id: i64,
    /// Group name, 1 to 64 characters, unique regardless of case.
    pub name: String,
    /// Free text, up to 1024 characters; may be empty.
    pub description: String,
    /// When the group was created (Unix seconds).
    pub created_at: i64,
    /// The on-premises directory group this one is synced from: its name and members
    /// are then the directory's (read-only in Latchkey).
    pub external: Option<ExternalAccount>,
}

/// Validates a group name: 1–64 characters, no control characters, not only spaces.
pub fn parse_group_name(s: &str) -> Result<String, FieldError> {
    let s = s.trim();
    if s.is_empty() {
        return Err(FieldError::new("name", t("errors-group-name-empty")));
    }
    if s.chars().count() > 64 || s.chars().any(char::is_control) {
        return Err(FieldError::new("name", t("errors-group-name-invalid")));
    }
    Ok(s.to_owned())
}

/// Validates a group description: trimmed, up to 1024 characters, no control characters.
///
/// # Errors
///
/// A [`FieldError`] on `description` when it is too long or holds a control character.
pub fn parse_group_description(s: &str) -> Result<String, FieldError> {
    name_field("description", "description", s, 1024)
}

#[cfg(test)]
mod tests;
