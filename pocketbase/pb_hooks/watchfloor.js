// Helpers of watchfloor.pb.js (PocketBase's JSVM, CommonJS). A hook handler
// runs in a scope of its own and sees nothing defined beside it, so each
// handler requires this module.

/**
 * The version an If-Match header asks for: undefined without one (or an
 * empty one), NaN for one that is not a version (then no version matches).
 * Accepts `"3"`, `3` and `W/"3"`, like scripts/json-server-middleware.cjs.
 */
function expectedVersion(e) {
  // e.requestInfo(), not e.request: a record request event does not show
  // `request` in 0.40 (its embedded RequestEvent's Request is shadowed).
  const header = e.requestInfo().headers["if_match"];
  if (!header) return undefined;
  const m = /^\s*(?:W\/)?"?(-?\d+)"?\s*$/.exec(header);
  return m ? Number(m[1]) : NaN;
}

/** The 412 answer: PocketBase's error shape plus the stored record. */
function conflict(e, stored) {
  return e.json(412, {
    status: 412,
    message: "The record was changed by someone else.",
    data: {},
    current: stored,
  });
}

/**
 * Runs fn(txApp) in a write transaction, with e.app the transaction's app
 * so that e.next() (PocketBase's own save or delete) writes inside it. The
 * write connection is a single one: from the read of the stored version to
 * the commit no other write can land. An error thrown inside (a validation
 * error of the save) comes out as it was thrown.
 */
function inTransaction(e, fn) {
  const app = e.app;
  let failure = null;
  try {
    app.runInTransaction((txApp) => {
      e.app = txApp;
      try {
        fn(txApp);
      } catch (err) {
        failure = err;
        throw err;
      }
    });
  } catch (err) {
    throw failure || err;
  } finally {
    e.app = app;
  }
}

/** The stored record, read in the transaction; a 404 when it is gone. */
function stored(txApp, e) {
  try {
    return txApp.findRecordById(e.collection.id, e.record.id);
  } catch (_) {
    throw new NotFoundError("The requested resource wasn't found.");
  }
}

module.exports = { expectedVersion, conflict, inTransaction, stored };
