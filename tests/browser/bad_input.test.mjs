// Bad input through the real page: a corpus of broken datasets (truncated, wrong types, unknown
// codes, forged javascript: links, invalid UTF-8, deep nesting, 50 MB of junk, an HTML page,
// files over the size limit, a missing file) handed to the host page the ways a reader's page
// gets them: fetched by URL, passed as bytes, and named in the page address. Each must give a
// clear message naming the file, the place and what was expected; the previous data must stay;
// and the page must go on working (statusOf answers, the map redraws, a good dataset loads).
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { after, before, test } from 'node:test';
import { openPage, shippedDataset, startHarness, waitForIdle } from './harness.mjs';

const mib = 1024 * 1024;
let harness;
let junkServer;  // another origin that streams large bodies without holding them in memory
before(async () => {
  harness = await startHarness();
  junkServer = await new Promise((resolve) => {
    const server = createServer((request, response) => {
      const url = new URL(request.url, 'http://local');
      const bytes = Number(url.searchParams.get('bytes'));
      const headers = { 'Access-Control-Allow-Origin': '*', 'Content-Type': 'application/json' };
      if (url.searchParams.get('declare') === '1') headers['Content-Length'] = bytes;
      response.writeHead(200, headers);
      const chunk = Buffer.alloc(mib, '[1,"junk"],');
      let sent = 0;
      const pump = () => {
        while (sent < bytes) {
          const part = chunk.subarray(0, Math.min(chunk.length, bytes - sent));
          sent += part.length;
          if (!response.write(part)) { response.once('drain', pump); return; }
        }
        response.end();
      };
      response.on('error', () => {});
      request.on('close', () => { sent = bytes; });
      pump();
    });
    server.listen(0, '127.0.0.1', () => resolve({ server, url: `http://127.0.0.1:${server.address().port}/` }));
  });
});
after(async () => {
  await harness?.close();
  junkServer?.server.closeAllConnections?.();
  await new Promise((resolve) => junkServer?.server.close(resolve) ?? resolve());
});

const shippedText = JSON.stringify(shippedDataset(), null, 2);
const withChange = (change) => { const data = shippedDataset(); change(data); return JSON.stringify(data, null, 2); };

// name → the bytes served, and what the first problem must say (path, message pattern, and
// whether a line:column is known).
const corpus = [
  { name: 'truncated.json', body: shippedText.slice(0, Math.floor(shippedText.length * 0.6)), path: '', message: /unexpected end of input|syntax error/, located: true },
  { name: 'wrong-type.json', body: withChange((d) => { d.dataset.title = 42; }), path: '/dataset/title', message: /expected a string, found integer/, located: true },
  { name: 'unknown-party.json', body: withChange((d) => { d.commitments[0].actions[0].party = 'ZZZ'; }), path: '/commitments/0/actions/0/party', message: /ZZZ/, located: true },
  { name: 'forged-link.json', body: withChange((d) => { d.sources[0].url = 'javascript:alert(document.cookie)'; }), path: '/sources/0/url', message: /http/, located: true },
  { name: 'impossible-date.json', body: withChange((d) => { d.commitments[0].actions[0].date = { on: '2024-02-30' }; }), path: '/commitments/0/actions/0/date/on', message: /2024-02-30/, located: true },
  { name: 'duplicate-id.json', body: withChange((d) => { d.commitments[1].id = d.commitments[0].id; }), path: '/commitments/1/id', message: /duplicate|already/, located: true },
  { name: 'invalid-utf8.json', body: Buffer.concat([Buffer.from('{"schema_version": 1, "dataset": {"title": "Caf'), Buffer.from([0xc3, 0x28]), Buffer.from('"}}')]), path: '', message: /UTF-8/, located: true },
  { name: 'deep-nesting.json', body: `{"a":${'['.repeat(100000)}${']'.repeat(100000)}}`, path: '', message: /nesting deeper than 64 levels/, located: false },
  { name: 'empty.json', body: '', path: '', message: /file is empty; expected a JSON object/, located: false },
  { name: 'page.html', body: '<!doctype html><html><body>Not found</body></html>', path: '', message: /syntax error|invalid literal/, located: true },
  { name: 'array.json', body: '[1, 2, 3]', path: '', message: /expected the dataset \(a JSON object\), found array/, located: false },
  { name: 'blank-and-nulls.json', body: `{"a": [${`${'\n'.repeat(40)}null, [], `.repeat(5000)}x`, path: '', message: /^more than 65536 bytes without a string or a number/, located: true },
];

