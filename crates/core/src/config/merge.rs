//! How settings are merged and checked: TOML values and environment variables against
//! the defaults' shapes, integer ranges named by their key, and the log filter.

use super::*;

/// The levels a log filter directive may end in, as tracing spells them.
pub(super) const LOG_LEVELS: [&str; 6] = ["error", "warn", "info", "debug", "trace", "off"];

/// Checks a log filter (`log.level`, `LATCHKEY_LOG`) and returns it without the spaces
/// around its directives, ready for tracing's `EnvFilter`.
///
/// A filter is one or more comma-separated directives. Each is a level (`info`), or a
/// target, optionally with a span selector, then `=` and a level
/// (`latchkey_web=debug`, `latchkey_web[request]=trace`). This is stricter than
/// `EnvFilter`, which reads a word that is no level (`verbose`) as a target to log
/// everything from, and so silently turns every other log line off.
///
/// # Errors
///
/// What is wrong, in words for the operator, naming the directive at fault.
pub fn log_filter(text: &str) -> Result<String, String> {
    const HINT: &str =
        "use error, warn, info, debug or trace, or directives such as \"info,latchkey_web=debug\"";
    let directives: Vec<&str> = text
        .split(',')
        .map(str::trim)
        .filter(|d| !d.is_empty())
        .collect();
    if directives.is_empty() {
        return Err(format!("must name a log level: {HINT}"));
    }
    let is_level = |l: &str| LOG_LEVELS.iter().any(|x| x.eq_ignore_ascii_case(l.trim()));
    let mut normal = Vec::with_capacity(directives.len());
    for d in directives {
        let Some((selector, level)) = d.rsplit_once('=') else {
            if is_level(d) {
                normal.push(d.to_owned());
                continue;
            }
            return Err(format!("`{d}` is not a log level: {HINT}"));
        };
        if !is_level(level) {
            return Err(format!(
                "`{d}`: `{}` is not a log level (error, warn, info, debug, trace or off)",
                level.trim()
            ));
        }
        let target = selector.split('[').next().unwrap_or_default().trim();
        let target_ok = target
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '_' | ':' | '-'));
        if !target_ok || (target.is_empty() && !selector.contains('[')) {
            return Err(format!(
                "`{d}`: `{target}` is not a target; name a module such as latchkey_web before the `=`"
            ));
        }
        normal.push(format!("{}={}", selector.trim(), level.trim()));
    }
    Ok(normal.join(","))
}

/// Whether `raw` is written as a whole number (an optional sign, then digits).
pub(super) fn looks_like_integer(raw: &str) -> bool {
    let digits = raw.trim().trim_start_matches(['+', '-']);
    !digits.is_empty() && digits.chars().all(|c| c.is_ascii_digit())
}

/// Whether the defaults with `value` at `key` deserialise into [`Settings`].
pub(super) fn accepts(defaults: &toml::Value, key: &str, value: toml::Value) -> bool {
    let mut one = defaults.clone();
    set(&mut one, key, value);
    one.try_into::<Settings>().is_ok()
}

/// "must be a whole number between 0 and 4294967295": the range of the integer type of
/// the setting at `key`, found by trying the bounds of each integer type, so that it holds
/// for any field type without a list kept by hand.
pub(super) fn integer_range_message(defaults: &toml::Value, key: &str) -> String {
    let lows = [
        i64::MIN,
        i32::MIN.into(),
        i16::MIN.into(),
        i8::MIN.into(),
        0,
        1,
    ];
    let highs = [
        i64::MAX,
        u32::MAX.into(),
        i32::MAX.into(),
        u16::MAX.into(),
        i16::MAX.into(),
        u8::MAX.into(),
        i8::MAX.into(),
    ];
    let fits = |n: &i64| accepts(defaults, key, toml::Value::Integer(*n));
    match (
        lows.iter().find(|n| fits(n)),
        highs.iter().find(|n| fits(n)),
    ) {
        (Some(lo), Some(hi)) => format!("must be a whole number between {lo} and {hi}"),
        _ => "must be a whole number in range".into(),
    }
}

