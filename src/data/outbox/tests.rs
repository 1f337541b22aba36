//! The outbox against a scripted backend: each expectation worked out by
//! hand from the contract's version rules.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use futures::executor::block_on;
use serde_json::json;

use super::*;
use crate::data::json_server::JsonServer;
use crate::data::save::{Creation, Event, Intent, SaveEngine};
use crate::data::test_support::{note, Note, Script};

thread_local! {
    static STORE: RefCell<HashMap<String, String>> = RefCell::default();
    static FULL: RefCell<bool> = const { RefCell::new(false) };
}

fn load(key: &str) -> Option<String> {
    STORE.with(|s| s.borrow().get(key).cloned())
}

fn save(key: &str, value: &str) -> bool {
    if FULL.with(|f| *f.borrow()) {
        return false;
    }
    STORE.with(|s| s.borrow_mut().insert(key.into(), value.into()));
    true
}

const STORE_FNS: Store = Store { load, save };

fn now() -> Timestamp {
    Timestamp::parse("2026-11-25T12:00:00Z").unwrap()
}

fn outbox() -> Outbox {
    Outbox::new("watchfloor.outbox:http://api", STORE_FNS)
}

fn provider(script: &Script) -> Provider<Script> {
    Provider::new(Box::new(JsonServer::new("http://api")), script.clone(), now)
        .with_outbox(outbox())
}

fn fields(v: Value) -> Map<String, Value> {
    v.as_object().cloned().unwrap()
}

fn case(version: i64, status: &str) -> Value {
    json!({"id": "c1", "status": status, "owner": "p1", "sensitive": false,
        "description": "d", "updated_at": "2026-11-25T10:00:00.000Z", "version": version})
}

/// Keeps `changes` for `scope` on case c1 as seen at version 3 (triage).
fn keep_on_c1(
    o: &Outbox,
    scope: &str,
    changes: Value,
    tries: Vec<(i64, Map<String, Value>)>,
    history: Option<(String, Value)>,
) -> bool {
    o.keep_update(
        scope,
        "cases",
        3,
        &case(3, "triage"),
        fields(changes),
        tries,
        history,
        now(),
    )
}

/// As [`keep_move`], with no try of its own (the engine drops a try that
/// never left: offline).
fn keep_move_untried(o: &Outbox) -> bool {
    keep_on_c1(
        o,
        "",
        json!({"status": "waiting"}),
        Vec::new(),
        Some(("case_events".into(), json!({"id": "ev1"}))),
    )
}

/// Keeps "status: waiting" on case c1 version 3, with a history record.
fn keep_move(o: &Outbox, scope: &str) -> bool {
    o.keep_update(
        scope,
        "cases",
        3,
        &case(3, "triage"),
        fields(json!({"status": "waiting"})),
        vec![(3, fields(json!({"status": "waiting"})))],
        Some(("case_events".into(), json!({"id": "ev1", "case_id": "c1"}))),
        now(),
    )
}

#[test]
fn a_kept_update_is_sent_once_on_its_version_then_its_history() {
    let script = Script::default();
    script.answer(200, &[], case(4, "waiting")).answer(
        201,
        &[],
        json!({"id": "ev1", "case_id": "c1"}),
    );
    let p = provider(&script);
    let o = outbox();
    assert!(keep_move(&o, ""));
    assert_eq!(o.entries("").len(), 1);
    let done = block_on(p.drain_outbox());
    assert_eq!(done.landed, [("cases".to_string(), "c1".to_string())]);
    assert!(!done.stopped);
    let urls = script.urls();
    assert_eq!(urls.len(), 2, "{urls:?}");
    assert!(urls[0].ends_with("/cases/c1"), "{urls:?}");
    assert_eq!(script.header(0, "If-Match").as_deref(), Some("\"3\""));
    assert_eq!(script.body(0)["status"], json!("waiting"));
    assert_eq!(script.body(0)["version"], json!(4));
    assert!(urls[1].ends_with("/case_events"), "{urls:?}");
    assert_eq!(script.body(1)["id"], json!("ev1"));
    assert!(o.entries("").is_empty(), "sent: no longer kept");
}

