//! Directory answers to [`WriteBackError`]s: Active Directory's extended errors (the hex
//! codes in the diagnostic text, `0000052D`, `data 775`) and the ppolicy response
//! control (draft-behera-ldap-password-policy §6.2) of OpenLDAP.

use latchkey_core::writeback::{PolicyRefusal, WriteBackError};
use ldap3::LdapResult;
use ldap3::asn1::{StructureTag, parse_tag};

/// The password policy control's OID (request and response).
pub(crate) const PPOLICY_OID: &str = "1.3.6.1.4.1.42.2.27.8.5.1";

/// The `data NNN` code of an AD bind or modify error ("… data 775, v4563"), lower case.
pub fn ad_data_code(text: &str) -> Option<String> {
    let lower = text.to_ascii_lowercase();
    let at = lower.find(" data ")?;
    let code: String = lower[at + 6..]
        .chars()
        .take_while(|c| c.is_ascii_hexdigit())
        .collect();
    (!code.is_empty()).then_some(code)
}

/// The ppolicy error in a response's controls: 0 passwordExpired, 1 accountLocked,
/// 2 changeAfterReset, 3 passwordModNotAllowed, 4 mustSupplyOldPassword,
/// 5 insufficientPasswordQuality, 6 passwordTooShort, 7 passwordTooYoung,
/// 8 passwordInHistory.
pub(crate) fn ppolicy_error(r: &LdapResult) -> Option<u64> {
    let raw = r.ctrls.iter().find(|c| c.1.ctype == PPOLICY_OID)?;
    let val = raw.1.val.as_ref()?;
    let (_, tag) = parse_tag(val).ok()?;
    let inner: Vec<StructureTag> = tag.expect_constructed()?;
    for t in inner {
        if t.id == 1 {
            let bytes = t.expect_primitive()?;
            return Some(bytes.iter().fold(0u64, |n, b| (n << 8) | u64::from(*b)));
        }
    }
    None
}

