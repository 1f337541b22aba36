//! The typed errors of data access, each with a message a person can act on.

use serde_json::Value;
use std::fmt;

use super::HttpResponse;

#[derive(Debug, Clone, PartialEq)]
pub enum DataError {
    /// The request never got an answer (offline, DNS, CORS, refused).
    Network(String),
    /// No answer within `request_timeout_seconds`; the request was cancelled.
    Timeout,
    /// 401/403: the token is missing, expired or not allowed.
    Unauthorized,
    /// A sign-in refused: the email (or user name) or the password is wrong.
    BadCredentials,
    NotFound,
    /// Someone else changed the record since the version this edit was based
    /// on. `current` is the stored record when the backend sent it.
    Conflict {
        current: Option<Value>,
    },
    /// A create whose id is already taken.
    Duplicate,
    /// Any other non-success status, with what the backend said.
    Http {
        status: u16,
        message: String,
    },
    /// The answer was not what the dialect expects (bad JSON, a missing total).
    Protocol(String),
    /// The app asked for something the backend cannot answer correctly.
    InvalidQuery(String),
    Unsupported(String),
    Config(String),
    /// More records match than the app loads at once (`limit`): refused
    /// rather than silently cut short.
    TooManyRecords {
        limit: u64,
    },
    /// Not sent yet: the backend could not be reached, and the write waits
    /// in the outbox, which sends it when the backend answers again.
    Queued,
}

impl DataError {
    /// Whether trying the same request again may help.
    pub fn retryable(&self) -> bool {
        matches!(
            self,
            DataError::Network(_) | DataError::Timeout | DataError::Http { status: 500.., .. }
        )
    }

    /// Whether the backend could not be reached at all (offline, no answer
    /// in time, a gateway saying it is down): what waits in the outbox. A
    /// 500 is the backend's own error on this request, not an outage.
    pub fn unreachable(&self) -> bool {
        matches!(
            self,
            DataError::Network(_)
                | DataError::Timeout
                | DataError::Http {
                    status: 502..=504,
                    ..
                }
        )
    }

    /// Whether the request cannot have reached the backend: no connection
    /// (offline, refused), or a gateway saying the backend is down. A
    /// timeout or a 504 may have landed. (A connection cut after the
    /// backend took the request also reads as `Network`: then a retry finds
    /// the write stored and takes it for someone else's identical one, so
    /// at worst its history entry is missing, never doubled.)
    pub fn never_sent(&self) -> bool {
        matches!(
            self,
            DataError::Network(_)
                | DataError::Http {
                    status: 502 | 503,
                    ..
                }
        )
    }

    /// Maps a non-success status to its error. `None` for 2xx.
    pub fn from_status(response: &HttpResponse) -> Option<DataError> {
        let status = response.status;
        match status {
            200..=299 => None,
            401 | 403 => Some(DataError::Unauthorized),
            404 => Some(DataError::NotFound),
            409 => Some(DataError::Duplicate),
            412 => Some(DataError::Conflict {
                current: serde_json::from_str::<Value>(&response.body)
                    .ok()
                    .and_then(|v| v.get("current").cloned()),
            }),
            _ => Some(DataError::Http {
                status,
                message: error_text(&response.body),
            }),
        }
    }
}

