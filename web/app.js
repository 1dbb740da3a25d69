// Accord Atlas host-page code: starts the WebAssembly app on the page's canvas, sizes the
// canvas to CSS size x devicePixelRatio, fetches the dataset and the UI font and hands their
// bytes to the app, shows loading and error states in the page, and publishes the JS API
// (window.accordAtlas) that embedding pages and the browser tests drive.
import createAccordAtlas from './accord_atlas.js';

const root = document.getElementById('atlas');
const canvas = document.getElementById('canvas');
const statusLine = document.getElementById('atlas-status');
const errorPanel = document.getElementById('atlas-error');
const listeners = new Map();
let wasm = null;
let pageError = null;
const timings = {};  // milliseconds spent in steps of the start-up, for getState() and benchmarks

// [SECTION] page messages
function showError(title, lines = []) {
  pageError = { title, lines };
  errorPanel.replaceChildren();
  const heading = document.createElement('h2');
  heading.textContent = title;
  errorPanel.append(heading);
  if (lines.length) {
    const list = document.createElement('ul');
    for (const line of lines.slice(0, 20)) {
      const item = document.createElement('li');
      item.textContent = line;
      list.append(item);
    }
    if (lines.length > 20) {
      const more = document.createElement('li');
      more.textContent = `… and ${lines.length - 20} more`;
      list.append(more);
    }
    errorPanel.append(list);
  }
  errorPanel.hidden = false;
}

function clearError() {
  pageError = null;
  errorPanel.hidden = true;
  errorPanel.replaceChildren();
}

function emit(event, detail) {
  for (const fn of listeners.get(event) ?? []) {
    try { fn(detail); } catch (err) { console.warn(`accordAtlas: a '${event}' listener failed:`, err); }
  }
}

// [SECTION] canvas size: CSS pixels x devicePixelRatio, following resizes and zoom changes
function syncCanvasSize() {
  const rect = canvas.getBoundingClientRect();
  const ratio = window.devicePixelRatio || 1;
  const width = Math.max(1, Math.round(rect.width * ratio));
  const height = Math.max(1, Math.round(rect.height * ratio));
  if (canvas.width !== width) canvas.width = width;
  if (canvas.height !== height) canvas.height = height;
  wasm?._accord_set_viewport(rect.width, rect.height, ratio, coarsePointer.matches ? 1 : 0);
}

const coarsePointer = window.matchMedia('(pointer: coarse)');
coarsePointer.addEventListener('change', syncCanvasSize);

function watchPixelRatio() {
  const query = window.matchMedia(`(resolution: ${window.devicePixelRatio || 1}dppx)`);
  query.addEventListener('change', () => { syncCanvasSize(); watchPixelRatio(); }, { once: true });
}

// [SECTION] passing bytes to the wasm side
function withBytes(bytes, fn) {
  const pointer = wasm._malloc(Math.max(bytes.length, 1));
  try {
    wasm.HEAPU8.set(bytes, pointer);
    return fn(pointer, bytes.length);
  } finally {
    wasm._free(pointer);
  }
}

function withString(text, fn) {
  const length = wasm.lengthBytesUTF8(text) + 1;
  const pointer = wasm._malloc(length);
  try {
    wasm.stringToUTF8(text, pointer, length);
    return fn(pointer);
  } finally {
    wasm._free(pointer);
  }
}

function readJson(pointer) {
  return JSON.parse(wasm.UTF8ToString(pointer));
}

// Loads dataset bytes; on rejection the previous dataset stays and the page lists the problems.
function loadDatasetBytes(name, bytes) {
  const accepted = withString(name, (namePointer) =>
    withBytes(bytes, (pointer, length) => wasm._accord_load_dataset(namePointer, pointer, length)) === 1);
  const problems = readJson(wasm._accord_problems_json());
  if (accepted) {
    clearError();
    emit('datasetload', { name });
  } else {
    const lines = problems.map((p) => `${name}${p.line ? `:${p.line}:${p.column}` : ''}: ${p.path || '(document)'}: ${p.message}`);
    showError(`The dataset ${name} could not be used${wasm && getState().dataset ? '; the previous data is still shown' : ''}.`, lines);
    emit('error', { name, problems });
  }
  return { ok: accepted, problems };
}

