// Tests of the Node tools the app runs on: the json-server middleware
// (version check, duplicate ids, CORS) and the static app server.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import http from "node:http";
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { createServer, freePort } from "./serve.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");


async function startJsonServer(db) {
  const dir = mkdtempSync(join(tmpdir(), "wf-servers-"));
  writeFileSync(join(dir, "db.json"), JSON.stringify(db));
  const port = await freePort();
  const child = spawn(join(root, "node_modules", ".bin", "json-server"), [
    join(dir, "db.json"), "--middlewares", join(root, "scripts", "json-server-middleware.cjs"),
    "--host", "127.0.0.1", "--port", String(port), "--quiet",
  ], { stdio: "ignore" });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${url}/cases`)).ok) break;
    } catch { /* not yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    async stop() {
      child.kill();
      await new Promise((r) => child.once("exit", r));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

const patch = (url, ifMatch, body) =>
  fetch(url, {
    method: "PATCH",
    headers: { "Content-Type": "application/json", ...(ifMatch ? { "If-Match": ifMatch } : {}) },
    body: JSON.stringify(body),
  });

describe("json-server middleware", () => {
  let server;
  before(async () => {
    server = await startJsonServer({
      cases: [
        { id: "a", title: "t", version: 1, updated_at: "2026-11-24T09:30:00.000Z" },
        { id: "b", title: "u", version: 1, updated_at: "2026-11-24T09:30:00.000Z" },
        { id: "c", title: "v", version: 1, updated_at: "2026-11-24T09:30:00.000Z" },
      ],
    });
  });
  after(() => server?.stop());

  test("a PATCH on the current version succeeds and raises it", async () => {
    const r = await patch(`${server.url}/cases/a`, '"1"', { title: "x" });
    assert.equal(r.status, 200);
    assert.equal((await r.json()).version, 2);
  });

  test("a PATCH on a stale version is a 412 with the stored record", async () => {
    const r = await patch(`${server.url}/cases/a`, "1", { title: "y" });
    assert.equal(r.status, 412);
    const body = await r.json();
    assert.equal(body.current.version, 2);
    assert.equal(body.current.title, "x");
  });

  test("of twenty parallel PATCHes on one version exactly one wins", async () => {
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) => patch(`${server.url}/cases/b`, 'W/"1"', { title: `w${i}` })),
    );
    const statuses = answers.map((r) => r.status).sort();
    assert.deepEqual(statuses, [200, ...Array(19).fill(412)]);
    const stored = await (await fetch(`${server.url}/cases/b`)).json();
    assert.equal(stored.version, 2);
  });

  test("without If-Match the version still moves", async () => {
    const r = await patch(`${server.url}/cases/c`, null, { title: "z", version: 1 });
    assert.equal((await r.json()).version, 2);
  });

  test("a POST with a taken id is a JSON 409, a new id is created", async () => {
    const dup = await fetch(`${server.url}/cases`, {
      method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ id: "a" }),
    });
    assert.equal(dup.status, 409);
    assert.equal((await dup.json()).error, "duplicate id");
    const created = await fetch(`${server.url}/cases`, {
      method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ id: "n", version: 1 }),
    });
    assert.equal(created.status, 201);
  });

  test("CORS exposes the total and allows If-Match and Authorization", async () => {
    const list = await fetch(`${server.url}/cases?_page=1&_limit=1`, { headers: { Origin: "http://portal" } });
    assert.match(list.headers.get("access-control-expose-headers"), /X-Total-Count/);
    // The app reads the backend's clock from Date (its "changed since" cursor).
    assert.match(list.headers.get("access-control-expose-headers"), /\bDate\b/);
    assert.equal(list.headers.get("x-total-count"), "4");
    const preflight = await fetch(`${server.url}/cases/a`, {
      method: "OPTIONS",
      headers: {
        Origin: "http://portal",
        "Access-Control-Request-Method": "PATCH",
        "Access-Control-Request-Headers": "if-match, authorization, content-type",
      },
    });
    assert.ok(preflight.status < 300);
    assert.match(preflight.headers.get("access-control-allow-headers"), /if-match/i);
    assert.match(preflight.headers.get("access-control-allow-headers"), /authorization/i);
  });
});

describe("json-server middleware against malformed paths", () => {
  let server;
  before(async () => {
    server = await startJsonServer({ cases: [{ id: "a", title: "t", version: 1 }] });
  });
  after(() => server?.stop());

  test("a malformed percent-encoding is a JSON 4xx, and json-server lives on", async () => {
    const { port } = new URL(server.url);
    for (const method of ["GET", "PATCH", "PUT", "DELETE", "POST"]) {
      for (const path of ["/cases/%E0%A4%A", "/%E0%A4%A", "/cases/%"]) {
        const body = method === "GET" || method === "DELETE" ? undefined : '{"title":"x"}';
        const r = await rawRequest(Number(port), path, {
          method, body,
          headers: body ? { "Content-Type": "application/json", "If-Match": "1" } : {},
        });
        assert.ok(r.status >= 400 && r.status < 500, `${method} ${path}: ${r.status}`);
        assert.match(r.headers["content-type"], /application\/json/, `${method} ${path}`);
        assert.ok(JSON.parse(r.body).error, `${method} ${path}: ${r.body}`);
      }
    }
    const stored = await (await fetch(`${server.url}/cases/a`)).json();
    assert.equal(stored.title, "t");
  });
});

describe("app server", () => {
  let dir, app, appUrl, backend;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), "wf-serve-"));
    mkdirSync(join(dir, "dist"));
    writeFileSync(join(dir, "dist", "index.html"), "<!doctype html><title>index</title>");
    writeFileSync(join(dir, "dist", "app-0123456789abcdef.js"), "console.log(1)");
    writeFileSync(join(dir, "dist", "app_bg.wasm"), Buffer.from([0, 97, 115, 109]));
    writeFileSync(join(dir, "dist", "config.json"), '{"from":"dist"}');
    writeFileSync(join(dir, "dist", ".secret"), "no");
    writeFileSync(join(dir, "override.json"), '{"from":"override"}');
    backend = await startJsonServer({ cases: [{ id: "a", version: 1 }] });
    app = createServer({
      dir: join(dir, "dist"), base: "/tools/watchfloor", api: backend.url, config: join(dir, "override.json"),
    });
    await new Promise((r) => app.listen(0, "127.0.0.1", r));
    appUrl = `http://127.0.0.1:${app.address().port}`;
  });
  after(async () => {
    await new Promise((r) => app.close(r));
    await backend?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  const get = (path, init) => fetch(`${appUrl}${path}`, { redirect: "manual", ...init });

  test("the base without its slash redirects to it", async () => {
    const r = await get("/tools/watchfloor");
    assert.equal(r.status, 302);
    assert.equal(r.headers.get("location"), "/tools/watchfloor/");
  });

  test("deep links get index.html; missing assets a 404", async () => {
    const deep = await get("/tools/watchfloor/cases/abc");
    assert.equal(deep.status, 200);
    assert.match(await deep.text(), /<title>index/);
    assert.equal((await get("/tools/watchfloor/nope.js")).status, 404);
    assert.equal((await get("/tools/watchfloor/cases/app.js")).status, 404);
  });

  test("a hashed asset asked for below a deep link is served from the root", async () => {
    // The preload scanner resolves ./app-<hash>.js against /cases/abc before <base> is set.
    const r = await get("/tools/watchfloor/cases/app-0123456789abcdef.js");
    assert.equal(r.status, 200);
    assert.equal(await r.text(), "console.log(1)");
    assert.equal((await get("/tools/watchfloor/cases/nope-0123456789abcdef.js")).status, 404);
  });

  test("assets have their types, hashed ones are cached for good", async () => {
    const wasm = await get("/tools/watchfloor/app_bg.wasm");
    assert.equal(wasm.headers.get("content-type"), "application/wasm");
    const js = await get("/tools/watchfloor/app-0123456789abcdef.js", { headers: { "Accept-Encoding": "br" } });
    assert.match(js.headers.get("content-type"), /javascript/);
    assert.match(js.headers.get("cache-control"), /immutable/);
    assert.equal(await js.text(), "console.log(1)");
  });

  test("nothing outside the base or the folder is served", async () => {
    assert.equal((await get("/")).status, 404);
    assert.equal((await get("/other/index.html")).status, 404);
    assert.equal((await get("/tools/watchfloor/.secret")).status, 404);
    for (const path of ["/tools/watchfloor/../../etc/passwd", "/tools/watchfloor/%2e%2e/%2e%2e/etc/passwd",
      "/tools/watchfloor/..%2f..%2fetc/passwd"]) {
      const r = await get(path);
      assert.ok(r.status === 404 || r.status === 400 || !(await r.text()).includes("root:"), path);
    }
  });

  test("config.json comes from --config when given", async () => {
    assert.deepEqual(await (await get("/tools/watchfloor/config.json")).json(), { from: "override" });
  });

  test("api/ is proxied to the backend with its headers", async () => {
    const r = await get("/tools/watchfloor/api/cases?_page=1&_limit=1");
    assert.equal(r.status, 200);
    assert.equal(r.headers.get("x-total-count"), "1");
    assert.deepEqual((await r.json()).map((c) => c.id), ["a"]);
  });

  test("a backend that is down is a JSON 502", async () => {
    const down = createServer({ dir: join(dir, "dist"), api: `http://127.0.0.1:${await freePort()}` });
    await new Promise((r) => down.listen(0, "127.0.0.1", r));
    try {
      const r = await fetch(`http://127.0.0.1:${down.address().port}/api/cases`);
      assert.equal(r.status, 502);
      assert.deepEqual(await r.json(), { error: "backend unreachable" });
    } finally {
      await new Promise((r) => down.close(r));
    }
  });
});