#[test]
fn offline_the_writes_wait_in_order_and_nothing_after_the_first_is_sent() {
    let script = Script::default();
    script.fail(DataError::Network("offline".into()));
    let p = provider(&script);
    let o = outbox();
    assert!(keep_move(&o, ""));
    assert!(o.keep_create(
        "",
        "incident_events",
        &json!({"id": "e9", "text": "update", "version": 1}),
        Vec::new(),
        now()
    ));
    let done = block_on(p.drain_outbox());
    assert!(done.stopped);
    assert!(done.landed.is_empty());
    assert_eq!(script.urls().len(), 1, "the second waits behind the first");
    let entries = o.entries("");
    assert_eq!(entries.len(), 2);
    assert_eq!(entries[0].id, "c1", "oldest first");
    assert!(
        matches!(&entries[0].state, State::Waiting { error: Some(e) } if e.contains("offline"))
    );
    // Offline, the tries never left: only the page's try stays on record.
    let Write::Update { tries, .. } = &entries[0].write else {
        panic!("an update")
    };
    assert_eq!(tries.len(), 1);
}

#[test]
fn a_try_that_landed_unseen_is_recognised_and_not_written_twice() {
    let script = Script::default();
    // First try: the answer is lost. Second: 412, the stored version is
    // the one our first try made.
    script
        .fail(DataError::Timeout)
        .answer(412, &[], json!({"current": case(4, "waiting")}))
        .answer(201, &[], json!({"id": "ev1"}));
    let p = provider(&script);
    let o = outbox();
    // Kept by the page with no try of its own.
    assert!(keep_move_untried(&o));
    assert!(block_on(p.drain_outbox()).stopped);
    let done = block_on(p.drain_outbox());
    assert_eq!(done.landed.len(), 1);
    let urls = script.urls();
    assert_eq!(urls.len(), 3, "two tries and the history: {urls:?}");
    assert!(urls[2].ends_with("/case_events"));
    assert!(o.entries("").is_empty());
}

#[test]
fn someone_elses_identical_write_ends_it_without_history() {
    let script = Script::default();
    script.answer(412, &[], json!({"current": case(4, "waiting")}));
    let p = provider(&script);
    let o = outbox();
    // Kept without a try of its own (a try that failed may have landed:
    // then v4 could be ours, as the next test shows).
    assert!(keep_move_untried(&o));
    let done = block_on(p.drain_outbox());
    assert_eq!(done.landed.len(), 1);
    assert_eq!(
        script.urls().len(),
        1,
        "no history for a save we did not make"
    );
    assert!(o.entries("").is_empty());
}

#[test]
fn a_newer_version_is_a_conflict_naming_their_fields_never_overwritten() {
    let script = Script::default();
    let mut theirs = case(4, "triage");
    theirs["owner"] = json!("p2");
    script.answer(412, &[], json!({"current": theirs}));
    let p = provider(&script);
    let o = outbox();
    assert!(keep_move(&o, ""));
    let done = block_on(p.drain_outbox());
    assert!(done.landed.is_empty() && !done.stopped);
    assert_eq!(script.urls().len(), 1, "no second write");
    let entry = &o.entries("")[0];
    let State::Conflict {
        theirs, overlap, ..
    } = &entry.state
    else {
        panic!("a conflict: {:?}", entry.state)
    };
    assert_eq!(theirs, &["owner"]);
    assert!(overlap.is_empty());
    // Their field is not one mine writes: mine may go on top, on v4.
    assert!(o.apply_on_top("", entry.seq));
    script.answer(200, &[], case(5, "waiting"));
    block_on(p.drain_outbox());
    assert_eq!(script.header(1, "If-Match").as_deref(), Some("\"4\""));
    assert_eq!(script.urls().len(), 2, "the history made for v3 is dropped");
    assert!(o.entries("").is_empty());
}

#[test]
fn an_overlapping_conflict_cannot_be_applied_blindly() {
    let script = Script::default();
    script.answer(412, &[], json!({"current": case(4, "resolved")}));
    let p = provider(&script);
    let o = outbox();
    assert!(keep_move(&o, ""));
    block_on(p.drain_outbox());
    let entry = &o.entries("")[0];
    assert!(matches!(&entry.state, State::Conflict { overlap, .. } if overlap == &["status"]));
    assert!(!o.apply_on_top("", entry.seq));
    o.discard("", entry.seq);
    assert!(o.entries("").is_empty());
}

