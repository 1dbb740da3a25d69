// The view in the URL: the address bar follows the view (a "discrete" change, such as another
// commitment, makes a history entry; a pan or a date step replaces it), a link reproduces the
// view, back and forward step through it, and the app's Share control copies the view's link
// (or shows it, where the clipboard is refused).
import * as bridge from './bridge.js';
import { onInternal } from './events.js';
import { showStatus } from './page.js';

let applyingLink = false;
// The address bar follows the view only once the link the page was opened with has been applied
// (frames drawn while loading would otherwise overwrite it with the default view).
const initialHash = location.hash;
let followView = false;

export function applyHash(fragment) {
  if (!bridge.running() || !fragment || fragment === '#') return { ok: true, errors: [], warnings: [] };
  applyingLink = true;
  const result = bridge.applyHash(fragment);
  for (const warning of result.warnings) console.warn(`accordAtlas: ${warning}`);
  for (const error of result.errors) console.warn(`accordAtlas: part of the link was not used: ${error}`);
  return result;
}

// Applies the link the page was opened with; from then on the address bar follows the view.
export function applyInitialLink() {
  applyHash(initialHash);
  followView = true;
}

// The link opened with says the theme (t=…): otherwise the page follows the reader's system.
export const linkSaysTheme = () => /[#&]t=/.test(initialHash);
// The language the link opened with asks for (l=…), or null; the app checks it when the link is applied.
export const linkLanguage = () => new URLSearchParams(initialHash.replace(/^#/, '')).get('l');

export function link() {
  if (!bridge.running()) return location.href;
  return `${location.origin}${location.pathname}${location.search}#${bridge.viewHash()}`;
}

onInternal('statechange', ({ hash, discrete }) => {
  if (!followView) return;
  const fragment = `#${hash}`;
  if (location.hash !== fragment) {
    if (discrete && !applyingLink) history.pushState(null, '', fragment);
    else history.replaceState(null, '', fragment);
  }
  applyingLink = false;
});
window.addEventListener('popstate', () => applyHash(location.hash));

// Share: copy the view's link; where the clipboard is refused, show the link to copy by hand.
onInternal('share', () => {
  const url = link();
  const shown = () => showStatus(url);
  if (navigator.clipboard?.writeText) navigator.clipboard.writeText(url).then(() => showStatus('Link copied.', 2500), shown);
  else shown();
});
