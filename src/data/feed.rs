//! A backend's push feed of changes (PocketBase's realtime events): what
//! its stream says, read by the dialect. Pure; the browser's `EventSource`
//! is in `ui::feed`.
//!
//! A change names the record, not its new content: a page asks its own
//! query for what changed (one request, filtered as the page needs), and a
//! deletion is applied at once. So no page trusts a pushed record more than
//! one it asked for, and a record that left a page's query is found by the
//! same full loads as without a feed.

/// What happened to a record.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Create,
    Update,
    Delete,
}

/// One change someone made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    pub collection: String,
    pub action: Action,
    pub id: String,
}

/// What one event of the stream means.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FeedEvent {
    /// The stream is open and knows this client as `client_id`: subscribe.
    Connected {
        client_id: String,
    },
    Change(Change),
    /// Nothing the app acts on (or not understood: never fatal).
    Ignored,
}

/// The collections the app follows: every one of the contract's.
pub const FOLLOWED: [&str; 11] = [
    "cases",
    "incidents",
    "incident_events",
    "case_events",
    "action_items",
    "people",
    "goals",
    "check_ins",
    "shifts",
    "kpi_targets",
    "sla_policies",
];
