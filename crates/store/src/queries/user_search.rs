//! The user search of the admin portal, the API and the CLI
//! ([`latchkey_core::store::UserStore::user_list`]), fast on a million users: a user
//! matches when the username, the display name, the first or the last name *starts with*
//! the search, in any case. Each of the four has an index (migration 0010), so a search
//! reads the index ranges that match, never every user:
//!
//! 1. count the matches: the four ranges, each user once (SQLite keeps the ids seen in a
//!    set as it reads the ranges; PostgreSQL ORs bitmaps);
//! 2. up to [`SPARSE`] (a person, a name, the start of a username): read their ids and
//!    usernames, sort them, and read the page's rows by id;
//! 3. more (a letter or two): walk the users in username order, testing each, until the
//!    page is full; at that density the first pages are found within a few thousand rows.
//!
//! The search is folded with every letter (Unicode lower case: "ZOË" finds "Zoë"). SQLite
//! compares text byte by byte and its `lower()` folds ASCII letters only, so a stored name
//! with a capital beyond ASCII ("Öberg") is found by its own capital; on PostgreSQL the ranges and the order use the
//! "C" collation (byte order, whatever the database's), and `lower()` folds every letter.
//! Both engines list users in the same order.

use latchkey_core::directory::User;
use latchkey_core::store::{Page, StoreResult};
use sqlx::Row;

use super::{USER_COLUMNS, user_from_row};
use crate::{PgStore, SqliteStore, backend};

/// Up to this many matches, a search reads them all and sorts them itself; with more,
/// it walks the users in order (at most 200 rows read for each one of a page's, on a
/// million users).
const SPARSE: i64 = 5_000;

/// The limit of the statements that read the ranges: no directory reaches it, but with a
/// limit SQLite's planner reads the four index ranges (without one, and without
/// statistics, it reckons reading every user cheaper). `tests/user_search.rs` checks the
/// plans.
const RANGES_LIMIT: i64 = 1_000_000_000;

/// The lowest and (excluded) highest text that starts with `search`, folded as the
/// engine's `lower()` folds.
fn prefix_range(search: &str, ascii_only: bool) -> (String, String) {
    let lo = if ascii_only {
        search.to_ascii_lowercase()
    } else {
        search.to_lowercase()
    };
    let hi = format!("{lo}{}", char::MAX);
    (lo, hi)
}

/// The four expressions a user is found by, each with an index.
const EXPRESSIONS: [&str; 4] = [
    "username",
    "lower(display_name)",
    "lower(first_name)",
    "lower(last_name)",
];

/// "Starts with" on each expression, `$1` (inclusive) to `$2` (excluded), compared with
/// the collation `collate` (empty for the engine's own), OR-ed. `plus` puts SQLite's
/// unary `+` before each expression, which keeps its planner off their indexes.
fn filter(collate: &str, plus: &str) -> String {
    EXPRESSIONS
        .iter()
        .map(|e| format!("({plus}{e}{collate} >= $1 AND {plus}{e}{collate} < $2)"))
        .collect::<Vec<_>>()
        .join(" OR ")
}

