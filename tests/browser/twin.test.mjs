// The HTML twin of the canvas: without JavaScript the pre-rendered page says who signed what with
// sources and shows the SVG map; in print the map and the table show; a screen reader learns
// from the accessibility tree alone what the Paris statement's parties did, with sources, and
// hears the date change; the table and the map select together; axe-core finds nothing on
// either page, in the states a reader reaches.
import assert from 'node:assert/strict';
import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { openPage, outputDir, requireWebPackage, settle, shippedDataset, startHarness, waitForIdle } from './harness.mjs';

let harness;
before(async () => { harness = await startHarness(); });
after(async () => { await harness?.close(); });

const axeSource = readFileSync(requireWebPackage.resolve('axe-core/axe.min.js'), 'utf8');
const paris = 'paris-statement-inclusive-sustainable-ai';

async function axeViolations(page) {
  await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
  });
  return result;
}

test('without JavaScript, each page holds the default view: heading, summary, legend, table with sources, SVG map', async () => {
  const data = shippedDataset();
  const defaultCommitment = data.commitments.find((c) => c.id === 'bletchley-declaration');
  for (const path of ['index.html', 'embed.html']) {
    const context = await harness.browser.newContext({ javaScriptEnabled: false, viewport: { width: 1024, height: 800 } });
    const page = await context.newPage();
    await page.goto(new URL(path, harness.site.url).href);
    const heading = await page.locator('#twin-title').textContent();
    assert.match(heading, new RegExp(`^${defaultCommitment.short_title}: who joined, who declined$`), path);
    assert.match(await page.locator('.twin-summary').textContent(), /On \d+ \w+ \d{4}, \d+ parties had signed, endorsed or joined/, path);
    assert.ok(await page.locator('.twin-legend li').count() >= 2, `${path}: the legend as text (the statuses shown: parties, the others)`);
    const rows = await page.locator('table.twin-table tbody tr').count();
    assert.ok(rows >= 29, `${path}: the Bletchley Declaration's 29 parties (got ${rows})`);
    const firstLink = page.locator('table.twin-table tbody tr a[href^="http"]').first();
    assert.match(await firstLink.getAttribute('href'), /^https?:\/\//, `${path}: sources are links`);
    assert.equal(await page.locator('table.twin-table').isVisible(), true, `${path}: the table is shown`);
    if (path === 'index.html') {
      const map = page.locator('img.twin-map');
      assert.equal(await map.isVisible(), true, 'the static map shows');
      await page.waitForFunction(() => document.querySelector('img.twin-map').naturalWidth > 0);
      assert.equal(await page.locator('#atlas').isVisible(), false, 'the empty canvas area is not shown');
      mkdirSync(outputDir, { recursive: true });
      writeFileSync(join(outputDir, 'twin-no-javascript.png'), await page.screenshot({ fullPage: false }));
    }
    await context.close();
  }
});

test('an embed whose app cannot start (no WebAssembly) shows the text version where the map would be', async () => {
  const { context, page } = await openPage(harness, { path: 'embed.html', wait: false, initScript: [() => { delete window.WebAssembly; }] });
  await page.waitForSelector('#atlas-error:not([hidden])');
  assert.equal(await page.locator('table.twin-table').isVisible(), true, 'the pre-rendered table shows');
  assert.match(await page.locator('#twin-title').textContent(), /: who joined, who declined$/);
  await context.close();
});

test('the pre-rendered SVG map is the default view drawn from the same geometry and colours', async () => {
  const { context, page } = await openPage(harness);
  const svg = await (await fetch(new URL('map.svg', harness.site.url))).text();
  assert.match(svg, /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 960 \d+" role="img"/);
  const live = await page.evaluate(() => window.accordAtlas.exportSvg());
  assert.equal(live, svg, 'the page exports the same SVG for the same view');
  const legend = await page.evaluate(() => window.accordAtlas.legend());
  const party = legend.find((e) => e.status === 'party');
  assert.ok(svg.includes(`fill="${party.color}"`), 'the parties in the legend colour');
  assert.ok(Buffer.byteLength(svg) < 90_000, `small enough to ship (${Buffer.byteLength(svg)} bytes)`);
  await context.close();
});

test('print shows the map (as SVG of the current view) and the table, not the controls', async () => {
  const { context, page } = await openPage(harness, { viewport: { width: 1024, height: 800 } });
  await page.evaluate((c) => window.accordAtlas.set({ commitment: c, date: '2025-03-01' }), paris);
  await settle(page);
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('#twin-view-map svg').isVisible(), true, 'the map prints');
  assert.match(await page.locator('#twin-view-map svg title').textContent(), /^Paris AI Action Summit Statement/);
  assert.equal(await page.locator('table.twin-table').isVisible(), true, 'the table prints');
  assert.equal(await page.locator('#canvas').isVisible(), false, 'the canvas does not');
  writeFileSync(join(outputDir, 'twin-print.pdf'), await page.pdf({ format: 'A4' }));
  await context.close();
});

test('an embed prints as a graphic: title, the view\'s map, legend, table and source, in black on white', async () => {
  const { context, page } = await openPage(harness, { path: 'embed.html#c=paris-statement-inclusive-sustainable-ai&t=dark', viewport: { width: 640, height: 900 } });
  await waitForIdle(page);
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
  for (const selector of ['#atlas-title', '#twin-view-map svg', '.twin-legend', 'table.twin-table', '.atlas-source-text']) {
    assert.equal(await page.locator(selector).first().isVisible(), true, `${selector} prints`);
  }
  assert.equal(await page.locator('#canvas').isVisible(), false, 'not the canvas');
  const ink = await page.evaluate(() => getComputedStyle(document.querySelector('.twin-summary')).color);
  assert.equal(ink, 'rgb(27, 27, 27)', 'dark text on paper, also from a dark embed');
  mkdirSync(outputDir, { recursive: true });
  writeFileSync(join(outputDir, 'embed-print.pdf'), await page.pdf({ format: 'A4' }));
  await context.close();
});

test('forced colours: the canvas steps aside for the twin and the view\'s SVG map, on both pages', async () => {
  for (const path of ['', 'embed.html']) {
    const { context, page } = await openPage(harness, { path, viewport: { width: 1024, height: 800 } });
    await page.evaluate((c) => window.accordAtlas.set({ commitment: c, date: '2025-03-01' }), paris);
    await settle(page);
    await page.emulateMedia({ forcedColors: 'active' });
    await page.waitForSelector('#twin-view-map svg', { timeout: 5000 });
    assert.equal(await page.locator('#canvas').isVisible(), false, `${path || 'index'}: the canvas steps aside`);
    assert.equal(await page.locator('#twin-view-map svg').isVisible(), true, `${path || 'index'}: the view's map shows as SVG`);
    assert.match(await page.locator('#twin-view-map svg title').textContent(), /^Paris AI Action Summit Statement/);
    assert.equal(await page.locator('table.twin-table').isVisible(), true, `${path || 'index'}: the table shows`);
    assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector('#twin-view-map')).forcedColorAdjust), 'none', 'the map keeps its data colours');
    mkdirSync(outputDir, { recursive: true });
    writeFileSync(join(outputDir, `twin-forced-colors${path ? '-embed' : ''}.png`), await page.screenshot());
    await page.emulateMedia({ forcedColors: 'none' });
    await page.waitForFunction(() => document.querySelector('#canvas').offsetHeight > 0, null, { timeout: 5000 });
    assert.equal(await page.locator('#canvas').isVisible(), true, `${path || 'index'}: the canvas comes back`);
    await context.close();
  }
});