async function fetchBytes(url, what) {
  let response;
  try {
    response = await fetch(url);
  } catch (err) {
    throw new Error(`Could not fetch the ${what} ${url}: ${err.message}`);
  }
  if (!response.ok) throw new Error(`Could not fetch the ${what} ${url}: HTTP ${response.status} ${response.statusText}`);
  return new Uint8Array(await response.arrayBuffer());
}

// [SECTION] the public API
function getState() {
  if (!wasm) return { ready: false, dataset: null, framesDrawn: 0, error: pageError };
  return { ready: true, ...readJson(wasm._accord_state_json()), error: pageError, timings: { ...timings } };
}

async function loadDataset(source) {
  await ready;
  try {
    if (source instanceof Uint8Array || source instanceof ArrayBuffer) return loadDatasetBytes('dataset', new Uint8Array(source));
    if (typeof source === 'object' && source !== null) return loadDatasetBytes('dataset', new TextEncoder().encode(JSON.stringify(source)));
    const url = new URL(String(source), document.baseURI);
    return loadDatasetBytes(url.pathname.split('/').pop() || url.href, await fetchBytes(url, 'dataset'));
  } catch (err) {
    showError(err.message + (getState().dataset ? ' The previous data is still shown.' : ''));
    emit('error', { name: String(source), problems: [{ path: '', line: 0, column: 0, message: err.message }] });
    return { ok: false, problems: [{ path: '', line: 0, column: 0, message: err.message }] };
  }
}

function on(event, fn) {
  if (!listeners.has(event)) listeners.set(event, new Set());
  listeners.get(event).add(fn);
  return () => listeners.get(event).delete(fn);
}

// Changes what the map shows; resolves to {ok, errors}. Nothing changes when a field is invalid.
async function set(view) {
  await ready;
  return withString(JSON.stringify(view ?? {}), (pointer) => readJson(wasm._accord_set_view(pointer)));
}

function parties() {
  return wasm ? readJson(wasm._accord_parties_json()) : [];
}

// The party under a CSS pixel of the canvas (relative to its top-left corner), or null.
function partyAt(x, y) {
  if (!wasm) return null;
  return wasm.UTF8ToString(wasm._accord_party_at(x, y)) || null;
}

// Where a party is shown, in CSS pixels relative to the canvas, or null when it cannot be seen.
function screenPos(partyId) {
  if (!wasm) return null;
  return withString(String(partyId), (pointer) => readJson(wasm._accord_screen_pos(pointer)));
}

function legend() {
  return wasm ? readJson(wasm._accord_legend_json()) : [];
}

function play() { wasm?._accord_play(); }
function pause() { wasm?._accord_pause(); }

// {status, action, date, confidence, sources: [{url, publisher}], note} of a party in a commitment
// on a date (YYYY-MM-DD); throws on an unknown party, commitment or a malformed date.
function statusOf(partyId, commitmentId, date) {
  if (!wasm) throw new Error('Accord Atlas is not ready');
  const result = withString(String(partyId), (party) => withString(String(commitmentId), (commitment) =>
    withString(String(date), (day) => readJson(wasm._accord_status_of(party, commitment, day)))));
  if (result.error) throw new Error(result.error);
  return result;
}

// [SECTION] the view in the URL: links reproduce the view; back/forward step through it
let applyingLink = false;

function applyHash(fragment) {
  if (!wasm || !fragment || fragment === '#') return { ok: true, errors: [], warnings: [] };
  applyingLink = true;
  const result = withString(fragment, (pointer) => readJson(wasm._accord_apply_hash(pointer)));
  for (const warning of result.warnings) console.warn(`accordAtlas: ${warning}`);
  for (const error of result.errors) console.warn(`accordAtlas: part of the link was not used: ${error}`);
  return result;
}

