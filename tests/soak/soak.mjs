// The long soak run (scripts/soak.sh): a seeded random session for minutes in headless Chromium
// (see session.mjs), with a progress line every 25 steps, a report, and build/bench/soak.json.
// Exits 1 when the run fails (errors, leaks, unbounded heap growth; see judgeSoak).
// usage: node tests/soak/soak.mjs [--seconds 300] [--seed N] [--big-copies 10]
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoDir, startHarness } from '../browser/harness.mjs';
import { describeSoak, judgeSoak, runSoak } from './session.mjs';

const option = (name, fallback) => { const i = process.argv.indexOf(name); return i > 0 ? Number(process.argv[i + 1]) : fallback; };
// Without --seed each run explores a new session; the report prints the seed to replay it.
const seconds = option('--seconds', 300), seed = option('--seed', Math.floor(Math.random() * 1e9)), bigCopies = option('--big-copies', 10);
const harness = await startHarness();
let report;
try {
  report = await runSoak(harness, { seconds, seed, bigCopies,
    onProgress: (p) => console.log(`  ${p.seconds.toFixed(0)} s: ${p.steps} steps, heap ${(p.heapBytes / 1024 / 1024).toFixed(1)} MiB, live ${(p.inUseBytes / 1024).toFixed(0)} KiB, ${p.errors} errors`) });
} finally {
  await harness.close();
}
console.log(describeSoak(report));
mkdirSync(join(repoDir, 'build/bench'), { recursive: true });
writeFileSync(join(repoDir, 'build/bench/soak.json'), JSON.stringify(report, null, 2) + '\n');
console.log('written: build/bench/soak.json');
const failures = judgeSoak(report);
for (const failure of failures) console.log(`FAILED: ${failure}`);
process.exit(failures.length ? 1 : 0);
