// Accord Atlas host-page code, shared by index.html, embed.html, example.html and the single-file
// edition: starts the WebAssembly app on the page's canvas, sizes the canvas to CSS size x
// devicePixelRatio, fetches the dataset, the world geometry and the UI font (or takes them inline)
// and hands their bytes to the app, shows loading and error states in the page, keeps the view in
// the URL, answers embed messages from allowed origins, makes exports, and publishes the JS API
// (window.accordAtlas, documented in web/README.md) that host pages and the browser tests drive.
// Sections: page messages · canvas size · bytes to wasm · public API · exports · URL state ·
// embeds · start-up.
import createAccordAtlas from './accord_atlas.js';

const root = document.getElementById('atlas');
const embedded = root.dataset.embed === 'true';
const framed = window.parent !== window;
const canvas = document.getElementById('canvas');
const statusLine = document.getElementById('atlas-status');
const errorPanel = document.getElementById('atlas-error');
const listeners = new Map();
let wasm = null;
let pageError = null;
let datasetBytesAsLoaded = null;  // the dataset's bytes as accepted, for "download the data"
let datasetUrlAsLoaded = null;    // its address (null when handed over as an object or bytes)
let fullEditionLoad = null;       // the pending or finished load of the full edition, if any
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
// A dataset over the core's size limit is refused before its bytes are copied into the heap.
// `fullEditionOf`: these are the full texts of the lean edition already shown, so the page's
// messages stay (they are about something else) and listeners hear it as such.
function loadDatasetBytes(name, bytes, url = null, { fullEditionOf = null } = {}) {
  if (bytes.length > wasm._accord_dataset_limit_bytes()) return refuseDataset(name, bytes.length, false);
  const accepted = withString(name, (namePointer) =>
    withBytes(bytes, (pointer, length) => wasm._accord_load_dataset(namePointer, pointer, length)) === 1);
  if (!accepted) return reportRejection(name);
  datasetBytesAsLoaded = bytes.slice();
  datasetUrlAsLoaded = url;
  fullEditionLoad = null;
  if (!fullEditionOf) clearError();
  emit('datasetload', fullEditionOf ? { name, fullEditionOf } : { name });
  return { ok: true, problems: [] };
}

// A dataset refused by size (`atLeast`: the download stopped at the limit).
function refuseDataset(name, sizeBytes, atLeast) {
  withString(name, (namePointer) => wasm._accord_refuse_dataset(namePointer, sizeBytes, atLeast ? 1 : 0));
  return reportRejection(name);
}

function reportRejection(name) {
  const problems = readJson(wasm._accord_problems_json());
  const lines = problems.map((p) => `${name}${p.line ? `:${p.line}:${p.column}` : ''}: ${p.path || '(document)'}: ${p.message}`);
  showError(`The dataset ${name} could not be used${getState().dataset ? '; the previous data is still shown' : ''}.`, lines);
  emit('error', { name, problems });
  return { ok: false, problems };
}

// The single-file build (accord-atlas.html) carries its files inline, keyed by their site path.
const inlineFiles = window.__ACCORD_ATLAS_FILES__ ?? null;

