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

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::future::Future;
use std::rc::Rc;
use std::time::Duration;

use serde_json::Value;

use super::{DataError, HttpRequest, HttpResponse, Transport};

type Answer = Result<HttpResponse, DataError>;
/// Runs as its request is sent (a refresh arriving while a write is on its way).
type Hook = Box<dyn FnOnce()>;
/// A scripted answer: what runs as it is sent, and the answer (`None`: hangs).
type Scripted = (Option<Hook>, Option<Answer>);
/// A backend's fixed behaviour: the answer to the `n`th request (from 0).
type Backend = Box<dyn Fn(&HttpRequest, usize) -> Answer>;

/// Answers requests from a script and records what was asked. Every
/// answer takes one turn of the executor, so requests sent together are
/// in flight together (counted in `max_in_flight`).
#[derive(Clone, Default)]
pub struct Script {
    /// `None`: a request that hangs (answers only after 100 turns).
    answers: Rc<RefCell<VecDeque<Scripted>>>,
    /// Answers once the script has run out.
    backend: Rc<RefCell<Option<Backend>>>,
    pub asked: Rc<RefCell<Vec<HttpRequest>>>,
    pub in_flight: Rc<Cell<usize>>,
    pub max_in_flight: Rc<Cell<usize>>,
    /// The timeouts asked for; they fire after 3 turns when `timers_fire`.
    pub timers: Rc<RefCell<Vec<Duration>>>,
    pub timers_fire: Rc<Cell<bool>>,
}

impl Script {
    pub fn answer(&self, status: u16, headers: &[(&str, &str)], body: Value) -> &Self {
        self.push(None, Some(Ok(response(status, headers, body))))
    }
    /// Answers with a body of any text (an HTML error page).
    pub fn push_text(&self, status: u16, body: &str) -> &Self {
        self.push(None, Some(Ok(text_response(status, &[], body))))
    }
    /// Answers the next request after running `hook` (while it is "on its way").
    pub fn answer_after(&self, hook: impl FnOnce() + 'static, status: u16, body: Value) -> &Self {
        self.push(Some(Box::new(hook)), Some(Ok(response(status, &[], body))))
    }
    pub fn fail(&self, e: DataError) -> &Self {
        self.push(None, Some(Err(e)))
    }
    pub fn hang(&self) -> &Self {
        self.push(None, None)
    }
    fn push(&self, hook: Option<Hook>, answer: Option<Answer>) -> &Self {
        self.answers.borrow_mut().push_back((hook, answer));
        self
    }
    pub fn backend(&self, backend: impl Fn(&HttpRequest, usize) -> Answer + 'static) {
        *self.backend.borrow_mut() = Some(Box::new(backend));
    }
    pub fn urls(&self) -> Vec<String> {
        self.asked.borrow().iter().map(|r| r.url.clone()).collect()
    }
    /// The JSON body of request `n`.
    pub fn body(&self, n: usize) -> Value {
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

pub fn response(status: u16, headers: &[(&str, &str)], body: Value) -> HttpResponse {
    text_response(status, headers, &body.to_string())
}

/// An answer whose body is any text (HTML error pages, cut JSON).
pub fn text_response(status: u16, headers: &[(&str, &str)], body: &str) -> HttpResponse {
    HttpResponse {
        status,
        headers: headers
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect(),
        body: body.into(),
    }
}

/// Pending for `n` polls (waking itself), then ready.
pub struct Turns(pub u32);
impl Future for Turns {
    type Output = ();
    fn poll(
        mut self: std::pin::Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
    ) -> std::task::Poll<()> {
        if self.0 == 0 {
            return std::task::Poll::Ready(());
        }
        self.0 -= 1;
        cx.waker().wake_by_ref();
        std::task::Poll::Pending
    }
}

/// Counts a request in flight until its future is done or dropped.
struct InFlight(Rc<Cell<usize>>);
impl Drop for InFlight {
    fn drop(&mut self) {
        self.0.set(self.0.get() - 1);
    }
}

impl Transport for Script {
    fn send(&self, request: HttpRequest) -> impl Future<Output = Answer> {
        let n = self.asked.borrow().len();
        let scripted = self.answers.borrow_mut().pop_front();
        let answer = match scripted {
            Some((hook, answer)) => {
                if let Some(hook) = hook {
                    hook();
                }
                answer
            }
            None => Some(match self.backend.borrow().as_ref() {
                Some(backend) => backend(&request, n),
                None => Err(DataError::Network("no scripted answer".into())),
            }),
        };
        self.asked.borrow_mut().push(request);
        self.in_flight.set(self.in_flight.get() + 1);
        self.max_in_flight
            .set(self.max_in_flight.get().max(self.in_flight.get()));
        let counted = InFlight(self.in_flight.clone());
        async move {
            let _counted = counted;
            match answer {
                Some(answer) => {
                    Turns(1).await;
                    answer
                }
                None => {
                    Turns(100).await;
                    Err(DataError::Network("hung, then reset".into()))
                }
            }
        }
    }

    fn timer(&self, duration: Duration) -> impl Future<Output = ()> {
        self.timers.borrow_mut().push(duration);
        let fire = self.timers_fire.get();
        async move {
            if fire {
                Turns(3).await
            } else {
                futures::future::pending::<()>().await
            }
        }
    }
}

/// A small record for the data layer's tests.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct Note {
    pub id: String,
    pub text: Option<String>,
    pub tag: Option<String>,
    pub created_at: Option<crate::time::Timestamp>,
    pub updated_at: Option<crate::time::Timestamp>,
    pub version: Option<i64>,
}

/// Note `n1` at `version` with `text`.
pub fn note(version: i64, text: &str) -> Note {
    Note {
        id: "n1".into(),
        text: Some(text.into()),
        version: Some(version),
        ..Default::default()
    }
}

impl Record for Note {
    const COLLECTION: &'static str = "notes";
    const FIELDS: &'static [&'static str] =
        &["id", "text", "tag", "created_at", "updated_at", "version"];
    fn id(&self) -> &str {
        &self.id
    }
}
