use super::*;
use crate::data::test_support::text_response as response;
use crate::data::{Filter, PageRequest, Sort};
use serde_json::json;

const BASE: &str = "http://127.0.0.1:8090/";

fn list_url(collection: &str, params: ListParams) -> String {
    PocketBase::new(BASE).list(collection, &params).unwrap().url
}

fn filters(filters: Vec<Filter>) -> ListParams {
    ListParams {
        filters,
        ..Default::default()
    }
}

/// The `filter` the list sends, decoded back from its URL.
fn sent_filter(collection: &str, params: ListParams) -> String {
    let url = list_url(collection, params);
    let query = url.split_once('?').map(|(_, q)| q).unwrap_or_default();
    let encoded = query
        .split('&')
        .find_map(|pair| pair.strip_prefix("filter="))
        .unwrap_or_default();
    percent_decode(encoded)
}

fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            out.push(u8::from_str_radix(&text[i + 1..i + 3], 16).unwrap());
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).unwrap()
}

#[test]
fn list_urls_are_exact() {
    let since = Timestamp::parse("2026-11-24T11:30:00+02:00").unwrap();
    let records = "http://127.0.0.1:8090/api/collections/cases/records";
    let table: Vec<(ListParams, String)> = vec![
        (ListParams::default(), records.to_string()),
        (
            ListParams {
                sort: vec![Sort { field: "id".into(), descending: false }],
                page: Some(PageRequest { page: 2, per_page: 1000 }),
                ..Default::default()
            },
            format!("{records}?sort=id&page=2&perPage=1000"),
        ),
        (
            filters(vec![Filter::new("priority", Op::AnyOf(vec!["P0".into(), "P1".into()]))]),
            format!("{records}?filter=%28priority%20%3D%20%22P0%22%20%7C%7C%20priority%20%3D%20%22P1%22%29"),
        ),
        (
            ListParams {
                filters: vec![Filter::new("status", Op::Ne("resolved".into()))],
                sort: vec![
                    Sort { field: "priority".into(), descending: false },
                    Sort { field: "created_at".into(), descending: true },
                ],
                page: Some(PageRequest { page: 1, per_page: 50 }),
                changed_since: Some(since),
            },
            format!(
                "{records}?filter=status%20%21%3D%20%22resolved%22%20%26%26%20updated_at%20%3E%3D%20%222026-11-24%2009%3A30%3A00.000Z%22&sort=priority%2C-created_at&page=1&perPage=50"
            ),
        ),
    ];
    for (params, expected) in table {
        assert_eq!(list_url("cases", params.clone()), expected, "{params:?}");
    }
}

#[test]
fn filters_are_written_in_pocketbases_syntax() {
    let cases = |f: Vec<Filter>| sent_filter("cases", filters(f));
    assert_eq!(
        cases(vec![
            Filter::new("status", Op::Eq("resolved".into())),
            Filter::new("resolved_at", Op::Gte("2026-11-17T09:30:00.000Z".into())),
        ]),
        r#"status = "resolved" && resolved_at >= "2026-11-17 09:30:00.000Z""#
    );
    // Any offset is written as PocketBase stores it: UTC, milliseconds.
    assert_eq!(
        cases(vec![Filter::new(
            "created_at",
            Op::Lte("2026-11-30T01:00:00+01:00".into())
        )]),
        r#"created_at <= "2026-11-30 00:00:00.000Z""#
    );
    // A date prefix compares as text, as on json-server.
    assert_eq!(
        cases(vec![Filter::new(
            "created_at",
            Op::Gte("1969-12-31".into())
        )]),
        r#"created_at >= "1969-12-31""#
    );
    // Only `date` fields: a timestamp-looking title stays as typed.
    assert_eq!(
        cases(vec![Filter::new(
            "title",
            Op::Eq("2026-11-17T09:30:00Z".into())
        )]),
        r#"title = "2026-11-17T09:30:00Z""#
    );
    assert_eq!(
        cases(vec![Filter::new("title", Op::Contains("quake".into()))]),
        r#"title ~ "%quake%""#
    );
    // `%` and `_` are the text's own, never wildcards.
    assert_eq!(
        cases(vec![Filter::new("title", Op::Contains("50% off_".into()))]),
        r#"title ~ "%50\\% off\\_%""#
    );
    assert_eq!(
        cases(vec![
            Filter::new("owner_id", Op::IsNull),
            Filter::new("resolved_at", Op::IsNull),
            Filter::new("csat", Op::IsNull),
        ]),
        r#"owner_id = "" && resolved_at = "" && csat = null"#
    );
}