macro_rules! impl_user_search {
    ($ty:ty, $engine:literal) => {
        impl $ty {
            /// [`latchkey_core::store::UserStore::user_list`]: see the module's text.
            pub(crate) async fn user_search(
                &self,
                search: &str,
                offset: i64,
                limit: i64,
            ) -> StoreResult<Page<User>> {
                let (offset, limit) = (offset.max(0), limit.max(0));
                let search = search.trim();
                let postgres = $engine == "postgres";
                let collate = if postgres { " COLLATE \"C\"" } else { "" };
                if search.is_empty() {
                    let total: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM users")
                        .fetch_one(&self.pool)
                        .await
                        .map_err(backend)?;
                    let rows = sqlx::query(&format!(
                        "SELECT {USER_COLUMNS} FROM users ORDER BY username{collate} LIMIT $1 OFFSET $2"
                    ))
                    .bind(limit)
                    .bind(offset)
                    .fetch_all(&self.pool)
                    .await
                    .map_err(backend)?;
                    let items = rows.iter().map(user_from_row).collect::<StoreResult<_>>()?;
                    return Ok(Page { items, total });
                }
                // Every letter of the search is folded ("ZOË" finds "Zoë"), as before the
                // indexes; SQLite's lower() folds only ASCII letters of the stored names.
                let (lo, hi) = prefix_range(search, false);
                let ranges = filter(collate, "");
                let total: i64 = sqlx::query_scalar(&format!(
                    "SELECT COUNT(*) FROM (SELECT id FROM users WHERE {ranges} LIMIT {RANGES_LIMIT}) AS m"
                ))
                .bind(&lo)
                .bind(&hi)
                .fetch_one(&self.pool)
                .await
                .map_err(backend)?;
                if total == 0 || offset >= total {
                    return Ok(Page { items: Vec::new(), total });
                }
                if total > SPARSE {
                    let plus = if postgres { "" } else { "+" };
                    let rows = sqlx::query(&format!(
                        "SELECT {USER_COLUMNS} FROM users WHERE {} ORDER BY username{collate} LIMIT $3 OFFSET $4",
                        filter(collate, plus)
                    ))
                    .bind(&lo)
                    .bind(&hi)
                    .bind(limit)
                    .bind(offset)
                    .fetch_all(&self.pool)
                    .await
                    .map_err(backend)?;
                    let items = rows.iter().map(user_from_row).collect::<StoreResult<_>>()?;
                    return Ok(Page { items, total });
                }
                let found = sqlx::query(&format!(
                    "SELECT id, username FROM users WHERE {ranges} LIMIT {RANGES_LIMIT}"
                ))
                .bind(&lo)
                .bind(&hi)
                .fetch_all(&self.pool)
                .await
                .map_err(backend)?;
                let mut found = found
                    .iter()
                    .map(|r| {
                        Ok((
                            r.try_get::<String, _>("username").map_err(backend)?,
                            r.try_get::<i64, _>("id").map_err(backend)?,
                        ))
                    })
                    .collect::<StoreResult<Vec<_>>>()?;
                found.sort();
                // What was counted, read again: a user added or removed in between
                // shifts the page by one, as it would between two pages.
                let from = usize::try_from(offset).unwrap_or(usize::MAX).min(found.len());
                let to = usize::try_from(offset.saturating_add(limit))
                    .unwrap_or(usize::MAX)
                    .min(found.len());
                let page = &found[from..to];
                if page.is_empty() {
                    return Ok(Page { items: Vec::new(), total });
                }
                let ids = (1..=page.len()).map(|i| format!("${i}")).collect::<Vec<_>>().join(",");
                let sql = format!("SELECT {USER_COLUMNS} FROM users WHERE id IN ({ids})");
                let mut q = sqlx::query(&sql);
                for (_, id) in page {
                    q = q.bind(*id);
                }
                let rows = q.fetch_all(&self.pool).await.map_err(backend)?;
                let mut items = rows.iter().map(user_from_row).collect::<StoreResult<Vec<_>>>()?;
                items.sort_by_key(|u| page.iter().position(|(_, id)| *id == u.id));
                Ok(Page { items, total })
            }
        }
    };
}

impl_user_search!(SqliteStore, "sqlite");
impl_user_search!(PgStore, "postgres");

#[cfg(test)]
mod tests {
    #[test]
    fn a_prefix_range_holds_every_continuation() {
        let (lo, hi) = super::prefix_range("StEele", true);
        assert_eq!(lo, "steele");
        for inside in ["steele", "steele1", "steele\u{10fffe}", "steelez"] {
            assert!(lo.as_str() <= inside && inside < hi.as_str(), "{inside}");
        }
        for outside in ["steel", "steelf", "stefan"] {
            assert!(
                !(lo.as_str() <= outside && outside < hi.as_str()),
                "{outside}"
            );
        }
        assert_eq!(super::prefix_range("ÖBERG", true).0, "Öberg");
        assert_eq!(super::prefix_range("ÖBERG", false).0, "öberg");
    }
}
