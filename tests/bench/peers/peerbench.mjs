// peerbench.mjs — Accord Atlas side by side with the web map libraries a newsroom would pick
// instead (pages built by build.mjs beside this file), in headless Chromium (SwiftShader).
// Each system is served from its own folder by a static server in this process (bodies sent as
// stored: byte counts and gzip -9 sizes are computed here from the bodies, whatever the server).
// Per system x viewport x run, in a fresh browser (cold cache), it measures:
//   bytes of a first visit by type (raw and gzip -9), time from navigation start to the first map,
//   main-thread cost (CDP Performance.getMetrics TaskDuration/ScriptDuration) and the page's own
//   rAF callbacks over a 60-step drag, 20 wheel steps and 30 date changes, the same over 5 s idle,
//   JS heap after load (after a forced GC) and, for ours, the wasm heap; CPU time of all browser
//   processes (CDP SystemInfo.getProcessInfo) over each window, because the GPU process does the
//   software rasterising that main-thread figures do not show.
//
//   node peerbench.mjs --ours SITE_DIR --peers PEERS_DIST [--runs 7] [--systems a,b] [--viewports desktop,phone]
//                      [--shots DIR] [--out results.json] [--md table.md]
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { createRequire } from 'node:module';

// playwright-core is the project's own (web/node_modules, installed by scripts/bootstrap.sh from
// web/package-lock.json), so the harness needs no second copy of it.
const { chromium } = createRequire(new URL('../../../web/package.json', import.meta.url))('playwright-core');

// [SECTION] options
const argv = process.argv.slice(2);
const opt = (name, dflt) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : dflt);
const oursDir = opt('--ours', 'build/wasm-release/site');
const peersDir = opt('--peers', path.join(path.dirname(new URL(import.meta.url).pathname), 'dist'));
const runs = Number(opt('--runs', 7));
const shotsDir = opt('--shots', null);
const outPath = opt('--out', null);
const mdPath = opt('--md', null);
const debugShots = opt('--debug-shots', null);  // screenshots after the drag and after the wheel steps
const FRAGMENT = '#c=paris-statement-inclusive-sustainable-ai&d=2025-03-01';
const ALL_SYSTEMS = {
  'ours-index': { root: oursDir, page: 'index.html', ours: true, label: 'Accord Atlas index.html' },
  'ours-embed': { root: oursDir, page: 'embed.html', ours: true, label: 'Accord Atlas embed.html' },
  'd3-svg': { root: path.join(peersDir, 'd3-svg'), page: 'index.html', label: 'D3 + SVG' },
  'echarts': { root: path.join(peersDir, 'echarts'), page: 'index.html', label: 'ECharts (canvas)' },
  'plotly': { root: path.join(peersDir, 'plotly'), page: 'index.html', label: 'Plotly geo (SVG)' },
  'maplibre': { root: path.join(peersDir, 'maplibre'), page: 'index.html', label: 'MapLibre GL (WebGL)' },
};
const VIEWPORTS = {
  desktop: { viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 },
  phone: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3 },
};
const systems = opt('--systems', Object.keys(ALL_SYSTEMS).join(',')).split(',');
const viewports = opt('--viewports', 'desktop,phone').split(',');
const CHROMIUM_ARGS = ['--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--no-sandbox', '--disable-background-networking',
  '--disable-component-update', '--disable-default-apps', '--disable-sync'];

// [SECTION] static servers, one per folder
const MIME = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8', '.wasm': 'application/wasm', '.otf': 'font/otf',
  '.ttf': 'font/ttf', '.woff2': 'font/woff2', '.png': 'image/png', '.svg': 'image/svg+xml', '.bin': 'application/octet-stream' };
