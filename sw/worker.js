// Watchfloor's service worker. scripts/sw.mjs builds dist/sw.js from this
// file, after `VERSION` (a hash of the build), `ASSETS` (every file of the
// build, relative to the scope) and sw/offline.mjs's functions.
//
// - The app shell (the wasm, JS, CSS, catalogues, icons and index.html) is
//   cached at install: a repeat visit takes the large files from the cache
//   and the app opens with no network. A new build is a new VERSION: it
//   installs beside the old one and takes over.
// - A page (navigation) asks the network for index.html first, for at most
//   NAVIGATION_WAIT ms, so a new build and the deployment's current
//   security policy (its header) arrive as soon as they can; the cached one
//   opens the app offline or on a link too slow to answer in time.
// - Every other GET (the backend's answers, config.json) goes to the
//   network first; a success with a JSON body is kept per person (without
//   descriptions that may be sensitive), and when the network cannot answer
//   (offline, a gateway error, or no answer within DATA_WAIT ms) the kept
//   answer is given back with `x-watchfloor-stored-at`, from which the app
//   says "offline, data as of".
// - Writes (any other method) are never touched here: the app's save engine
//   owns them.
//
// Cache names carry the scope: two deployments at two sub-paths of one
// origin keep their own.

const SCOPE = self.registration.scope;
const SHELL_PREFIX = `watchfloor-shell ${SCOPE} `;
const SHELL = SHELL_PREFIX + VERSION;
const DATA = `watchfloor-data ${SCOPE}`;
/** The most answers kept (the oldest go first). */
const MAX_KEPT = 300;
const NAVIGATION_WAIT = 3000;
const DATA_WAIT = 8000;
const HASHED = /-[0-9a-f]{12,}(_bg)?\.[a-z0-9]+$/;

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches.open(SHELL)
      .then((cache) => cache.addAll(ASSETS.map((a) => new Request(new URL(a, SCOPE), { cache: "reload" }))))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith(SHELL_PREFIX) && k !== SHELL).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  const scope = new URL(SCOPE);
  const inScope = url.origin === scope.origin && url.pathname.startsWith(scope.pathname);
  if (request.mode === "navigate") {
    if (inScope) event.respondWith(page(request));
    return;
  }
  if (inScope) {
    const path = url.pathname.slice(scope.pathname.length);
    // The preload scanner asks for hashed assets relative to a deep link.
    const last = path.split("/").pop();
    const asset = path !== "config.json" && ASSETS.includes(path) ? path : HASHED.test(last) && ASSETS.includes(last) ? last : null;
    if (asset !== null) {
      event.respondWith(caches.match(new URL(asset, scope).href, { cacheName: SHELL }).then((hit) => hit ?? fetch(request)));
      return;
    }
  }
  if (request.destination === "") event.respondWith(networkFirst(request));
});

/** Resolves to undefined after `ms`. */
const after = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Any page of the app: index.html (it finds its base and route itself). */
async function page(request) {
  const network = fetch(request).then((answer) => (answer.ok ? answer : Promise.reject(answer)));
  network.catch(() => {});
  try {
    const answer = await Promise.race([network, after(NAVIGATION_WAIT)]);
    if (answer) return answer;
  } catch {
    // No answer: the kept shell.
  }
  const kept = await caches.match(new URL("index.html", SCOPE).href, { cacheName: SHELL });
  return kept ?? network.catch((answer) => (answer instanceof Response ? answer : Response.error()));
}

/** Whose the request is: a hash of its Authorization header, "-" without one. */
async function who(request) {
  const token = request.headers.get("authorization");
  if (!token) return "-";
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(token));
  return [...new Uint8Array(digest)].slice(0, 12).map((b) => b.toString(16).padStart(2, "0")).join("");
}

async function networkFirst(request) {
  const key = keptKey(request.url, await who(request));
  const network = fetch(request);
  network.then((answer) => {
    if (keepable(answer.status, answer.headers.get("content-type"))) keep(key, answer.clone());
  }, () => {});
  let answer;
  try {
    answer = await Promise.race([network, after(DATA_WAIT)]);
  } catch (error) {
    return (await kept(key)) ?? Promise.reject(error);
  }
  if (answer === undefined) {
    // No answer yet: the kept one if there is one, else go on waiting.
    return (await kept(key)) ?? network;
  }
  if (unreachable(answer.status)) return (await kept(key)) ?? answer;
  return answer;
}

async function keep(key, answer) {
  try {
    const body = JSON.stringify(withoutSensitive(await answer.json()));
    const headers = keptHeaders([...answer.headers], new Date().toISOString());
    const cache = await caches.open(DATA);
    await cache.put(key, new Response(body, { status: answer.status, headers }));
    const stale = overflow(await cache.keys(), MAX_KEPT);
    await Promise.all(stale.map((k) => cache.delete(k)));
  } catch {
    // Not kept (not JSON after all, storage full): the next answer may be.
  }
}

async function kept(key) {
  const cache = await caches.open(DATA);
  return (await cache.match(key)) ?? null;
}
