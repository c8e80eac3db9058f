//! Recipients as they may appear in logs: enough to tell two apart, not enough to contact.

/// Masks an email address (`m***@example.org`) or a phone number (`+1 ******0100`: the
/// country calling code and the last four digits stay).
pub fn mask_recipient(to: &str) -> String {
    let to = to.trim();
    if let Some((local, domain)) = to.rsplit_once('@') {
        return match local.chars().next() {
            Some(first) => format!("{first}***@{domain}"),
            None => format!("***@{domain}"),
        };
    }
    let digits: Vec<char> = to.chars().filter(char::is_ascii_digit).collect();
    if digits.is_empty() {
        return "***".to_owned();
    }
    let (prefix, rest) = if to.starts_with('+') {
        let cc = country_code_len(&digits).min(digits.len());
        let (cc, rest) = digits.split_at(cc);
        (format!("+{} ", cc.iter().collect::<String>()), rest)
    } else {
        (String::new(), digits.as_slice())
    };
    let keep = if rest.len() > 6 {
        4
    } else {
        2.min(rest.len() / 2)
    };
    let hidden = rest.len() - keep;
    let shown: String = rest[hidden..].iter().collect();
    format!("{prefix}{}{shown}", "*".repeat(hidden))
}

/// Length of the ITU country calling code at the start of `digits`. The codes form a
/// prefix code: 1 and 7 are one digit, the listed ones two, all others three.
fn country_code_len(digits: &[char]) -> usize {
    const TWO: &[&str] = &[
        "20", "27", "30", "31", "32", "33", "34", "36", "39", "40", "41", "43", "44", "45", "46",
        "47", "48", "49", "51", "52", "53", "54", "55", "56", "57", "58", "60", "61", "62", "63",
        "64", "65", "66", "81", "82", "84", "86", "90", "91", "92", "93", "94", "95", "98",
    ];
    match digits.first() {
        Some('1' | '7') => 1,
        _ => {
            let two: String = digits.iter().take(2).collect();
            if TWO.contains(&two.as_str()) { 2 } else { 3 }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::mask_recipient;

    #[test]
    fn masks() {
        assert_eq!(mask_recipient("mary@example.org"), "m***@example.org");
        assert_eq!(mask_recipient("@example.org"), "***@example.org");
        assert_eq!(mask_recipient("+15555550100"), "+1 ******0100");
        assert_eq!(mask_recipient("+447700900123"), "+44 ******0123");
        assert_eq!(mask_recipient("+353851234567"), "+353 *****4567");
        assert_eq!(mask_recipient("5550100"), "***0100");
        assert_eq!(mask_recipient("1234"), "**34");
        assert_eq!(mask_recipient("hello"), "***");
    }
}
