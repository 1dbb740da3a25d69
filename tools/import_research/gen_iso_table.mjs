// One-off generator for iso_countries.json (English names, alpha-3, numeric) from the
// npm package i18n-iso-countries@7, installed OUTSIDE the repo, e.g.:
//   npm install --prefix /tmp/isoc i18n-iso-countries@7
//   node tools/import_research/gen_iso_table.mjs --iso-countries /tmp/isoc/node_modules/i18n-iso-countries
// The output is committed so that import_research.mjs needs no dependency.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const i = args.indexOf('--iso-countries');
if (i < 0 || !args[i + 1]) {
  console.error('usage: node gen_iso_table.mjs --iso-countries DIR');
  process.exit(2);
}
const dir = args[i + 1];
const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
const codes = JSON.parse(readFileSync(join(dir, 'codes.json'), 'utf8'));
const en = JSON.parse(readFileSync(join(dir, 'langs', 'en.json'), 'utf8'));
const rows = codes.map(([a2, a3, num]) => {
  const n = en.countries[a2];
  return { alpha2: a2, alpha3: a3, numeric: num, names: Array.isArray(n) ? n : [n] };
}).sort((a, b) => a.alpha3.localeCompare(b.alpha3));
const out = {
  generated_from: `i18n-iso-countries@${pkg.version} (codes.json, langs/en.json)`,
  note: 'alpha3/numeric/English names only; UN membership is NOT in this package (see overrides.json).',
  countries: rows,
};
const here = dirname(fileURLToPath(import.meta.url));
writeFileSync(join(here, 'iso_countries.json'), JSON.stringify(out, null, 2) + '\n');
console.log(`wrote ${rows.length} countries`);
