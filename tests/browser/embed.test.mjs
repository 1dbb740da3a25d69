// Embeds: embed.html fits article columns from 320 to 1000 px with its title, legend and source
// line; a publisher's page on another origin: web/embed.js reserves the height the embed needs at
// once, so the article does not shift (CLS), also for a deep link, and a late embed.js still sizes
// it; a message sent before the embed is ready is answered; the message API obeys config.json;
// one finger scrolls the article until the map is tapped (and again after the article scrolled);
// the arrow keys on the map do not scroll the article; a failed start leaves a readable fallback
// at the reserved height; a theme change of the reader's system restyles the whole embed.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { serveSite } from '../../web/serve.mjs';
import { openPage, outputDir, shippedDataset, startHarness, waitForIdle } from './harness.mjs';

let harness;
let publisher;  // a second origin: article pages that embed the atlas
// An article as a newsroom's CMS writes it: a column, the snippet of embedCode(), paragraphs under
// it. `script`: embed.js at the end of the body ('end'), left out ('none'); `after`: a script of the
// page after it (a scrollytelling step sent at once).
function article({ hash = '#c=bletchley-declaration', script = 'end', after = '' } = {}) {
  const atlas = harness.site.url;
  return `<!doctype html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Article</title>
<style>body { margin: 0 auto; max-width: 700px; padding: 0 16px; font: 18px/1.5 Georgia, serif; } p { margin: 0 0 1em; }</style></head><body>
<h1>An article</h1><p>Some text above the map.</p>
<iframe data-accord-atlas id="atlas" src="${atlas}embed.html${hash}" style="width:100%;height:760px;border:0" title="Accord Atlas"></iframe>
${'<p>More text of the article, under the map, for the reader to scroll through.</p>'.repeat(40)}
${script === 'end' ? `<script src="${atlas}web/embed.js"></script>` : ''}${after}</body></html>`;
}
before(async () => {
  harness = await startHarness();
  const folder = mkdtempSync(join(tmpdir(), 'accord-publisher-'));
  writeFileSync(join(folder, 'index.html'), article());
  writeFileSync(join(folder, 'dated.html'), article({ hash: '#c=paris-statement-inclusive-sustainable-ai&d=2025-02-11' }));
  writeFileSync(join(folder, 'late.html'), article({ script: 'none' }));
  writeFileSync(join(folder, 'early.html'), article({ after: '<script src="early.js"></script>' }));
  // A step sent as the page loads, before the embed exists: embed.js holds it until the embed is ready.
  writeFileSync(join(folder, 'early.js'), `window.answers = [];
window.addEventListener('message', (event) => { if (event.data?.type === 'accord-atlas:result') window.answers.push(event.data); });
AccordAtlasEmbed.send(document.getElementById('atlas'), { type: 'accord-atlas:set', id: 1, view: { commitment: 'gpai', date: '2024-07-03' } });`);
  publisher = await serveSite(folder, { port: 0 });
});

