//! Reading an import file into rows as typed, each with the line it starts on: CSV with a
//! header row (the `csv` crate), or JSON lines (one object a line, `serde_json`). A row
//! that can't be read at all (a wrong number of values, text that isn't UTF-8, a line
//! that isn't a JSON object with the import's keys) becomes a bad row of its own; only a
//! bad header row, or the file failing to read, stops the import.

use std::io::{BufRead, BufReader, Read};

use latchkey_core::directory::FieldError;
use serde::Deserialize;

use super::{BadRow, COLUMNS, Format};

/// One row as typed: every value a string, empty meaning none.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub(super) struct RowIn {
    pub username: String,
    pub first_name: String,
    pub last_name: String,
    pub display_name: String,
    pub email: String,
    pub alternate_email: String,
    pub mobile_phone: String,
    pub office_phone: String,
    pub role: String,
    #[serde(deserialize_with = "groups_json")]
    pub groups: Vec<String>,
    pub password_hash: String,
}

/// A row of the file: what it holds, or why it couldn't be read.
pub(super) type Read1 = (u64, Result<RowIn, BadRow>);

/// Why reading stopped: a bad header row (a [`BadRow`] on line 1), or the file itself.
#[derive(Debug)]
pub(super) enum Stop {
    Header(BadRow),
    Io(std::io::Error),
}

/// Reads every row of `input`, calling `read(n)` every 10,000 rows.
pub(super) fn rows(
    input: impl Read,
    format: Format,
    read: &mut dyn FnMut(u64),
) -> Result<Vec<Read1>, Stop> {
    match format {
        Format::Csv => csv_rows(input, read),
        Format::JsonLines => json_rows(input, read),
    }
}

/// A problem with a whole row (not one field).
fn row_problem(line: u64, message: impl Into<String>) -> BadRow {
    BadRow {
        line,
        username: String::new(),
        problems: vec![FieldError::new("row", message)],
    }
}

/// The columns of a CSV header row, in file order, as indices into `known` (whose first is
/// `username`): each one of `known` (any case, spaces and a byte order mark around
/// ignored), none twice, `username` among them (else the message `no_username`).
pub(crate) fn header(
    record: &csv::StringRecord,
    known: &[&str],
    no_username: &str,
) -> Result<Vec<usize>, BadRow> {
    let mut columns = Vec::new();
    for name in record {
        let key = name
            .trim()
            .trim_start_matches('\u{feff}')
            .to_ascii_lowercase();
        let Some(i) = known.iter().position(|c| *c == key) else {
            return Err(row_problem(
                1,
                latchkey_i18n::tr(
                    "errors-import-unknown-column",
                    &[
                        ("column", name.trim().into()),
                        ("columns", known.join(", ").into()),
                    ],
                ),
            ));
        };
        if columns.contains(&i) {
            return Err(row_problem(
                1,
                latchkey_i18n::tr(
                    "errors-import-column-twice",
                    &[("column", key.as_str().into())],
                ),
            ));
        }
        columns.push(i);
    }
    if !columns.contains(&0) {
        return Err(row_problem(1, latchkey_i18n::t(no_username)));
    }
    Ok(columns)
}

/// Counts lines up to the start of each record: the `csv` crate places a record that
/// follows blank lines at the first of them, so the line a record starts on is found from
/// its offset, past any line breaks.
pub(crate) struct Lines<'a> {
    bytes: &'a [u8],
    at: usize,
    line: u64,
}

impl<'a> Lines<'a> {
    /// Counting the lines of `bytes` from its start.
    pub(crate) fn new(bytes: &'a [u8]) -> Self {
        Self {
            bytes,
            at: 0,
            line: 1,
        }
    }

    /// The line of the first character at or after `offset` that isn't a line break;
    /// offsets are asked in order.
    pub(crate) fn of(&mut self, offset: u64) -> u64 {
        let mut to = usize::try_from(offset)
            .unwrap_or(usize::MAX)
            .min(self.bytes.len());
        while to < self.bytes.len() && matches!(self.bytes[to], b'\n' | b'\r') {
            to += 1;
        }
        if to > self.at {
            self.line += self.bytes[self.at..to]
                .iter()
                .filter(|b| **b == b'\n')
                .count() as u64;
            self.at = to;
        }
        self.line
    }
}

