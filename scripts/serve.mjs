// Serves the built app as a user gets it: static files under a base path,
// the SPA fallback to index.html for deep links, compression, an optional
// config.json override and an optional proxy of `<base>api/` to a backend.
//
//   node scripts/serve.mjs --dir dist --port 8080 [--host 127.0.0.1]
//        [--base /tools/watchfloor/] [--api http://127.0.0.1:3001]
//        [--config path/to/config.json] [--verbose]
//
// Used by `make run` and by the e2e tests (through createServer).

import http from "node:http";
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

export function normaliseBase(base = "/") {
  let b = base.startsWith("/") ? base : `/${base}`;
  if (!b.endsWith("/")) b += "/";
  return b;
}

/** Creates the server (not yet listening). */
export function createServer({ dir = "dist", base = "/", api, config, verbose = false } = {}) {
  const root = resolve(dir);
  base = normaliseBase(base);
  const cache = new Map(); // path + mtime + encoding -> compressed bytes

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
    const target = new URL(rest, api.endsWith("/") ? api : `${api}/`);
    const headers = { ...req.headers, host: target.host };
    const upstream = http.request(target, { method: req.method, headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
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

  return http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    let path;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      return send(res, 400, { "Content-Type": "text/plain" }, "bad request");
    }
    if (verbose) console.log(req.method, req.url);
    if (`${path}/` === base) {
      return send(res, 302, { Location: base + url.search }, "");
    }
    if (!path.startsWith(base)) {
      return send(res, 404, { "Content-Type": "text/plain" }, "not found");
    }
    const rest = path.slice(base.length);
    if (api && (rest === "api" || rest.startsWith("api/"))) {
      const raw = url.pathname.slice(url.pathname.indexOf("/api") + 4).replace(/^\//, "");
      return proxy(req, res, raw + url.search);
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
    return file(req, res, join(root, "index.html"), { "Cache-Control": "no-cache" });
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