/** Sends `path` exactly as written (fetch would normalise it first). */
function rawRequest(port, path, { method = "GET", headers = {}, body } = {}) {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: "127.0.0.1", port, path, method, headers }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk) => { body += chunk; });
      res.on("end", () => resolve({ status: res.statusCode, headers: res.headers, body }));
    });
    req.on("error", reject);
    req.end(body);
  });
}

/** A server on another port that records every request it gets. */
async function startBystander() {
  const seen = [];
  const server = http.createServer((req, res) => {
    seen.push({ url: req.url, authorization: req.headers.authorization ?? null });
    res.writeHead(200, { "Content-Type": "application/json" });
    res.end("[]");
  });
  await new Promise((r) => server.listen(0, "127.0.0.1", r));
  return {
    seen,
    port: server.address().port,
    stop: () => new Promise((r) => { server.closeAllConnections(); server.close(r); }),
  };
}

describe("app server against hostile requests", () => {
  let dir, backend, bystander, app, port;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), "wf-hostile-"));
    mkdirSync(join(dir, "dist"));
    writeFileSync(join(dir, "dist", "index.html"), "<!doctype html><title>index</title>");
    writeFileSync(join(dir, "dist", "config.json"), '{"api_base_url":"api/"}');
    backend = await startJsonServer({ cases: [{ id: "a", version: 1 }] });
    bystander = await startBystander();
    app = createServer({ dir: join(dir, "dist"), api: `${backend.url}/` });
    await new Promise((r) => app.listen(0, "127.0.0.1", r));
    port = app.address().port;
  });
  after(async () => {
    app.closeAllConnections();
    await new Promise((r) => app.close(r));
    await backend?.stop();
    await bystander?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  test("the proxy reaches only the configured API: any other target is a 400", async () => {
    const other = `127.0.0.1:${bystander.port}`;
    for (const path of [
      `/api/http://${other}/cases`,
      `/api/http:/${other}/cases`,
      `/api/http:%2F%2F${other}/cases`,
      `/api//${other}/cases`,
      `/api/%2F%2F${other}/cases`,
      `/api/\\\\${other}/cases`,
      `/api/..%2F..%2F${other}/cases`,
      `/api/%2e%2e/cases`,
    ]) {
      const r = await rawRequest(port, path, { headers: { Authorization: "Bearer secret" } });
      assert.equal(r.status, 400, path);
    }
    assert.deepEqual(bystander.seen, [], "nothing reached the other server");
    // The API itself still answers through the proxy.
    const ok = await rawRequest(port, "/api/cases?_page=1&_limit=1");
    assert.equal(ok.status, 200);
    assert.equal(ok.headers["x-total-count"], "1");
    // Proxied answers are data: never a page that runs on the app's origin.
    assert.match(ok.headers["content-security-policy"], /sandbox/);
    assert.equal(ok.headers["x-content-type-options"], "nosniff");
  });

  test("a request-target naming another host gets no page", async () => {
    for (const path of ["//evil.example/cases", "///evil.example/cases", "/%2F%2Fevil.example/cases",
      "/\\evil.example/cases", "http://evil.example/cases"]) {
      const r = await rawRequest(port, path);
      assert.ok(r.status === 400 || r.status === 404, `${path}: ${r.status}`);
      assert.doesNotMatch(r.body, /<title>index/, path);
    }
    assert.equal((await rawRequest(port, "/cases")).status, 200);
  });

  test("no request can stop the server", async () => {
    const serverPort = await freePort();
    const child = spawn(process.execPath, [join(root, "scripts", "serve.mjs"), "--dir", join(dir, "dist"),
      "--port", String(serverPort), "--api", backend.url], { stdio: "ignore" });
    let exited = false;
    child.once("exit", () => { exited = true; });
    try {
      for (let i = 0; i < 100; i++) {
        try {
          if ((await rawRequest(serverPort, "/config.json")).status === 200) break;
        } catch { /* not yet */ }
        await new Promise((r) => setTimeout(r, 100));
      }
      for (const path of [
        `/api/https://127.0.0.1:${bystander.port}/x`,
        `/api/https:/127.0.0.1:${bystander.port}/x`,
        `/api/https:%2F%2F127.0.0.1:${bystander.port}/x`,
        "/api/ftp://127.0.0.1/x",
        "/api/%E0%A4%A",
        "/%E0%A4%A",
      ]) {
        try {
          await rawRequest(serverPort, path);
        } catch { /* a dropped connection is an answer too */ }
        assert.equal(exited, false, `the server stopped on ${path}`);
        const still = await rawRequest(serverPort, "/config.json");
        assert.equal(still.status, 200, `the server still answers after ${path}`);
      }
      assert.deepEqual(bystander.seen, []);
    } finally {
      child.kill();
      if (!exited) await new Promise((r) => child.once("exit", r));
    }
  });
});

