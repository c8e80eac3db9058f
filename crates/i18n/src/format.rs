//! Dates and numbers as each language writes them (CLDR's customary short forms, with
//! Western digits in every language, as Arabic-speaking IT departments use them).

use time::{Date, OffsetDateTime, UtcOffset};

use crate::Lang;

const MONTHS_EN: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// A calendar date: `30 Nov 2026` (en), `30.11.2026` (de), `30/11/2026` (fr, es, ar).
pub fn format_date(lang: Lang, d: Date) -> String {
    let (y, m, day) = (d.year(), u8::from(d.month()), d.day());
    match lang {
        Lang::En => format!("{day} {} {y}", MONTHS_EN[usize::from(m - 1)]),
        Lang::De => format!("{day:02}.{m:02}.{y}"),
        Lang::Fr | Lang::Es | Lang::Ar => format!("{day:02}/{m:02}/{y}"),
    }
}

/// A moment in UTC, to the minute: `30 Nov 2026, 20:23 UTC` (en), `30.11.2026, 20:23 UTC`
/// (de), `30/11/2026 20:23 UTC` (fr), `30/11/2026, 20:23 UTC` (es), `30/11/2026، 20:23 UTC` (ar).
pub fn format_datetime(lang: Lang, at: OffsetDateTime) -> String {
    let at = at.to_offset(UtcOffset::UTC);
    let date = format_date(lang, at.date());
    let clock = format!("{:02}:{:02} UTC", at.hour(), at.minute());
    match lang {
        Lang::Fr => format!("{date} {clock}"),
        Lang::Ar => format!("{date}، {clock}"),
        _ => format!("{date}, {clock}"),
    }
}

/// A whole number with the language's grouping: `12,345` (en), `12.345` (de, es),
/// `12 345` with a narrow no-break space (fr), `12,345` (ar). Spanish, as CLDR says,
/// doesn't group four-digit numbers (`1234`).
pub fn format_number(lang: Lang, n: i64) -> String {
    let digits = n.unsigned_abs().to_string();
    let sep = match lang {
        Lang::En | Lang::Ar => ",",
        Lang::De | Lang::Es => ".",
        Lang::Fr => "\u{202F}",
    };
    let grouped = if lang == Lang::Es && digits.len() <= 4 {
        digits
    } else {
        let mut out = String::new();
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                out.push_str(sep);
            }
            out.push(c);
        }
        out
    };
    if n < 0 {
        format!("-{grouped}")
    } else {
        grouped
    }
}
