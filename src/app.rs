//! The app: reads `config.json`, builds the data provider, and shows the
//! shell (header, navigation, region clocks) around the routed pages, or,
//! embedded in a portal, the pages alone.

use leptos::prelude::*;
use leptos_router::components::{Redirect, Route, Router, Routes, A};
use leptos_router::path;

use crate::cases::form::{CasePage, NewCasePage};
use crate::cases::views::CasesPage;
use crate::config::{AppConfig, ZoneDisplay};
use crate::data::outbox::{Outbox, Store};
use crate::data::{dialect_for, http::Fetch, AppProvider, Provider};
use crate::embed::use_portal;
use crate::i18n::{provide_i18n, text, use_i18n, LanguagePicker};
use crate::incidents::declare::NewIncidentPage;
use crate::incidents::page::IncidentPage;
use crate::incidents::views::IncidentsPage;
use crate::kpi::views::KpisPage;
use crate::now::views::NowPage;
use crate::platform;
use crate::team::goals::GoalsPage;
use crate::team::person::{NewPersonPage, PersonPage};
use crate::team::shifts::{HandoverPage, ShiftsPage};
use crate::team::skills::SkillsPage;
use crate::team::views::TeamPage;
use crate::team::wellbeing::WellbeingPage;
use crate::ui::sign_in::{provide_session, Session, SignInDialog, SignedInAs};
use crate::ui::{DataEpoch, Fold, Loading, RegionClocks};

/// The first path segment of every route. `index.html` holds the same list
/// to find the app's base address on a deep link: change both together.
pub const ROUTE_ROOTS: [&str; 5] = ["now", "cases", "incidents", "team", "kpis"];

/// Fetches `config.json` from beside `index.html`. A missing file means the
/// defaults; an unreadable one is an error shown to the person.
async fn load_config() -> Result<AppConfig, String> {
    let url = platform::resolve_url("config.json");
    match crate::data::http::get_text(&url).await {
        Ok((404, _)) => {
            web_sys::console::warn_1(&"Watchfloor: no config.json, using the defaults".into());
            Ok(AppConfig::default())
        }
        Ok((200..=299, text)) => AppConfig::parse(&text),
        Ok((status, _)) => Err(format!("config.json could not be loaded (HTTP {status})")),
        Err(e) => Err(format!("config.json could not be loaded ({e})")),
    }
}

fn build_provider(config: &AppConfig) -> Result<AppProvider, String> {
    let api = platform::resolve_url(&config.api_base_url);
    let dialect = dialect_for(&config.dialect, &api).map_err(|e| e.to_string())?;
    if let Some(warning) = config.token_warning() {
        web_sys::console::warn_1(&warning.into());
    }
    let timeout = std::time::Duration::from_secs(config.request_timeout_seconds.into());
    // Writes that cannot reach the backend wait in this browser, one
    // outbox per backend address (data::outbox).
    let outbox = Outbox::new(
        format!("watchfloor.outbox:{api}"),
        Store {
            load: platform::load,
            save: platform::store_checked,
        },
    );
    let provider = Provider::new(dialect, Fetch, platform::now)
        .with_timeout(timeout)
        .with_outbox(outbox);
    provider.set_token(config.token.clone());
    Ok(provider)
}

#[component]
pub fn App() -> impl IntoView {
    let i18n = provide_i18n(false);
    let config = LocalResource::new(load_config);
    move || match config.get() {
        None => view! { <Loading /> }.into_any(),
        Some(Err(message)) => view! { <StartupError message /> }.into_any(),
        Some(Ok(config)) => {
            i18n.default_utc(config.time_zone_display == ZoneDisplay::Utc);
            match build_provider(&config) {
                Ok(provider) => view! { <Shell config provider /> }.into_any(),
                Err(message) => view! { <StartupError message /> }.into_any(),
            }
        }
    }
}

#[component]
fn StartupError(message: String) -> impl IntoView {
    view! {
        <main class="startup-error" role="alert">
            <h1>{text("startup-error-title")}</h1>
            <p>{message}</p>
            <p>{text("startup-error-hint")}</p>
        </main>
    }
}

