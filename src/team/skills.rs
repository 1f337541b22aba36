//! (in progress)

use leptos::prelude::*;

use super::views::TeamNav;

#[component]
pub fn SkillsPage() -> impl IntoView {
    view! { <TeamNav /> }
}
