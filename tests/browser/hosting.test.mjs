// Hosting: the example page mounts Accord Atlas in a box of an article and loads datasets from a
// URL and from an object; the `data` parameter accepts this site's datasets, refuses other
// origins not listed in config.json, and on a failed fetch or a broken file says so and shows the
// bundled data; the embed-code dialog gives the iframe snippet of the current view.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { openPage, shippedDataset, startHarness, waitForIdle } from './harness.mjs';

let harness;
before(async () => { harness = await startHarness(); });
after(async () => { await harness?.close(); });

const data = shippedDataset();

test('the example page mounts the atlas in a box and loads datasets from a URL and an object', async () => {
  const { context, page, log } = await openPage(harness, { path: 'example.html', viewport: { width: 900, height: 900 } });
  await waitForIdle(page);
  const box = await page.evaluate(() => { const r = canvas.getBoundingClientRect(); return { width: r.width, height: r.height }; });
  assert.equal(Math.round(box.height), 520, 'the canvas fills its 520 px box');
  assert.equal((await page.evaluate(() => window.accordAtlas.getState())).viewport.cssHeight, box.height);
  await page.click('#load-object');
  await page.waitForFunction(() => window.accordAtlas.getState().dataset?.counts.commitments === 8);
  assert.match(await page.textContent('#example-status'), /Loaded: 8 commitments/);
  await page.click('#load-url');
  await page.waitForFunction((n) => window.accordAtlas.getState().dataset?.counts.commitments === n, data.commitments.length);
  assert.deepEqual(log.pageErrors, []);
  await context.close();
});

test('the data parameter: same origin loads, other origins are refused, broken data falls back', async () => {
  const cases = [
    { query: '?data=data/atlas.json', error: null },
    { query: '?data=https://example.org/forged.json', error: /not from this site and its origin is not allowed in config\.json/ },
    { query: '?data=data/missing.json', error: /Could not fetch the dataset .*missing\.json: HTTP 404.*The bundled dataset is shown instead/ },
    { query: '?data=index.html', error: /could not be used.*The bundled dataset is shown instead/ },
  ];
  for (const { query, error } of cases) {
    const { context, page, log } = await openPage(harness, { path: query });
    const state = await page.evaluate(() => window.accordAtlas.getState());
    assert.equal(state.dataset?.version, data.dataset.version, `${query}: a dataset is shown`);
    const panel = page.locator('#atlas-error');
    if (error) assert.match(await panel.innerText(), error, query);
    else assert.equal(await panel.isHidden(), true, query);
    assert.deepEqual(log.offSiteRequests, [], `${query}: nothing was fetched from elsewhere`);
    await context.close();
  }
});

test('the embed-code dialog gives the iframe snippet of the current view', async () => {
  const { context, page } = await openPage(harness);
  await page.evaluate(() => window.accordAtlas.set({ commitment: 'seoul-declaration', selected: 'KOR' }));
  await waitForIdle(page);
  const code = await page.evaluate(() => window.accordAtlas.embedCode());
  assert.match(code, /^<iframe data-accord-atlas src="http:\/\/127\.0\.0\.1:\d+\/embed\.html#c=seoul-declaration&[^"]*s=KOR[^"]*" /);
  assert.match(code, /<script src="http:\/\/127\.0\.0\.1:\d+\/web\/embed\.js"><\/script>$/);
  await page.evaluate(() => window.accordAtlas.on('download', () => {}));
  await page.evaluate(() => document.getElementById('atlas-embed-dialog')?.remove());
  const hash = await page.evaluate(() => location.hash);
  assert.ok(code.includes(`embed.html${hash}`), 'the snippet shows what the page shows');
  await context.close();
});
