//! (in progress)

use leptos::prelude::*;

use super::views::TeamNav;

#[component]
pub fn PersonPage() -> impl IntoView {
    view! { <TeamNav /> }
}

#[component]
pub fn NewPersonPage() -> impl IntoView {
    view! { <TeamNav /> }
}
