// Embeds: embed.html fits article columns from 320 to 1000 px with its title and source line;
// a publisher's page on another origin sizes the iframe through web/embed.js; the message API
// obeys config.json (allowed origin answered, other origins ignored); one finger scrolls the
// article until the map is tapped.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { serveSite } from '../../web/serve.mjs';
import { openPage, shippedDataset, startHarness, waitForIdle } from './harness.mjs';

let harness;
let publisher;  // a second origin: an article page that embeds the atlas
before(async () => {
  harness = await startHarness();
  const folder = mkdtempSync(join(tmpdir(), 'accord-publisher-'));
  const atlas = harness.site.url;
  writeFileSync(join(folder, 'index.html'), `<!doctype html><html><head><meta charset="utf-8"><title>Article</title></head><body>
<h1>An article</h1><p>Some text.</p>
<iframe data-accord-atlas id="atlas" src="${atlas}embed.html#c=bletchley-declaration" style="width:100%;border:0" title="Accord Atlas"></iframe>
<p>More text.</p>
<script src="${atlas}web/embed.js"></script></body></html>`);
  publisher = await serveSite(folder, { port: 0 });
});
after(async () => { await harness?.close(); await publisher?.close(); });

for (const width of [320, 1000]) {
  test(`embed.html fits a ${width} px column with title, map, timeline and source line`, async () => {
    const { context, page, log } = await openPage(harness, { path: 'embed.html#c=paris-statement-inclusive-sustainable-ai&d=2025-03-01', viewport: { width, height: 900 } });
    await waitForIdle(page);
    const info = await page.evaluate(() => ({
      title: document.getElementById('atlas-title').textContent,
      source: document.getElementById('atlas-source-text').textContent,
      full: document.getElementById('atlas-full-view').getAttribute('href'),
      scrollWidth: document.documentElement.scrollWidth,
      canvasWidth: canvas.getBoundingClientRect().width,
      state: window.accordAtlas.getState(),
    }));
    assert.match(info.title, /^Paris AI Action Summit Statement: 54 parties on 2025-03-01$/);
    assert.match(info.source, new RegExp(`edition ${shippedDataset().dataset.version}`));
    assert.match(info.full, /^index\.html#c=paris-statement-inclusive-sustainable-ai&d=2025-03-01/);
    assert.ok(info.scrollWidth <= width, `no horizontal overflow (${info.scrollWidth} px)`);
    assert.equal(info.canvasWidth, width);
    assert.equal(info.state.embed, true);
    assert.equal(info.state.panel, 'none');
    assert.deepEqual(log.consoleErrors, []);
    assert.deepEqual(log.failedRequests, []);
    await context.close();
  });
}

test('a publisher\'s page on another origin sizes the iframe to its content (web/embed.js)', async () => {
  const context = await harness.browser.newContext({ viewport: { width: 700, height: 900 } });
  const page = await context.newPage();
  await page.goto(publisher.url);
  const frame = page.frameLocator('#atlas');
  await page.waitForFunction(() => parseFloat(document.getElementById('atlas').style.height) > 300, null, { timeout: 30000 });
  const iframeHeight = await page.evaluate(() => document.getElementById('atlas').getBoundingClientRect().height);
  const contentHeight = await frame.locator('#atlas').evaluate((root) => root.getBoundingClientRect().height);
  assert.ok(Math.abs(iframeHeight - Math.ceil(contentHeight)) <= 1, `iframe ${iframeHeight} px for content ${contentHeight} px`);
  await context.close();
});

async function sendFromPublisher(page, message) {
  return page.evaluate((m) => new Promise((resolve) => {
    const frame = document.getElementById('atlas');
    const timer = setTimeout(() => resolve(null), 2000);
    window.addEventListener('message', function listen(event) {
      if (event.source === frame.contentWindow && event.data?.id === m.id) {
        clearTimeout(timer);
        window.removeEventListener('message', listen);
        resolve(event.data);
      }
    });
    window.AccordAtlasEmbed.send(frame, m);
  }), message);
}

test('the message API answers an allowed origin and ignores others', async () => {
  for (const allowed of [false, true]) {
    const context = await harness.browser.newContext();
    const page = await context.newPage();
    const publisherOrigin = new URL(publisher.url).origin;
    await page.route('**/config.json', (route) => route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({ embed: { allowedOrigins: allowed ? [publisherOrigin] : ['https://example.org'] } }),
    }));
    await page.goto(publisher.url);
    const frame = page.frames().find((f) => f.url().includes('embed.html')) ?? (await page.waitForEvent('frameattached'));
    await frame.waitForFunction(() => window.accordAtlas?.getState().map?.loaded);
    const answer = await sendFromPublisher(page, { type: 'accord-atlas:set', id: 7, view: { commitment: 'gpai', date: '2024-07-03' } });
    const state = await frame.evaluate(() => window.accordAtlas.getState());
    if (allowed) {
      assert.deepEqual(answer, { type: 'accord-atlas:result', id: 7, result: { ok: true, errors: [] } });
      assert.equal(state.commitment, 'gpai');
      assert.equal(state.date, '2024-07-03');
    } else {
      assert.equal(answer, null, 'a refused origin gets no answer');
      assert.equal(state.commitment, 'bletchley-declaration');
    }
    await context.close();
  }
});

test('on a phone one finger scrolls the article until the map is tapped', async () => {
  const { context, page } = await openPage(harness, { path: 'embed.html', viewport: { width: 390, height: 700 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
  await waitForIdle(page);
  const touchAction = () => page.evaluate(() => getComputedStyle(canvas).touchAction);
  assert.equal(await touchAction(), 'pan-y');
  assert.equal((await page.evaluate(() => window.accordAtlas.getState())).touchActive, false);
  await page.touchscreen.tap(200, 200);
  await page.waitForFunction(() => window.accordAtlas.getState().touchActive);
  assert.equal(await touchAction(), 'none');
  await context.close();
});

test('light or dark follows the reader\'s system unless the link names a theme', async () => {
  for (const [scheme, hash, expected] of [['dark', '', 'dark'], ['light', '', 'light'], ['dark', '#t=light', 'light']]) {
    const context = await harness.browser.newContext({ colorScheme: scheme });
    const page = await context.newPage();
    await page.goto(new URL(`embed.html${hash}`, harness.site.url).href);
    await page.evaluate(() => window.accordAtlas.ready);
    assert.equal((await page.evaluate(() => window.accordAtlas.getState())).theme, expected, `${scheme} ${hash}`);
    await context.close();
  }
});