function base64Bytes(text) {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

function inlineFile(url) {
  if (!inlineFiles) return undefined;
  const path = new URL(url, document.baseURI).pathname;
  const name = Object.keys(inlineFiles).find((file) => path.endsWith(`/${file}`));
  return name === undefined ? undefined : inlineFiles[name];
}

// The core's dataset size limit (accord::JsonLimits::max_bytes, checked against the module by a
// browser test). A dataset download stops here, so a huge file never fills the tab's memory.
const datasetLimitBytes = 64 * 1024 * 1024;

class OversizeError extends Error {
  constructor(url, sizeBytes, atLeast) {
    super(`${url} is over the size limit`);
    this.sizeBytes = sizeBytes;
    this.atLeast = atLeast;
  }
}

async function fetchBytes(url, what, maxBytes = Infinity) {
  const inline = inlineFile(url);
  if (inline !== undefined) return base64Bytes(inline);
  let response;
  try {
    response = await fetch(url);
    if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText}`);
    const declaredBytes = Number(response.headers.get('content-length'));
    if (declaredBytes > maxBytes && !response.headers.get('content-encoding')) {
      response.body?.cancel();
      throw new OversizeError(url, declaredBytes, false);
    }
    if (maxBytes === Infinity || !response.body) return new Uint8Array(await response.arrayBuffer());
    const reader = response.body.getReader();
    const chunks = [];
    let total = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.length;
      if (total > maxBytes) {
        reader.cancel();
        throw new OversizeError(url, total, true);
      }
      chunks.push(value);
    }
    const bytes = new Uint8Array(total);
    let offset = 0;
    for (const chunk of chunks) { bytes.set(chunk, offset); offset += chunk.length; }
    return bytes;
  } catch (err) {
    if (err instanceof OversizeError) throw err;
    throw new Error(`Could not fetch the ${what} ${url}: ${err.message}`);
  }
}

function fetchDatasetBytes(url) {
  return fetchBytes(url, 'dataset', datasetLimitBytes);
}

function datasetName(url) {
  return url.pathname.split('/').pop() || url.href;
}

// [SECTION] the public API
function getState() {
  if (!wasm) return { ready: false, dataset: null, framesDrawn: 0, error: pageError };
  return { ready: true, ...readJson(wasm._accord_state_json()), error: pageError, timings: { ...timings }, wasmHeapBytes: wasm.HEAPU8.length,
    wasmHeapInUseBytes: wasm._accord_heap_in_use_bytes(),
    limits: { datasetBytes: wasm._accord_dataset_limit_bytes(), datasetDownloadBytes: datasetLimitBytes } };
}

async function loadDataset(source) {
  await ready;
  try {
    if (source instanceof Uint8Array || source instanceof ArrayBuffer) return loadDatasetBytes('dataset', new Uint8Array(source));
    if (typeof source === 'object' && source !== null) return loadDatasetBytes('dataset', new TextEncoder().encode(JSON.stringify(source)));
    const url = new URL(String(source), document.baseURI);
    try {
      return loadDatasetBytes(datasetName(url), await fetchDatasetBytes(url), url);
    } catch (err) {
      if (err instanceof OversizeError) return refuseDataset(datasetName(url), err.sizeBytes, err.atLeast);
      throw err;
    }
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

// [SECTION] exports: CSV of what is shown, the dataset as loaded, a citation-ready picture
function exportCsv() {
  return wasm ? wasm.UTF8ToString(wasm._accord_export_csv()) : '';
}

// The dataset as loaded, as text; from a lean edition loaded by address, the full edition is
// loaded first (a lean edition handed over as bytes or an object has no address to resolve it).
async function exportDataset() {
  await ready;
  await loadFullEdition();
  return datasetBytesAsLoaded ? new TextDecoder().decode(datasetBytesAsLoaded) : null;
}

// A lean edition (dataset.fullEdition set) leaves out notes and source texts. The full edition
// beside it is loaded when a record panel first opens (the wasm side asks: "needfulledition") or
// when the data is exported; the view stays. Resolves to true once the full texts are shown.
async function loadFullEdition() {
  await ready;
  const fullEdition = getState().dataset?.fullEdition;
  if (!fullEdition || !datasetUrlAsLoaded) return !fullEdition;
  const leanUrl = datasetUrlAsLoaded;
  const url = new URL(fullEdition, leanUrl);
  if (url.href === leanUrl.href) return false;  // a lean file naming itself: nothing fuller to load
  if (!fullEditionLoad) {
    wasm._accord_set_full_edition_loading(1);
    const load = (async () => {
      try {
        const bytes = await fetchDatasetBytes(url);
        if (datasetUrlAsLoaded !== leanUrl) return false;  // another dataset was loaded meanwhile
        return loadDatasetBytes(datasetName(url), bytes, url, { fullEditionOf: datasetName(leanUrl) }).ok;
      } catch (err) {
        if (datasetUrlAsLoaded !== leanUrl) return false;  // about a dataset no longer shown
        if (fullEditionLoad === load) fullEditionLoad = null;  // closing and reopening a record tries again
        showError(`The notes and source details could not be loaded (${err.message}). The map and its sources are still shown.`);
        return false;
      } finally {
        wasm._accord_set_full_edition_loading(0);
      }
    })();
    fullEditionLoad = load;
  }
  return fullEditionLoad;
}
on('needfulledition', () => { loadFullEdition(); });

// Hands world-map bytes to the app and times it; throws a message naming the file if unreadable.
function loadGeometryBytes(bytes, url, detailed, what, timing) {
  const started = performance.now();
  const loaded = withBytes(bytes, (pointer, length) => wasm._accord_load_geometry(pointer, length, detailed ? 1 : 0));
  timings[timing] = performance.now() - started;
  if (!loaded) throw new Error(`The ${what} ${url.pathname} could not be read: ${getState().geometryError}`);
}

// The page starts with overview outlines (geo/world-overview.bin); the wasm side asks for the
// detailed ones once the reader zooms in far enough to see the difference.
let detailGeometryUrl = null;
let detailGeometryLoad = null;
async function loadDetailGeometry() {
  await ready;  // the overview is in place first, so it can never replace the detail
  if (!detailGeometryUrl) return true;
  if (!detailGeometryLoad) {
    const load = (async () => {
      try {
        const what = 'detailed world map';
        loadGeometryBytes(await fetchBytes(detailGeometryUrl, what), detailGeometryUrl, true, what, 'detailGeometryDecodeAndTriangulate');
        return true;
      } catch (err) {
        if (detailGeometryLoad === load) detailGeometryLoad = null;  // the next zoom tries again
        showError(`${err.message} The map keeps its overview outlines.`);
        return false;
      }
    })();
    detailGeometryLoad = load;
  }
  return detailGeometryLoad;
}
on('needdetailgeometry', () => { loadDetailGeometry(); });

// A PNG of the map at `scale` x its CSS size (1, 2 or 4), with the title, the date, the legend and
// the source line drawn in, so that the picture can be cited on its own. Resolves to a Blob.
async function exportPng(scale = 2) {
  await ready;
  if (![1, 2, 4].includes(scale)) throw new Error('scale must be 1, 2 or 4');
  const state = getState();
  const { cssWidth: width, cssHeight: height } = state.viewport;
  const legendEntries = legend();
  const padding = 14, line = 20;
  const headerHeight = 2 * line + padding;
  const legendRows = Math.ceil(legendEntries.length / 2);
  const footerHeight = legendRows * line + line + padding * 2;
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  wasm._accord_set_export_mode(1);
  wasm._accord_set_viewport(width, height, scale, 0);
  wasm._accord_draw_now();
  const picture = document.createElement('canvas');
  picture.width = Math.round(width * scale);
  picture.height = Math.round((height + headerHeight + footerHeight) * scale);
  const ctx = picture.getContext('2d');
  ctx.scale(scale, scale);
  const dark = state.theme === 'dark';
  ctx.fillStyle = dark ? '#121518' : '#f7f7f5';
  ctx.fillRect(0, 0, width, height + headerHeight + footerHeight);
  ctx.drawImage(canvas, 0, headerHeight, width, height);  // same task as the draw: the buffer is still there
  wasm._accord_set_export_mode(0);
  syncCanvasSize();
  wasm._accord_draw_now();
  const ink = dark ? '#e8e8e8' : '#1b1b1b';
  ctx.fillStyle = ink;
  ctx.font = '600 16px system-ui, sans-serif';
  ctx.fillText(state.commitmentTitle ?? state.dataset.title, padding, padding + 12);
  ctx.font = '13px system-ui, sans-serif';
  ctx.fillText(`${state.partyCount ?? ''} parties on ${state.date}${state.mode === 'compare' ? ` (compared with ${state.compare})` : ''}`, padding, padding + 12 + line);
  legendEntries.forEach((entry, i) => {
    const x = padding + (i % 2) * (width / 2), y = height + headerHeight + padding + Math.floor(i / 2) * line;
    ctx.fillStyle = entry.color;
    ctx.fillRect(x, y, 12, 12);
    if (entry.hatched) {
      ctx.save();
      ctx.beginPath();
      ctx.rect(x, y, 12, 12);
      ctx.clip();
      ctx.strokeStyle = entry.hatchColor;
      for (let k = -12; k < 12; k += 4) { ctx.beginPath(); ctx.moveTo(x + k, y + 12); ctx.lineTo(x + k + 12, y); ctx.stroke(); }
      ctx.restore();
    }
    ctx.fillStyle = ink;
    ctx.fillText(`${entry.label}${entry.count !== undefined ? `: ${entry.count}` : ''}`, x + 18, y + 11);
  });
  ctx.fillStyle = dark ? '#aaaaaa' : '#555555';
  ctx.font = '12px system-ui, sans-serif';
  ctx.fillText(`Source: ${state.dataset.title}, edition ${state.dataset.version} · ${link()}`.slice(0, 220), padding, height + headerHeight + footerHeight - padding);
  return new Promise((resolve) => picture.toBlob(resolve, 'image/png'));
}

function saveFile(name, blob) {
  const url = URL.createObjectURL(blob);
  const anchor = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

on('download', async ({ kind }) => {
  const state = getState();
  const base = `accord-atlas-${state.commitment ?? 'all'}-${state.date ?? ''}`;
  if (kind === 'csv') saveFile(`${base}.csv`, new Blob([exportCsv()], { type: 'text/csv' }));
  else if (kind === 'json') saveFile(`accord-atlas-${state.dataset?.version}.json`, new Blob([await exportDataset()], { type: 'application/json' }));
  else if (kind === 'png') saveFile(`${base}.png`, await exportPng(2));
  else if (kind === 'embed-code') showEmbedCode();
  else if (kind === 'offline') {
    // The single-file edition the build writes next to index.html; opened from disk it needs no server.
    const anchor = Object.assign(document.createElement('a'), { href: new URL('accord-atlas.html', document.baseURI).href, download: 'accord-atlas.html' });
    document.body.append(anchor);
    anchor.click();
    anchor.remove();
  }
});

// The iframe snippet for the current view, for a newsroom's CMS.
function embedCode() {
  const site = new URL('.', location.href).href;
  const hash = wasm ? wasm.UTF8ToString(wasm._accord_view_hash()) : '';
  const title = `Accord Atlas: ${getState().commitmentTitle ?? 'AI governance commitments'}`.replaceAll('"', '&quot;');
  return `<iframe data-accord-atlas src="${site}embed.html#${hash}" style="width:100%;border:0" title="${title}" loading="lazy"></iframe>\n` +
    `<script src="${site}web/embed.js"></script>`;
}

function showEmbedCode() {
  let dialog = document.getElementById('atlas-embed-dialog');
  if (!dialog) {
    dialog = document.createElement('dialog');
    dialog.id = 'atlas-embed-dialog';
    dialog.className = 'atlas-dialog';
    const heading = Object.assign(document.createElement('h2'), { textContent: 'Embed this view' });
    const code = Object.assign(document.createElement('textarea'), { readOnly: true, rows: 5, id: 'atlas-embed-code' });
    const copy = Object.assign(document.createElement('button'), { type: 'button', textContent: 'Copy' });
    const close = Object.assign(document.createElement('button'), { type: 'button', textContent: 'Close' });
    copy.addEventListener('click', () => { code.select(); navigator.clipboard?.writeText(code.value).catch(() => {}); });
    close.addEventListener('click', () => dialog.close());
    dialog.append(heading, code, copy, close);
    document.body.append(dialog);
  }
  dialog.querySelector('textarea').value = embedCode();
  dialog.showModal();
}

// [SECTION] the view in the URL: links reproduce the view; back/forward step through it
let applyingLink = false;
// The address bar follows the view only once the link the page was opened with has been applied
// (frames drawn while loading would otherwise overwrite it with the default view).
const initialHash = location.hash;
let followView = false;

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

// [SECTION] embeds: title and source line, auto-height, messages from the article
let allowedOrigins = [];
let allowedDataOrigins = [];

async function loadConfig() {
  if (!root.dataset.config) return;
  try {
    const config = JSON.parse(new TextDecoder().decode(await fetchBytes(new URL(root.dataset.config, document.baseURI), 'configuration')));
    const strings = (list) => (Array.isArray(list) ? list.filter((o) => typeof o === 'string') : []);
    allowedOrigins = strings(config?.embed?.allowedOrigins);
    allowedDataOrigins = strings(config?.data?.allowedOrigins);
  } catch (err) {
    console.warn(`accordAtlas: ${err.message}; only this site's own pages may drive the embed`);
  }
}