/// What an error body says, whether it is JSON (`error`, `message`) or, as
/// json-server sends for some errors, HTML.
fn error_text(body: &str) -> String {
    if let Ok(v) = serde_json::from_str::<Value>(body) {
        for key in ["message", "error"] {
            if let Some(s) = v.get(key).and_then(Value::as_str) {
                return s.to_string();
            }
        }
    }
    let mut text = String::new();
    let mut in_tag = false;
    for c in body.chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                text.push(' ');
            }
            _ if !in_tag => text.push(c),
            _ => {}
        }
    }
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut joined = words.join(" ");
    if joined.chars().count() > 200 {
        joined = joined.chars().take(200).collect::<String>() + "…";
    }
    joined
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DataError::Network(detail) => write!(
                f,
                "Cannot reach the backend ({detail}). Check the connection and the API address in config.json."
            ),
            DataError::Timeout => f.write_str(
                "The backend did not answer in time. Check the connection and try again.",
            ),
            DataError::Unauthorized => {
                f.write_str("The backend refused the request: sign in again through your portal.")
            }
            DataError::BadCredentials => f.write_str("Wrong email or password."),
            DataError::NotFound => f.write_str("Not found: it may have been deleted."),
            DataError::Conflict { .. } => {
                f.write_str("Someone else changed this record since you opened it.")
            }
            DataError::Duplicate => f.write_str("A record with this id already exists."),
            DataError::Http { status, message } if message.is_empty() => {
                write!(f, "The backend answered with an error (HTTP {status}).")
            }
            DataError::Http { status, message } => {
                write!(f, "The backend answered with an error (HTTP {status}): {message}")
            }
            DataError::Protocol(detail) => write!(f, "The backend's answer was not understood: {detail}"),
            DataError::InvalidQuery(detail) => write!(f, "Invalid query: {detail}"),
            DataError::Unsupported(detail) => write!(f, "Not supported by this backend: {detail}"),
            DataError::Config(detail) => write!(f, "Configuration problem: {detail}"),
            DataError::Queued => f.write_str(
                "Not sent yet: kept in this browser's outbox and sent when the backend answers.",
            ),
            DataError::TooManyRecords { limit } => write!(
                f,
                "More records match than the app loads at once ({limit}). Narrow the filters."
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn response(status: u16, body: &str) -> HttpResponse {
        HttpResponse {
            status,
            headers: vec![],
            body: body.to_string(),
        }
    }

    #[test]
    fn success_is_no_error() {
        assert_eq!(DataError::from_status(&response(200, "")), None);
        assert_eq!(DataError::from_status(&response(201, "")), None);
    }

    #[test]
    fn statuses_map_to_typed_errors() {
        assert_eq!(
            DataError::from_status(&response(401, "")),
            Some(DataError::Unauthorized)
        );
        assert_eq!(
            DataError::from_status(&response(403, "")),
            Some(DataError::Unauthorized)
        );
        assert_eq!(
            DataError::from_status(&response(404, "{}")),
            Some(DataError::NotFound)
        );
        assert_eq!(
            DataError::from_status(&response(409, "{}")),
            Some(DataError::Duplicate)
        );
    }

    #[test]
    fn a_conflict_carries_the_stored_record_when_sent() {
        let e = DataError::from_status(&response(
            412,
            r#"{"error":"version conflict","current":{"id":"a","version":3}}"#,
        ));
        assert_eq!(
            e,
            Some(DataError::Conflict {
                current: Some(serde_json::json!({"id":"a","version":3}))
            })
        );
        let e = DataError::from_status(&response(412, "<html>stale</html>"));
        assert_eq!(e, Some(DataError::Conflict { current: None }));
    }

    #[test]
    fn error_bodies_in_json_or_html_become_short_text() {
        let json = DataError::from_status(&response(500, r#"{"message":"db locked"}"#));
        assert_eq!(
            json,
            Some(DataError::Http {
                status: 500,
                message: "db locked".into()
            })
        );
        let html = DataError::from_status(&response(
            400,
            "<!DOCTYPE html><html><body><pre>SyntaxError: Unexpected token</pre></body></html>",
        ));
        assert_eq!(
            html,
            Some(DataError::Http {
                status: 400,
                message: "SyntaxError: Unexpected token".into()
            })
        );
        let long = "x".repeat(500);
        match DataError::from_status(&response(502, &long)) {
            Some(DataError::Http { message, .. }) => assert_eq!(message.chars().count(), 201),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn only_transient_errors_are_retryable() {
        assert!(DataError::Network("offline".into()).retryable());
        assert!(DataError::Http {
            status: 503,
            message: String::new()
        }
        .retryable());
        assert!(!DataError::Http {
            status: 400,
            message: String::new()
        }
        .retryable());
        assert!(!DataError::Conflict { current: None }.retryable());
        assert!(!DataError::Unauthorized.retryable());
        assert!(DataError::Timeout.retryable());
        assert!(!DataError::TooManyRecords { limit: 1 }.retryable());
    }

    #[test]
    fn messages_tell_what_to_do() {
        assert!(DataError::Unauthorized
            .to_string()
            .contains("sign in again"));
        assert!(DataError::Network("refused".into())
            .to_string()
            .contains("config.json"));
    }
}
