// The service worker's pure pieces (no `self`, no caches): what it keeps of a
// backend answer, and how an answer kept is given back. Host-tested by
// scripts/sw.test.mjs; scripts/sw.mjs puts them (without `export`) into the
// built dist/sw.js before sw/worker.js.

/** The header a kept answer is given back with: when it was kept (ISO 8601, UTC). */
export const STORED_AT = "x-watchfloor-stored-at";

/**
 * `value` (parsed JSON) without what must not be written to the device:
 * every `description`, at any depth (a list, a page object with `items`,
 * one record, a history event's `changes`), unless the same object says
 * `sensitive: false`. The contract counts a missing or unknown `sensitive`
 * as sensitive, and a history event's `changes.description` is as
 * sensitive as the case's own. Returns a new value.
 */
export function withoutSensitive(value) {
  if (Array.isArray(value)) return value.map(withoutSensitive);
  if (value === null || typeof value !== "object") return value;
  const out = {};
  for (const [key, inner] of Object.entries(value)) {
    if (key === "description" && value.sensitive !== false) continue;
    out[key] = withoutSensitive(inner);
  }
  return out;
}

/**
 * The key an answer is kept under: its address, and whose it was (a hash of
 * the request's Authorization, "-" without one), so that one person's kept
 * data is never given to another token or to none.
 */
export function keptKey(url, who) {
  const u = new URL(url);
  u.searchParams.append("__watchfloor_who", who);
  return u.href;
}

/**
 * The headers to keep an answer with: its visible headers less `Date` (a
 * kept answer's Date is the past, and the app sets its idea of the
 * backend's clock from it), plus STORED_AT, exposed to the page for a
 * cross-origin API (`Access-Control-Expose-Headers`).
 */
export function keptHeaders(entries, storedAt) {
  const out = [];
  const exposed = new Set();
  for (const [name, value] of entries) {
    const lower = name.toLowerCase();
    if (lower === "date" || lower === STORED_AT || lower === "content-length" || lower === "content-encoding") continue;
    if (lower === "access-control-expose-headers") {
      for (const n of value.split(",")) if (n.trim() && n.trim().toLowerCase() !== "date") exposed.add(n.trim().toLowerCase());
      continue;
    }
    exposed.add(lower);
    out.push([name, value]);
  }
  exposed.add(STORED_AT);
  out.push([STORED_AT, storedAt]);
  out.push(["access-control-expose-headers", [...exposed].join(", ")]);
  return out;
}

/** Whether an answer is to be kept: a success with a JSON body. */
export function keepable(status, contentType) {
  return status >= 200 && status < 300 && /\bjson\b/i.test(contentType ?? "");
}

/**
 * Whether the network's answer is no answer for the person (the kept one is
 * shown instead): the gateway could not reach the backend.
 */
export function unreachable(status) {
  return status === 502 || status === 503 || status === 504;
}

/** The names of `keys` (insertion order, oldest first) to delete so at most `max` stay. */
export function overflow(keys, max) {
  return keys.length > max ? keys.slice(0, keys.length - max) : [];
}