// The accessibility tree as a screen reader gets it: names and roles only, no pixels, no JS API.
async function axTree(page) {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  await cdp.detach();
  // In reading order: depth first from the root (the reply's order is not the tree's).
  const byId = new Map(nodes.map((n) => [n.nodeId, n]));
  const ordered = [];
  const visit = (node) => {
    if (!node.ignored) ordered.push({ role: node.role?.value, name: node.name?.value ?? '' });
    for (const id of node.childIds ?? []) if (byId.has(id)) visit(byId.get(id));
  };
  visit(nodes.find((n) => !n.parentId));
  return ordered;
}

test('a screen-reader journey from the accessibility tree: the Paris statement, China signed, the US declined, with sources; a date change is announced', async () => {
  const { context, page } = await openPage(harness, { path: `index.html#c=${paris}&d=2025-03-01` });
  await settle(page);
  await page.waitForFunction(() => document.querySelector('#twin-title').textContent.startsWith('Paris'));
  const tree = await axTree(page);
  const names = tree.map((n) => `${n.role}: ${n.name}`);
  assert.ok(names.some((n) => /^heading: Paris AI Action Summit Statement: who joined, who declined$/.test(n)), 'the heading names the statement');
  const text = tree.map((n) => n.name).join('\n');
  assert.match(text, /United Kingdom and United States declined/, 'the summary says who declined');
  // Rows are read cell by cell: find China's and the United States' rows through the tree order.
  const row = (party) => {
    const at = tree.findIndex((n) => n.role === 'button' && n.name === party);
    assert.ok(at >= 0, `${party} has a row`);
    const end = tree.findIndex((n, i) => i > at && n.role === 'row');
    return tree.slice(at, end < 0 ? undefined : end);
  };
  const china = row('China');
  assert.ok(china.some((n) => n.role === 'cell' && n.name.startsWith('Signed, endorsed or joined')), 'China signed');
  assert.ok(china.some((n) => n.role === 'link'), 'with a source link');
  const usa = row('United States');
  assert.ok(usa.some((n) => n.role === 'cell' && n.name === 'Declined'), 'the United States declined');
  assert.ok(usa.some((n) => n.role === 'link'), 'with a source link');
  // The date changes (a step of the timeline): the live region says so.
  await page.evaluate(() => window.accordAtlas.set({ date: '2025-02-11' }));
  await page.waitForFunction(() => /^11 Feb 2025: \d+ parties/.test(document.getElementById('atlas-announce').textContent), null, { timeout: 5000 });
  const live = (await axTree(page)).find((n) => /^11 Feb 2025: \d+ parties/.test(n.name));
  assert.ok(live, 'the announcement is in the tree');
  await context.close();
});

