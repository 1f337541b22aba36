// Serves the built app as a user gets it: static files under a base path,
// the SPA fallback to index.html for deep links, compression, an optional
// config.json override and an optional proxy of `<base>api/` to a backend
// (every request header passed on, answers streamed as they come: server-sent
// events too, ended when the client leaves).
// index.html goes out with its Content-Security-Policy header (see
// contentSecurityPolicy). Request paths are read as text: one with an empty
// segment or a backslash (`//evil.example/cases`) is a 400, the proxy
// reaches only the --api origin and path, and no request can stop the
// server (a throw in the handler is a 500).
//
//   node scripts/serve.mjs --dir dist --port 8080 [--host 127.0.0.1]
//        [--base /tools/watchfloor/] [--api http://127.0.0.1:3001]
//        [--config path/to/config.json] [--verbose]
//
// Used by `make run` and by the e2e tests (through createServer).

import http from "node:http";
import https from "node:https";
import net from "node:net";
import { readFileSync, statSync } from "node:fs";
import { extname, join, normalize, resolve, sep } from "node:path";
import { pathToFileURL } from "node:url";
import zlib from "node:zlib";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
  ".ftl": "text/plain; charset=utf-8",
  ".webmanifest": "application/manifest+json",
  ".woff2": "font/woff2",
};
const COMPRESSIBLE = new Set([".html", ".js", ".mjs", ".wasm", ".css", ".json", ".svg", ".txt", ".ftl"]);

/** A Trunk asset name with its content hash (`watchfloor-6d1d0bfb3d7ffc9d_bg.wasm`). */
const HASHED = /-[0-9a-f]{12,}(_bg)?\.[a-z0-9]+$/;

/** A TCP port free on 127.0.0.1 now (for tests that start servers). */
export async function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

export function normaliseBase(base = "/") {
  let b = base.startsWith("/") ? base : `/${base}`;
  if (!b.endsWith("/")) b += "/";
  return b;
}

/**
 * The path and query of a request-target, read as text: never through
 * `new URL(target, someBase)`, which reads `//evil.example/cases` as another
 * host. Null for anything but a plain absolute path (absolute-form
 * `http://host/…`, `*`), for an empty segment (`//`) or a backslash, before
 * or after decoding, and for a malformed percent-encoding.
 */
