// Links: the full view round-trips through the URL fragment (a link opened later shows the same
// view and names the dataset edition), and back/forward step through discrete changes.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { openPage, shippedDataset, startHarness, settle, waitForIdle } from './harness.mjs';

let harness;
before(async () => { harness = await startHarness(); });
after(async () => { await harness?.close(); });

const viewOf = (s) => ({ commitment: s.commitment, date: s.date, mode: s.mode, compare: s.compare, selected: s.selected, projection: s.map.projection, theme: s.theme });

test('a link reproduces the view and names the dataset edition', async () => {
  const { context, page } = await openPage(harness, { viewport: { width: 1200, height: 800 } });
  const result = await page.evaluate(() => window.accordAtlas.set({ mode: 'compare', commitment: 'bletchley-declaration', compare: 'paris-statement-inclusive-sustainable-ai', date: '2025-03-01', selected: 'KEN', theme: 'dark' }));
  assert.equal(result.ok, true);
  await settle(page);
  await page.mouse.move(600, 350);
  await page.mouse.wheel(0, -250);
  await settle(page);
  const original = await page.evaluate(() => window.accordAtlas.getState());
  const url = await page.evaluate(() => window.accordAtlas.link());
  assert.match(url, new RegExp(`[#&]v=${shippedDataset().dataset.version}(&|$)`));
  assert.equal(new URL(url).hash, await page.evaluate(() => location.hash), 'the address bar follows the view');
  const other = await openPage(harness, { path: new URL(url).pathname + new URL(url).hash, viewport: { width: 1200, height: 800 } });
  await settle(other.page);
  const reopened = await other.page.evaluate(() => window.accordAtlas.getState());
  assert.deepEqual(viewOf(reopened), viewOf(original));
  assert.ok(Math.abs(reopened.map.zoom - original.map.zoom) < 1e-3, `zoom ${reopened.map.zoom} vs ${original.map.zoom}`);
  assert.ok(Math.abs(reopened.map.centerX - original.map.centerX) < 1e-4);
  assert.ok(Math.abs(reopened.map.centerY - original.map.centerY) < 1e-4);
  assert.deepEqual(other.log.consoleErrors, []);
  await other.context.close();
  await context.close();
});

test('a link with bad parts opens what it can and says what it ignored', async () => {
  const { context, page } = await openPage(harness, { path: '#c=gpai&d=2025-02-30&p=mercator&s=FRA' });
  await settle(page);
  const state = await page.evaluate(() => window.accordAtlas.getState());
  assert.equal(state.commitment, 'gpai');
  assert.equal(state.selected, 'FRA');
  assert.equal(state.map.projection, 'equal-earth');
  await context.close();
});

test('back and forward step through commitments and selections', async () => {
  const { context, page } = await openPage(harness);
  await settle(page);
  await page.evaluate(() => window.accordAtlas.set({ commitment: 'seoul-declaration' }));
  await settle(page);
  await page.evaluate(() => window.accordAtlas.set({ commitment: 'gpai' }));
  await settle(page);
  await page.evaluate(() => window.accordAtlas.set({ selected: 'JPN' }));
  await settle(page);
  const current = () => page.evaluate(() => { const s = window.accordAtlas.getState(); return [s.commitment, s.selected]; });
  assert.deepEqual(await current(), ['gpai', 'JPN']);
  await page.goBack();
  await settle(page);
  assert.deepEqual(await current(), ['gpai', null]);
  await page.goBack();
  await settle(page);
  assert.deepEqual(await current(), ['seoul-declaration', null]);
  await page.goForward();
  await settle(page);
  assert.deepEqual(await current(), ['gpai', null]);
  await context.close();
});