describe("app server's Content-Security-Policy", () => {
  let dir;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), "wf-csp-"));
    mkdirSync(join(dir, "dist"));
    writeFileSync(join(dir, "dist", "index.html"),
      `<!doctype html><meta http-equiv="Content-Security-Policy" content="base-uri 'self'; script-src 'self' 'sha256-abc='"><title>index</title>`);
    writeFileSync(join(dir, "dist", "config.json"),
      JSON.stringify({ api_base_url: "https://api.example.com/v1/", portal_origins: ["https://portal.example.com"] }));
    writeFileSync(join(dir, "override.json"), JSON.stringify({ portal_origins: ["https://other.example.com"] }));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  async function policies(options, paths) {
    const server = createServer({ dir: join(dir, "dist"), ...options });
    await new Promise((r) => server.listen(0, "127.0.0.1", r));
    try {
      const out = [];
      for (const path of paths) out.push((await rawRequest(server.address().port, path)).headers["content-security-policy"]);
      return out;
    } finally {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    }
  }

  test("index.html, at any deep link, carries the meta's policy plus dist/config.json's origins", async () => {
    const [deep, index, root] = await policies({}, ["/cases/case-1", "/index.html", "/"]);
    assert.equal(deep, "base-uri 'self'; script-src 'self' 'sha256-abc='; connect-src 'self' https://api.example.com; "
      + "frame-ancestors 'self' https://portal.example.com");
    assert.equal(index, deep);
    assert.equal(root, deep);
  });

  test("with --config, that file's origins, read again on every load", async () => {
    const override = join(dir, "override.json");
    const server = createServer({ dir: join(dir, "dist"), config: override });
    await new Promise((r) => server.listen(0, "127.0.0.1", r));
    const policy = async () => (await rawRequest(server.address().port, "/cases")).headers["content-security-policy"];
    try {
      assert.match(await policy(), /connect-src 'self'; frame-ancestors 'self' https:\/\/other\.example\.com$/);
      writeFileSync(override, JSON.stringify({ portal_origins: [] }));
      assert.match(await policy(), /frame-ancestors 'self'$/);
    } finally {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    }
  });
});