export function requestPath(target) {
  const raw = String(target ?? "");
  if (!raw.startsWith("/")) return null;
  const end = raw.search(/[?#]/);
  const pathname = end < 0 ? raw : raw.slice(0, end);
  const search = end < 0 || raw[end] === "#" ? "" : raw.slice(end).replace(/#.*$/, "");
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  for (const p of [pathname, decoded]) {
    if (p.includes("//") || p.includes("\\") || p.includes("\0")) return null;
  }
  return { pathname, decoded, search };
}

/**
 * The URL `rest` (the raw path and query after `<base>api/`) names under
 * the API base `api` (a URL ending in "/"), or null when it would leave the
 * API's origin or path prefix: nothing scheme-like, no empty, dot or
 * encoded-slash segments.
 */
export function proxyTarget(api, rest) {
  const end = rest.search(/[?#]/);
  const path = end < 0 ? rest : rest.slice(0, end);
  const segments = path.split("/");
  if (path.startsWith("/") || segments[0].includes(":")) return null;
  for (const segment of segments) {
    let decoded;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      return null;
    }
    if (decoded === "." || decoded === ".." || /[\/\\:]/.test(decoded) && segment !== decoded) return null;
    if (segment.includes("\\")) return null;
  }
  if (/\/\//.test(path)) return null;
  let target;
  try {
    target = new URL(api.origin + api.pathname + rest.replace(/#.*$/, ""));
  } catch {
    return null;
  }
  if (target.origin !== api.origin || !target.pathname.startsWith(api.pathname)) return null;
  return target;
}

/**
 * An origin fit for a CSP source list (`https://api.example.com`), or null.
 * The URL parser lets `;`, `$`, `"` and the like into a host
 * (`https://x;script-src`): those would end the directive here, or break the
 * nginx config it is written into, so only plain host names (IDNs in their
 * xn-- form), IPv6 literals and a port pass.
 */
function cspOrigin(value) {
  try {
    const url = new URL(value);
    return /^https?:\/\/([a-z0-9.-]+|\[[0-9a-f:.]+\])(:\d+)?$/.test(url.origin) ? url.origin : null;
  } catch {
    return null;
  }
}

/**
 * The Content-Security-Policy header for index.html: the policy of its
 * `<meta http-equiv="Content-Security-Policy">` (script hashes, base-uri,
 * object-src; written by scripts/csp.mjs at build time) plus what only a
 * deployment knows (deploymentPolicy). A meta tag cannot carry
 * frame-ancestors.
 */
export function contentSecurityPolicy(html, configText) {
  const meta = /<meta\s[^>]*http-equiv=["']?Content-Security-Policy["']?[^>]*>/i.exec(html);
  const content = meta && /\scontent=(?:"([^"]*)"|'([^']*)')/i.exec(meta[0]);
  const policy = content
    ? (content[1] ?? content[2]).replace(/&#39;|&apos;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, "&")
    : "base-uri 'self'; object-src 'none'";
  const directives = policy.split(";").map((d) => d.trim()).filter(Boolean)
    .filter((d) => !/^(connect-src|frame-ancestors)\b/i.test(d));
  return [...directives, deploymentPolicy(configText)].join("; ");
}

/**
 * The part of the policy a deployment's config.json decides, the same for
 * every build: `connect-src` ('self' and the origin of an absolute
 * `api_base_url`) and `frame-ancestors` ('self' and the `portal_origins`).
 * The app server sends it after the meta's policy; deploy/nginx.conf sends
 * it alone, next to the build's meta (scripts/nginx-conf.mjs writes it there).
 */
export function deploymentPolicy(configText) {
  const { api, portals } = deploymentOrigins(configText);
  const connect = ["'self'", ...(api ? [api] : [])];
  return `connect-src ${connect.join(" ")}; frame-ancestors ${["'self'", ...new Set(portals)].join(" ")}`;
}

/**
 * What deploymentPolicy reads from config.json: the API's origin (null for
 * a relative api_base_url), the portals' origins, and `dropped`, the
 * entries it leaves out because they are no origin a policy can name
 * (`https://*.example.com`, `https://x;script-src`, a number), as
 * written, for scripts/nginx-conf.mjs to report.
 */
export function deploymentOrigins(configText) {
  let config = {};
  try {
    config = JSON.parse(configText ?? "{}") ?? {};
  } catch {
    // The app names a broken config.json itself; the policy stays strict.
  }
  const dropped = [];
  const url = typeof config.api_base_url === "string" ? config.api_base_url : "";
  // A relative api_base_url is 'self'; a scheme-relative one (//api.example.com/) its host, either scheme.
  const absolute = url.startsWith("//") || /^[a-z][a-z0-9+.-]*:/i.test(url);
  const api = url.startsWith("//") ? cspOrigin(`https:${url}`)?.replace(/^https:\/\//, "") ?? null
    : absolute ? cspOrigin(url) : null;
  if (absolute && !api) dropped.push({ key: "api_base_url", value: url });
  const portals = [];
  for (const o of Array.isArray(config.portal_origins) ? config.portal_origins : []) {
    const origin = typeof o === "string" ? cspOrigin(o) : null;
    if (origin) portals.push(origin);
    else dropped.push({ key: "portal_origins", value: o });
  }
  return { api, portals, dropped };
}

/** Creates the server (not yet listening). */
export function createServer({ dir = "dist", base = "/", api, config, verbose = false } = {}) {
  const root = resolve(dir);
  base = normaliseBase(base);
  const cache = new Map(); // path + mtime + encoding -> compressed bytes
  const apiBase = api ? new URL(api.endsWith("/") ? api : `${api}/`) : null;
  if (apiBase && !/^https?:$/.test(apiBase.protocol)) throw new Error(`serve: --api must be http(s): ${api}`);
  const transport = apiBase?.protocol === "https:" ? https : http;

  function readText(path) {
    try {
      return readFileSync(path, "utf8");
    } catch {
      return null;
    }
  }

  /** index.html with its CSP header (config.json read at each load: it may change). */
  function page(req, res) {
    const index = join(root, "index.html");
    const html = readText(index) ?? "";
    const configText = readText(config ? resolve(config) : join(root, "config.json"));
    return file(req, res, index, {
      "Cache-Control": "no-cache",
      "Content-Security-Policy": contentSecurityPolicy(html, configText),
    });
  }

  function send(res, status, headers, body) {
    res.writeHead(status, headers);
    res.end(body);
  }

  function file(req, res, path, extraHeaders = {}) {
    const type = TYPES[extname(path)] ?? "application/octet-stream";
    let stat;
    try {
      stat = statSync(path);
    } catch {
      return send(res, 404, { "Content-Type": "text/plain" }, "not found");
    }
    let body = readFileSync(path);
    const headers = { "Content-Type": type, Vary: "Accept-Encoding", ...extraHeaders };
    const accept = String(req.headers["accept-encoding"] ?? "");
    const encoding = !COMPRESSIBLE.has(extname(path)) ? null
      : /\bbr\b/.test(accept) ? "br" : /\bgzip\b/.test(accept) ? "gzip" : null;
    if (encoding) {
      const key = `${path}:${stat.mtimeMs}:${encoding}`;
      if (!cache.has(key)) {
        cache.set(key, encoding === "br"
          ? zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 9 } })
          : zlib.gzipSync(body));
      }
      body = cache.get(key);
      headers["Content-Encoding"] = encoding;
    }
    headers["Content-Length"] = body.length;
    res.writeHead(200, headers);
    res.end(req.method === "HEAD" ? undefined : body);
  }

  function proxy(req, res, rest) {
    // Only the configured API's origin and path prefix, whatever `rest` says.
    const target = proxyTarget(apiBase, rest);
    if (!target) {
      return send(res, 400, { "Content-Type": "application/json" }, JSON.stringify({ error: "bad API path" }));
    }
    // Nor a service worker of this origin: a browser asks for a worker's
    // script with "Service-Worker: script", and a backend's
    // Service-Worker-Allowed would widen the worker's scope.
    if (req.headers["service-worker"] !== undefined) {
      return send(res, 403, { "Content-Type": "application/json" }, JSON.stringify({ error: "not a service worker" }));
    }
    const headers = { ...req.headers, host: target.host };
    const upstream = transport.request(target, { method: req.method, headers }, (answer) => {
      // The backend's answers are data, never a page of this origin: its
      // HTML (json-server's home page, error pages) must not run here, next
      // to the drafts the app keeps.
      const { "service-worker-allowed": _scope, ...answerHeaders } = answer.headers;
      res.writeHead(answer.statusCode ?? 502, {
        ...answerHeaders,
        "content-security-policy": "sandbox; default-src 'none'",
        "x-content-type-options": "nosniff",
      });
      answer.pipe(res);
    });
    // A client that leaves (a closed tab, the app's EventSource on PocketBase's
    // /api/realtime) ends the backend's request too: a stream would
    // otherwise stay open there, one more each time the page loads.
    res.on("close", () => {
      if (!res.writableFinished) upstream.destroy();
    });
    upstream.on("error", () => {
      if (!res.headersSent) {
        send(res, 502, { "Content-Type": "application/json" }, JSON.stringify({ error: "backend unreachable" }));
      } else {
        res.destroy();
      }
    });
    req.pipe(upstream);
  }

  function handle(req, res) {
    if (verbose) console.log(req.method, req.url);
    const url = requestPath(req.url);
    if (!url) {
      return send(res, 400, { "Content-Type": "text/plain" }, "bad request");
    }
    const path = url.decoded;
    if (`${path}/` === base) {
      return send(res, 302, { Location: base + url.search }, "");
    }
    if (!path.startsWith(base)) {
      return send(res, 404, { "Content-Type": "text/plain" }, "not found");
    }
    const rest = path.slice(base.length);
    if (api && (rest === "api" || rest.startsWith("api/"))) {
      // The raw (still encoded) path after `<base>api/`: the base's segments, then "api".
      const raw = url.pathname.split("/").slice(base.split("/").length - 1).join("/");
      return proxy(req, res, raw.replace(/^api\/?/, "") + url.search);
    }
    if (req.method !== "GET" && req.method !== "HEAD") {
      return send(res, 405, { "Content-Type": "text/plain", Allow: "GET, HEAD" }, "method not allowed");
    }
    if (rest === "config.json" && config) {
      return file(req, res, resolve(config), { "Cache-Control": "no-cache" });
    }
    const segments = rest.split("/");
    if (segments.some((s) => s === ".." || s.startsWith("."))) {
      return send(res, 404, { "Content-Type": "text/plain" }, "not found");
    }
    const target = normalize(join(root, rest));
    if (target !== root && !target.startsWith(root + sep)) {
      return send(res, 404, { "Content-Type": "text/plain" }, "not found");
    }
    let isFile = false;
    try {
      isFile = statSync(target).isFile();
    } catch {
      // not there
    }
    if (isFile && target === join(root, "index.html")) {
      return page(req, res);
    }
    if (isFile) {
      // Hashed assets never change; index.html and config.json always may.
      const immutable = HASHED.test(target);
      return file(req, res, target, { "Cache-Control": immutable ? "public, max-age=31536000, immutable" : "no-cache" });
    }
    const last = segments[segments.length - 1];
    // On a deep link (/cases/case-1) the browser's preload scanner asks for
    // the hashed assets relative to the page, before index.html's script
    // sets <base>: serve them from the root rather than 404 twice per load.
    if (segments.length > 1 && HASHED.test(last)) {
      try {
        if (statSync(join(root, last)).isFile()) {
          return file(req, res, join(root, last), { "Cache-Control": "public, max-age=31536000, immutable" });
        }
      } catch {
        // not there either
      }
    }
    if (extname(last) !== "") {
      // A missing asset fails loudly instead of returning HTML.
      return send(res, 404, { "Content-Type": "text/plain" }, "not found");
    }
    return page(req, res);
  }

  return http.createServer((req, res) => {
    // Nothing a request holds may stop the server.
    try {
      handle(req, res);
    } catch (error) {
      if (verbose) console.error(error);
      if (!res.headersSent) {
        send(res, 500, { "Content-Type": "text/plain" }, "internal error");
      } else {
        res.destroy();
      }
    }
  });
}

function parseArgs(argv) {
  const options = {};
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = () => argv[++i];
    switch (flag) {
      case "--dir": options.dir = value(); break;
      case "--port": options.port = Number(value()); break;
      case "--host": options.host = value(); break;
      case "--base": options.base = value(); break;
      case "--api": options.api = value(); break;
      case "--config": options.config = value(); break;
      case "--verbose": options.verbose = true; break;
      default:
        console.error(`serve: unknown option ${flag}`);
        process.exit(2);
    }
  }
  return options;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const options = parseArgs(process.argv.slice(2));
  const port = options.port ?? Number(process.env.APP_PORT ?? 8080);
  const host = options.host ?? process.env.APP_HOST ?? "127.0.0.1";
  const server = createServer(options);
  server.listen(port, host, () => {
    console.log(`Watchfloor app: http://${host}:${port}${normaliseBase(options.base)}`);
  });
  const stop = () => {
    // Browsers keep (and pre-open) connections; do not wait for them.
    server.closeAllConnections();
    server.close(() => process.exit(0));
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}