function link() {
  if (!wasm) return location.href;
  return `${location.origin}${location.pathname}${location.search}#${wasm.UTF8ToString(wasm._accord_view_hash())}`;
}

on('statechange', ({ hash, discrete }) => {
  const fragment = `#${hash}`;
  if (location.hash !== fragment) {
    if (discrete && !applyingLink) history.pushState(null, '', fragment);
    else history.replaceState(null, '', fragment);
  }
  applyingLink = false;
});
window.addEventListener('popstate', () => applyHash(location.hash));

// Share: copy the view's link; where the clipboard is refused, show the link to copy by hand.
on('share', () => {
  const url = link();
  const shown = () => { statusLine.textContent = url; statusLine.hidden = false; };
  if (navigator.clipboard?.writeText) {
    navigator.clipboard.writeText(url).then(() => {
      statusLine.textContent = 'Link copied.';
      statusLine.hidden = false;
      setTimeout(() => { statusLine.hidden = true; }, 2500);
    }, shown);
  } else {
    shown();
  }
});

async function start() {
  const datasetUrl = new URL(root.dataset.dataset, document.baseURI);
  const fontUrl = new URL(root.dataset.font, document.baseURI);
  const geometryUrl = new URL(root.dataset.geometry, document.baseURI);
  const datasetBytes = fetchBytes(datasetUrl, 'dataset');
  const geometryBytes = fetchBytes(geometryUrl, 'world map');
  geometryBytes.catch(() => {});
  const fontBytes = fetchBytes(fontUrl, 'font').catch((err) => { console.warn(err.message, '(using the built-in font)'); return null; });
  datasetBytes.catch(() => {});  // handled below, after the module is up
  try {
    wasm = await createAccordAtlas({
      canvas,
      locateFile: (path) => new URL(path, import.meta.url).href,
      print: (text) => console.log(text),
      printErr: (text) => console.warn(text),
      // The wasm side reports select / datechange / commitmentchange after the frame that made them.
      onAtlasEvent: (name, detail) => emit(name, JSON.parse(detail)),
    });
  } catch (err) {
    showError(`Accord Atlas could not start: ${err.message || err}`);
    statusLine.hidden = true;
    throw err;
  }
  const startupError = readJson(wasm._accord_state_json()).startupError;
  if (startupError) {
    showError(`Accord Atlas could not start: ${startupError}`);
    statusLine.hidden = true;
    throw new Error(startupError);
  }
  syncCanvasSize();
  new ResizeObserver(syncCanvasSize).observe(canvas);
  watchPixelRatio();
  const font = await fontBytes;
  if (font) withBytes(font, (pointer, length) => wasm._accord_set_font(pointer, length));
  try {
    const bytes = await datasetBytes;
    const started = performance.now();
    loadDatasetBytes(datasetUrl.pathname.split('/').pop(), bytes);
    timings.datasetParseValidateIndex = performance.now() - started;
  } catch (err) {
    showError(err.message);
  }
  try {
    const bytes = await geometryBytes;
    const started = performance.now();
    const loaded = withBytes(bytes, (pointer, length) => wasm._accord_load_geometry(pointer, length));
    timings.geometryDecodeAndTriangulate = performance.now() - started;
    if (!loaded) {
      showError(`The world map ${geometryUrl.pathname} could not be read: ${getState().geometryError}`);
    }
  } catch (err) {
    showError(err.message);
  }
  applyHash(location.hash);
  statusLine.hidden = true;
  return api;
}

const ready = start();
ready.catch(() => {});
const api = {
  ready,
  getState,
  loadDataset,
  on,
  set,
  parties,
  partyAt,
  screenPos,
  legend,
  play,
  pause,
  statusOf,
  link,
  framesDrawn: () => (wasm ? wasm._accord_frames_drawn() : 0),
  requestFrame: () => wasm?._accord_request_frame(),
};
window.accordAtlas = api;
export default api;
