//! (in progress)

use leptos::prelude::*;

use super::views::TeamNav;

#[component]
pub fn WellbeingPage() -> impl IntoView {
    view! { <TeamNav /> }
}
