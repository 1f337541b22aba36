//! The case board's domain: escalation cases (docs/contract.md#cases).
//!
//! Plain Rust, tested on the host: `model` (the record), `filters` (what
//! the board and table show, in the URL), `sync` (what the board loads and
//! how it stays fresh), `writes` (moves, responses and edits as the save
//! engine's intents), `sla` (policies and clocks), `draft` (the case form's
//! rules and what it keeps in the browser), `history` (a case's notes and
//! change entries), `export`, `saved`.
//! Views (Leptos, thin): `views` (the page) → `workspace` (data, writes,
//! refresh, notices) → `board`, `table`, `toolbar`; `form` (the case page), `notes`
//! (its timeline);
//! all of them name things through `parts`.

pub mod board;
pub mod draft;
pub mod export;
pub mod filters;
pub mod form;
pub mod history;
pub mod model;
pub mod notes;
pub mod parts;
pub mod saved;
pub mod sla;
pub mod sync;
pub mod table;
#[cfg(test)]
pub(crate) mod test_support;
mod toolbar;
pub mod views;
pub mod workspace;
pub mod writes;
