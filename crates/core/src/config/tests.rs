//! Tests of loading, merging and checking settings.

use super::*;

fn env(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
    pairs
        .iter()
        .map(|(k, v)| ((*k).into(), (*v).into()))
        .collect()
}

#[test]
fn defaults_match_the_contract() {
    let l = Settings::load(None, &BTreeMap::new(), &Overrides::default()).expect("defaults load");
    assert_eq!(l.settings.listen, "127.0.0.1:8080");
    assert_eq!(l.settings.data_dir, PathBuf::from("./latchkey-data"));
    assert_eq!(
        l.settings.database_url(),
        "sqlite://./latchkey-data/latchkey.db"
    );
    assert!(l.warnings.is_empty());
}

#[test]
fn layers_apply_in_order() {
    let dir = std::env::temp_dir().join(format!("lk-cfg-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("tmp");
    let file = dir.join("c.toml");
    std::fs::write(
        &file,
        "listen = \"127.0.0.1:9000\"\n[lockout]\nthreshold = 5\n",
    )
    .expect("write");
    let secret = dir.join("url");
    std::fs::write(&secret, "postgres://u@h/db\n").expect("write");
    let e = env(&[
        ("LATCHKEY_LOCKOUT__THRESHOLD", "7"),
        (
            "LATCHKEY_DATABASE__URL_FILE",
            secret.to_str().unwrap_or_default(),
        ),
        ("LATCHKEY_NOT_A_THING", "1"),
        ("LATCHKEY_BOOTSTRAP_ADMIN_PASSWORD", "x"),
        ("PATH", "/bin"),
    ]);
    let o = Overrides {
        listen: Some("127.0.0.1:9001".into()),
        data_dir: None,
    };
    let l = Settings::load(Some(&file), &e, &o).expect("load");
    assert_eq!(l.settings.listen, "127.0.0.1:9001");
    assert_eq!(l.settings.lockout.threshold, 7);
    assert_eq!(l.settings.database.url, "postgres://u@h/db");
    assert_eq!(l.warnings.len(), 1);
    assert!(l.warnings[0].contains("LATCHKEY_NOT_A_THING"));
}

#[test]
fn errors_name_the_setting_and_the_variable() {
    let e = Settings::load(
        None,
        &env(&[("LATCHKEY_LOCKOUT__THRESHOLD", "ten")]),
        &Overrides::default(),
    )
    .expect_err("must fail");
    assert_eq!(e.key, "lockout.threshold");
    assert_eq!(e.var, "LATCHKEY_LOCKOUT__THRESHOLD");
    let e = Settings::load(
        None,
        &env(&[("LATCHKEY_LISTEN", "localhost")]),
        &Overrides::default(),
    )
    .expect_err("must fail");
    assert!(e.to_string().contains("`listen` (LATCHKEY_LISTEN)"), "{e}");

    let dir = std::env::temp_dir().join(format!("lk-cfg2-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("tmp");
    let file = dir.join("typo.toml");
    std::fs::write(&file, "[lockout]\nthreshhold = 3\n").expect("write");
    let e = Settings::load(Some(&file), &BTreeMap::new(), &Overrides::default()).expect_err("typo");
    assert_eq!(e.key, "lockout.threshhold");
    std::fs::write(&file, "[lockout]\nthreshold = \"3\"\n").expect("write");
    let e = Settings::load(Some(&file), &BTreeMap::new(), &Overrides::default()).expect_err("type");
    assert!(e.message.contains("whole number"));
    std::fs::write(&file, "listen = \n").expect("write");
    assert!(Settings::load(Some(&file), &BTreeMap::new(), &Overrides::default()).is_err());
}

fn load_env(pairs: &[(&str, &str)]) -> Result<Loaded, ConfigError> {
    Settings::load(None, &env(pairs), &Overrides::default())
}

fn load_toml(tag: &str, text: &str) -> Result<Loaded, ConfigError> {
    let dir = std::env::temp_dir().join(format!("lk-cfg-{tag}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("tmp");
    let file = dir.join("c.toml");
    std::fs::write(&file, text).expect("write");
    let loaded = Settings::load(Some(&file), &BTreeMap::new(), &Overrides::default());
    let _ = std::fs::remove_dir_all(&dir);
    loaded
}

#[test]
fn numbers_out_of_range_name_the_setting_and_the_variable() {
    let range = "must be a whole number between 0 and 4294967295";
    for raw in ["-1", "4294967296", "99999999999999999999"] {
        let e = load_env(&[("LATCHKEY_DATABASE__MAX_CONNECTIONS", raw)]).expect_err("out of range");
        assert_eq!(
            e.to_string(),
            format!(
                "invalid setting `database.max_connections` \
                 (LATCHKEY_DATABASE__MAX_CONNECTIONS): {range}"
            ),
            "{raw}"
        );
    }
    for text in [
        "[database]\nmax_connections = 99999999999\n",
        "[database]\nmax_connections = -1\n",
    ] {
        let e = load_toml("range", text).expect_err(text);
        assert_eq!(
            (e.key.as_str(), e.var.as_str(), e.message.as_str()),
            (
                "database.max_connections",
                "LATCHKEY_DATABASE__MAX_CONNECTIONS",
                range
            ),
            "{text}"
        );
    }
    // Not one key by hand: every number setting says which one it is.
    let defaults = toml::Value::try_from(Settings::default()).expect("defaults");
    let mut all = Vec::new();
    leaves(&defaults, "", &mut all);
    let numbers: Vec<String> = all
        .into_iter()
        .filter(|(_, v)| v.is_integer())
        .map(|(k, _)| k)
        .collect();
    assert!(numbers.len() > 20, "{numbers:?}");
    for key in numbers {
        let var = env_name(&key);
        let e = load_env(&[(&var, "-5")]).expect_err(&key);
        assert_eq!(
            (e.key.as_str(), e.var.as_str()),
            (key.as_str(), var.as_str())
        );
        assert!(
            e.message.starts_with("must be a whole number between"),
            "{e}"
        );
    }
    // A number the type holds still meets the setting's own rule.
    let e = load_env(&[("LATCHKEY_DATABASE__MAX_CONNECTIONS", "0")]).expect_err("zero");
    assert_eq!(e.message, "must be between 1 and 512");
}

#[test]
fn the_log_level_must_be_a_level_or_a_filter_with_levels() {
    for good in [
        "info",
        "WARN",
        "off",
        "info,latchkey_web=debug",
        "latchkey_web::router=trace",
        "warn,latchkey_web[request]=debug",
    ] {
        let l = load_env(&[("LATCHKEY_LOG__LEVEL", good)]).expect(good);
        assert_eq!(l.settings.log.level, good);
    }
    assert_eq!(
        log_filter(" info , latchkey_web = debug ,").as_deref(),
        Ok("info,latchkey_web=debug")
    );
    for bad in [
        "verbose!!",
        "verbose",
        "",
        " , ",
        "3",
        "latchkey=loud",
        "=info",
        "latch key=info",
        "latchkey_web[request]",
    ] {
        let e = load_env(&[("LATCHKEY_LOG__LEVEL", bad)]).expect_err(bad);
        assert_eq!(
            (e.key.as_str(), e.var.as_str()),
            ("log.level", "LATCHKEY_LOG__LEVEL"),
            "{bad}"
        );
    }
    let e = load_toml("log", "[log]\nlevel = \"verbose!!\"\n").expect_err("file");
    assert_eq!(
        e.to_string(),
        "invalid setting `log.level` (LATCHKEY_LOG__LEVEL): `verbose!!` is not a log \
         level: use error, warn, info, debug or trace, or directives such as \
         \"info,latchkey_web=debug\""
    );
    // LATCHKEY_LOG takes the place of log.level, and is checked the same way.
    let l = load_env(&[("LATCHKEY_LOG", "debug"), ("LATCHKEY_LOG__LEVEL", "warn")])
        .expect("LATCHKEY_LOG");
    assert_eq!(l.settings.log.level, "debug");
    assert!(l.warnings.is_empty());
    let e = load_env(&[("LATCHKEY_LOG", "verbose!!")]).expect_err("LATCHKEY_LOG");
    assert_eq!(
        (e.key.as_str(), e.var.as_str()),
        ("log.level", "LATCHKEY_LOG")
    );
    let l = load_env(&[("LATCHKEY_LOG", "")]).expect("empty is unset");
    assert_eq!(l.settings.log.level, "info");
}

#[test]
fn a_malformed_encryption_key_is_refused_as_at_start() {
    use base64::Engine as _;
    let short = base64::engine::general_purpose::STANDARD.encode([1u8; 16]);
    for bad in ["not base64!", short.as_str(), " "] {
        let e = load_env(&[("LATCHKEY_ENCRYPTION_KEY", bad)]).expect_err(bad);
        assert_eq!(
            (e.key.as_str(), e.var.as_str()),
            ("encryption_key", "LATCHKEY_ENCRYPTION_KEY"),
            "{bad}"
        );
        assert!(e.message.contains("32 bytes"), "{e}");
    }
    let good = crate::seal::SealKey::generate().to_base64();
    assert!(load_env(&[("LATCHKEY_ENCRYPTION_KEY", &good)]).is_ok());
}

#[test]
fn default_toml_round_trips() {
    let text = Settings::default_toml();
    let parsed: Settings = toml::from_str(&text).expect("parses");
    assert_eq!(parsed, Settings::default());
}