describe("app server's proxy and service workers", () => {
  let dir, backend, app, port;
  const seen = [];
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), "wf-sw-"));
    mkdirSync(join(dir, "dist"));
    writeFileSync(join(dir, "dist", "index.html"), "<!doctype html><title>index</title>");
    // A lying backend: a script, with a header that would let it control the whole origin.
    backend = http.createServer((req, res) => {
      seen.push(req.url);
      res.writeHead(200, { "Content-Type": "text/javascript", "Service-Worker-Allowed": "/" });
      res.end("self.addEventListener('fetch', () => {});");
    });
    await new Promise((r) => backend.listen(0, "127.0.0.1", r));
    app = createServer({ dir: join(dir, "dist"), base: "/watchfloor/", api: `http://127.0.0.1:${backend.address().port}/` });
    await new Promise((r) => app.listen(0, "127.0.0.1", r));
    port = app.address().port;
  });
  after(async () => {
    for (const server of [app, backend]) {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    }
    rmSync(dir, { recursive: true, force: true });
  });

  test("a service worker's script is never fetched through the API (403), and Service-Worker-Allowed is dropped", async () => {
    const asked = await rawRequest(port, "/watchfloor/api/sw.js", { headers: { "Service-Worker": "script" } });
    assert.equal(asked.status, 403);
    assert.deepEqual(seen, [], "the backend was not asked");
    const plain = await rawRequest(port, "/watchfloor/api/sw.js");
    assert.equal(plain.status, 200);
    assert.deepEqual(seen, ["/sw.js"]);
    assert.equal(plain.headers["service-worker-allowed"], undefined);
    assert.equal(plain.headers["content-security-policy"], "sandbox; default-src 'none'");
  });
});

