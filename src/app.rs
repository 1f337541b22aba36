//! The app: reads `config.json`, builds the data provider, and shows the
//! shell (header, navigation, region clocks) around the routed pages.

use leptos::prelude::*;
use leptos_router::components::{Redirect, Route, Router, Routes, A};
use leptos_router::path;

use crate::cases::views::CasesPage;
use crate::config::AppConfig;
use crate::data::{dialect_for, http::Fetch, AppProvider, Provider};
use crate::incidents::views::IncidentsPage;
use crate::kpi::views::KpisPage;
use crate::platform;
use crate::team::views::TeamPage;
use crate::ui::{Loading, RegionClocks};

/// The first path segment of every route. `index.html` holds the same list
/// to find the app's base address on a deep link: change both together.
pub const ROUTE_ROOTS: [&str; 4] = ["cases", "incidents", "team", "kpis"];

/// Fetches `config.json` from beside `index.html`. A missing file means the
/// defaults; an unreadable one is an error shown to the person.
async fn load_config() -> Result<AppConfig, String> {
    let url = platform::resolve_url("config.json");
    let response = gloo_net::http::Request::get(&url)
        .send()
        .await
        .map_err(|e| format!("config.json could not be loaded ({e})"))?;
    match response.status() {
        404 => {
            web_sys::console::warn_1(&"Watchfloor: no config.json, using the defaults".into());
            Ok(AppConfig::default())
        }
        200..=299 => {
            let text = response
                .text()
                .await
                .map_err(|e| format!("config.json could not be read ({e})"))?;
            AppConfig::parse(&text)
        }
        status => Err(format!("config.json could not be loaded (HTTP {status})")),
    }
}

fn build_provider(config: &AppConfig) -> Result<AppProvider, String> {
    let api = platform::resolve_url(&config.api_base_url);
    let dialect = dialect_for(&config.dialect, &api).map_err(|e| e.to_string())?;
    let provider = Provider::new(dialect, Fetch, platform::now);
    provider.set_token(config.token.clone());
    Ok(provider)
}

#[component]
pub fn App() -> impl IntoView {
    let config = LocalResource::new(load_config);
    move || match config.get() {
        None => view! { <Loading what="configuration" /> }.into_any(),
        Some(Err(message)) => view! { <StartupError message /> }.into_any(),
        Some(Ok(config)) => match build_provider(&config) {
            Ok(provider) => view! { <Shell config provider /> }.into_any(),
            Err(message) => view! { <StartupError message /> }.into_any(),
        },
    }
}

#[component]
fn StartupError(message: String) -> impl IntoView {
    view! {
        <main class="startup-error" role="alert">
            <h1>"Watchfloor cannot start"</h1>
            <p>{message}</p>
            <p>"Ask whoever deployed it to check config.json beside index.html."</p>
        </main>
    }
}

#[component]
fn Shell(config: AppConfig, provider: AppProvider) -> impl IntoView {
    provide_context(provider);
    provide_context(config.clone());
    view! {
        <Router base=platform::base_path()>
            <header class="app-header">
                <A href=platform::app_href("/cases") attr:class="brand">"Watchfloor"</A>
                <nav aria-label="Main">
                    <ul>
                        <li><A href=platform::app_href("/cases")>"Cases"</A></li>
                        <li><A href=platform::app_href("/incidents")>"Incidents"</A></li>
                        <li><A href=platform::app_href("/team")>"Team"</A></li>
                        <li><A href=platform::app_href("/kpis")>"KPIs"</A></li>
                    </ul>
                </nav>
                <RegionClocks config=config />
            </header>
            <main id="main">
                <Routes fallback=NotFound>
                    <Route path=path!("") view=|| view! { <Redirect path="/cases" /> } />
                    <Route path=path!("cases") view=CasesPage />
                    <Route path=path!("incidents") view=IncidentsPage />
                    <Route path=path!("team") view=TeamPage />
                    <Route path=path!("kpis") view=KpisPage />
                </Routes>
            </main>
        </Router>
    }
}

#[component]
fn NotFound() -> impl IntoView {
    view! {
        <section>
            <h1>"Not found"</h1>
            <p>"There is no page at this address. " <A href=platform::app_href("/cases")>"Go to the cases"</A></p>
        </section>
    }
}
