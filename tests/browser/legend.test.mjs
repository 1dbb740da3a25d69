// One legend: in every mode and theme, the legend the canvas draws (getState().legendDrawn, the
// swatches and texts as the legend panel drew them), the JS API's legend() and the PNG export's
// legend are the same entries. They all come from scene/legend.cpp; this holds the page to it.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { decodePng, openPage, settle, startHarness } from './harness.mjs';

let harness;
before(async () => { harness = await startHarness(); });
after(async () => { await harness?.close(); });

const hexToRgb = (hex) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
const views = [
  { mode: 'single', commitment: 'paris-statement-inclusive-sustainable-ai', date: '2025-03-01' },
  { mode: 'overview' },
  { mode: 'compare', commitment: 'bletchley-declaration', compare: 'seoul-declaration' },
];

async function pngOf(page) {
  const base64 = await page.evaluate(async () => {
    const blob = await window.accordAtlas.exportPng(1);
    const bytes = new Uint8Array(await blob.arrayBuffer());
    let text = '';
    for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(text);
  });
  return decodePng(Buffer.from(base64, 'base64'));
}

// Pixels of exactly `rgb` (±2) in the rows from `fromRow` down.
function countColour(png, rgb, fromRow) {
  let n = 0;
  for (let y = fromRow; y < png.height; y++) {
    for (let x = 0; x < png.width; x++) {
      const i = (y * png.width + x) * 4;
      if (Math.abs(png.data[i] - rgb[0]) <= 2 && Math.abs(png.data[i + 1] - rgb[1]) <= 2 && Math.abs(png.data[i + 2] - rgb[2]) <= 2) n++;
    }
  }
  return n;
}

for (const theme of ['light', 'dark']) {
  test(`${theme}: the drawn legend, legend() and the PNG's legend agree in every mode`, async () => {
    const { context, page, log } = await openPage(harness, { viewport: { width: 1280, height: 800 } });
    const commitments = (await page.evaluate(() => window.accordAtlas.getState())).dataset;
    assert.ok(commitments);
    for (const view of views) {
      const reply = await page.evaluate((v) => window.accordAtlas.set(v), { ...view, theme });
      assert.equal(reply.ok, true, JSON.stringify(reply.errors));
      await settle(page);
      const legend = await page.evaluate(() => window.accordAtlas.legend());
      const drawn = (await page.evaluate(() => window.accordAtlas.getState())).legendDrawn;
      assert.ok(legend.length >= 2, `${view.mode}: ${legend.length} entries`);
      if (view.mode !== 'overview') for (const e of legend) assert.ok(e.count > 0, `${view.mode}: ${e.status} is on the map`);
      assert.deepEqual(drawn, legend.map((e) => ({ color: e.color, hatched: e.hatched, dotted: e.dotted ?? false, text: e.text })),
        `${view.mode}: the canvas draws legend()`);
      for (const e of legend) assert.equal(e.text, e.count === undefined ? e.label : `${e.label}: ${e.count}`);
      if (view.mode === 'overview') assert.ok(legend.length <= 7, 'the overview legend is a scale of a few steps, not one row per count');
      const png = await pngOf(page);
      const mapRows = Math.round(800 * 0.6);  // the legend sits under the map, in the footer
      for (const entry of legend) {
        assert.ok(countColour(png, hexToRgb(entry.color), mapRows) >= 20, `${view.mode}: the PNG's legend has a swatch of ${entry.label} (${entry.color})`);
      }
    }
    assert.deepEqual(log.pageErrors, []);
    await context.close();
  });
}
