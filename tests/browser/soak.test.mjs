// A short soak in the test command (scripts/soak.sh runs the long one): a seeded random session
// in headless Chromium must log no error, keep drawing and answering, and hold the wasm heap
// (live allocations and heap size at the same view after the warm-up and at the end). The length
// is ACCORD_SOAK_SECONDS (default 60), the seed ACCORD_SOAK_SEED (default 1, so that the test
// command is repeatable; scripts/soak.sh explores other seeds).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startHarness } from './harness.mjs';
import { describeSoak, judgeSoak, runSoak } from '../soak/session.mjs';

let harness;
before(async () => { harness = await startHarness(); });
after(async () => { await harness?.close(); });

test('a random session of pan, zoom, play, select, search, resize and dataset switches leaves no error and no leak', { timeout: 600000 }, async () => {
  const seconds = Number(process.env.ACCORD_SOAK_SECONDS ?? 60);
  const seed = Number(process.env.ACCORD_SOAK_SEED ?? 1);
  const report = await runSoak(harness, { seconds, seed });
  console.log(describeSoak(report));
  assert.deepEqual(judgeSoak(report), [], `soak failed; replay with ACCORD_SOAK_SEED=${seed}`);
  assert.ok(report.steps > 20, `only ${report.steps} random steps after the warm-up`);
});