/// Every value of `v` that is not a table, with its dotted key.
pub(super) fn leaves<'a>(
    v: &'a toml::Value,
    prefix: &str,
    out: &mut Vec<(String, &'a toml::Value)>,
) {
    match v {
        toml::Value::Table(t) => {
            for (k, v) in t {
                let key = if prefix.is_empty() {
                    k.clone()
                } else {
                    format!("{prefix}.{k}")
                };
                leaves(v, &key, out);
            }
        }
        other => out.push((prefix.to_owned(), other)),
    }
}

/// When the merged settings don't deserialise (a number out of its type's range), the
/// setting at fault: the first value that differs from its default and fails alone.
pub(super) fn blame(defaults: &toml::Value, merged: &toml::Value) -> Option<ConfigError> {
    let mut all = Vec::new();
    leaves(merged, "", &mut all);
    all.into_iter()
        .filter(|(key, value)| lookup(defaults, key) != Some(*value))
        .find_map(|(key, value)| {
            let mut one = defaults.clone();
            set(&mut one, &key, value.clone());
            let e = one.try_into::<Settings>().err()?;
            Some(if value.is_integer() {
                ConfigError::new(&key, integer_range_message(defaults, &key))
            } else {
                ConfigError::new(&key, e.message().to_owned())
            })
        })
}

pub(super) fn key_of(rest: &str) -> String {
    rest.to_lowercase().replace("__", ".")
}

pub(super) fn lookup<'a>(v: &'a toml::Value, key: &str) -> Option<&'a toml::Value> {
    key.split('.')
        .try_fold(v, |v, part| v.get(part))
        .filter(|v| !v.is_table())
}

pub(super) fn set(v: &mut toml::Value, key: &str, value: toml::Value) {
    let mut cur = v;
    let parts: Vec<&str> = key.split('.').collect();
    for (i, part) in parts.iter().enumerate() {
        let Some(table) = cur.as_table_mut() else {
            return;
        };
        if i + 1 == parts.len() {
            table.insert((*part).to_owned(), value);
            return;
        }
        let Some(next) = table.get_mut(*part) else {
            return;
        };
        cur = next;
    }
}

pub(super) fn kind_name(v: &toml::Value) -> &'static str {
    match v {
        toml::Value::Integer(_) => "a whole number",
        toml::Value::Boolean(_) => "true or false",
        _ => "text",
    }
}

pub(super) fn typed_value(default: &toml::Value, raw: &str) -> Option<toml::Value> {
    match default {
        toml::Value::Integer(_) => raw.trim().parse::<i64>().ok().map(toml::Value::Integer),
        toml::Value::Boolean(_) => match raw.trim().to_lowercase().as_str() {
            "true" | "yes" | "on" | "1" => Some(toml::Value::Boolean(true)),
            "false" | "no" | "off" | "0" => Some(toml::Value::Boolean(false)),
            _ => None,
        },
        _ => Some(toml::Value::String(raw.to_owned())),
    }
}

/// Merges `src` into `dst`, refusing keys the defaults don't have and values of the wrong type.
pub(super) fn merge_checked(
    dst: &mut toml::Value,
    defaults: &toml::Value,
    src: toml::Value,
    prefix: &str,
) -> Result<(), ConfigError> {
    let toml::Value::Table(src) = src else {
        return Ok(());
    };
    for (k, v) in src {
        let key = if prefix.is_empty() {
            k.clone()
        } else {
            format!("{prefix}.{k}")
        };
        let Some(default) = defaults.get(&k) else {
            return Err(ConfigError::new(
                &key,
                "there is no such setting (check the spelling; `latchkey print-default-config` lists them all)",
            ));
        };
        match (default, v) {
            (toml::Value::Table(_), v @ toml::Value::Table(_)) => {
                let Some(d) = dst.get_mut(&k) else { continue };
                merge_checked(d, default, v, &key)?;
            }
            (toml::Value::Table(_), _) => {
                return Err(ConfigError::new(
                    &key,
                    "must be a section ([...]), not a value",
                ));
            }
            (d, v) if std::mem::discriminant(d) != std::mem::discriminant(&v) => {
                return Err(ConfigError::new(&key, format!("must be {}", kind_name(d))));
            }
            (_, v) => {
                if let Some(t) = dst.as_table_mut() {
                    t.insert(k, v);
                }
            }
        }
    }
    Ok(())
}
