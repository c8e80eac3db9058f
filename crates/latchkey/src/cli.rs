//! The command line: `serve`, `migrate`, `check-config`, `print-default-config`, user and
//! group administration, the on-premises directory (sync, doctor), admin API tokens, and
//! policy as code.

use clap::{Parser, Subcommand};
use latchkey_core::audit::Outcome;
use latchkey_core::config::{ConfigError, LOG_VARIABLE, Overrides, Settings, env_name};
use latchkey_core::directory::{User, Username};
use latchkey_core::store::{Store, StoreError};
use latchkey_core::{Secret, SystemClock};
use latchkey_web::{AppState, Bootstrap};
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Duration;
use tracing_subscriber::EnvFilter;

mod directory;
mod import;
mod onprem;
mod output;
mod seal_check;
mod tokens_policy;
use tokens_policy::{policy_cmd, token_cmd};

use directory::{GroupCmd, UserCmd};
use onprem::DirectoryCmd;
use output::{err, errln, out, outln};

#[derive(Parser, Debug)]
#[command(
    name = "latchkey",
    version,
    about = "Self-service password reset",
    propagate_version = true
)]
pub struct Cli {
    /// TOML configuration file (also LATCHKEY_CONFIG).
    #[arg(long, global = true, env = "LATCHKEY_CONFIG", value_name = "FILE")]
    config: Option<PathBuf>,
    /// Folder for data (default ./latchkey-data).
    #[arg(long, global = true, value_name = "DIR")]
    data_dir: Option<PathBuf>,
    /// Address to listen on (default 127.0.0.1:8080).
    #[arg(long, global = true, value_name = "ADDR")]
    listen: Option<String>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Run the web server.
    Serve,
    /// Apply database migrations and exit.
    Migrate,
    /// Check the configuration and the database connection, then exit.
    CheckConfig,
    /// Print the default configuration as TOML.
    PrintDefaultConfig,
    /// Send a test email through the configured email transport.
    SendTestEmail { address: String },
    /// Send a test text message through the configured SMS provider (number with country code).
    SendTestSms { number: String },
    /// Manage users.
    #[command(subcommand)]
    User(UserCmd),
    /// Manage security groups.
    #[command(subcommand)]
    Group(GroupCmd),
    /// The on-premises directory of the [ldap] settings: sync and doctor.
    #[command(subcommand)]
    Directory(DirectoryCmd),
    /// The offline breached-password list.
    #[command(subcommand)]
    Breached(BreachedCmd),
    /// The audit log.
    #[command(subcommand)]
    Audit(AuditCmd),
    /// Admin API tokens.
    #[command(subcommand)]
    Token(TokenCmd),
    /// The whole policy (self-service reset, password, administrator) as one document.
    #[command(subcommand)]
    Policy(PolicyCmd),
}

#[derive(Subcommand, Debug)]
enum TokenCmd {
    /// Create an API token acting for OWNER (an administrator). The token is printed once,
    /// alone on standard output; only its hash is kept.
    Create {
        /// What the token is for, e.g. "provisioning".
        #[arg(long)]
        name: String,
        /// read (GET only) or write.
        #[arg(long)]
        scope: String,
        /// The administrator the token acts for; their role decides what it may do.
        #[arg(long)]
        owner: String,
    },
    /// List tokens (never the tokens themselves).
    List,
    /// Revoke a token by its id; it stops working at once.
    Revoke { id: i64 },
}

#[derive(Subcommand, Debug)]
enum PolicyCmd {
    /// Print the policy in force as one document.
    Export {
        /// toml or json.
        #[arg(long, default_value = "toml")]
        format: String,
    },
    /// Validate a policy document and apply it atomically, as one audited change.
    Apply {
        /// The document (.toml or .json; `-` for standard input, with --format).
        file: PathBuf,
        /// toml or json (default: from the file's extension).
        #[arg(long)]
        format: Option<String>,
        /// Only validate; change nothing.
        #[arg(long)]
        dry_run: bool,
    },
}

