// Soak session: a seeded random reader in headless Chromium, for as long as asked. It pans,
// zooms, hovers, clicks parties, drags the timeline, plays, types searches, presses keys, resizes
// the window (phone to desktop), switches commitment, mode, projection and theme, and switches
// dataset (the shipped one, the embed's lean copy, one with the commitments repeated `bigCopies`
// times, and a broken one that must be refused). It records console and page errors, checks the page keeps answering and
// drawing, and measures the wasm heap at the same reference view after a warm-up pass and at the
// end: heap size (the high-water mark) and bytes held by live allocations (leaks).
// Used by tests/browser/soak.test.mjs (a short run) and scripts/soak.sh (minutes, a report).
import { openPage, shippedDataset, waitForIdle } from '../browser/harness.mjs';

const viewports = [
  { width: 390, height: 844 }, { width: 360, height: 640 }, { width: 768, height: 1024 },
  { width: 1280, height: 800 }, { width: 1440, height: 900 }, { width: 1024, height: 600 },
];

// mulberry32: a small seeded generator, so a failing run can be replayed with its seed.
function generator(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// The shipped commitments repeated under new ids: real parties, `copies` times the queries.
export function multiplied(data, copies) {
  const commitments = [];
  for (let copy = 0; copy < copies; copy++) {
    for (const c of data.commitments) commitments.push({ ...c, id: copy ? `${c.id}-copy-${copy}` : c.id, short_title: copy ? `${c.short_title} (copy ${copy})` : c.short_title });
  }
  return { ...data, dataset: { ...data.dataset, id: `x${copies}`, title: `Soak: the shipped commitments repeated ${copies} times` }, commitments };
}

export async function runSoak(harness, { seconds, seed = 1, bigCopies = 10, onProgress = () => {} }) {
  const random = generator(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const between = (lo, hi) => lo + random() * (hi - lo);
  const shipped = shippedDataset();
  const big = JSON.stringify(multiplied(shipped, bigCopies));
  const commitments = shipped.commitments.map((c) => c.id);
  const datasets = ['data/atlas.json', 'data/atlas-lean.json', 'soak/big.json', 'soak/broken.json'];
  const names = shipped.parties.map((p) => p.name);

  const { context, page, log } = await openPage(harness, { viewport: viewports[4] });
  await page.route('**/soak/big.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: big }));
  await page.route('**/soak/broken.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"schema_version": 1, "dataset": {"title": 7}' }));
  const problems = [];
  const counts = {};
  let viewport = viewports[4];
  const state = () => page.evaluate(() => window.accordAtlas.getState());
  const mapCentre = async () => { const s = await state(); const [x, y, w, h] = s.layout.map; return { x, y, w, h }; };

  const actions = {
    async pan() {
      const m = await mapCentre();
      const x = m.x + between(0.2, 0.8) * m.w, y = m.y + between(0.2, 0.8) * m.h;
      await page.mouse.move(x, y);
      await page.mouse.down();
      await page.mouse.move(x + between(-200, 200), y + between(-120, 120), { steps: 4 });
      await page.mouse.up();
    },
    async zoom() {
      const m = await mapCentre();
      await page.mouse.move(m.x + between(0.1, 0.9) * m.w, m.y + between(0.1, 0.9) * m.h);
      const steps = 1 + Math.floor(random() * 4), direction = random() < 0.55 ? -1 : 1;
      for (let i = 0; i < steps; i++) await page.mouse.wheel(0, direction * 120);
    },
    async hover() {
      const m = await mapCentre();
      for (let i = 0; i < 6; i++) await page.mouse.move(m.x + random() * m.w, m.y + random() * m.h);
    },
    async clickParty() {
      const parties = (await page.evaluate(() => window.accordAtlas.parties())).filter((p) => p.onMap);
      const position = await page.evaluate((id) => window.accordAtlas.screenPos(id), pick(parties).id);
      if (position && position.x >= 0 && position.x < viewport.width && position.y >= 0 && position.y < viewport.height) await page.mouse.click(position.x, position.y);
    },
    async timeline() {
      const [x, y, w, h] = (await state()).layout.timeline;
      const yy = y + h - 20;
      await page.mouse.move(x + between(0.05, 0.95) * w, yy);
      await page.mouse.down();
      await page.mouse.move(x + between(0.05, 0.95) * w, yy, { steps: 3 });
      await page.mouse.up();
    },
    async play() {
      await page.evaluate(() => window.accordAtlas.play());
      await page.waitForTimeout(between(200, 1500));
      if (random() < 0.8) await page.evaluate(() => window.accordAtlas.pause());
    },
    async search() {
      const [x, y, w, h] = (await state()).layout.search;
      if (w <= 0 || h <= 0) return;
      await page.mouse.click(x + w / 2, y + h / 2);
      await page.waitForTimeout(250);  // the field activates on the frames after the click
      const name = pick(names);
      for (const key of name.slice(0, 2 + Math.floor(random() * 3))) {
        if (/^[A-Za-z ]$/.test(key)) { await page.keyboard.press(key === ' ' ? 'Space' : key); await page.waitForTimeout(150); }
      }
      await page.keyboard.press(random() < 0.7 ? 'Enter' : 'Escape');
    },
    async keys() {
      for (let i = 0; i < 3; i++) await page.keyboard.press(pick(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', '+', '-', '0', ',', '.', 'Escape']));
    },
    async resize() {
      viewport = pick(viewports);
      await page.setViewportSize(viewport);
    },
    async commitment() {
      await page.evaluate((c) => window.accordAtlas.set({ commitment: c }), pick(commitments));
    },
    async mode() {
      await page.evaluate(([mode, compare]) => window.accordAtlas.set({ mode, compare }), [pick(['single', 'overview', 'compare']), pick(commitments)]);
    },
    async date() {
      await page.evaluate((d) => window.accordAtlas.set({ date: d }), `${2019 + Math.floor(random() * 8)}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`);
    },
    async look() {
      await page.evaluate(([projection, theme]) => window.accordAtlas.set({ projection, theme }), [pick(['equal-earth', 'natural-earth', 'orthographic']), pick(['light', 'dark'])]);
    },
    async dataset(which = pick(datasets)) {
      const result = await page.evaluate((url) => window.accordAtlas.loadDataset(url), which);
      if (result.ok !== (which !== 'soak/broken.json')) problems.push(`loading ${which} gave ok=${result.ok}: ${JSON.stringify(result.problems.slice(0, 2))}`);
    },
    async exports() {
      await page.evaluate(() => { window.accordAtlas.exportCsv(); window.accordAtlas.link(); });
    },
  };
  const weights = { pan: 4, zoom: 4, hover: 4, clickParty: 3, timeline: 3, play: 2, search: 1, keys: 3, resize: 1, commitment: 3, mode: 2, date: 3, look: 1, dataset: 1, exports: 1 };
  const bag = Object.entries(weights).flatMap(([name, weight]) => Array(weight).fill(name));

  const run = async (name, ...args) => {
    counts[name] = (counts[name] ?? 0) + 1;
    try {
      await actions[name](...args);
    } catch (err) {
      problems.push(`${name}: ${err.message.split('\n')[0]}`);
    }
    await page.waitForTimeout(between(20, 150));
  };
  // The reference view: the shipped data, default view, desktop size, idle.
  const reference = async () => {
    await page.evaluate(() => window.accordAtlas.pause());
    await page.setViewportSize(viewports[4]);
    viewport = viewports[4];
    const loaded = await page.evaluate(() => window.accordAtlas.loadDataset('data/atlas.json'));
    if (!loaded.ok) problems.push('the shipped dataset did not load at the reference view');
    // The detailed outlines load on the first zoom: have them at every reference view alike.
    if (!(await page.evaluate(() => window.accordAtlas.loadDetailGeometry()))) problems.push('the detailed outlines did not load');
    await page.evaluate(() => window.accordAtlas.set({ mode: 'single', commitment: 'paris-statement-inclusive-sustainable-ai', date: '2025-06-01', selected: null, projection: 'equal-earth', theme: 'light' }));
    await page.mouse.move(5, 5);
    await page.keyboard.press('Escape');
    await page.keyboard.press('0');  // the whole map
    await waitForIdle(page);
    const s = await state();
    return { heapBytes: s.wasmHeapBytes, inUseBytes: s.wasmHeapInUseBytes, framesDrawn: s.framesDrawn };
  };

  const started = Date.now();
  const atLoad = await reference();
  // Warm-up: every action twice and every dataset once (with its commitment list in the picker),
  // so that what a session keeps by design (ImGui's and our buffers sized for the largest data
  // seen) is in place before the baseline.
  for (const name of Object.keys(actions)) await run(name);
  for (const which of datasets) {
    await run('dataset', which);
    await run('commitment');
    await run('search');
  }
  for (const name of Object.keys(actions)) await run(name);
  const afterWarmUp = await reference();
  const end = started + seconds * 1000;
  let steps = 0;
  // The reference view is visited at each quarter too: a leak grows from checkpoint to checkpoint,
  // a cache fills once and stays.
  const checkpoints = [{ seconds: Math.round((Date.now() - started) / 1000), ...afterWarmUp }];
  const quarter = (end - Date.now()) / 4;
  let nextCheckpoint = Date.now() + quarter;
  while (Date.now() < end) {
    await run(pick(bag));
    steps++;
    if (steps % 25 === 0) {
      const s = await state();
      onProgress({ steps, seconds: (Date.now() - started) / 1000, heapBytes: s.wasmHeapBytes, inUseBytes: s.wasmHeapInUseBytes, errors: log.consoleErrors.length + log.pageErrors.length + problems.length });
    }
    if (Date.now() >= nextCheckpoint && Date.now() < end) {
      checkpoints.push({ seconds: Math.round((Date.now() - started) / 1000), ...(await reference()) });
      nextCheckpoint += quarter;
    }
  }
  const atEnd = await reference();
  checkpoints.push({ seconds: Math.round((Date.now() - started) / 1000), ...atEnd });
  // Still alive: an input draws a frame and the API answers.
  const before = (await state()).framesDrawn;
  await page.mouse.move(400, 300);
  await page.mouse.move(420, 320);
  await waitForIdle(page);
  if ((await state()).framesDrawn <= before) problems.push('the page stopped drawing');
  const status = await page.evaluate(() => window.accordAtlas.statusOf('FRA', 'paris-statement-inclusive-sustainable-ai', '2025-06-01'));
  if (status?.status !== 'party') problems.push(`statusOf answered ${JSON.stringify(status)}`);
  await context.close();
  return {
    seed, seconds: (Date.now() - started) / 1000, steps, counts, atLoad, afterWarmUp, atEnd, checkpoints,
    consoleErrors: log.consoleErrors, pageErrors: log.pageErrors, failedRequests: log.failedRequests, offSiteRequests: log.offSiteRequests, problems,
  };
}

// What makes a soak run fail: any console or page error, a failed or off-site request, a step
// that threw, and growth between the warm-up and the end at the same view: live allocations by
// more than 1 MiB (a leak), or the heap by more than 16 MiB or a quarter of its size after the
// warm-up, whichever is more (reloading a large dataset into a fragmented heap can raise the
// high-water mark once; growing beyond that is unbounded growth).
export function judgeSoak(report) {
  const failures = [];
  const mib = 1024 * 1024;
  for (const key of ['consoleErrors', 'pageErrors', 'failedRequests', 'offSiteRequests', 'problems']) {
    if (report[key].length) failures.push(`${key}: ${report[key].slice(0, 5).join(' | ')}`);
  }
  const inUseGrowth = report.atEnd.inUseBytes - report.afterWarmUp.inUseBytes;
  const heapGrowth = report.atEnd.heapBytes - report.afterWarmUp.heapBytes;
  if (inUseGrowth > mib) failures.push(`live allocations grew by ${(inUseGrowth / mib).toFixed(2)} MiB at the same view`);
  const heapAllowance = Math.max(16 * mib, report.afterWarmUp.heapBytes / 4);
  if (heapGrowth > heapAllowance) failures.push(`the heap grew by ${(heapGrowth / mib).toFixed(1)} MiB after the warm-up (allowed ${(heapAllowance / mib).toFixed(1)})`);
  return failures;
}

export function describeSoak(report) {
  const mib = (n) => `${(n / 1024 / 1024).toFixed(2)} MiB`;
  return [
    `soak: seed ${report.seed}, ${report.seconds.toFixed(0)} s, ${report.steps} random steps (${Object.entries(report.counts).map(([k, v]) => `${k} ${v}`).join(', ')})`,
    `wasm heap size: ${mib(report.atLoad.heapBytes)} after load, ${mib(report.afterWarmUp.heapBytes)} after the warm-up, ${mib(report.atEnd.heapBytes)} at the end`,
    `live allocations at the reference view: ${mib(report.atLoad.inUseBytes)} after load, ${mib(report.afterWarmUp.inUseBytes)} after the warm-up, ${mib(report.atEnd.inUseBytes)} at the end (${report.atEnd.inUseBytes - report.afterWarmUp.inUseBytes >= 0 ? '+' : ''}${((report.atEnd.inUseBytes - report.afterWarmUp.inUseBytes) / 1024).toFixed(1)} KiB)`,
    `live allocations at each checkpoint: ${report.checkpoints.map((c) => `${c.seconds} s ${(c.inUseBytes / 1024).toFixed(0)} KiB`).join(', ')}`,
    `errors: ${report.consoleErrors.length} console, ${report.pageErrors.length} page, ${report.failedRequests.length} failed requests, ${report.problems.length} problems`,
  ].join('\n');
}
