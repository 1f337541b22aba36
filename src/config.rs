//! Runtime configuration: `config.json` beside `index.html`, read at start,
//! so one build can be deployed anywhere by editing that file.

use std::collections::BTreeMap;

use serde::Deserialize;

use crate::embed::normalize_origin;
use crate::regions::Region;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ZoneDisplay {
    /// The viewer's own zone (the browser's).
    #[default]
    Local,
    Utc,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct AppConfig {
    /// Where the collections are: absolute (`https://api.example.com/v1/`) or
    /// relative to the app's own address (`api/`).
    pub api_base_url: String,
    /// The backend dialect: `json-server` for now.
    pub dialect: String,
    /// A bearer token sent with every request.
    pub token: Option<String>,
    /// How times are shown by default.
    pub time_zone_display: ZoneDisplay,
    /// The clock that stands for each region in the header.
    pub region_zones: BTreeMap<Region, String>,
    /// Always run embedded (no own header and navigation), as `?embed=1` does.
    pub embed: bool,
    /// The portal origins (`https://portal.example.com`) the embedded app
    /// talks to with `postMessage`; no others are heard or told anything.
    pub portal_origins: Vec<String>,
    /// How often (seconds) open pages ask the backend for records changed
    /// since the last look; 0 turns background refresh off.
    pub refresh_seconds: u32,
    /// How long (seconds) a request to the backend may take before it is
    /// cancelled and shown as a timeout.
    pub request_timeout_seconds: u32,
}

/// The most `refresh_seconds` allows: one day (the browser's timers take
/// at most ~24.8 days).
pub const MAX_REFRESH_SECONDS: u32 = 86_400;

/// What `request_timeout_seconds` allows.
pub const REQUEST_TIMEOUT_SECONDS: std::ops::RangeInclusive<u32> = 1..=600;

impl Default for AppConfig {
    fn default() -> Self {
        AppConfig {
            api_base_url: "api/".into(),
            dialect: "json-server".into(),
            token: None,
            time_zone_display: ZoneDisplay::Local,
            region_zones: BTreeMap::new(),
            embed: false,
            portal_origins: Vec::new(),
            refresh_seconds: 30,
            request_timeout_seconds: 20,
        }
    }
}

impl AppConfig {
    /// Reads `config.json`; every key is optional, an unknown key or a wrong
    /// type is an error that names it (a typo must not go unnoticed).
    pub fn parse(text: &str) -> Result<Self, String> {
        let mut config: AppConfig =
            serde_json::from_str(text).map_err(|e| match bad_key(text) {
                Some(key) => format!("config.json: `{key}` is not valid: {e}"),
                None => format!("config.json is not valid: {e}"),
            })?;
        if config.api_base_url.trim().is_empty() {
            return Err("config.json: `api_base_url` is empty".into());
        }
        if config.refresh_seconds > MAX_REFRESH_SECONDS {
            return Err(format!(
                "config.json: `refresh_seconds` is {}, more than a day ({MAX_REFRESH_SECONDS})",
                config.refresh_seconds
            ));
        }
        if !REQUEST_TIMEOUT_SECONDS.contains(&config.request_timeout_seconds) {
            return Err(format!(
                "config.json: `request_timeout_seconds` is {}, not from {} to {}",
                config.request_timeout_seconds,
                REQUEST_TIMEOUT_SECONDS.start(),
                REQUEST_TIMEOUT_SECONDS.end()
            ));
        }
        config.portal_origins = config
            .portal_origins
            .iter()
            .map(|entry| {
                normalize_origin(entry).map_err(|why| {
                    format!(
                        "config.json: `portal_origins` entry `{entry}` is not an origin like https://portal.example.com ({why})"
                    )
                })
            })
            .collect::<Result<_, _>>()?;
        Ok(config)
    }

    /// What to warn about in the console once the app runs.
    pub fn token_warning(&self) -> Option<&'static str> {
        self.token.as_deref().filter(|t| !t.trim().is_empty()).map(|_| {
            "Watchfloor: config.json holds a `token`, which anyone who can load the app can read. \
             Use it for development only; in production the portal hands the token over (watchfloor:token)."
        })
    }

    /// The IANA zone of a region's clock.
    pub fn zone_of(&self, region: Region) -> &str {
        self.region_zones
            .get(&region)
            .map(String::as_str)
            .unwrap_or(region.default_zone())
    }
}

