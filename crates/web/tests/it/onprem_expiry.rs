//! Password expiry read from the real directory servers by a sync: Samba AD's
//! `msDS-UserPasswordExpiryTimeComputed` (domain `maxPwdAge`, a fine-grained policy,
//! DONT_EXPIRE_PASSWORD, must change now) and OpenLDAP ppolicy's `pwdChangedTime` plus
//! `pwdMaxAge` (the default policy from `cn=config`, a `pwdPolicySubentry`). Expected
//! values come from the directory's own `pwdLastSet` / `pwdChangedTime`, never from the
//! wall clock. A password changed in the directory, or a policy changed there, moves
//! the expiry on the next (delta) sync.

use crate::harness::ADMIN_PW;
use crate::onprem_support::*;
use crate::sspr_support::*;

/// Unix seconds of an AD FILETIME (100 ns since 1601).
fn filetime(text: &str) -> i64 {
    let ft: i64 = text.trim().parse().expect("a FILETIME");
    ft / 10_000_000 - 11_644_473_600
}

/// Unix seconds of an LDAP GeneralizedTime such as `20261130232615Z`.
fn generalized(text: &str) -> i64 {
    let fmt = time::macros::format_description!("[year][month][day][hour][minute][second]Z");
    time::PrimitiveDateTime::parse(text.trim(), fmt)
        .unwrap_or_else(|e| panic!("GeneralizedTime {text:?}: {e}"))
        .assume_utc()
        .unix_timestamp()
}

async fn expiry(app: &crate::harness::TestApp, name: &str) -> Option<i64> {
    user(app, &name.to_lowercase())
        .await
        .external
        .expect("synced from the directory")
        .password_expires_at
}

/// The doctor's password expiry check: its status and detail.
async fn doctor_expiry(app: &crate::harness::TestApp) -> (latchkey_ldap::CheckStatus, String) {
    let report = latchkey_web::service::onprem::doctor(&app.state, None)
        .await
        .expect("doctor");
    report
        .checks
        .iter()
        .find(|c| c.name == "Password expiry")
        .map(|c| (c.status, c.detail.clone()))
        .unwrap_or_else(|| panic!("no password expiry check: {report:?}"))
}

/// The admin user page's "Password expires (directory)" value.
async fn page_expiry(app: &crate::harness::TestApp, name: &str) -> String {
    let id = user(app, &name.to_lowercase()).await.id;
    let mut admin = app.signed_in("admin", ADMIN_PW).await;
    let r = admin.get(&format!("/admin/users/{id}")).await;
    assert!(
        r.body.contains("Password expires (directory)"),
        "{}",
        r.body
    );
    let marker = "id=\"directory-expiry\">";
    let at = r.body.find(marker).expect("the expiry line") + marker.len();
    r.body[at..r.body[at..].find('<').expect("end") + at].to_owned()
}

/// Waits until the clock moves on to the next second, so a new password's time stamp
/// differs from the last one at the directory's resolution (seconds on OpenLDAP).
fn next_second() {
    std::thread::sleep(std::time::Duration::from_millis(1100));
}

const DAY: i64 = 86_400;

/// Puts the domain's `maxPwdAge` back when the test ends, even when it fails.
struct DomainMaxAge<'a>(&'a Ad, String);

impl Drop for DomainMaxAge<'_> {
    fn drop(&mut self) {
        // Never panics: a panic here while the test is already failing would abort.
        use std::io::Write as _;
        let ldif = format!(
            "dn: {}\nchangetype: modify\nreplace: maxPwdAge\nmaxPwdAge: {}\n",
            self.0.base, self.1
        );
        let child = std::process::Command::new("ldapmodify")
            .env("LDAPTLS_CACERT", var("LATCHKEY_TEST_LDAP_CA"))
            .args([
                "-x",
                "-H",
                &self.0.url,
                "-D",
                &self.0.admin.0,
                "-w",
                &self.0.admin.1,
            ])
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn();
        if let Ok(mut child) = child {
            if let Some(mut stdin) = child.stdin.take() {
                let _ = stdin.write_all(ldif.as_bytes());
            }
            let _ = child.wait();
        }
    }
}

