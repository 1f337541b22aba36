// What json-server 0.17.4 lacks for Watchfloor, as an express middleware:
//
// - an atomic version check: PATCH/PUT/DELETE /<collection>/<id> with
//   `If-Match: <version>` (also "3" or W/"3") answers 412 with the stored
//   record when the stored `version` differs; otherwise PATCH/PUT raise
//   `version` by one. json-server's router pauses every request (its
//   `_delay` middleware, 1 ms by default) before it writes, so a check here
//   alone would let parallel writers through: the new version is reserved
//   on the stored record in memory in the same synchronous step as the
//   check. Twenty parallel PATCHes with one If-Match give one 200 and
//   nineteen 412s (scripts/servers.test.mjs).
// - a JSON 409 for a POST whose id exists (json-server answers 500 in HTML).
// - CORS: exposes X-Total-Count and Link, allows If-Match and Authorization.
// - a JSON 400 for a path with a malformed percent-encoding (`/cases/%E0%A4%A`):
//   decoding it would throw, and in a body parser's callback that would stop
//   json-server.
//
// Start (the db file first):
//   json-server db.json --middlewares scripts/json-server-middleware.cjs --host 127.0.0.1 --port 3001

// json-server parses bodies only inside its router, after custom middlewares:
// parse here (its own parsers; the router then skips the parsed body).
const [parseJson, parseForm] = require("json-server").bodyParser;

function parseIfMatch(header) {
  if (header === undefined) return undefined;
  const m = /^\s*(?:W\/)?"?(-?\d+)"?\s*$/.exec(String(header));
  return m ? Number(m[1]) : NaN;
}

function json(res, status, body) {
  res.status(status).set("Content-Type", "application/json").send(JSON.stringify(body));
}

/** The path's segments, decoded; null when a percent-encoding is malformed. */
function pathSegments(path) {
  try {
    return path.split("/").filter(Boolean).map(decodeURIComponent);
  } catch {
    return null;
  }
}

// What the app reads from answers across origins. json-server's router
// sets its own list ("X-Total-Count, Link") on paged lists: keep ours.
const EXPOSE = "X-Total-Count, Link, ETag, Date";

module.exports = function watchfloorMiddleware(req, res, next) {
  const setHeader = res.setHeader.bind(res);
  res.setHeader = (name, value) =>
    setHeader(name, String(name).toLowerCase() === "access-control-expose-headers" ? EXPOSE : value);
  if (pathSegments(req.path) === null) {
    res.set("Access-Control-Expose-Headers", EXPOSE);
    return json(res, 400, { error: "malformed path" });
  }
  parseJson(req, res, (error) => {
    if (error) return next(error);
    parseForm(req, res, (formError) => (formError ? next(formError) : check(req, res, next)));
  });
};

function check(req, res, next) {
  res.set("Access-Control-Expose-Headers", EXPOSE);
  if (req.method === "OPTIONS") {
    res.set("Access-Control-Allow-Headers", req.get("Access-Control-Request-Headers") || "Content-Type, Authorization, If-Match");
    res.set("Access-Control-Allow-Methods", "GET, HEAD, POST, PATCH, PUT, DELETE, OPTIONS");
    return next();
  }
  const db = req.app && req.app.db;
  const parts = pathSegments(req.path);
  if (!parts) return json(res, 400, { error: "malformed path" });
  if (!db || parts.length === 0 || parts.length > 2) return next();
  const [collection, id] = parts;
  const table = db.get(collection);
  if (!Array.isArray(table.value())) return next();

  if (req.method === "POST" && parts.length === 1) {
    const newId = req.body && req.body.id;
    if (newId !== undefined) {
      const existing = table.find({ id: newId }).value();
      if (existing) return json(res, 409, { error: "duplicate id", current: existing });
    }
    return next();
  }

  if (parts.length === 2 && ["PATCH", "PUT", "DELETE"].includes(req.method)) {
    const stored = table.find({ id }).value();
    if (!stored) return next(); // json-server answers 404
    const expected = parseIfMatch(req.get("If-Match"));
    if (expected !== undefined && expected !== stored.version) {
      return json(res, 412, { error: "version conflict", current: stored });
    }
    if (req.method !== "DELETE" && req.body && typeof req.body === "object") {
      const next = (Number.isInteger(stored.version) ? stored.version : 0) + 1;
      req.body.version = next;
      stored.version = next; // reserve it now: see the note at the top
    }
  }
  return next();
}
