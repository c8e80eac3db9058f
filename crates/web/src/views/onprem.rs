//! What the *On-premises integration* section of the policy pages shows besides its two
//! switches: whether a directory is configured, the last sync, the doctor's checks and
//! the outcome of *Sync now*. Plain data, filled in by the page.

/// The on-premises directory as the *On-premises integration* section shows it.
#[derive(Debug, Clone, Default)]
pub struct OnPremView {
    /// `[ldap] urls` (or a `[[more_ldap]]`) is set: there is a directory to check and sync.
    pub configured: bool,
    /// Each directory, in the configuration's order.
    pub directories: Vec<DirectoryLine>,
    /// The doctor's checks, when asked for (`?check=1`).
    pub doctor: Option<DoctorView>,
    /// The account the doctor checks the rights on, as typed.
    pub test_user: String,
    /// The outcome of *Sync now*, just run.
    pub synced: Option<SyncLine>,
}

/// One on-premises directory as configured.
#[derive(Debug, Clone, Default)]
pub struct DirectoryLine {
    /// Its name (`ldap.name`).
    pub name: String,
    /// Its servers, in failover order.
    pub urls: Vec<String>,
    /// The configured flavour in words ("detected from the directory", …), in the
    /// reader's language.
    pub flavour: String,
    /// Minutes between the server's automatic syncs; 0 when off.
    pub interval_minutes: u32,
    /// The last sync, if one ran.
    pub last_sync: Option<SyncLine>,
}

/// A sync's outcome in words.
#[derive(Debug, Clone, Default)]
pub struct SyncLine {
    /// When it finished, `2026-11-30 09:15 UTC`; empty for one just run.
    pub when: String,
    /// It worked.
    pub ok: bool,
    /// What it changed, or why it failed.
    pub text: String,
    /// What it left out and why.
    pub warnings: Vec<String>,
}

/// The doctor's report as a table.
#[derive(Debug, Clone, Default)]
pub struct DoctorView {
    /// The directory's kind in words, when known.
    pub flavour: String,
    /// Each check, in order.
    pub rows: Vec<CheckRow>,
    /// How many checks failed.
    pub failed: usize,
    /// How many checks warn.
    pub warnings: usize,
}

/// One check of the doctor.
#[derive(Debug, Clone, Default)]
pub struct CheckRow {
    /// What was checked.
    pub name: String,
    /// "OK", "Warning", "Failed" or "Info", in the reader's language.
    pub status: String,
    /// The check failed (shown as an error, not by colour alone).
    pub failed: bool,
    /// What was found.
    pub detail: String,
    /// What to change; empty when nothing needs to.
    pub fix: String,
}
