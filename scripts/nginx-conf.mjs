// Writes deploy/nginx.conf for one deployment: rewrites only its lines
// marked "# watchfloor:<what>" (port, root, base, subpath, api, csp), so the file
// stays the readable example it is. The Content-Security-Policy line comes
// from the deployment's config.json through deploymentPolicy, the function
// the app server (scripts/serve.mjs) uses for the same part of its header:
// nginx and serve.mjs cannot disagree about it. The rest of the policy is the
// build's own meta tag in index.html, so a new build needs no new config.
//
//   node scripts/nginx-conf.mjs --api http://127.0.0.1:3001 [--listen 8080]
//        [--root /srv/watchfloor/dist] [--base /watchfloor/]
//        [--config <root>/config.json] [--template deploy/nginx.conf]
//        > /etc/nginx/sites-available/watchfloor
//
// --api is required: the backend <base>api/ is passed to, or "none" when
// config.json's api_base_url is absolute (the location then answers 404,
// rather than passing requests to whatever listens where the example's
// backend does). The other options default to the template's own values;
// --config to the config.json in --root, the one nginx serves. Entries of
// config.json the policy leaves out (a portal_origins entry that is no
// origin, like https://*.example.com) are named on stderr. The e2e tests
// (e2e/harness.mjs startNginx) run what this writes.

import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { deploymentOrigins, deploymentPolicy, normaliseBase } from "./serve.mjs";

export const TEMPLATE = join(dirname(fileURLToPath(import.meta.url)), "..", "deploy", "nginx.conf");

/** The values deploy/nginx.conf is written for. */
export const EXAMPLE = Object.freeze({
  listen: "8080",
  root: "/srv/watchfloor/dist",
  base: "/watchfloor/",
  api: "http://127.0.0.1:3001/",
});

// No value may end a directive, open a block, name a variable or leave its quotes.
const SAFE = /^[^\s;{}$"'\\#]+$/;

function check(what, value, pattern = SAFE) {
  if (typeof value !== "string" || !pattern.test(value)) {
    throw new Error(`nginx-conf: unusable ${what}: ${JSON.stringify(value)}`);
  }
  return value;
}

/**
 * deploy/nginx.conf's text `template` for a deployment: `listen` (a port or
 * address:port), `root` (the built app's absolute directory), `base` (the
 * sub-path, "/" for the site's root), `api` (required: the backend's
 * http(s) URL that `<base>api/` is passed to, or "none" for a 404 there)
 * and `configText` (its config.json).
 */
export function renderNginxConf(template, { listen, root, base, api, configText } = {}) {
  listen = check("listen", String(listen ?? EXAMPLE.listen), /^([0-9.]+:|\[[0-9a-f:]+\]:)?\d{1,5}$/i);
  root = check("root", root ?? EXAMPLE.root, /^\/[^\s;{}$"'\\#]*$/).replace(/\/+$/, "");
  base = check("base", normaliseBase(base ?? EXAMPLE.base), /^\/([A-Za-z0-9._~-]+\/)*$/);
  if (base.split("/").some((s) => s === "." || s === "..")) throw new Error(`nginx-conf: unusable base: ${base}`);
  if (api === undefined || api === null || api === "") {
    throw new Error("nginx-conf: name the backend with --api (its http(s) URL), or --api none when api_base_url is absolute");
  }
  let upstream = null;
  if (api !== "none") {
    let backend;
    try {
      backend = new URL(api);
    } catch {
      throw new Error(`nginx-conf: unusable api: ${api}`);
    }
    if (!/^https?:$/.test(backend.protocol) || backend.search || backend.hash || backend.username) {
      throw new Error(`nginx-conf: the api must be a plain http(s) URL: ${api}`);
    }
    upstream = check("api", `${backend.origin}${backend.pathname.replace(/\/*$/, "/")}`);
  }
  const policy = check("config.json's origins", deploymentPolicy(configText), /^[^"\\${}\n]+$/);

  const out = [];
  const seen = new Set();
  for (const line of template.split("\n")) {
    const marked = /^(\s*[^#\s].*?)(\s+# watchfloor:([a-z]+)\b(.*))$/.exec(line);
    if (!marked) {
      out.push(line);
      continue;
    }
    const [, code, comment, what] = marked;
    seen.add(what);
    // The value's place on the line, which must be there.
    const swap = (pattern, value) => {
      if (!pattern.test(code)) throw new Error(`nginx-conf: nothing to rewrite on the line marked watchfloor:${what}: ${line.trim()}`);
      return code.replace(pattern, value);
    };
    let next;
    switch (what) {
      case "port":
        next = swap(/\blisten\s+[^;\s]+;/, `listen ${listen};`);
        break;
      case "root":
        next = swap(new RegExp(EXAMPLE.root, "g"), root);
        break;
      case "base":
      case "subpath": {
        if (what === "subpath" && base === "/") continue;
        // "/watchfloor/" and the bare "/watchfloor" of the redirect.
        const example = /\/watchfloor(\/|(?=[\s;{]))/g;
        next = (what === "base" ? swap : (p, v) => code.replace(p, v))(example, (_, slash) => (slash ? base : base.slice(0, -1)));
        break;
      }
      case "api":
        next = swap(/\bproxy_pass\s+[^;\s]+;/, upstream ? `proxy_pass ${upstream};` : "return 404;");
        break;
      case "csp":
        next = swap(/(Content-Security-Policy\s+)"[^"]*"/, `$1"${policy}"`);
        break;
      default:
        throw new Error(`nginx-conf: unknown mark watchfloor:${what}`);
    }
    out.push(next + comment);
  }
  for (const what of ["port", "root", "base", "api", "csp"]) {
    if (!seen.has(what)) throw new Error(`nginx-conf: the template has no line marked watchfloor:${what}`);
  }
  return out.join("\n");
}

function parseArgs(argv) {
  const options = {};
  const names = { "--listen": "listen", "--port": "listen", "--root": "root", "--base": "base", "--api": "api",
    "--config": "config", "--template": "template" };
  for (let i = 0; i < argv.length; i++) {
    const name = names[argv[i]];
    if (!name || i + 1 >= argv.length) {
      console.error(`nginx-conf: unknown option or missing value: ${argv[i]}`);
      process.exit(2);
    }
    options[name] = argv[++i];
  }
  return options;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const { config, template = TEMPLATE, ...values } = parseArgs(process.argv.slice(2));
  const configPath = config ?? join(values.root ?? EXAMPLE.root, "config.json");
  let configText;
  try {
    configText = readFileSync(configPath, "utf8");
  } catch (error) {
    console.error(`nginx-conf: cannot read ${configPath} (${error.code}); name the deployment's config.json with --config`);
    process.exit(1);
  }
  let text;
  try {
    text = renderNginxConf(readFileSync(template, "utf8"), { ...values, configText });
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
  for (const { key, value } of deploymentOrigins(configText).dropped) {
    console.error(`nginx-conf: ${configPath}: ${key} ${JSON.stringify(value)} is no origin (scheme://host[:port]), `
      + `left out of the Content-Security-Policy`);
  }
  process.stdout.write(text);
}
