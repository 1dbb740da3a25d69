// The single-file edition (accord-atlas.html in the site folder) works when opened from disk:
// no server, no request at all, the dataset and the map inside the file; another language's
// texts and the party names are inside it too.
import assert from 'node:assert/strict';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, test } from 'node:test';
import { decodePng, pixelStats, shippedDataset, siteDir, startHarness, waitForIdle } from './harness.mjs';

let harness;
before(async () => { harness = await startHarness(); });
after(async () => { await harness?.close(); });

test('accord-atlas.html runs from file:// with everything inside it', async () => {
  const file = join(siteDir, 'accord-atlas.html');
  assert.ok(statSync(file).size > 500 * 1024, 'the file carries the wasm, data and map');
  const context = await harness.browser.newContext({ viewport: { width: 1000, height: 700 } });
  const page = await context.newPage();
  const requests = [];
  const errors = [];
  page.on('request', (r) => { if (!r.url().startsWith('data:') && !r.url().startsWith('blob:')) requests.push(r.url()); });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(pathToFileURL(file).href);
  await page.evaluate(() => window.accordAtlas.ready);
  await waitForIdle(page);
  const state = await page.evaluate(() => window.accordAtlas.getState());
  assert.equal(state.dataset.version, shippedDataset().dataset.version);
  assert.equal(state.map.loaded, true);
  assert.deepEqual(errors, []);
  assert.deepEqual(requests.filter((u) => u !== pathToFileURL(file).href), [], 'no request besides the file itself');
  const stats = pixelStats(decodePng(await page.locator('#canvas').screenshot()));
  assert.ok(stats.variance > 20 && stats.distinctColours > 16, 'the map is drawn');
  await context.close();
});

test('accord-atlas.html speaks the reader\'s language offline: its texts, the names and their glyphs are inside it', async () => {
  const file = join(siteDir, 'accord-atlas.html');
  const context = await harness.browser.newContext({ viewport: { width: 1000, height: 700 }, locale: 'ru-RU' });
  const page = await context.newPage();
  const requests = [];
  page.on('request', (r) => { if (!r.url().startsWith('data:') && !r.url().startsWith('blob:')) requests.push(r.url()); });
  await page.goto(pathToFileURL(file).href);
  await page.evaluate(() => window.accordAtlas.ready);
  let state;
  for (let i = 0; i < 50; i++) {
    state = await page.evaluate(() => window.accordAtlas.getState());
    if (state.partyNames.loaded) break;
    await page.waitForTimeout(100);
  }
  assert.equal(state.language, 'ru');
  assert.equal(state.partyNames.loaded, true);
  assert.equal((await page.evaluate(() => window.accordAtlas.parties())).find((p) => p.id === 'DEU').name, 'Германия');
  assert.notEqual((await page.evaluate(() => window.accordAtlas.legend()))[0].label, 'Signed, endorsed or joined');
  await waitForIdle(page);
  assert.equal((await page.evaluate(() => window.accordAtlas.getState())).glyphs.missing, 0);
  assert.deepEqual(requests.filter((u) => u !== pathToFileURL(file).href), [], 'no request besides the file itself');
  await context.close();
});