test('choosing a row selects the party on the map, and a map selection marks its row', async () => {
  const { context, page } = await openPage(harness, { path: `index.html#c=${paris}&d=2025-03-01` });
  await settle(page);
  await page.locator('button.twin-party[data-party="CHN"]').click();
  await page.waitForFunction(() => window.accordAtlas.getState().selected === 'CHN');
  await page.waitForFunction(() => document.querySelector('button.twin-party[data-party="CHN"]').getAttribute('aria-pressed') === 'true');
  assert.match(await page.locator('#twin-record-heading').textContent(), /Record of China/);
  assert.match(await page.locator('#atlas-announce').textContent(), /^China\. On 1 Mar 2025: Signed, endorsed or joined/);
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.party), 'CHN', 'the focus stays on the row after the twin is re-made');
  await page.evaluate(() => window.accordAtlas.set({ selected: 'FRA' }));
  await page.waitForFunction(() => document.querySelector('button.twin-party[data-party="FRA"]').getAttribute('aria-pressed') === 'true');
  assert.equal(await page.locator('button.twin-party[aria-pressed="true"]').count(), 1);
  await context.close();
});

test('the table sorts by any column, and says how', async () => {
  const { context, page } = await openPage(harness, { path: `index.html#c=${paris}&d=2025-03-01` });
  await settle(page);
  const firstParty = () => page.locator('table.twin-table tbody tr th').first().textContent();
  const status = page.locator('table.twin-table thead th').nth(1);
  await status.locator('button').click();
  assert.equal(await status.getAttribute('aria-sort'), 'ascending');
  await status.locator('button').click();
  assert.equal(await status.getAttribute('aria-sort'), 'descending');
  assert.equal(await page.locator('table.twin-table thead th[aria-sort]').count(), 1);
  const statuses = await page.locator('table.twin-table tbody tr td:nth-child(2)').evaluateAll((cells) => cells.map((c) => Number(c.dataset.value)));
  assert.deepEqual(statuses, [...statuses].sort((a, b) => b - a), 'descending by status');
  const partyHeader = page.locator('table.twin-table thead th').first();
  await partyHeader.locator('button').click();
  assert.equal(await partyHeader.getAttribute('aria-sort'), 'ascending');
  const names = await page.locator('table.twin-table tbody tr th').allTextContents();
  assert.deepEqual(names, [...names].sort((a, b) => a.trim().toLocaleLowerCase().localeCompare(b.trim().toLocaleLowerCase())), 'by name again');
  assert.equal(await firstParty(), names[0]);
  await context.close();
});

