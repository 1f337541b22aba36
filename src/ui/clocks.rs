//! The header's clocks: each region's local time and the viewer's own, for
//! handovers across the follow-the-sun regions.

use leptos::prelude::*;

use crate::config::AppConfig;
use crate::i18n::use_i18n;
use crate::platform;
use crate::regions::Region;
use crate::time::Timestamp;

/// Use in the header: the current time in EMEA, AMER, APAC and the viewer's
/// zone (or UTC, when times are shown in UTC), updated every few seconds.
#[component]
pub fn RegionClocks(
    config: AppConfig,
    #[prop(optional)] now: Option<RwSignal<Timestamp>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let now = now.unwrap_or_else(|| {
        let now = RwSignal::new(platform::now());
        if let Ok(tick) = set_interval_with_handle(
            move || {
                now.try_set(platform::now());
            },
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
                <time>{move || platform::clock_time(now.get(), Some(&zone), Some(&i18n.tag()))}</time>
            </li>
        }
    });
    let own = platform::own_zone().unwrap_or_default();
    view! {
        <ul class="clocks" aria-label=move || i18n.tr("clocks-label")>
            {clocks.into_iter().collect_view()}
            <li data-region="own" title=move || i18n.zone().map(str::to_string).unwrap_or_else(|| own.clone())>
                <span class="clock-label">
                    {move || if i18n.utc.get() { "UTC".to_string() } else { i18n.tr("clock-you") }}
                </span>
                <time>{move || platform::clock_time(now.get(), i18n.zone(), Some(&i18n.tag()))}</time>
            </li>
        </ul>
    }
}

/// "now", ticking every 30 s while the view is there (durations "so far",
/// people's local times, the shifts' window).
pub fn use_ticking_now() -> RwSignal<Timestamp> {
    let now = RwSignal::new(platform::now());
    let tick = set_interval_with_handle(
        move || {
            now.try_set(platform::now());
        },
        std::time::Duration::from_secs(30),
    );
    on_cleanup(move || {
        if let Ok(h) = tick {
            h.clear();
        }
    });
    now
}
