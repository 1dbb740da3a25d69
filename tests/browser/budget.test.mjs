// Deterministic budgets, checked on every run: the bytes a first visit to the default page
// transfers (gzip -9 of every file the page actually requested) stay within 450 KB, and an idle
// page draws no frame in 5 seconds. Timing figures live in the benchmarks, not here.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { openPage, siteDir, startHarness, waitForIdle } from './harness.mjs';

const firstVisitBudgetBytes = 450 * 1024;

let harness;
before(async () => { harness = await startHarness(); });
after(async () => { await harness?.close(); });

test('the default page\'s first visit transfers at most 450 KB gzip', async () => {
  const context = await harness.browser.newContext();
  const page = await context.newPage();
  const requested = new Set();
  page.on('request', (request) => requested.add(new URL(request.url()).pathname));
  await page.goto(harness.site.url);
  await page.evaluate(() => window.accordAtlas.ready);
  await waitForIdle(page);
  const rows = [...requested].map((path) => {
    const file = join(siteDir, path === '/' ? 'index.html' : decodeURIComponent(path));
    const bytes = readFileSync(file);
    return { path, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
  const total = rows.reduce((sum, r) => sum + r.gzip, 0);
  console.log(`first visit: ${rows.length} files, ${(total / 1024).toFixed(1)} KiB gzip (budget ${firstVisitBudgetBytes / 1024} KiB)`);
  for (const r of rows.sort((a, b) => b.gzip - a.gzip)) console.log(`  ${r.path.padEnd(36)} ${(r.gzip / 1024).toFixed(1).padStart(7)} KiB gzip`);
  assert.ok(rows.some((r) => r.path.endsWith('.wasm')), 'the wasm module was requested');
  assert.ok(total <= firstVisitBudgetBytes, `first visit is ${total} bytes gzip, over the ${firstVisitBudgetBytes} budget`);
  await context.close();
});

test('an idle page draws no frame in 5 seconds', async () => {
  const { context, page } = await openPage(harness);
  const settled = await waitForIdle(page);
  await page.waitForTimeout(5000);
  assert.equal(await page.evaluate(() => window.accordAtlas.framesDrawn()), settled);
  await context.close();
});