#[test]
fn a_refusal_is_failed_and_the_next_write_still_goes() {
    let script = Script::default();
    script
        .answer(400, &[], json!({"error": "bad status"}))
        .answer(
            201,
            &[],
            json!({"id": "e9", "text": "update", "version": 1}),
        );
    let p = provider(&script);
    let o = outbox();
    assert!(keep_on_c1(
        &o,
        "",
        json!({"status": "nonsense"}),
        Vec::new(),
        None
    ));
    assert!(o.keep_create(
        "",
        "incident_events",
        &json!({"id": "e9", "text": "update", "version": 1}),
        Vec::new(),
        now()
    ));
    let done = block_on(p.drain_outbox());
    assert_eq!(
        done.landed,
        [("incident_events".to_string(), "e9".to_string())]
    );
    let entries = o.entries("");
    assert_eq!(entries.len(), 1);
    assert!(matches!(entries[0].state, State::Failed { .. }));
    // Not sent again unless asked.
    block_on(p.drain_outbox());
    assert_eq!(script.urls().len(), 2);
    o.again("", entries[0].seq);
    assert!(matches!(o.entries("")[0].state, State::Waiting { .. }));
}

#[test]
fn a_create_whose_answer_was_lost_is_recognised_by_its_stored_record() {
    let script = Script::default();
    let value = json!({"id": "e9", "text": "update", "version": 1});
    script
        .answer(409, &[], json!({}))
        .answer(200, &[], value.clone());
    let p = provider(&script);
    let o = outbox();
    assert!(o.keep_create("", "incident_events", &value, Vec::new(), now()));
    let done = block_on(p.drain_outbox());
    assert_eq!(done.landed.len(), 1);
    assert_eq!(
        script.urls().len(),
        2,
        "a post, then a look: no second post"
    );
    assert!(o.entries("").is_empty());
}

#[test]
fn someone_elses_record_under_the_id_is_a_duplicate() {
    let script = Script::default();
    script.answer(409, &[], json!({})).answer(
        200,
        &[],
        json!({"id": "e9", "text": "not mine", "version": 1}),
    );
    let p = provider(&script);
    let o = outbox();
    let value = json!({"id": "e9", "text": "update", "version": 1});
    assert!(o.keep_create("", "incident_events", &value, Vec::new(), now()));
    block_on(p.drain_outbox());
    assert!(matches!(o.entries("")[0].state, State::Failed { .. }));
}

#[test]
fn sensitive_descriptions_are_never_kept() {
    let o = outbox();
    let mut sensitive = case(3, "triage");
    sensitive["sensitive"] = json!(true);
    let keep = |base: &Value, changes: Value| {
        o.keep_update(
            "",
            "cases",
            3,
            base,
            fields(changes),
            Vec::new(),
            None,
            now(),
        )
    };
    assert!(!keep(&sensitive, json!({"description": "graphic"})));
    let mut unknown = case(3, "triage");
    unknown.as_object_mut().unwrap().remove("sensitive");
    assert!(!keep(&unknown, json!({"description": "graphic"})));
    // Marking it sensitive with a new description: not kept either.
    assert!(!keep(
        &case(3, "triage"),
        json!({"description": "x", "sensitive": true})
    ));
    assert!(o.entries("").is_empty());
    // A move of a sensitive case is kept, without its description.
    assert!(keep(&sensitive, json!({"status": "waiting"})));
    let Write::Update { based_on, .. } = &o.entries("")[0].write else {
        panic!("an update")
    };
    assert!(based_on.get("description").is_none(), "{based_on}");
    assert!(based_on.get("owner").is_some());
    // A person's wellbeing check-in is never kept in the browser.
    assert!(!o.keep_create(
        "",
        "check_ins",
        &json!({"id": "k1", "notes": "rough week"}),
        Vec::new(),
        now()
    ));
    // A new record with a description it does not say is not sensitive.
    assert!(!o.keep_create(
        "",
        "cases",
        &json!({"id": "c9", "description": "x"}),
        Vec::new(),
        now()
    ));
    assert!(o.keep_create(
        "",
        "cases",
        &json!({"id": "c9", "description": "x", "sensitive": false}),
        Vec::new(),
        now()
    ));
}

#[test]
fn writes_to_one_record_join_and_each_person_sees_only_theirs() {
    let o = outbox();
    assert!(keep_move(&o, "alice"));
    assert!(keep_on_c1(
        &o,
        "alice",
        json!({"owner": "p7"}),
        Vec::new(),
        None
    ));
    let entries = o.entries("alice");
    assert_eq!(entries.len(), 1, "one update per record");
    let Write::Update {
        changes,
        expect,
        history,
        ..
    } = &entries[0].write
    else {
        panic!("an update")
    };
    assert_eq!(*expect, 3);
    assert_eq!(changes["status"], json!("waiting"));
    assert_eq!(changes["owner"], json!("p7"));
    assert!(history.is_none(), "made for the first fields only");
    assert!(o.entries("bob").is_empty());
    let script = Script::default();
    let p = provider(&script);
    p.set_token(Some("bob-token".into()));
    block_on(p.drain_outbox());
    assert!(script.urls().is_empty(), "bob never sends alice's writes");
    assert_ne!(scope_of(Some("a")), scope_of(Some("b")));
}

