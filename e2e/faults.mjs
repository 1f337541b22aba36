// A fault-injecting HTTP proxy for e2e tests: it sits between the app server
// and json-server (startStack({ faults: true }) puts it there) and passes
// every request through as it is, headers included (X-Total-Count, ETag,
// Link...), until a test tells it to misbehave:
//
//   const proxy = await startFaultProxy(backend.url);
//   proxy.set({ status500: true });                 // every request: a 500 with a JSON body
//   proxy.set({ htmlError: true });                 // a 502 with an HTML error page
//   proxy.set({ truncateJson: true });              // json-server's status and headers, half its body
//   proxy.set({ reset: true });                     // the connection destroyed, no answer
//   proxy.set({ delayMs: 800 });                    // passed through, late
//   proxy.set({ hang: true });                      // never answered, until proxy.release()
//   proxy.set({ storm412: true });                  // every write: 412 with the stored record
//   proxy.set({ status500: true, onlyMethods: ["PATCH"], onlyPath: /^\/cases\// });
//   proxy.set({ status500: true, times: 1 });       // the next matching request only
//   proxy.clear();                                  // pass-through again
//
// `onlyMethods` and `onlyPath` (a string prefix or a RegExp over the path
// and query json-server sees) limit which requests get the fault; the rest
// pass through. `delayMs` combines with the others (a late 500).
//
// What it saw: `proxy.forwardedWrites` counts the writes (POST, PUT, PATCH,
// DELETE) that reached json-server, by method; `proxy.requests` lists every
// request ({ method, path, fault }); `proxy.held` is how many hang. Hanging
// requests are kept until `proxy.release()` (pass them through now;
// `release({ reset: true })` drops them instead) or `proxy.stop()` (drops
// them): a test of timeouts or "saving" indicators sets hang, looks at the
// page, then releases.

import http from "node:http";

const WRITES = new Set(["POST", "PUT", "PATCH", "DELETE"]);
const FAULTS = ["hang", "reset", "status500", "htmlError", "truncateJson", "storm412"];

