// Where the main thread's time goes in one drag step and one date change of index.html at
// 1280×800 (issue 16), measured three ways in headless Chromium (SwiftShader), each in a fresh
// page at the view the peer benchmark drags (the Paris statement on 2025-03-01, zoom 2):
//   1. counts: every WebGL2 method and every wasm import wrapped by an init script, so a frame's
//      GL calls, the calls from wasm into Emscripten's JS glue and the bytes uploaded (bufferData,
//      bufferSubData, texImage2D, texSubImage2D) are counted; plus the app's own frame cost;
//   2. trace: CDP Tracing of the same interaction; the main thread's top-level tasks are sorted by
//      what they ran (animation frame, input event, the harness's own DevTools calls, other) and
//      their time split by trace event (script, style/layout/paint/commit, GC, task overhead);
//   3. profile: CDP Profiler sampling every 100 µs; each sample's leaf is put in a bucket (wasm,
//      JS glue called from wasm, each WebGL method, other JS, GC, native outside JS).
// Wrapping slows the page, so timings come from passes 2 and 3 and only counts from pass 1.
// Prints Markdown tables, writes build/bench/trace/trace.json and, with --doc, replaces the
// table between marker comments in that file.
// usage: node scripts/trace_frame.mjs [--site DIR] [--steps N (30)] [--doc docs/performance.md] [--from trace.json]
//        [--passes counts,trace,profile]
//        [--glue FACTORY_JS (default SITE/../app/accord_atlas.js: names the wasm's minified imports)]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const argv = process.argv.slice(2);
const opt = (name, dflt) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : dflt);
const repoDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.env.ACCORD_SITE_DIR = path.resolve(opt('--site', path.join(repoDir, 'build/wasm-release/site')));
const { openPage, startHarness, waitForIdle } = await import('../tests/browser/harness.mjs');
const steps = Number(opt('--steps', 30));
const passes = opt('--passes', 'counts,trace,profile').split(',');  // fewer for a quick look (the tables need all three)
// Emscripten minifies the wasm's import names ("b"); its glue (the build's app/accord_atlas.js, beside
// the site folder) maps them to the functions' names (_glGetUniformLocation).
const gluePath = opt('--glue', path.join(process.env.ACCORD_SITE_DIR, '../app/accord_atlas.js'));
const importNames = (() => {
  try {
    const table = /var asmLibraryArg\s*=\s*\{([^}]*)\}/.exec(fs.readFileSync(gluePath, 'utf8'))[1];
    return Object.fromEntries([...table.matchAll(/"([^"]+)"\s*:\s*_?([\w$]+)/g)].map((m) => [m[1], m[2]]));
  } catch { return {}; }
})();
const docPath = opt('--doc', null);
const outDir = path.join(repoDir, 'build/bench/trace');
const FRAGMENT = 'index.html#c=paris-statement-inclusive-sustainable-ai&d=2025-03-01';
const BEGIN = '<!-- trace-table:begin (written by scripts/bench.sh --trace; edits here are replaced) -->';
const END = '<!-- trace-table:end -->';
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// [SECTION] the page and the two interactions
// Opens index.html, zooms to 2 about the map's centre as the peer benchmark does (at the first
// view the map does not pan), and waits until it stops drawing.
async function openAtlas(harness, initScript = null) {
  const opened = await openPage(harness, { path: FRAGMENT, viewport: { width: 1280, height: 800 }, initScript });
  const { page } = opened;
  await page.evaluate(() => { const q = new URLSearchParams(location.hash.slice(1)); q.set('z', '2'); history.pushState(null, '', '#' + q.toString()); window.dispatchEvent(new PopStateEvent('popstate')); });
  await page.waitForFunction(() => { const m = window.accordAtlas.getState().map; return !m.animating && m.zoom > 1.9; }, null, { timeout: 30000, polling: 100 });
  await waitForIdle(page);
  await sleep(1000);
  const [x, y, w, h] = await page.evaluate(() => window.accordAtlas.getState().layout.map);
  return { ...opened, box: { x, y, w, h } };
}
const nextFrame = (page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r())));
// The peer benchmark's drag step: one mouse move, then one frame.
async function drag(page, box) {
  const cx = box.x + box.w / 2, cy = box.y + box.h / 2;
  const x0 = cx - box.w * 0.2, x1 = cx + box.w * 0.2, y0 = cy - box.h * 0.05, y1 = cy + box.h * 0.05;
  await page.mouse.move(x0, y0);
  await page.mouse.down();
  for (let i = 1; i <= steps; i++) {
    await page.mouse.move(x0 + (x1 - x0) * i / steps, y0 + (y1 - y0) * i / steps);
    await nextFrame(page);
  }
  await page.mouse.up();
}
// The peer benchmark's date change: set({date}) from a page task, then one frame.
async function dateChanges(page) {
  for (let i = 0; i < steps; i++) {
    const date = new Date(Date.UTC(2025, i % 2 ? 2 : 0, 1 + (i >> 1))).toISOString().slice(0, 10);
    await page.evaluate((d) => new Promise((res, rej) => setTimeout(() => window.accordAtlas.set({ date: d })
      .then((r) => (r.ok ? requestAnimationFrame(() => res()) : rej(new Error(JSON.stringify(r.errors))))), 0)), date);
  }
}
const INTERACTIONS = { drag, date: (page) => dateChanges(page) };

