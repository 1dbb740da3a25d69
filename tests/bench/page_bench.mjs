// Page benchmarks (figures, not pass/fail): weight of a first visit to the full page and to the
// embed (raw, gzip, brotli), time to the first frame that draws the map with data (10 cold loads),
// our code's cost per frame and the browser's frame interval while panning, zooming, playing
// and hovering, with the shipped dataset and with one 100 times larger (the real commitments
// repeated under new ids, generated here), frames and CPU time while idle, and the wasm heap
// after load and after an interaction script. Prints a table and writes build/bench/page.json.
// usage: node tests/bench/page_bench.mjs [--soak-seconds 120]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { openPage, repoDir, siteDir, startHarness, waitForIdle } from '../browser/harness.mjs';

const soakSeconds = Number(process.argv[process.argv.indexOf('--soak-seconds') + 1] || 120);
const results = { date: new Date().toISOString(), machine: 'this machine, headless Chromium with SwiftShader (software WebGL2)' };
const harness = await startHarness();
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length ? s[Math.floor(s.length / 2)] : NaN; };
const percentile = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s.length ? s[Math.min(s.length - 1, Math.floor(s.length * p))] : NaN; };
const kib = (n) => (n / 1024).toFixed(1);

// [SECTION] weight of a first visit
async function weight(path) {
  const context = await harness.browser.newContext();
  const page = await context.newPage();
  const files = new Set();
  page.on('request', (r) => files.add(new URL(r.url()).pathname));
  await page.goto(new URL(path, harness.site.url).href);
  await page.evaluate(() => window.accordAtlas.ready);
  await waitForIdle(page);
  await context.close();
  const rows = [...files].map((p) => {
    const bytes = readFileSync(join(siteDir, p === '/' ? 'index.html' : decodeURIComponent(p)));
    return { file: p, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length,
      brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length };
  });
  const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });
  return { rows, total };
}
results.weight = { page: await weight(''), embed: await weight('embed.html') };

// [SECTION] time to the first map frame, 10 cold loads
const firstFrames = [];
for (let i = 0; i < 10; i++) {
  const context = await harness.browser.newContext();
  const page = await context.newPage();
  await page.goto(harness.site.url);
  await page.waitForFunction(() => window.accordAtlas?.getState().timings?.firstMapFrame, null, { timeout: 60000 });
  firstFrames.push(await page.evaluate(() => window.accordAtlas.getState().timings.firstMapFrame));
  await context.close();
}
results.firstMapFrameMs = { median: median(firstFrames), min: Math.min(...firstFrames), max: Math.max(...firstFrames), samples: firstFrames };

// [SECTION] frame cost while interacting, shipped and 100x data
const shipped = JSON.parse(readFileSync(join(repoDir, 'data/atlas.json'), 'utf8'));
function hundredfold(data) {
  const commitments = [];
  for (let copy = 0; copy < 100; copy++) {
    for (const c of data.commitments) commitments.push({ ...c, id: copy ? `${c.id}-copy-${copy}` : c.id, short_title: copy ? `${c.short_title} (copy ${copy})` : c.short_title });
  }
  return { ...data, dataset: { ...data.dataset, id: 'hundredfold', title: 'Benchmark: the shipped commitments repeated 100 times' }, commitments };
}

async function interactions(page) {
  const samples = {};
  const measure = async (name, act) => {
    await waitForIdle(page);
    await page.evaluate(() => {
      window.accordAtlas.frameCosts();
      window.__intervals = [];
      let last = performance.now();
      window.__measuring = true;
      const tick = (t) => { window.__intervals.push(t - last); last = t; if (window.__measuring) requestAnimationFrame(tick); };
      requestAnimationFrame(tick);
    });
    await act();
    await page.waitForTimeout(300);
    const own = await page.evaluate(() => window.accordAtlas.frameCosts());
    const browser = await page.evaluate(() => { window.__measuring = false; return window.__intervals.slice(1); });
    samples[name] = { ownMs: { median: median(own), p95: percentile(own, 0.95), frames: own.length },
      browserFrameMs: { median: median(browser), p95: percentile(browser, 0.95) } };
  };
  await measure('pan', async () => { await page.mouse.move(600, 300); await page.mouse.down(); for (let i = 0; i < 40; i++) await page.mouse.move(600 - i * 8, 300 + (i % 5)); await page.mouse.up(); });
  await measure('zoom', async () => { await page.mouse.move(700, 300); for (let i = 0; i < 8; i++) { await page.mouse.wheel(0, -120); await page.waitForTimeout(60); } });
  await measure('play', async () => { await page.evaluate(() => { window.accordAtlas.set({ date: '2024-01-01' }); window.accordAtlas.play(); }); await page.waitForTimeout(2500); await page.evaluate(() => window.accordAtlas.pause()); });
  await measure('hover', async () => { for (let i = 0; i < 40; i++) await page.mouse.move(300 + i * 12, 250 + (i % 7) * 10); });
  return samples;
}

