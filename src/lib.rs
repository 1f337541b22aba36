//! Watchfloor: the escalations console of a follow-the-sun critical response
//! team. See README.md for the architecture.

pub mod app;
pub mod cases;
pub mod config;
pub mod data;
pub mod embed;
pub mod i18n;
pub mod incidents;
pub mod kpi;
pub mod now;
pub mod platform;
pub mod regions;
pub mod sort;
pub mod team;
pub mod time;
pub mod ui;
pub mod url;

/// Mounts the app on `<body>`.
pub fn start() {
    console_error_panic_hook_lite();
    leptos::mount::mount_to_body(app::App);
}

/// Logs panics to the console (release builds abort on panic; this keeps the
/// message). Written here rather than pulling in a crate for five lines.
fn console_error_panic_hook_lite() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&info.to_string().into());
    }));
}
