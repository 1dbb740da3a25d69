// Events of window.accordAtlas.on(): a host's listener is called outside the wasm frame, on a
// later task, so it may call back into the API (read the state, change the view); the app's
// internal requests (the full edition, the detailed outlines, a download, the first map frame)
// are handled by the page and never reach on(), while the documented events do.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { openPage, settle, startHarness } from './harness.mjs';

let harness;
before(async () => { harness = await startHarness(); });
after(async () => { await harness?.close(); });

const internalEvents = ['needfulledition', 'needdetailgeometry', 'download', 'firstmapframe'];

// In the page before its scripts: listens to `names` the moment window.accordAtlas appears,
// before the app has drawn anything, as a host page importing web/app.js can.
function listenFromTheStart(names) {
  window.__heard = [];
  let api;
  Object.defineProperty(window, 'accordAtlas', {
    configurable: true,
    get: () => api,
    set(value) {
      api = value;
      for (const name of names) api.on(name, (detail) => window.__heard.push([name, detail]));
    },
  });
}

test('a listener may call back into the API: it runs on a later task, not inside the wasm frame', async () => {
  const { context, page, log } = await openPage(harness);
  await settle(page);
  const heard = await page.evaluate(() => new Promise((resolve) => {
    const off = window.accordAtlas.on('commitmentchange', async ({ commitment }) => {
      off();
      Error.stackTraceLimit = 100;
      const stack = new Error().stack;
      const state = window.accordAtlas.getState();
      const legend = window.accordAtlas.legend();
      const answer = await window.accordAtlas.set({ selected: 'FRA', date: '2024-05-22' });
      resolve({ commitment, shown: state.commitment, legendRows: legend.length, answer, insideWasm: /wasm-function|wasm:\/\//.test(stack) });
    });
    window.accordAtlas.set({ commitment: 'seoul-declaration' });
  }));
  assert.equal(heard.commitment, 'seoul-declaration');
  assert.equal(heard.shown, 'seoul-declaration', 'getState() in a listener reads the new view');
  assert.ok(heard.legendRows > 0);
  assert.deepEqual(heard.answer, { ok: true, errors: [] }, 'set() in a listener is obeyed');
  assert.equal(heard.insideWasm, false, 'the listener was not called from inside the wasm frame');
  await settle(page);
  const state = await page.evaluate(() => window.accordAtlas.getState());
  assert.equal(state.selected, 'FRA');
  assert.equal(state.date, '2024-05-22');
  assert.deepEqual(log.pageErrors, []);
  assert.deepEqual(log.consoleErrors, []);
  await context.close();
});

test('internal events never reach on(); the page handles them, and the documented ones arrive', async () => {
  const viewport = { width: 1440, height: 900 };
  // Zoomed in far enough that the app asks for the detailed outlines.
  const { context, page, log } = await openPage(harness, { path: '#c=bletchley-declaration&z=12', viewport,
    initScript: [listenFromTheStart, [...internalEvents, 'share', 'select', 'statechange']] });
  await page.waitForFunction(() => window.accordAtlas.getState().map.geometry === 'detail', null, { timeout: 20000 });
  // Opening a record makes the app ask for the full edition.
  await page.evaluate(() => window.accordAtlas.set({ selected: 'GBR' }));
  await page.waitForFunction(() => window.accordAtlas.getState().dataset.fullEdition === null, null, { timeout: 20000 });
  await settle(page);
  // The header's Embed and Share controls, at the right end of its first row (as drawn at this size).
  const [mapX, mapY, mapWidth] = (await page.evaluate(() => window.accordAtlas.getState())).layout.map;
  const headerRight = mapX + 8 + Math.min(mapWidth - 16, 620);
  await page.mouse.click(headerRight - 90, mapY + 21);  // Embed: the app asks for a download of kind embed-code
  await page.waitForSelector('#atlas-embed-dialog[open]', { timeout: 10000 });
  await page.evaluate(() => document.getElementById('atlas-embed-dialog').close());
  await page.mouse.click(headerRight - 36, mapY + 21);  // Share
  await page.waitForFunction(() => window.__heard.some(([name]) => name === 'share'), null, { timeout: 10000 });
  const heard = await page.evaluate(() => window.__heard.map(([name]) => name));
  const state = await page.evaluate(() => window.accordAtlas.getState());
  assert.ok(state.timings.firstMapFrame > 0, 'the page timed the first map frame');
  assert.deepEqual(heard.filter((name) => internalEvents.includes(name)), [], 'no internal event reached on()');
  for (const name of ['select', 'statechange', 'share']) assert.ok(heard.includes(name), `'${name}' reached on()`);
  assert.deepEqual(log.pageErrors, []);
  assert.deepEqual(log.consoleErrors, []);
  await context.close();
});
