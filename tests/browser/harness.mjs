// Shared set-up of the browser tests: serves the assembled site on a free loopback port and
// launches Debian's Chromium headless with WebGL2 through SwiftShader (no GPU here), with the
// flags that keep it off the (closed) network. Also records what a page logs and requests, so
// each test can assert there were no console errors and no failed or off-site requests.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveSite } from '../../web/serve.mjs';

// The npm packages live in web/node_modules (installed by scripts/bootstrap.sh from web/package-lock.json).
export const requireWebPackage = createRequire(new URL('../../web/package.json', import.meta.url));
const { chromium } = requireWebPackage('playwright-core');
const { PNG } = requireWebPackage('pngjs');

export const repoDir = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const siteDir = process.env.ACCORD_SITE_DIR ?? join(repoDir, 'build/wasm-release/site');
export const outputDir = process.env.ACCORD_TEST_OUTPUT ?? join(repoDir, 'test-output');

export const chromiumArgs = [
  '--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--ignore-gpu-blocklist',
  '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--disable-default-apps', '--mute-audio',
];

export async function startHarness({ headers } = {}) {
  const site = await serveSite(siteDir, { port: 0, headers });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromiumArgs });
  return {
    site,
    browser,
    async close() {
      await browser.close();
      await site.close();
    },
  };
}

// Opens the page in a fresh context and records console errors, page errors and requests.
// `initScript`: a function (and its argument) to run in the page before any of its scripts.
export async function openPage(harness, { path = '', viewport = { width: 1280, height: 800 }, deviceScaleFactor = 1, isMobile = false, hasTouch = false, wait = true, initScript = null, locale = undefined } = {}) {
  const context = await harness.browser.newContext({ viewport, deviceScaleFactor, isMobile, hasTouch, locale });
  const page = await context.newPage();
  const log = { consoleErrors: [], pageErrors: [], failedRequests: [], offSiteRequests: [] };
  const origin = new URL(harness.site.url).origin;
  page.on('console', (message) => { if (message.type() === 'error') log.consoleErrors.push(message.text()); });
  page.on('pageerror', (error) => log.pageErrors.push(error.message));
  page.on('requestfailed', (request) => log.failedRequests.push(`${request.url()} (${request.failure()?.errorText})`));
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) log.offSiteRequests.push(url);
  });
  if (initScript) await page.addInitScript(...initScript);
  await page.goto(new URL(path, harness.site.url).href);
  if (wait) await page.evaluate(() => window.accordAtlas.ready);
  return { context, page, log };
}

// Waits until the page has stopped drawing (frame count unchanged for `quietMs`).
export async function waitForIdle(page, quietMs = 400, timeoutMs = 10000) {
  const started = Date.now();
  let last = await page.evaluate(() => window.accordAtlas.framesDrawn());
  let lastChange = Date.now();
  while (Date.now() - started < timeoutMs) {
    await page.waitForTimeout(100);
    const now = await page.evaluate(() => window.accordAtlas.framesDrawn());
    if (now !== last) {
      last = now;
      lastChange = Date.now();
    } else if (Date.now() - lastChange >= quietMs) {
      return now;
    }
  }
  throw new Error(`page kept drawing for ${timeoutMs} ms`);
}

// Waits until the map has stopped flying and the timeline has stopped playing, then for idle.
export async function settle(page) {
  await page.waitForFunction(() => { const s = window.accordAtlas.getState(); return !s.map.animating && !s.playing; }, null, { timeout: 30000 });
  return waitForIdle(page);
}

export function decodePng(buffer) {
  return PNG.sync.read(buffer);
}

// Mean and variance of luminance, and the number of distinct colours, of a screenshot.
export function pixelStats(png) {
  let sum = 0, sumSquares = 0;
  const colours = new Set();
  const pixels = png.width * png.height;
  for (let i = 0; i < pixels * 4; i += 4) {
    const y = 0.2126 * png.data[i] + 0.7152 * png.data[i + 1] + 0.0722 * png.data[i + 2];
    sum += y;
    sumSquares += y * y;
    if (colours.size < 4096) colours.add((png.data[i] << 16) | (png.data[i + 1] << 8) | png.data[i + 2]);
  }
  const mean = sum / pixels;
  return { mean, variance: sumSquares / pixels - mean * mean, distinctColours: colours.size };
}

export function shippedDataset() {
  return JSON.parse(readFileSync(join(repoDir, 'data/atlas.json'), 'utf8'));
}