#[derive(Subcommand, Debug)]
enum AuditCmd {
    /// Check the hash chain: report the first changed, deleted or inserted event.
    Verify,
    /// Print events as JSON lines, oldest first, optionally filtered.
    Export {
        /// RFC 3339 time, e.g. 2026-11-01T00:00:00Z (inclusive).
        #[arg(long)]
        since: Option<String>,
        /// RFC 3339 time (exclusive).
        #[arg(long)]
        until: Option<String>,
        #[arg(long)]
        activity: Option<String>,
        #[arg(long)]
        actor: Option<String>,
        #[arg(long)]
        target: Option<String>,
        /// success or failure
        #[arg(long)]
        result: Option<String>,
        #[arg(long)]
        correlation_id: Option<String>,
    },
}

#[derive(Subcommand, Debug)]
enum BreachedCmd {
    /// Build the filter from FILE (`-` for standard input) into <data_dir>/breached.filter.
    /// Restart Latchkey afterwards to use it.
    Import {
        file: PathBuf,
        /// "sha1": Pwned Passwords lines (SHA1HEX:COUNT); "plain": one password per line.
        #[arg(long, default_value = "sha1")]
        format: String,
    },
    /// Show whether a filter is imported and how many passwords it holds.
    Status,
}

/// An error for the operator, and the exit code that goes with it.
struct Fail(String, u8);

impl<E: std::fmt::Display> From<E> for Fail {
    fn from(e: E) -> Self {
        Fail(e.to_string(), 1)
    }
}

impl Fail {
    /// Standard output was closed by its reader (`latchkey user list | head -3`): stop
    /// quietly, exit 0.
    fn closed() -> Self {
        Fail(String::new(), 0)
    }

    /// Whether this is [`Fail::closed`].
    fn is_closed(&self) -> bool {
        self.1 == 0
    }
}

fn fail<T>(msg: impl Into<String>) -> Result<T, Fail> {
    Err(Fail(msg.into(), 1))
}

pub async fn run(cli: Cli) -> ExitCode {
    let done = dispatch(cli).await;
    // Every log line queued so far is written before the last words and the exit.
    if let Ok(mut guard) = LOG_WRITER.lock() {
        guard.take();
    }
    match done {
        Ok(()) => ExitCode::SUCCESS,
        Err(f) if f.is_closed() => ExitCode::SUCCESS,
        Err(Fail(msg, code)) => {
            errln!("error: {msg}");
            ExitCode::from(code)
        }
    }
}

fn load_settings(cli: &Cli) -> Result<Settings, Fail> {
    let env: BTreeMap<String, String> = std::env::vars()
        .filter(|(k, _)| k.starts_with("LATCHKEY_"))
        .collect();
    let overrides = Overrides {
        listen: cli.listen.clone(),
        data_dir: cli.data_dir.clone(),
    };
    let loaded = Settings::load(cli.config.as_deref(), &env, &overrides).map_err(config_fail)?;
    let filter = check_settings(&loaded.settings).map_err(config_fail)?;
    init_logging(&loaded.settings, filter);
    for w in &loaded.warnings {
        tracing::warn!("{w}");
    }
    Ok(loaded.settings)
}

/// A configuration problem, for the operator: exit code 2.
fn config_fail(e: ConfigError) -> Fail {
    Fail(e.to_string(), 2)
}

/// Every check `serve` makes on the settings at start, in one place. Every command runs
/// it through [`load_settings`], `serve` and `check-config` alike, so check-config refuses
/// exactly what serve would. [`Settings::load`] has already checked ranges and shapes
/// ([`Settings::validate`]: addresses, numbers, the encryption key, the log level); this
/// adds the email and SMS backends, built as `AppState::build` builds them
/// ([`latchkey_notify::check_settings`]), and the log filter as tracing reads it.
/// Nothing is connected to, created or written.
fn check_settings(s: &Settings) -> Result<EnvFilter, ConfigError> {
    latchkey_notify::check_settings(s)?;
    latchkey_web::check_directory_settings(s)?;
    log_filter(s)
}

