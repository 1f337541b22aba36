//! Shared UI pieces. Each says when to use it; their styles are in
//! `style/main.css` under the same class names.

mod clocks;
pub mod feed;
mod fold;
pub mod keys;
pub mod live;
mod me;
pub mod notices;
mod offline;
mod outbox;
mod records;
mod saving;
pub mod sign_in;
mod timeline;
pub mod window;

pub use clocks::{use_ticking_now, RegionClocks};
pub use feed::{provide_feed, FeedStatus};
pub use fold::Fold;
pub use live::{use_live_list, use_live_list_full_every, Live, LiveState};
pub use me::{provide_me, use_me, Me, MePicker};
pub use offline::OfflineBanner;
pub use outbox::OutboxPanel;
pub use records::{
    count_line, error_message, use_records, use_records_any, DamagedList, DataEpoch, ErrorPanel,
    Loading, RecordsView,
};
pub use saving::{use_saver, use_saver_with_history, use_saver_with_reported_history, Saver};
pub use timeline::{
    composer_time, edited_time, focus_after_delete, from_input, ordered, parse_input, read_time,
    read_typed, time_field, to_input, typed_time, Draft, Entry, Extras, Kind, TimeProblem,
    Timeline, TypedTime,
};
