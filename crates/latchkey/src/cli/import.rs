//! `latchkey user import FILE`: opens the file, calls
//! [`latchkey_web::service::import::import_users`] and prints its result, with a progress
//! line on standard error when that is a terminal.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use clap::Args;
use latchkey_web::AppState;
use latchkey_web::service::ServiceError;
use latchkey_web::service::directory::Actor;
use latchkey_web::service::import::{self, BadRow, Format, ImportOptions, ImportReport, Progress};

use super::output::{err, errln, outln};
use super::{Fail, cli_ctx};

/// How many bad rows a refused import lists before it only counts them.
const LISTED: usize = 20;

/// `latchkey user import …`
#[derive(Args, Debug)]
pub(super) struct ImportArgs {
    /// A CSV file with a header row (username,first_name,last_name,display_name,email,
    /// alternate_email,mobile_phone,office_phone,role,groups,password_hash; only username
    /// is required), or JSON lines with the same keys. `-` reads standard input.
    file: PathBuf,
    /// csv or jsonl (default: from the file's extension).
    #[arg(long)]
    format: Option<String>,
    /// Import the good rows and list the bad ones, rather than import nothing.
    #[arg(long)]
    continue_on_error: bool,
    /// Check every row and report, but import nothing.
    #[arg(long)]
    dry_run: bool,
}

/// One line for a bad row: `line 7 (tom): mobile_phone: …`.
fn bad_line(b: &BadRow) -> String {
    let who = if b.username.is_empty() {
        String::new()
    } else {
        format!(" ({})", b.username)
    };
    format!("line {}{who}: {}", b.line, import::words(&b.problems))
}

/// The progress line, rewritten in place at most ten times a second.
struct Meter {
    on: bool,
    last: Mutex<Option<Instant>>,
}

impl Meter {
    fn show(&self, p: Progress) {
        if !self.on {
            return;
        }
        let Ok(mut last) = self.last.lock() else {
            return;
        };
        let end = matches!(p, Progress::Written { done, of } if done == of);
        if !end && last.is_some_and(|t| t.elapsed() < Duration::from_millis(100)) {
            return;
        }
        *last = Some(Instant::now());
        match p {
            Progress::Read(n) => err!("\rreading: {n} rows          "),
            Progress::Checked { done, of } => err!("\rchecking: {done} of {of} rows        "),
            Progress::Written { done, of } => err!("\rimporting: {done} of {of} users       "),
        }
    }

    fn done(&self) {
        if self.on && self.last.lock().is_ok_and(|l| l.is_some()) {
            errln!();
        }
    }
}

/// Runs `latchkey user import`.
pub(super) async fn run(s: &AppState, args: ImportArgs) -> Result<(), Fail> {
    let name = args.file.to_string_lossy().into_owned();
    let format = match &args.format {
        Some(f) => Format::parse(f)
            .ok_or_else(|| Fail(format!("--format: `{f}` is not csv or jsonl"), 2))?,
        None => Format::of_file(&name).ok_or_else(|| {
            Fail(
                format!("cannot tell the format of {name} from its extension: give --format csv or --format jsonl"),
                2,
            )
        })?,
    };
    let input: Box<dyn std::io::Read + Send> = if name == "-" {
        Box::new(std::io::stdin())
    } else {
        Box::new(
            std::fs::File::open(&args.file)
                .map_err(|e| Fail(format!("cannot read {name}: {e}"), 1))?,
        )
    };
    let opts = ImportOptions {
        format,
        file_name: args
            .file
            .file_name()
            .map_or_else(|| name.clone(), |n| n.to_string_lossy().into_owned()),
        continue_on_error: args.continue_on_error,
        dry_run: args.dry_run,
    };
    let meter = Meter {
        on: std::io::stderr().is_terminal(),
        last: Mutex::new(None),
    };
    let started = Instant::now();
    let done =
        import::import_users(s, &Actor::cli(cli_ctx()), input, &opts, &|p| meter.show(p)).await;
    meter.done();
    let report = done.map_err(refused)?;
    print_report(&report, started.elapsed())
}

