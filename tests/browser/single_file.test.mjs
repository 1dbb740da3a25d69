// The single-file edition (accord-atlas.html in the site folder) works when opened from disk:
// no server, no request at all, the dataset and the map inside the file.
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
  assert.ok(statSync(file).size > 500 * 1024, 'the file carries the wasm, data, map and font');
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
