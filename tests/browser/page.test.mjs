// The real page in headless Chromium: it starts, draws the UI with the shipped data, reports
// through the JS API what the dataset holds, sizes its canvas for the screen, shows clear errors,
// and draws no frames while idle.
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { decodePng, openPage, outputDir, pixelStats, shippedDataset, startHarness, waitForIdle } from './harness.mjs';

let harness;
before(async () => { harness = await startHarness(); });
after(async () => { await harness?.close(); });

function assertCleanLog(log) {
  assert.deepEqual(log.pageErrors, [], 'page errors');
  assert.deepEqual(log.consoleErrors, [], 'console errors');
  assert.deepEqual(log.failedRequests, [], 'failed requests');
  assert.deepEqual(log.offSiteRequests, [], 'requests outside the site');
}

test('the page starts, loads the shipped dataset and reports it through getState()', async () => {
  const { context, page, log } = await openPage(harness);
  const data = shippedDataset();
  const state = await page.evaluate(() => window.accordAtlas.getState());
  assert.equal(state.ready, true);
  assert.equal(state.error, null);
  assert.equal(state.dataset.title, data.dataset.title);
  assert.equal(state.dataset.version, data.dataset.version);
  assert.equal(state.dataset.asOf, data.dataset.as_of);
  assert.equal(state.dataset.counts.parties, data.parties.length);
  assert.equal(state.dataset.counts.sources, data.sources.length);
  assert.equal(state.dataset.counts.events, data.events.length);
  assert.equal(state.dataset.counts.commitments, data.commitments.length);
  assert.equal(state.dataset.counts.actions, data.commitments.reduce((n, c) => n + c.actions.length, 0));
  assert.equal(await page.locator('#atlas-error').isHidden(), true);
  assertCleanLog(log);
  await context.close();
});

test('the canvas shows the drawn UI, not a blank surface', async () => {
  const { context, page, log } = await openPage(harness, { viewport: { width: 1440, height: 900 } });
  await waitForIdle(page);
  const shot = await page.locator('#canvas').screenshot();
  mkdirSync(outputDir, { recursive: true });
  writeFileSync(join(outputDir, 'page-1440x900.png'), shot);
  const stats = pixelStats(decodePng(shot));
  assert.ok(stats.variance > 20, `luminance variance ${stats.variance.toFixed(1)} says the canvas is blank`);
  assert.ok(stats.distinctColours > 16, `only ${stats.distinctColours} colours: no antialiased text was drawn`);
  assertCleanLog(log);
  await context.close();
});

// The idle budget (README): once settled, no frame in 5 seconds; input wakes it, and it settles again.
test('an idle page draws no frame in 5 seconds, and input wakes it', async () => {
  const { context, page, log } = await openPage(harness);
  const settled = await waitForIdle(page);
  assert.ok(settled > 0, 'the page drew at least one frame');
  await page.waitForTimeout(5000);
  assert.equal(await page.evaluate(() => window.accordAtlas.framesDrawn()), settled);
  // Input wakes it up, and it goes idle again.
  await page.mouse.move(200, 200);
  await page.mouse.move(220, 240);
  const woken = await waitForIdle(page);
  assert.ok(woken > settled, 'mouse input drew frames');
  await page.waitForTimeout(1000);
  assert.equal(await page.evaluate(() => window.accordAtlas.framesDrawn()), woken);
  assertCleanLog(log);
  await context.close();
});

test('the canvas backing store follows devicePixelRatio and window resizes', async () => {
  const { context, page, log } = await openPage(harness, { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true });
  await waitForIdle(page);
  const size = () => page.evaluate(() => ({ width: canvas.width, height: canvas.height, state: window.accordAtlas.getState().viewport }));
  let now = await size();
  assert.equal(now.width, 390 * 3);
  // The full view's map leaves the bottom 52 px to the title line of its text version (the twin).
  const twinTitleLine = 52;
  assert.equal(now.height, (844 - twinTitleLine) * 3);
  assert.equal(now.state.devicePixelRatio, 3);
  assert.equal(now.state.pixelWidth, 390 * 3);
  mkdirSync(outputDir, { recursive: true });
  writeFileSync(join(outputDir, 'page-390x844@3x.png'), await page.screenshot());
  const before = await waitForIdle(page);
  await page.setViewportSize({ width: 700, height: 500 });
  await page.waitForFunction(() => canvas.width === 2100);
  now = await size();
  assert.equal(now.height, (500 - twinTitleLine) * 3);
  assert.equal(now.state.cssWidth, 700);
  assert.ok(await waitForIdle(page) > before, 'the resize drew a frame');
  assertCleanLog(log);
  await context.close();
});

test('at 400 % browser zoom (320 x 200 CSS px) the map keeps a usable height and the page scrolls to the rest', async () => {
  const { context, page } = await openPage(harness, { viewport: { width: 320, height: 200 } });
  await waitForIdle(page);
  const state = await page.evaluate(() => window.accordAtlas.getState());
  const [, , mapWidth, mapHeight] = state.layout.map;
  assert.ok(mapHeight >= 200, `the map is ${mapWidth} x ${mapHeight} CSS px`);
  for (const name of ['search', 'play', 'next']) {
    const [, y, , h] = state.layout.controls[name];
    assert.ok(y >= 0 && y + h <= 420, `${name} is on the canvas`);
  }
  assert.ok(await page.evaluate(() => document.documentElement.scrollHeight > window.innerHeight), 'the page scrolls');
  await page.locator('#twin-title').scrollIntoViewIfNeeded();
  assert.equal(await page.locator('#twin-title').isVisible(), true, 'the text version is reachable below');
  mkdirSync(outputDir, { recursive: true });
  writeFileSync(join(outputDir, 'page-zoom-400.png'), await page.screenshot({ fullPage: true }));
  await context.close();
});

test('a rejected dataset is explained in the page and the previous data stays', async () => {
  const { context, page } = await openPage(harness);
  const title = (await page.evaluate(() => window.accordAtlas.getState())).dataset.title;
  const result = await page.evaluate(() => window.accordAtlas.loadDataset({ schema_version: 1, dataset: { id: 'x' } }));
  assert.equal(result.ok, false);
  assert.ok(result.problems.some((p) => p.path === '/dataset' && p.message === 'missing required field "title" (a string)'));
  assert.equal(await page.locator('#atlas-error').isVisible(), true);
  assert.match(await page.locator('#atlas-error').innerText(), /could not be used; the previous data is still shown/);
  const state = await page.evaluate(() => window.accordAtlas.getState());
  assert.equal(state.dataset.title, title);
  assert.equal(state.rejected, 'dataset');
  await context.close();
});

test('a dataset that cannot be fetched gives a clear in-page error', async () => {
  const context = await harness.browser.newContext();
  const page = await context.newPage();
  await page.route('**/data/atlas-lean.json', (route) => route.fulfill({ status: 404, body: 'gone' }));
  await page.goto(harness.site.url);
  await page.evaluate(() => window.accordAtlas.ready);
  const error = page.locator('#atlas-error');
  assert.equal(await error.isVisible(), true);
  assert.match(await error.innerText(), /Could not fetch the dataset .*atlas-lean\.json: HTTP 404/);
  assert.equal((await page.evaluate(() => window.accordAtlas.getState())).dataset, null);
  await context.close();
});