#[test]
fn a_damaged_or_full_store_loses_nothing_and_panics_never() {
    let o = outbox();
    save("watchfloor.outbox:http://api", "{not json");
    assert!(o.entries("").is_empty());
    assert!(keep_move(&o, ""));
    save(
        "watchfloor.outbox:http://api",
        &json!({"next": 5, "entries": [{"seq": "odd"}, o.entries("")[0].to_json()]}).to_string(),
    );
    assert_eq!(o.entries("").len(), 1, "the readable entry is kept");
    assert!(keep_move(&o, ""));
    let text = load("watchfloor.outbox:http://api").unwrap();
    assert!(text.contains("odd"), "an unreadable entry is not deleted");
    FULL.with(|f| *f.borrow_mut() = true);
    assert!(!o.keep_create("", "x", &json!({"id": "y"}), Vec::new(), now()));
    FULL.with(|f| *f.borrow_mut() = false);
}

/// A write of the `status` field.
#[derive(Debug, Clone, PartialEq)]
struct Text(&'static str);

impl Intent<Note> for Text {
    fn changes(&self, base: &Note, _: Timestamp) -> Option<Map<String, Value>> {
        (base.text.as_deref() != Some(self.0)).then(|| fields(json!({"text": self.0})))
    }
}

#[test]
fn the_engine_keeps_a_write_that_cannot_reach_the_backend_and_later_ones_join_it() {
    let script = Script::default();
    script.fail(DataError::Network("offline".into()));
    let heard = Rc::new(RefCell::new(Vec::new()));
    let events = heard.clone();
    let engine: SaveEngine<Script, Note, Text> =
        SaveEngine::new(provider(&script), move |e| events.borrow_mut().push(e)).with_history(
            |_, saved: &Note, _| Some(("history", json!({"id": "h", "version": saved.version}))),
        );
    block_on(engine.submit(&note(3, "a"), Text("b")).expect("a writer"));
    assert!(heard
        .borrow()
        .iter()
        .any(|e| matches!(e, Event::Queued { id, .. } if id == "n1")));
    assert!(!heard
        .borrow()
        .iter()
        .any(|e| matches!(e, Event::Failed { .. })));
    let o = outbox();
    let entry = &o.entries("")[0];
    let Write::Update {
        expect,
        changes,
        tries,
        history,
        ..
    } = &entry.write
    else {
        panic!("an update")
    };
    assert_eq!(*expect, 3);
    assert_eq!(changes["text"], json!("b"));
    assert!(
        tries.is_empty(),
        "offline, the try never left: it cannot have landed"
    );
    // The history as it will be when it lands: on version 4.
    assert_eq!(
        history.as_ref().map(|h| h.1["version"].clone()),
        Some(json!(4))
    );
    // A later write of the same record joins it: nothing is sent.
    assert!(engine.submit(&note(3, "a"), Text("c")).is_none());
    assert_eq!(script.urls().len(), 1);
    let entries = o.entries("");
    assert_eq!(entries.len(), 1);
    assert_eq!(entries[0].value_of("text"), Some(&json!("c")));
    // Back online: one write of the newest text on version 3.
    script.answer(200, &[], json!({"id": "n1", "text": "c", "version": 4}));
    block_on(provider(&script).drain_outbox());
    assert_eq!(script.urls().len(), 2);
    assert_eq!(script.body(1)["text"], json!("c"));
    assert_eq!(script.header(1, "If-Match").as_deref(), Some("\"3\""));
}

#[test]
fn a_create_that_cannot_reach_the_backend_waits_with_its_id() {
    let script = Script::default();
    script
        .fail(DataError::Network("offline".into()))
        .fail(DataError::Network("offline".into()));
    let p = provider(&script);
    let creation = Creation::default();
    let err = block_on(creation.create(&p, &note(0, "hello"))).unwrap_err();
    assert_eq!(err, DataError::Queued);
    // The person presses again: the value kept is replaced, nothing sent.
    let err = block_on(creation.create(&p, &note(0, "hello!"))).unwrap_err();
    assert_eq!(err, DataError::Queued);
    assert_eq!(script.urls().len(), 2, "a post and a look, once");
    let entries = outbox().entries("");
    assert_eq!(entries.len(), 1);
    assert_eq!(entries[0].value_of("text"), Some(&json!("hello!")));
    assert_eq!(entries[0].value_of("version"), Some(&json!(1)));
}

#[test]
fn every_entry_reads_back_as_it_was_written() {
    let update = Entry {
        seq: 3,
        scope: "s".into(),
        collection: "cases".into(),
        id: "c1".into(),
        made_at: now().to_wire(),
        write: Write::Update {
            expect: 3,
            based_on: case(3, "triage"),
            changes: fields(json!({"status": "waiting"})),
            tries: vec![(3, fields(json!({"status": "waiting"})))],
            history: Some(("case_events".into(), json!({"id": "ev"}))),
            stamped: true,
        },
        state: State::Conflict {
            theirs: vec!["owner".into()],
            overlap: vec![],
            current: Some(case(4, "triage")),
        },
    };
    let create = Entry {
        write: Write::Create {
            value: json!({"id": "e1"}),
            sent: vec![json!({"id": "e1"})],
        },
        state: State::Failed { error: "no".into() },
        ..update.clone()
    };
    let waiting = Entry {
        state: State::Waiting { error: None },
        ..create.clone()
    };
    for e in [update, create, waiting] {
        assert_eq!(Entry::from_json(&e.to_json()), Some(e));
    }
    assert_eq!(Entry::from_json(&json!({"seq": 1, "kind": "update"})), None);
}

// From the adversarial review of the first version (each failed on it).

/// A backend whose answers never hold a field as sent (it drops a null)
/// must not make the outbox write forever.
#[test]
fn a_backend_that_never_keeps_a_field_is_not_written_to_forever() {
    let script = Script::default();
    let n = Rc::new(std::cell::Cell::new(0usize));
    let count = n.clone();
    script.backend(move |_, _| {
        count.set(count.get() + 1);
        if count.get() > 40 {
            return Err(DataError::Network("stop".into()));
        }
        Ok(crate::data::test_support::response(
            200,
            &[],
            json!({"id": "c1", "status": "triage", "version": 3 + count.get() as i64}),
        ))
    });
    let p = provider(&script);
    let o = outbox();
    assert!(keep_on_c1(&o, "", json!({"owner": null}), Vec::new(), None));
    block_on(p.drain_outbox());
    assert_eq!(script.urls().len(), 1, "one write: what was sent is done");
    assert!(o.entries("").is_empty());
}

/// Tries that never left (offline ticks) are one try: another lead's
/// identical save is theirs, with no history of ours.
#[test]
fn an_identical_save_after_offline_ticks_is_theirs() {
    let script = Script::default();
    script
        .fail(DataError::Network("offline".into()))
        .fail(DataError::Network("offline".into()))
        .answer(412, &[], json!({"current": case(4, "waiting")}))
        .answer(201, &[], json!({"id": "ev1"}));
    let p = provider(&script);
    let o = outbox();
    // Kept by the engine after an offline failure: no try that may have landed.
    assert!(keep_move_untried(&o));
    assert!(block_on(p.drain_outbox()).stopped);
    assert!(block_on(p.drain_outbox()).stopped);
    block_on(p.drain_outbox());
    assert_eq!(
        script.urls().len(),
        3,
        "no history for their save: {:?}",
        script.urls()
    );
    assert!(o.entries("").is_empty());
}

/// The portal hands over another person's token while a create is on its
/// way: nothing more is sent with it.
#[test]
fn a_token_handed_over_mid_drain_sends_nothing_of_the_earlier_person() {
    let script = Script::default();
    let p = provider(&script);
    p.set_token(Some("alice".into()));
    let o = outbox();
    let scope = scope_of(Some("alice"));
    let v1 = json!({"id": "e9", "text": "upd", "version": 1});
    let v2 = json!({"id": "e9", "text": "update", "version": 1});
    assert!(o.keep_create(&scope, "incident_events", &v2, vec![v1.clone()], now()));
    let handover = p.clone();
    script
        .answer_after(
            move || handover.set_token(Some("bob".into())),
            409,
            json!({}),
        )
        .answer(200, &[], v1)
        .answer(
            200,
            &[],
            json!({"id": "e9", "text": "update", "version": 2}),
        );
    block_on(p.drain_outbox());
    let urls = script.urls();
    for i in 0..urls.len() {
        assert_ne!(
            script.header(i, "Authorization").as_deref(),
            Some("Bearer bob"),
            "{urls:?}"
        );
    }
    assert_eq!(o.entries(&scope).len(), 1, "still alice's, waiting");
    assert!(o.entries(&scope_of(Some("bob"))).is_empty());
}

/// A write is kept for the person who made it, not for whoever is signed
/// in when it fails.
#[test]
fn the_engine_keeps_a_write_for_whoever_made_it() {
    let script = Script::default();
    let p = provider(&script);
    p.set_token(Some("alice".into()));
    let handover = p.clone();
    script.answer_after(
        move || handover.set_token(Some("bob".into())),
        504,
        json!({}),
    );
    let engine: SaveEngine<Script, Note, Text> = SaveEngine::new(p.clone(), |_| {});
    block_on(engine.submit(&note(3, "a"), Text("b")).expect("a writer"));
    let o = outbox();
    assert_eq!(o.entries(&scope_of(Some("alice"))).len(), 1);
    assert!(o.entries(&scope_of(Some("bob"))).is_empty());
}

/// Unpadded base64url of `text`.
fn b64(text: &str) -> String {
    const A: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let mut out = String::new();
    for chunk in text.as_bytes().chunks(3) {
        let n = chunk.iter().fold(0u32, |a, b| (a << 8) | u32::from(*b)) << (8 * (3 - chunk.len()));
        for i in 0..=chunk.len() {
            out.push(A[((n >> (18 - 6 * i)) & 63) as usize] as char);
        }
    }
    out
}

/// A JWT with these claims (signature not checked by the outbox).
fn jwt(claims: &str) -> String {
    format!("{}.{}.sig", b64(r#"{"alg":"HS256"}"#), b64(claims))
}

/// A refreshed JWT of the same person is the same person; another
/// subject is not.
#[test]
fn a_refreshed_token_of_the_same_person_keeps_their_writes() {
    let first = jwt(r#"{"iss":"portal","sub":"alice","exp":1}"#);
    let refreshed = jwt(r#"{"iss":"portal","sub":"alice","exp":2}"#);
    let bob = jwt(r#"{"iss":"portal","sub":"bob","exp":1}"#);
    assert_eq!(scope_of(Some(&first)), scope_of(Some(&refreshed)));
    assert_ne!(scope_of(Some(&first)), scope_of(Some(&bob)));
    assert_ne!(scope_of(Some("opaque-1")), scope_of(Some("opaque-2")));
    assert_eq!(base64url("aGk"), Some(b"hi".to_vec()));
    assert_eq!(base64url("a*b"), None);
}

/// PocketBase's tokens carry no `iss` or `sub`: the person is the account's
/// `id` in its auth collection, so a token from signing in again (or a
/// refresh) is the same person, with the same queued writes.
#[test]
fn a_pocketbase_token_is_its_accounts_person() {
    // As PocketBase 0.40 signs them (HS256 over these claims), with the
    // header and payload exactly as it writes them.
    let pocketbase = |id: &str, collection: &str, exp: u64| {
        format!(
            "{}.{}.{}",
            b64(r#"{"alg":"HS256","typ":"JWT"}"#),
            b64(&format!(
                r#"{{"collectionId":"{collection}","exp":{exp},"id":"{id}","refreshable":true,"type":"auth"}}"#
            )),
            "Tfe0OvP1HJfLkkS5R6Dq1r2gSn4eNrIjnrZ8bt0J0DA"
        )
    };
    let monday = pocketbase("r8x2k1m0q4v6n3p", "_pb_users_auth_", 1_795_000_000);
    let tuesday = pocketbase("r8x2k1m0q4v6n3p", "_pb_users_auth_", 1_795_086_400);
    // The first part of the token decodes to PocketBase's header.
    assert!(
        monday.starts_with("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9."),
        "{monday}"
    );
    assert_ne!(monday, tuesday);
    assert_eq!(scope_of(Some(&monday)), scope_of(Some(&tuesday)));
    // FNV-1a of "pocketbase _pb_users_auth_ r8x2k1m0q4v6n3p" (computed
    // apart, in Python): the person, not the token.
    assert_eq!(scope_of(Some(&monday)), "4a622e801d2e909f");
    // Claims that do not decode: the token is only itself.
    let cut = monday.replacen(".eyJ", ".eyK", 1);
    assert_ne!(scope_of(Some(&cut)), scope_of(Some(&monday)));
    assert_ne!(scope_of(Some(&cut)), scope_of(Some(&format!("{cut}x"))));
    let other = pocketbase("a1b2c3d4e5f6g7h", "_pb_users_auth_", 1_795_000_000);
    assert_ne!(scope_of(Some(&monday)), scope_of(Some(&other)));
    // A superuser with the same id is someone else.
    let superuser = pocketbase("r8x2k1m0q4v6n3p", "pbc_3142635823", 1_795_000_000);
    assert_ne!(scope_of(Some(&monday)), scope_of(Some(&superuser)));
    // A token naming no account is only itself.
    let nobody = jwt(r#"{"collectionId":"_pb_users_auth_","exp":1}"#);
    let nobody_later = jwt(r#"{"collectionId":"_pb_users_auth_","exp":2}"#);
    assert_ne!(scope_of(Some(&nobody)), scope_of(Some(&nobody_later)));
    // A `sub` wins over PocketBase's claims.
    let both = jwt(r#"{"iss":"portal","sub":"alice","collectionId":"c","id":"x"}"#);
    assert_eq!(
        scope_of(Some(&both)),
        scope_of(Some(&jwt(r#"{"iss":"portal","sub":"alice"}"#)))
    );
}

/// No sensitive description reaches the store by joining a write that
/// makes the case sensitive, or through an earlier try.
#[test]
fn no_sensitive_description_by_joining_or_through_tries() {
    let o = outbox();
    assert!(keep_on_c1(
        &o,
        "",
        json!({"description": "SECRET1"}),
        Vec::new(),
        None
    ));
    let joined = keep_on_c1(&o, "", json!({"sensitive": true}), Vec::new(), None);
    assert!(!joined, "refused: it would keep a sensitive description");
    let mut sensitive = case(3, "triage");
    sensitive["id"] = json!("c2");
    sensitive["sensitive"] = json!(true);
    let via_tries = o.keep_update(
        "",
        "cases",
        3,
        &sensitive,
        fields(json!({"status": "waiting"})),
        vec![(3, fields(json!({"description": "SECRET2"})))],
        None,
        now(),
    );
    assert!(!via_tries);
    let text = load("watchfloor.outbox:http://api").unwrap();
    assert!(!text.contains("SECRET2"));
    assert_eq!(
        o.entries("")[0].value_of("sensitive"),
        None,
        "the join did not happen"
    );
}

/// An entry in conflict waits for the person: a new edit of the record,
/// made on the version they now see, is sent, not swallowed.
#[test]
fn a_new_edit_does_not_join_an_entry_in_conflict() {
    let script = Script::default();
    script.answer(
        412,
        &[],
        json!({"current": {"id": "n1", "text": "other", "version": 4}}),
    );
    let p = provider(&script);
    let o = outbox();
    let base = serde_json::to_value(note(3, "a")).unwrap();
    assert!(o.keep_update(
        "",
        "notes",
        3,
        &base,
        fields(json!({"text": "b"})),
        Vec::new(),
        None,
        now()
    ));
    block_on(p.drain_outbox());
    assert!(matches!(o.entries("")[0].state, State::Conflict { .. }));
    script.answer(
        200,
        &[],
        json!({"id": "n1", "text": "mine, having seen v4", "version": 5}),
    );
    let engine: SaveEngine<Script, Note, Text> = SaveEngine::new(p.clone(), |_| {});
    let run = engine
        .submit(&note(4, "other"), Text("mine, having seen v4"))
        .expect("sent, not joined");
    block_on(run);
    assert_eq!(script.urls().len(), 2);
    assert_eq!(script.header(1, "If-Match").as_deref(), Some("\"4\""));
}

/// Offline ticks do not grow the store.
#[test]
fn offline_ticks_do_not_grow_the_store() {
    let script = Script::default();
    for _ in 0..20 {
        script.fail(DataError::Network("offline".into()));
    }
    let p = provider(&script);
    let o = outbox();
    assert!(keep_move(&o, ""));
    for _ in 0..20 {
        block_on(p.drain_outbox());
    }
    let Write::Update { tries, .. } = &o.entries("")[0].write else {
        panic!("an update")
    };
    assert_eq!(tries.len(), 1);
}

/// A record someone made sensitive meanwhile: the queued description is
/// dropped from the store with the conflict; the backend's words are not
/// kept with a refusal.
#[test]
fn a_case_made_sensitive_meanwhile_drops_the_queued_description() {
    let script = Script::default();
    let mut theirs = case(4, "triage");
    theirs["sensitive"] = json!(true);
    script.answer(412, &[], json!({"current": theirs})).answer(
        422,
        &[],
        json!({"message": "description 'SECRET3' too long"}),
    );
    let p = provider(&script);
    let o = outbox();
    assert!(keep_on_c1(
        &o,
        "",
        json!({"description": "SECRET", "status": "waiting"}),
        Vec::new(),
        None
    ));
    assert!(o.keep_create(
        "",
        "notes",
        &json!({"id": "n9", "text": "x", "version": 1}),
        Vec::new(),
        now()
    ));
    block_on(p.drain_outbox());
    let text = load("watchfloor.outbox:http://api").unwrap();
    assert!(!text.contains("SECRET"), "{text}");
    assert!(matches!(o.entries("")[1].state, State::Failed { .. }));
}

// From the second review.

/// Fields joined while each of two writes was on its way are sent, one
/// write after the other, and nothing is marked failed.
#[test]
fn fields_joined_during_two_writes_in_a_row_are_all_sent() {
    let script = Script::default();
    let o = outbox();
    let (j1, j2) = (o.clone(), o.clone());
    script
        .answer_after(
            move || {
                keep_on_c1(&j1, "", json!({"owner": "p7"}), Vec::new(), None);
            },
            200,
            case(4, "waiting"),
        )
        .answer_after(
            move || {
                keep_on_c1(&j2, "", json!({"priority": "P0"}), Vec::new(), None);
            },
            200,
            json!({"id": "c1", "status": "waiting", "owner": "p7", "version": 5}),
        )
        .answer(
            200,
            &[],
            json!({"id": "c1", "status": "waiting", "owner": "p7", "priority": "P0", "version": 6}),
        );
    let p = provider(&script);
    assert!(keep_on_c1(
        &o,
        "",
        json!({"status": "waiting"}),
        Vec::new(),
        None
    ));
    block_on(p.drain_outbox());
    assert_eq!(script.urls().len(), 3);
    assert_eq!(script.body(1)["owner"], json!("p7"));
    assert_eq!(script.body(2)["priority"], json!("P0"));
    assert_eq!(script.header(2, "If-Match").as_deref(), Some("\"5\""));
    assert!(o.entries("").is_empty());
}

/// A backend that trims a text (or drops a null) does not make the outbox
/// write again: what was sent is done once stored.
#[test]
fn a_backend_that_changes_what_it_stores_gets_one_write() {
    let script = Script::default();
    script.answer(
        200,
        &[],
        json!({"id": "c1", "title": "trimmed", "version": 4}),
    );
    let p = provider(&script);
    let o = outbox();
    assert!(keep_on_c1(
        &o,
        "",
        json!({"title": "  trimmed  "}),
        Vec::new(),
        None
    ));
    block_on(p.drain_outbox());
    block_on(p.drain_outbox());
    assert_eq!(script.urls().len(), 1);
    assert!(o.entries("").is_empty());
}

/// The save engine's own queue: a token handed over while Alice's first
/// edit is on its way sends none of hers as Bob; the rest is kept for her.
#[test]
fn the_engines_queue_sends_nothing_of_the_earlier_person_after_a_handover() {
    let script = Script::default();
    let p = provider(&script);
    p.set_token(Some("alice".into()));
    let handover = p.clone();
    script.answer_after(
        move || handover.set_token(Some("bob".into())),
        200,
        json!({"id": "n1", "text": "b", "version": 4}),
    );
    let engine: SaveEngine<Script, Note, Text> = SaveEngine::new(p.clone(), |_| {});
    let run = engine.submit(&note(3, "a"), Text("b")).expect("a writer");
    assert!(
        engine.submit(&note(3, "a"), Text("c")).is_none(),
        "queued behind"
    );
    block_on(run);
    assert_eq!(script.urls().len(), 1, "the second edit is not sent as bob");
    assert_eq!(
        script.header(0, "Authorization").as_deref(),
        Some("Bearer alice")
    );
    let alice = outbox().entries(&scope_of(Some("alice")));
    assert_eq!(alice.len(), 1, "kept for alice");
    assert_eq!(alice[0].value_of("text"), Some(&json!("c")));
}
