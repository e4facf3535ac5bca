// Directory search with 700 companies and 2,000 people: server time (Server-Timing) and SQL
// statements per page, for a signed-in member, one request at a time.
// Usage: node bench/directory.mjs   (expects the release build; starts its own server on port 3201)
import { mkdirSync, writeFileSync } from "node:fs";
import { ms, pct, queries, signIn, startServer } from "./lib.mjs";

const { base, stop } = await startServer(3201, ["seed", "--demo", "--bench"]);
const cookie = await signIn(base, "responsable@demo.roncq.example", "demo reseau de Roncq");
const searches = [
  "", "?q=boulangerie", "?q=transport", "?q=conseil+roncq", "?secteur=C", "?zone=blanc-four",
  "?effectif=02", "?tri=recent", "?q=atelier&secteur=F", "?page=3", "?q=zzzz", "?q=%25_%27",
];

async function measure(path) {
  const started = performance.now();
  const before = await queries(base);
  const response = await fetch(`${base}/entreprises${path}`, { headers: { cookie, accept: "text/html" } });
  const html = await response.text();
  const total = performance.now() - started;
  const server = Number(response.headers.get("server-timing")?.match(/dur=([\d.]+)/)?.[1]);
  const sql = (await queries(base)) - before;
  if (response.status !== 200) throw new Error(`${path}: ${response.status}`);
  return { server, total, sql, bytes: html.length };
}

for (const path of searches) await measure(path); // warm-up
const server = [];
const total = [];
const sqlPerSearch = new Map();
for (let round = 0; round < 25; round++) {
  for (const path of searches) {
    const m = await measure(path);
    server.push(m.server);
    total.push(m.total);
    sqlPerSearch.set(path, m.sql);
  }
}
const results = await (await fetch(`${base}/api/search_companies`, {
  method: "POST",
  headers: { cookie, origin: base, "content-type": "application/x-www-form-urlencoded" },
  body: "",
})).json();
stop();

const sqlCounts = [...new Set(sqlPerSearch.values())];
const lines = [
  `directory: ${results.total} listed companies, signed-in member, ${server.length} page loads of /entreprises`,
  `server time (Server-Timing):  p50 ${ms(pct(server, 50))}  p95 ${ms(pct(server, 95))}  max ${ms(Math.max(...server))}`,
  `client round trip (loopback): p50 ${ms(pct(total, 50))}  p95 ${ms(pct(total, 95))}`,
  `SQL statements per page: ${sqlCounts.join(", ")} (${sqlCounts.length === 1 ? "constant" : "VARIES"} across ${searches.length} searches, 0 to 20 results)`,
];
mkdirSync("bench/results", { recursive: true });
writeFileSync("bench/results/directory.txt", lines.join("\n") + "\n");
console.log(lines.join("\n"));