describe("app server's proxy with a stream (PocketBase's /api/realtime)", () => {
  let backend, app, port, seen, sent, open;
  before(async () => {
    // A backend that answers with server-sent events, one now and one a
    // moment later, and keeps the stream open until the client leaves.
    seen = [];
    sent = [];
    open = 0;
    backend = http.createServer((req, res) => {
      seen.push({ url: req.url, authorization: req.headers.authorization, ifMatch: req.headers["if-match"] });
      open++;
      res.writeHead(200, { "Content-Type": "text/event-stream", "Cache-Control": "no-store" });
      res.write('id:c1\nevent:PB_CONNECT\ndata:{"clientId":"c1"}\n\n');
      sent.push(Date.now());
      const later = setTimeout(() => {
        res.write('event:cases\ndata:{"action":"update"}\n\n');
        sent.push(Date.now());
      }, 300);
      res.on("close", () => {
        clearTimeout(later);
        open--;
      });
    });
    await new Promise((r) => backend.listen(0, "127.0.0.1", r));
    app = createServer({ dir: tmpdir(), api: `http://127.0.0.1:${backend.address().port}` });
    await new Promise((r) => app.listen(0, "127.0.0.1", r));
    port = app.address().port;
  });
  after(async () => {
    app.closeAllConnections();
    await new Promise((r) => app.close(r));
    backend.closeAllConnections();
    await new Promise((r) => backend.close(r));
  });

  test("events pass one by one, unbuffered, with the request's Authorization and If-Match", async () => {
    const arrived = [];
    await new Promise((resolve, reject) => {
      const req = http.get({
        host: "127.0.0.1", port, path: "/api/api/realtime",
        headers: { Accept: "text/event-stream", Authorization: "token-1", "If-Match": '"3"' },
      }, (res) => {
        assert.equal(res.statusCode, 200);
        assert.equal(res.headers["content-type"], "text/event-stream");
        res.setEncoding("utf8");
        res.on("data", (chunk) => {
          arrived.push({ at: Date.now(), chunk });
          if (arrived.length === 2) {
            req.destroy();
            resolve();
          }
        });
      });
      req.on("error", reject);
    });
    assert.match(arrived[0].chunk, /^id:c1\nevent:PB_CONNECT\n/);
    assert.match(arrived[1].chunk, /^event:cases\n/);
    // The first event reached the client before the backend wrote the second.
    assert.ok(arrived[0].at < sent[1], "the first event waited for the second");
    assert.deepEqual(seen[0], { url: "/api/realtime", authorization: "token-1", ifMatch: '"3"' });
  });

  test("a client that leaves closes the backend's stream, and the server lives on", async () => {
    for (let i = 0; i < 3; i++) {
      await new Promise((resolve, reject) => {
        const req = http.get({ host: "127.0.0.1", port, path: "/api/api/realtime" }, (res) => {
          res.once("data", () => {
            req.destroy();
            resolve();
          });
        });
        req.on("error", reject);
      });
    }
    for (let i = 0; i < 50 && open > 0; i++) await new Promise((r) => setTimeout(r, 20));
    assert.equal(open, 0, "streams still open at the backend");
    assert.equal((await rawRequest(port, "/no-such-file.js")).status, 404);
  });
});
