use super::*;

#[test]
fn filetimes_become_unix_seconds() {
    // 1970-01-01 in FILETIME, and a pwdLastSet read from Samba (2026-11-30 23:25:29 UTC).
    assert_eq!(filetime_to_unix(116_444_736_000_000_000), 0);
    assert_eq!(filetime_to_unix(134_405_547_292_528_520), 1_796_081_129);
    // Sub-second ticks are dropped.
    assert_eq!(filetime_to_unix(116_444_736_000_000_000 + 9_999_999), 0);
}

#[test]
fn ad_maximum_ages_are_negative_intervals() {
    // Samba's default: 42 days.
    assert_eq!(ad_max_age(-36_288_000_000_000), Some(42 * 86_400));
    assert_eq!(ad_max_age(0), None, "0: never");
    assert_eq!(ad_max_age(i64::MIN), None, "0x8000000000000000: never");
    assert_eq!(ad_max_age(-1), None, "under a second");
}

#[test]
fn generalized_times_are_read_with_fractions_and_offsets() {
    assert_eq!(generalized_time("19700101000000Z"), Some(0));
    assert_eq!(generalized_time("20261130232615Z"), Some(1_796_081_175));
    assert_eq!(
        generalized_time("20261130232615.123456Z"),
        Some(1_796_081_175)
    );
    assert_eq!(generalized_time("202611302326Z"), Some(1_796_081_160));
    assert_eq!(generalized_time("2026113023Z"), Some(1_796_079_600));
    assert_eq!(generalized_time("20261201002615+0100"), Some(1_796_081_175));
    assert_eq!(generalized_time("20261130222615-01"), Some(1_796_081_175));
    for bad in [
        "",
        "garbage",
        "20261130232615",
        "20261332000000Z",
        "20261130232615.Z",
        "2026113023261Z",
        "20261130232615+1",
    ] {
        assert_eq!(generalized_time(bad), None, "{bad:?}");
    }
}

#[test]
fn ad_expiry_follows_the_computed_attribute_then_the_rules() {
    let set = 134_405_547_292_528_520; // 1_796_081_129
    // Computed by the server.
    assert_eq!(
        ad_expiry(Some(i64::MAX), Some(512), Some(set), Some(1)),
        None
    );
    assert_eq!(
        ad_expiry(Some(0), Some(512), Some(0), Some(1)),
        Some(0),
        "must change now"
    );
    assert_eq!(
        ad_expiry(Some(set + 5 * 86_400 * TICKS), Some(512), Some(set), None),
        Some(1_796_081_129 + 5 * 86_400)
    );
    // Not computed: the same rules by hand.
    assert_eq!(
        ad_expiry(None, Some(512), Some(set), Some(42 * 86_400)),
        Some(1_796_081_129 + 42 * 86_400)
    );
    assert_eq!(
        ad_expiry(None, Some(512 | 0x10000), Some(set), Some(86_400)),
        None,
        "DONT_EXPIRE_PASSWORD"
    );
    assert_eq!(
        ad_expiry(None, Some(512 | 0x40000), Some(set), Some(86_400)),
        None,
        "smart card required"
    );
    assert_eq!(
        ad_expiry(None, Some(512), Some(0), Some(86_400)),
        Some(0),
        "pwdLastSet 0"
    );
    assert_eq!(
        ad_expiry(None, Some(512), Some(0), None),
        Some(0),
        "must change even without aging"
    );
    assert_eq!(
        ad_expiry(None, Some(512), Some(set), None),
        None,
        "no maximum age"
    );
    assert_eq!(
        ad_expiry(None, None, None, Some(86_400)),
        None,
        "nothing to go on"
    );
}

#[test]
fn ppolicy_expiry_needs_a_change_time_and_a_maximum_age() {
    assert_eq!(ppolicy_expiry(Some(1_000), Some(90)), Some(1_090));
    assert_eq!(
        ppolicy_expiry(Some(1_000), Some(0)),
        None,
        "pwdMaxAge 0: never"
    );
    assert_eq!(ppolicy_expiry(Some(1_000), None), None);
    assert_eq!(
        ppolicy_expiry(None, Some(90)),
        None,
        "no pwdChangedTime: never"
    );
}

