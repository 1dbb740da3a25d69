// The side-by-side ratio table: reads peerbench.mjs's results (--out FILE) and writes, per viewport,
// one row per system with the figures the issue tracks (first map, first-visit gzip, main thread
// per drag step and per date change, all-process CPU per drag step, idle) and, for each peer, the
// ratio ours (index.html) / peer: below 1 means Accord Atlas does better. The table replaces what
// lies between the marker comments of the document (--doc), so reruns replace it; without the
// markers it is appended as a new section.
// usage: node tests/bench/peers/ratio_table.mjs --results FILE [--doc docs/performance.md]
//        [--load FILE (lines of /proc/loadavg sampled during the run)] [--site-rev TEXT]
import fs from 'node:fs';

const argv = process.argv.slice(2);
const opt = (name, dflt) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : dflt);
const results = JSON.parse(fs.readFileSync(opt('--results', 'build/bench/peers/results.json'), 'utf8'));
const docPath = opt('--doc', null);
const loadPath = opt('--load', null);
const siteRev = opt('--site-rev', null);
const BEGIN = '<!-- peers-table:begin (written by scripts/bench.sh --peers; edits here are replaced) -->';
const END = '<!-- peers-table:end -->';

const LABELS = {
  'ours-index': 'Accord Atlas index.html', 'ours-embed': 'Accord Atlas embed.html', 'd3-svg': 'D3 + SVG',
  'echarts': 'ECharts (canvas)', 'plotly': 'Plotly geo (SVG)', 'maplibre': 'MapLibre GL (WebGL)',
};
const VIEWPORTS = { desktop: '1280×800 DPR 1', phone: '390×844 DPR 3' };
const COLUMNS = [
  ['first map, ms', (x) => x.firstMapMs, 0],
  ['first visit, gzip KiB', (x) => x.gzipBytes / 1024, 0],
  ['main thread per drag step, ms', (x) => x.drag.taskMsPerStep, 1],
  ['main thread per date change, ms', (x) => x.scrub.taskMsPerStep, 1],
  ['all-process CPU per drag step, ms', (x) => x.drag.cpuAllMsPerStep, 0],
];
const fmt = (v, digits) => (Number.isFinite(v) ? v.toFixed(digits) : '–');
const ratio = (ours, peer) => (Number.isFinite(ours) && Number.isFinite(peer) && peer > 0 ? ` (${(ours / peer).toFixed(2)}×)` : '');

// [SECTION] load averages during the run
function loadSummary() {
  if (!loadPath || !fs.existsSync(loadPath)) return 'not recorded';
  const ones = fs.readFileSync(loadPath, 'utf8').trim().split('\n').map((l) => Number(l.split(' ')[0])).filter(Number.isFinite).sort((a, b) => a - b);
  if (!ones.length) return 'not recorded';
  const med = ones[ones.length >> 1];
  return `1-min load average min ${ones[0].toFixed(2)}, median ${med.toFixed(2)}, max ${ones.at(-1).toFixed(2)} (${ones.length} samples)` +
    (med > 2 ? '; **above 2 (2 cores): timings inflated, read the ratios only**' : '');
}

// [SECTION] tables
const systems = [...new Set(results.all.map((r) => r.system))];
const viewports = [...new Set(results.all.map((r) => r.viewport))];
const lines = [BEGIN, ''];
lines.push(`Run of ${results.startedAt.slice(0, 16).replace('T', ' ')} UTC, ${results.runs} cold run(s) per system and viewport (medians), ` +
  `Chromium ${results.chromium} with SwiftShader${siteRev ? `, site of ${siteRev}` : ''}; ${loadSummary()}. ` +
  'Ratio = Accord Atlas index.html / peer: below 1 is better for us. Full table: `build/bench/peers/table.md`.', '');
for (const vp of viewports) {
  const ours = results.summary[`${vp}/ours-index`];
  lines.push(`**${VIEWPORTS[vp] ?? vp}**`, '');
  lines.push(`| system | ${COLUMNS.map(([name]) => name).join(' | ')} | idle 5 s: frames, task ms |`);
  lines.push(`|---|${COLUMNS.map(() => '---:').join('|')}|---:|`);
  for (const s of systems) {
    const x = results.summary[`${vp}/${s}`];
    if (!x || !x.runs) { lines.push(`| ${LABELS[s] ?? s} | failed: ${(x?.failures ?? []).join('; ').slice(0, 120)} |`); continue; }
    const isPeer = !s.startsWith('ours-');
    const cells = COLUMNS.map(([, get, digits]) => fmt(get(x), digits) + (isPeer && ours?.runs ? ratio(get(ours), get(x)) : ''));
    lines.push(`| ${LABELS[s] ?? s} | ${cells.join(' | ')} | ${fmt(x.idle.raf, 0)}, ${fmt(x.idle.taskMs, 0)} |`);
  }
  lines.push('');
}
lines.push(END);
const section = lines.join('\n');
console.log(section);

// [SECTION] into the document
if (docPath) {
  const doc = fs.readFileSync(docPath, 'utf8');
  const begin = doc.indexOf(BEGIN.slice(0, 24)), end = doc.indexOf(END);
  const next = begin >= 0 && end > begin
    ? doc.slice(0, begin) + section + doc.slice(end + END.length)
    : `${doc.trimEnd()}\n\n## Side by side with the peers (scripts/bench.sh --peers)\n\n${section}\n`;
  fs.writeFileSync(docPath, next);
  console.error(`ratio table written into ${docPath}`);
}
