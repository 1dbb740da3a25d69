// Accord Atlas host-page code, shared by index.html, embed.html, example.html and the single-file
// edition. This entry module starts the app: it begins the downloads of the dataset, the world
// outlines and the font, starts the WebAssembly module on the page's canvas, hands the downloads
// over, applies the link the page was opened with, and publishes the JS API (window.accordAtlas,
// documented in web/README.md). The work is done by the modules in web/atlas/, one
// responsibility each: bridge.js (the only code that talks to the wasm exports), events.js (the
// public bus and the private channel), page.js, canvas_size.js, fetch_bytes.js, config.js,
// loading.js, state.js, url_state.js, exports.js, embed_messages.js, twin.js, keyboard.js,
// languages.js, glyphs.js, text_input.js, theme.js, touch.js and api.js. The site ships
// them as one bundle (scripts/bundle_web.mjs).
import { createApi } from './atlas/api.js';
import * as bridge from './atlas/bridge.js';
import { followCanvasSize, isCoarsePointer } from './atlas/canvas_size.js';
import { configReady, datasetParameterGiven, requestedDataset } from './atlas/config.js';
import { answerMessages, followEmbedHeight, startEmbed } from './atlas/embed_messages.js';
import { fromApp } from './atlas/events.js';
import { followKeyboardEntry } from './atlas/keyboard.js';
import './atlas/languages.js';
import { fetchStartData, loadStartData } from './atlas/loading.js';
import { canvas, embedded, hideStatus, root, showError } from './atlas/page.js';
import { followSystemTheme } from './atlas/theme.js';
import { followTouchActivation } from './atlas/touch.js';
import { showTwinInstead, startTwin } from './atlas/twin.js';
import { applyInitialLink, linkLanguage, linkSaysTheme } from './atlas/url_state.js';

function cannotStart(message) {
  showError(`Accord Atlas could not start: ${message}`);
  hideStatus();
  showTwinInstead();
}

async function start() {
  const siteUrl = (path) => new URL(path, document.baseURI);
  const defaultDatasetUrl = siteUrl(root.dataset.dataset);
  // Only a data parameter needs the configuration before fetching; otherwise both load together.
  if (datasetParameterGiven()) await configReady;
  const requested = requestedDataset();
  const downloads = fetchStartData({
    datasetUrl: requested.url ?? defaultDatasetUrl,
    defaultDatasetUrl,
    geometryUrl: siteUrl(root.dataset.geometry),
    // With data-geometry-detail, data-geometry is the overview: the detail loads on zoom.
    geometryDetailUrl: root.dataset.geometryDetail ? siteUrl(root.dataset.geometryDetail) : null,
  });
  let startupError;
  try {
    startupError = await bridge.startApp({ canvas, onEvent: fromApp });
  } catch (err) {
    cannotStart(err.message || err);
    throw err;
  }
  if (startupError) {
    cannotStart(startupError);
    throw new Error(startupError);
  }
  followCanvasSize();
  // The UI's language, before the data comes, so that its texts and names load meanwhile: the
  // link's l= if the atlas has it, else the first of the reader's browser languages it has (the
  // link, applied once the data is in, then makes its language a choice that travels in links).
  const browserLanguages = navigator.languages?.length ? [...navigator.languages] : [navigator.language ?? 'en'];
  bridge.guessLanguage([linkLanguage(), ...browserLanguages].filter(Boolean));
  await loadStartData(downloads, requested.refusal);
  if (embedded) bridge.setEmbed(true, isCoarsePointer());
  followTouchActivation();
  // prefers-reduced-motion: no flights, projection blends or flashes (followed when it changes).
  const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)');
  bridge.setReducedMotion(reducedMotion.matches);
  reducedMotion.addEventListener('change', (event) => bridge.setReducedMotion(event.matches));
  // Light or dark follows the reader's system, also when it changes, unless the link says which (t=…).
  followSystemTheme(linkSaysTheme());
  applyInitialLink();
  bridge.requestFrame();  // reports the view's link once it has settled
  hideStatus();
  startEmbed();
  startTwin();
  followKeyboardEntry();
  return api;
}

followEmbedHeight();  // from the first moment, and if the app cannot start
const ready = start();
ready.catch(() => {});
const api = createApi(ready);
answerMessages(api);
window.accordAtlas = api;
export default api;
