//! The json-server 0.17 dialect (see `shared/backends.md`).
//!
//! - paging with `_page`/`_limit`, the total in `X-Total-Count`;
//! - filters `field=v` (repeated for OR), `_ne`, `_gte`, `_lte`, `_like`;
//! - PATCH for updates (PUT would replace the record), always with
//!   `Content-Type: application/json` (without it json-server ignores the body);
//! - `If-Match: <version>` on updates, which json-server honours only with
//!   `scripts/json-server-middleware.cjs` (412 when stale).

use serde_json::Value;

use crate::url::{encode, segment};

use super::{
    ensure_success, json_headers, parse_json, with_query, DataError, Dialect, HttpRequest,
    HttpResponse, ListParams, Method, Op, Page,
};

pub struct JsonServer {
    base: String,
}

impl JsonServer {
    /// `base_url` is the absolute URL the collections hang under.
    pub fn new(base_url: &str) -> Self {
        JsonServer {
            base: base_url.trim_end_matches('/').to_string(),
        }
    }

    fn collection_url(&self, collection: &str) -> String {
        format!("{}/{}", self.base, encode(collection))
    }

    fn record_url(&self, collection: &str, id: &str) -> String {
        format!("{}/{}", self.collection_url(collection), segment(id))
    }
}

/// The query pairs of a list, in a stable order.
pub fn query_pairs(params: &ListParams) -> Result<Vec<(String, String)>, DataError> {
    let mut pairs = Vec::new();
    for filter in &params.filters {
        let f = &filter.field;
        match &filter.op {
            Op::Eq(v) => pairs.push((f.clone(), v.clone())),
            Op::AnyOf(values) => {
                if values.is_empty() {
                    return Err(DataError::InvalidQuery(format!(
                        "`{f}` must match one of no values"
                    )));
                }
                pairs.extend(values.iter().map(|v| (f.clone(), v.clone())))
            }
            Op::Ne(v) => pairs.push((format!("{f}_ne"), v.clone())),
            Op::Gte(v) => pairs.push((format!("{f}_gte"), v.clone())),
            Op::Lte(v) => pairs.push((format!("{f}_lte"), v.clone())),
            Op::Contains(v) => pairs.push((format!("{f}_like"), regex_escape(v))),
            Op::IsNull => {
                return Err(DataError::Unsupported(format!(
                    "json-server cannot filter `{f}` for null"
                )))
            }
        }
    }
    if let Some(since) = params.changed_since {
        pairs.push(("updated_at_gte".into(), since.to_wire()));
    }
    if !params.sort.is_empty() {
        let fields: Vec<&str> = params.sort.iter().map(|s| s.field.as_str()).collect();
        let orders: Vec<&str> = params
            .sort
            .iter()
            .map(|s| if s.descending { "desc" } else { "asc" })
            .collect();
        pairs.push(("_sort".into(), fields.join(",")));
        pairs.push(("_order".into(), orders.join(",")));
    }
    if let Some(page) = params.checked_page()? {
        pairs.push(("_page".into(), page.page.to_string()));
        pairs.push(("_limit".into(), page.per_page.to_string()));
    }
    Ok(pairs)
}

/// json-server's `_like` takes a regular expression; a search for text must
/// not be read as one.
fn regex_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if "\\^$.|?*+()[]{}/".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

