// Sign-in under load: 20 concurrent sign-ins (Argon2id, 19 MiB, t=2) while a reader keeps asking for
// pages. Argon2 runs on the blocking pool, so page requests must stay fast during the storm.
// Usage: node bench/login-storm.mjs   (expects the release build; starts its own server on port 3200)
import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const port = 3200;
const base = `http://127.0.0.1:${port}`;
const dataDir = mkdtempSync(join(tmpdir(), "rer-bench-"));
const env = {
  ...process.env,
  RER_DATA_DIR: dataDir,
  LEPTOS_SITE_ADDR: `127.0.0.1:${port}`,
  LEPTOS_SITE_ROOT: "target/site",
  LEPTOS_SITE_PKG_DIR: "pkg",
  LEPTOS_OUTPUT_NAME: "rer",
  LEPTOS_HASH_FILES: "true",
  RUST_LOG: "warn",
};
const run = (args) =>
  new Promise((resolve, reject) => {
    const p = spawn("target/release/rer", args, { env, stdio: "ignore" });
    p.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`rer ${args} exited ${code}`))));
  });
await run(["seed", "--demo"]);
const server = spawn("target/release/rer", ["serve"], { env, stdio: "ignore" });
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
for (let i = 0; i < 100; i++) {
  try {
    if ((await fetch(`${base}/healthz`)).ok) break;
  } catch {}
  await sleep(100);
}

const pct = (xs, p) => xs.slice().sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];
async function timed(fn) {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}
const signIn = () =>
  fetch(`${base}/api/sign_in`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", origin: base },
    body: new URLSearchParams({ email: "mairie@roncq.example", password: "demo mairie de Roncq" }),
  }).then(async (r) => {
    if (!r.ok) throw new Error(`sign-in ${r.status}`);
    await r.arrayBuffer();
  });
const page = (path) => fetch(`${base}${path}`).then((r) => r.arrayBuffer());

// Quiet baseline.
const quiet = [];
for (let i = 0; i < 30; i++) quiet.push(await timed(() => page("/")));
const single = [];
for (let i = 0; i < 5; i++) single.push(await timed(signIn));

// Storm: 20 concurrent sign-ins, while pages are read one after another.
let storming = true;
const during = [];
const reader = (async () => {
  while (storming) during.push(await timed(() => page("/")));
})();
const t0 = performance.now();
const logins = await Promise.all(Array.from({ length: 20 }, () => timed(signIn)));
const stormMs = performance.now() - t0;
storming = false;
await reader;
server.kill("SIGTERM");

const f = (n) => `${n.toFixed(1)} ms`;
const lines = [
  `machine: ${(await import("node:os")).cpus().length} cores`,
  `home page, quiet:            p50 ${f(pct(quiet, 50))}  p95 ${f(pct(quiet, 95))}  (n=${quiet.length})`,
  `one sign-in alone:           p50 ${f(pct(single, 50))}`,
  `20 concurrent sign-ins:      all done in ${f(stormMs)}; each p50 ${f(pct(logins, 50))}  p95 ${f(pct(logins, 95))}`,
  `home page during the storm:  p50 ${f(pct(during, 50))}  p95 ${f(pct(during, 95))}  max ${f(Math.max(...during))}  (n=${during.length})`,
];
mkdirSync("bench/results", { recursive: true });
writeFileSync("bench/results/login-storm.txt", lines.join("\n") + "\n");
console.log(lines.join("\n"));
