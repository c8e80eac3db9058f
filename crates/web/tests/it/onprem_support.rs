//! Shared set-up for the tests against real directory servers: OpenLDAP `slapd` with
//! ppolicy and a Samba AD domain controller, both started by `./scripts/test.sh`
//! (`scripts/ldap/*.sh`), which exports the `LATCHKEY_TEST_*` variables read here. A
//! test that can't reach them fails and says what to run; none is skipped.

use std::io::Write as _;
use std::process::{Command, Stdio};

use crate::harness::{TestApp, uuid_like};

/// A variable `./scripts/test.sh` exports; fails loudly when it is missing.
pub fn var(name: &str) -> String {
    std::env::var(name).unwrap_or_else(|_| {
        panic!(
            "{name} is not set: these tests need the OpenLDAP and Samba AD servers that \
             ./scripts/test.sh installs and starts (scripts/ldap/openldap.sh and samba.sh; \
             `eval \"$(scripts/ldap/openldap.sh env)\"` after starting them by hand)"
        )
    })
}

/// A fresh lower-case prefix for this test's entries, so tests share a server safely.
/// Letters only: a digit in a name would be read as part of a code in the messages.
pub fn prefix() -> String {
    let letters: String = uuid_like()[..8]
        .chars()
        .map(|c| match c.to_digit(16) {
            Some(d) => char::from(b'g' + d as u8),
            None => c,
        })
        .collect();
    format!("lk{letters}")
}

fn tool(name: &str) -> Command {
    let mut c = Command::new(name);
    c.env("LDAPTLS_CACERT", var("LATCHKEY_TEST_LDAP_CA"));
    c
}