/// Maps a failed write (modify or extended operation) to what it means. `r.rc` is not 0.
pub fn map_result(r: &LdapResult) -> WriteBackError {
    let text = r.text.to_ascii_lowercase();
    if let Some(e) = ppolicy_error(r) {
        return match e {
            1 => WriteBackError::Locked,
            4 => WriteBackError::WrongCurrent,
            5 => WriteBackError::Policy(PolicyRefusal::NotComplex),
            6 => WriteBackError::Policy(PolicyRefusal::TooShort),
            7 => WriteBackError::Policy(PolicyRefusal::TooRecent),
            8 => WriteBackError::Policy(PolicyRefusal::InHistory),
            3 => WriteBackError::InsufficientRights("ppolicy: password changes not allowed".into()),
            _ => WriteBackError::Policy(PolicyRefusal::Other(r.text.clone())),
        };
    }
    match r.rc {
        19 | 53
            if text.contains("0000052d")
                || text.contains("check_password_restrictions")
                || text.contains("password") =>
        {
            // AD names the rule in its diagnostic (Samba spells it out; Windows only
            // gives 0000052D, for which complexity is the most common cause).
            if text.contains("too short") || text.contains("minimum length") {
                WriteBackError::Policy(PolicyRefusal::TooShort)
            } else if text.contains("history") || text.contains("already used") {
                WriteBackError::Policy(PolicyRefusal::InHistory)
            } else if text.contains("too young")
                || text.contains("minimum password age")
                || text.contains("too recent")
            {
                WriteBackError::Policy(PolicyRefusal::TooRecent)
            } else if text.contains("complex")
                || text.contains("quality")
                || text.contains("0000052d")
            {
                WriteBackError::Policy(PolicyRefusal::NotComplex)
            } else if text.contains("old password") || text.contains("00000056") {
                WriteBackError::WrongCurrent
            } else {
                WriteBackError::Policy(PolicyRefusal::Other(r.text.clone()))
            }
        }
        // AD: the old password of a delete/add change is wrong (ERROR_INVALID_PASSWORD).
        19 | 53 if text.contains("00000056") => WriteBackError::WrongCurrent,
        49 => match ad_data_code(&text).as_deref() {
            Some("775") => WriteBackError::Locked,
            _ => WriteBackError::WrongCurrent,
        },
        50 => WriteBackError::InsufficientRights(crate::conn::result_words(r)),
        32 => WriteBackError::NotFound,
        _ => WriteBackError::Unavailable(crate::conn::result_words(r)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn result(rc: u32, text: &str) -> LdapResult {
        LdapResult {
            rc,
            matched: String::new(),
            text: text.into(),
            refs: vec![],
            ctrls: vec![],
        }
    }

    #[test]
    fn active_directory_constraint_violations_name_the_rule() {
        let samba = |why: &str| {
            result(
                19,
                &format!("0000052D: Constraint violation - check_password_restrictions: {why}"),
            )
        };
        assert_eq!(
            map_result(&samba(
                "the password is too short. It should be equal or longer than 8 characters!"
            )),
            WriteBackError::Policy(PolicyRefusal::TooShort)
        );
        assert_eq!(
            map_result(&samba("the password was already used (in history)!")),
            WriteBackError::Policy(PolicyRefusal::InHistory)
        );
        assert_eq!(
            map_result(&samba(
                "the password does not meet the complexity criteria!"
            )),
            WriteBackError::Policy(PolicyRefusal::NotComplex)
        );
        assert_eq!(
            map_result(&samba("password is too young to change!")),
            WriteBackError::Policy(PolicyRefusal::TooRecent)
        );
        // Windows gives only the code.
        assert_eq!(
            map_result(&result(
                19,
                "0000052D: SvcErr: DSID-031A12D2, problem 5003 (WILL_NOT_PERFORM), data 0"
            )),
            WriteBackError::Policy(PolicyRefusal::NotComplex)
        );
        assert_eq!(
            map_result(&result(
                49,
                "80090308: LdapErr: DSID-0C09044E, comment: AcceptSecurityContext error, data 775, v4563"
            )),
            WriteBackError::Locked
        );
        assert!(matches!(
            map_result(&result(
                50,
                "00002098: SecErr: DSID-03150F94, problem 4003 (INSUFF_ACCESS_RIGHTS)"
            )),
            WriteBackError::InsufficientRights(_)
        ));
        assert_eq!(map_result(&result(32, "")), WriteBackError::NotFound);
        assert!(matches!(
            map_result(&result(52, "")),
            WriteBackError::Unavailable(_)
        ));
    }

    #[test]
    fn ad_data_codes_are_read_from_the_diagnostic() {
        assert_eq!(ad_data_code("80090308: LdapErr: DSID-0C09042A, comment: AcceptSecurityContext error, data 52e, v3839").as_deref(), Some("52e"));
        assert_eq!(ad_data_code("no code here"), None);
    }

    #[test]
    fn ppolicy_response_errors_are_read_from_the_control() {
        use ldap3::controls::{Control, RawControl};
        // SEQUENCE { [1] ENUMERATED 8 } = passwordInHistory
        let mut r = result(19, "Password is in history of old passwords");
        r.ctrls = vec![Control(
            None,
            RawControl {
                ctype: PPOLICY_OID.into(),
                crit: false,
                val: Some(vec![0x30, 0x03, 0x81, 0x01, 0x08]),
            },
        )];
        assert_eq!(
            map_result(&r),
            WriteBackError::Policy(PolicyRefusal::InHistory)
        );
        r.ctrls[0].1.val = Some(vec![0x30, 0x03, 0x81, 0x01, 0x06]);
        assert_eq!(
            map_result(&r),
            WriteBackError::Policy(PolicyRefusal::TooShort)
        );
        r.ctrls[0].1.val = Some(vec![0x30, 0x03, 0x81, 0x01, 0x05]);
        assert_eq!(
            map_result(&r),
            WriteBackError::Policy(PolicyRefusal::NotComplex)
        );
        // With a warning first: SEQUENCE { [0] { [0] INTEGER 5 }, [1] 1 } = accountLocked
        r.ctrls[0].1.val = Some(vec![
            0x30, 0x08, 0xa0, 0x03, 0x80, 0x01, 0x05, 0x81, 0x01, 0x01,
        ]);
        assert_eq!(map_result(&r), WriteBackError::Locked);
    }
}
