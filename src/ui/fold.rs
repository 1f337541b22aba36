//! Folding on a phone: a button that shows and hides what is behind it on
//! a screen at most 40rem wide. Wider, the style sheet hides the button and
//! lays the content out as if the fold were not there (`display:
//! contents`). For the header's clocks and preferences and the board's
//! filters, so what the page is for is in the first screen.

use leptos::prelude::*;

/// `label` names the button (it says how many filters are on, say); `id`
/// is the folded region's element id.
#[component]
pub fn Fold(
    id: &'static str,
    #[prop(into)] label: Signal<String>,
    children: Children,
) -> impl IntoView {
    let open = RwSignal::new(false);
    view! {
        <button type="button" class="fold-toggle" data-fold=id
            aria-expanded=move || open.get().to_string() aria-controls=id
            on:click=move |_| open.update(|o| *o = !*o)>{label}</button>
        <div id=id class="fold" class:open=move || open.get()>{children()}</div>
    }
}