test('with prefers-reduced-motion the map jumps instead of flying, and the page says so', async () => {
  const context = await harness.browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
  const page = await context.newPage();
  await page.goto(new URL('index.html', harness.site.url).href);
  await page.evaluate(() => window.accordAtlas.ready);
  await settle(page);
  assert.equal(await page.evaluate(() => window.accordAtlas.getState().reducedMotion), true);
  const framesBefore = await page.evaluate(() => window.accordAtlas.framesDrawn());
  await page.evaluate(() => window.accordAtlas.set({ selected: 'FRA' }));  // a choice that flies with motion
  await page.waitForFunction((n) => window.accordAtlas.framesDrawn() > n + 1, framesBefore);
  const state = await page.evaluate(() => window.accordAtlas.getState());
  assert.equal(state.map.animating, false, 'no flight: the view is already there');
  assert.ok(state.map.zoom > 1.5, `zoomed to France (${state.map.zoom})`);
  assert.equal(state.flashes, 0);
  await context.close();
});

test('axe-core finds no violation on the page and the embed, with a record open, the embed-code dialog open and the embed table shown', async () => {
  const report = [];
  {
    const { context, page } = await openPage(harness, { path: `index.html#c=${paris}&d=2025-03-01` });
    await settle(page);
    report.push(...(await axeViolations(page)).map((v) => `index: ${v}`));
    await page.evaluate(() => window.accordAtlas.set({ selected: 'CHN' }));
    await settle(page);
    await page.waitForSelector('#twin-record-heading');
    report.push(...(await axeViolations(page)).map((v) => `index, record open: ${v}`));
    // The embed-code dialog, opened as a reader does (the Embed button on the canvas).
    const [x, y, w, h] = (await page.evaluate(() => window.accordAtlas.getState())).layout.controls.embed;
    await page.mouse.click(x + w / 2, y + h / 2);
    await page.waitForSelector('#atlas-embed-dialog[open]', { timeout: 5000 });
    report.push(...(await axeViolations(page)).map((v) => `index, embed dialog: ${v}`));
    await context.close();
  }
  {
    const { context, page } = await openPage(harness, { path: `embed.html#c=${paris}` });
    await settle(page);
    report.push(...(await axeViolations(page)).map((v) => `embed: ${v}`));
    await page.locator('#twin-switch').click();
    assert.equal(await page.locator('table.twin-table').isVisible(), true, 'the Table switch shows the table');
    report.push(...(await axeViolations(page)).map((v) => `embed, table: ${v}`));
    await context.close();
  }
  assert.deepEqual(report, []);
});
