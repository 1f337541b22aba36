//! The "now" view (`/now`, the home on a phone): what matters in a crisis
//! on one screen. `logic` chooses and orders (plain Rust, host tests);
//! `views` shows it and writes through the save engine and `Adder`, as the
//! case board and the incident page do.

pub mod logic;
pub mod views;
