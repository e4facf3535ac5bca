#!/usr/bin/env bash
# First-load size of the browser bundle (wasm + JS + CSS) from the last release build: raw, gzip and
# brotli (quality 11, as the precompressed files are served). Budget for the whole app: 300 KB brotli.
set -euo pipefail
cd "$(dirname "$0")/.."
pkg=target/site/pkg
[ -d "$pkg" ] || { echo "no release build in $pkg: run make build first" >&2; exit 1; }
mkdir -p bench/results
node - "$pkg" <<'JS' | tee bench/results/wasm-size.txt
const fs = require("fs"), path = require("path"), zlib = require("zlib");
const dir = process.argv[2];
const files = fs.readdirSync(dir).filter((f) => /\.(wasm|js|css)$/.test(f));
const kb = (n) => (n / 1024).toFixed(1).padStart(8) + " KB";
let total = { raw: 0, gz: 0, br: 0 };
console.log("file".padEnd(40), "raw".padStart(11), "gzip".padStart(11), "brotli".padStart(11));
for (const f of files.sort()) {
  const raw = fs.readFileSync(path.join(dir, f));
  const gz = zlib.gzipSync(raw, { level: 9 }).length;
  const br = zlib.brotliCompressSync(raw, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  total.raw += raw.length; total.gz += gz; total.br += br;
  console.log(f.replace(/\.[A-Za-z0-9_-]{22}\./, ".").padEnd(40), kb(raw.length), kb(gz), kb(br));
}
console.log("first load".padEnd(40), kb(total.raw), kb(total.gz), kb(total.br));
console.log(`budget 300 KB brotli: ${total.br <= 300 * 1024 ? "within" : "OVER"}`);
JS
