// Deterministic budgets, checked on every run: the bytes a first visit transfers (gzip -9 of every
// file the page actually requested) stay within 450 KiB for the full page and 400 KiB for the
// embed, and an idle page draws no frame in 5 seconds. Timing figures live in the benchmarks.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { openPage, siteDir, startHarness, waitForIdle } from './harness.mjs';

const budgets = { '': 450 * 1024, 'embed.html': 400 * 1024 };

let harness;
before(async () => { harness = await startHarness(); });
after(async () => { await harness?.close(); });

for (const [path, budget] of Object.entries(budgets)) {
  test(`a first visit to ${path || 'the full page'} transfers at most ${budget / 1024} KiB gzip`, async () => {
    const context = await harness.browser.newContext();
    const page = await context.newPage();
    const requested = new Set();
    page.on('request', (request) => requested.add(new URL(request.url()).pathname));
    await page.goto(new URL(path, harness.site.url).href);
    await page.evaluate(() => window.accordAtlas.ready);
    await waitForIdle(page);
    const rows = [...requested].map((file) => {
      const bytes = readFileSync(join(siteDir, file === '/' ? 'index.html' : decodeURIComponent(file)));
      return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
    });
    const total = rows.reduce((sum, r) => sum + r.gzip, 0);
    console.log(`first visit to ${path || 'index.html'}: ${rows.length} files, ${(total / 1024).toFixed(1)} KiB gzip (budget ${budget / 1024} KiB)`);
    for (const r of rows.sort((a, b) => b.gzip - a.gzip)) console.log(`  ${r.file.padEnd(36)} ${(r.gzip / 1024).toFixed(1).padStart(7)} KiB gzip`);
    assert.ok(rows.some((r) => r.file.endsWith('.wasm')), 'the wasm module was requested');
    assert.ok(total <= budget, `first visit is ${total} bytes gzip, over the ${budget} budget`);
    await context.close();
  });
}

test('an idle page draws no frame in 5 seconds', async () => {
  const { context, page } = await openPage(harness);
  const settled = await waitForIdle(page);
  await page.waitForTimeout(5000);
  assert.equal(await page.evaluate(() => window.accordAtlas.framesDrawn()), settled);
  await context.close();
});
