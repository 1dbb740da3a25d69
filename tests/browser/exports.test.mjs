// Exports: the CSV of what is shown has the command-line columns and one row per action of the
// shown commitment(s); the dataset comes back byte for byte as loaded; the PNG is drawn at 1x, 2x
// and 4x with room for the title, legend and source line, and shows the map's colours; its legend
// is drawn from legend() and its margins take the map's own background, light and dark.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { decodePng, openPage, outputDir, shippedDataset, siteDir, startHarness, waitForIdle } from './harness.mjs';

let harness;
before(async () => { harness = await startHarness(); });
after(async () => { await harness?.close(); });

const data = shippedDataset();

// exportPng(scale) in the page, decoded.
async function exportedPng(page, scale) {
  const base64 = await page.evaluate(async (s) => {
    const bytes = new Uint8Array(await (await window.accordAtlas.exportPng(s)).arrayBuffer());
    let text = '';
    for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(text);
  }, scale);
  return decodePng(Buffer.from(base64, 'base64'));
}

test('CSV of what is shown: the command-line columns, one row per action', async () => {
  const { context, page } = await openPage(harness);
  await page.evaluate(() => window.accordAtlas.set({ commitment: 'paris-statement-inclusive-sustainable-ai' }));
  const csv = await page.evaluate(() => window.accordAtlas.exportCsv());
  const lines = csv.trim().split('\n');
  assert.equal(lines[0], 'commitment_id,party_id,party_name,action,date,date_precision,confidence,source_urls,fact_strength');
  const paris = data.commitments.find((c) => c.id === 'paris-statement-inclusive-sustainable-ai');
  assert.equal(lines.length - 1, paris.actions.length);
  assert.ok(lines.slice(1).every((l) => l.startsWith('paris-statement-inclusive-sustainable-ai,')));
  assert.ok(lines.some((l) => /^paris-statement-inclusive-sustainable-ai,GBR,United Kingdom,declined,2025-02-11,day,/.test(l)));
  await page.evaluate(() => window.accordAtlas.set({ mode: 'compare', compare: 'seoul-declaration' }));
  const both = (await page.evaluate(() => window.accordAtlas.exportCsv())).trim().split('\n');
  assert.equal(both.length - 1, paris.actions.length + data.commitments.find((c) => c.id === 'seoul-declaration').actions.length);
  await context.close();
});

test('the dataset comes back exactly as it was loaded', async () => {
  const { context, page } = await openPage(harness);
  const exported = await page.evaluate(() => window.accordAtlas.exportDataset());
  assert.equal(exported, readFileSync(join(siteDir, 'data/atlas.json'), 'utf8'));
  await context.close();
});

test('a PNG at 1x, 2x and 4x with title, legend and source room, showing the map', async () => {
  const { context, page } = await openPage(harness, { viewport: { width: 800, height: 500 } });
  await page.evaluate(() => window.accordAtlas.set({ commitment: 'bletchley-declaration' }));
  await waitForIdle(page);
  const party = (await page.evaluate(() => window.accordAtlas.legend())).find((l) => l.status === 'party').color;
  for (const scale of [1, 2, 4]) {
    const png = await exportedPng(page, scale);
    assert.equal(png.width, 800 * scale);
    assert.ok(png.height > 500 * scale, 'title and legend add height');
    const wanted = [1, 3, 5].map((i) => parseInt(party.slice(i, i + 2), 16));
    let matches = 0;
    for (let i = 0; i < png.data.length; i += 4 * 7) {
      if (Math.abs(png.data[i] - wanted[0]) < 4 && Math.abs(png.data[i + 1] - wanted[1]) < 4 && Math.abs(png.data[i + 2] - wanted[2]) < 4) matches++;
    }
    assert.ok(matches > 500, `${scale}x: the signatories' colour appears (${matches} samples)`);
  }
  const state = await page.evaluate(() => window.accordAtlas.getState());
  assert.equal(state.viewport.devicePixelRatio, 1, 'the page returns to its own resolution');
  await context.close();
});

test('a phone\'s PNG is as high as the world needs and keeps its texts inside the picture', async () => {
  const { context, page } = await openPage(harness, { path: '#c=paris-statement-inclusive-sustainable-ai&d=2025-03-01', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  await waitForIdle(page);
  const png = await exportedPng(page, 1);
  assert.equal(png.width, 390);
  assert.ok(png.height < 700, `no sea above and below the world (${png.height} px for a 844 px canvas)`);
  const pixel = (x, y) => [...png.data.subarray((y * png.width + x) * 4, (y * png.width + x) * 4 + 3)];
  const background = pixel(png.width - 1, 1);
  // The right margin of the title (top rows) and of the source lines (bottom rows) stays empty: long texts wrap.
  let inked = 0;
  for (const y of [...Array(40).keys(), ...Array.from({ length: 50 }, (_, i) => png.height - 50 + i)]) {
    for (let x = png.width - 8; x < png.width; x++) if (pixel(x, y).some((v, i) => Math.abs(v - background[i]) > 40)) inked++;
  }
  assert.equal(inked, 0, 'text runs into the right margin');
  mkdirSync(outputDir, { recursive: true });
  writeFileSync(join(outputDir, 'export-phone.png'), Buffer.from(await page.evaluate(async () => {
    const bytes = new Uint8Array(await (await window.accordAtlas.exportPng(2)).arrayBuffer());
    let text = '';
    for (const b of bytes) text += String.fromCharCode(b);
    return btoa(text);
  }), 'base64'));
  await context.close();
});

test('the PNG draws its legend from legend() and its margins on the map\'s own background, in both themes', async () => {
  const { context, page } = await openPage(harness, { viewport: { width: 800, height: 500 } });
  for (const theme of ['light', 'dark']) {
    await page.evaluate((t) => window.accordAtlas.set({ commitment: 'paris-statement-inclusive-sustainable-ai', date: '2025-06-01', theme: t }), theme);
    await waitForIdle(page);
    const legend = await page.evaluate(() => window.accordAtlas.legend());
    const png = await exportedPng(page, 1);
    const pixel = (x, y) => [...png.data.subarray((y * png.width + x) * 4, (y * png.width + x) * 4 + 3)];
    const rgb = (hex) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
    const near = (a, b) => a.every((v, i) => Math.abs(v - b[i]) <= 2);
    // The top-right corner of the header (a margin) and of the map below it (the map's clear colour).
    assert.ok(near(pixel(png.width - 3, 3), pixel(png.width - 3, 60)), `${theme}: margin ${pixel(png.width - 3, 3)} against map ${pixel(png.width - 3, 60)}`);
    // Every swatch of the legend, in the footer below the map: a 12 x 12 block of its colour.
    const footer = png.height - 150;
    for (const entry of legend.filter((e) => !e.hatched)) {
      let count = 0;
      for (let y = footer; y < png.height; y++) for (let x = 0; x < png.width; x++) if (near(pixel(x, y), rgb(entry.color))) count++;
      // A dotted swatch (weak evidence) keeps its tint between four dots of its dot colour.
      assert.ok(count >= (entry.dotted ? 70 : 100), `${theme}: the swatch of '${entry.status}' (${entry.color}) is drawn (${count} pixels)`);
      if (entry.dotted) {
        let dots = 0;
        for (let y = footer; y < png.height; y++) for (let x = 0; x < png.width; x++) if (near(pixel(x, y), rgb(entry.dotColor))) dots++;
        assert.ok(dots >= 4, `${theme}: the dots of '${entry.status}' (${entry.dotColor}) are drawn (${dots} pixels)`);
      }
    }
  }
  await context.close();
});
