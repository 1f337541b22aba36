// deploy/nginx.conf and what scripts/nginx-conf.mjs writes from it (nginx
// itself runs it in e2e/nginx.test.mjs).
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { EXAMPLE, TEMPLATE, renderNginxConf } from "./nginx-conf.mjs";
import { deploymentPolicy } from "./serve.mjs";

const template = readFileSync(TEMPLATE, "utf8");
/** The config.json deploy/nginx.conf's policy line is written for. */
const exampleConfig = JSON.stringify({ api_base_url: "api/", portal_origins: ["https://portal.example.com"] });
/** The lines that are not comments. */
const code = (text) => text.split("\n").filter((l) => l.trim() && !l.trim().startsWith("#"));

test("deploy/nginx.conf is what the script writes for its own example values", () => {
  assert.equal(renderNginxConf(template, { ...EXAMPLE, configText: exampleConfig }), template);
  assert.equal(renderNginxConf(template, { api: EXAMPLE.api, configText: exampleConfig }), template);
  assert.ok(template.includes(`add_header Content-Security-Policy "${deploymentPolicy(exampleConfig)}" always;`));
});

test("an https backend's certificate is verified (the app's bearer token goes there)", () => {
  const text = code(template).join("\n");
  const api = text.slice(text.indexOf("location /watchfloor/api/ {"), text.indexOf("location /watchfloor/ {"));
  assert.match(api, /^\s*proxy_ssl_verify on;$/m);
  assert.match(api, /^\s*proxy_ssl_trusted_certificate \/etc\/ssl\/certs\/ca-certificates\.crt;$/m);
  assert.match(api, /^\s*proxy_ssl_verify_depth \d+;$/m);
});