fn csv_rows(mut input: impl Read, read: &mut dyn FnMut(u64)) -> Result<Vec<Read1>, Stop> {
    let mut bytes = Vec::new();
    input.read_to_end(&mut bytes).map_err(Stop::Io)?;
    let mut lines = Lines::new(&bytes);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(bytes.as_slice());
    let mut record = csv::StringRecord::new();
    let mut columns = None;
    let mut rows = Vec::new();
    loop {
        let more = match reader.read_record(&mut record) {
            Ok(more) => more,
            Err(e) => match (e.kind(), e.position()) {
                (csv::ErrorKind::Utf8 { .. }, Some(at)) => {
                    let line = lines.of(at.byte());
                    if columns.is_none() {
                        return Err(Stop::Header(row_problem(
                            line,
                            latchkey_i18n::t("errors-import-header-not-utf8"),
                        )));
                    }
                    rows.push((
                        line,
                        Err(row_problem(
                            line,
                            latchkey_i18n::t("errors-import-row-not-utf8"),
                        )),
                    ));
                    continue;
                }
                _ => return Err(Stop::Io(std::io::Error::other(e.to_string()))),
            },
        };
        if !more {
            break;
        }
        let line = lines.of(record.position().map_or(0, |p| p.byte()));
        let Some(columns) = &columns else {
            columns = Some(
                header(&record, COLUMNS, "errors-import-no-username-column")
                    .map_err(Stop::Header)?,
            );
            continue;
        };
        if record.len() != columns.len() {
            rows.push((
                line,
                Err(row_problem(
                    line,
                    latchkey_i18n::tr(
                        "errors-import-row-values",
                        &[
                            ("count", record.len().into()),
                            ("columns", columns.len().into()),
                        ],
                    ),
                )),
            ));
        } else {
            let mut row = RowIn::default();
            for (value, column) in record.iter().zip(columns) {
                set(&mut row, *column, value);
            }
            rows.push((line, Ok(row)));
        }
        if rows.len() % 10_000 == 0 {
            read(rows.len() as u64);
        }
    }
    if columns.is_none() {
        return Err(Stop::Header(row_problem(
            1,
            latchkey_i18n::t("errors-import-empty"),
        )));
    }
    Ok(rows)
}

/// Puts a CSV value into the field of column `column` (an index into [`COLUMNS`]).
fn set(row: &mut RowIn, column: usize, value: &str) {
    let slot = match column {
        0 => &mut row.username,
        1 => &mut row.first_name,
        2 => &mut row.last_name,
        3 => &mut row.display_name,
        4 => &mut row.email,
        5 => &mut row.alternate_email,
        6 => &mut row.mobile_phone,
        7 => &mut row.office_phone,
        8 => &mut row.role,
        9 => {
            row.groups = split_groups(value);
            return;
        }
        _ => &mut row.password_hash,
    };
    value.clone_into(slot);
}

/// Group names in one CSV value: separated by `;`, spaces around ignored.
fn split_groups(value: &str) -> Vec<String> {
    value
        .split(';')
        .map(str::trim)
        .filter(|g| !g.is_empty())
        .map(str::to_owned)
        .collect()
}

/// `groups` in JSON: a list of names, or one string of names separated by `;`.
fn groups_json<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Vec<String>, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Groups {
        One(String),
        Many(Vec<String>),
    }
    Ok(match Option::<Groups>::deserialize(d)? {
        None => Vec::new(),
        Some(Groups::One(s)) => split_groups(&s),
        Some(Groups::Many(v)) => v
            .into_iter()
            .map(|g| g.trim().to_owned())
            .filter(|g| !g.is_empty())
            .collect(),
    })
}

/// A JSON value that may be `null` for "none".
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RowJson {
    #[serde(default)]
    username: Option<String>,
    #[serde(default)]
    first_name: Option<String>,
    #[serde(default)]
    last_name: Option<String>,
    #[serde(default)]
    display_name: Option<String>,
    #[serde(default)]
    email: Option<String>,
    #[serde(default)]
    alternate_email: Option<String>,
    #[serde(default)]
    mobile_phone: Option<String>,
    #[serde(default)]
    office_phone: Option<String>,
    #[serde(default)]
    role: Option<String>,
    #[serde(default, deserialize_with = "groups_json")]
    groups: Vec<String>,
    #[serde(default)]
    password_hash: Option<String>,
}

impl From<RowJson> for RowIn {
    fn from(j: RowJson) -> Self {
        Self {
            username: j.username.unwrap_or_default(),
            first_name: j.first_name.unwrap_or_default(),
            last_name: j.last_name.unwrap_or_default(),
            display_name: j.display_name.unwrap_or_default(),
            email: j.email.unwrap_or_default(),
            alternate_email: j.alternate_email.unwrap_or_default(),
            mobile_phone: j.mobile_phone.unwrap_or_default(),
            office_phone: j.office_phone.unwrap_or_default(),
            role: j.role.unwrap_or_default(),
            groups: j.groups,
            password_hash: j.password_hash.unwrap_or_default(),
        }
    }
}

