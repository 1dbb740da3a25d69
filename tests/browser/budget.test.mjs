// Deterministic budgets, checked on every run: the bytes a first visit transfers (gzip -9 of every
// file the page actually requested, at a desktop and at a phone size) stay within 345 KiB for the
// full page and for the embed in English, and a Chinese reader's within 355 KiB (the issue's
// first budgets were 450 and 400 KiB; the lean dataset
// edition, the overview outlines and the hand-made party list brought both to about 340; the HTML
// twin written into the pages, the decluttered markers, the timeline's label placement, contrast
// and reduced motion took them to about 361 in December 2026; the keyboard across the canvas, its
// shortcuts list and the 44 px touch layout (issue 12) to about 368.5 (+7.4 KiB of wasm: ImGui's
// tables, 14 KB more, were avoided for the shortcuts list); the five languages (issue 13) took
// the font file, stb_truetype and ImGui's fallback font away, the browser drawing the glyphs, for
// 339.5, with a Chinese visit adding its UI texts and the party names, 8.6 KiB; issue 16 aims at
// 256, and docs/performance.md says where the bytes are). The idle
// budget (no frame in 5 seconds) is checked in page.test.mjs. Timing figures live in the benchmarks.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { siteDir, startHarness, waitForIdle } from './harness.mjs';

const budgets = { '': 345 * 1024, 'embed.html': 345 * 1024 };
const chineseBudget = 355 * 1024;
const screens = { desktop: { viewport: { width: 1440, height: 900 } }, phone: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true } };
// What a page in another language fetches besides an English one: its UI texts and the names.
const languageFiles = ['/data/party-names.json', '/data/ui-zh-Hans.json'];

let harness;
before(async () => { harness = await startHarness(); });
after(async () => { await harness?.close(); });

const visits = [];
for (const [path, budget] of Object.entries(budgets)) for (const [screen, options] of Object.entries(screens)) visits.push({ path, budget, screen, options, locale: 'en-US' });
visits.push({ path: '', budget: chineseBudget, screen: 'phone', options: screens.phone, locale: 'zh-CN' });

for (const { path, budget, screen, options, locale } of visits) {
  test(`a first visit to ${path || 'the full page'} on a ${screen} in ${locale} transfers at most ${budget / 1024} KiB gzip`, async () => {
    const context = await harness.browser.newContext({ ...options, locale });
    const page = await context.newPage();
    const requested = new Set();
    page.on('request', (request) => requested.add(new URL(request.url()).pathname));
    await page.goto(new URL(path, harness.site.url).href);
    await page.evaluate(() => window.accordAtlas.ready);
    await waitForIdle(page);
    if (locale !== 'en-US') {
      for (let i = 0; i < 50 && !(await page.evaluate(() => window.accordAtlas.getState().partyNames.loaded)); i++) await page.waitForTimeout(100);
      await waitForIdle(page);
    }
    const rows = [...requested].map((file) => {
      const bytes = readFileSync(join(siteDir, file === '/' ? 'index.html' : decodeURIComponent(file)));
      return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length,
        brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length };
    });
    const total = rows.reduce((sum, r) => sum + r.gzip, 0);
    const brotli = rows.reduce((sum, r) => sum + r.brotli, 0);
    console.log(`first visit to ${path || 'index.html'} on a ${screen} in ${locale}: ${rows.length} files, ${(total / 1024).toFixed(1)} KiB gzip (budget ${budget / 1024} KiB), ${(brotli / 1024).toFixed(1)} KiB brotli`);
    for (const r of rows.sort((a, b) => b.gzip - a.gzip)) console.log(`  ${r.file.padEnd(36)} ${(r.gzip / 1024).toFixed(1).padStart(7)} KiB gzip`);
    assert.ok(rows.some((r) => r.file.endsWith('.wasm')), 'the wasm module was requested');
    assert.ok(!requested.has('/geo/world.bin') && !requested.has('/data/atlas.json'), 'a first visit needs neither the detailed outlines nor the full edition');
    for (const file of languageFiles) {
      if (locale === 'en-US') assert.ok(!requested.has(file), `an English first visit does not fetch ${file}`);
      else assert.ok(requested.has(file), `a Chinese first visit fetches ${file}`);
    }
    assert.ok(![...requested].some((file) => /\.(otf|ttf|woff2?)$/.test(file)), 'no font file: the browser draws the glyphs');
    assert.ok(total <= budget, `first visit is ${total} bytes gzip, over the ${budget} budget`);
    await context.close();
  });
}