const configReady = loadConfig();

const originAllowed = (origin) => origin === location.origin || allowedOrigins.includes('*') || allowedOrigins.includes(origin);

function postToParent(message) {
  // Heights and events carry only public facts, so any embedding page may hear them.
  if (framed) window.parent.postMessage(message, '*');
}

function reportHeight() {
  postToParent({ type: 'accord-atlas:height', height: Math.ceil(root.getBoundingClientRect().height) });
}

function updateEmbedText() {
  if (!embedded || !wasm) return;
  const state = getState();
  if (!state.dataset) return;
  const title = document.getElementById('atlas-title');
  title.textContent = state.commitmentTitle ? `${state.commitmentTitle}: ${state.partyCount} parties on ${state.date}` : state.dataset.title;
  document.getElementById('atlas-source-text').textContent =
    `Source: ${state.dataset.title}, edition ${state.dataset.version} (facts checked to ${state.dataset.asOf})`;
}

window.addEventListener('message', async (event) => {
  const data = event.data;
  if (!data || typeof data !== 'object' || typeof data.type !== 'string' || !data.type.startsWith('accord-atlas:')) return;
  await configReady;
  if (!originAllowed(event.origin)) return;  // not in config.json's embed.allowedOrigins: ignored
  const reply = (message) => event.source?.postMessage({ ...message, id: data.id }, event.origin);
  if (data.type === 'accord-atlas:set') reply({ type: 'accord-atlas:result', result: await set(data.view) });
  else if (data.type === 'accord-atlas:play') { await ready; play(); reply({ type: 'accord-atlas:result', result: { ok: true } }); }
  else if (data.type === 'accord-atlas:pause') { await ready; pause(); reply({ type: 'accord-atlas:result', result: { ok: true } }); }
  else if (data.type === 'accord-atlas:get-state') { await ready; reply({ type: 'accord-atlas:state', state: getState() }); }
});

