//! The browser's transport: `fetch` through gloo-net.

use gloo_net::http::RequestBuilder;

use super::{DataError, HttpRequest, HttpResponse, Method, Transport};

#[derive(Clone, Copy, Default)]
pub struct Fetch;

impl Transport for Fetch {
    async fn send(&self, request: HttpRequest) -> Result<HttpResponse, DataError> {
        let method = match request.method {
            Method::Get => gloo_net::http::Method::GET,
            Method::Post => gloo_net::http::Method::POST,
            Method::Patch => gloo_net::http::Method::PATCH,
            Method::Delete => gloo_net::http::Method::DELETE,
        };
        let mut builder = RequestBuilder::new(&request.url).method(method);
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
        Ok(HttpResponse {
            status,
            headers,
            body,
        })
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
/// transport as the data: the status and the text, or why it failed.
pub async fn get_text(url: &str) -> Result<(u16, String), DataError> {
    let request = HttpRequest {
        method: Method::Get,
        url: url.to_string(),
        headers: Vec::new(),
        body: None,
    };
    let response = Fetch.send(request).await?;
    Ok((response.status, response.body))
}
