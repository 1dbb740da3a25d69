// Lean and full editions (data/SCHEMA.md, "Editions"): the page and the embed start with the
// lean edition, which draws the same map; the page loads the full edition when a record panel
// first opens or the data is exported, and the view stays as it was; the embed never needs it.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openPage, shippedDataset, siteDir, startHarness, waitForIdle } from './harness.mjs';

let harness;
before(async () => { harness = await startHarness(); });
after(async () => { await harness?.close(); });

const datasetRequests = (page) => {
  const seen = [];
  page.on('request', (request) => { const path = new URL(request.url()).pathname; if (path.startsWith('/data/')) seen.push(path); });
  return seen;
};

test('the page starts with the lean edition: same parties, actions, dates and sources as the full data', async () => {
  const context = await harness.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const requests = datasetRequests(page);
  await page.goto(harness.site.url);
  await page.evaluate(() => window.accordAtlas.ready);
  await waitForIdle(page);
  assert.deepEqual(requests, ['/data/atlas-lean.json'], 'only the lean edition is fetched on a first visit');
  const shipped = shippedDataset();
  const state = await page.evaluate(() => window.accordAtlas.getState());
  assert.equal(state.dataset.fullEdition, 'atlas.json');
  assert.equal(state.dataset.version, shipped.dataset.version);
  assert.equal(state.dataset.counts.actions, shipped.commitments.reduce((n, c) => n + c.actions.length, 0));
  assert.equal(state.dataset.counts.sources, shipped.sources.length);
  // Every party's only action answers as in the full data: its kind, date and source addresses,
  // on the day the facts were checked up to (the latest "by" dates are that day).
  let checked = 0;
  for (const commitment of shipped.commitments) {
    for (const action of commitment.actions) {
      if (commitment.actions.filter((a) => a.party === action.party).length !== 1) continue;
      const answer = await page.evaluate(([p, c, d]) => window.accordAtlas.statusOf(p, c, d), [action.party, commitment.id, shipped.dataset.as_of]);
      const urls = action.sources.map((id) => shipped.sources.find((s) => s.id === id).url).sort();
      assert.equal(answer.action, action.action, `${commitment.id} ${action.party}`);
      assert.deepEqual(answer.sources.map((s) => s.url).sort(), urls, `${commitment.id} ${action.party}`);
      checked++;
    }
  }
  assert.ok(checked > 400, `only ${checked} actions checked`);
  await context.close();
});

test('opening a record loads the full edition once and keeps the view', async () => {
  const { context, page, log } = await openPage(harness, { viewport: { width: 1280, height: 800 } });
  const requests = datasetRequests(page);
  await page.evaluate(() => window.accordAtlas.set({ commitment: 'paris-statement-inclusive-sustainable-ai', date: '2025-03-01' }));
  await waitForIdle(page);
  const before = await page.evaluate(() => window.accordAtlas.getState());
  await page.evaluate(() => window.accordAtlas.set({ selected: 'GBR' }));
  await page.waitForFunction(() => window.accordAtlas.getState().dataset.fullEdition === null, null, { timeout: 10000 });
  await waitForIdle(page);
  const after = await page.evaluate(() => window.accordAtlas.getState());
  assert.deepEqual(requests, ['/data/atlas.json']);
  assert.equal(after.panel, 'country');
  assert.equal(after.selected, 'GBR');
  assert.equal(after.date, before.date, 'the date stays');
  assert.equal(after.commitment, before.commitment);
  assert.equal(after.dataset.version, before.dataset.version);
  // The UK's stated reason is a note the lean edition leaves out; the full edition has it.
  const status = await page.evaluate(() => window.accordAtlas.statusOf('GBR', 'paris-statement-inclusive-sustainable-ai', '2025-03-01'));
  assert.equal(status.status, 'declined');
  assert.ok(status.note && status.note.length > 10, `the note is there: ${JSON.stringify(status.note)}`);
  // A second record does not fetch again.
  await page.evaluate(() => window.accordAtlas.set({ selected: 'FRA' }));
  await waitForIdle(page);
  assert.deepEqual(requests, ['/data/atlas.json']);
  assert.deepEqual(log.consoleErrors, []);
  assert.deepEqual(log.pageErrors, []);
  await context.close();
});

test('exporting the data gives the full edition, even from a page that shows the lean one', async () => {
  const { context, page } = await openPage(harness);
  const exported = JSON.parse(await page.evaluate(() => window.accordAtlas.exportDataset()));
  assert.deepEqual(exported, shippedDataset());
  await context.close();
});

test('a full edition that cannot be fetched is explained, keeps the map, and loads when a record is opened again', async () => {
  const { context, page, log } = await openPage(harness, { viewport: { width: 1280, height: 800 } });
  await page.route('**/data/atlas.json', (route) => route.fulfill({ status: 503, body: 'busy' }));
  await page.evaluate(() => window.accordAtlas.set({ selected: 'GBR' }));
  await page.waitForFunction(() => /notes and source details could not be loaded/.test(document.getElementById('atlas-error').innerText), null, { timeout: 10000 });
  assert.match(await page.locator('#atlas-error').innerText(), /atlas\.json: HTTP 503.*The map and its sources are still shown/s);
  assert.equal((await page.evaluate(() => window.accordAtlas.getState())).dataset.fullEdition, 'atlas.json');
  await page.unroute('**/data/atlas.json');
  await page.evaluate(() => window.accordAtlas.set({ selected: '' }));  // closes the record
  await waitForIdle(page);
  await page.evaluate(() => window.accordAtlas.set({ selected: 'FRA' }));
  await page.waitForFunction(() => window.accordAtlas.getState().dataset.fullEdition === null, null, { timeout: 10000 });
  assert.deepEqual(log.pageErrors, []);
  await context.close();
});

test('a lean file that names itself as its full edition is not fetched in a loop', async () => {
  const { context, page } = await openPage(harness, { viewport: { width: 1280, height: 800 } });
  const lean = JSON.parse(readFileSync(join(siteDir, 'data/atlas-lean.json'), 'utf8'));
  lean.dataset.full_edition = 'self-lean.json';
  await page.route('**/data/self-lean.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(lean) }));
  const requests = datasetRequests(page);
  assert.equal((await page.evaluate(() => window.accordAtlas.loadDataset('data/self-lean.json'))).ok, true);
  await page.evaluate(() => window.accordAtlas.set({ selected: 'GBR' }));
  await waitForIdle(page);
  await page.mouse.move(300, 300);
  await page.mouse.move(320, 310);
  await waitForIdle(page);
  assert.equal(await page.evaluate(() => window.accordAtlas.loadFullEdition()), false);
  assert.deepEqual(requests, ['/data/self-lean.json']);
  await context.close();
});

test('the embed shows the lean edition and never fetches the full one', async () => {
  const context = await harness.browser.newContext({ viewport: { width: 600, height: 500 } });
  const page = await context.newPage();
  const requests = datasetRequests(page);
  await page.goto(new URL('embed.html', harness.site.url).href);
  await page.evaluate(() => window.accordAtlas.ready);
  await page.evaluate(() => window.accordAtlas.set({ selected: 'FRA' }));
  await waitForIdle(page);
  assert.deepEqual(requests, ['/data/atlas-lean.json']);
  assert.equal((await page.evaluate(() => window.accordAtlas.getState())).dataset.fullEdition, 'atlas.json');
  await context.close();
});