for (const name of ['select', 'datechange', 'commitmentchange']) {
  on(name, (detail) => {
    postToParent({ type: 'accord-atlas:event', name, detail });
    updateEmbedText();
  });
}
on('activate', () => canvas.classList.add('touch-active'));
// Time to the first frame that draws the map with data, from navigation start (benchmarks).
on('firstmapframe', () => { timings.firstMapFrame = performance.now(); });
on('statechange', ({ hash }) => {
  const full = document.getElementById('atlas-full-view');
  if (full) full.href = `index.html#${hash}`;
});

// `?data=URL` shows another dataset: from this site, or from an origin listed in config.json
// (data.allowedOrigins), so that nobody can show a forged dataset under this site's address.
let refusedDataset = null;  // why a requested dataset was not used, shown once the page has data

function requestedDataset() {
  const value = new URLSearchParams(location.search).get('data');
  if (!value) return null;
  try {
    const url = new URL(value, document.baseURI);
    if (url.protocol !== 'https:' && url.protocol !== 'http:' && url.protocol !== location.protocol) throw new Error('not a web address');
    if (url.origin !== location.origin && !allowedDataOrigins.includes('*') && !allowedDataOrigins.includes(url.origin)) {
      refusedDataset = `The dataset ${url.href} is not from this site and its origin is not allowed in config.json; the bundled dataset is shown instead.`;
      return null;
    }
    return url;
  } catch (err) {
    refusedDataset = `The data parameter "${value}" is not a usable address (${err.message}); the bundled dataset is shown instead.`;
    return null;
  }
}

