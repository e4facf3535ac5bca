// Shared by the benchmarks: a release server of its own on a throw-away database.
import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export async function startServer(port, seedArgs = ["seed", "--demo"]) {
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
  await new Promise((resolve, reject) => {
    const p = spawn("target/release/rer", seedArgs, { env, stdio: "ignore" });
    p.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`rer ${seedArgs.join(" ")} exited ${code}`))));
  });
  const server = spawn("target/release/rer", ["serve"], { env, stdio: "ignore" });
  for (let i = 0; i < 200; i++) {
    try {
      if ((await fetch(`${base}/healthz`)).ok) break;
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  return { base, server, stop: () => server.kill("SIGTERM") };
}

export async function signIn(base, email, password) {
  const response = await fetch(`${base}/api/sign_in`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", origin: base },
    body: new URLSearchParams({ email, password }),
  });
  if (!response.ok) throw new Error(`sign-in ${response.status}`);
  const cookie = response.headers.get("set-cookie")?.split(";")[0];
  if (!cookie) throw new Error("no session cookie");
  return cookie;
}

export async function queries(base) {
  const text = await (await fetch(`${base}/metrics`)).text();
  return Number(text.match(/^rer_db_queries_total (\d+)/m)[1]);
}

export const pct = (xs, p) => xs.slice().sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];
export const ms = (n) => `${n.toFixed(2)} ms`;