impl Dialect for JsonServer {
    fn name(&self) -> &'static str {
        "json-server"
    }

    fn list(&self, collection: &str, params: &ListParams) -> Result<HttpRequest, DataError> {
        let pairs = query_pairs(params)?;
        let url = with_query(self.collection_url(collection), &pairs);
        Ok(HttpRequest {
            method: Method::Get,
            url,
            headers: vec![("Accept".into(), "application/json".into())],
            body: None,
        })
    }

    fn parse_list(&self, response: &HttpResponse, params: &ListParams) -> Result<Page, DataError> {
        ensure_success(response)?;
        let items = match parse_json(&response.body)? {
            Value::Array(items) => items,
            _ => return Err(DataError::Protocol("a list must be a JSON array".into())),
        };
        let total = match response.header("x-total-count") {
            Some(t) => Some(t.trim().parse::<u64>().map_err(|_| {
                DataError::Protocol(format!("X-Total-Count `{t}` is not a number"))
            })?),
            None if params.page.is_some() => {
                return Err(DataError::Protocol(
                    "the paged answer has no X-Total-Count header (is it in Access-Control-Expose-Headers?)"
                        .into(),
                ))
            }
            None => None,
        };
        Ok(Page { items, total })
    }

    fn get(&self, collection: &str, id: &str) -> HttpRequest {
        HttpRequest {
            method: Method::Get,
            url: self.record_url(collection, id),
            headers: vec![("Accept".into(), "application/json".into())],
            body: None,
        }
    }

    fn parse_one(&self, response: &HttpResponse) -> Result<Value, DataError> {
        ensure_success(response)?;
        match parse_json(&response.body)? {
            v @ Value::Object(_) => Ok(v),
            _ => Err(DataError::Protocol("a record must be a JSON object".into())),
        }
    }

    fn create(&self, collection: &str, record: &Value) -> HttpRequest {
        HttpRequest {
            method: Method::Post,
            url: self.collection_url(collection),
            headers: json_headers(),
            body: Some(record.to_string()),
        }
    }

    fn update(
        &self,
        collection: &str,
        id: &str,
        base_version: i64,
        changes: &Value,
    ) -> HttpRequest {
        let mut headers = json_headers();
        headers.push(("If-Match".into(), format!("\"{base_version}\"")));
        HttpRequest {
            method: Method::Patch,
            url: self.record_url(collection, id),
            headers,
            body: Some(changes.to_string()),
        }
    }

    fn delete(&self, collection: &str, id: &str, base_version: Option<i64>) -> HttpRequest {
        let mut headers = vec![("Accept".into(), "application/json".into())];
        if let Some(v) = base_version {
            headers.push(("If-Match".into(), format!("\"{v}\"")));
        }
        HttpRequest {
            method: Method::Delete,
            url: self.record_url(collection, id),
            headers,
            body: None,
        }
    }

    fn conditional_update(&self) -> bool {
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::test_support::text_response as response;
    use crate::data::{Filter, PageRequest, Sort};
    use crate::time::Timestamp;

    fn list_url(params: ListParams) -> String {
        JsonServer::new("http://127.0.0.1:3001/")
            .list("cases", &params)
            .unwrap()
            .url
    }

    #[test]
    fn list_urls_are_exact() {
        let since = Timestamp::parse("2026-11-24T11:30:00+02:00").unwrap();
        let table: Vec<(ListParams, &str)> = vec![
            (ListParams::default(), "http://127.0.0.1:3001/cases"),
            (
                ListParams { page: Some(PageRequest { page: 2, per_page: 50 }), ..Default::default() },
                "http://127.0.0.1:3001/cases?_page=2&_limit=50",
            ),
            (
                ListParams {
                    filters: vec![Filter::new("priority", Op::AnyOf(vec!["P0".into(), "P1".into()]))],
                    ..Default::default()
                },
                "http://127.0.0.1:3001/cases?priority=P0&priority=P1",
            ),
            (
                ListParams {
                    filters: vec![
                        Filter::new("status", Op::Ne("resolved".into())),
                        Filter::new("created_at", Op::Gte("2026-11-01T00:00:00.000Z".into())),
                        Filter::new("created_at", Op::Lte("2026-11-30T00:00:00.000Z".into())),
                    ],
                    ..Default::default()
                },
                "http://127.0.0.1:3001/cases?status_ne=resolved&created_at_gte=2026-11-01T00%3A00%3A00.000Z&created_at_lte=2026-11-30T00%3A00%3A00.000Z",
            ),
            (
                ListParams {
                    sort: vec![
                        Sort { field: "priority".into(), descending: false },
                        Sort { field: "created_at".into(), descending: true },
                    ],
                    ..Default::default()
                },
                "http://127.0.0.1:3001/cases?_sort=priority%2Ccreated_at&_order=asc%2Cdesc",
            ),
            (
                ListParams { changed_since: Some(since), ..Default::default() },
                "http://127.0.0.1:3001/cases?updated_at_gte=2026-11-24T09%3A30%3A00.000Z",
            ),
            (
                ListParams {
                    filters: vec![Filter::new("title", Op::Contains("a.b (c)?".into()))],
                    ..Default::default()
                },
                "http://127.0.0.1:3001/cases?title_like=a%5C.b%20%5C%28c%5C%29%5C%3F",
            ),
            (
                ListParams {
                    filters: vec![Filter::new("language", Op::Eq("pt-BR".into()))],
                    sort: vec![Sort { field: "id".into(), descending: false }],
                    page: Some(PageRequest { page: 1, per_page: 1000 }),
                    changed_since: None,
                },
                "http://127.0.0.1:3001/cases?language=pt-BR&_sort=id&_order=asc&_page=1&_limit=1000",
            ),
        ];
        for (params, expected) in table {
            assert_eq!(list_url(params.clone()), expected, "{params:?}");
        }
    }

    #[test]
    fn operators_it_cannot_express_are_errors() {
        let d = JsonServer::new("http://x");
        let null = ListParams {
            filters: vec![Filter::new("owner_id", Op::IsNull)],
            ..Default::default()
        };
        assert!(matches!(
            d.list("cases", &null),
            Err(DataError::Unsupported(_))
        ));
        let none = ListParams {
            filters: vec![Filter::new("owner_id", Op::AnyOf(vec![]))],
            ..Default::default()
        };
        assert!(matches!(
            d.list("cases", &none),
            Err(DataError::InvalidQuery(_))
        ));
        let zero = ListParams {
            page: Some(PageRequest {
                page: 0,
                per_page: 10,
            }),
            ..Default::default()
        };
        assert!(matches!(
            d.list("cases", &zero),
            Err(DataError::InvalidQuery(_))
        ));
    }

    #[test]
    fn record_urls_encode_ids() {
        let d = JsonServer::new("http://h/api");
        assert_eq!(d.get("cases", "a/b c").url, "http://h/api/cases/a%2Fb%20c");
        assert_eq!(d.delete("cases", "x", None).url, "http://h/api/cases/x");
    }

    #[test]
    fn writes_send_json_and_updates_are_conditional_patches() {
        let d = JsonServer::new("http://h");
        let create = d.create("cases", &serde_json::json!({"id": "n1", "version": 1}));
        assert_eq!(create.method, Method::Post);
        assert!(create
            .headers
            .contains(&("Content-Type".into(), "application/json".into())));
        assert_eq!(create.body.as_deref(), Some(r#"{"id":"n1","version":1}"#));

        let update = d.update("cases", "n1", 4, &serde_json::json!({"status": "triage"}));
        assert_eq!(update.method, Method::Patch);
        assert_eq!(update.url, "http://h/cases/n1");
        assert!(update
            .headers
            .contains(&("If-Match".into(), "\"4\"".into())));
        assert!(update
            .headers
            .contains(&("Content-Type".into(), "application/json".into())));

        let delete = d.delete("cases", "n1", Some(5));
        assert!(delete
            .headers
            .contains(&("If-Match".into(), "\"5\"".into())));
    }

    #[test]
    fn lists_read_the_total_and_fail_loudly_without_it() {
        let d = JsonServer::new("http://h");
        let paged = ListParams {
            page: Some(PageRequest {
                page: 1,
                per_page: 2,
            }),
            ..Default::default()
        };
        let page = d
            .parse_list(
                &response(200, &[("x-total-count", "7")], r#"[{"id":"a"},{"id":"b"}]"#),
                &paged,
            )
            .unwrap();
        assert_eq!(page.total, Some(7));
        assert_eq!(page.items.len(), 2);

        let missing = d.parse_list(&response(200, &[], "[]"), &paged);
        assert!(matches!(missing, Err(DataError::Protocol(m)) if m.contains("X-Total-Count")));

        let unpaged = d
            .parse_list(&response(200, &[], "[]"), &ListParams::default())
            .unwrap();
        assert_eq!(unpaged.total, None);
    }

    #[test]
    fn bad_answers_are_typed_errors() {
        let d = JsonServer::new("http://h");
        let p = ListParams::default();
        assert!(matches!(
            d.parse_list(&response(200, &[], "{\"a\":1}"), &p),
            Err(DataError::Protocol(_))
        ));
        assert!(matches!(
            d.parse_list(&response(200, &[], "<html>"), &p),
            Err(DataError::Protocol(_))
        ));
        assert!(matches!(
            d.parse_list(&response(500, &[], "<pre>boom</pre>"), &p),
            Err(DataError::Http { status: 500, .. })
        ));
        assert!(matches!(
            d.parse_one(&response(200, &[], "[1]")),
            Err(DataError::Protocol(_))
        ));
        assert!(matches!(
            d.parse_one(&response(404, &[], "{}")),
            Err(DataError::NotFound)
        ));
    }
}