test("another deployment: only the marked lines change, the policy from its config.json", () => {
  const config = JSON.stringify({
    api_base_url: "https://api.example.com/v1/",
    portal_origins: ["https://portal.example.com", "https://intranet.example.org:8443/"],
  });
  const out = renderNginxConf(template, {
    listen: "127.0.0.1:9000", root: "/opt/wf/dist/", base: "/tools/escalations", api: "https://backend.internal:8090/v1",
    configText: config,
  });
  const before = template.split("\n");
  const after = out.split("\n");
  assert.equal(after.length, before.length);
  const changed = before.map((line, i) => [line, after[i]]).filter(([a, b]) => a !== b);
  assert.ok(changed.every(([a]) => /# watchfloor:[a-z]+/.test(a)), "only marked lines change");
  const text = code(out).join("\n");
  assert.match(text, /^\s*listen 127\.0\.0\.1:9000;/m);
  assert.match(text, /^\s*alias \/opt\/wf\/dist\/;/m);
  assert.match(text, /^\s*alias \/opt\/wf\/dist\/\$watchfloor_asset;/m);
  assert.match(text, /location = \/tools\/escalations \{ return 302 \/tools\/escalations\/\$is_args\$args; \}/);
  assert.match(text, /location \/tools\/escalations\/api\/ \{/);
  assert.match(text, /try_files \$uri \/tools\/escalations\/index\.html;/);
  assert.match(text, /location = \/tools\/escalations\/index\.html \{/);
  assert.match(text, /proxy_pass https:\/\/backend\.internal:8090\/v1\/;/);
  assert.ok(text.includes(`add_header Content-Security-Policy "connect-src 'self' https://api.example.com; `
    + `frame-ancestors 'self' https://portal.example.com https://intranet.example.org:8443" always;`));
  assert.doesNotMatch(text, /\/watchfloor\/|\/srv\//, "nothing of the example is left");
});

test("at the site's root: the sub-path-only lines go", () => {
  const out = code(renderNginxConf(template, { base: "/", root: "/opt/wf/dist", api: EXAMPLE.api, configText: "{}" })).join("\n");
  assert.doesNotMatch(out, /return 404; \}|return 302/);
  assert.equal(out.match(/^\s*location \/ \{/gm).length, 1, "one location /: the app");
  assert.match(out, /location \/api\/ \{/);
  assert.match(out, /try_files \$uri \/index\.html;/);
  assert.match(out, /location = \/index\.html \{/);
  assert.match(out, /Content-Security-Policy "connect-src 'self'; frame-ancestors 'self'" always;/);
  assert.doesNotMatch(out, /\/watchfloor/);
});

test("a value that could break out of its place in the config is refused", () => {
  const bad = [
    { listen: "80; include /etc/passwd" }, { listen: "http" },
    { root: "srv/relative" }, { root: "/srv/a b" }, { root: "/srv/x;" }, { root: "/srv/$x" }, { root: "/srv/x}" },
    { base: "/a b/" }, { base: "/../" }, { base: "/$x/" }, { base: "/a;/" },
    { api: "javascript:alert(1)" }, { api: "http://127.0.0.1:3001/?x=1" }, { api: "http://u:p@127.0.0.1/" },
    { api: "not a url" }, { api: "http://127.0.0.1:3001/a;b" },
  ];
  for (const values of bad) {
    assert.throws(() => renderNginxConf(template, { api: EXAMPLE.api, ...values, configText: "{}" }), /nginx-conf: /,
      JSON.stringify(values));
  }
  // config.json's odd origins never reach the file (serve.mjs drops them).
  const odd = renderNginxConf(template, {
    api: EXAMPLE.api,
    configText: JSON.stringify({ api_base_url: 'https://a"b.example/', portal_origins: ["https://x;script-src", "https://$x.example"] }),
  });
  assert.match(odd, /Content-Security-Policy "connect-src 'self'; frame-ancestors 'self'" always;/);
});

test("a template that lost a marked line fails instead of writing a half-configured server", () => {
  const lost = template.split("\n").filter((l) => !l.includes("# watchfloor:csp")).join("\n");
  assert.throws(() => renderNginxConf(lost, { api: EXAMPLE.api, configText: "{}" }), /no line marked watchfloor:csp/);
  const moved = template.replace(/proxy_pass [^;]+;/, "proxy_pass_x;");
  assert.throws(() => renderNginxConf(moved, { api: EXAMPLE.api, configText: "{}" }), /nothing to rewrite .*watchfloor:api/);
});

test("the backend must be named: an URL, or none (the api/ location a 404), never a default", () => {
  for (const api of [undefined, null, ""]) {
    assert.throws(() => renderNginxConf(template, { api, configText: "{}" }), /--api/, String(api));
  }
  const config = JSON.stringify({ api_base_url: "https://api.example.com/" });
  const out = renderNginxConf(template, { api: "none", configText: config });
  const text = code(out).join("\n");
  assert.doesNotMatch(text, /proxy_pass/);
  const api = text.slice(text.indexOf("location /watchfloor/api/ {"), text.indexOf("location /watchfloor/ {"));
  assert.match(api, /^\s*return 404;\s+# watchfloor:api$/m);
  assert.equal(out.split("\n").length, template.split("\n").length);
  assert.match(text, /connect-src 'self' https:\/\/api\.example\.com;/);
});

const script = join(fileURLToPath(import.meta.url), "..", "nginx-conf.mjs");
/** The script run with `args` on a config.json holding `config`: its status, stdout and stderr. */
function run(args, config) {
  const dir = mkdtempSync(join(tmpdir(), "wf-nginx-conf-"));
  try {
    writeFileSync(join(dir, "config.json"), JSON.stringify(config));
    const { status, stdout, stderr } = spawnSync(process.execPath, [script, "--config", join(dir, "config.json"), ...args],
      { encoding: "utf8" });
    return { status, stdout, stderr };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test("the script: without --api it writes nothing and says why; the origins config.json's policy leaves out are named", () => {
  const missing = run([], { api_base_url: "api/" });
  assert.equal(missing.status, 1);
  assert.equal(missing.stdout, "");
  assert.match(missing.stderr, /--api/);

  const written = run(["--api", "none"], {
    api_base_url: "https://api.example.com/",
    portal_origins: ["https://portal.example.com", "https://*.example.com", "https://x;script-src", 7],
  });
  assert.equal(written.status, 0, written.stderr);
  assert.match(written.stdout, /frame-ancestors 'self' https:\/\/portal\.example\.com" always;/);
  const named = written.stderr.trim().split("\n");
  assert.equal(named.length, 3, written.stderr);
  for (const [i, value] of ['"https://*.example.com"', '"https://x;script-src"', "7"].entries()) {
    assert.ok(named[i].includes(`portal_origins ${value} is no origin`), named[i]);
  }
  assert.equal(run(["--api", EXAMPLE.api], { api_base_url: "api/", portal_origins: ["https://portal.example.com"] }).stderr, "");
});