async function start() {
  const defaultDatasetUrl = new URL(root.dataset.dataset, document.baseURI);
  // Only a data parameter needs the configuration before fetching; otherwise both load together.
  if (new URLSearchParams(location.search).has('data')) await configReady;
  const datasetUrl = requestedDataset() ?? defaultDatasetUrl;
  const fontUrl = new URL(root.dataset.font, document.baseURI);
  const geometryUrl = new URL(root.dataset.geometry, document.baseURI);
  // With data-geometry-detail, data-geometry is the overview: the detail loads on zoom.
  detailGeometryUrl = root.dataset.geometryDetail ? new URL(root.dataset.geometryDetail, document.baseURI) : null;
  const datasetBytes = fetchDatasetBytes(datasetUrl);
  const geometryBytes = fetchBytes(geometryUrl, 'world map');
  geometryBytes.catch(() => {});
  const fontBytes = fetchBytes(fontUrl, 'font').catch((err) => { console.warn(err.message, '(using the built-in font)'); return null; });
  datasetBytes.catch(() => {});  // handled below, after the module is up
  try {
    wasm = await createAccordAtlas({
      canvas,
      locateFile: (path) => new URL(path, import.meta.url ?? document.baseURI).href,
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
  let datasetProblem = null;
  try {
    const bytes = await datasetBytes;
    const started = performance.now();
    const result = loadDatasetBytes(datasetName(datasetUrl), bytes, datasetUrl);
    timings.datasetParseValidateIndex = performance.now() - started;
    if (!result.ok) datasetProblem = pageError;
  } catch (err) {
    if (err instanceof OversizeError) {
      refuseDataset(datasetName(datasetUrl), err.sizeBytes, err.atLeast);
      datasetProblem = pageError;
    } else {
      datasetProblem = { title: err.message, lines: [] };
    }
  }
  if (datasetProblem && datasetUrl.href !== defaultDatasetUrl.href) {
    // The requested dataset failed: show the bundled one, and keep saying why.
    try {
      loadDatasetBytes(datasetName(defaultDatasetUrl), await fetchDatasetBytes(defaultDatasetUrl), defaultDatasetUrl);
    } catch (err) {
      console.warn(err.message);
    }
    showError(`${datasetProblem.title} The bundled dataset is shown instead.`, datasetProblem.lines);
  } else if (datasetProblem) {
    showError(datasetProblem.title, datasetProblem.lines);
  } else if (refusedDataset) {
    showError(refusedDataset);
  }
  try {
    loadGeometryBytes(await geometryBytes, geometryUrl, !detailGeometryUrl, 'world map', 'geometryDecodeAndTriangulate');
  } catch (err) {
    showError(err.message);
  }
  if (embedded) wasm._accord_set_embed(1, coarsePointer.matches ? 1 : 0);
  // Light or dark follows the reader's system unless the link says which (t=…).
  if (!/[#&]t=/.test(location.hash) && window.matchMedia('(prefers-color-scheme: dark)').matches) {
    withString(JSON.stringify({ theme: 'dark' }), (pointer) => wasm._accord_set_view(pointer));
  }
  applyHash(initialHash);
  followView = true;
  wasm._accord_request_frame();  // reports the view's link once it has settled
  statusLine.hidden = true;
  updateEmbedText();
  if (framed) {
    new ResizeObserver(reportHeight).observe(root);
    reportHeight();
  }
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
  exportCsv,
  exportDataset,
  loadFullEdition,
  loadDetailGeometry,
  exportPng,
  embedCode,
  framesDrawn: () => (wasm ? wasm._accord_frames_drawn() : 0),
  frameCosts: () => (wasm ? readJson(wasm._accord_frame_costs_json()) : []),
  requestFrame: () => wasm?._accord_request_frame(),
};
window.accordAtlas = api;
export default api;
