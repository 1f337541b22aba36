//! (in progress)

use leptos::prelude::*;

use super::views::TeamNav;

#[component]
pub fn GoalsPage() -> impl IntoView {
    view! { <TeamNav /> }
}