/// The tracing filter for `log.level` (or `LATCHKEY_LOG`, which [`Settings::load`] put
/// in its place), checked by [`latchkey_core::config::log_filter`] and then by tracing.
fn log_filter(s: &Settings) -> Result<EnvFilter, ConfigError> {
    let var = match std::env::var(LOG_VARIABLE) {
        Ok(v) if !v.trim().is_empty() => LOG_VARIABLE.to_owned(),
        _ => env_name("log.level"),
    };
    let refuse = |message: String| ConfigError {
        key: "log.level".into(),
        var: var.clone(),
        message,
    };
    let text = latchkey_core::config::log_filter(&s.log.level).map_err(refuse)?;
    let mut filter = EnvFilter::try_new(&text)
        .map_err(|e| refuse(format!("`{text}` is not a filter tracing can read: {e}")))?;
    // PostgreSQL's notices ("relation … already exists, skipping" at every migration check)
    // are not for the operator; a filter that names sqlx itself is left as it is.
    if !text.contains("sqlx")
        && let Ok(quiet) = "sqlx::postgres::notice=warn".parse()
    {
        filter = filter.add_directive(quiet);
    }
    Ok(filter)
}

/// The thread that writes log lines: requests only queue their line (the access log at
/// `info` cost a third of a page's time when each request wrote to stderr itself).
/// Dropped, and so flushed, when the command ends ([`run`]).
static LOG_WRITER: std::sync::Mutex<Option<tracing_appender::non_blocking::WorkerGuard>> =
    std::sync::Mutex::new(None);

fn init_logging(s: &Settings, filter: EnvFilter) {
    let ansi = std::io::IsTerminal::is_terminal(&std::io::stderr());
    // Not lossy: when the queue is full (a disk that can't keep up), requests wait
    // rather than lines being dropped.
    let (writer, guard) = tracing_appender::non_blocking::NonBlockingBuilder::default()
        .lossy(false)
        .thread_name("latchkey-log")
        .finish(std::io::stderr());
    if let Ok(mut slot) = LOG_WRITER.lock()
        && slot.is_none()
    {
        *slot = Some(guard);
    }
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_ansi(ansi)
        .with_writer(writer);
    let _ = if s.log.format == "json" {
        builder.json().try_init()
    } else {
        builder.try_init()
    };
}

async fn open_store(s: &Settings) -> Result<Arc<dyn Store>, Fail> {
    open_measured_store(s).await.map(|(store, _)| store)
}

/// [`open_store`], and a gauge of its connection pool for `/metrics`.
async fn open_measured_store(
    s: &Settings,
) -> Result<(Arc<dyn Store>, latchkey_store::PoolGauge), Fail> {
    std::fs::create_dir_all(&s.data_dir).map_err(|e| {
        Fail(
            format!(
                "cannot create the data folder {}: {e}",
                s.data_dir.display()
            ),
            1,
        )
    })?;
    let url = s.database_url();
    let pool = latchkey_store::PoolSettings {
        max_connections: s.database.max_connections,
        acquire_timeout: Duration::from_secs(u64::from(s.database.acquire_timeout_seconds)),
    };
    latchkey_store::connect_measured(&url, &pool)
        .await
        .map_err(|e| {
            Fail(
                format!(
                    "cannot open the database {} (database.url, LATCHKEY_DATABASE__URL): {e}",
                    latchkey_store::redact_url(&url)
                ),
                1,
            )
        })
}

async fn state(s: Settings) -> Result<AppState, Fail> {
    let (store, pool) = open_measured_store(&s).await?;
    Ok(AppState::build(s, store, Arc::new(SystemClock))
        .await?
        .with_db_pool(pool))
}

