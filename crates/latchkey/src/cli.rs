//! The command line: `serve`, `migrate`, `check-config`, `print-default-config`, user and
//! group administration, admin API tokens, and policy as code.

use clap::{Parser, Subcommand};
use latchkey_core::audit::Outcome;
use latchkey_core::config::{Overrides, Settings};
use latchkey_core::directory::{User, Username};
use latchkey_core::store::{Store, StoreError};
use latchkey_core::{Secret, SystemClock};
use latchkey_web::{AppState, Bootstrap};
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Duration;

mod directory;
mod output;
mod seal_check;

use directory::{GroupCmd, UserCmd};
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
    match dispatch(cli).await {
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
    let loaded = Settings::load(cli.config.as_deref(), &env, &overrides)
        .map_err(|e| Fail(e.to_string(), 2))?;
    init_logging(&loaded.settings);
    for w in &loaded.warnings {
        tracing::warn!("{w}");
    }
    Ok(loaded.settings)
}

fn init_logging(s: &Settings) {
    use tracing_subscriber::EnvFilter;
    let text = std::env::var("LATCHKEY_LOG").unwrap_or_else(|_| s.log.level.clone());
    let mut filter = EnvFilter::try_new(&text).unwrap_or_else(|_| EnvFilter::new("info"));
    // PostgreSQL's notices ("relation … already exists, skipping" at every migration check)
    // are not for the operator; a filter that names sqlx itself is left as it is.
    if !text.contains("sqlx")
        && let Ok(quiet) = "sqlx::postgres::notice=warn".parse()
    {
        filter = filter.add_directive(quiet);
    }
    let ansi = std::io::IsTerminal::is_terminal(&std::io::stderr());
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_ansi(ansi)
        .with_writer(std::io::stderr);
    let _ = if s.log.format == "json" {
        builder.json().try_init()
    } else {
        builder.try_init()
    };
}

