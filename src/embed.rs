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

/// Whether `origin` (the browser's `event.origin`, already in normal form)
/// is on the allowlist of normalised origins ([`normalize_origin`]): exact
/// matches only (no wildcards; `null` origins never).
pub fn is_allowed(origin: &str, allowlist: &[String]) -> bool {
    origin != "null" && allowlist.iter().any(|allowed| allowed == origin)
}

/// An allowlist entry in the form browsers give origins: scheme and host
/// lower case, no default port (`:443` for https, `:80` for http), no
/// trailing slash. An entry that could never match (a path, user info, a
/// query, a fragment, a wildcard, a non-ASCII host) is refused with why.
pub fn normalize_origin(entry: &str) -> Result<String, &'static str> {
    let (scheme, rest) = entry.trim().split_once("://").ok_or("no scheme")?;
    let scheme = scheme.to_ascii_lowercase();
    let default_port = match scheme.as_str() {
        "https" => 443,
        "http" => 80,
        _ => return Err("the scheme must be http or https"),
    };
    let rest = rest.strip_suffix('/').unwrap_or(rest);
    if rest.contains('/') {
        return Err("it has a path");
    }
    if rest.contains(['?', '#']) {
        return Err("it has a query or fragment");
    }
    if rest.contains('@') {
        return Err("it has user info");
    }
    if rest.contains('*') {
        return Err("wildcards are not allowed");
    }
    if !rest.is_ascii() {
        return Err("write the host in its ASCII (punycode) form");
    }
    let (host, port) = match rest.strip_prefix('[') {
        // An IPv6 address: [::1]:8443
        Some(v6) => {
            let (address, after) = v6.split_once(']').ok_or("the IPv6 address has no `]`")?;
            if address.is_empty()
                || !address
                    .bytes()
                    .all(|b| b.is_ascii_hexdigit() || b == b':' || b == b'.')
            {
                return Err("the host is not valid");
            }
            let port = match after {
                "" => None,
                _ => Some(after.strip_prefix(':').ok_or("the host is not valid")?),
            };
            (&rest[..address.len() + 2], port)
        }
        None => {
            let (host, port) = match rest.split_once(':') {
                Some((host, port)) => (host, Some(port)),
                None => (rest, None),
            };
            if host.is_empty()
                || !host
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_'))
            {
                return Err("the host is not valid");
            }
            (host, port)
        }
    };
    let port = match port {
        None => None,
        Some(port) => {
            let number =
                (!port.is_empty() && port.len() <= 5 && port.bytes().all(|b| b.is_ascii_digit()))
                    .then(|| port.parse::<u32>().ok())
                    .flatten()
                    .filter(|n| (1..=65535).contains(n))
                    .ok_or("the port is not a number from 1 to 65535")?;
            (number != default_port).then_some(number)
        }
    };
    let host = host.to_ascii_lowercase();
    Ok(match port {
        Some(port) => format!("{scheme}://{host}:{port}"),
        None => format!("{scheme}://{host}"),
    })
}

/// Reads a message from `origin`; `None` for a message from any window but
/// the parent (`from_parent`), any origin not allowed, any other shape, and
/// any path that is not a plain in-app path.
pub fn parse_inbound(
    from_parent: bool,
    origin: &str,
    allowlist: &[String],
    json: &str,
) -> Option<Inbound> {
    if !from_parent || !is_allowed(origin, allowlist) {
        return None;
    }
    match serde_json::from_str::<Inbound>(json).ok()? {
        Inbound::Navigate { path } if !is_app_path(&path) => None,
        message => Some(message),
    }
}

