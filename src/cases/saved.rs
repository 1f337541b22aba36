//! Named saved views of the board: a name and the filter's URL query,
//! kept in the browser's storage as JSON. Pure; untrusted storage content
//! (another version's, or edited by hand) is read leniently.

use serde::{Deserialize, Serialize};

/// The storage key.
pub const STORAGE_KEY: &str = "watchfloor.saved-views";
/// The longest name kept.
pub const NAME_MAX: usize = 60;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SavedView {
    pub name: String,
    /// The query string without `?` (`region=EMEA&q=minister`).
    pub query: String,
}

/// Reads the stored list; anything unreadable is an empty list, and entries
/// without a name are dropped.
pub fn parse(stored: Option<&str>) -> Vec<SavedView> {
    let list: Vec<SavedView> = stored
        .and_then(|s| serde_json::from_str(s).ok())
        .unwrap_or_default();
    list.into_iter()
        .filter(|v| !v.name.trim().is_empty())
        .collect()
}

pub fn serialize(views: &[SavedView]) -> String {
    serde_json::to_string(views).unwrap_or_else(|_| "[]".into())
}

/// Adds a view, or replaces the one of the same name (names compare
/// trimmed); keeps the list sorted by name. An empty name is refused.
pub fn upsert(views: &mut Vec<SavedView>, name: &str, query: &str) -> bool {
    let name: String = name.trim().chars().take(NAME_MAX).collect();
    if name.is_empty() {
        return false;
    }
    let query = query.trim_start_matches('?').to_string();
    match views.iter_mut().find(|v| v.name == name) {
        Some(v) => v.query = query,
        None => views.push(SavedView { name, query }),
    }
    crate::sort::sort_by_key(views, |v| v.name.to_lowercase());
    true
}

pub fn remove(views: &mut Vec<SavedView>, name: &str) {
    views.retain(|v| v.name != name);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn views_round_trip_and_replace_by_name() {
        let mut views = Vec::new();
        assert!(upsert(&mut views, " P0 EMEA ", "?region=EMEA&priority=P0"));
        assert!(upsert(&mut views, "arabic", "lang=ar"));
        assert!(upsert(&mut views, "P0 EMEA", "region=EMEA"));
        assert!(!upsert(&mut views, "   ", "q=x"));
        assert_eq!(
            views,
            vec![
                SavedView {
                    name: "arabic".into(),
                    query: "lang=ar".into()
                },
                SavedView {
                    name: "P0 EMEA".into(),
                    query: "region=EMEA".into()
                },
            ]
        );
        let stored = serialize(&views);
        assert_eq!(parse(Some(&stored)), views);
        remove(&mut views, "arabic");
        assert_eq!(views.len(), 1);
    }

    #[test]
    fn unreadable_storage_is_an_empty_list() {
        assert!(parse(None).is_empty());
        assert!(parse(Some("not json")).is_empty());
        assert!(parse(Some("{\"name\":\"x\"}")).is_empty());
        assert_eq!(
            parse(Some(
                "[{\"name\":\"\",\"query\":\"\"},{\"name\":\"a\",\"query\":\"q=1\"}]"
            ))
            .len(),
            1
        );
    }

    #[test]
    fn long_names_are_cut() {
        let mut views = Vec::new();
        upsert(&mut views, &"n".repeat(100), "");
        assert_eq!(views[0].name.chars().count(), NAME_MAX);
    }
}