fn bootstrap_password() -> Result<Option<Secret>, Fail> {
    if let Ok(p) = std::env::var("LATCHKEY_BOOTSTRAP_ADMIN_PASSWORD") {
        return Ok(Some(Secret::new(p)));
    }
    if let Ok(path) = std::env::var("LATCHKEY_BOOTSTRAP_ADMIN_PASSWORD_FILE") {
        let p = std::fs::read_to_string(&path).map_err(|e| {
            Fail(
                format!("cannot read LATCHKEY_BOOTSTRAP_ADMIN_PASSWORD_FILE {path}: {e}"),
                2,
            )
        })?;
        return Ok(Some(Secret::new(p.trim_end_matches(['\n', '\r']))));
    }
    Ok(None)
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! { _ = ctrl_c => {}, _ = term => {} }
    tracing::info!("shutting down: no new connections, finishing requests in flight");
}

async fn dispatch(cli: Cli) -> Result<(), Fail> {
    if let Command::PrintDefaultConfig = cli.command {
        out!("{}", Settings::default_toml())?;
        return Ok(());
    }
    let settings = load_settings(&cli)?;
    match cli.command {
        Command::PrintDefaultConfig => Ok(()),
        Command::CheckConfig => {
            // What serve reads at start besides the settings, checked the same way.
            bootstrap_password()?;
            let store = open_store(&settings).await?;
            store.ping().await?;
            seal_check::check_encryption_key(&settings, &*store).await?;
            outln!(
                "configuration ok: listening on {}, data in {}, database {} ({})",
                settings.listen,
                settings.data_dir.display(),
                latchkey_store::redact_url(&settings.database_url()),
                store.engine()
            )?;
            Ok(())
        }
        Command::Migrate => {
            let store = open_store(&settings).await?;
            store.migrate().await?;
            outln!("database is up to date ({})", store.engine())?;
            Ok(())
        }
        Command::Serve => serve(settings).await,
        Command::SendTestEmail { address } => {
            let to = latchkey_core::directory::Email::parse("address", &address)
                .map_err(|e| Fail(e.message, 2))?;
            let m = latchkey_notify::templates::test_message_email(
                &settings.organization_name,
                to.as_str(),
            );
            send_test(&settings, m).await
        }
        Command::SendTestSms { number } => {
            let to = latchkey_core::directory::Phone::parse("number", &number)
                .map_err(|e| Fail(e.message, 2))?;
            let m = latchkey_notify::templates::test_message_sms(
                &settings.organization_name,
                to.as_str(),
            );
            send_test(&settings, m).await
        }
        Command::User(cmd) => directory::user(state(settings).await?, cmd).await,
        Command::Group(cmd) => directory::group(state(settings).await?, cmd).await,
        Command::Directory(cmd) => onprem::directory(state(settings).await?, cmd).await,
        Command::Breached(cmd) => breached(&settings, cmd),
        Command::Audit(cmd) => audit_cmd(open_store(&settings).await?, cmd).await,
        Command::Token(cmd) => token_cmd(state(settings).await?, cmd).await,
        Command::Policy(cmd) => policy_cmd(state(settings).await?, cmd).await,
    }
}

/// Who the CLI is in the audit log.
fn cli_ctx() -> latchkey_web::audit::Ctx {
    latchkey_web::audit::Ctx {
        actor: "cli".into(),
        client_ip: "local".into(),
        correlation_id: String::new(),
    }
}

/// A service refusal, for the operator: exit code 2 when the input was at fault, with
/// each field named as the option that holds it.
fn service_fail(e: latchkey_web::service::ServiceError) -> Fail {
    use latchkey_web::service::ServiceError;
    match e {
        ServiceError::Invalid(errors) => Fail(
            errors
                .iter()
                .map(|f| format!("--{}: {}", f.field, f.message))
                .collect::<Vec<_>>()
                .join("\n       "),
            2,
        ),
        ServiceError::InvalidPaths(errors) => Fail(
            errors
                .iter()
                .map(|(p, m)| format!("{p}: {m}"))
                .collect::<Vec<_>>()
                .join("\n       "),
            2,
        ),
        other => Fail(other.to_string(), 1),
    }
}