async fn open_store(s: &Settings) -> Result<Arc<dyn Store>, Fail> {
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
    latchkey_store::connect(&url, s.database.max_connections)
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
    let store = open_store(&s).await?;
    Ok(AppState::build(s, store, Arc::new(SystemClock)).await?)
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

async fn token_cmd(s: AppState, cmd: TokenCmd) -> Result<(), Fail> {
    use latchkey_core::store::TokenScope as Scope;
    use latchkey_web::service::tokens;
    match cmd {
        TokenCmd::Create { name, scope, owner } => {
            let scope = Scope::parse(scope.trim())
                .ok_or_else(|| Fail("--scope must be read or write".into(), 2))?;
            let owner = find_user(&s, &owner).await?;
            let made = tokens::create(&s, &cli_ctx(), &owner, &name, scope)
                .await
                .map_err(service_fail)?;
            errln!(
                "created API token {} \u{201c}{}\u{201d} ({}) acting for {}; it is shown only this once:",
                made.record.id,
                made.record.name,
                made.record.scope.as_str(),
                made.record.owner_username
            );
            outln!("{}", made.token.expose())?;
            Ok(())
        }
        TokenCmd::List => {
            let all = s.store.api_token_list().await?;
            if all.is_empty() {
                outln!("no API tokens")?;
            }
            let t = |v: Option<i64>| {
                v.map(latchkey_core::clock::rfc3339)
                    .unwrap_or_else(|| "-".into())
            };
            for k in all {
                outln!(
                    "{:<5} {:<24} {:<20} {:<6} created {}  last used {:<20}  {}",
                    k.id,
                    k.name,
                    k.owner_username,
                    k.scope.as_str(),
                    latchkey_core::clock::rfc3339(k.created_at),
                    t(k.last_used_at),
                    match k.revoked_at {
                        Some(at) => format!("revoked {}", latchkey_core::clock::rfc3339(at)),
                        None => "active".into(),
                    }
                )?;
            }
            Ok(())
        }
        TokenCmd::Revoke { id } => {
            let t = match tokens::revoke(&s, &cli_ctx(), id).await {
                Err(latchkey_web::service::ServiceError::NotFound) => {
                    return fail(format!("there is no API token {id}"));
                }
                other => other.map_err(service_fail)?,
            };
            outln!(
                "revoked API token {} \u{201c}{}\u{201d} of {}",
                t.id,
                t.name,
                t.owner_username
            )?;
            Ok(())
        }
    }
}

async fn policy_cmd(s: AppState, cmd: PolicyCmd) -> Result<(), Fail> {
    use latchkey_web::service::policy::{self, PolicyDocument};
    match cmd {
        PolicyCmd::Export { format } => {
            let doc = policy::current(&s).await.map_err(service_fail)?;
            match format.as_str() {
                "toml" => {
                    let text = toml::to_string_pretty(&doc)?;
                    outln!(
                        "# Latchkey policy document. Apply it with `latchkey policy apply FILE`.\n\
                         # [administrator] is fixed and read-only: leave it as it is, or remove it.\n"
                    )?;
                    out!("{text}")?;
                }
                "json" => outln!("{}", serde_json::to_string_pretty(&doc)?)?,
                _ => return Err(Fail("--format must be toml or json".into(), 2)),
            }
            Ok(())
        }
        PolicyCmd::Apply {
            file,
            format,
            dry_run,
        } => {
            let text = if file.as_os_str() == "-" {
                std::io::read_to_string(std::io::stdin())?
            } else {
                std::fs::read_to_string(&file)
                    .map_err(|e| Fail(format!("cannot read {}: {e}", file.display()), 1))?
            };
            let format = match format {
                Some(f) => f,
                None => match file.extension().and_then(|e| e.to_str()) {
                    Some("toml") => "toml".into(),
                    Some("json") => "json".into(),
                    _ => {
                        return Err(Fail(
                            "name the format with --format toml or --format json".into(),
                            2,
                        ));
                    }
                },
            };
            let doc: PolicyDocument = match format.as_str() {
                "toml" => toml::from_str(&text).map_err(|e| {
                    Fail(
                        format!("{} is not a valid policy document: {e}", file.display()),
                        2,
                    )
                })?,
                "json" => policy::document_from_json(&text).map_err(|e| {
                    Fail(
                        format!("{} is not a valid policy document: {e}", file.display()),
                        2,
                    )
                })?,
                _ => return Err(Fail("--format must be toml or json".into(), 2)),
            };
            let problems = policy::validate(&s, &doc).await.map_err(service_fail)?;
            if !problems.is_empty() {
                let lines: Vec<String> =
                    problems.iter().map(|(f, m)| format!("{f}: {m}")).collect();
                return Err(Fail(
                    format!(
                        "{} was not applied; fix these and try again:\n       {}",
                        file.display(),
                        lines.join("\n       ")
                    ),
                    2,
                ));
            }
            if dry_run {
                outln!(
                    "{} is valid; nothing was changed (--dry-run)",
                    file.display()
                )?;
                return Ok(());
            }
            let before = policy::current(&s).await.map_err(service_fail)?;
            let after = policy::apply(
                &s,
                &cli_ctx(),
                doc,
                serde_json::json!({"via": "cli", "file": file.display().to_string()}),
            )
            .await
            .map_err(service_fail)?;
            let mut changed = Vec::new();
            if before.sspr != after.sspr {
                changed.push("self-service password reset");
            }
            if before.password != after.password {
                changed.push("password");
            }
            if changed.is_empty() {
                outln!(
                    "{}: the policy in force already matches; nothing changed",
                    file.display()
                )?;
            } else {
                outln!(
                    "applied {}: changed the {} policy",
                    file.display(),
                    changed.join(" and ")
                )?;
            }
            Ok(())
        }
    }
}

async fn serve(settings: Settings) -> Result<(), Fail> {
    if settings.captcha == "off" {
        tracing::warn!(
            "captcha = \"off\": only for automated tests and benchmarks, never in production"
        );
    }
    let listen = settings.listen.clone();
    let app = state(settings).await?;
    match latchkey_web::ensure_bootstrap_admin(&app, bootstrap_password()?).await? {
        Bootstrap::Existing => {}
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
