//! Password write-back: the port through which every password change, every unlock and
//! every sign-in of an account that comes from an on-premises directory (LDAP, Active
//! Directory) reaches that directory, in the manner of Entra's password writeback. The
//! built-in directory needs none ([`BuiltIn`]).

use crate::Secret;
use crate::directory::User;

/// How a password is written.
#[derive(Debug, Clone, Copy)]
pub enum WriteKind<'a> {
    /// Set without the current password: a reset journey or an administrator. The
    /// directory's own rules still apply (Active Directory through the policy-hints
    /// control, OpenLDAP through ppolicy). `must_change` maps to AD `pwdLastSet=0` and
    /// ppolicy `pwdReset: TRUE`.
    Reset {
        /// The user must choose another password at their next sign-in.
        must_change: bool,
    },
    /// The user changes their own password, proving the current one (AD: delete the
    /// old `unicodePwd` and add the new one in one modify; OpenLDAP: RFC 3062 with the
    /// old password).
    Change {
        /// The password the user typed as their current one.
        current: &'a Secret,
    },
}

/// Which rule of the directory's password policy refused a new password.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PolicyRefusal {
    /// Shorter than the directory's minimum length.
    TooShort,
    /// One of the user's recent passwords.
    InHistory,
    /// Doesn't meet the directory's complexity (or quality) rules.
    NotComplex,
    /// Changed too recently: the directory's minimum password age hasn't passed.
    TooRecent,
    /// Another rule; the directory's own words (for administrators and the audit log).
    Other(String),
}

/// Why the directory didn't do what was asked. Nothing was changed, in the directory or
/// in Latchkey.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum WriteBackError {
    /// The directory's password policy refused the new password.
    #[error("the directory's password policy refused the password: {0:?}")]
    Policy(PolicyRefusal),
    /// The current password given for a change is not the one the directory holds.
    #[error("the directory refused the current password")]
    WrongCurrent,
    /// The account is locked in the directory (AD `data 775`, ppolicy account locked).
    #[error("the account is locked in the directory")]
    Locked,
    /// A protected account (AD `adminCount=1`, a member of a privileged group): never
    /// written by Latchkey; an administrator changes it in the directory.
    #[error("protected account: {0}")]
    Protected(String),
    /// The service account lacks a right it needs (insufficient access, result 50).
    #[error("insufficient rights: {0}")]
    InsufficientRights(String),
    /// The account is no longer in the directory (or not under the configured bases).
    #[error("the account is not in the directory")]
    NotFound,
    /// Write-back is switched off in the SSPR policy (On-premises integration).
    #[error("password write-back is switched off")]
    Off,
    /// The directory could not be reached or answered with an error: every URL down,
    /// a timeout, a TLS failure, a failed service bind. The words are for the log.
    #[error("directory unavailable: {0}")]
    Unavailable(String),
}

impl WriteBackError {
    /// The stable machine code, as the JSON API and the audit log give it
    /// (`directory_password_too_short`, …, `directory_unavailable`).
    pub fn code(&self) -> &'static str {
        match self {
            Self::Policy(PolicyRefusal::TooShort) => "directory_password_too_short",
            Self::Policy(PolicyRefusal::InHistory) => "directory_password_in_history",
            Self::Policy(PolicyRefusal::NotComplex) => "directory_password_complexity",
            Self::Policy(PolicyRefusal::TooRecent) => "directory_password_too_recent",
            Self::Policy(PolicyRefusal::Other(_)) => "directory_password_policy",
            Self::WrongCurrent => "directory_wrong_current_password",
            Self::Locked => "directory_account_locked",
            Self::Protected(_) => "directory_protected_account",
            Self::InsufficientRights(_) => "directory_insufficient_rights",
            Self::NotFound => "directory_account_not_found",
            Self::Off => "directory_writeback_off",
            Self::Unavailable(_) => "directory_unavailable",
        }
    }

    /// Whether the new password itself was refused (so the person can choose another
    /// one on the same page), rather than the account or the connection.
    pub fn is_policy(&self) -> bool {
        matches!(self, Self::Policy(_))
    }

    /// What the person who asked for the change reads: plain words saying what to do, in
    /// the current language ([`latchkey_i18n::current`]).
    pub fn user_words(&self) -> String {
        latchkey_i18n::t(match self {
            Self::Policy(PolicyRefusal::TooShort) => "errors-writeback-too-short",
            Self::Policy(PolicyRefusal::InHistory) => "errors-writeback-in-history",
            Self::Policy(PolicyRefusal::NotComplex) => "errors-writeback-not-complex",
            Self::Policy(PolicyRefusal::TooRecent) => "errors-writeback-too-recent",
            Self::Policy(PolicyRefusal::Other(_)) => "errors-writeback-other",
            Self::WrongCurrent => "errors-writeback-wrong-current",
            Self::Locked => "errors-writeback-locked",
            Self::Protected(_) => "errors-writeback-protected",
            Self::InsufficientRights(_) | Self::NotFound | Self::Unavailable(_) => {
                "errors-writeback-unavailable"
            }
            Self::Off => "errors-writeback-off",
        })
    }

    /// What an administrator (and the audit log) reads: the precise cause and what to
    /// change.
    pub fn admin_words(&self) -> String {
        match self {
            Self::Policy(PolicyRefusal::TooShort) => {
                "the directory's password policy: shorter than its minimum length".into()
            }
            Self::Policy(PolicyRefusal::InHistory) => {
                "the directory's password policy: in the user's password history".into()
            }
            Self::Policy(PolicyRefusal::NotComplex) => {
                "the directory's password policy: fails its complexity or quality check".into()
            }
            Self::Policy(PolicyRefusal::TooRecent) => {
                "the directory's password policy: the minimum password age hasn't passed".into()
            }
            Self::Policy(PolicyRefusal::Other(why)) => {
                format!("the directory's password policy refused it: {why}")
            }
            Self::WrongCurrent => "the directory refused the current password".into(),
            Self::Locked => "the account is locked in the directory".into(),
            Self::Protected(why) => format!(
                "protected account ({why}); change it in the directory with an administrator account"
            ),
            Self::InsufficientRights(why) => format!(
                "the service account lacks the rights to do this ({why}); grant it Reset Password and write access to lockoutTime and pwdLastSet (AD) or write on userPassword and manage on pwdAccountLockedTime and pwdReset (OpenLDAP); run `latchkey directory doctor`"
            ),
            Self::NotFound => {
                "the account is no longer in the directory under the configured base; run a sync"
                    .into()
            }
            Self::Off => "password write-back is switched off (On-premises integration)".into(),
            Self::Unavailable(why) => format!(
                "the directory couldn't be reached or failed ({why}); run `latchkey directory doctor`"
            ),
        }
    }
}

