// What Watchfloor needs of PocketBase beyond its collections and rules:
//
// - Versioned writes, atomic: PATCH and DELETE of a record with
//   `If-Match: "<n>"` (also `n` and `W/"n"`) go through only when the stored
//   `version` is n; otherwise a 412 `{"status":412,"message":...,"data":{},
//   "current":<the stored record>}`. A PATCH stores version = stored + 1,
//   whatever its body says, with or without If-Match. The check, the save
//   and the commit run in one write transaction, and the fields the PATCH
//   does not name are taken from the record as stored then (PocketBase
//   writes every column of the record it read before: without this a
//   PATCH without If-Match would undo a write that landed in between).
// - 401, not an empty list or a 404: a records request (any collection's
//   list, view, create, update, delete) without a signed-in user or
//   superuser. PocketBase applies a failed list rule as a filter (200 and no
//   items), which the app would show as an empty board. An expired or
//   invalid token counts as none.
// - CORS exposes `Date` (the app takes the backend's clock from it for its
//   "changed since" cursor); PocketBase's own CORS allows any origin and
//   any requested header (If-Match, Authorization) and exposes nothing.
//
// Handlers run in scopes of their own: helpers come from watchfloor.js.

const WATCHFLOOR = Object.keys(JSON.parse(toString($os.readFile(`${__hooks}/../schema.json`))).collections);

routerUse((e) => {
  e.response.header().set("Access-Control-Expose-Headers", "Date");
  if (e.request.method !== "OPTIONS" && !e.auth && /^\/api\/collections\/[^/]+\/records(\/|$)/.test(e.request.url.path)) {
    throw new UnauthorizedError("The request requires valid record authorization token.");
  }
  return e.next();
});

onRecordUpdateRequest((e) => {
  const wf = require(`${__hooks}/watchfloor.js`);
  const expected = wf.expectedVersion(e);
  let stale = null;
  wf.inTransaction(e, (txApp) => {
    const stored = wf.stored(txApp, e);
    const version = stored.getInt("version");
    if (expected !== undefined && expected !== version) {
      stale = stored;
      return;
    }
    const body = e.requestInfo().body;
    const fields = e.collection.fields;
    for (let i = 0; i < fields.length; i++) {
      const name = fields[i].getName();
      if (name !== "id" && body[name] === undefined) e.record.set(name, stored.get(name));
    }
    e.record.set("version", version + 1);
    e.next();
  });
  if (stale) return wf.conflict(e, stale);
}, ...WATCHFLOOR);

onRecordDeleteRequest((e) => {
  const wf = require(`${__hooks}/watchfloor.js`);
  const expected = wf.expectedVersion(e);
  let stale = null;
  wf.inTransaction(e, (txApp) => {
    const stored = wf.stored(txApp, e);
    if (expected !== undefined && expected !== stored.getInt("version")) {
      stale = stored;
      return;
    }
    e.next();
  });
  if (stale) return wf.conflict(e, stale);
}, ...WATCHFLOOR);