/// The first key whose value alone does not fit (serde's own message for a
/// wrong type does not name the key). Read back from text, not from a
/// `Value`, so that the wasm holds one deserializer of the config, not two.
fn bad_key(text: &str) -> Option<String> {
    let map: serde_json::Map<String, serde_json::Value> = serde_json::from_str(text).ok()?;
    map.into_iter().find_map(|(key, value)| {
        let one = serde_json::Value::Object([(key.clone(), value)].into_iter().collect());
        serde_json::from_str::<AppConfig>(&one.to_string())
            .err()
            .map(|_| key)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_is_optional() {
        assert_eq!(AppConfig::parse("{}").unwrap(), AppConfig::default());
    }

    #[test]
    fn reads_every_key() {
        let c = AppConfig::parse(
            r#"{"api_base_url": "https://api.example.com/v1/", "dialect": "json-server",
                "token": "abc", "time_zone_display": "utc",
                "region_zones": {"AMER": "America/New_York"}}"#,
        )
        .unwrap();
        assert_eq!(c.api_base_url, "https://api.example.com/v1/");
        assert_eq!(c.token.as_deref(), Some("abc"));
        assert_eq!(c.time_zone_display, ZoneDisplay::Utc);
        assert_eq!(c.zone_of(Region::AMER), "America/New_York");
        assert_eq!(c.zone_of(Region::APAC), "Asia/Singapore");
        assert_eq!(c.refresh_seconds, 30, "the default");
        let fast = AppConfig::parse(r#"{"refresh_seconds": 2}"#).unwrap();
        assert_eq!(fast.refresh_seconds, 2);
        assert!(AppConfig::parse(r#"{"refresh_seconds": -1}"#).is_err());
    }

    #[test]
    fn portal_origins_must_be_plain_origins() {
        let ok = AppConfig::parse(r#"{"embed": true, "portal_origins": ["https://portal.example.com", "http://127.0.0.1:4000"]}"#).unwrap();
        assert!(ok.embed);
        assert_eq!(ok.portal_origins.len(), 2);
        for bad in [
            "*",
            "https://*.example.com",
            "portal.example.com",
            "https://portal.example.com/path",
        ] {
            let json = format!(r#"{{"portal_origins": ["{bad}"]}}"#);
            assert!(AppConfig::parse(&json).is_err(), "{bad}");
        }
    }

    #[test]
    fn mistakes_are_named() {
        let typo = AppConfig::parse(r#"{"api_base_uri": "x"}"#).unwrap_err();
        assert!(typo.contains("api_base_uri"), "{typo}");
        let wrong = AppConfig::parse(r#"{"time_zone_display": "mars"}"#).unwrap_err();
        assert!(wrong.contains("mars"), "{wrong}");
        assert!(AppConfig::parse(r#"{"api_base_url": " "}"#).is_err());
        assert!(AppConfig::parse("not json").is_err());
        assert!(AppConfig::parse(r#"{"region_zones": {"MARS": "x"}}"#).is_err());
    }

    #[test]
    fn refresh_seconds_has_an_upper_bound() {
        let day = AppConfig::parse(r#"{"refresh_seconds": 86400}"#).unwrap();
        assert_eq!(day.refresh_seconds, MAX_REFRESH_SECONDS);
        for bad in ["86401", "2200000", "4294967295"] {
            let e = AppConfig::parse(&format!(r#"{{"refresh_seconds": {bad}}}"#)).unwrap_err();
            assert!(e.contains("refresh_seconds"), "{e}");
        }
    }

    #[test]
    fn the_request_timeout_is_bounded() {
        assert_eq!(AppConfig::default().request_timeout_seconds, 20);
        assert_eq!(
            AppConfig::parse(r#"{"request_timeout_seconds": 600}"#)
                .unwrap()
                .request_timeout_seconds,
            600
        );
        assert_eq!(
            AppConfig::parse(r#"{"request_timeout_seconds": 1}"#)
                .unwrap()
                .request_timeout_seconds,
            1
        );
        for bad in ["0", "601", "-5", "\"20\"", "2.5"] {
            let e =
                AppConfig::parse(&format!(r#"{{"request_timeout_seconds": {bad}}}"#)).unwrap_err();
            assert!(e.contains("request_timeout_seconds"), "{bad}: {e}");
        }
    }

    #[test]
    fn portal_origins_are_normalised() {
        let c = AppConfig::parse(
            r#"{"portal_origins": ["HTTPS://Portal.Example.COM:443/", "http://127.0.0.1:80",
                "http://127.0.0.1:4000", "https://portal.example.com:8443", "https://[::1]:443",
                " https://padded.example.com "]}"#,
        )
        .unwrap();
        assert_eq!(
            c.portal_origins,
            [
                "https://portal.example.com",
                "http://127.0.0.1",
                "http://127.0.0.1:4000",
                "https://portal.example.com:8443",
                "https://[::1]",
                "https://padded.example.com",
            ]
        );
        assert!(crate::embed::is_allowed(
            "https://portal.example.com",
            &c.portal_origins
        ));
        for bad in [
            "https://user:pw@portal.example.com",
            "https://portal.example.com?x=1",
            "https://portal.example.com#top",
            "https://portal.example.com/app/",
            "https://portal.example.com//",
            "https://*.example.com",
            "ftp://portal.example.com",
            "https://portal.example.com:99999",
            "https://portal.example.com:",
            "https://portal.example.com:x1",
            "https://bücher.example",
            "https://",
            "https://por tal.example.com",
        ] {
            let e = AppConfig::parse(&format!(r#"{{"portal_origins": ["{bad}"]}}"#)).unwrap_err();
            assert!(
                e.contains("portal_origins") && e.contains(bad),
                "{bad}: {e}"
            );
        }
    }

    #[test]
    fn a_token_in_config_json_is_warned_about() {
        assert_eq!(AppConfig::default().token_warning(), None);
        let c = AppConfig::parse(r#"{"token": "abc"}"#).unwrap();
        assert!(c.token_warning().is_some_and(|w| w.contains("token")));
    }
}