results.frames = {};
for (const [name, data] of [['shipped', null], ['hundredfold', hundredfold(shipped)]]) {
  const { context, page } = await openPage(harness, { viewport: { width: 1280, height: 800 } });
  if (data) {
    const started = Date.now();
    const loaded = await page.evaluate((d) => window.accordAtlas.loadDataset(d), data);
    if (!loaded.ok) throw new Error(`the 100x dataset was rejected: ${JSON.stringify(loaded.problems.slice(0, 3))}`);
    results.frames.hundredfoldLoadMs = Date.now() - started;
    results.frames.hundredfoldActions = (await page.evaluate(() => window.accordAtlas.getState().dataset.counts.actions));
  }
  await page.evaluate(() => window.accordAtlas.set({ commitment: 'paris-statement-inclusive-sustainable-ai' }));
  results.frames[name] = await interactions(page);
  await context.close();
}

// [SECTION] idle: frames and CPU time in 5 seconds
{
  const { context, page } = await openPage(harness);
  await waitForIdle(page);
  const client = await context.newCDPSession(page);
  await client.send('Performance.enable');
  const metric = async () => Object.fromEntries((await client.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  const before = await metric();
  const framesBefore = await page.evaluate(() => window.accordAtlas.framesDrawn());
  await page.waitForTimeout(5000);
  const after = await metric();
  results.idle = { frames: (await page.evaluate(() => window.accordAtlas.framesDrawn())) - framesBefore,
    taskMs: (after.TaskDuration - before.TaskDuration) * 1000, scriptMs: (after.ScriptDuration - before.ScriptDuration) * 1000 };
  await context.close();
}

// [SECTION] memory: wasm heap after load and after an interaction script
{
  const { context, page } = await openPage(harness, { viewport: { width: 1280, height: 800 } });
  const heap = () => page.evaluate(() => window.accordAtlas.getState().wasmHeapBytes);
  const afterLoad = await heap();
  const ids = (await page.evaluate(() => window.accordAtlas.parties())).filter((p) => p.onMap).map((p) => p.id);
  const commitments = shipped.commitments.map((c) => c.id);
  const end = Date.now() + soakSeconds * 1000;
  let step = 0;
  while (Date.now() < end) {
    step++;
    await page.evaluate(([c, p, d]) => window.accordAtlas.set({ commitment: c, selected: p, date: d }),
      [commitments[step % commitments.length], ids[(step * 7) % ids.length], `${2019 + (step % 8)}-0${1 + (step % 9)}-1${step % 9}`]);
    await page.mouse.move(200 + (step * 37) % 800, 150 + (step * 53) % 450);
    if (step % 5 === 0) await page.mouse.wheel(0, step % 10 === 0 ? 200 : -200);
    if (step % 20 === 0) await page.evaluate(() => window.accordAtlas.set({ projection: ['equal-earth', 'orthographic', 'natural-earth'][Math.floor(Math.random() * 3)] }));
    await page.waitForTimeout(50);
  }
  results.memory = { afterLoadBytes: afterLoad, afterScriptBytes: await heap(), scriptSeconds: soakSeconds, steps: step };
  await context.close();
}
await harness.close();

// [SECTION] report
const lines = [];
lines.push('| measure | figure |', '|---|---|');
for (const which of ['page', 'embed']) {
  const t = results.weight[which].total;
  lines.push(`| first visit, ${which} | ${kib(t.raw)} KiB raw, ${kib(t.gzip)} KiB gzip, ${kib(t.brotli)} KiB brotli (${results.weight[which].rows.length} files) |`);
}
lines.push(`| time to first map frame (10 cold loads) | median ${results.firstMapFrameMs.median.toFixed(0)} ms (${results.firstMapFrameMs.min.toFixed(0)}–${results.firstMapFrameMs.max.toFixed(0)}) |`);
for (const name of ['shipped', 'hundredfold']) {
  for (const [scenario, s] of Object.entries(results.frames[name])) {
    lines.push(`| ${scenario}, ${name} data | our code ${s.ownMs.median.toFixed(1)} ms median, ${s.ownMs.p95.toFixed(1)} ms p95 (${s.ownMs.frames} frames); browser frame ${s.browserFrameMs.median.toFixed(1)} / ${s.browserFrameMs.p95.toFixed(1)} ms |`);
  }
}
lines.push(`| 100x dataset (${results.frames.hundredfoldActions} actions) load through the page | ${results.frames.hundredfoldLoadMs} ms |`);
lines.push(`| idle 5 s | ${results.idle.frames} frames, ${results.idle.taskMs.toFixed(1)} ms of tasks, ${results.idle.scriptMs.toFixed(1)} ms of script |`);
lines.push(`| wasm heap | ${kib(results.memory.afterLoadBytes)} KiB after load, ${kib(results.memory.afterScriptBytes)} KiB after ${results.memory.scriptSeconds} s of interaction (${results.memory.steps} steps) |`);
console.log(lines.join('\n'));
mkdirSync(join(repoDir, 'build/bench'), { recursive: true });
writeFileSync(join(repoDir, 'build/bench/page.json'), JSON.stringify(results, null, 2) + '\n');
console.log('written: build/bench/page.json');
