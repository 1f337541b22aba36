//! Helpers for host tests of records.

use super::Record;

/// The record's `FIELDS` list and its struct name exactly the same fields, so
/// queries can only use fields that exist and every field is decoded.
pub fn assert_fields_match<R: Record + Default>() {
    let value = serde_json::to_value(R::default()).expect("a default record serialises");
    let mut keys: Vec<&str> = value
        .as_object()
        .expect("an object")
        .keys()
        .map(String::as_str)
        .collect();
    let mut fields = R::FIELDS.to_vec();
    keys.sort_unstable();
    fields.sort_unstable();
    assert_eq!(
        keys,
        fields,
        "{}: FIELDS and the struct differ",
        R::COLLECTION
    );
}

use std::cell::RefCell;
use std::collections::VecDeque;
use std::future::Future;
use std::rc::Rc;

use super::{DataError, HttpRequest, HttpResponse, Transport};

type Hook = Box<dyn FnOnce()>;
type Answer = (Option<Hook>, Result<HttpResponse, DataError>);

/// A transport that answers from a script and records what was asked. An
/// answer can carry a hook that runs as its request is sent (a refresh
/// arriving while a write is on its way, say).
#[derive(Clone, Default)]
pub struct Script {
    answers: Rc<RefCell<VecDeque<Answer>>>,
    pub asked: Rc<RefCell<Vec<HttpRequest>>>,
}

impl Script {
    pub fn answer(&self, status: u16, headers: &[(&str, &str)], body: serde_json::Value) -> &Self {
        self.push(None, Ok(response(status, headers, body)))
    }

    /// Answers the next request after running `hook` (while it is "on its way").
    pub fn answer_after(
        &self,
        hook: impl FnOnce() + 'static,
        status: u16,
        body: serde_json::Value,
    ) -> &Self {
        self.push(Some(Box::new(hook)), Ok(response(status, &[], body)))
    }

    pub fn fail(&self, error: DataError) -> &Self {
        self.push(None, Err(error))
    }

    fn push(&self, hook: Option<Hook>, answer: Result<HttpResponse, DataError>) -> &Self {
        self.answers.borrow_mut().push_back((hook, answer));
        self
    }

    pub fn urls(&self) -> Vec<String> {
        self.asked.borrow().iter().map(|r| r.url.clone()).collect()
    }

    /// The JSON body of request `n`.
    pub fn body(&self, n: usize) -> serde_json::Value {
        let asked = self.asked.borrow();
        serde_json::from_str(asked[n].body.as_deref().unwrap_or("null")).unwrap_or_default()
    }

    /// The header `name` of request `n`.
    pub fn header(&self, n: usize, name: &str) -> Option<String> {
        self.asked.borrow()[n]
            .headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.clone())
    }
}

fn response(status: u16, headers: &[(&str, &str)], body: serde_json::Value) -> HttpResponse {
    HttpResponse {
        status,
        headers: headers
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect(),
        body: body.to_string(),
    }
}

impl Transport for Script {
    fn send(&self, request: HttpRequest) -> impl Future<Output = Result<HttpResponse, DataError>> {
        self.asked.borrow_mut().push(request);
        let next = self.answers.borrow_mut().pop_front();
        let answer = match next {
            Some((hook, answer)) => {
                if let Some(hook) = hook {
                    hook();
                }
                answer
            }
            None => Err(DataError::Network("no scripted answer".into())),
        };
        async move { answer }
    }

    /// Scripted answers come at once: a timeout never fires first.
    fn timer(&self, _duration: std::time::Duration) -> impl Future<Output = ()> {
        futures::future::pending::<()>()
    }
}