async function expectRejected(page, result, { name, path, message, located }, shipped) {
  assert.equal(result.ok, false, `${name} was accepted`);
  assert.ok(result.problems.length > 0, `${name}: no problem listed`);
  const first = result.problems[0];
  assert.equal(first.path, path, `${name}: ${JSON.stringify(first)}`);
  assert.match(first.message, message, `${name}: ${JSON.stringify(first)}`);
  if (located) assert.ok(first.line > 0 && first.column > 0, `${name}: no line:column in ${JSON.stringify(first)}`);
  const panel = page.locator('#atlas-error');
  assert.equal(await panel.isVisible(), true, `${name}: no message in the page`);
  const text = await panel.innerText();
  assert.match(text, new RegExp(`The dataset ${name.replace('.', '\\.')} could not be used; the previous data is still shown`));
  assert.ok(text.includes(first.message), `${name}: the page does not show "${first.message}"`);
  const state = await page.evaluate(() => window.accordAtlas.getState());
  assert.equal(state.rejected, name);
  assert.equal(state.dataset.title, shipped.dataset.title, `${name}: the previous data did not stay`);
  assert.equal(state.dataset.counts.actions, shipped.commitments.reduce((n, c) => n + c.actions.length, 0));
}

// The page still answers and draws after a rejection.
async function expectWorking(page) {
  const status = await page.evaluate(() => window.accordAtlas.statusOf('FRA', 'paris-statement-inclusive-sustainable-ai', '2025-06-01'));
  assert.equal(status.status, 'party');
  const before = await page.evaluate(() => window.accordAtlas.framesDrawn());
  await page.evaluate(() => window.accordAtlas.set({ date: '2024-06-01' }));
  await page.mouse.move(500, 300);
  await page.mouse.move(520, 310);
  await waitForIdle(page);
  assert.ok(await page.evaluate(() => window.accordAtlas.framesDrawn()) > before, 'the page stopped drawing');
}

test('every broken dataset in the corpus, fetched by the page, is explained and the previous data stays', async () => {
  const { context, page, log } = await openPage(harness);
  const shipped = shippedDataset();
  for (const entry of corpus) {
    await page.route(`**/bad/${entry.name}`, (route) => route.fulfill({ status: 200, contentType: 'application/json', body: entry.body }));
    const result = await page.evaluate((url) => window.accordAtlas.loadDataset(url), `bad/${entry.name}`);
    await expectRejected(page, result, entry, shipped);
    await expectWorking(page);
  }
  // A missing file: the fetch error names the address and the HTTP status.
  const missing = await page.evaluate(() => window.accordAtlas.loadDataset('bad/missing.json'));
  assert.equal(missing.ok, false);
  assert.match(missing.problems[0].message, /Could not fetch the dataset .*bad\/missing\.json: HTTP 404/);
  assert.match(await page.locator('#atlas-error').innerText(), /The previous data is still shown/);
  await expectWorking(page);
  // Then a good dataset is accepted and the message goes away.
  const good = await page.evaluate(() => window.accordAtlas.loadDataset('data/atlas.json'));
  assert.equal(good.ok, true);
  assert.equal(await page.locator('#atlas-error').isHidden(), true);
  assert.equal((await page.evaluate(() => window.accordAtlas.getState())).rejected, null);
  assert.deepEqual(log.pageErrors, []);
  assert.deepEqual(log.consoleErrors.filter((e) => !/404/.test(e)), []);
  await context.close();
});

