// Touch in an embed: one finger scrolls the article until the reader taps the map (the app's touch
// activation, src/platform/web_input.cpp); from then on one finger pans the map, while there is
// something to pan: at world zoom a swipe still scrolls the article. The activation ends when the
// reader scrolls the article (the embed's share of the screen changes), taps outside the map in
// the embed, or taps the article around it (the embed loses the focus).
import * as bridge from './bridge.js';
import { isCoarsePointer } from './canvas_size.js';
import { onInternal } from './events.js';
import { canvas, embedded, root } from './page.js';

let active = false;
let zoomed = false;
let ratio = 1;        // the embed's share in view, as last seen
let shownRatio = 1;   // and when the map was activated

// touch-action: none only while one finger pans the map: activated and zoomed in.
const apply = () => canvas.classList.toggle('touch-active', active && zoomed);

function end() {
  if (!active) return;
  active = false;
  bridge.setEmbed(true, isCoarsePointer());  // the app's activation starts over
  apply();
}

export function followTouchActivation() {
  if (!embedded || !isCoarsePointer()) return;
  onInternal('activate', () => {
    active = true;
    shownRatio = ratio;
    apply();
  });
  onInternal('statechange', ({ hash }) => {
    zoomed = Number(new URLSearchParams(hash).get('z') ?? 1) > 1.001;
    apply();
  });
  // The article scrolled: the embed's part in view changed by more than a sliver since the tap.
  const thresholds = Array.from({ length: 21 }, (_, i) => i / 20);
  new IntersectionObserver((entries) => {
    ratio = entries.at(-1).intersectionRatio;
    if (active && (Math.abs(ratio - shownRatio) >= 0.1 || ratio === 0)) end();
  }, { threshold: thresholds }).observe(root);
  document.addEventListener('pointerdown', (event) => { if (event.target !== canvas) end(); });
  window.addEventListener('blur', end);  // a tap in the article around the embed
}
