// The world map in the real page: colours at each party's screen position match the legend for
// its status, every mapped party (small states included) can be found and picked, pan and zoom
// answer to real mouse, keyboard and touch input, and screenshots of the default view (light and
// dark, desktop and phone) show land, the legend and the theme, and are left in test-output/.
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

test('the map loads and the legend lists the statuses shown, with their counts and colours', async () => {
  const { context, page, log } = await openPage(harness, { viewport: { width: 1440, height: 900 } });
  const state = await page.evaluate(() => window.accordAtlas.getState());
  assert.equal(state.map.loaded, true);
  assert.ok(state.map.features > 200);
  assert.equal(state.map.projection, 'equal-earth');
  const legend = await page.evaluate(() => window.accordAtlas.legend());
  // Bletchley's list is complete: those who signed, and everyone else not a party; no other line.
  assert.deepEqual(legend.map((l) => l.status), ['party', 'not-party']);
  for (const entry of legend) assert.match(entry.color, /^#[0-9a-f]{6}$/);
  const parties = await page.evaluate(() => window.accordAtlas.getState().partyCount);
  assert.equal(legend[0].count, parties);
  assert.equal(legend[0].text, `Signed, endorsed or joined: ${parties}`);
  // A partial list (the Paris statement): its unknown line is hatched, and a note says how much is known.
  await page.evaluate(() => window.accordAtlas.set({ commitment: 'paris-statement-inclusive-sustainable-ai' }));
  const partial = await page.evaluate(() => window.accordAtlas.legend());
  assert.equal(partial.find((l) => l.status === 'unknown').hatched, true);
  const order = ['party', 'declined', 'objected', 'not-signed', 'withdrawn', 'unknown', 'not-party', 'not-applicable', 'weak'];
  assert.deepEqual(partial.map((l) => l.status), order.filter((s) => partial.some((l) => l.status === s)), 'in the palette\'s order');
  for (const entry of partial) assert.ok(entry.count > 0, `${entry.status}: only what the map shows`);
  assert.match(partial[0].note, /^Unknown: the list is partial \(\d+ of about \d+ known\)$/);
  const layout = await page.evaluate(() => window.accordAtlas.getState().layout);
  assert.ok(layout.legend[2] > 0 && layout.legend[3] > 0, 'the legend is drawn, open');
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

// At world zoom a marker is drawn only where it tells something (scene/map_markers.h): every
// drawn marker picks its party, every party with a screen position picks it back, and on a
// desktop only tiny states with nothing to tell have none (they are reached by search and zoom).
test('every party that can be seen has a screen position that picks it back, small states with markers included', async () => {
  for (const viewport of [{ width: 1440, height: 900 }, { width: 390, height: 844 }]) {
    const { context, page } = await openPage(harness, { viewport, deviceScaleFactor: viewport.width < 500 ? 3 : 1 });
    await settle(page);
    const report = await page.evaluate(() => {
      const api = window.accordAtlas;
      const state = api.getState();
      const out = { checked: 0, missing: [], wrong: [], acted: [], markers: state.layout.markers.map((m) => m.party) };
      for (const party of api.parties().filter((p) => p.onMap)) {
        const position = api.screenPos(party.id);
        if (!position) {
          out.missing.push(party.id);
          const status = api.statusOf(party.id, state.commitment, state.date).status;
          if (!['unknown', 'not-party', 'not-applicable'].includes(status)) out.acted.push(`${party.id} (${status})`);
          continue;
        }
        out.checked++;
        const picked = api.partyAt(position.x, position.y);
        if (picked !== party.id) out.wrong.push(`${party.id}->${picked}`);
      }
      return out;
    });
    assert.deepEqual(report.wrong, [], `${viewport.width}px: partyAt(screenPos(X)) != X`);
    for (const party of report.markers) assert.ok(!report.missing.includes(party), `${viewport.width}px: ${party} has a marker but no screen position`);
    if (viewport.width >= 1024) assert.deepEqual(report.acted, [], `${viewport.width}px: states that acted without a screen position`);
    assert.ok(report.checked >= (viewport.width >= 1024 ? 190 : 175), `${viewport.width}px: only ${report.checked} parties checked (missing: ${report.missing.join(' ')})`);
    for (const small of ['SGP', 'MLT', 'MCO', 'VAT', 'LUX', 'BHR', 'TUV']) {
      const position = await page.evaluate((id) => window.accordAtlas.screenPos(id), small);
      if (position) assert.equal(await page.evaluate(([x, y]) => window.accordAtlas.partyAt(x, y), [position.x, position.y]), small);
    }
    assert.equal(await page.evaluate(() => window.accordAtlas.partyAt(-10, -10)), null);
    await context.close();
  }
});

// The layout report at the widths readers use: no two markers drawn over each other and none
// outside the map; the time axis's labels apart, clear of the date cursor and inside the canvas.
test('layout report: markers and timeline labels never overlap, at phone, tablet and desktop widths', async () => {
  const overlap = (a, b) => a[0] < b[0] + b[2] && b[0] < a[0] + a[2] && a[1] < b[1] + b[3] && b[1] < a[1] + a[3];
  for (const viewport of [{ width: 320, height: 568 }, { width: 390, height: 844 }, { width: 768, height: 1024 }, { width: 1440, height: 900 }]) {
    const { context, page, log } = await openPage(harness, { viewport });
    await settle(page);
    for (const mode of ['single', 'compare', 'overview']) {
      await page.evaluate((m) => window.accordAtlas.set({ mode: m }), mode);
      await settle(page);
      const { layout } = await page.evaluate(() => window.accordAtlas.getState());
      const where = `${viewport.width}px ${mode}`;
      assert.ok(layout.markers.length > 0, `${where}: markers drawn`);
      const [mx, my, mw, mh] = layout.map;
      layout.markers.forEach((a, i) => {
        assert.ok(a.rect[0] >= mx - 0.5 && a.rect[1] >= my - 0.5 && a.rect[0] + a.rect[2] <= mx + mw + 0.5 && a.rect[1] + a.rect[3] <= my + mh + 0.5, `${where}: ${a.party} leaves the map`);
        for (const b of layout.markers.slice(i + 1)) assert.ok(!overlap(a.rect, b.rect), `${where}: ${a.party} overlaps ${b.party}`);
      });
      assert.ok(layout.timelineLabels.length >= 2, `${where}: ${layout.timelineLabels.length} timeline labels`);
      const cursor = layout.controls['date-cursor'];
      layout.timelineLabels.forEach((a, i) => {
        assert.ok(a.rect[0] >= 0 && a.rect[0] + a.rect[2] <= viewport.width, `${where}: "${a.text}" is cut`);
        if (cursor) assert.ok(!overlap(a.rect, cursor), `${where}: "${a.text}" is under the date cursor`);
        for (const b of layout.timelineLabels.slice(i + 1)) assert.ok(!overlap(a.rect, b.rect), `${where}: "${a.text}" overlaps "${b.text}"`);
      });
    }
    assert.deepEqual(log.pageErrors, []);
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
  // The double-click reaches the app a frame or two later: settle() alone could read the view
  // before it (the view is still, so nothing is animating yet).
  await page.waitForFunction(() => window.accordAtlas.getState().map.zoom > 1.9, null, { timeout: 10000 }).catch(() => {});
  await settle(page);
  assert.ok((await map()).zoom > 1.9, 'double-click zooms in');
  assert.deepEqual(log.pageErrors, []);
  await context.close();
});

test('keyboard: on the map, Shift+arrows pan, + and - zoom, 0 resets', async () => {
  const { context, page } = await openPage(harness);
  await settle(page);
  await page.locator('#canvas').focus();
  for (let i = 0; i < 40 && (await page.evaluate(() => window.accordAtlas.getState().keyboard.focused)) !== 'map'; i++) {
    await page.keyboard.press('Tab');
    await waitForIdle(page, 150);
  }
  const map = () => page.evaluate(() => window.accordAtlas.getState().map);
  await page.keyboard.press('Equal');
  await settle(page);
  assert.ok((await map()).zoom > 1.4);
  await page.keyboard.press('Shift+ArrowRight');
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
  await touch('touchStart', [[150, 300], [240, 300]]);
  for (let step = 1; step <= 8; step++) await touch('touchMove', [[150 - step * 10, 300], [240 + step * 10, 300]]);
  await touch('touchEnd', []);
  await settle(page);
  const pinched = await map();
  assert.ok(pinched.zoom > 1.6, `pinch zoomed to ${pinched.zoom}`);
  await touch('touchStart', [[200, 300]]);
  for (let step = 1; step <= 6; step++) await touch('touchMove', [[200 - step * 12, 300]]);
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

// The share of `rect`'s pixels (CSS px, scaled by `ratio`) that match one of `colours` (each an
// [r, g, b] or a test of a pixel), the horizontal span of those pixels as a share of the rect's
// width, and how many of the colours have at least `minPixels` pixels there.
function colourCoverage(png, rect, ratio, colours, minPixels = 1) {
  const [rx, ry, rw, rh] = rect.map((v) => Math.round(v * ratio));
  const counts = colours.map(() => 0);
  let matched = 0, total = 0, minX = Infinity, maxX = -Infinity;
  for (let y = ry; y < Math.min(ry + rh, png.height); y++) {
    for (let x = rx; x < Math.min(rx + rw, png.width); x++) {
      const i = (y * png.width + x) * 4;
      const pixel = [png.data[i], png.data[i + 1], png.data[i + 2]];
      total++;
      const k = colours.findIndex((c) => (typeof c === 'function' ? c(pixel) : near(pixel, c)));
      if (k < 0) continue;
      counts[k]++;
      matched++;
      minX = Math.min(minX, x);
      maxX = Math.max(maxX, x);
    }
  }
  return { share: matched / total, span: matched ? (maxX - minX + 1) / rw : 0, present: counts.filter((n) => n >= minPixels).length, counts };
}

const luminance = (r, g, b) => 0.2126 * r + 0.7152 * g + 0.0722 * b;

// Mean luminance of the whole image, and the luminance and share of its most common colour.
function backgroundOf(png) {
  const histogram = new Map();
  let sum = 0;
  for (let i = 0; i < png.data.length; i += 4) {
    sum += luminance(png.data[i], png.data[i + 1], png.data[i + 2]);
    const key = (png.data[i] << 16) | (png.data[i + 1] << 8) | png.data[i + 2];
    histogram.set(key, (histogram.get(key) ?? 0) + 1);
  }
  const [top, count] = [...histogram.entries()].reduce((best, entry) => (entry[1] > best[1] ? entry : best));
  const pixels = png.data.length / 4;
  return { meanLuminance: sum / pixels, topLuminance: luminance(top >> 16, (top >> 8) & 255, top & 255), topShare: count / pixels };
}

// What a person checks in a screenshot of the default view, at a desktop and a phone size, light
// and dark: the page has the theme's background, the map area shows land in status colours
// across the width of the world, and the legend is drawn (open with every status colour on a
// desktop, folded to its header on a phone). The four shots are left in test-output/.
test('screenshots of the default view, light and dark, at a desktop and a phone size', async () => {
  mkdirSync(outputDir, { recursive: true });
  const screens = [['1440x900', { width: 1440, height: 900 }, 1], ['390x844@3x', { width: 390, height: 844 }, 3]];
  for (const [size, viewport, ratio] of screens) {
    for (const theme of ['light', 'dark']) {
      const name = `map-${size}-${theme}.png`;
      const { context, page, log } = await openPage(harness, { path: `#t=${theme}`, viewport, deviceScaleFactor: ratio, isMobile: ratio > 1, hasTouch: ratio > 1 });
      await settle(page);
      const shot = await page.screenshot();
      writeFileSync(join(outputDir, name), shot);
      const png = decodePng(shot);
      const state = await page.evaluate(() => window.accordAtlas.getState());
      const legend = await page.evaluate(() => window.accordAtlas.legend());
      assert.equal(png.width, viewport.width * ratio, name);
      assert.equal(state.theme, theme, name);

      const background = backgroundOf(png);
      if (theme === 'dark') {
        assert.ok(background.meanLuminance < 60 && background.topLuminance < 40, `${name}: not dark (mean luminance ${background.meanLuminance.toFixed(0)}, most common colour ${background.topLuminance.toFixed(0)})`);
      } else {
        assert.ok(background.meanLuminance > 190 && background.topLuminance > 215, `${name}: not light (mean luminance ${background.meanLuminance.toFixed(0)}, most common colour ${background.topLuminance.toFixed(0)})`);
      }

      // Land: the status colours except "not applicable", which in the light theme is the page's
      // own background colour. The default commitment has parties and non-parties.
      const land = legend.filter((l) => l.status !== 'not-applicable').flatMap((l) => [l.color, ...(l.hatched ? [l.hatchColor] : [])]).map(hexToRgb);
      const map = colourCoverage(png, state.layout.map, ratio, land, 50 * ratio * ratio);
      const minShare = ratio > 1 ? 0.02 : 0.08;
      assert.ok(map.share >= minShare, `${name}: land covers ${(map.share * 100).toFixed(1)}% of the map area (at least ${minShare * 100}% expected)`);
      assert.ok(map.span >= 0.8, `${name}: land spans ${(map.span * 100).toFixed(0)}% of the map's width`);
      assert.ok(map.present >= 2, `${name}: only ${map.present} status colours on the map`);

      // The legend is open and shows a swatch of each of its statuses, where the layout report says:
      // in the map's bottom-left corner, or on a phone under the world.
      const [mx, my, , mh] = state.layout.map;
      const [lx, ly, lw, lh] = state.layout.legend;
      assert.ok(lw > 0 && lh > 0, `${name}: the legend is drawn`);
      if (state.layout.narrow) {
        const [, hy, , hh] = state.layout.home;
        assert.ok(ly >= hy + hh - 1 && ly + lh <= my + mh + 1, `${name}: the legend is under the world, above the timeline`);
        const phone = state.layout.map[3] / viewport.height;
        assert.ok(phone >= 0.55, `${name}: the map area is ${(phone * 100).toFixed(0)}% of the height`);
      } else {
        assert.ok(lx <= mx + 16 && ly + lh >= my + mh - 16, `${name}: the legend is in the bottom-left corner`);
      }
      const swatches = colourCoverage(png, [lx, ly, lw, lh], ratio, legend.map((l) => hexToRgb(l.color)), 20 * ratio * ratio);
      assert.equal(swatches.present, legend.length, `${name}: legend swatches found per status: ${JSON.stringify(swatches.counts)}`);
      assert.deepEqual(log.pageErrors, [], name);
      await context.close();
    }
  }
});
