//! Keyboard shortcuts of the case pages. Pure: which key does what, and
//! when a key belongs to the field being typed in instead.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shortcut {
    /// `/`: focus the search box.
    Search,
    /// `n`: open a new case.
    NewCase,
    /// `?`: list the shortcuts.
    Help,
    /// `Escape`: close the list.
    Close,
}

/// Every shortcut with its key and its description's message id.
pub const ALL: [(Shortcut, &str, &str); 3] = [
    (Shortcut::Search, "/", "shortcut-search"),
    (Shortcut::NewCase, "n", "shortcut-new"),
    (Shortcut::Help, "?", "shortcut-help"),
];

/// The shortcut for a key press, if any. Keys typed into a text field, or
/// pressed with Ctrl, Alt or Meta (the browser's and the system's own), are
/// never taken.
pub fn shortcut(key: &str, in_field: bool, ctrl_alt_meta: bool) -> Option<Shortcut> {
    if ctrl_alt_meta {
        return None;
    }
    if key == "Escape" {
        return Some(Shortcut::Close);
    }
    if in_field {
        return None;
    }
    match key {
        "/" => Some(Shortcut::Search),
        "n" | "N" => Some(Shortcut::NewCase),
        "?" => Some(Shortcut::Help),
        _ => None,
    }
}

/// Whether an element with this tag name (and `contenteditable`) takes typing.
pub fn takes_typing(tag: &str, editable: bool) -> bool {
    editable
        || matches!(
            tag.to_ascii_uppercase().as_str(),
            "INPUT" | "TEXTAREA" | "SELECT"
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_map_to_shortcuts_outside_fields() {
        assert_eq!(shortcut("/", false, false), Some(Shortcut::Search));
        assert_eq!(shortcut("n", false, false), Some(Shortcut::NewCase));
        assert_eq!(shortcut("?", false, false), Some(Shortcut::Help));
        assert_eq!(shortcut("x", false, false), None);
    }

    #[test]
    fn typing_and_modified_keys_are_left_alone() {
        assert_eq!(shortcut("n", true, false), None, "an n typed in a title");
        assert_eq!(shortcut("/", true, false), None);
        assert_eq!(shortcut("n", false, true), None, "Ctrl+N is the browser's");
        assert_eq!(shortcut("Escape", true, false), Some(Shortcut::Close));
        assert!(takes_typing("input", false));
        assert!(takes_typing("TEXTAREA", false));
        assert!(takes_typing("div", true));
        assert!(!takes_typing("BUTTON", false));
    }
}
