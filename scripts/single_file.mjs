// Builds the single-file edition of the site: one .html that works when opened from disk
// (file://), with the wasm (inlined by Emscripten's SINGLE_FILE build), the host-page code, the
// stylesheet, the dataset, the party names and the UI's translations, the world geometry, the
// font and the configuration all inside it.
// usage: node scripts/single_file.mjs SITE_DIR SINGLE_FILE_JS OUT_HTML
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundleWeb } from './bundle_web.mjs';

const [siteDir, singleJs, out] = process.argv.slice(2);
if (!siteDir || !singleJs || !out) {
  console.error('usage: node scripts/single_file.mjs SITE_DIR SINGLE_FILE_JS OUT_HTML');
  process.exit(2);
}
const read = (path) => readFileSync(join(siteDir, path));
// Inside an inline <script>, "</script" would end it early.
const scriptSafe = (text) => text.replaceAll('</script', '<\\/script');

const files = {};
const translations = readdirSync(join(siteDir, 'data')).filter((name) => /^ui-.*\.json$/.test(name)).map((name) => `data/${name}`);
for (const path of ['data/atlas.json', 'data/party-names.json', ...translations, 'geo/world.bin', 'config.json']) {
  files[path] = read(path).toString('base64');
}
// The host-page modules and the single-file factory (the wasm inlined) in one module, without its
// export: nothing imports an inline script.
const bundle = await bundleWeb(singleJs);
const app = bundle.replace(/export\s*\{\s*[\w$]+ as default\s*\};?\s*$/, '');
if (app === bundle || /^import[\s{*]/m.test(app)) throw new Error('single_file: unexpected module syntax in the bundle');

let html = read('index.html').toString('utf8');
// Opened from disk, everything is inside already: the full dataset and the detailed map, not
// the lean edition and the overview the site starts with.
html = html.replace('data-dataset="data/atlas-lean.json"', 'data-dataset="data/atlas.json"');
html = html.replace(' data-geometry="geo/world-overview.bin" data-geometry-detail="geo/world.bin"', ' data-geometry="geo/world.bin"');
if (!html.includes('data-dataset="data/atlas.json"') || !html.includes('data-geometry="geo/world.bin"')) throw new Error('single_file: index.html does not name its dataset and geometry as expected');
html = html.replace('<link rel="stylesheet" href="web/style.css">', () => `<style>\n${read('web/style.css')}</style>`);
// Without JavaScript: the pre-rendered text version's stylesheet and map, inside the file too.
html = html.replace('<link rel="stylesheet" href="web/noscript.css">', () => `<style>\n${read('web/noscript.css')}</style>`);
html = html.replace('src="map.svg"', () => `src="data:image/svg+xml;base64,${read('map.svg').toString('base64')}"`);
html = html.replace(/<footer class="twin-source">[\s\S]*?<\/footer>/, '<footer class="twin-source">Source: the Accord Atlas dataset, inside this file (the Download menu saves it).</footer>');
html = html.replace('<script type="module" src="web/app.js"></script>', () =>
  `<script>window.__ACCORD_ATLAS_FILES__ = ${JSON.stringify(files)};</script>\n` +
  `<script type="module">\n${scriptSafe(app)}\n</script>`);
if (html.includes('src="web/') || html.includes('href="web/') || html.includes('src="map.svg"') || html.includes('href="data/')) throw new Error('single_file: a site file is still referenced');
writeFileSync(out, html);
console.log(`single file: ${out} (${(Buffer.byteLength(html) / 1024).toFixed(0)} KiB)`);
