//! Running inside a portal's iframe: the app tells the parent its height and
//! route with `postMessage`, only to origins on `config.json`'s
//! `portal_origins`, and accepts from those origins, and only those, a
//! bearer token and a route to show.
//!
//! Messages (plain objects):
//! - to the portal: `{type: "watchfloor:height", height}`, `{type: "watchfloor:route", path}`
//! - from the portal: `{type: "watchfloor:token", token}` (null clears it),
//!   `{type: "watchfloor:navigate", path}` (an in-app path such as `/incidents`)

use serde::Deserialize;

/// A message the portal may send.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(tag = "type")]
pub enum Inbound {
    #[serde(rename = "watchfloor:token")]
    Token { token: Option<String> },
    #[serde(rename = "watchfloor:navigate")]
    Navigate { path: String },
}

/// Whether `origin` is on the allowlist: exact `scheme://host[:port]`
/// matches only (no wildcards; `null` origins never).
pub fn is_allowed(origin: &str, allowlist: &[String]) -> bool {
    origin != "null"
        && allowlist
            .iter()
            .any(|allowed| allowed.trim_end_matches('/') == origin)
}

/// Reads a message from `origin`; `None` for any origin not allowed, any
/// other shape, and any path that is not a plain in-app path.
pub fn parse_inbound(origin: &str, allowlist: &[String], json: &str) -> Option<Inbound> {
    if !is_allowed(origin, allowlist) {
        return None;
    }
    match serde_json::from_str::<Inbound>(json).ok()? {
        Inbound::Navigate { path } if !is_app_path(&path) => None,
        message => Some(message),
    }
}

/// `/incidents`, `/cases?priority=P0`; not `//evil.example`, not a URL with
/// a scheme, not a relative path.
fn is_app_path(path: &str) -> bool {
    path.starts_with('/') && !path.starts_with("//") && !path.contains('\\') && !path.contains(':')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn allow() -> Vec<String> {
        vec![
            "https://portal.example.com".into(),
            "http://127.0.0.1:4000/".into(),
        ]
    }

    #[test]
    fn only_exact_origins_on_the_list_are_allowed() {
        assert!(is_allowed("https://portal.example.com", &allow()));
        assert!(is_allowed("http://127.0.0.1:4000", &allow()));
        assert!(!is_allowed("https://portal.example.com.evil.net", &allow()));
        assert!(!is_allowed("http://portal.example.com", &allow()));
        assert!(!is_allowed("http://127.0.0.1:4001", &allow()));
        assert!(!is_allowed("null", &allow()));
        assert!(!is_allowed("https://portal.example.com", &[]));
    }

    #[test]
    fn tokens_and_routes_from_allowed_origins_are_read() {
        assert_eq!(
            parse_inbound(
                "https://portal.example.com",
                &allow(),
                r#"{"type":"watchfloor:token","token":"abc"}"#
            ),
            Some(Inbound::Token {
                token: Some("abc".into())
            })
        );
        assert_eq!(
            parse_inbound(
                "https://portal.example.com",
                &allow(),
                r#"{"type":"watchfloor:token","token":null}"#
            ),
            Some(Inbound::Token { token: None })
        );
        assert_eq!(
            parse_inbound(
                "http://127.0.0.1:4000",
                &allow(),
                r#"{"type":"watchfloor:navigate","path":"/incidents"}"#
            ),
            Some(Inbound::Navigate {
                path: "/incidents".into()
            })
        );
    }

    #[test]
    fn anything_else_is_ignored() {
        let token = r#"{"type":"watchfloor:token","token":"abc"}"#;
        assert_eq!(parse_inbound("https://evil.example", &allow(), token), None);
        for json in [
            r#"{"type":"watchfloor:navigate","path":"https://evil.example"}"#,
            r#"{"type":"watchfloor:navigate","path":"//evil.example/x"}"#,
            r#"{"type":"watchfloor:navigate","path":"javascript:alert(1)"}"#,
            r#"{"type":"watchfloor:navigate","path":"cases"}"#,
            r#"{"type":"something-else"}"#,
            r#"{"token":"abc"}"#,
            "not json",
        ] {
            assert_eq!(
                parse_inbound("https://portal.example.com", &allow(), json),
                None,
                "{json}"
            );
        }
    }
}

pub use browser::use_portal;

mod browser {
    use leptos::prelude::*;
    use leptos_router::hooks::{use_location, use_navigate};
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;

    use super::{parse_inbound, Inbound};
    use crate::data::AppProvider;
    use crate::ui::DataEpoch;

    /// Talks to the portal around the iframe (call inside the `<Router>`):
    /// posts the content height and the route to the allowed origins, and
    /// takes a token (then reloads the data) or a route from them.
    pub fn use_portal(origins: Vec<String>, base: String, provider: AppProvider, epoch: DataEpoch) {
        let Some(window) = web_sys::window() else {
            return;
        };
        let Ok(Some(parent)) = window.parent() else {
            return;
        };
        let post = {
            let origins = origins.clone();
            let parent = parent.clone();
            move |message: serde_json::Value| {
                let Ok(value) = js_sys::JSON::parse(&message.to_string()) else {
                    return;
                };
                for origin in &origins {
                    // The browser delivers it only if the parent is that origin.
                    let _ = parent.post_message(&value, origin);
                }
            }
        };

        if let Some(body) = window.document().and_then(|d| d.body()) {
            let post = post.clone();
            let measured = body.clone();
            let on_resize = Closure::<dyn FnMut()>::new(move || {
                let height = measured.get_bounding_client_rect().height().ceil();
                post(serde_json::json!({"type": "watchfloor:height", "height": height}));
            });
            if let Ok(observer) = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()) {
                observer.observe(&body);
            }
            on_resize.forget(); // lives as long as the page
        }

        let location = use_location();
        Effect::new(move || {
            let path = location.pathname.get();
            let path = path
                .strip_prefix(base.as_str())
                .unwrap_or(&path)
                .to_string();
            post(serde_json::json!({"type": "watchfloor:route", "path": path}));
        });

        let navigate = use_navigate();
        let _listener =
            window_event_listener(leptos::ev::message, move |event: web_sys::MessageEvent| {
                let json = js_sys::JSON::stringify(&event.data())
                    .ok()
                    .and_then(|s| s.as_string())
                    .unwrap_or_default();
                match parse_inbound(&event.origin(), &origins, &json) {
                    Some(Inbound::Token { token }) => {
                        provider.set_token(token);
                        epoch.bump();
                    }
                    Some(Inbound::Navigate { path }) => navigate(&path, Default::default()),
                    None => {}
                }
            });
    }
}
