//! The browser's transport: `fetch` through gloo-net, cancelled with an
//! `AbortController` when its future is dropped (a timeout, a load that
//! stopped early), so a hung request does not stay open.

use std::future::Future;
use std::time::Duration;

use gloo_net::http::RequestBuilder;
use wasm_bindgen_futures::JsFuture;

use super::provider::{send_within, DEFAULT_TIMEOUT};
use super::{DataError, HttpRequest, HttpResponse, Method, Transport};

#[derive(Clone, Copy, Default)]
pub struct Fetch;

/// Aborts the fetch when dropped before it finished.
struct AbortOnDrop(Option<web_sys::AbortController>);

impl Drop for AbortOnDrop {
    fn drop(&mut self) {
        if let Some(controller) = self.0.take() {
            controller.abort();
        }
    }
}

/// Clears the timer when dropped (the request answered first).
struct ClearOnDrop(Option<i32>);

impl Drop for ClearOnDrop {
    fn drop(&mut self) {
        if let (Some(handle), Some(window)) = (self.0, web_sys::window()) {
            window.clear_timeout_with_handle(handle);
        }
    }
}

impl Transport for Fetch {
    async fn send(&self, request: HttpRequest) -> Result<HttpResponse, DataError> {
        let method = match request.method {
            Method::Get => gloo_net::http::Method::GET,
            Method::Post => gloo_net::http::Method::POST,
            Method::Patch => gloo_net::http::Method::PATCH,
            Method::Delete => gloo_net::http::Method::DELETE,
        };
        let controller = web_sys::AbortController::new().ok();
        let mut builder = RequestBuilder::new(&request.url)
            .method(method)
            .abort_signal(controller.as_ref().map(|c| c.signal()).as_ref());
        let mut abort = AbortOnDrop(controller);
        for (name, value) in &request.headers {
            builder = builder.header(name, value);
        }
        let built = match request.body {
            Some(body) => builder.body(body),
            None => builder.build(),
        }
        .map_err(|e| DataError::Network(e.to_string()))?;
        let response = built
            .send()
            .await
            .map_err(|e| DataError::Network(network_detail(&e)))?;
        let headers = response
            .headers()
            .entries()
            .map(|(k, v)| (k.to_ascii_lowercase(), v))
            .collect();
        let status = response.status();
        let body = response
            .text()
            .await
            .map_err(|e| DataError::Network(network_detail(&e)))?;
        abort.0 = None; // finished: nothing to cancel
        Ok(HttpResponse {
            status,
            headers,
            body,
        })
    }

    fn timer(&self, duration: Duration) -> impl Future<Output = ()> {
        let ms = duration.as_millis().min(i32::MAX as u128) as i32;
        let mut handle = None;
        let promise = js_sys::Promise::new(&mut |resolve, _reject| {
            handle = web_sys::window().and_then(|w| {
                w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
                    .ok()
            });
        });
        let clear = ClearOnDrop(handle);
        async move {
            let _ = JsFuture::from(promise).await;
            drop(clear);
        }
    }
}

fn network_detail(error: &gloo_net::Error) -> String {
    match error {
        // The browser says only "Failed to fetch" for offline, refused, DNS and CORS.
        gloo_net::Error::JsError(js) => js.message.clone(),
        other => other.to_string(),
    }
}

/// GETs a file beside the app (`config.json`, a catalogue) through the same
/// transport as the data, within [`DEFAULT_TIMEOUT`]: the status and the
/// text, or why it failed.
pub async fn get_text(url: &str) -> Result<(u16, String), DataError> {
    let request = HttpRequest {
        method: Method::Get,
        url: url.to_string(),
        headers: Vec::new(),
        body: None,
    };
    let response = send_within(&Fetch, request, DEFAULT_TIMEOUT).await?;
    Ok((response.status, response.body))
}
