// What getState() answers: the app's own state (bridge.stateJson) plus what only the page knows:
// the error the page shows, how long start-up steps took (timings, filled by the loaders and the
// start-up, read by benchmarks), the wasm heap, and the dataset size limits.
import * as bridge from './bridge.js';
import { onInternal } from './events.js';
import { datasetDownloadLimitBytes } from './fetch_bytes.js';
import { shownError } from './page.js';

export const timings = {};  // milliseconds spent in steps of the start-up

// Time to the first frame that draws the map with data, from navigation start (benchmarks).
onInternal('firstmapframe', () => { timings.firstMapFrame = performance.now(); });

export function getState() {
  if (!bridge.running()) return { ready: false, dataset: null, framesDrawn: 0, error: shownError() };
  return { ready: true, ...bridge.stateJson(), error: shownError(), timings: { ...timings }, wasmHeapBytes: bridge.heapBytes(),
    wasmHeapInUseBytes: bridge.heapInUseBytes(),
    limits: { datasetBytes: bridge.datasetLimitBytes(), datasetDownloadBytes: datasetDownloadLimitBytes } };
}
