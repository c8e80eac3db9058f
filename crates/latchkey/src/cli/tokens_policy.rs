//! `latchkey token …` and `latchkey policy …`: one service operation each, the same as
//! the portal and the API, and what it did in words.

use super::*;

pub(super) async fn token_cmd(s: AppState, cmd: TokenCmd) -> Result<(), Fail> {
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

pub(super) async fn policy_cmd(s: AppState, cmd: PolicyCmd) -> Result<(), Fail> {
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
