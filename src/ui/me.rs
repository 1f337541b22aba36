//! Who is at this browser: the person written as the author of timeline
//! entries, case notes and change history. The app has no sign-in of its
//! own (the backend or the portal does that), so the person says who they
//! are once, in the timeline's "as" picker, and this browser remembers it.
//! Nothing here is a permission: it is a name on what they write.

use leptos::prelude::*;

use crate::platform;

const KEY: &str = "watchfloor.me";

/// The people id of whoever uses this browser, when they have said.
#[derive(Clone, Copy)]
pub struct Me(RwSignal<Option<String>>);

impl Me {
    pub fn get(&self) -> Option<String> {
        self.0.get()
    }

    pub fn get_untracked(&self) -> Option<String> {
        self.0.get_untracked()
    }

    /// Remembers who this is (`None` forgets).
    pub fn set(&self, id: Option<String>) {
        match &id {
            Some(id) => platform::store(KEY, id),
            None => platform::forget(KEY),
        }
        self.0.set(id);
    }
}

/// Makes the app's [`Me`] from this browser's storage; the shell calls it
/// once, for every page below.
pub fn provide_me() -> Me {
    let remembered = platform::load(KEY).filter(|id| !id.trim().is_empty());
    let me = Me(RwSignal::new(remembered));
    provide_context(me);
    me
}

/// The app's [`Me`] (a fresh one outside the shell, as in tests).
pub fn use_me() -> Me {
    use_context::<Me>().unwrap_or_else(provide_me)
}
