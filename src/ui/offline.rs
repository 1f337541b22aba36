//! "Offline, data as of HH:MM": shown while the backend cannot be reached
//! and the service worker (sw/) answers from the data it kept.

use leptos::prelude::*;

use crate::data::AppProvider;
use crate::i18n::{use_i18n, Arg};
use crate::platform;

/// Use once, in the shell: a banner while the data shown was kept rather
/// than fresh from the backend, with when it was kept in the viewer's zone.
/// Follows the provider's last answer (checked every second and a half).
#[component]
pub fn OfflineBanner(provider: AppProvider) -> impl IntoView {
    let i18n = use_i18n();
    let kept = RwSignal::new(provider.kept_at());
    if let Ok(tick) = set_interval_with_handle(
        move || {
            let now = provider.kept_at();
            if kept.try_get_untracked().is_some_and(|k| k != now) {
                kept.try_set(now);
            }
        },
        std::time::Duration::from_millis(1500),
    ) {
        on_cleanup(move || tick.clear());
    }
    move || {
        kept.get().map(|at| {
            // Kept today: the time; longer ago: the date too.
            let tag = i18n.tag();
            let time = if platform::now().minutes_since(at) < 12.0 * 60.0 {
                platform::clock_time(at, i18n.zone(), Some(&tag))
            } else {
                platform::date_time(at, i18n.zone(), Some(&tag))
            };
            view! {
                <p class="offline-banner" role="status" data-offline-since=at.to_wire()>
                    {i18n.tr_args("offline-banner", &[("time", Arg::from(time))])}
                </p>
            }
        })
    }
}
