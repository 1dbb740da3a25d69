// The world map in the real page: colours at each party's screen position match the legend for
// its status, every mapped party (small states included) can be found and picked, pan and zoom
// answer to real mouse, keyboard and touch input, and screenshots are written for people.
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { decodePng, openPage, outputDir, startHarness, waitForIdle } from './harness.mjs';

let harness;
before(async () => { harness = await startHarness(); });
after(async () => { await harness?.close(); });

const hexToRgb = (hex) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));

// The colours found in a 5x5 CSS-pixel square around a point of a canvas screenshot.
function coloursAround(png, x, y, ratio) {
  const found = [];
  for (let dy = -2; dy <= 2; dy++) {
    for (let dx = -2; dx <= 2; dx++) {
      const px = Math.round((x + dx) * ratio), py = Math.round((y + dy) * ratio);
      const i = (py * png.width + px) * 4;
      found.push([png.data[i], png.data[i + 1], png.data[i + 2]]);
    }
  }
  return found;
}

const near = (a, b, tolerance = 6) => a.every((v, i) => Math.abs(v - b[i]) <= tolerance);

async function settle(page) {
  await page.waitForFunction(() => !window.accordAtlas.getState().map.animating);
  return waitForIdle(page);
}

test('the map loads and the legend lists every status with its colour', async () => {
  const { context, page, log } = await openPage(harness, { viewport: { width: 1440, height: 900 } });
  const state = await page.evaluate(() => window.accordAtlas.getState());
  assert.equal(state.map.loaded, true);
  assert.ok(state.map.features > 200);
  assert.equal(state.map.projection, 'equal-earth');
  const legend = await page.evaluate(() => window.accordAtlas.legend());
  assert.deepEqual(legend.map((l) => l.status), ['party', 'declined', 'objected', 'not-signed', 'withdrawn', 'unknown', 'not-party', 'not-applicable']);
  for (const entry of legend) assert.match(entry.color, /^#[0-9a-f]{6}$/);
  assert.equal(legend.find((l) => l.status === 'unknown').hatched, true);
  assert.deepEqual(log.pageErrors, []);
  assert.deepEqual(log.consoleErrors, []);
  await context.close();
});

test('the pixel at each party\'s screen position has the legend colour of its status', async () => {
  const { context, page } = await openPage(harness, { viewport: { width: 1440, height: 900 } });
  const result = await page.evaluate(() => window.accordAtlas.set({ commitment: 'paris-statement-inclusive-sustainable-ai', date: '2025-06-01' }));
  assert.deepEqual(result, { ok: true, errors: [] });
  await settle(page);
  const legend = Object.fromEntries((await page.evaluate(() => window.accordAtlas.legend())).map((l) => [l.status, l]));
  const png = decodePng(await page.locator('#canvas').screenshot());
  // France signed, the United States declined, Peru is unknown (partial list), Singapore (a
  // marker) and the Holy See (a marker) signed, Vietnam is disputed (unknown).
  const expected = { FRA: 'party', USA: 'declined', PER: 'unknown', SGP: 'party', VAT: 'party', VNM: 'unknown', KEN: 'party' };
  for (const [party, status] of Object.entries(expected)) {
    const position = await page.evaluate((id) => window.accordAtlas.screenPos(id), party);
    assert.ok(position, `${party} has a screen position`);
    const colours = coloursAround(png, position.x, position.y, 1);
    const wanted = [hexToRgb(legend[status].color), ...(legend[status].hatched ? [hexToRgb(legend[status].hatchColor)] : [])];
    const matches = colours.filter((c) => wanted.some((w) => near(c, w))).length;
    assert.ok(matches >= 8, `${party} (${status}): ${matches}/25 pixels of ${legend[status].color} near (${position.x.toFixed(0)}, ${position.y.toFixed(0)}); saw ${JSON.stringify(colours.slice(10, 15))}`);
  }
  await context.close();
});

test('every party on the map has a screen position that picks it back, small states included', async () => {
  for (const viewport of [{ width: 1440, height: 900 }, { width: 390, height: 844 }]) {
    const { context, page } = await openPage(harness, { viewport, deviceScaleFactor: viewport.width < 500 ? 3 : 1 });
    await settle(page);
    const report = await page.evaluate(() => {
      const api = window.accordAtlas;
      const out = { checked: 0, missing: [], wrong: [] };
      for (const party of api.parties().filter((p) => p.onMap)) {
        const position = api.screenPos(party.id);
        if (!position) { out.missing.push(party.id); continue; }
        out.checked++;
        const picked = api.partyAt(position.x, position.y);
        if (picked !== party.id) out.wrong.push(`${party.id}->${picked}`);
      }
      return out;
    });
    assert.deepEqual(report.missing, [], `${viewport.width}px: parties without a screen position`);
    assert.deepEqual(report.wrong, [], `${viewport.width}px: partyAt(screenPos(X)) != X`);
    assert.ok(report.checked >= 197, `${viewport.width}px: only ${report.checked} parties checked`);
    for (const small of ['SGP', 'MLT', 'MCO', 'VAT', 'LUX', 'BHR', 'TUV']) {
      assert.equal(await page.evaluate((id) => window.accordAtlas.partyAt(...Object.values(window.accordAtlas.screenPos(id))), small), small);
    }
    assert.equal(await page.evaluate(() => window.accordAtlas.partyAt(-10, -10)), null);
    await context.close();
  }
});

test('mouse: drag pans, the wheel zooms towards the cursor, double-click zooms, hover and click name a country', async () => {
  const { context, page, log } = await openPage(harness, { viewport: { width: 1200, height: 800 } });
  await settle(page);
  const map = () => page.evaluate(() => window.accordAtlas.getState().map);
  const start = await map();
  await page.mouse.move(900, 500);
  await page.mouse.wheel(0, -300);
  await settle(page);
  const zoomed = await map();
  assert.ok(zoomed.zoom > 1.5, `wheel zoomed to ${zoomed.zoom}`);
  assert.ok(zoomed.centerX > start.centerX, 'zoom moved towards the cursor (right of centre)');
  await page.mouse.move(600, 400);
  await page.mouse.down();
  await page.mouse.move(500, 350, { steps: 6 });
  await page.mouse.up();
  await settle(page);
  const panned = await map();
  assert.ok(panned.centerX > zoomed.centerX && panned.centerY < zoomed.centerY, 'dragging left and up moves the view right and down');
  await page.evaluate(() => window.accordAtlas.set({}));
  await page.keyboard.press('0');
  await settle(page);
  const france = await page.evaluate(() => window.accordAtlas.screenPos('FRA'));
  await page.mouse.move(france.x, france.y);
  await waitForIdle(page);
  assert.equal((await page.evaluate(() => window.accordAtlas.getState())).hovered, 'FRA');
  await page.mouse.click(france.x, france.y);
  await waitForIdle(page);
  assert.equal((await page.evaluate(() => window.accordAtlas.getState())).selected, 'FRA');
  await page.mouse.dblclick(france.x, france.y);
  await settle(page);
  assert.ok((await map()).zoom > 1.9, 'double-click zooms in');
  assert.deepEqual(log.pageErrors, []);
  await context.close();
});

test('keyboard: arrows pan, + and - zoom, 0 resets', async () => {
  const { context, page } = await openPage(harness);
  await settle(page);
  await page.locator('#canvas').focus();
  const map = () => page.evaluate(() => window.accordAtlas.getState().map);
  await page.keyboard.press('Equal');
  await settle(page);
  assert.ok((await map()).zoom > 1.4);
  await page.keyboard.press('ArrowRight');
  await settle(page);
  assert.ok((await map()).centerX > 0);
  await page.keyboard.press('Minus');
  await page.keyboard.press('0');
  await settle(page);
  const reset = await map();
  assert.equal(reset.zoom, 1);
  assert.equal(reset.centerX, 0);
  await context.close();
});

test('touch: one finger pans, two fingers pinch-zoom (real touch events)', async () => {
  const { context, page } = await openPage(harness, { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true });
  await settle(page);
  const client = await context.newCDPSession(page);
  const touch = (type, points) => client.send('Input.dispatchTouchEvent', { type, touchPoints: points.map(([x, y], id) => ({ x, y, id })) });
  const map = () => page.evaluate(() => window.accordAtlas.getState().map);
  await touch('touchStart', [[150, 420], [240, 420]]);
  for (let step = 1; step <= 8; step++) await touch('touchMove', [[150 - step * 10, 420], [240 + step * 10, 420]]);
  await touch('touchEnd', []);
  await settle(page);
  const pinched = await map();
  assert.ok(pinched.zoom > 1.6, `pinch zoomed to ${pinched.zoom}`);
  await touch('touchStart', [[200, 420]]);
  for (let step = 1; step <= 6; step++) await touch('touchMove', [[200 - step * 12, 420]]);
  await touch('touchEnd', []);
  await settle(page);
  assert.ok((await map()).centerX > pinched.centerX + 0.01, 'a one-finger drag to the left moves the view right');
  await context.close();
});

test('projections switch by set() and the globe hides its far side', async () => {
  const { context, page } = await openPage(harness, { viewport: { width: 900, height: 700 } });
  const result = await page.evaluate(() => window.accordAtlas.set({ projection: 'orthographic' }));
  assert.equal(result.ok, true);
  await settle(page);
  const state = await page.evaluate(() => window.accordAtlas.getState());
  assert.equal(state.map.projection, 'orthographic');
  // Facing Europe/Africa (0°, 0°), Fiji is on the far side; France is in view.
  assert.equal(await page.evaluate(() => window.accordAtlas.screenPos('FJI')), null);
  assert.ok(await page.evaluate(() => window.accordAtlas.screenPos('FRA')));
  const bad = await page.evaluate(() => window.accordAtlas.set({ projection: 'mercator', commitment: 'nope' }));
  assert.equal(bad.ok, false);
  assert.equal(bad.errors.length, 2);
  assert.equal((await page.evaluate(() => window.accordAtlas.getState())).map.projection, 'orthographic');
  await context.close();
});

test('screenshots of the default view for people to look at', async () => {
  mkdirSync(outputDir, { recursive: true });
  for (const [name, viewport, ratio] of [['map-1440x900.png', { width: 1440, height: 900 }, 1], ['map-390x844@3x.png', { width: 390, height: 844 }, 3]]) {
    const { context, page } = await openPage(harness, { viewport, deviceScaleFactor: ratio, isMobile: ratio > 1, hasTouch: ratio > 1 });
    await settle(page);
    const shot = await page.screenshot();
    writeFileSync(join(outputDir, name), shot);
    assert.equal(decodePng(shot).width, viewport.width * ratio);
    await context.close();
  }
});
