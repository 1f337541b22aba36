// Watchfloor's service worker. scripts/sw.mjs builds dist/sw.js from this
// file, after `VERSION` (a hash of the build), `ASSETS` (every file of the
// build, relative to the scope) and sw/offline.mjs's functions.
//
// - The app shell (index.html, the wasm, JS, CSS, catalogues, icons) is
//   cached at install, so a repeat visit starts without waiting on the
//   network and the app opens with none. A new build is a new VERSION: it
//   installs beside the old one and takes over on the next visit.
// - Every other GET (the backend's answers, config.json) goes to the
//   network first; a success with a JSON body is kept (without the
//   descriptions of sensitive records), and when the network cannot answer
//   (offline, or a gateway error) the kept answer is given back with
//   `x-watchfloor-stored-at`, from which the app says "offline, data as of".
// - Writes (any other method) are never touched here: the app's save engine
//   owns them.

const SHELL = `watchfloor-shell-${VERSION}`;
const DATA = "watchfloor-data";
/** The most answers kept (the oldest go first). */
const MAX_KEPT = 300;

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches.open(SHELL)
      .then((cache) => cache.addAll(ASSETS.map((a) => new Request(new URL(a, self.registration.scope), { cache: "reload" }))))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith("watchfloor-shell-") && k !== SHELL).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  const scope = new URL(self.registration.scope);
  const inScope = url.origin === scope.origin && url.pathname.startsWith(scope.pathname);
  if (request.mode === "navigate" && inScope) {
    event.respondWith(shell(request, scope));
    return;
  }
  const path = inScope ? url.pathname.slice(scope.pathname.length) : null;
  if (path !== null && path !== "config.json" && ASSETS.includes(path)) {
    event.respondWith(caches.match(new URL(path, scope).href, { cacheName: SHELL }).then((hit) => hit ?? fetch(request)));
    return;
  }
  // The preload scanner asks for hashed assets relative to a deep link.
  const last = url.pathname.split("/").pop();
  if (inScope && HASHED.test(last) && ASSETS.includes(last)) {
    event.respondWith(caches.match(new URL(last, scope).href, { cacheName: SHELL }).then((hit) => hit ?? fetch(request)));
    return;
  }
  if (request.destination === "" || path === "config.json") event.respondWith(networkFirst(request));
});

/** Any page of the app: the shell (index.html finds its base and route itself). */
async function shell(request, scope) {
  const kept = await caches.match(new URL("index.html", scope).href, { cacheName: SHELL });
  if (kept) return kept;
  return fetch(request);
}

async function networkFirst(request) {
  let answer;
  try {
    answer = await fetch(request);
  } catch (error) {
    return (await kept(request)) ?? Promise.reject(error);
  }
  if (unreachable(answer.status)) return (await kept(request)) ?? answer;
  if (keepable(answer.status, answer.headers.get("content-type"))) {
    keep(request, answer.clone());
  }
  return answer;
}

async function keep(request, answer) {
  try {
    const body = JSON.stringify(withoutSensitive(await answer.json()));
    const headers = keptHeaders([...answer.headers], new Date().toISOString());
    const cache = await caches.open(DATA);
    await cache.put(request.url, new Response(body, { status: answer.status, headers }));
    const stale = overflow(await cache.keys(), MAX_KEPT);
    await Promise.all(stale.map((k) => cache.delete(k)));
  } catch {
    // Not kept (not JSON after all, storage full): the next answer may be.
  }
}

async function kept(request) {
  const cache = await caches.open(DATA);
  return (await cache.match(request.url)) ?? null;
}

const HASHED = /-[0-9a-f]{12,}(_bg)?\.[a-z0-9]+$/;