/// `/incidents`, `/cases?priority=P0`; not `//evil.example`, not a URL with
/// a scheme, not a relative path, and nothing a URL parser could turn into
/// one: no control characters or whitespace (the parser drops tabs and new
/// lines: `/\t/evil.example` is `//evil.example`), no backslashes (read as
/// `/`), no empty or dot segments (`/.//evil.example` is `//evil.example`).
fn is_app_path(path: &str) -> bool {
    if !path.starts_with('/')
        || path.contains(':')
        || path
            .chars()
            .any(|c| c.is_control() || c.is_whitespace() || c == '\\')
    {
        return false;
    }
    let route = path.split(['?', '#']).next().unwrap_or_default();
    let mut segments = route[1..].split('/').peekable();
    while let Some(segment) = segments.next() {
        let last = segments.peek().is_none();
        let dots = segment.to_ascii_lowercase().replace("%2e", ".");
        if (segment.is_empty() && !last) || dots == "." || dots == ".." {
            return false;
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    fn allow() -> Vec<String> {
        vec![
            "https://portal.example.com".into(),
            "http://127.0.0.1:4000".into(),
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
                true,
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
                true,
                "https://portal.example.com",
                &allow(),
                r#"{"type":"watchfloor:token","token":null}"#
            ),
            Some(Inbound::Token { token: None })
        );
        assert_eq!(
            parse_inbound(
                true,
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
        assert_eq!(
            parse_inbound(true, "https://evil.example", &allow(), token),
            None
        );
        for json in [
            r#"{"type":"watchfloor:navigate","path":"https://evil.example"}"#,
            r#"{"type":"watchfloor:navigate","path":"//evil.example/x"}"#,
            r#"{"type":"watchfloor:navigate","path":"javascript:alert(1)"}"#,
            r#"{"type":"watchfloor:navigate","path":"cases"}"#,
            r#"{"type":"watchfloor:navigate","path":"/\t/evil.example"}"#,
            r#"{"type":"watchfloor:navigate","path":"/\n/evil.example"}"#,
            r#"{"type":"something-else"}"#,
            r#"{"token":"abc"}"#,
            "not json",
        ] {
            assert_eq!(
                parse_inbound(true, "https://portal.example.com", &allow(), json),
                None,
                "{json}"
            );
        }
    }

    #[test]
    fn messages_from_other_windows_are_ignored() {
        let token = r#"{"type":"watchfloor:token","token":"abc"}"#;
        assert_eq!(
            parse_inbound(false, "https://portal.example.com", &allow(), token),
            None
        );
    }

    #[test]
    fn app_paths_cannot_leave_the_app() {
        for good in [
            "/",
            "/incidents",
            "/cases/",
            "/cases?priority=P0&region=EMEA",
            "/cases/case-1#history",
            "/cases?q=a%20b",
        ] {
            assert!(is_app_path(good), "{good:?}");
        }
        for bad in [
            "/\t/evil.example",
            "/\n/evil.example",
            "/\r/evil.example",
            "/\u{0}/evil.example",
            "/\u{7f}/evil.example",
            "/\u{85}/evil.example",
            "\t//evil.example",
            " //evil.example",
            "/ /evil.example",
            "/\u{3000}/evil.example",
            "/\\evil.example",
            "//evil.example",
            "///evil.example",
            "/.//evil.example",
            "/%2e//evil.example",
            "/%2E%2E//evil.example",
            "/cases//evil.example",
            "/cases/../..//evil.example",
            "https://evil.example",
            "javascript:alert(1)",
            "cases",
            "",
        ] {
            assert!(!is_app_path(bad), "{bad:?}");
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

    /// The browser's URL parser agrees that `path` stays on the app's origin.
    fn stays_here(path: &str) -> bool {
        let Some(origin) = web_sys::window().and_then(|w| w.location().origin().ok()) else {
            return false;
        };
        web_sys::Url::new_with_base(path, &origin).is_ok_and(|url| url.origin() == origin)
    }

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
                // Only the window around the iframe speaks for the portal.
                let from_parent = event
                    .source()
                    .is_some_and(|source| js_sys::Object::is(&source, &parent));
                match parse_inbound(from_parent, &event.origin(), &origins, &json) {
                    Some(Inbound::Token { token }) => {
                        provider.set_token(token);
                        epoch.bump();
                    }
                    Some(Inbound::Navigate { path }) if stays_here(&path) => {
                        navigate(&path, Default::default())
                    }
                    Some(Inbound::Navigate { .. }) => {}
                    None => {}
                }
            });
    }
}