const servers = new Map();
let served = null;  // the current run's log of bodies sent: {file, raw, phase}
let phase = 'load';
async function serve(root) {
  if (servers.has(root)) return servers.get(root);
  const base = path.resolve(root);
  const server = http.createServer((req, res) => {
    let p;
    try { p = decodeURIComponent(new URL(req.url, 'http://x').pathname); } catch { res.writeHead(400); return res.end(); }
    let f = path.resolve(path.join(base, p));
    if (f !== base && !f.startsWith(base + path.sep)) { res.writeHead(403); return res.end(); }
    try {
      if (fs.statSync(f).isDirectory()) f = path.join(f, 'index.html');
      const body = fs.readFileSync(f);
      served?.push({ url: req.url, file: f, raw: body.length, phase });
      res.writeHead(200, { 'Content-Type': MIME[path.extname(f)] ?? 'application/octet-stream', 'Content-Length': body.length, 'Cache-Control': 'no-store' });
      res.end(body);
    } catch { res.writeHead(404); res.end('not found'); }
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${server.address().port}/`;
  servers.set(root, url);
  servers.set(url, server);
  return url;
}

// [SECTION] helpers
const gzipCache = new Map();  // file -> gzip -9 size, computed after a run (never while a page loads)
const gzipSize = (file) => { if (!gzipCache.has(file)) gzipCache.set(file, zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length); return gzipCache.get(file); };
const median = (xs) => { const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b); if (!s.length) return NaN; const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
function kindOf(url, contentType) {
  const ext = path.extname(new URL(url).pathname);
  if (ext === '.html') return 'html';
  if (ext === '.js' || ext === '.mjs') return 'js';
  if (ext === '.wasm') return 'wasm';
  if (ext === '.css') return 'css';
  if (['.otf', '.ttf', '.woff', '.woff2'].includes(ext)) return 'font';
  if (ext === '.json' || ext === '.bin') return 'data';
  return contentType?.split(';')[0] || 'other';
}

// Installed before any page script: counts the page's own rAF callbacks (the harness waits on
// the unwrapped rAF), and for Accord Atlas notes the first map frame and the frame after it.
const INIT = () => {
  const raf = window.requestAnimationFrame.bind(window);
  window.__rafCount = 0;
  window.__harnessRaf = raf;
  window.requestAnimationFrame = function (cb) { return raf((t) => { window.__rafCount++; cb(t); }); };
  let api;
  Object.defineProperty(window, 'accordAtlas', {
    configurable: true, enumerable: true,
    get() { return api; },
    set(v) {
      api = v;
      // 'firstmapframe' became an internal event (web/atlas/events.js): once the API is ready, look
      // for getState().timings.firstMapFrame at each frame, and note the frame after it.
      Promise.resolve(v && v.ready).then(() => {
        const look = () => {
          const t = v.getState().timings?.firstMapFrame;
          if (t === undefined) return raf(look);
          window.__firstMapEventMs = t;
          raf(() => { window.__firstMapSettledMs = performance.now(); });
        };
        raf(look);
      }).catch(() => { /* not the API */ });
    },
  });
};
const nextFrame = (page, n = 1) => page.evaluate((k) => new Promise((r) => { const step = () => (k-- > 0 ? window.__harnessRaf(step) : r()); step(); }), n);

// [SECTION] one run
async function runOnce(systemName, vpName, runIndex, shot) {
  const sys = ALL_SYSTEMS[systemName];
  const url = (await serve(sys.root)) + sys.page + FRAGMENT;
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const browserCdp = await browser.newBrowserCDPSession();
  const cpu = async () => {
    try { const { processInfo } = await browserCdp.send('SystemInfo.getProcessInfo'); return processInfo.reduce((t, p) => t + p.cpuTime, 0) * 1000; } catch { return NaN; }
  };
  const context = await browser.newContext({ ...VIEWPORTS[vpName] });
  await context.addInitScript(INIT);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const metrics = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  const log = { errors: [], offSite: [] };
  page.on('console', (m) => { if (m.type() === 'error') log.errors.push(m.text().slice(0, 300)); });
  page.on('pageerror', (e) => log.errors.push(String(e.message).slice(0, 300)));
  page.on('request', (r) => { const u = r.url(); if (!u.startsWith('http://127.0.0.1') && !u.startsWith('data:') && !u.startsWith('blob:')) log.offSite.push(u); });
  served = [];
  phase = 'load';
  const out = { system: systemName, viewport: vpName, run: runIndex };
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 120000 });
    // time to the first map
    if (sys.ours) {
      await page.waitForFunction(() => window.__firstMapSettledMs, null, { timeout: 120000, polling: 50 });
      Object.assign(out, await page.evaluate(() => ({ firstMapMs: window.accordAtlas.getState().timings.firstMapFrame, firstMapSettledMs: window.__firstMapSettledMs })));
    } else {
      await page.waitForFunction(() => window.firstMapSettledMs, null, { timeout: 120000, polling: 50 });
      Object.assign(out, await page.evaluate(() => ({ firstMapMs: window.firstMapMs, firstMapSettledMs: window.firstMapSettledMs })));
    }
    // the map's box, for the drag and the wheel
    const box = sys.ours
      ? await page.evaluate(() => { const [x, y, w, h] = window.accordAtlas.getState().layout.map; return { x, y, w, h }; })
      : await page.evaluate(() => { const r = document.getElementById('map').getBoundingClientRect(); return { x: r.x, y: r.y, w: r.width, h: r.height }; });
    out.mapBox = box;
    // idle: 1 s to settle, then 5 s without input
    await sleep(1000);
    if (shot) await page.screenshot({ path: shot });
    await nextFrame(page, 2);  // frames wait for the previous raster: after two, none is pending
    let m0 = await metrics(), r0 = await page.evaluate(() => window.__rafCount), c0 = await cpu();
    await sleep(5000);
    let m1 = await metrics(), r1 = await page.evaluate(() => window.__rafCount), c1 = await cpu();
    out.idle = { taskMs: (m1.TaskDuration - m0.TaskDuration) * 1000, scriptMs: (m1.ScriptDuration - m0.ScriptDuration) * 1000, raf: r1 - r0, cpuAllMs: c1 - c0 };
    // bytes of the first visit (load + idle), then heap after a forced GC
    phase = 'interaction';
    await cdp.send('HeapProfiler.collectGarbage');
    const mh = await metrics();
    out.jsHeapUsedBytes = mh.JSHeapUsedSize;
    if (sys.ours) out.wasmHeapBytes = await page.evaluate(() => window.accordAtlas.getState().wasmHeapBytes);
    // a window of input: metrics before, the steps (one frame after each), two frames and 300 ms, metrics after
    const measure = async (steps, act) => {
      await nextFrame(page, 2);
      const a = await metrics(), ra = await page.evaluate(() => window.__rafCount), ca = await cpu();
      const t0 = Date.now();
      await act();
      await nextFrame(page, 2);
      await sleep(300);
      const b = await metrics(), rb = await page.evaluate(() => window.__rafCount), cb = await cpu();
      return { steps, taskMsPerStep: (b.TaskDuration - a.TaskDuration) * 1000 / steps, scriptMsPerStep: (b.ScriptDuration - a.ScriptDuration) * 1000 / steps,
        raf: rb - ra, cpuAllMsPerStep: (cb - ca) / steps, wallMs: Date.now() - t0 };
    };
    // Zoom to 2x about the map's centre first (not measured): at the first view some maps (ours,
    // D3 with a translate extent) do not pan at all, and the drag must move every map.
    if (sys.ours) {
      await page.evaluate(() => { const q = new URLSearchParams(location.hash.slice(1)); q.set('z', '2'); q.delete('x'); q.delete('y'); history.pushState(null, '', '#' + q.toString()); window.dispatchEvent(new PopStateEvent('popstate')); });
      await page.waitForFunction(() => { const m = window.accordAtlas.getState().map; return !m.animating && m.zoom > 1.9; }, null, { timeout: 30000, polling: 100 });
    } else {
      await page.evaluate(() => window.peer.zoomTo(2));
    }
    await sleep(1500);
    if (sys.ours) out.zoomBeforeDrag = await page.evaluate(() => window.accordAtlas.getState().map.zoom);
    const cx = box.x + box.w / 2, cy = box.y + box.h / 2;
    out.drag = await measure(60, async () => {
      const x0 = cx - box.w * 0.2, x1 = cx + box.w * 0.2, y0 = cy - box.h * 0.05, y1 = cy + box.h * 0.05;
      await page.mouse.move(x0, y0);
      await page.mouse.down();
      for (let i = 1; i <= 60; i++) {
        await page.mouse.move(x0 + (x1 - x0) * i / 60, y0 + (y1 - y0) * i / 60);
        await nextFrame(page);
      }
      await page.mouse.up();
    });
    if (debugShots) await page.screenshot({ path: path.join(debugShots, `${systemName}-${vpName}-after-drag.png`) });
    out.wheel = await measure(20, async () => {
      await page.mouse.move(cx, cy);
      for (let i = 0; i < 20; i++) {
        await page.mouse.wheel(0, i < 10 ? -100 : 100);
        await nextFrame(page);
      }
    });
    if (debugShots) await page.screenshot({ path: path.join(debugShots, `${systemName}-${vpName}-after-wheel.png`) });
    const dates = [];
    for (let i = 0; i < 15; i++) {
      dates.push(new Date(Date.UTC(2025, 0, 1 + i)).toISOString().slice(0, 10), new Date(Date.UTC(2025, 2, 1 + i)).toISOString().slice(0, 10));
    }
    out.scrub = await measure(30, async () => {
      for (const d of dates) {
        // Run from a page task (setTimeout), not inside the DevTools command, so that its cost
        // is counted in TaskDuration/ScriptDuration like any page code.
        if (sys.ours) await page.evaluate((date) => new Promise((res, rej) => setTimeout(() => window.accordAtlas.set({ date }).then((r) => { if (!r.ok) rej(new Error(JSON.stringify(r.errors))); else window.__harnessRaf(res); }), 0)), d);
        else await page.evaluate((date) => new Promise((res) => setTimeout(() => { window.peer.setDate(date); window.__harnessRaf(res); }, 0)), d);
      }
    });
    if (sys.ours) {
      const s = await page.evaluate(() => { const st = window.accordAtlas.getState(); return { date: st.date, commitment: st.commitment, wasmHeapBytes: st.wasmHeapBytes }; });
      out.endState = s;
    }
  } catch (err) {
    out.failure = String(err.stack || err).slice(0, 600);
  }
  out.errors = log.errors;
  out.offSite = log.offSite;
  await browser.close();
  // bodies sent by the server, by phase; gzip -9 sizes computed now, from the same files
  const rows = served.map((b) => ({ url: b.url.split('?')[0], phase: b.phase, kind: kindOf('http://x' + b.url), raw: b.raw, gzip: gzipSize(b.file) }));
  out.bytesFirstVisit = rows.filter((b) => b.phase === 'load');
  out.bytesAfterInteraction = rows.filter((b) => b.phase === 'interaction');
  served = null;
  return out;
}

// [SECTION] main: runs interleaved (run → viewport → system) so that drift in the machine's load
// spreads over all systems
// --summarize FILE: only rebuild the summary and the table from a results file (or its .partial.json)
const summarizeFrom = opt('--summarize', null);
const previous = summarizeFrom ? JSON.parse(fs.readFileSync(summarizeFrom, 'utf8')) : null;
const startedAt = previous?.startedAt ?? new Date().toISOString();
const all = previous?.all ?? [];
const chromiumVersion = previous?.chromium ?? await (async () => { const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS }); const v = b.version(); await b.close(); return v; })();
for (let run = 0; run < (previous ? 0 : runs); run++) {
  for (const vp of viewports) {
    for (const s of systems) {
      const shot = shotsDir && run === 0 && vp === 'desktop' ? path.join(shotsDir, `${s}.png`) : (shotsDir && run === 0 && vp === 'phone' ? path.join(shotsDir, `${s}-phone.png`) : null);
      const t = Date.now();
      const r = await runOnce(s, vp, run, shot);
      all.push(r);
      if (outPath) { fs.mkdirSync(path.dirname(outPath), { recursive: true }); fs.writeFileSync(outPath + '.partial.json', JSON.stringify({ startedAt, chromium: chromiumVersion, args: CHROMIUM_ARGS, fragment: FRAGMENT, runs, oursDir, peersDir, all })); }
      const sum = (r.bytesFirstVisit ?? []).reduce((a, b) => a + b.gzip, 0);
      console.error(`run ${run + 1}/${runs} ${vp} ${s}: first map ${r.firstMapMs?.toFixed(0)} ms, gzip ${(sum / 1024).toFixed(0)} KiB, drag ${r.drag?.taskMsPerStep?.toFixed(2)} ms/step, wheel ${r.wheel?.taskMsPerStep?.toFixed(2)}, scrub ${r.scrub?.taskMsPerStep?.toFixed(2)}, idle ${r.idle?.taskMs?.toFixed(0)} ms/${r.idle?.raf} rAF${r.failure ? ' FAILED: ' + r.failure.split('\n')[0] : ''}${r.errors.length ? ' errors: ' + r.errors.length : ''} (${((Date.now() - t) / 1000).toFixed(0)} s)`);
    }
  }
}
for (const [k, v] of servers) if (typeof v !== 'string') v.close();

// [SECTION] summary: medians per system x viewport
const summary = {};
for (const vp of viewports) {
  for (const s of systems) {
    const rs = all.filter((r) => r.system === s && r.viewport === vp && !r.failure);
    const m = (f) => median(rs.map(f));
    const bytes = (list, kind, key) => (list ?? []).filter((b) => !kind || b.kind === kind).reduce((a, b) => a + b[key], 0);
    const kinds = [...new Set(rs.flatMap((r) => r.bytesFirstVisit.map((b) => b.kind)))].sort();
    summary[`${vp}/${s}`] = {
      runs: rs.length, failures: all.filter((r) => r.system === s && r.viewport === vp && r.failure).map((r) => r.failure.split('\n')[0]),
      files: m((r) => r.bytesFirstVisit.length),
      rawBytes: m((r) => bytes(r.bytesFirstVisit, null, 'raw')), gzipBytes: m((r) => bytes(r.bytesFirstVisit, null, 'gzip')),
      byKind: Object.fromEntries(kinds.map((k) => [k, { raw: m((r) => bytes(r.bytesFirstVisit, k, 'raw')), gzip: m((r) => bytes(r.bytesFirstVisit, k, 'gzip')) }])),
      laterRawBytes: m((r) => bytes(r.bytesAfterInteraction, null, 'raw')), laterGzipBytes: m((r) => bytes(r.bytesAfterInteraction, null, 'gzip')),
      firstMapMs: m((r) => r.firstMapMs), firstMapSettledMs: m((r) => r.firstMapSettledMs),
      drag: { taskMsPerStep: m((r) => r.drag.taskMsPerStep), scriptMsPerStep: m((r) => r.drag.scriptMsPerStep), raf: m((r) => r.drag.raf), cpuAllMsPerStep: m((r) => r.drag.cpuAllMsPerStep), wallMs: m((r) => r.drag.wallMs) },
      wheel: { taskMsPerStep: m((r) => r.wheel.taskMsPerStep), scriptMsPerStep: m((r) => r.wheel.scriptMsPerStep), raf: m((r) => r.wheel.raf), cpuAllMsPerStep: m((r) => r.wheel.cpuAllMsPerStep), wallMs: m((r) => r.wheel.wallMs) },
      scrub: { taskMsPerStep: m((r) => r.scrub.taskMsPerStep), scriptMsPerStep: m((r) => r.scrub.scriptMsPerStep), raf: m((r) => r.scrub.raf), cpuAllMsPerStep: m((r) => r.scrub.cpuAllMsPerStep), wallMs: m((r) => r.scrub.wallMs) },
      idle: { taskMs: m((r) => r.idle.taskMs), scriptMs: m((r) => r.idle.scriptMs), raf: m((r) => r.idle.raf), cpuAllMs: m((r) => r.idle.cpuAllMs) },
      jsHeapUsedBytes: m((r) => r.jsHeapUsedBytes), wasmHeapBytes: m((r) => r.wasmHeapBytes ?? NaN),
      errors: [...new Set(rs.flatMap((r) => r.errors))].slice(0, 5), offSite: [...new Set(rs.flatMap((r) => r.offSite))].slice(0, 5),
    };
  }
}

// [SECTION] markdown: one table per viewport, each row a metric, ratio ours(index)/peer in brackets
const kib = (n) => (Number.isFinite(n) ? (n / 1024).toFixed(0) : '–');
const f1 = (n) => (Number.isFinite(n) ? (n >= 100 ? n.toFixed(0) : n.toFixed(n >= 10 ? 1 : 2)) : '–');
const ratio = (a, b) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? ` (${(a / b).toFixed(a / b >= 10 ? 0 : 2)}×)` : '');
const ROWS = [
  ['first visit, gzip -9 KiB (all)', (x) => x.gzipBytes, kib],
  ['first visit, raw KiB (all)', (x) => x.rawBytes, kib],
  ['  code gzip KiB (js+wasm)', (x) => (x.byKind.js?.gzip ?? 0) + (x.byKind.wasm?.gzip ?? 0), kib],
  ['  data gzip KiB (json/bin)', (x) => x.byKind.data?.gzip ?? 0, kib],
  ['  other gzip KiB (html/css/font)', (x) => (x.byKind.html?.gzip ?? 0) + (x.byKind.css?.gzip ?? 0) + (x.byKind.font?.gzip ?? 0), kib],
  ['files fetched', (x) => x.files, f1],
  ['loaded later on interaction, gzip KiB', (x) => x.laterGzipBytes, kib],
  ['first map drawn, ms from navigation', (x) => x.firstMapMs, f1],
  ['  + next frame, ms', (x) => x.firstMapSettledMs, f1],
  ['drag: main-thread task ms/step', (x) => x.drag.taskMsPerStep, f1],
  ['drag: script ms/step', (x) => x.drag.scriptMsPerStep, f1],
  ['drag: all-process CPU ms/step', (x) => x.drag.cpuAllMsPerStep, f1],
  ['drag: page rAF callbacks (60 moves)', (x) => x.drag.raf, f1],
  ['drag: wall ms (60 moves + 1 frame each)', (x) => x.drag.wallMs, f1],
  ['wheel: task ms/step', (x) => x.wheel.taskMsPerStep, f1],
  ['wheel: script ms/step', (x) => x.wheel.scriptMsPerStep, f1],
  ['wheel: all-process CPU ms/step', (x) => x.wheel.cpuAllMsPerStep, f1],
  ['wheel: page rAF callbacks (20 steps)', (x) => x.wheel.raf, f1],
  ['date scrub: task ms/change', (x) => x.scrub.taskMsPerStep, f1],
  ['date scrub: script ms/change', (x) => x.scrub.scriptMsPerStep, f1],
  ['date scrub: all-process CPU ms/change', (x) => x.scrub.cpuAllMsPerStep, f1],
  ['date scrub: page rAF callbacks (30)', (x) => x.scrub.raf, f1],
  ['idle 5 s: task ms', (x) => x.idle.taskMs, f1],
  ['idle 5 s: page rAF callbacks', (x) => x.idle.raf, f1],
  ['idle 5 s: all-process CPU ms', (x) => x.idle.cpuAllMs, f1],
  ['JS heap used after load+GC, KiB', (x) => x.jsHeapUsedBytes, kib],
  ['wasm heap (ours), KiB', (x) => x.wasmHeapBytes, kib],
];
const lines = [];
for (const vp of viewports) {
  const v = VIEWPORTS[vp];
  const n = summary[`${vp}/ours-index`]?.runs ?? runs;
  lines.push(`### ${v.viewport.width}×${v.viewport.height} DPR ${v.deviceScaleFactor} (median of ${n} cold runs per system; ratio = ours index.html / peer)`, '');
  lines.push(`| metric | ${systems.map((s) => ALL_SYSTEMS[s].label).join(' | ')} |`, `|---|${systems.map(() => '---:').join('|')}|`);
  const ours = summary[`${vp}/ours-index`];
  for (const [name, get, fmt] of ROWS) {
    lines.push(`| ${name} | ${systems.map((s) => {
      const x = summary[`${vp}/${s}`];
      if (!x || !x.runs) return 'failed';
      const val = get(x);
      return fmt(val) + (ours && s !== 'ours-index' && !ALL_SYSTEMS[s].ours ? ratio(get(ours), val) : '');
    }).join(' | ')} |`);
  }
  lines.push('');
}
const md = lines.join('\n');
console.log(md);
const result = { startedAt, finishedAt: new Date().toISOString(), chromium: chromiumVersion, args: CHROMIUM_ARGS, fragment: FRAGMENT, runs, oursDir, peersDir, summary, all };
if (outPath) { fs.mkdirSync(path.dirname(outPath), { recursive: true }); fs.writeFileSync(outPath, JSON.stringify(result, null, 1)); }
if (mdPath) { fs.mkdirSync(path.dirname(mdPath), { recursive: true }); fs.writeFileSync(mdPath, md + '\n'); }
