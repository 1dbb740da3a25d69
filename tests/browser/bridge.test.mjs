// The bridge to the wasm app (web/atlas/bridge.js) is the only host-page code that names the
// app's exports and its event hook, and every export it names is really there: declared with
// EMSCRIPTEN_KEEPALIVE in src/platform (which alone exports a function with Emscripten 3.1.6, so
// cmake/web_app.cmake lists only _main, _malloc and _free) and exported by the module the site
// ships.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { repoDir, siteDir } from './harness.mjs';

const read = (path) => readFileSync(path, 'utf8');
const hostFiles = () => ['web/app.js', ...readdirSync(join(repoDir, 'web/atlas')).map((f) => `web/atlas/${f}`)]
  .concat(readdirSync(join(repoDir, 'web')).filter((f) => f.endsWith('.js') && f !== 'app.js').map((f) => `web/${f}`));
const bridgeExports = () => [...new Set(read(join(repoDir, 'web/atlas/bridge.js')).match(/\b_accord_\w+/g))].sort();

test('only the bridge names the wasm exports and Module.onAtlasEvent', () => {
  for (const file of hostFiles()) {
    if (file === 'web/atlas/bridge.js') continue;
    const found = read(join(repoDir, file)).match(/\b_accord_\w+|onAtlasEvent|\bHEAPU8\b|\b_malloc\b/);
    assert.equal(found, null, `${file} names ${found?.[0]}: only web/atlas/bridge.js talks to the wasm module`);
  }
  assert.ok(bridgeExports().length > 20, 'the bridge names the exports');
});

test('every export the bridge names is an EMSCRIPTEN_KEEPALIVE function of src/platform', () => {
  const dir = join(repoDir, 'src/platform');
  const kept = new Set();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.cpp'))) {
    for (const [, name] of read(join(dir, file)).matchAll(/EMSCRIPTEN_KEEPALIVE[^(;]*?\b(accord_\w+)\s*\(/g)) kept.add(`_${name}`);
  }
  assert.deepEqual(bridgeExports().filter((name) => !kept.has(name)), []);
});

test('the module the site ships exports every function the bridge calls', () => {
  // The bundle keeps the glue's `Module["_name"] = function…` assignments (as `m._name=function`).
  const bundle = read(join(siteDir, 'web/app.js'));
  const exported = (name) => bundle.includes(`.${name}=function`) || bundle.includes(`["${name}"]=function`);
  const missing = [...bridgeExports(), '_malloc', '_free', '_main'].filter((name) => !exported(name));
  assert.deepEqual(missing, []);
});
