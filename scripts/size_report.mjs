// Size report of the static site: raw, gzip (-9) and brotli (q11) bytes of every file, and the
// totals. Printed by every site build as the baseline for the size budgets; --json FILE also
// writes it as JSON for the benchmarks and tests.
// usage: node scripts/size_report.mjs SITE_DIR [--json FILE]
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const [siteDir, ...rest] = process.argv.slice(2);
if (!siteDir) {
  console.error('usage: node scripts/size_report.mjs SITE_DIR [--json FILE]');
  process.exit(2);
}
const jsonIndex = rest.indexOf('--json');
const jsonPath = jsonIndex >= 0 ? rest[jsonIndex + 1] : null;

function listFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

const rows = listFiles(siteDir).sort().map((path) => {
  const bytes = readFileSync(path);
  return {
    file: relative(siteDir, path),
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
});
const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });

const kb = (n) => (n / 1024).toFixed(1).padStart(8);
const width = Math.max(5, ...rows.map((r) => r.file.length));
console.log(`size report: ${siteDir}`);
console.log(`${'file'.padEnd(width)}   raw KiB  gzip KiB  brotli KiB`);
for (const r of rows) console.log(`${r.file.padEnd(width)}  ${kb(r.raw)}  ${kb(r.gzip)}  ${kb(r.brotli)}`);
console.log(`${'total'.padEnd(width)}  ${kb(total.raw)}  ${kb(total.gzip)}  ${kb(total.brotli)}`);
if (jsonPath) writeFileSync(jsonPath, JSON.stringify({ site: siteDir, files: rows, total }, null, 2) + '\n');