fn print_report(r: &ImportReport, took: Duration) -> Result<(), Fail> {
    for b in &r.skipped {
        outln!("skipped {}", bad_line(b))?;
    }
    let skipped = match r.skipped.len() {
        0 => String::new(),
        1 => "; skipped 1 bad row".into(),
        n => format!("; skipped {n} bad rows"),
    };
    let users = if r.imported == 1 { "user" } else { "users" };
    if r.imported == 0 && !r.skipped.is_empty() {
        return Err(Fail(
            format!(
                "nothing {}: every row was bad ({} skipped)",
                if r.dry_run {
                    "would be imported"
                } else {
                    "was imported"
                },
                r.skipped.len()
            ),
            2,
        ));
    }
    if r.dry_run {
        outln!(
            "would import {} {users}{skipped} (dry run: nothing was imported; checked in {:.1} s)",
            r.imported,
            took.as_secs_f64()
        )
    } else {
        outln!(
            "imported {} {users} in {:.1} s{skipped}",
            r.imported,
            took.as_secs_f64()
        )
    }
}

/// A refused import, for the operator: the first bad rows and how many more, exit code 2.
fn refused(e: ServiceError) -> Fail {
    match e {
        ServiceError::InvalidRows(rows) => {
            let mut lines: Vec<String> = rows.iter().take(LISTED).map(bad_line).collect();
            if rows.len() > LISTED {
                lines.push(format!("… and {} more bad rows", rows.len() - LISTED));
            }
            let n = rows.len();
            Fail(
                format!(
                    "{n} bad row{} in the file, so nothing was imported (--continue-on-error imports the rest):\n       {}",
                    if n == 1 { "" } else { "s" },
                    lines.join("\n       ")
                ),
                2,
            )
        }
        ServiceError::Conflict(_) => Fail(
            "a username in the file was taken while importing, so nothing was imported; run it again"
                .into(),
            1,
        ),
        ServiceError::Refused(why) => Fail(why, 1),
        other => Fail(other.to_string(), 1),
    }
}

/// `latchkey user import-contacts FILE [--dry-run]`: reads the file (at most
/// [`contacts_import::MAX_BYTES`]), calls [`contacts_import::import_contacts`] and prints
/// what changed (or would change).
pub(super) async fn run_contacts(
    s: &AppState,
    file: &std::path::Path,
    dry_run: bool,
) -> Result<(), Fail> {
    use latchkey_web::service::contacts_import;
    use std::io::Read;
    let name = file.to_string_lossy().into_owned();
    let mut bytes = Vec::new();
    let limit = contacts_import::MAX_BYTES as u64 + 1;
    let read = if name == "-" {
        std::io::stdin().take(limit).read_to_end(&mut bytes)
    } else {
        std::fs::File::open(file).and_then(|f| f.take(limit).read_to_end(&mut bytes))
    };
    read.map_err(|e| Fail(format!("cannot read {name}: {e}"), 1))?;
    let file_name = file
        .file_name()
        .map_or_else(|| name.clone(), |n| n.to_string_lossy().into_owned());
    let r =
        contacts_import::import_contacts(s, &Actor::cli(cli_ctx()), &bytes, &file_name, dry_run)
            .await
            .map_err(|e| match e {
                ServiceError::InvalidRows(rows) => {
                    let mut lines: Vec<String> = rows.iter().take(LISTED).map(bad_line).collect();
                    if rows.len() > LISTED {
                        lines.push(format!("… and {} more bad rows", rows.len() - LISTED));
                    }
                    let n = rows.len();
                    Fail(
                        format!(
                            "{n} bad row{} in the file, so nothing was changed:\n       {}",
                            if n == 1 { "" } else { "s" },
                            lines.join("\n       ")
                        ),
                        2,
                    )
                }
                ServiceError::Invalid(errs) => Fail(
                    errs.iter()
                        .map(|e| e.message.clone())
                        .collect::<Vec<_>>()
                        .join(" "),
                    2,
                ),
                other => Fail(other.to_string(), 1),
            })?;
    for c in &r.changes {
        for (field, before, after) in &c.fields {
            let before = if before.is_empty() { "(none)" } else { before };
            outln!(
                "line {} {}: {field} {before} -> {after}",
                c.line,
                c.username
            )?;
        }
    }
    let users = if r.changes.len() == 1 {
        "user"
    } else {
        "users"
    };
    if dry_run {
        outln!(
            "would change the contact details of {} {users}, {} rows unchanged (dry run: nothing was changed)",
            r.changes.len(),
            r.unchanged
        )
    } else {
        outln!(
            "changed the contact details of {} {users}, {} rows unchanged",
            r.changes.len(),
            r.unchanged
        )
    }
}
