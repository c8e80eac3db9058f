//! Password write-back: the port through which every password change also reaches an
//! external directory (LDAP, Active Directory), in the manner of Entra's password
//! writeback. The built-in directory needs none ([`BuiltIn`]).

use crate::Secret;
use crate::directory::User;

/// Where a password also has to be written. Called by the one door for password
/// changes before the change is committed locally, so a refusal by the directory changes
/// nothing anywhere.
#[async_trait::async_trait]
pub trait DirectoryPort: Send + Sync + 'static {
    /// Writes `new` as `user`'s password. An error names the directory's refusal or
    /// failure in words for the log; the caller then changes nothing.
    async fn write_password(&self, user: &User, new: &Secret) -> Result<(), String>;
}

/// The built-in directory: Latchkey's own database is the directory; nothing to write.
#[derive(Debug, Default, Clone, Copy)]
pub struct BuiltIn;

#[async_trait::async_trait]
impl DirectoryPort for BuiltIn {
    async fn write_password(&self, _user: &User, _new: &Secret) -> Result<(), String> {
        Ok(())
    }
}