// The embed on a publisher's page, once it has said it is ready.
async function openArticle(path, { viewport = { width: 1280, height: 900 }, phone = false, route = null } = {}) {
  const context = await harness.browser.newContext({ viewport, isMobile: phone, hasTouch: phone, deviceScaleFactor: phone ? 2 : 1 });
  const page = await context.newPage();
  if (route) await route(page);
  await page.addInitScript(() => {
    window.layoutShift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.layoutShift += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(new URL(path, publisher.url).href);
  const frame = () => page.frames().find((f) => f.url().includes('embed.html'));
  await page.waitForFunction(() => document.getElementById('atlas').contentWindow, null, { timeout: 30000 });
  return { context, page, frame };
}
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
    assert.equal(info.title, 'Paris AI Action Summit Statement: who joined, who declined', 'the twin\'s title, made from the data');
    assert.match(info.source, new RegExp(`^Source: .*, edition ${shippedDataset().dataset.version} \\(facts checked to `));
    assert.equal(info.state.legendDrawn.length > 0, true, 'the legend is drawn, open');
    const [, ly, , lh] = info.state.layout.legend;
    assert.ok(ly >= 0 && ly + lh <= info.state.layout.timeline[1] + 1, 'the legend is on the canvas, above the timeline');
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

test('on a phone one finger scrolls the article until the map is tapped, and while the map cannot pan', async () => {
  const { context, page } = await openPage(harness, { path: 'embed.html', viewport: { width: 390, height: 700 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
  await waitForIdle(page);
  const touchAction = () => page.evaluate(() => getComputedStyle(canvas).touchAction);
  assert.equal(await touchAction(), 'pan-y');
  assert.equal((await page.evaluate(() => window.accordAtlas.getState())).touchActive, false);
  const [x, y, w, h] = await page.evaluate(() => window.accordAtlas.getState().layout.home);
  const top = await page.evaluate(() => canvas.getBoundingClientRect().top);  // under the title
  await page.touchscreen.tap(x + w / 2, top + y + h / 2);
  await page.waitForFunction(() => window.accordAtlas.getState().touchActive);
  assert.equal(await touchAction(), 'pan-y', 'at world zoom there is nothing to pan: a swipe still scrolls the article');
  await page.evaluate(() => window.accordAtlas.set({ selected: 'FRA' }));  // flies in: now there is something to pan
  await page.waitForFunction(() => getComputedStyle(canvas).touchAction === 'none', null, { timeout: 5000 });
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

// [SECTION] reserved height, layout shift, late script, early messages
const frameReady = (frame) => frame.waitForFunction(() => window.accordAtlas?.getState().map?.loaded, null, { timeout: 30000 });
const iframeHeight = (page) => page.evaluate(() => document.getElementById('atlas').getBoundingClientRect().height);
const reservedFor = (page) => page.evaluate(() => AccordAtlasEmbed.reservedHeight(document.getElementById('atlas').getBoundingClientRect().width));

test('embed.js reserves what the embed needs at every column width, so it never grows after loading', async () => {
  for (const width of [300, 360, 400, 640, 759, 760, 1000]) {
    // The embed alone, in a window lower than its content: its root is then its least height.
    const { context, page } = await openPage(harness, { path: 'embed.html#c=paris-statement-inclusive-sustainable-ai', viewport: { width, height: 200 } });
    await waitForIdle(page);
    await page.addScriptTag({ url: '/web/embed.js' });
    const { needed, reserved, canvasAtLeast } = await page.evaluate(() => ({
      needed: document.getElementById('atlas').getBoundingClientRect().height,
      reserved: AccordAtlasEmbed.reservedHeight(document.documentElement.clientWidth),
      canvasAtLeast: canvas.getBoundingClientRect().height <= parseFloat(getComputedStyle(canvas).minHeight) + 0.5,
    }));
    assert.ok(canvasAtLeast, `${width}: the canvas at its least height`);
    assert.ok(needed <= reserved, `${width} px: the embed needs ${needed} px, embed.js reserves ${reserved}`);
    assert.ok(reserved - needed <= 30, `${width} px: ${reserved - needed} px more than needed (a one-line title leaves 21)`);
    await context.close();
  }
});

for (const [name, viewport, phone] of [['desktop', { width: 1280, height: 900 }, false], ['phone', { width: 390, height: 844 }, true]]) {
  for (const path of ['index.html', 'dated.html']) {
    test(`no layout shift in the article (${name}, ${path === 'dated.html' ? 'a deep link to a date' : 'a plain embed'})`, async () => {
      const { context, page, frame } = await openArticle(path, { viewport, phone });
      await frameReady(frame());
      await frame().waitForFunction(() => document.getElementById('atlas-title').textContent.includes('who joined'));
      await page.waitForTimeout(1500);  // the twin's re-make, the height's report and any late shift
      const shift = await page.evaluate(() => window.layoutShift);
      assert.ok(shift <= 0.01, `CLS ${shift.toFixed(4)} (at most 0.01)`);
      assert.equal(await iframeHeight(page), await reservedFor(page), 'the iframe kept the height embed.js reserved');
      const title = await frame().evaluate(() => document.getElementById('atlas-title').textContent);
      assert.equal(title, path === 'dated.html' ? 'Paris AI Action Summit Statement: who joined, who declined' : 'Bletchley Declaration: who joined, who declined');
      mkdirSync(outputDir, { recursive: true });
      await page.evaluate(() => document.getElementById('atlas').scrollIntoView());
      writeFileSync(join(outputDir, `embed-article-${name}-${path.replace('.html', '')}.png`), await page.screenshot());
      await context.close();
    });
  }
}

test('a late embed.js (a CMS that defers it) still sizes the iframe: it says hello, the embed answers', async () => {
  const { context, page, frame } = await openArticle('late.html');
  await frameReady(frame());
  assert.equal(await iframeHeight(page), 760, 'the snippet\'s stand-in height until embed.js comes');
  await page.evaluate(() => {
    window.heard = [];
    document.getElementById('atlas').addEventListener('accord-atlas', (event) => window.heard.push(event.detail.type));
  });
  await page.addScriptTag({ url: new URL('web/embed.js', harness.site.url).href });
  await page.waitForFunction(() => window.heard.includes('accord-atlas:ready') && window.heard.includes('accord-atlas:height'), null, { timeout: 5000 });
  assert.equal(await iframeHeight(page), await reservedFor(page));
  await context.close();
});

test('a scrollytelling step sent before the embed exists is held by embed.js and answered once it is ready', async () => {
  const route = (page) => page.route('**/config.json', (r) => r.fulfill({ contentType: 'application/json', body: JSON.stringify({ embed: { allowedOrigins: [new URL(publisher.url).origin] } }) }));
  const { context, page, frame } = await openArticle('early.html', { route });
  await frameReady(frame());
  await page.waitForFunction(() => window.answers.length > 0, null, { timeout: 10000 });
  assert.deepEqual(await page.evaluate(() => window.answers), [{ type: 'accord-atlas:result', id: 1, result: { ok: true, errors: [] } }]);
  const state = await frame().evaluate(() => window.accordAtlas.getState());
  assert.equal(state.commitment, 'gpai');
  assert.equal(state.date, '2024-07-03');
  await context.close();
});

// [SECTION] the reader's keys and fingers in an article
test('the arrow and page keys on the focused map move the map, not the article', async () => {
  const { context, page, frame } = await openArticle('index.html');
  await frameReady(frame());
  await page.keyboard.press('Tab');  // from the article into the embed: the map takes the focus
  await frame().waitForFunction(() => window.accordAtlas.getState().keyboard.focused === 'map', null, { timeout: 5000 });
  await page.waitForTimeout(200);  // (taking the focus may scroll the map into view)
  const scrolled = await page.evaluate(() => window.scrollY);
  const view = () => frame().evaluate(() => { const s = window.accordAtlas.getState(); return { zoom: s.map.zoom, center: s.map.centerY, selected: s.selected }; });
  await page.keyboard.press('+');  // zoomed in, there is something to pan
  await frame().waitForFunction(() => { const m = window.accordAtlas.getState().map; return m.zoom > 1.2 && !m.animating; }, null, { timeout: 5000 });
  const before = await view();
  for (const key of ['Shift+ArrowDown', 'Shift+ArrowDown', 'ArrowDown', 'PageDown', 'ArrowUp', 'PageUp', 'End', 'Home']) await page.keyboard.press(key);
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => window.scrollY), scrolled, 'the article did not scroll');
  assert.notDeepEqual(await view(), before, 'the keys went to the map');
  await context.close();
});

test('on a phone the map lets go of one finger again once the article scrolls', async () => {
  const { context, page, frame } = await openArticle('index.html', { viewport: { width: 390, height: 844 }, phone: true });
  await frameReady(frame());
  await page.evaluate(() => window.scrollTo(0, 80));
  const box = await page.evaluate(() => document.getElementById('atlas').getBoundingClientRect().toJSON());
  const home = await frame().evaluate(() => window.accordAtlas.getState().layout.home);
  const top = await frame().evaluate(() => canvas.getBoundingClientRect().top);
  await page.touchscreen.tap(box.x + home[0] + home[2] / 2, box.y + top + home[1] + home[3] / 2);
  await frame().waitForFunction(() => window.accordAtlas.getState().touchActive);
  await frame().evaluate(() => window.accordAtlas.set({ selected: 'FRA' }));
  await frame().waitForFunction(() => getComputedStyle(canvas).touchAction === 'none', null, { timeout: 5000 });
  await page.evaluate(() => window.scrollBy(0, 400));
  await frame().waitForFunction(() => !window.accordAtlas.getState().touchActive, null, { timeout: 5000 });
  assert.equal(await frame().evaluate(() => getComputedStyle(canvas).touchAction), 'pan-y', 'one finger scrolls the article again');
  await context.close();
});

// [SECTION] when the map cannot start; the reader's theme
test('a blocked .wasm leaves a readable fallback at the reserved height: title, summary and table', async () => {
  const route = (page) => page.route('**/*.wasm', (r) => r.abort());
  const { context, page, frame } = await openArticle('index.html', { route });
  await frame().waitForSelector('#atlas-error:not([hidden])', { timeout: 30000 });
  await page.waitForTimeout(300);
  const height = await iframeHeight(page);
  assert.equal(height, await reservedFor(page), 'the iframe kept its height');
  const shown = await frame().evaluate(() => {
    const twin = document.getElementById('atlas-twin').getBoundingClientRect();
    const summary = document.querySelector('.twin-summary')?.getBoundingClientRect();
    return { twinHeight: twin.height, summaryTop: summary?.top, summaryBottom: summary?.bottom, inner: window.innerHeight,
      title: document.getElementById('atlas-title').textContent };
  });
  assert.equal(shown.title, 'Bletchley Declaration: who joined, who declined', 'the pre-rendered title');
  assert.ok(shown.twinHeight > 300, `the text version shows where the map would be (${shown.twinHeight} px)`);
  assert.ok(shown.summaryTop >= 0 && shown.summaryBottom <= shown.inner, 'its summary is in view, not below the cut');
  await context.close();
});

test('a change of the reader\'s system theme after loading restyles the map, the title and the source lines', async () => {
  const { context, page } = await openPage(harness, { path: 'embed.html', viewport: { width: 640, height: 800 } });
  await waitForIdle(page);
  const look = () => page.evaluate(() => ({
    theme: window.accordAtlas.getState().theme,
    background: getComputedStyle(document.body).backgroundColor,
    title: getComputedStyle(document.getElementById('atlas-title')).color,
    source: getComputedStyle(document.querySelector('.atlas-source')).color,
  }));
  const light = await look();
  assert.equal(light.theme, 'light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.waitForFunction(() => window.accordAtlas.getState().theme === 'dark', null, { timeout: 5000 });
  await page.waitForFunction(() => document.documentElement.dataset.theme === 'dark', null, { timeout: 5000 });
  const dark = await look();
  const lum = (css) => { const [r, g, b] = css.match(/\d+/g).map(Number); return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
  assert.ok(lum(dark.background) < 60, `a dark page behind the map (${dark.background})`);
  assert.ok(lum(dark.title) > 180, `a light title (${dark.title})`);
  assert.ok(lum(dark.source) > 120, `readable source lines (${dark.source})`);
  mkdirSync(outputDir, { recursive: true });
  writeFileSync(join(outputDir, 'embed-640-dark-after-switch.png'), await page.screenshot({ fullPage: true }));
  await page.evaluate(() => window.accordAtlas.set({ theme: 'light' }));  // a choice: the system no longer decides
  await page.emulateMedia({ colorScheme: 'light' });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.waitForTimeout(300);
  assert.equal((await look()).theme, 'light');
  await context.close();
});
