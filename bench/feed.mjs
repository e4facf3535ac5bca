// The feed of a signed-in member with 700 companies and 20,000 posts: 50 concurrent clients reading
// /fil pages for 20 seconds (requests per second, latency), then SQL statements per page, one page at
// a time, across kinds and pages.
// Usage: node bench/feed.mjs   (expects the release build; starts its own server on port 3202)
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { ms, pct, queries, signIn, startServer } from "./lib.mjs";

const { base, stop } = await startServer(3202, ["seed", "--demo", "--bench"]);
const cookie = await signIn(base, "responsable@demo.roncq.example", "demo reseau de Roncq");
const pages = ["", "?page=2", "?page=10", "?type=recherche", "?type=propose&page=3", "?type=actualite", "?page=200"];

async function load(path) {
  const started = performance.now();
  const response = await fetch(`${base}/fil${path}`, { headers: { cookie, accept: "text/html" } });
  const html = await response.text();
  if (response.status !== 200) throw new Error(`${path}: ${response.status}`);
  if (!html.includes("post__title") && !path.includes("200")) throw new Error(`${path}: no post`);
  return performance.now() - started;
}

for (const path of pages) await load(path); // warm-up

// SQL statements per page, one page at a time.
const sqlPerPage = new Map();
for (const path of pages) {
  const before = await queries(base);
  await load(path);
  sqlPerPage.set(path, (await queries(base)) - before);
}

// Load: 50 clients, each reading pages one after another.
const clients = 50;
const seconds = 20;
const latencies = [];
const deadline = performance.now() + seconds * 1000;
let next = 0;
await Promise.all(
  Array.from({ length: clients }, async () => {
    while (performance.now() < deadline) {
      latencies.push(await load(pages[next++ % pages.length]));
    }
  }),
);
stop();

const sqlCounts = [...new Set(sqlPerPage.values())];
const lines = [
  `machine: ${cpus().length} cores; feed of a signed-in member, 700 companies, 20,000 posts`,
  `${clients} concurrent clients for ${seconds} s: ${latencies.length} pages, ${(latencies.length / seconds).toFixed(0)} requests/s`,
  `latency: p50 ${ms(pct(latencies, 50))}  p95 ${ms(pct(latencies, 95))}  max ${ms(Math.max(...latencies))}`,
  `SQL statements per page: ${sqlCounts.join(", ")} (${sqlCounts.length === 1 ? "constant" : "VARIES"} across ${pages.length} pages and kinds)`,
];
mkdirSync("bench/results", { recursive: true });
writeFileSync("bench/results/feed.txt", lines.join("\n") + "\n");
console.log(lines.join("\n"));
