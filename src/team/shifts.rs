//! Shifts: the week view per region with its coverage gaps, and handover.
//! (in progress)

use leptos::prelude::*;

use super::views::TeamNav;

#[component]
pub fn ShiftsPage() -> impl IntoView {
    view! { <TeamNav /> }
}

#[component]
pub fn HandoverPage() -> impl IntoView {
    view! { <TeamNav /> }
}