#[component]
fn Shell(config: AppConfig, provider: AppProvider) -> impl IntoView {
    let embedded = config.embed || platform::query_flag("embed");
    let epoch = DataEpoch::new();
    provide_context(provider.clone());
    provide_context(epoch);
    provide_context(config.clone());
    crate::ui::provide_me();
    crate::ui::provide_feed(provider.clone(), epoch);
    // Signing in, where the backend has its own and no portal is around.
    let session = provide_session(&provider, embedded);
    let covered = move || session.is_some_and(|s| s.asking.get().is_some());
    let base = platform::base_path();
    let origins = config.portal_origins.clone();
    let offline = provider.clone();
    let dialog = session.map(|session| {
        view! { <SignInDialog provider=provider.clone() session epoch /> }
    });
    view! {
        <Router base=base.clone()>
            {embedded.then(|| view! { <PortalBridge origins base=base.clone() provider epoch /> })}
            // The page stays mounted under the sign-in form, out of reach.
            <div class="shell-page" inert=covered>
            {(!embedded).then(|| view! { <Header config=config.clone() /> })}
            <crate::ui::OfflineBanner provider=offline.clone() />
            <crate::ui::FeedStatus />
            <crate::ui::OutboxPanel provider=offline epoch />
            <main id="main" class:embedded=embedded>
                // Built anew for another person (signed out, or in as
                // someone else): nothing of the earlier one's stays.
                {move || {
                    if let Some(session) = session {
                        session.person.track();
                    }
                    view! {
                        <Routes fallback=NotFound>
                            <Route path=path!("") view=Home />
                            <Route path=path!("now") view=NowPage />
                            <Route path=path!("cases") view=CasesPage />
                            <Route path=path!("cases/new") view=NewCasePage />
                            <Route path=path!("cases/:id") view=CasePage />
                            <Route path=path!("incidents") view=IncidentsPage />
                            <Route path=path!("incidents/new") view=NewIncidentPage />
                            <Route path=path!("incidents/:id") view=IncidentPage />
                            <Route path=path!("team") view=TeamPage />
                            <Route path=path!("team/people/new") view=NewPersonPage />
                            <Route path=path!("team/people/:id") view=PersonPage />
                            <Route path=path!("team/skills") view=SkillsPage />
                            <Route path=path!("team/goals") view=GoalsPage />
                            <Route path=path!("team/wellbeing") view=WellbeingPage />
                            <Route path=path!("team/shifts") view=ShiftsPage />
                            <Route path=path!("team/handover") view=HandoverPage />
                            <Route path=path!("kpis") view=KpisPage />
                        </Routes>
                    }
                }}
            </main>
            </div>
            {dialog}
        </Router>
    }
}

/// Embedded only: the postMessage link with the portal (renders nothing).
#[component]
fn PortalBridge(
    origins: Vec<String>,
    base: String,
    provider: AppProvider,
    epoch: DataEpoch,
) -> impl IntoView {
    use_portal(origins, base, provider, epoch);
}

#[component]
fn Header(config: AppConfig) -> impl IntoView {
    let i18n = use_i18n();
    // Who is signed in, where the app signs people in itself.
    let signed_in = use_context::<Session>()
        .zip(use_context::<AppProvider>())
        .zip(use_context::<DataEpoch>())
        .map(|((session, provider), epoch)| view! { <SignedInAs provider session epoch /> });
    let link = |path: &'static str, key: &'static str| {
        view! { <li><A href=platform::app_href(path)>{text(key)}</A></li> }
    };
    view! {
        <header class="app-header">
            <A href=platform::app_href("/cases") attr:class="brand">"Watchfloor"</A>
            <nav aria-label=move || i18n.tr("nav-main")>
                <ul>
                    {link("/now", "nav-now")}
                    {link("/cases", "nav-cases")}
                    {link("/incidents", "nav-incidents")}
                    {link("/team", "nav-team")}
                    {link("/kpis", "nav-kpis")}
                </ul>
            </nav>
            <Fold id="header-more" label=Signal::derive(move || i18n.tr("header-menu"))>
                <RegionClocks config=config />
                <div class="prefs">
                    <LanguagePicker />
                    <label class="picker">
                        <span>{text("zone-label")}</span>
                        <select
                            data-testid="zone"
                            on:change=move |ev| i18n.set_utc(event_target_value(&ev) == "utc")
                        >
                            <option value="local" selected=move || !i18n.utc.get()>{text("zone-local")}</option>
                            <option value="utc" selected=move || i18n.utc.get()>{text("zone-utc")}</option>
                        </select>
                    </label>
                </div>
                {signed_in}
            </Fold>
        </header>
    }
}

/// The home: the "now" view on a phone, the case board elsewhere.
#[component]
fn Home() -> impl IntoView {
    let path = if platform::narrow_screen() {
        "/now"
    } else {
        "/cases"
    };
    view! { <Redirect path /> }
}

#[component]
fn NotFound() -> impl IntoView {
    view! {
        <section>
            <h1>{text("not-found-title")}</h1>
            <p>
                {text("not-found-text")}
                " "
                <A href=platform::app_href("/cases")>{text("not-found-link")}</A>
            </p>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::ROUTE_ROOTS;

    /// index.html finds the app's base address with the same route roots.
    #[test]
    fn index_html_knows_every_route_root() {
        let html = include_str!("../index.html");
        let list = html
            .split("var roots = [")
            .nth(1)
            .and_then(|rest| rest.split(']').next())
            .expect("index.html lists the route roots");
        let roots: Vec<&str> = list
            .split(',')
            .map(|r| r.trim().trim_matches('"'))
            .collect();
        assert_eq!(roots, ROUTE_ROOTS);
    }
}
