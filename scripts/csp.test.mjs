// The build's CSP hook (scripts/csp.mjs) and the policy the app server sends
// (scripts/serve.mjs).
import { test } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { inlineScriptHashes, withScriptHashes } from "./csp.mjs";
import { contentSecurityPolicy } from "./serve.mjs";

const sha = (text) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;

const page = (meta) => `<!DOCTYPE html><html><head>
  ${meta}
  <script>
    var roots = ["cases"];\r
  </script>
  <script type="module">import init from './app-0123456789abcdef.js'; await init();</script>
  <script src="./other.js"></script>
</head><body></body></html>`;

test("every inline script is hashed as the browser reads it, script files are not", () => {
  const html = page("");
  assert.deepEqual(inlineScriptHashes(html), [
    sha('\n    var roots = ["cases"];\n  '),
    sha("import init from './app-0123456789abcdef.js'; await init();"),
  ]);
});

test("the hashes replace any old ones in script-src, the rest of the policy is kept", () => {
  const meta = `<meta http-equiv="Content-Security-Policy" content="base-uri 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-old='; object-src 'none'">`;
  const out = withScriptHashes(page(meta));
  const content = /content="([^"]*)"/.exec(out)[1];
  const [first, second] = inlineScriptHashes(out);
  assert.equal(content, `base-uri 'self'; script-src 'self' 'wasm-unsafe-eval' ${first} ${second}; object-src 'none'`);
  assert.equal(withScriptHashes(out), out, "running it twice changes nothing");
});

test("a page without the meta tag or its script-src fails the build", () => {
  assert.throws(() => withScriptHashes(page("")), /Content-Security-Policy/);
  assert.throws(() => withScriptHashes(page(`<meta http-equiv="Content-Security-Policy" content="base-uri 'self'">`)), /script-src/);
});

test("the server's header: the meta's policy, connect-src for the API, frame-ancestors for the portals", () => {
  const html = `<meta http-equiv="Content-Security-Policy" content="base-uri 'self'; script-src 'self' 'sha256-x='">`;
  assert.equal(
    contentSecurityPolicy(html, JSON.stringify({
      api_base_url: "https://api.example.com/v1/",
      portal_origins: ["https://portal.example.com/", "http://127.0.0.1:4000"],
    })),
    "base-uri 'self'; script-src 'self' 'sha256-x='; connect-src 'self' https://api.example.com; "
      + "frame-ancestors 'self' https://portal.example.com http://127.0.0.1:4000",
  );
  // A relative API is 'self'; no portals is 'self' only.
  assert.match(contentSecurityPolicy(html, '{"api_base_url":"api/"}'), /connect-src 'self'; frame-ancestors 'self'$/);
  // Anything that is not an http(s) origin cannot smuggle a directive in.
  const odd = contentSecurityPolicy(html, JSON.stringify({
    api_base_url: "javascript:alert(1)",
    portal_origins: ["x; script-src *", "data:,", 7, "https://x;script-src", 'https://a$b"c.example', "https://ok.example"],
  }));
  assert.match(odd, /connect-src 'self'; frame-ancestors 'self' https:\/\/ok\.example$/);
  assert.doesNotMatch(odd, /script-src \*/);
  // An absolute API whose host the URL parser lets through with a ';' in it.
  assert.match(contentSecurityPolicy(html, '{"api_base_url":"https://x;script-src/"}'), /connect-src 'self'; frame-ancestors 'self'$/);
  // IDNs in their xn-- form, IPv6 literals and ports are kept.
  assert.match(
    contentSecurityPolicy(html, JSON.stringify({ portal_origins: ["https://Ünï.example:8443/", "http://[::1]:4000"] })),
    /frame-ancestors 'self' https:\/\/xn--n-nga1b\.example:8443 http:\/\/\[::1\]:4000$/,
  );
  // A broken or missing config.json: the strict default.
  assert.match(contentSecurityPolicy(html, "{oops"), /connect-src 'self'; frame-ancestors 'self'$/);
  assert.match(contentSecurityPolicy(html, null), /connect-src 'self'; frame-ancestors 'self'$/);
});