#[test]
fn hostile_values_stay_inside_their_quotes() {
    // (value, as `=` quotes it, as `~` quotes it: the LIKE escapes, then quoting)
    let hostile = [
        (
            r#"a" || id != ""#,
            r#""a\" || id != \"""#,
            r#""%a\" || id != \"%""#,
        ),
        (
            r"back\slash\",
            r#""back\\slash\\""#,
            r#""%back\\\\slash\\\\%""#,
        ),
        (
            r#"\" && 1=1 || title ~ "x"#,
            r#""\\\" && 1=1 || title ~ \"x""#,
            r#""%\\\\\" && 1=1 || title ~ \"x%""#,
        ),
        (
            "&& || ~ 'single'",
            r#""&& || ~ 'single'""#,
            r#""%&& || ~ 'single'%""#,
        ),
        ("地震 ~%_", r#""地震 ~%_""#, r#""%地震 ~\\%\\_%""#),
    ];
    for (value, quoted, like) in hostile {
        assert_eq!(
            sent_filter(
                "cases",
                filters(vec![Filter::new("title", Op::Eq(value.into()))])
            ),
            format!("title = {quoted}"),
            "{value}"
        );
        assert_eq!(
            sent_filter(
                "cases",
                filters(vec![Filter::new("title", Op::Contains(value.into()))])
            ),
            format!("title ~ {like}"),
            "{value}"
        );
        // In the URL, nothing of the value is left unencoded to end the
        // parameter or start another.
        let url = list_url(
            "cases",
            filters(vec![Filter::new("title", Op::Eq(value.into()))]),
        );
        let query = url.split_once('?').unwrap().1;
        assert_eq!(query.matches('&').count(), 0, "{url}");
        assert_eq!(query.matches('=').count(), 1, "{url}");
    }
}

#[test]
fn queries_it_cannot_say_are_errors() {
    let d = PocketBase::new(BASE);
    for params in [
        filters(vec![Filter::new("owner_id", Op::AnyOf(vec![]))]),
        filters(vec![Filter::new("title || 1", Op::Eq("x".into()))]),
        filters(vec![Filter::new("", Op::Eq("x".into()))]),
        ListParams {
            sort: vec![Sort {
                field: "-id".into(),
                descending: false,
            }],
            ..Default::default()
        },
        ListParams {
            page: Some(PageRequest {
                page: 0,
                per_page: 10,
            }),
            ..Default::default()
        },
    ] {
        assert!(
            matches!(d.list("cases", &params), Err(DataError::InvalidQuery(_))),
            "{params:?}"
        );
    }
}

#[test]
fn records_are_read_into_the_contracts_forms() {
    let stored = json!({
        "collectionId": "pbc_123",
        "collectionName": "cases",
        "id": "case-1",
        "title": "",
        "description": "",
        "created_at": "2026-11-24 09:30:00.000Z",
        "first_response_at": "",
        "resolved_at": "2026-11-25 10:00:00.120Z",
        "updated_at": "2026-11-25 10:00:00.120Z",
        "owner_id": "",
        "incident_id": "incident-7",
        "csat": null,
        "tags": [],
        "version": 3
    });
    assert_eq!(
        to_contract(stored),
        json!({
            "id": "case-1",
            "title": "",
            "description": "",
            "created_at": "2026-11-24T09:30:00.000Z",
            "first_response_at": null,
            "resolved_at": "2026-11-25T10:00:00.120Z",
            "updated_at": "2026-11-25T10:00:00.120Z",
            "owner_id": null,
            "incident_id": "incident-7",
            "csat": null,
            "tags": [],
            "version": 3
        })
    );
    // A nullable date of another collection, a `*_on` text.
    assert_eq!(
        to_contract(
            json!({"collectionName": "action_items", "id": "a", "due_on": "", "title": ""})
        ),
        json!({"id": "a", "due_on": null, "title": ""})
    );
    // What is not a timestamp stays for the decoder to call damage, and a
    // record without its collection is left as it came.
    assert_eq!(
        to_contract(json!({"collectionName": "cases", "id": "c", "created_at": "soon"})),
        json!({"id": "c", "created_at": "soon"})
    );
    assert_eq!(
        to_contract(json!({"id": "c", "created_at": "2026-11-24 09:30:00.000Z", "owner_id": ""})),
        json!({"id": "c", "created_at": "2026-11-24 09:30:00.000Z", "owner_id": ""})
    );
    assert_eq!(to_contract(json!([1])), json!([1]));
}

#[test]
fn lists_read_items_and_the_total_from_the_body() {
    let d = PocketBase::new(BASE);
    let paged = ListParams {
        page: Some(PageRequest {
            page: 1,
            per_page: 2,
        }),
        ..Default::default()
    };
    let body = json!({
        "page": 1, "perPage": 2, "totalItems": 7, "totalPages": 4,
        "items": [
            {"collectionName": "cases", "id": "a", "owner_id": ""},
            {"collectionName": "cases", "id": "b", "owner_id": "p1"}
        ]
    });
    let page = d
        .parse_list(&response(200, &[], &body.to_string()), &paged)
        .unwrap();
    assert_eq!(page.total, Some(7));
    assert_eq!(
        page.items,
        vec![
            json!({"id": "a", "owner_id": null}),
            json!({"id": "b", "owner_id": "p1"})
        ]
    );

    let uncounted = json!({"page": 1, "perPage": 2, "totalItems": -1, "items": []});
    let page = d
        .parse_list(&response(200, &[], &uncounted.to_string()), &paged)
        .unwrap();
    assert_eq!(page.total, None);

    // Unpaged, less than the total is not all.
    let part = json!({"totalItems": 31, "items": [{"id": "a"}]});
    assert!(matches!(
        d.parse_list(
            &response(200, &[], &part.to_string()),
            &ListParams::default()
        ),
        Err(DataError::Protocol(_))
    ));
}

#[test]
fn bad_answers_are_typed_errors() {
    let d = PocketBase::new(BASE);
    let p = ListParams::default();
    for body in [
        "[]",
        "{\"items\": {}}",
        "<html>",
        r#"{"items": [], "totalItems": "9"}"#,
    ] {
        assert!(
            matches!(
                d.parse_list(&response(200, &[], body), &p),
                Err(DataError::Protocol(_))
            ),
            "{body}"
        );
    }
    assert!(matches!(
        d.parse_list(&response(502, &[], "<h1>Bad Gateway</h1>"), &p),
        Err(DataError::Http { status: 502, .. })
    ));
    assert!(matches!(
        d.parse_one(&response(200, &[], "[1]")),
        Err(DataError::Protocol(_))
    ));
}

#[test]
fn pocketbase_errors_become_the_apps_typed_errors() {
    let d = PocketBase::new(BASE);
    let error = |status: u16, body: Value| d.parse_one(&response(status, &[], &body.to_string()));
    assert_eq!(
        error(
            401,
            json!({"status": 401, "message": "The request requires valid record authorization token.", "data": {}})
        ),
        Err(DataError::Unauthorized)
    );
    assert_eq!(
        error(403, json!({"status": 403, "message": "x", "data": {}})),
        Err(DataError::Unauthorized)
    );
    assert_eq!(
        error(
            404,
            json!({"status": 404, "message": "The requested resource wasn't found.", "data": {}})
        ),
        Err(DataError::NotFound)
    );
    assert_eq!(
        error(
            400,
            json!({"status": 400, "message": "Failed to create record.",
            "data": {"id": {"code": "validation_not_unique", "message": "Value must be unique."}}})
        ),
        Err(DataError::Duplicate)
    );
    assert_eq!(
        error(
            400,
            json!({"status": 400, "message": "Failed to create record.",
            "data": {"id": {"code": "validation_pk_invalid", "message": "The record primary key is invalid or already exists."}}})
        ),
        Err(DataError::Duplicate)
    );
    assert_eq!(
        error(
            400,
            json!({"status": 400, "message": "Failed to update record.",
            "data": {"title": {"code": "validation_max_text_constraint", "message": "Must be less than 100000 character(s)."}}})
        ),
        Err(DataError::Http {
            status: 400,
            message: "Failed to update record. (title: Must be less than 100000 character(s).)"
                .into()
        })
    );
    // A stale write: the stored record, in the contract's form.
    assert_eq!(
        error(
            412,
            json!({"status": 412, "message": "The record was changed by someone else.", "data": {},
            "current": {"collectionName": "cases", "id": "c1", "version": 5, "owner_id": "",
                        "updated_at": "2026-11-24 09:30:00.000Z"}})
        ),
        Err(DataError::Conflict {
            current: Some(json!({"id": "c1", "version": 5, "owner_id": null,
                                 "updated_at": "2026-11-24T09:30:00.000Z"}))
        })
    );
    // Deletes read their status through the same mapping.
    assert_eq!(d.error(&response(204, &[], "")), None);
    assert!(matches!(
        d.error(&response(412, &[], r#"{"current": {"collectionName": "cases", "id": "c1", "owner_id": ""}}"#)),
        Some(DataError::Conflict { current: Some(c) }) if c == json!({"id": "c1", "owner_id": null})
    ));
}

#[test]
fn writes_are_json_and_updates_and_deletes_are_conditional() {
    let d = PocketBase::new("http://h/pb/");
    assert_eq!(
        d.get("cases", "a/b c").url,
        "http://h/pb/api/collections/cases/records/a%2Fb%20c"
    );
    assert_eq!(
        d.get("cases", "..").url,
        "http://h/pb/api/collections/cases/records/%2E%2E"
    );
    let create = d.create("cases", &json!({"id": "n1", "version": 1}));
    assert_eq!(create.method, Method::Post);
    assert_eq!(create.url, "http://h/pb/api/collections/cases/records");
    assert!(create
        .headers
        .contains(&("Content-Type".into(), "application/json".into())));
    assert_eq!(create.body.as_deref(), Some(r#"{"id":"n1","version":1}"#));

    let update = d.update("cases", "n1", 4, &json!({"status": "triage"}));
    assert_eq!(update.method, Method::Patch);
    assert_eq!(update.url, "http://h/pb/api/collections/cases/records/n1");
    assert!(update
        .headers
        .contains(&("If-Match".into(), "\"4\"".into())));
    assert_eq!(update.body.as_deref(), Some(r#"{"status":"triage"}"#));

    let delete = d.delete("cases", "n1", Some(5));
    assert_eq!(delete.method, Method::Delete);
    assert!(delete
        .headers
        .contains(&("If-Match".into(), "\"5\"".into())));
    assert_eq!(delete.body, None);
    assert!(!d
        .delete("cases", "n1", None)
        .headers
        .iter()
        .any(|(k, _)| k == "If-Match"));
    assert!(d.conditional_update());
    assert_eq!(d.name(), "pocketbase");
    assert!(crate::data::dialect_for("pocketbase", "http://h").is_ok());
}

#[test]
fn the_change_stream_is_read_and_subscribed_to() {
    use crate::data::feed::{Action, Change, FeedEvent};
    let d = PocketBase::new("http://h/pb/");
    assert_eq!(d.feed_url().as_deref(), Some("http://h/pb/api/realtime"));
    assert_eq!(
        d.feed_events(&["cases", "people"]),
        vec!["PB_CONNECT", "cases", "people"]
    );
    assert_eq!(
        d.feed_event("PB_CONNECT", r#"{"clientId":"abc123"}"#),
        FeedEvent::Connected {
            client_id: "abc123".into()
        }
    );
    let subscribe = d.feed_subscribe("abc123", &["cases", "people"]).unwrap();
    assert_eq!(subscribe.method, Method::Post);
    assert_eq!(subscribe.url, "http://h/pb/api/realtime");
    assert_eq!(
        subscribe.body.as_deref(),
        Some(r#"{"clientId":"abc123","subscriptions":["cases","people"]}"#)
    );
    for (action, expected) in [
        ("create", Action::Create),
        ("update", Action::Update),
        ("delete", Action::Delete),
    ] {
        let data = json!({"action": action, "record": {"collectionName": "cases", "id": "case-1", "title": "x"}});
        assert_eq!(
            d.feed_event("cases", &data.to_string()),
            FeedEvent::Change(Change {
                collection: "cases".into(),
                action: expected,
                id: "case-1".into()
            })
        );
    }
    // What the app does not follow or cannot read is ignored, never fatal.
    let long = "x".repeat(201);
    for (name, data) in [
        ("users", r#"{"action":"update","record":{"id":"u1"}}"#),
        ("cases", r#"{"action":"upsert","record":{"id":"c1"}}"#),
        ("cases", r#"{"action":"delete","record":{"id":""}}"#),
        ("cases", r#"{"action":"delete","record":{"id":7}}"#),
        ("cases", r#"{"action":"delete"}"#),
        ("cases", "<html>"),
        ("PB_CONNECT", r#"{"clientId":""}"#),
        ("PB_CONNECT", "{}"),
    ] {
        assert_eq!(
            d.feed_event(name, data),
            FeedEvent::Ignored,
            "{name} {data}"
        );
    }
    assert_eq!(
        d.feed_event("PB_CONNECT", &json!({"clientId": long}).to_string()),
        FeedEvent::Ignored
    );
    // json-server has no stream: pages poll.
    let js = crate::data::json_server::JsonServer::new("http://h");
    assert_eq!(js.feed_url(), None);
    assert_eq!(js.feed_subscribe("abc", &["cases"]), None);
}

/// `SCHEMA` is `pocketbase/schema.json` (what the migration makes): the
/// same `date` fields, the nullable texts stored as `text`, and every field
/// the app reads of each collection is one PocketBase has.
#[test]
fn the_dialects_table_is_the_projects_pocketbase_schema() {
    use crate::data::Record;
    let file: Value =
        serde_json::from_str(include_str!("../../../pocketbase/schema.json")).unwrap();
    let collections = file["collections"].as_object().unwrap();
    let followed: Vec<&str> = crate::data::feed::FOLLOWED.to_vec();
    let mut named: Vec<&str> = collections.keys().map(String::as_str).collect();
    named.sort_unstable();
    let mut want = followed.clone();
    want.sort_unstable();
    assert_eq!(
        named, want,
        "the collections PocketBase has, and the feed follows"
    );
    for (collection, fields) in collections {
        let fields = fields.as_object().unwrap();
        let mut dates: Vec<&str> = fields
            .iter()
            .filter(|(_, t)| t.as_str() == Some("date"))
            .map(|(f, _)| f.as_str())
            .collect();
        let (_, table) = SCHEMA
            .iter()
            .find(|(c, _)| c == collection)
            .unwrap_or_else(|| panic!("`{collection}` is not in SCHEMA"));
        let mut ours: Vec<&str> = table
            .iter()
            .filter(|(_, s)| *s == Stored::Date)
            .map(|(f, _)| *f)
            .collect();
        dates.sort_unstable();
        ours.sort_unstable();
        assert_eq!(dates, ours, "{collection}: date fields");
        for (field, _) in table.iter().filter(|(_, s)| *s == Stored::TextOrNull) {
            assert_eq!(fields[*field], "text", "{collection}.{field}");
        }
    }
    fn reads<R: Record>(collections: &Map<String, Value>) {
        let fields = collections[R::COLLECTION].as_object().unwrap();
        for field in R::FIELDS {
            assert!(fields.contains_key(*field), "{}.{field}", R::COLLECTION);
        }
    }
    reads::<crate::cases::model::Case>(collections);
    reads::<crate::cases::history::CaseEvent>(collections);
    reads::<crate::cases::sla::SlaPolicy>(collections);
    reads::<crate::team::model::Person>(collections);
    reads::<crate::team::model::Goal>(collections);
    reads::<crate::team::model::CheckIn>(collections);
    reads::<crate::team::model::Shift>(collections);
    reads::<crate::incidents::model::Incident>(collections);
    reads::<crate::incidents::model::IncidentEvent>(collections);
    reads::<crate::incidents::model::ActionItem>(collections);
    reads::<crate::kpi::model::KpiTarget>(collections);
}

#[test]
fn signing_in_is_one_exact_json_post_with_the_password_in_the_body_only() {
    let d = PocketBase::new("http://h/pb/");
    let request = d
        .sign_in("ada@example.com", r#"p"a\ss wörd"#)
        .expect("PocketBase signs people in");
    assert_eq!(request.method, Method::Post);
    assert_eq!(
        request.url,
        "http://h/pb/api/collections/users/auth-with-password"
    );
    assert_eq!(
        request.headers,
        vec![
            ("Accept".to_string(), "application/json".to_string()),
            ("Content-Type".to_string(), "application/json".to_string()),
        ]
    );
    // JSON-escaped, so no password can break out of its string.
    assert_eq!(
        request.body.as_deref(),
        Some(r#"{"identity":"ada@example.com","password":"p\"a\\ss wörd"}"#)
    );
    // Its Debug form says neither the password nor the identity.
    let debug = format!("{request:?}");
    assert!(
        !debug.contains("wörd") && !debug.contains("ada@"),
        "{debug}"
    );
    assert!(debug.contains("auth-with-password"), "{debug}");
}

/// `auth-with-password`'s answer as PocketBase 0.40 writes it.
fn signed_in_answer(record: Value) -> HttpResponse {
    response(
        200,
        &[("content-type", "application/json")],
        &json!({"token": "eyJhbGciOiJIUzI1NiJ9.eyJpZCI6InUxIn0.c2ln", "record": record})
            .to_string(),
    )
}

#[test]
fn a_sign_in_answer_gives_the_token_and_the_name_to_show() {
    let d = PocketBase::new(BASE);
    let token = "eyJhbGciOiJIUzI1NiJ9.eyJpZCI6InUxIn0.c2ln";
    let name_of = |record: Value| d.parse_sign_in(&signed_in_answer(record)).map(|s| s.name);
    let full = d
        .parse_sign_in(&signed_in_answer(json!({
            "id": "u1", "email": "ada@example.com", "name": "Ada Lovelace",
            "collectionId": "_pb_users_auth_", "collectionName": "users",
            "emailVisibility": false, "verified": true, "avatar": "",
            "created": "2026-11-24 09:30:00.000Z", "updated": "2026-11-24 09:30:00.000Z"
        })))
        .unwrap();
    assert_eq!(
        full,
        SignedIn {
            token: token.into(),
            name: "Ada Lovelace".into()
        }
    );
    assert!(
        !format!("{full:?}").contains(token),
        "the token stays out of Debug"
    );
    // No name: the email; no email either: the id.
    assert_eq!(
        name_of(json!({"id": "u1", "email": "ada@example.com", "name": ""})),
        Ok("ada@example.com".into())
    );
    assert_eq!(
        name_of(json!({"id": "u1", "email": "ada@example.com"})),
        Ok("ada@example.com".into())
    );
    assert_eq!(name_of(json!({"id": "u1", "name": "  "})), Ok("u1".into()));
    // A name of the wrong type is no name.
    assert_eq!(
        name_of(json!({"id": "u1", "name": 42, "email": null})),
        Ok("u1".into())
    );
}

#[test]
fn hostile_names_stay_one_short_line_of_text() {
    let d = PocketBase::new(BASE);
    let name_of = |name: &str| {
        d.parse_sign_in(&signed_in_answer(json!({"id": "u1", "name": name})))
            .map(|s| s.name)
    };
    // Markup is text (the view never makes HTML of it).
    assert_eq!(
        name_of("<img src=x onerror=alert(1)>"),
        Ok("<img src=x onerror=alert(1)>".into())
    );
    // No turning the text around it, no new lines, no runs of spaces.
    assert_eq!(
        name_of("\u{202e}nimda\u{202c} \n\t Ada\u{2066}\r\nL\u{200f}"),
        Ok("nimda Ada L".into())
    );
    // At most 80 characters, then an ellipsis.
    let long = "ض".repeat(5000);
    let shown = name_of(&long).unwrap();
    assert_eq!(shown.chars().count(), 81);
    assert!(shown.ends_with('…'));
    assert_eq!(name_of(&"a".repeat(80)), Ok("a".repeat(80)));
    // Only marks and spaces: the id.
    assert_eq!(name_of("\u{202e} \u{200e}"), Ok("u1".into()));
}

#[test]
fn refused_and_broken_sign_ins_are_typed_errors() {
    let d = PocketBase::new(BASE);
    let answer = |status: u16, body: &str| d.parse_sign_in(&response(status, &[], body));
    // PocketBase's answer to a wrong email or password.
    assert_eq!(
        answer(
            400,
            r#"{"status":400,"message":"Failed to authenticate.","data":{}}"#
        ),
        Err(DataError::BadCredentials)
    );
    assert_eq!(
        answer(400, "<h1>Bad Request</h1>"),
        Err(DataError::BadCredentials)
    );
    assert_eq!(answer(401, "{}"), Err(DataError::BadCredentials));
    // Passwords not allowed on the collection: the backend's reason.
    assert_eq!(
        answer(
            403,
            r#"{"status":403,"message":"The collection is not configured to allow password authentication.","data":{}}"#
        ),
        Err(DataError::Http {
            status: 403,
            message: "The collection is not configured to allow password authentication.".into()
        })
    );
    assert_eq!(
        answer(403, "not json"),
        Err(DataError::Http {
            status: 403,
            message: String::new()
        })
    );
    assert!(matches!(
        answer(429, r#"{"status":429,"message":"Too Many Requests.","data":{}}"#),
        Err(DataError::Http { status: 429, ref message }) if message == "Too Many Requests."
    ));
    assert!(matches!(
        answer(502, "<h1>Bad Gateway</h1>"),
        Err(DataError::Http { status: 502, .. })
    ));
    for broken in [
        "",
        "[]",
        "{}",
        r#"{"token": ""}"#,
        r#"{"token": 7, "record": {"id": "u1"}}"#,
        r#"{"token": "t", "record": "u1"}"#,
        r#"{"token": "t", "record": {}}"#,
        r#"{"token": "t", "record": {"id": 1, "name": null}}"#,
        r#"{"token": "t", "rec"#,
    ] {
        assert!(
            matches!(answer(200, broken), Err(DataError::Protocol(_))),
            "{broken}: {:?}",
            answer(200, broken)
        );
    }
}

#[test]
fn a_backend_without_a_sign_in_has_no_form() {
    let d = crate::data::json_server::JsonServer::new("http://api");
    assert_eq!(d.sign_in("ada@example.com", "pw"), None);
    assert!(matches!(
        d.parse_sign_in(&response(200, &[], "{}")),
        Err(DataError::Unsupported(_))
    ));
}