// [SECTION] pass 1: counts
// Installed before the page's scripts: wraps every WebGL2 method and, when the wasm module is
// instantiated, every function it imports.
const COUNT_INIT = () => {
  const gl = window.__glCounts = {}, imports = window.__importCounts = {};
  window.__uploadBytes = { bufferData: 0, bufferSubData: 0, texImage2D: 0, texSubImage2D: 0 };
  const texelBytes = (format) => ({ 0x1908: 4, 0x1907: 3, 0x8227: 2, 0x1903: 1, 0x1906: 1, 0x1909: 1 }[format] ?? 4);
  const viewBytes = (view, offset, length) => (length !== undefined ? length * view.BYTES_PER_ELEMENT
    : view.byteLength - (offset ?? 0) * view.BYTES_PER_ELEMENT);
  const uploaded = {
    // bufferData(target, sizeOrData, usage, srcOffset?, length?): a size alone allocates, uploads nothing
    bufferData: (a) => (ArrayBuffer.isView(a[1]) ? viewBytes(a[1], a[3], a[4]) : a[1] instanceof ArrayBuffer ? a[1].byteLength : 0),
    bufferSubData: (a) => (ArrayBuffer.isView(a[2]) ? viewBytes(a[2], a[3], a[4]) : a[2] instanceof ArrayBuffer ? a[2].byteLength : 0),
    texImage2D: (a) => (a.length >= 9 && a[8] ? a[3] * a[4] * texelBytes(a[6]) : 0),
    texSubImage2D: (a) => (a.length >= 9 && a[8] ? a[4] * a[5] * texelBytes(a[6]) : 0),
  };
  const proto = WebGL2RenderingContext.prototype;
  for (const name of Object.getOwnPropertyNames(proto)) {
    const d = Object.getOwnPropertyDescriptor(proto, name);
    if (name === 'constructor' || typeof d.value !== 'function') continue;
    const f = d.value, bytes = uploaded[name];
    proto[name] = function (...a) {
      gl[name] = (gl[name] ?? 0) + 1;
      if (bytes) window.__uploadBytes[name] += bytes(a);
      return f.apply(this, a);
    };
  }
  const wrapImports = (importObject) => {
    for (const module of Object.values(importObject ?? {})) {
      for (const [name, f] of Object.entries(module)) {
        if (typeof f !== 'function') continue;
        module[name] = function (...a) { imports[name] = (imports[name] ?? 0) + 1; return f.apply(this, a); };
      }
    }
  };
  for (const method of ['instantiate', 'instantiateStreaming']) {
    const f = WebAssembly[method];
    WebAssembly[method] = function (source, importObject) { wrapImports(importObject); return f.call(this, source, importObject); };
  }
};

async function countPass(harness, name) {
  const { context, page, box } = await openAtlas(harness, [COUNT_INIT]);
  const snapshot = () => page.evaluate(() => ({ gl: { ...window.__glCounts }, imports: { ...window.__importCounts },
    bytes: { ...window.__uploadBytes }, frames: window.accordAtlas.framesDrawn() }));
  await page.evaluate(() => window.accordAtlas.frameCosts());
  const before = await snapshot();
  await INTERACTIONS[name](page, box);
  await nextFrame(page);
  const after = await snapshot();
  const ownMs = await page.evaluate(() => window.accordAtlas.frameCosts());
  await context.close();
  const diff = (a, b) => Object.fromEntries(Object.keys(b).map((k) => [k, b[k] - (a[k] ?? 0)]).filter(([, v]) => v > 0).sort((x, y) => y[1] - x[1]));
  const frames = after.frames - before.frames;
  const imports = Object.fromEntries(Object.entries(diff(before.imports, after.imports)).map(([k, v]) => [importNames[k] ?? k, v]));
  return { frames, gl: diff(before.gl, after.gl), imports, bytes: diff(before.bytes, after.bytes), ownMs };
}