/// What a sign-in's password check against the directory gave.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BindOutcome {
    /// The password is right.
    Valid,
    /// The password is right but the directory wants it changed now (AD `data 773`).
    MustChange,
    /// The password is wrong (or the account is unknown to the directory).
    Invalid,
    /// The directory locked the account.
    Locked,
    /// The account is disabled or expired in the directory.
    Disabled,
}

/// Where passwords of accounts from an on-premises directory are checked and written.
/// [`crate::directory::User::external`] says whether an account comes from one; the
/// callers pass only such accounts.
#[async_trait::async_trait]
pub trait DirectoryPort: Send + Sync + 'static {
    /// Writes `new` as `user`'s password, before the change is committed locally, so a
    /// refusal changes nothing anywhere.
    ///
    /// # Errors
    ///
    /// A [`WriteBackError`] naming the directory's refusal or failure.
    async fn write_password(
        &self,
        user: &User,
        new: &Secret,
        kind: WriteKind<'_>,
    ) -> Result<(), WriteBackError>;

    /// Unlocks `user` in the directory (AD `lockoutTime=0`, OpenLDAP removing
    /// `pwdAccountLockedTime`); Ok when the account was not locked.
    ///
    /// # Errors
    ///
    /// A [`WriteBackError`] naming the failure.
    async fn unlock(&self, user: &User) -> Result<(), WriteBackError>;

    /// Checks `password` by binding as `user` (pass-through sign-in). Never called with
    /// an empty password.
    ///
    /// # Errors
    ///
    /// [`WriteBackError::Unavailable`] when the directory can't be reached.
    async fn verify_password(
        &self,
        user: &User,
        password: &Secret,
    ) -> Result<BindOutcome, WriteBackError>;
}

/// The built-in directory: Latchkey's own database is the directory. An account that
/// says it comes from an on-premises directory while none is configured is never
/// written or checked: that would let a password reach nowhere.
#[derive(Debug, Default, Clone, Copy)]
pub struct BuiltIn;

const NOT_CONFIGURED: &str = "no on-premises directory is configured ([ldap] urls)";

#[async_trait::async_trait]
impl DirectoryPort for BuiltIn {
    async fn write_password(
        &self,
        _user: &User,
        _new: &Secret,
        _kind: WriteKind<'_>,
    ) -> Result<(), WriteBackError> {
        Err(WriteBackError::Unavailable(NOT_CONFIGURED.into()))
    }

    async fn unlock(&self, _user: &User) -> Result<(), WriteBackError> {
        Err(WriteBackError::Unavailable(NOT_CONFIGURED.into()))
    }

    async fn verify_password(
        &self,
        _user: &User,
        _password: &Secret,
    ) -> Result<BindOutcome, WriteBackError> {
        Err(WriteBackError::Unavailable(NOT_CONFIGURED.into()))
    }
}

#[cfg(test)]
mod tests {
    use super::{PolicyRefusal, WriteBackError};
    use latchkey_i18n::{Lang, with_lang};

    #[test]
    fn user_words_are_in_the_current_language() {
        let e = WriteBackError::Policy(PolicyRefusal::TooShort);
        assert_eq!(
            e.user_words(),
            "Your organization's directory needs a longer password. Choose a longer one."
        );
        let de = with_lang(Lang::De, || e.user_words());
        assert!(de.contains("längeres Kennwort"), "{de}");
        let off = with_lang(Lang::De, || WriteBackError::Off.user_words());
        assert!(off.contains("Wenden Sie sich an Ihr IT-Team"), "{off}");
        let ar = with_lang(Lang::Ar, || WriteBackError::Locked.user_words());
        assert!(ar.contains("مؤمّن"), "{ar}");
    }
}