test('50 MB of junk passed as bytes is refused at its first bad byte, 50 MB of blank lines before parsing, and the heap reaches a steady size', async () => {
  const { context, page, log } = await openPage(harness);
  const shipped = shippedDataset();
  const heapBefore = await page.evaluate(() => window.accordAtlas.getState().wasmHeapBytes);
  const result = await page.evaluate(() => {
    const junk = new Uint8Array(50 * 1000 * 1000);
    let seed = 12345;
    for (let i = 0; i < junk.length; i++) { seed = (seed * 1103515245 + 12345) >>> 0; junk[i] = 32 + (seed >>> 24) % 95; }
    junk[0] = 0x7b;  // "{", so the parser reads past the first byte before it fails
    return window.accordAtlas.loadDataset(junk);
  });
  await expectRejected(page, result, { name: 'dataset', path: '', message: /syntax error|invalid|expected/, located: true }, shipped);
  await expectWorking(page);
  const heapAfterFirst = await page.evaluate(() => window.accordAtlas.getState().wasmHeapBytes);
  const blank = await page.evaluate(() => window.accordAtlas.loadDataset(new Uint8Array(50 * 1000 * 1000).fill(0x0a)));
  await expectRejected(page, blank, { name: 'dataset', path: '', located: true, message: /^more than 65536 bytes without a string or a number \(blank space, brackets, true\/false\/null\); a dataset has far fewer, so the file is refused$/ }, shipped);
  // Each copy is freed after its load: repeated loads reach a steady heap instead of growing.
  const heaps = [heapAfterFirst, await page.evaluate(() => window.accordAtlas.getState().wasmHeapBytes)];
  for (let i = 0; i < 3; i++) {
    await page.evaluate(() => window.accordAtlas.loadDataset(new Uint8Array(50 * 1000 * 1000).fill(0x7b)));
    heaps.push(await page.evaluate(() => window.accordAtlas.getState().wasmHeapBytes));
  }
  assert.equal(heaps[4], heaps[3], `the heap kept growing: ${heaps.join(' → ')}`);
  assert.ok(heaps[4] - heapBefore <= 2 * 64 * mib, `the heap grew by more than two copies: ${heapBefore} → ${heaps.join(' → ')}`);
  console.log(`wasm heap: ${(heapBefore / mib).toFixed(1)} MiB before, then after each 50 MB load: ${heaps.map((h) => (h / mib).toFixed(1)).join(', ')} MiB`);
  assert.deepEqual(log.pageErrors, []);
  assert.deepEqual(log.consoleErrors, []);
  await context.close();
});

test('datasets over the size limit are refused before parsing, with the limit in the message, however they come', async () => {
  const { context, page, log } = await openPage(harness);
  const shipped = shippedDataset();
  const limits = await page.evaluate(() => window.accordAtlas.getState().limits);
  assert.deepEqual(limits, { datasetBytes: 64 * mib, datasetDownloadBytes: 64 * mib }, 'the page and the core disagree on the limit');
  const heapBefore = await page.evaluate(() => window.accordAtlas.getState().wasmHeapBytes);
  // As bytes: refused before they are copied into the wasm heap.
  const bytes = await page.evaluate(() => window.accordAtlas.loadDataset(new Uint8Array(70 * 1024 * 1024).fill(0x20)));
  await expectRejected(page, bytes, { name: 'dataset', path: '', located: false,
    message: /^file is 70 MiB \(73400320 bytes\); the limit is 64 MiB \(67108864 bytes\), so it was not parsed$/ }, shipped);
  const grown = async () => (await page.evaluate(() => window.accordAtlas.getState().wasmHeapBytes)) - heapBefore;
  assert.ok(await grown() < 64 * mib, `the refused bytes reached the heap (it grew by ${await grown()} bytes)`);
  // Fetched with a Content-Length: refused from the header.
  const declared = await page.evaluate((url) => window.accordAtlas.loadDataset(url), `${junkServer.url}huge.json?bytes=${80 * mib}&declare=1`);
  await expectRejected(page, declared, { name: 'huge.json', path: '', located: false, message: /^file is 80 MiB \(83886080 bytes\); the limit is 64 MiB/ }, shipped);
  // Streamed without a length: the download stops at the limit.
  const streamed = await page.evaluate((url) => window.accordAtlas.loadDataset(url), `${junkServer.url}stream.json?bytes=${200 * mib}`);
  await expectRejected(page, streamed, { name: 'stream.json', path: '', located: false,
    message: /^file is larger than the limit of 64 MiB \(67108864 bytes\); reading stopped there, so it was not parsed$/ }, shipped);
  assert.ok(await grown() < 64 * mib, `the refused download reached the heap (it grew by ${await grown()} bytes)`);
  await expectWorking(page);
  assert.deepEqual(log.pageErrors, []);
  assert.deepEqual(log.consoleErrors, []);
  await context.close();
});

test('a broken dataset named in the page address falls back to the bundled data and says why', async () => {
  const context = await harness.browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.route('**/bad/forged-link.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: corpus[3].body }));
  await page.goto(new URL('?data=bad/forged-link.json', harness.site.url).href);
  await page.evaluate(() => window.accordAtlas.ready);
  const text = await page.locator('#atlas-error').innerText();
  assert.match(text, /The dataset forged-link\.json could not be used\. The bundled dataset is shown instead\./);
  assert.match(text, /forged-link\.json:\d+:\d+: \/sources\/0\/url: /);
  const state = await page.evaluate(() => window.accordAtlas.getState());
  assert.equal(state.dataset.title, shippedDataset().dataset.title);
  await expectWorking(page);
  assert.deepEqual(errors, []);
  await context.close();
});
