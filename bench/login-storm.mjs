// Sign-in under load: 20 concurrent sign-ins (Argon2id, 19 MiB, t=2) while a reader keeps asking for
// pages. Argon2 runs on the blocking pool, so page requests must stay fast during the storm.
// Usage: node bench/login-storm.mjs   (expects the release build; starts its own server on port 3200)
import { writeFileSync, mkdirSync } from "node:fs";
import { cpus } from "node:os";
import { ms, pct, startServer } from "./lib.mjs";

const { base, stop } = await startServer(3200);

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
stop();

const f = ms;
const lines = [
  `machine: ${cpus().length} cores`,
  `home page, quiet:            p50 ${f(pct(quiet, 50))}  p95 ${f(pct(quiet, 95))}  (n=${quiet.length})`,
  `one sign-in alone:           p50 ${f(pct(single, 50))}`,
  `20 concurrent sign-ins:      all done in ${f(stormMs)}; each p50 ${f(pct(logins, 50))}  p95 ${f(pct(logins, 95))}`,
  `home page during the storm:  p50 ${f(pct(during, 50))}  p95 ${f(pct(during, 95))}  max ${f(Math.max(...during))}  (n=${during.length})`,
];
mkdirSync("bench/results", { recursive: true });
writeFileSync("bench/results/login-storm.txt", lines.join("\n") + "\n");
console.log(lines.join("\n"));
