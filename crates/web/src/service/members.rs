//! Naming a group's member the way people do: a username, a group's name, or a person's
//! display name ("Mia Steele"), with a clear choice when several people share it.

use latchkey_core::directory::Username;
use latchkey_core::store::StoreError;

use super::ServiceError;
use super::directory::Named;
use crate::state::AppState;

/// At most this many people sharing a display name are listed to choose from.
const MAX_CANDIDATES: i64 = 10;
/// Users read per page of the prefix search, and at most in all, looking for a display name.
const PAGE: i64 = 200;
const MAX_SCANNED: i64 = 2_000;

/// The user with this username, else the group with this name, else the one user whose
/// display name it is (any case, spaces around it ignored).
///
/// Errors: [`ServiceError::AmbiguousMember`] when several users have that display name
/// (each as `Display Name (username)`, at most 10); storage errors.
pub async fn find_member(state: &AppState, name: &str) -> Result<Option<Named>, ServiceError> {
    let name = name.trim();
    if let Ok(u) = Username::parse(name) {
        match state.store.user_by_username(&u).await {
            Ok(user) => return Ok(Some(Named::User(user))),
            Err(StoreError::NotFound) => {}
            Err(e) => return Err(e.into()),
        }
    }
    match state.store.group_by_name(name).await {
        Ok(g) => return Ok(Some(Named::Group(g))),
        Err(StoreError::NotFound) => {}
        Err(e) => return Err(e.into()),
    }
    if name.is_empty() {
        return Ok(None);
    }
    // The prefix search finds them on its index; only an exact display name counts. Other
    // names may start with it too ("Al Lee" and "Al Leeds"): read on, a page at a time,
    // up to a bound.
    let wanted = name.to_lowercase();
    let mut same = Vec::new();
    let mut offset = 0;
    while offset < MAX_SCANNED && same.len() <= MAX_CANDIDATES as usize {
        let page = state.store.user_list(name, offset, PAGE).await?;
        let read = page.items.len() as i64;
        same.extend(
            page.items
                .into_iter()
                .filter(|u| u.display_name.trim().to_lowercase() == wanted),
        );
        offset += read;
        if read < PAGE || offset >= page.total {
            break;
        }
    }
    match same.len() {
        0 => Ok(None),
        1 => Ok(same.pop().map(Named::User)),
        _ => Err(ServiceError::AmbiguousMember {
            name: name.to_owned(),
            candidates: same
                .iter()
                .take(MAX_CANDIDATES as usize)
                .map(|u| format!("{} ({})", u.display_name, u.username))
                .collect(),
        }),
    }
}

/// The words for several people called `name`: who they are, and what to type instead.
pub fn ambiguous_words(name: &str, candidates: &[String]) -> String {
    latchkey_i18n::tr(
        "errors-member-ambiguous",
        &[
            ("name", name.into()),
            ("candidates", candidates.join(", ").into()),
        ],
    )
}
