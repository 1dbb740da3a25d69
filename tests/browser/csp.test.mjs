// The site works under a strict Content-Security-Policy: no 'unsafe-eval' and no inline script
// ('wasm-unsafe-eval' is what WebAssembly compilation needs), no request outside its origin.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { openPage, startHarness, waitForIdle } from './harness.mjs';

const policy = ["default-src 'self'", "script-src 'self' 'wasm-unsafe-eval'", "style-src 'self'", "img-src 'self' data:",
  "connect-src 'self'", "font-src 'self'", "object-src 'none'", "base-uri 'none'", "form-action 'none'"].join('; ');

let harness;
before(async () => { harness = await startHarness({ headers: { 'Content-Security-Policy': policy } }); });
after(async () => { await harness?.close(); });

test('the page runs under a strict CSP without unsafe-eval', async () => {
  const { context, page, log } = await openPage(harness);
  const violations = [];
  await page.exposeFunction('__violation', (v) => violations.push(v));
  await page.evaluate(() => document.addEventListener('securitypolicyviolation', (e) => window.__violation(`${e.violatedDirective} ${e.blockedURI}`)));
  const response = await page.goto(harness.site.url);
  assert.equal(response.headers()['content-security-policy'], policy);
  await page.evaluate(() => window.accordAtlas.ready);
  await waitForIdle(page);
  const state = await page.evaluate(() => window.accordAtlas.getState());
  assert.equal(state.map.loaded, true);
  assert.ok(state.dataset, 'the dataset loaded');
  assert.ok(state.framesDrawn > 0);
  assert.deepEqual(violations, []);
  assert.deepEqual(log.consoleErrors, []);
  assert.deepEqual(log.pageErrors, []);
  await context.close();
});