// [SECTION] pass 2: trace
const CATEGORIES = ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'v8',
  'disabled-by-default-v8.gc', 'blink.user_timing', 'blink'];
// A span's time goes to the phase of the nearest enclosing event (itself included) that names one,
// so that work nested in a frame (a GC, a history update) is shown apart from the frame's script.
const PHASES = [
  [/^EventDispatch$/, 'input events: dispatch and handlers'],
  [/^FireAnimationFrame$/, 'rAF callbacks: the app\'s frame (wasm, GL glue, WebGL)'],
  [/^TimerFire$/, 'timers: the date change (accordAtlas.set)'],
  [/^RunMicrotasks$/, 'promise callbacks (microtasks)'],
  [/^FrameLoader::updateForSameDocumentNavigation$|^History::/, 'history.replaceState: the URL follows the view'],
  [/(GC|Scavenge|MinorMS|MajorMS|BlinkGC|ThreadState::|MarkCompact|Sweep)/, 'GC'],
  [/^(UpdateLayoutTree|Layout|PrePaint|Paint|PaintImage|Layerize|Commit|UpdateLayer|CompositeLayers|HitTest|Blink\.Paint|LocalFrameView::|PaintController|UpdateLifecycle|IntersectionObserver)/, 'style, layout, paint, commit'],
];
const OTHER = 'tasks, IPC and the DevTools protocol (the harness)';
const phaseOf = (name) => PHASES.find(([re]) => re.test(name))?.[1];

function analyseTrace(events) {
  const threadNames = new Map(events.filter((e) => e.ph === 'M' && e.name === 'thread_name').map((e) => [`${e.pid}:${e.tid}`, e.args.name]));
  const byThread = new Map();
  for (const e of events) {
    const k = `${e.pid}:${e.tid}`;
    if (threadNames.get(k) !== 'CrRendererMain') continue;
    if (!byThread.has(k)) byThread.set(k, []);
    byThread.get(k).push(e);
  }
  const main = [...byThread.values()].sort((x, y) => y.length - x.length)[0] ?? [];
  const mark = (n) => main.find((e) => e.name === n)?.ts;
  const t0 = mark('accord-trace-begin'), t1 = mark('accord-trace-end');
  if (t0 === undefined || t1 === undefined) throw new Error('trace: the window marks were not found on the main thread');
  // Complete events and B/E pairs as spans, nested by a stack: self time per span.
  const spans = [];
  const open = [];
  for (const e of [...main].sort((x, y) => x.ts - y.ts)) {
    if (e.ph === 'X' && e.dur !== undefined) spans.push({ s: e.ts, e: e.ts + e.dur, name: e.name });
    else if (e.ph === 'B') open.push(e);
    else if (e.ph === 'E') { const begin = open.pop(); if (begin) spans.push({ s: begin.ts, e: e.ts, name: begin.name }); }
  }
  spans.sort((x, y) => x.s - y.s || y.e - x.e);
  const inWindow = spans.filter((x) => x.s >= t0 && x.e <= t1);
  const stack = [];
  let tasks = 0, taskUs = 0;
  for (const span of inWindow) {
    while (stack.length && stack.at(-1).e <= span.s) stack.pop();
    span.children = 0;
    if (stack.length) stack.at(-1).children += span.e - span.s;
    else { tasks++; taskUs += span.e - span.s; }
    span.phase = phaseOf(span.name) ?? stack.at(-1)?.phase ?? OTHER;
    stack.push(span);
  }
  const phases = {}, selfByName = {};
  for (const span of inWindow) {
    const self = span.e - span.s - span.children;
    phases[span.phase] = (phases[span.phase] ?? 0) + self;
    selfByName[span.name] = (selfByName[span.name] ?? 0) + self;
  }
  return { windowMs: (t1 - t0) / 1000, tasks, taskUs, phases, topSelf: Object.entries(selfByName).sort((x, y) => y[1] - x[1]).slice(0, 30) };
}

