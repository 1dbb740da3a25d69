// The canvas's backing store follows its CSS size x devicePixelRatio, through resizes, browser
// zoom and moves to another screen, and the app hears the CSS size, the ratio and whether the
// pointer is coarse (touch: 44 px targets).
import * as bridge from './bridge.js';
import { canvas } from './page.js';

const coarsePointer = window.matchMedia('(pointer: coarse)');
export const isCoarsePointer = () => coarsePointer.matches;

export function syncCanvasSize() {
  const rect = canvas.getBoundingClientRect();
  const ratio = window.devicePixelRatio || 1;
  const width = Math.max(1, Math.round(rect.width * ratio));
  const height = Math.max(1, Math.round(rect.height * ratio));
  if (canvas.width !== width) canvas.width = width;
  if (canvas.height !== height) canvas.height = height;
  if (bridge.running()) bridge.setViewport(rect.width, rect.height, ratio, coarsePointer.matches);
}

coarsePointer.addEventListener('change', syncCanvasSize);

function watchPixelRatio() {
  const query = window.matchMedia(`(resolution: ${window.devicePixelRatio || 1}dppx)`);
  query.addEventListener('change', () => { syncCanvasSize(); watchPixelRatio(); }, { once: true });
}

// From now on (the app runs), the canvas follows its size and the screen's pixel ratio.
export function followCanvasSize() {
  syncCanvasSize();
  new ResizeObserver(syncCanvasSize).observe(canvas);
  watchPixelRatio();
}