#[tokio::test]
async fn active_directory_expiry_follows_the_domain_and_fine_grained_policies() {
    let _turn = AD_TURN.lock().await;
    let d = Ad::from_env();
    let admin = (d.admin.0.as_str(), d.admin.1.as_str());
    let p = prefix();
    let domain_user = d.add_user(&d.ou, &format!("{p}domain"), "Initial#Pass1");
    let pso_user = d.add_user(&d.ou, &format!("{p}pso"), "Initial#Pass1");
    let never = d.add_user(&d.ou, &format!("{p}never"), "Initial#Pass1");
    d.admin_modify(&format!(
        "dn: {never}\nchangetype: modify\nreplace: userAccountControl\nuserAccountControl: 66048\n"
    ));
    let must = d.add_user(&d.ou, &format!("{p}must"), "Initial#Pass1");
    d.admin_modify(&format!(
        "dn: {must}\nchangetype: modify\nreplace: pwdLastSet\npwdLastSet: 0\n"
    ));
    // A fine-grained policy of 5 days for one of them.
    let pso = format!(
        "CN={p}five,CN=Password Settings Container,CN=System,{}",
        d.base
    );
    d.admin_modify(&format!(
        "dn: {pso}\nchangetype: add\nobjectClass: msDS-PasswordSettings\n\
         msDS-PasswordSettingsPrecedence: 10\nmsDS-PasswordReversibleEncryptionEnabled: FALSE\n\
         msDS-PasswordHistoryLength: 3\nmsDS-PasswordComplexityEnabled: TRUE\n\
         msDS-MinimumPasswordLength: 8\nmsDS-MinimumPasswordAge: 0\n\
         msDS-MaximumPasswordAge: {}\nmsDS-LockoutThreshold: 3\n\
         msDS-LockoutObservationWindow: 0\nmsDS-LockoutDuration: 0\n\
         msDS-PSOAppliesTo: {pso_user}\n",
        -5 * DAY * 10_000_000
    ));
    let max_age = read(&d.url, admin, &d.base, "maxPwdAge").expect("the domain's maxPwdAge");
    let domain_days: i64 = -max_age.parse::<i64>().expect("maxPwdAge") / 10_000_000 / DAY;
    assert!(
        domain_days > 5,
        "the test domain's maximum password age ({domain_days} days) should be longer than the policy's"
    );
    let app = app_with(&d.settings(&p)).await;
    let first = sync(&app).await;
    assert_eq!(first.summary.users_created, 4, "{first:?}");

    let set = |dn: &str| filetime(&read(&d.url, admin, dn, "pwdLastSet").expect("pwdLastSet"));
    let domain_set = set(&domain_user);
    assert_eq!(
        expiry(&app, &format!("{p}domain")).await,
        Some(domain_set + domain_days * DAY),
        "pwdLastSet + the domain's maxPwdAge"
    );
    assert_eq!(
        expiry(&app, &format!("{p}pso")).await,
        Some(set(&pso_user) + 5 * DAY),
        "pwdLastSet + the fine-grained policy's msDS-MaximumPasswordAge"
    );
    assert_eq!(
        expiry(&app, &format!("{p}never")).await,
        None,
        "DONT_EXPIRE_PASSWORD"
    );
    assert_eq!(
        expiry(&app, &format!("{p}must")).await,
        Some(0),
        "pwdLastSet 0: must change now"
    );
    assert_eq!(page_expiry(&app, &format!("{p}never")).await, "Never");
    assert_eq!(
        page_expiry(&app, &format!("{p}must")).await,
        "Now: the directory requires a new password"
    );
    let (status, detail) = doctor_expiry(&app).await;
    assert_eq!(status, latchkey_ldap::CheckStatus::Ok, "{detail}");
    assert!(
        detail.contains("msDS-UserPasswordExpiryTimeComputed"),
        "{detail}"
    );

    // A new password set in the directory: the next (delta) sync moves the expiry.
    next_second();
    d.admin_modify(&format!(
        "dn: {domain_user}\nchangetype: modify\nreplace: unicodePwd\nunicodePwd:: {}\n",
        unicode_pwd_b64("Second#Pass2")
    ));
    let new_set = set(&domain_user);
    assert!(
        new_set > domain_set,
        "pwdLastSet moved: {domain_set} → {new_set}"
    );
    let second = sync(&app).await;
    assert!(!second.full, "a delta sync: {second:?}");
    assert_eq!(
        expiry(&app, &format!("{p}domain")).await,
        Some(new_set + domain_days * DAY),
        "the expiry follows the new pwdLastSet"
    );

    // The domain's maximum age changes: no account entry changes, yet the next sync
    // reads them all again (the policy's fingerprint goes with the cursor).
    let _restore = DomainMaxAge(&d, max_age.clone());
    let shorter = domain_days - 1;
    d.admin_modify(&format!(
        "dn: {}\nchangetype: modify\nreplace: maxPwdAge\nmaxPwdAge: {}\n",
        d.base,
        -shorter * DAY * 10_000_000
    ));
    let third = sync(&app).await;
    assert!(third.full, "a policy change reads everything: {third:?}");
    assert_eq!(
        expiry(&app, &format!("{p}domain")).await,
        Some(new_set + shorter * DAY)
    );
    assert_eq!(
        expiry(&app, &format!("{p}pso")).await,
        Some(set(&pso_user) + 5 * DAY),
        "the fine-grained policy still wins"
    );
}