/// Applies `ldif` with `ldapmodify -a` bound as `dn`; panics with the tool's words.
pub fn modify(url: &str, dn: &str, password: &str, ldif: &str) {
    let mut child = tool("ldapmodify")
        .args(["-x", "-a", "-H", url, "-D", dn, "-w", password])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("ldapmodify (install ldap-utils)");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(ldif.as_bytes())
        .expect("write ldif");
    let out = child.wait_with_output().expect("ldapmodify");
    assert!(
        out.status.success(),
        "ldapmodify failed: {}{}\n{ldif}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Whether `dn` binds with `password` (a base search of the root DSE, which Samba
/// answers; it has no WhoAmI).
pub fn binds(url: &str, dn: &str, password: &str) -> bool {
    tool("ldapsearch")
        .args([
            "-x",
            "-H",
            url,
            "-D",
            dn,
            "-w",
            password,
            "-b",
            "",
            "-s",
            "base",
            "objectClass",
        ])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .expect("ldapsearch (install ldap-utils)")
        .success()
}

/// One attribute of an entry, read as the directory's administrator.
pub fn read(url: &str, admin: (&str, &str), dn: &str, attr: &str) -> Option<String> {
    let out = tool("ldapsearch")
        .args([
            "-x",
            "-LLL",
            "-o",
            "ldif-wrap=no",
            "-H",
            url,
            "-D",
            admin.0,
            "-w",
            admin.1,
            "-b",
            dn,
            "-s",
            "base",
            attr,
        ])
        .output()
        .expect("ldapsearch");
    let text = String::from_utf8_lossy(&out.stdout);
    let key = format!("{}: ", attr.to_ascii_lowercase());
    text.lines()
        .find(|l| l.to_ascii_lowercase().starts_with(&key))
        .map(|l| l[key.len()..].to_owned())
}

/// OpenLDAP's address, administrator and service account.
pub struct OpenLdap {
    pub url: String,
    pub base: String,
    pub admin: (String, String),
    pub service: (String, String),
}

impl OpenLdap {
    pub fn from_env() -> Self {
        Self {
            url: var("LATCHKEY_TEST_OPENLDAP_URL"),
            base: var("LATCHKEY_TEST_OPENLDAP_BASE"),
            admin: (
                var("LATCHKEY_TEST_OPENLDAP_ADMIN_DN"),
                var("LATCHKEY_TEST_OPENLDAP_ADMIN_PASSWORD"),
            ),
            service: (
                var("LATCHKEY_TEST_OPENLDAP_SERVICE_DN"),
                var("LATCHKEY_TEST_OPENLDAP_SERVICE_PASSWORD"),
            ),
        }
    }

    /// Runs `ldif` (an add or a modify) as the directory's administrator.
    pub fn admin_modify(&self, ldif: &str) {
        modify(&self.url, &self.admin.0, &self.admin.1, ldif);
    }

    pub fn user_dn(&self, uid: &str) -> String {
        format!("uid={uid},ou=people,{}", self.base)
    }

    /// Adds a person with a password and a mail address.
    pub fn add_user(&self, uid: &str, password: &str) -> String {
        let dn = self.user_dn(uid);
        modify(
            &self.url,
            &self.admin.0,
            &self.admin.1,
            &format!(
                "dn: {dn}\nobjectClass: inetOrgPerson\nuid: {uid}\ncn: {uid} Person\nsn: Person\ngivenName: {uid}\n\
                 mail: {uid}@example.org\nmobile: +1 425 555 0131\nuserPassword: {password}\n"
            ),
        );
        dn
    }

    /// Adds a group of names with `members` (DNs).
    pub fn add_group(&self, cn: &str, members: &[&str]) -> String {
        let dn = format!("cn={cn},ou=groups,{}", self.base);
        let members: String = members.iter().map(|m| format!("member: {m}\n")).collect();
        modify(
            &self.url,
            &self.admin.0,
            &self.admin.1,
            &format!("dn: {dn}\nobjectClass: groupOfNames\ncn: {cn}\n{members}"),
        );
        dn
    }

    /// The `[ldap]` settings for this server, scoped to the entries starting with `prefix`.
    pub fn settings(&self, url: &str, prefix: &str) -> Vec<(String, String)> {
        vec![
            ("LATCHKEY_LDAP__URLS".into(), url.into()),
            (
                "LATCHKEY_LDAP__CA_FILE".into(),
                var("LATCHKEY_TEST_LDAP_CA"),
            ),
            ("LATCHKEY_LDAP__BIND_DN".into(), self.service.0.clone()),
            (
                "LATCHKEY_LDAP__BIND_PASSWORD".into(),
                self.service.1.clone(),
            ),
            (
                "LATCHKEY_LDAP__USER_BASE".into(),
                format!("ou=people,{}", self.base),
            ),
            (
                "LATCHKEY_LDAP__GROUP_BASE".into(),
                format!("ou=groups,{}", self.base),
            ),
            (
                "LATCHKEY_LDAP__USER_FILTER".into(),
                format!("(&(objectClass=inetOrgPerson)(uid={prefix}*))"),
            ),
            (
                "LATCHKEY_LDAP__GROUP_FILTER".into(),
                format!("(&(objectClass=groupOfNames)(cn={prefix}*))"),
            ),
            ("LATCHKEY_LDAP__CONNECT_TIMEOUT_SECONDS".into(), "2".into()),
            (
                "LATCHKEY_LDAP__OPERATION_TIMEOUT_SECONDS".into(),
                "2".into(),
            ),
            ("LATCHKEY_LDAP__SYNC_INTERVAL_MINUTES".into(), "0".into()),
        ]
    }
}

/// Samba AD's address, administrator, service account and the OU it may write.
pub struct Ad {
    pub url: String,
    pub base: String,
    pub ou: String,
    pub admin: (String, String),
    pub service: (String, String),
}

/// Samba has one set of ports and one domain: its tests take turns.
pub static AD_TURN: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

/// AD `unicodePwd`: the quoted password in UTF-16LE, base64 for LDIF.
pub fn unicode_pwd_b64(password: &str) -> String {
    use base64::Engine as _;
    let bytes: Vec<u8> = format!("\"{password}\"")
        .encode_utf16()
        .flat_map(u16::to_le_bytes)
        .collect();
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

impl Ad {
    pub fn from_env() -> Self {
        Self {
            url: var("LATCHKEY_TEST_AD_URL"),
            base: var("LATCHKEY_TEST_AD_BASE"),
            ou: var("LATCHKEY_TEST_AD_OU"),
            admin: (
                var("LATCHKEY_TEST_AD_ADMIN_DN"),
                var("LATCHKEY_TEST_AD_ADMIN_PASSWORD"),
            ),
            service: (
                var("LATCHKEY_TEST_AD_SERVICE_DN"),
                var("LATCHKEY_TEST_AD_SERVICE_PASSWORD"),
            ),
        }
    }

    /// Adds an enabled user under `container` (a DN) with a password.
    pub fn add_user(&self, container: &str, sam: &str, password: &str) -> String {
        let dn = format!("CN={sam},{container}");
        modify(
            &self.url,
            &self.admin.0,
            &self.admin.1,
            &format!(
                "dn: {dn}\nobjectClass: user\nsAMAccountName: {sam}\nuserPrincipalName: {sam}@example.test\n\
                 givenName: Hybrid\nsn: User\ndisplayName: Hybrid User {sam}\nmail: {sam}@example.test\n\
                 mobile: +14255550132\nunicodePwd:: {}\nuserAccountControl: 512\n",
                unicode_pwd_b64(password)
            ),
        );
        dn
    }

    /// Adds a security group under the OU with `members` (DNs).
    pub fn add_group(&self, cn: &str, members: &[&str]) -> String {
        let dn = format!("CN={cn},{}", self.ou);
        let members: String = members.iter().map(|m| format!("member: {m}\n")).collect();
        modify(
            &self.url,
            &self.admin.0,
            &self.admin.1,
            &format!("dn: {dn}\nobjectClass: group\nsAMAccountName: {cn}\n{members}"),
        );
        dn
    }

    /// Runs `ldif` (a modify) as the domain administrator.
    pub fn admin_modify(&self, ldif: &str) {
        modify(&self.url, &self.admin.0, &self.admin.1, ldif);
    }

    /// The `[ldap]` settings for the DC, scoped to the entries starting with `prefix`.
    pub fn settings(&self, prefix: &str) -> Vec<(String, String)> {
        vec![
            ("LATCHKEY_LDAP__URLS".into(), self.url.clone()),
            (
                "LATCHKEY_LDAP__CA_FILE".into(),
                var("LATCHKEY_TEST_LDAP_CA"),
            ),
            ("LATCHKEY_LDAP__BIND_DN".into(), self.service.0.clone()),
            (
                "LATCHKEY_LDAP__BIND_PASSWORD".into(),
                self.service.1.clone(),
            ),
            ("LATCHKEY_LDAP__USER_BASE".into(), self.base.clone()),
            (
                "LATCHKEY_LDAP__USER_FILTER".into(),
                format!("(&(objectCategory=person)(objectClass=user)(sAMAccountName={prefix}*))"),
            ),
            (
                "LATCHKEY_LDAP__GROUP_FILTER".into(),
                format!("(&(objectClass=group)(cn={prefix}*))"),
            ),
            (
                "LATCHKEY_LDAP__OPERATION_TIMEOUT_SECONDS".into(),
                "5".into(),
            ),
            ("LATCHKEY_LDAP__SYNC_INTERVAL_MINUTES".into(), "0".into()),
        ]
    }
}

/// A TestApp with these `[ldap]` settings.
pub async fn app_with(settings: &[(String, String)]) -> TestApp {
    let pairs: Vec<(&str, &str)> = settings
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    TestApp::with_env(&pairs).await
}

/// Runs a sync as the command line would and returns its report.
pub async fn sync(app: &TestApp) -> latchkey_web::service::onprem::SyncReport {
    latchkey_web::service::onprem::sync(&app.state, &cli(), false, &|_| {})
        .await
        .expect("sync")
}

/// The command line's audit context.
pub fn cli() -> latchkey_web::audit::Ctx {
    latchkey_web::audit::Ctx {
        actor: "cli".into(),
        client_ip: "local".into(),
        correlation_id: String::new(),
    }
}

/// An administrator's reset of `name`'s password, as the command line does it.
pub async fn admin_reset(
    app: &TestApp,
    name: &str,
    pw: &str,
    must_change: bool,
) -> Result<Option<latchkey_core::Secret>, latchkey_web::service::ServiceError> {
    let u = crate::sspr_support::user(app, name).await;
    let actor = latchkey_web::service::directory::Actor::cli(cli());
    latchkey_web::service::password::admin_reset(
        &app.state,
        &actor,
        &u,
        Some(latchkey_core::Secret::new(pw)),
        must_change,
    )
    .await
}