async fn serve(settings: Settings) -> Result<(), Fail> {
    if settings.captcha == "off" {
        tracing::warn!(
            "captcha = \"off\": only for automated tests and benchmarks, never in production"
        );
    }
    let listen = settings.listen.clone();
    // Before the database is touched, as check-config checks it.
    let bootstrap = bootstrap_password()?;
    let app = state(settings).await?;
    match latchkey_web::ensure_bootstrap_admin(&app, bootstrap).await? {
        Bootstrap::Existing => {}
        Bootstrap::NoAdministrator => {
            errln!(
                "\n  No enabled global administrator exists, so nobody can open the admin portal,\n  \
                 and the name `admin` is taken by another account. Make one with\n    \
                 latchkey user add NAME --role global_admin\n  \
                 (it prints a password), or give an existing account the role:\n    \
                 latchkey user set NAME --role global_admin --enabled true\n"
            );
        }
        Bootstrap::FromEnvironment => {
            tracing::info!(
                "created the global administrator `admin` with the password from LATCHKEY_BOOTSTRAP_ADMIN_PASSWORD"
            );
        }
        Bootstrap::Generated(p) => {
            // Shown once, on the console, for the operator; it must be changed at first sign-in.
            errln!(
                "\n  Created the global administrator.\n    username: admin\n    password: {}\n  \
                 This password is shown only once and must be changed at first sign-in.\n",
                p.expose()
            );
        }
    }
    let listener = tokio::net::TcpListener::bind(&listen).await.map_err(|e| {
        Fail(
            format!("cannot listen on {listen} (listen, LATCHKEY_LISTEN, --listen): {e}"),
            1,
        )
    })?;
    let addr = listener.local_addr()?;
    tracing::info!(
        storage = app.store.engine(),
        "Latchkey is listening on http://{addr}"
    );
    latchkey_web::serve(app, listener, shutdown_signal(), Duration::from_secs(10)).await?;
    Ok(())
}

fn parse_time(flag: &str, v: Option<String>) -> Result<Option<i64>, Fail> {
    v.map(|t| {
        time::OffsetDateTime::parse(&t, &time::format_description::well_known::Rfc3339)
            .map(|d| d.unix_timestamp())
            .map_err(|_| {
                Fail(
                    format!("--{flag}: `{t}` is not an RFC 3339 time like 2026-11-01T00:00:00Z"),
                    2,
                )
            })
    })
    .transpose()
}

async fn audit_cmd(store: Arc<dyn Store>, cmd: AuditCmd) -> Result<(), Fail> {
    store.migrate().await?;
    match cmd {
        AuditCmd::Verify => match latchkey_web::audit::verify_log(&*store).await? {
            Ok(total) => {
                outln!("the audit log is intact: {total} events, each linked to the one before")?;
                Ok(())
            }
            Err(b) => Err(Fail(
                format!("the audit log is broken at event #{}: {}", b.id, b.reason),
                1,
            )),
        },
        AuditCmd::Export {
            since,
            until,
            activity,
            actor,
            target,
            result,
            correlation_id,
        } => {
            let filter = latchkey_core::store::AuditFilter {
                activity,
                actor,
                target,
                correlation_id,
                result: result
                    .map(|r| {
                        Outcome::parse(r.trim()).ok_or_else(|| {
                            Fail(format!("--result: `{r}` is not success or failure"), 2)
                        })
                    })
                    .transpose()?,
                since: parse_time("since", since)?,
                until: parse_time("until", until)?,
            };
            let total = store.audit_list(&filter, 0, 1).await?.total;
            let mut lines = Vec::new();
            let mut offset = 0;
            while offset < total {
                let page = store.audit_list(&filter, offset, 5000).await?;
                if page.items.is_empty() {
                    break;
                }
                offset += page.items.len() as i64;
                lines.extend(
                    page.items
                        .into_iter()
                        .map(|e| latchkey_web::audit::event_json(&e).to_string()),
                );
            }
            lines.reverse();
            for l in lines {
                outln!("{l}")?;
            }
            Ok(())
        }
    }
}