async function tracePass(harness, name) {
  const { context, page, box } = await openAtlas(harness);
  const cdp = await context.newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', ({ value }) => { for (const e of value) events.push(e); });
  const complete = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: CATEGORIES, recordMode: 'recordAsMuchAsPossible' } });
  await sleep(300);
  await page.evaluate(() => { window.accordAtlas.frameCosts(); performance.mark('accord-trace-begin'); });
  await INTERACTIONS[name](page, box);
  await nextFrame(page);
  await page.evaluate(() => performance.mark('accord-trace-end'));
  const ownMs = await page.evaluate(() => window.accordAtlas.frameCosts());
  await cdp.send('Tracing.end');
  await complete;
  await context.close();
  return { ...analyseTrace(events), ownMs };
}

// [SECTION] pass 3: sampled profile
function glGroup(fn) {
  if (/^(bufferData|bufferSubData|texImage2D|texSubImage2D)$/.test(fn)) return 'WebGL: buffer and texture uploads';
  if (/^draw/.test(fn)) return 'WebGL: draw calls';
  if (/^(uniform|getUniformLocation)/.test(fn)) return 'WebGL: uniforms';
  return 'WebGL: binding and state';
}
// Where a wasm function belongs, from its name (a build linked with --profiling-funcs; without
// names every function is 'wasm-function[N]' and lands in the last area).
const WASM_AREAS = [
  [/^(?:[\w:<>*&, ]+ )?(?:ImGui::|Im[A-Z]\w*(?:<[^(]*>)?::|Im[A-Z]\w*\(|stbtt|stb_)/, 'Dear ImGui: widgets, text, vertex generation'],
  [/accord::ui::/, 'our UI panels (src/ui)'],
  [/accord::render::/, 'map and ImGui renderers: GL calls issued (src/render)'],
  [/accord::scene::/, 'scene: paint, markers, outlines (src/scene)'],
  [/accord::|\(anonymous namespace\)::/, 'core and platform: dataset, queries, view, frame loop'],
  [/^(std::|operator new|operator delete|malloc|free|memcpy|memset|memmove|strlen|emmalloc|dlmalloc|sbrk|__|printf_core|(a?sin|a?cos|a?tan|atan2|sqrt|exp|log|pow|fmod)f?$)|std::__2::/, 'libc++, libc and libm: strings, containers, malloc, asin…'],
];
const LIBCXX = WASM_AREAS.at(-1)[1];
const wasmArea = (name) => WASM_AREAS.find(([re]) => re.test(name))?.[1] ?? 'other or unnamed wasm';

async function profilePass(harness, name, webglNames) {
  const { context, page, box } = await openAtlas(harness);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  const started = Date.now();
  await INTERACTIONS[name](page, box);
  await nextFrame(page);
  const { profile } = await cdp.send('Profiler.stop');
  const wallMs = Date.now() - started;
  await context.close();
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const isWasm = (cf) => /\.wasm$|^wasm:\/\//.test(cf.url) || (!cf.url && /^wasm-function\[/.test(cf.functionName));
  const underWasm = (id) => { for (let p = parent.get(id); p !== undefined; p = parent.get(p)) if (isWasm(nodes.get(p).callFrame)) return true; return false; };
  const buckets = {}, wasmFunctions = {}, wasmAreas = {}, leaves = {}, libcxxCallers = {};
  const callerOutside = (id, area) => {
    for (let p = parent.get(id); p !== undefined; p = parent.get(p)) {
      const cf = nodes.get(p).callFrame;
      if (isWasm(cf) && wasmArea(cf.functionName) !== area) return cf.functionName;
    }
    return '(none)';
  };
  const add = (table, k, us) => { table[k] = (table[k] ?? 0) + us; };
  profile.samples.forEach((id, i) => {
    const us = profile.timeDeltas[i + 1] ?? 0;  // a sample's time runs to the next one
    const cf = nodes.get(id).callFrame;
    let bucket;
    if (cf.functionName === '(idle)') bucket = null;
    else if (cf.functionName === '(garbage collector)') bucket = 'GC';
    else if (cf.functionName === '(program)') bucket = 'native outside JS (style, layout, paint, tasks)';
    else if (isWasm(cf)) {
      bucket = 'wasm (our C++: UI, ImGui, map, scene)';
      add(wasmFunctions, cf.functionName, us);
      const area = wasmArea(cf.functionName);
      add(wasmAreas, area, us);
      // libc++ and libc time goes to the nearest of our functions that called it
      if (area === LIBCXX) add(libcxxCallers, callerOutside(id, LIBCXX), us);
    }
    else if (!cf.url && webglNames.has(cf.functionName)) bucket = underWasm(id) ? glGroup(cf.functionName) : 'WebGL called from JS';
    else if (underWasm(id)) bucket = 'JS glue called from wasm (Emscripten GL and html5 wrappers)';
    else if (/app\.js/.test(cf.url)) bucket = 'JS: host page and Emscripten glue (events, rAF loop)';
    else bucket = 'JS: the harness and other';
    if (bucket) add(buckets, bucket, us);
    if (bucket && !bucket.startsWith('wasm')) add(leaves, `${cf.functionName || '(anonymous)'} ${cf.url.split('/').pop()}`.trim(), us);
  });
  const top = (table, n) => Object.entries(table).sort((a, b) => b[1] - a[1]).slice(0, n);
  return { wallMs, buckets, wasmAreas, wasmTop: top(wasmFunctions, 25), leavesTop: top(leaves, 25), libcxxCallers: top(libcxxCallers, 10) };
}

// [SECTION] main
// --from FILE: only rewrite the tables from an earlier run's trace.json
const result = opt('--from', null) ? JSON.parse(fs.readFileSync(opt('--from'), 'utf8')) : await measureAll();
async function measureAll() {
  const harness = await startHarness();
  const { context, page } = await openPage(harness, { path: FRAGMENT, wait: false });
  const webglNames = new Set(await page.evaluate(() => Object.getOwnPropertyNames(WebGL2RenderingContext.prototype)));
  await context.close();
  const run = { startedAt: new Date().toISOString(), site: process.env.ACCORD_SITE_DIR, steps, browser: harness.browser.version(),
    loadBefore: fs.readFileSync('/proc/loadavg', 'utf8').trim() };
  for (const name of Object.keys(INTERACTIONS)) {
    run[name] = {};
    if (passes.includes('counts')) run[name].counts = await countPass(harness, name);
    if (passes.includes('trace')) run[name].trace = await tracePass(harness, name);
    if (passes.includes('profile')) run[name].profile = await profilePass(harness, name, webglNames);
    console.error(`trace_frame: ${name} done`);
  }
  run.loadAfter = fs.readFileSync('/proc/loadavg', 'utf8').trim();
  await harness.close();
  fs.mkdirSync(outDir, { recursive: true });
  fs.writeFileSync(path.join(outDir, 'trace.json'), JSON.stringify(run, null, 1));
  return run;
}

// [SECTION] tables
if (!['counts', 'trace', 'profile'].every((p) => result.drag[p])) {
  console.log(JSON.stringify(Object.fromEntries(Object.keys(INTERACTIONS).map((n) => [n, result[n].profile ?? result[n]])), null, 1).slice(0, 20000));
  process.exit(0);
}
const NAMES = Object.keys(INTERACTIONS);
const LABEL = { drag: 'per drag step', date: 'per date change' };
const ms = (us, per) => (us / 1000 / per).toFixed(2);
const median = (xs) => { const s = [...xs].sort((x, y) => x - y); return s.length ? s[s.length >> 1] : NaN; };
const lines = [BEGIN, ''];
const siteShown = path.relative(repoDir, result.site).startsWith('..') ? result.site : path.relative(repoDir, result.site);
lines.push(`Run of ${result.startedAt.slice(0, 16).replace('T', ' ')} UTC, Chromium ${result.browser} (SwiftShader), ${siteShown}/index.html at 1280×800, ` +
  `${result.steps} drag steps and ${result.steps} date changes; load average before ${result.loadBefore.split(' ').slice(0, 3).join(' ')}, after ${result.loadAfter.split(' ').slice(0, 3).join(' ')}. ` +
  'Raw data: `build/bench/trace/trace.json`.', '');
const header = (first, labels = LABEL) => lines.push(`| ${first} | ${NAMES.map((n) => labels[n]).join(' | ')} |`, `|---|${NAMES.map(() => '---:').join('|')}|`);
const row = (label, f) => lines.push(`| ${label} | ${NAMES.map((n) => f(n)).join(' | ')} |`);
lines.push('**Main thread, from the trace** (ms per step; each event\'s own time goes to the nearest enclosing phase):', '');
header('phase');
const phaseNames = [...new Set(NAMES.flatMap((n) => Object.keys(result[n].trace.phases)))].sort((x, y) => (result.drag.trace.phases[y] ?? 0) - (result.drag.trace.phases[x] ?? 0));
for (const phase of phaseNames) row(phase, (n) => ms(result[n].trace.phases[phase] ?? 0, result.steps));
row('**all top-level tasks**', (n) => `**${ms(result[n].trace.taskUs, result.steps)}**`);
row('top-level tasks per step', (n) => (result[n].trace.tasks / result.steps).toFixed(1));
row('frames drawn per step (the app\'s frame function, median ms per frame)', (n) => `${(result[n].counts.frames / result.steps).toFixed(2)} (${median(result[n].trace.ownMs).toFixed(2)})`);
lines.push('', '**Script, from the sampled profile** (ms per step, a sample every 100 µs; the profiler slows script down, so read shares):', '');
header('where');
const buckets = [...new Set(NAMES.flatMap((n) => Object.keys(result[n].profile.buckets)))].sort((x, y) => (result.drag.profile.buckets[y] ?? 0) - (result.drag.profile.buckets[x] ?? 0));
for (const b of buckets) row(b, (n) => ms(result[n].profile.buckets[b] ?? 0, result.steps));
if (NAMES.some((n) => Object.keys(result[n].profile.wasmAreas ?? {}).length > 1)) {
  lines.push('', '**The wasm row by area** (ms per step; function names from a build linked with `--profiling-funcs`):', '');
  header('area');
  const areas = [...new Set(NAMES.flatMap((n) => Object.keys(result[n].profile.wasmAreas)))].sort((x, y) => (result.drag.profile.wasmAreas[y] ?? 0) - (result.drag.profile.wasmAreas[x] ?? 0));
  for (const a of areas) row(a, (n) => ms(result[n].profile.wasmAreas[a] ?? 0, result.steps));
}
lines.push('', '**Per frame drawn, from the counting pass** (every WebGL2 method and wasm import wrapped):', '');
header('', { drag: 'per frame of a drag', date: 'per frame of a date change' });
const per = (n, v) => v / Math.max(1, result[n].counts.frames);
const sum = (o) => Object.values(o).reduce((t, v) => t + v, 0);
const list = (o, n, k = 8) => Object.entries(o).slice(0, k).map(([key, v]) => `${key} ${per(n, v).toFixed(0)}`).join(', ');
row('WebGL calls', (n) => per(n, sum(result[n].counts.gl)).toFixed(0));
row('  of which', (n) => list(result[n].counts.gl, n));
row('calls from wasm into JS (Emscripten imports)', (n) => per(n, sum(result[n].counts.imports)).toFixed(0));
row('  of which', (n) => list(result[n].counts.imports, n));
row('bytes uploaded', (n) => per(n, sum(result[n].counts.bytes)).toFixed(0));
row('  of which', (n) => list(result[n].counts.bytes, n, 4));
lines.push('', END);
const section = lines.join('\n');
console.log(section);
for (const n of NAMES) {
  const short = (f) => f.replace(/std::__2::/g, 'std::').replace(/basic_string<char, std::char_traits<char>, std::allocator<char> >/g, 'string').slice(0, 90);
  const top = (entries) => entries.map(([f, us]) => `${short(f)} ${ms(us, result.steps)}`).join(', ');
  console.log(`\n${n}, wasm functions by own time: ${top(result[n].profile.wasmTop)}`);
  console.log(`${n}, other profile leaves: ${top(result[n].profile.leavesTop ?? [])}`);
  console.log(`${n}, libc++ time by caller: ${top(result[n].profile.libcxxCallers ?? [])}`);
  console.log(`${n}, trace events by own time: ${top(result[n].trace.topSelf.slice(0, 20))}`);
}
if (docPath) {
  const doc = fs.readFileSync(docPath, 'utf8');
  const begin = doc.indexOf(BEGIN.slice(0, 24)), end = doc.indexOf(END);
  fs.writeFileSync(docPath, begin >= 0 && end > begin ? doc.slice(0, begin) + section + doc.slice(end + END.length)
    : `${doc.trimEnd()}\n\n## Where a drag step's main-thread time goes (scripts/bench.sh --trace)\n\n${section}\n`);
  console.error(`trace table written into ${docPath}`);
}
