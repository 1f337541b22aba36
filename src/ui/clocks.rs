//! The header's clocks: each region's local time and the viewer's own, for
//! handovers across the follow-the-sun regions.

use leptos::prelude::*;

use crate::config::AppConfig;
use crate::platform;
use crate::regions::Region;
use crate::time::Timestamp;

/// Use in the header: the current time in EMEA, AMER, APAC and the viewer's
/// zone, updated every few seconds.
#[component]
pub fn RegionClocks(
    config: AppConfig,
    #[prop(optional)] now: Option<RwSignal<Timestamp>>,
) -> impl IntoView {
    let now = now.unwrap_or_else(|| {
        let now = RwSignal::new(platform::now());
        if let Ok(tick) = set_interval_with_handle(
            move || now.set(platform::now()),
            std::time::Duration::from_secs(5),
        ) {
            on_cleanup(move || tick.clear());
        }
        now
    });
    let clocks = Region::ALL.map(|region| {
        let zone = config.zone_of(region).to_string();
        let title = zone.clone();
        view! {
            <li data-region=region.key() title=title>
                <span class="clock-label">{region.key()}</span>
                <time>{move || platform::clock_time(now.get(), Some(&zone), None)}</time>
            </li>
        }
    });
    let own = platform::own_zone().unwrap_or_default();
    view! {
        <ul class="clocks" aria-label="Local times">
            {clocks.into_iter().collect_view()}
            <li data-region="own" title=own>
                <span class="clock-label">"You"</span>
                <time>{move || platform::clock_time(now.get(), None, None)}</time>
            </li>
        </ul>
    }
}