#[tokio::test]
async fn openldap_expiry_is_pwd_changed_time_plus_the_policy_max_age() {
    let d = OpenLdap::from_env();
    let admin = (d.admin.0.as_str(), d.admin.1.as_str());
    let p = prefix();
    let default_policy = format!("cn=default,ou=policies,{}", d.base);
    let default_age: i64 = read(&d.url, admin, &default_policy, "pwdMaxAge")
        .and_then(|v| v.parse().ok())
        .filter(|a| *a > 0)
        .expect(
            "the default ppolicy has no pwdMaxAge: set the server up again with \
             scripts/ldap/openldap.sh setup (it ages passwords and lets the service account \
             read olcPPolicyDefault)",
        );
    // A policy of 5 days for one account.
    let short = format!("cn={p}short,ou=policies,{}", d.base);
    d.admin_modify(&format!(
        "dn: {short}\nobjectClass: organizationalRole\nobjectClass: pwdPolicy\ncn: {p}short\n\
         pwdAttribute: userPassword\npwdMaxAge: {}\n",
        5 * DAY
    ));
    let plain = d.add_user(&format!("{p}plain"), "Initial#Pass1");
    let brief = d.user_dn(&format!("{p}brief"));
    d.admin_modify(&format!(
        "dn: {brief}\nobjectClass: inetOrgPerson\nuid: {p}brief\ncn: {p}brief Person\nsn: Person\n\
         pwdPolicySubentry: {short}\nuserPassword: Initial#Pass1\n"
    ));
    let app = app_with(&d.settings(&d.url, &p)).await;
    let first = sync(&app).await;
    assert_eq!(first.summary.users_created, 2, "{first:?}");

    let changed = |dn: &str| {
        generalized(
            &read(&d.url, admin, dn, "pwdChangedTime")
                .unwrap_or_else(|| panic!("{dn} has no pwdChangedTime (ppolicy overlay)")),
        )
    };
    let plain_changed = changed(&plain);
    assert_eq!(
        expiry(&app, &format!("{p}plain")).await,
        Some(plain_changed + default_age),
        "pwdChangedTime + the default policy's pwdMaxAge (olcPPolicyDefault)"
    );
    assert_eq!(
        expiry(&app, &format!("{p}brief")).await,
        Some(changed(&brief) + 5 * DAY),
        "pwdChangedTime + its pwdPolicySubentry's pwdMaxAge"
    );
    let when = time::OffsetDateTime::from_unix_timestamp(changed(&brief) + 5 * DAY)
        .expect("a date")
        .format(time::macros::format_description!(
            "[year]-[month]-[day] [hour]:[minute] UTC"
        ))
        .expect("formatted");
    assert_eq!(page_expiry(&app, &format!("{p}brief")).await, when);
    let (status, detail) = doctor_expiry(&app).await;
    assert_eq!(status, latchkey_ldap::CheckStatus::Ok, "{detail}");
    assert!(
        detail.contains(&default_policy),
        "the default policy from cn=config: {detail}"
    );

    // A new password set in the directory: the next (delta) sync moves the expiry.
    next_second();
    d.admin_modify(&format!(
        "dn: {plain}\nchangetype: modify\nreplace: userPassword\nuserPassword: Second#Pass2\n"
    ));
    let plain_new = changed(&plain);
    assert!(plain_new > plain_changed, "pwdChangedTime moved");
    let second = sync(&app).await;
    assert!(!second.full, "a delta sync: {second:?}");
    assert_eq!(
        expiry(&app, &format!("{p}plain")).await,
        Some(plain_new + default_age)
    );

    // The policy's maximum age changes (no account entry does): the next sync reads
    // every account again.
    d.admin_modify(&format!(
        "dn: {short}\nchangetype: modify\nreplace: pwdMaxAge\npwdMaxAge: {}\n",
        10 * DAY
    ));
    let third = sync(&app).await;
    assert!(third.full, "a policy change reads everything: {third:?}");
    assert_eq!(
        expiry(&app, &format!("{p}brief")).await,
        Some(changed(&brief) + 10 * DAY)
    );
    // No aging at all: never expires.
    d.admin_modify(&format!(
        "dn: {short}\nchangetype: modify\nreplace: pwdMaxAge\npwdMaxAge: 0\n"
    ));
    sync(&app).await;
    assert_eq!(
        expiry(&app, &format!("{p}brief")).await,
        None,
        "pwdMaxAge 0: never"
    );
    assert_eq!(page_expiry(&app, &format!("{p}brief")).await, "Never");
}