fn breached(settings: &Settings, cmd: BreachedCmd) -> Result<(), Fail> {
    use latchkey_core::protect::breached::{BreachedFilter, InputFormat};
    let out = settings.data_dir.join("breached.filter");
    match cmd {
        BreachedCmd::Status => {
            if !out.exists() {
                outln!(
                    "no breached-password list imported ({} does not exist)",
                    out.display()
                )?;
                return Ok(());
            }
            let f = BreachedFilter::load(&out)?;
            let size = std::fs::metadata(&out)?.len();
            outln!(
                "{}: {} passwords, {:.1} MB",
                out.display(),
                f.entries(),
                size as f64 / 1e6
            )?;
            Ok(())
        }
        BreachedCmd::Import { file, format } => {
            let format = match format.as_str() {
                "sha1" => InputFormat::Sha1,
                "plain" => InputFormat::Plain,
                _ => return Err(Fail("--format must be sha1 or plain".into(), 2)),
            };
            std::fs::create_dir_all(&settings.data_dir)?;
            let (mut input, total): (Box<dyn std::io::Read>, u64) = if file.as_os_str() == "-" {
                (Box::new(std::io::stdin()), 0)
            } else {
                let f = std::fs::File::open(&file)
                    .map_err(|e| Fail(format!("cannot read {}: {e}", file.display()), 1))?;
                let len = f.metadata().map(|m| m.len()).unwrap_or(0);
                (Box::new(f), len)
            };
            let started = std::time::Instant::now();
            let mut last = 0u64;
            let mut progress = |read: u64| {
                if let Some(pct) = (read * 100).checked_div(total) {
                    if pct != last || read == total {
                        last = pct;
                        err!(
                            "\rreading {pct:>3}% ({:.0} of {:.0} MB)",
                            read as f64 / 1e6,
                            total as f64 / 1e6
                        );
                    }
                } else {
                    err!("\rreading {:.0} MB", read as f64 / 1e6);
                }
            };
            let report = BreachedFilter::import(
                &mut input,
                format,
                &out,
                &settings.data_dir.join("breached.work"),
                &mut progress,
            )
            .map_err(|e| Fail(format!("import failed: {e}"), 1))?;
            errln!();
            outln!(
                "imported {} distinct passwords from {} lines into {} ({:.1} MB) in {:.1} s; restart Latchkey to use it",
                report.entries,
                report.lines,
                out.display(),
                report.bytes_written as f64 / 1e6,
                started.elapsed().as_secs_f64()
            )?;
            Ok(())
        }
    }
}

async fn send_test(settings: &Settings, m: latchkey_notify::Message) -> Result<(), Fail> {
    std::fs::create_dir_all(&settings.data_dir).map_err(|e| {
        Fail(
            format!(
                "cannot create the data folder {}: {e}",
                settings.data_dir.display()
            ),
            1,
        )
    })?;
    let delivery =
        latchkey_notify::Delivery::from_settings(settings).map_err(|e| Fail(e.to_string(), 2))?;
    let id = delivery
        .send(&m)
        .await
        .map_err(|e| Fail(format!("not sent: {e}"), 1))?;
    outln!(
        "sent to {} (message id {id})",
        latchkey_notify::mask_recipient(&m.to)
    )?;
    Ok(())
}

async fn find_user(s: &AppState, name: &str) -> Result<User, Fail> {
    let u = Username::parse(name).map_err(|e| Fail(e.message, 2))?;
    match s.store.user_by_username(&u).await {
        Ok(u) => Ok(u),
        Err(StoreError::NotFound) => fail(format!("there is no user {u}")),
        Err(e) => Err(e.into()),
    }
}