#[test]
fn the_fingerprint_follows_the_policies() {
    let mut p = ExpiryPolicy::default();
    assert_eq!(p.fingerprint(), "");
    p.domain_max_age = Some(42 * 86_400);
    let a = p.fingerprint();
    assert_eq!(a.len(), 16);
    assert_eq!(a, p.fingerprint(), "stable");
    p.domain_max_age = Some(30 * 86_400);
    assert_ne!(a, p.fingerprint());
    let mut q = ExpiryPolicy::default();
    q.policies.insert("cn=a".into(), Some(10));
    q.policies.insert("cn=b".into(), None);
    let b = q.fingerprint();
    q.policies.insert("cn=b".into(), Some(5));
    assert_ne!(b, q.fingerprint());
}

fn entry(attrs: &[(&str, &str)]) -> Entry {
    let mut map: HashMap<String, Vec<String>> = HashMap::new();
    for (k, v) in attrs {
        map.entry((*k).to_owned())
            .or_default()
            .push((*v).to_owned());
    }
    Entry::from(SearchEntry {
        dn: "cn=x".into(),
        attrs: map,
        bin_attrs: HashMap::new(),
    })
}

#[test]
fn accounts_follow_their_own_policy_then_the_default() {
    // AD without the computed attribute: the readable PSO, else the domain.
    let mut ad = ExpiryPolicy {
        flavour: Some(Flavour::ActiveDirectory),
        domain_max_age: Some(42 * 86_400),
        ..ExpiryPolicy::default()
    };
    ad.policies.insert(
        "cn=five,cn=password settings container".into(),
        Some(5 * 86_400),
    );
    let set = "116444736000000000"; // 1970-01-01
    let plain = entry(&[("userAccountControl", "512"), ("pwdLastSet", set)]);
    assert_eq!(ad.of(&plain), Some(42 * 86_400));
    let pso = entry(&[
        ("userAccountControl", "512"),
        ("pwdLastSet", set),
        (
            "msDS-ResultantPSO",
            "CN=Five,CN=Password Settings Container",
        ),
    ]);
    assert_eq!(ad.of(&pso), Some(5 * 86_400));
    let computed = entry(&[
        ("msDS-UserPasswordExpiryTimeComputed", "9223372036854775807"),
        ("pwdLastSet", set),
    ]);
    assert_eq!(ad.of(&computed), None, "the server's answer wins");

    // ppolicy: the entry's own policy, else the default; no overlay, no expiry.
    let mut pp = ExpiryPolicy {
        flavour: Some(Flavour::OpenLdap),
        ppolicy: true,
        default_policy: Some("cn=default,ou=policies".into()),
        ..ExpiryPolicy::default()
    };
    pp.policies
        .insert("cn=default,ou=policies".into(), Some(90));
    pp.policies.insert("cn=short,ou=policies".into(), Some(5));
    pp.policies.insert("cn=none,ou=policies".into(), None);
    let changed = ("pwdChangedTime", "19700101000100Z");
    assert_eq!(pp.of(&entry(&[changed])), Some(60 + 90));
    assert_eq!(
        pp.of(&entry(&[
            changed,
            ("pwdPolicySubentry", "cn=Short,ou=Policies")
        ])),
        Some(60 + 5)
    );
    assert_eq!(
        pp.of(&entry(&[
            changed,
            ("pwdPolicySubentry", "cn=none,ou=policies")
        ])),
        None
    );
    assert_eq!(pp.of(&entry(&[])), None, "no pwdChangedTime");
    pp.default_policy = None;
    assert_eq!(pp.of(&entry(&[changed])), None, "no default policy found");
    pp.ppolicy = false;
    assert_eq!(
        pp.of(&entry(&[
            changed,
            ("pwdPolicySubentry", "cn=short,ou=policies")
        ])),
        None,
        "no overlay"
    );
}