fn json_rows(input: impl Read, read: &mut dyn FnMut(u64)) -> Result<Vec<Read1>, Stop> {
    let mut input = BufReader::with_capacity(1 << 16, input);
    let mut rows = Vec::new();
    let mut buf = Vec::new();
    let mut line = 0u64;
    loop {
        buf.clear();
        if input.read_until(b'\n', &mut buf).map_err(Stop::Io)? == 0 {
            break;
        }
        line += 1;
        let text = match std::str::from_utf8(&buf) {
            Ok(t) => t.trim(),
            Err(_) => {
                rows.push((
                    line,
                    Err(row_problem(
                        line,
                        latchkey_i18n::t("errors-import-line-not-utf8"),
                    )),
                ));
                continue;
            }
        };
        // A byte order mark some editors put first.
        let text = text.trim_start_matches('\u{feff}');
        if text.is_empty() {
            continue;
        }
        let row = serde_json::from_str::<RowJson>(text)
            .map(RowIn::from)
            .map_err(|e| {
                row_problem(
                    line,
                    latchkey_i18n::tr(
                        "errors-import-line-not-json",
                        &[("error", e.to_string().into())],
                    ),
                )
            });
        rows.push((line, row));
        if rows.len() % 10_000 == 0 {
            read(rows.len() as u64);
        }
    }
    Ok(rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str, format: Format) -> Result<Vec<Read1>, Stop> {
        rows(text.as_bytes(), format, &mut |_| {})
    }

    #[test]
    fn csv_rows_keep_their_line_numbers_and_columns_in_any_order() {
        let text = "\u{feff}Email, username ,groups\n\
                    mia@example.org,mias,Sales; Staff\n\
                    \n\
                    \"tom@example.org\",\"tom\nhas a newline\",\n\
                    only-one\n\
                    x@example.org,x,\n";
        let rows = read(text, Format::Csv).expect("read");
        let lines: Vec<u64> = rows.iter().map(|(l, _)| *l).collect();
        assert_eq!(lines, [2, 4, 6, 7]);
        let mia = rows[0].1.as_ref().expect("row");
        assert_eq!(mia.username, "mias");
        assert_eq!(mia.email, "mia@example.org");
        assert_eq!(mia.groups, ["Sales", "Staff"]);
        let short = rows[2].1.as_ref().expect_err("short row");
        assert_eq!(short.line, 6);
        assert!(short.problems[0].message.contains("has 1 value;"));
        assert!(rows[3].1.is_ok());

        let crlf = "\r\nusername\r\n\r\n\r\nann\r\n\"b\r\nob\"\r\ncat";
        let rows = read(crlf, Format::Csv).expect("read");
        let lines: Vec<u64> = rows.iter().map(|(l, _)| *l).collect();
        assert_eq!(lines, [5, 6, 8]);
        let bad = b"username\nann\n\xff\xfe\nbob\n";
        let rows = rows_of(bad);
        assert_eq!(rows.iter().map(|(l, _)| *l).collect::<Vec<_>>(), [2, 3, 4]);
        assert!(
            rows[1]
                .1
                .as_ref()
                .is_err_and(|b| b.problems[0].message.contains("UTF-8"))
        );
    }

    fn rows_of(bytes: &[u8]) -> Vec<Read1> {
        rows(bytes, Format::Csv, &mut |_| {}).expect("read")
    }

    #[test]
    fn a_bad_header_stops_the_import() {
        for (text, words) in [
            ("", "empty"),
            ("username,phone\n", "Unknown column \u{201c}phone\u{201d}"),
            ("email,first_name\n", "needs a username column"),
            ("username,Username\n", "twice"),
        ] {
            match read(text, Format::Csv) {
                Err(Stop::Header(b)) => {
                    assert_eq!(b.line, 1);
                    assert!(b.problems[0].message.contains(words), "{text}: {b:?}");
                }
                other => panic!("{text}: {other:?}"),
            }
        }
    }

    #[test]
    fn json_lines_accept_nulls_lists_and_report_unknown_keys() {
        let text = "{\"username\":\"mias\",\"email\":null,\"groups\":[\"Sales\",\" \"]}\n\
                    \n\
                    {\"username\":\"tom\",\"phone\":\"+1\"}\n\
                    not json\n\
                    {\"username\":\"ann\",\"groups\":\"A;B\"}\n";
        let rows = read(text, Format::JsonLines).expect("read");
        let lines: Vec<u64> = rows.iter().map(|(l, _)| *l).collect();
        assert_eq!(lines, [1, 3, 4, 5]);
        let mia = rows[0].1.as_ref().expect("row");
        assert_eq!((mia.email.as_str(), mia.groups.len()), ("", 1));
        let unknown = rows[1].1.as_ref().expect_err("unknown key");
        assert!(unknown.problems[0].message.contains("phone"), "{unknown:?}");
        assert!(rows[2].1.is_err());
        assert_eq!(rows[3].1.as_ref().expect("row").groups, ["A", "B"]);
    }
}