export async function startFaultProxy(target, { host = "127.0.0.1", port = 0 } = {}) {
  const upstream = new URL(target);
  let options = {};
  let remaining = Infinity;
  const held = new Set();
  const forwardedWrites = { POST: 0, PUT: 0, PATCH: 0, DELETE: 0 };
  const requests = [];

  function matches(req) {
    if (options.onlyMethods && !options.onlyMethods.map((m) => m.toUpperCase()).includes(req.method)) return false;
    const path = req.url ?? "/";
    if (options.onlyPath instanceof RegExp && !options.onlyPath.test(path)) return false;
    if (typeof options.onlyPath === "string" && !path.startsWith(options.onlyPath)) return false;
    return true;
  }

  /** The fault this request gets ("pass", "delay" or one of FAULTS). */
  function faultFor(req) {
    const active = FAULTS.find((f) => options[f]) ?? (options.delayMs ? "delay" : null);
    if (!active || remaining <= 0 || !matches(req)) return "pass";
    if (active === "storm412" && !WRITES.has(req.method)) return "pass";
    remaining -= 1;
    return active;
  }

  function json(res, status, body) {
    const text = JSON.stringify(body);
    res.writeHead(status, { "Content-Type": "application/json; charset=utf-8", "Content-Length": Buffer.byteLength(text) });
    res.end(text);
  }

  /** Sends the request on to json-server; `onAnswer(answer, body)` gets the whole answer. */
  function forward(req, body, onAnswer, onError) {
    if (WRITES.has(req.method)) forwardedWrites[req.method] = (forwardedWrites[req.method] ?? 0) + 1;
    const headers = { ...req.headers, host: upstream.host };
    const outgoing = http.request(
      { protocol: upstream.protocol, hostname: upstream.hostname, port: upstream.port, path: req.url, method: req.method, headers },
      (answer) => {
        const chunks = [];
        answer.on("data", (c) => chunks.push(c));
        answer.on("end", () => onAnswer(answer, Buffer.concat(chunks)));
        answer.on("error", onError);
      },
    );
    outgoing.on("error", onError);
    outgoing.end(body);
  }

  function passThrough(req, res, body) {
    forward(req, body, (answer, data) => {
      if (res.destroyed) return;
      const headers = { ...answer.headers };
      delete headers["transfer-encoding"];
      headers["content-length"] = data.length;
      res.writeHead(answer.statusCode ?? 502, headers);
      res.end(data);
    }, () => res.destroy());
  }

  async function respond(req, res, body, fault) {
    switch (fault) {
      case "reset":
        req.socket.destroy();
        return;
      case "hang":
        held.add({ req, res, body });
        return;
      case "status500":
        return json(res, 500, { error: "injected failure" });
      case "htmlError":
        res.writeHead(502, { "Content-Type": "text/html; charset=utf-8" });
        res.end("<!doctype html><html><head><title>502 Bad Gateway</title></head>"
          + "<body><h1>502 Bad Gateway</h1><hr><p>nginx</p></body></html>");
        return;
      case "truncateJson":
        forward(req, body, (answer, data) => {
          if (res.destroyed) return;
          const cut = data.subarray(0, Math.max(1, Math.floor(data.length / 2)));
          const headers = { ...answer.headers };
          delete headers["transfer-encoding"];
          // Not json-server's validators: the browser would keep the cut body
          // under the whole body's ETag, and a later 304 would serve it again.
          delete headers.etag;
          delete headers["last-modified"];
          headers["cache-control"] = "no-store";
          headers["content-length"] = cut.length;
          res.writeHead(answer.statusCode ?? 200, headers);
          res.end(cut);
        }, () => res.destroy());
        return;
      case "storm412": {
        // The record as json-server holds it now (not counted as a write).
        const path = (req.url ?? "/").split("?")[0];
        let current = null;
        if (req.method !== "POST") {
          try {
            const answer = await fetch(new URL(path, upstream));
            if (answer.ok) current = await answer.json();
          } catch {
            // none to show
          }
        }
        return json(res, 412, { error: "version conflict", current });
      }
      default:
        return passThrough(req, res, body);
    }
  }

  const server = http.createServer((req, res) => {
    const chunks = [];
    req.on("data", (c) => chunks.push(c));
    req.on("error", () => res.destroy());
    req.on("end", () => {
      const body = chunks.length ? Buffer.concat(chunks) : undefined;
      const fault = faultFor(req);
      requests.push({ method: req.method, path: req.url, fault });
      const delay = fault === "pass" ? 0 : options.delayMs ?? 0;
      const go = () => respond(req, res, body, fault === "delay" ? "pass" : fault).catch(() => res.destroy());
      if (delay > 0) setTimeout(go, delay);
      else go();
    });
  });
  await new Promise((resolve) => server.listen(port, host, resolve));
  const url = `http://${host}:${server.address().port}`;

  /** Replaces the faults (and resets `times`); `{}` is pass-through. */
  function set(next = {}) {
    options = { ...next };
    remaining = Number.isInteger(next.times) ? next.times : Infinity;
  }

  return {
    url,
    port: server.address().port,
    forwardedWrites,
    requests,
    set,
    /** Pass-through again (held requests stay held until release()). */
    clear: () => set({}),
    get held() {
      return held.size;
    },
    /** Answers the hanging requests now (passed through), or drops them with `{ reset: true }`. */
    release({ reset = false } = {}) {
      const now = [...held];
      held.clear();
      for (const { req, res, body } of now) {
        if (reset) req.socket.destroy();
        else passThrough(req, res, body);
      }
      return now.length;
    },
    /** Zeroes the counters and the request log. */
    resetCounts() {
      for (const key of Object.keys(forwardedWrites)) forwardedWrites[key] = 0;
      requests.length = 0;
    },
    async stop() {
      for (const { req } of held) req.socket.destroy();
      held.clear();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
