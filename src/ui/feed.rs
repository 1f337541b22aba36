//! The backend's push feed of changes in the browser: one `EventSource`
//! for the app, subscribed as the signed-in person, telling the open pages
//! which records someone changed (`data::feed`). Pages ask their own query
//! for what changed, so a change shows within a round trip, without
//! polling; while the feed is down they poll as they do on a backend
//! without one. The page says which it is ([`FeedStatus`]).

use std::rc::Rc;

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::prelude::*;

use crate::data::feed::{Action, Change, FeedEvent};
use crate::data::AppProvider;
use crate::i18n::{text, use_i18n};

use super::DataEpoch;

/// Where the feed stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FeedState {
    /// The backend has no feed: pages poll.
    Absent,
    Connecting,
    Live,
    /// Lost (or refused): pages poll until it is back.
    Down,
}

/// What a page is told.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Push {
    Changed(Change),
    /// The feed is (back) up: what changed meanwhile was not pushed.
    Resumed,
}

type OnPush = Rc<dyn Fn(&Push)>;
type Listener = (u64, &'static str, OnPush);

/// The feed's handles (in context, `Copy`).
#[derive(Clone, Copy)]
pub struct Feed {
    pub state: RwSignal<FeedState>,
    listeners: StoredValue<Vec<Listener>, LocalStorage>,
    next: StoredValue<u64>,
    /// Raised to open the stream anew.
    attempt: RwSignal<u32>,
    /// Which opening of the stream is the current one: what an earlier
    /// one's late answers say is ignored.
    generation: StoredValue<u64>,
}

impl Feed {
    /// Opens the stream anew (a new token of the same person: the stream
    /// follows whoever subscribes it).
    pub fn restart(&self) {
        self.attempt.try_update(|n| *n += 1);
    }

    fn current(&self, generation: u64) -> bool {
        self.generation.try_get_value() == Some(generation)
    }

    fn tell(&self, collection: Option<&str>, push: &Push) {
        // Listeners may add or remove listeners: call a copy.
        let listeners: Vec<OnPush> = self
            .listeners
            .try_with_value(|l| {
                l.iter()
                    .filter(|(_, c, _)| collection.is_none_or(|want| want == *c))
                    .map(|(_, _, f)| f.clone())
                    .collect()
            })
            .unwrap_or_default();
        for listener in listeners {
            listener(push);
        }
    }
}

/// Whether the feed is live now (untracked): pages skip their polls then.
pub fn feed_live() -> bool {
    use_context::<Feed>()
        .and_then(|f| f.state.try_get_untracked())
        .is_some_and(|s| s == FeedState::Live)
}

/// Calls `on` with every push about `collection` while the calling page
/// is open.
pub fn use_feed(collection: &'static str, on: impl Fn(&Push) + 'static) {
    let Some(feed) = use_context::<Feed>() else {
        return;
    };
    let id = feed.next.get_value();
    feed.next.set_value(id + 1);
    feed.listeners
        .update_value(|l| l.push((id, collection, Rc::new(on))));
    on_cleanup(move || {
        feed.listeners
            .try_update_value(|l| l.retain(|(i, _, _)| *i != id));
    });
}

/// How long to wait before opening a stream the browser gave up on (the
/// backend down, a proxy's error page): the browser retries a dropped
/// stream by itself, but not a refused one.
const REOPEN_MS: u64 = 10_000;

/// Starts the feed when the backend has one, anew whenever the data is
/// loaded anew (a token handed over or signed in: the stream then follows
/// that person), and puts it in context.
pub fn provide_feed(provider: AppProvider, epoch: DataEpoch) {
    let feed = Feed {
        state: RwSignal::new(FeedState::Absent),
        listeners: StoredValue::new_local(Vec::new()),
        next: StoredValue::new(0),
        attempt: RwSignal::new(0),
        generation: StoredValue::new(0),
    };
    provide_context(feed);
    let Some(url) = provider.feed_url() else {
        return;
    };
    let url = crate::platform::resolve_url(&url);
    let open = StoredValue::new_local(None::<Stream>);
    Effect::new(move |_| {
        epoch.track();
        feed.attempt.track();
        if let Some(old) = open.try_update_value(Option::take).flatten() {
            old.close();
        }
        feed.generation.update_value(|g| *g += 1);
        feed.state.set(FeedState::Connecting);
        match Stream::open(&url, provider.clone(), feed, feed.generation.get_value()) {
            Ok(stream) => open.set_value(Some(stream)),
            Err(()) => feed.state.set(FeedState::Down),
        }
    });
    on_cleanup(move || {
        if let Some(old) = open.try_update_value(Option::take).flatten() {
            old.close();
        }
    });
}

/// One open `EventSource` and its listeners (dropped with it).
struct Stream {
    source: web_sys::EventSource,
    _listeners: Vec<Closure<dyn FnMut(web_sys::MessageEvent)>>,
    _error: Closure<dyn FnMut(web_sys::Event)>,
}

impl Stream {
    fn open(url: &str, provider: AppProvider, feed: Feed, generation: u64) -> Result<Stream, ()> {
        let source = web_sys::EventSource::new(url).map_err(|_| ())?;
        let mut listeners = Vec::new();
        for name in provider.feed_events() {
            let provider = provider.clone();
            let event_name = name.clone();
            let on = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(
                move |event: web_sys::MessageEvent| {
                    let data = event.data().as_string().unwrap_or_default();
                    match provider.feed_event(&event_name, &data) {
                        FeedEvent::Connected { client_id } => {
                            let provider = provider.clone();
                            spawn_local(async move {
                                let up = provider.subscribe_feed(&client_id).await.is_ok();
                                // A stream closed meanwhile says nothing.
                                if !feed.current(generation) {
                                    return;
                                }
                                let now = if up { FeedState::Live } else { FeedState::Down };
                                feed.state.try_set(now);
                                // Whatever changed before this subscription
                                // (while down, or since the page loaded) was
                                // not pushed: every page asks once.
                                if up {
                                    feed.tell(None, &Push::Resumed);
                                }
                            });
                        }
                        FeedEvent::Change(change) if feed.current(generation) => {
                            let collection = change.collection.clone();
                            feed.tell(Some(&collection), &Push::Changed(change));
                        }
                        FeedEvent::Change(_) | FeedEvent::Ignored => {}
                    }
                },
            );
            source
                .add_event_listener_with_callback(&name, on.as_ref().unchecked_ref())
                .map_err(|_| ())?;
            listeners.push(on);
        }
        let watched = source.clone();
        let error = Closure::<dyn FnMut(web_sys::Event)>::new(move |_| {
            if !feed.current(generation) {
                return;
            }
            feed.state.try_set(FeedState::Down);
            // Closed: the browser will not retry; open it again later.
            if watched.ready_state() == web_sys::EventSource::CLOSED {
                set_timeout(
                    move || {
                        if feed.current(generation) {
                            feed.restart();
                        }
                    },
                    std::time::Duration::from_millis(REOPEN_MS),
                );
            }
        });
        source.set_onerror(Some(error.as_ref().unchecked_ref()));
        Ok(Stream {
            source,
            _listeners: listeners,
            _error: error,
        })
    }

    fn close(&self) {
        self.source.set_onerror(None);
        self.source.close();
    }
}

/// Says whether changes by others show at once (live) or at the next
/// refresh; nothing on a backend without a feed.
#[component]
pub fn FeedStatus() -> impl IntoView {
    let i18n = use_i18n();
    let Some(feed) = use_context::<Feed>() else {
        return ().into_any();
    };
    let status = move || {
        let (state, key, hint) = match feed.state.get() {
            FeedState::Absent => return None,
            FeedState::Live => ("live", "feed-live", "feed-live-hint"),
            FeedState::Connecting => ("connecting", "feed-connecting", "feed-down-hint"),
            FeedState::Down => ("down", "feed-down", "feed-down-hint"),
        };
        Some(view! {
            <p class="feed-status" data-feed=state role="status" title=move || i18n.tr(hint)>
                <span class="feed-dot" aria-hidden="true"></span>
                {text(key)}
                <span class="visually-hidden">": " {text(hint)}</span>
            </p>
        })
    };
    status.into_any()
}

/// For a page's live list: on a change to its collection, `refresh` (asks
/// its own query what changed); a deletion is `remove`d at once.
pub fn follow(collection: &'static str, refresh: Callback<()>, remove: Callback<String>) {
    use_feed(collection, move |push| match push {
        Push::Changed(Change {
            action: Action::Delete,
            id,
            ..
        }) => remove.run(id.clone()),
        Push::Changed(_) | Push::Resumed => refresh.run(()),
    });
}
