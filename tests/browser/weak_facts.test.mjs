// Weak facts look weak: on the Paris statement on 1 March 2025, Argentina "not among the
// signatories" (one low-confidence analysis) is drawn differently from the United States' refusal
// (many reports), the legend has a line that explains the difference, and statusOf says it.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { decodePng, openPage, settle, startHarness } from './harness.mjs';

let harness;
before(async () => { harness = await startHarness(); });
after(async () => { await harness?.close(); });

const hexToRgb = (hex) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
const near = (a, b, tolerance = 8) => a.every((v, i) => Math.abs(v - b[i]) <= tolerance);

// The colours in a 9x9 CSS-pixel square around a point of a screenshot.
function coloursAround(png, x, y) {
  const found = [];
  for (let dy = -4; dy <= 4; dy++) {
    for (let dx = -4; dx <= 4; dx++) {
      const i = ((Math.round(y) + dy) * png.width + Math.round(x) + dx) * 4;
      found.push([png.data[i], png.data[i + 1], png.data[i + 2]]);
    }
  }
  return found;
}

for (const theme of ['light', 'dark']) {
  test(`${theme}: Argentina's weak "not among the signatories" does not look like the United States' refusal`, async () => {
    const { context, page, log } = await openPage(harness, { viewport: { width: 1440, height: 900 } });
    const reply = await page.evaluate((t) => window.accordAtlas.set({ commitment: 'paris-statement-inclusive-sustainable-ai', date: '2025-03-01', theme: t }), theme);
    assert.equal(reply.ok, true, JSON.stringify(reply.errors));
    await settle(page);
    const [argentina, usa] = await page.evaluate(() => ['ARG', 'USA'].map((p) => window.accordAtlas.statusOf(p, 'paris-statement-inclusive-sustainable-ai', '2025-03-01')));
    assert.equal(argentina.status, 'not-signed');
    assert.equal(argentina.weak, true);
    assert.equal(argentina.strength, 'low-confidence');
    assert.equal(usa.status, 'declined');
    assert.equal(usa.weak, false);

    const legend = await page.evaluate(() => window.accordAtlas.legend());
    const weak = legend.find((e) => e.status === 'weak');
    assert.ok(weak, 'the legend has a line for weak evidence');
    assert.equal(weak.dotted, true);
    assert.match(weak.label, /Weak evidence/);
    const drawn = (await page.evaluate(() => window.accordAtlas.getState())).legendDrawn;
    assert.ok(drawn.some((line) => line.dotted && line.text.startsWith(weak.label)), 'the canvas draws that line');

    const png = decodePng(await page.screenshot());
    const colours = Object.fromEntries(legend.map((e) => [e.status, hexToRgb(e.color)]));
    const at = async (party) => coloursAround(png, ...Object.values(await page.evaluate((p) => window.accordAtlas.screenPos(p), party)));
    const usaPixels = await at('USA');
    const argPixels = await at('ARG');
    const solidDeclined = usaPixels.filter((c) => near(c, colours.declined)).length;
    assert.ok(solidDeclined >= 60, `the US is solid "declined" (${solidDeclined}/81)`);
    const solidNotSigned = argPixels.filter((c) => near(c, colours['not-signed'])).length;
    const tinted = argPixels.filter((c) => !near(c, colours['not-signed'])).length;
    assert.ok(solidNotSigned > 0 && solidNotSigned < 50, `Argentina is dotted with its status colour (${solidNotSigned}/81 dots)`);
    assert.ok(tinted > 30, `and tinted lighter between the dots (${tinted}/81)`);
    assert.deepEqual(log.pageErrors, []);
    await context.close();
  });
}
