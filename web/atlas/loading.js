// Loading what the app shows: datasets (from an address, an object or bytes, with the page's
// messages when one is refused and the previous data kept), the full edition behind a lean one,
// the world outlines (overview first, the detail when the app asks for it). The
// app asks for the full edition and the detail on the private event channel (events.js); the
// start-up (app.js) calls loadStartData once the module runs.
import * as bridge from './bridge.js';
import { emit, onInternal } from './events.js';
import { OversizeError, datasetName, fetchBytes, fetchDatasetBytes } from './fetch_bytes.js';
import { clearError, shownError, showError } from './page.js';
import { getState, timings } from './state.js';

let datasetBytesAsLoaded = null;  // the dataset's bytes as accepted, for "download the data"
let datasetUrlAsLoaded = null;    // its address (null when handed over as an object or bytes)
let fullEditionLoad = null;       // the pending or finished load of the full edition, if any
let detailGeometryUrl = null;     // the detailed outlines, when the page started with the overview
let detailGeometryLoad = null;    // their pending or finished load, if any

// [SECTION] datasets
// Loads dataset bytes; on rejection the previous dataset stays and the page lists the problems.
// A dataset over the core's size limit is refused before its bytes are copied into the heap.
// `fullEditionOf`: these are the full texts of the lean edition already shown, so the page's
// messages stay (they are about something else) and listeners hear it as such.
function loadDatasetBytes(name, bytes, url = null, { fullEditionOf = null } = {}) {
  if (bytes.length > bridge.datasetLimitBytes()) return refuseDataset(name, bytes.length, false);
  if (!bridge.loadDataset(name, bytes)) return reportRejection(name);
  datasetBytesAsLoaded = bytes.slice();
  datasetUrlAsLoaded = url;
  fullEditionLoad = null;
  if (!fullEditionOf) clearError();
  emit('datasetload', fullEditionOf ? { name, fullEditionOf } : { name });
  return { ok: true, problems: [] };
}

// A dataset refused by size (`atLeast`: the download stopped at the limit).
function refuseDataset(name, sizeBytes, atLeast) {
  bridge.refuseDataset(name, sizeBytes, atLeast);
  return reportRejection(name);
}

function reportRejection(name) {
  const problems = bridge.problems();
  const lines = problems.map((p) => `${name}${p.line ? `:${p.line}:${p.column}` : ''}: ${p.path || '(document)'}: ${p.message}`);
  showError(`The dataset ${name} could not be used${getState().dataset ? '; the previous data is still shown' : ''}.`, lines);
  emit('error', { name, problems });
  return { ok: false, problems };
}

// Fetches and loads a dataset from an address, refusing one over the size limit.
async function loadDatasetUrl(url, options) {
  try {
    return loadDatasetBytes(datasetName(url), await fetchDatasetBytes(url), url, options);
  } catch (err) {
    if (err instanceof OversizeError) return refuseDataset(datasetName(url), err.sizeBytes, err.atLeast);
    throw err;
  }
}

// The API's loadDataset: an address, an object, or bytes; resolves to {ok, problems}.
export async function loadDataset(source) {
  try {
    if (source instanceof Uint8Array || source instanceof ArrayBuffer) return loadDatasetBytes('dataset', new Uint8Array(source));
    if (typeof source === 'object' && source !== null) return loadDatasetBytes('dataset', new TextEncoder().encode(JSON.stringify(source)));
    return await loadDatasetUrl(new URL(String(source), document.baseURI));
  } catch (err) {
    showError(err.message + (getState().dataset ? ' The previous data is still shown.' : ''));
    const problems = [{ path: '', line: 0, column: 0, message: err.message }];
    emit('error', { name: String(source), problems });
    return { ok: false, problems };
  }
}

// The dataset as loaded, as text (null before any).
export const datasetTextAsLoaded = () => (datasetBytesAsLoaded ? new TextDecoder().decode(datasetBytesAsLoaded) : null);

// [SECTION] the full edition
// A lean edition (dataset.fullEdition set) leaves out notes and source texts. The full edition
// beside it is loaded when a record panel first opens (the app asks: "needfulledition") or when
// the data is exported; the view stays. Resolves to true once the full texts are shown.
export async function loadFullEdition() {
  const fullEdition = getState().dataset?.fullEdition;
  if (!fullEdition || !datasetUrlAsLoaded) return !fullEdition;
  const leanUrl = datasetUrlAsLoaded;
  const url = new URL(fullEdition, leanUrl);
  if (url.href === leanUrl.href) return false;  // a lean file naming itself: nothing fuller to load
  if (!fullEditionLoad) {
    bridge.setFullEditionLoading(true);
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
        bridge.setFullEditionLoading(false);
      }
    })();
    fullEditionLoad = load;
  }
  return fullEditionLoad;
}
onInternal('needfulledition', () => { loadFullEdition(); });

// [SECTION] world outlines
// Hands world-map bytes to the app and times it; throws a message naming the file if unreadable.
function loadGeometryBytes(bytes, url, detailed, what, timing) {
  const started = performance.now();
  const loaded = bridge.loadGeometry(bytes, detailed);
  timings[timing] = performance.now() - started;
  if (!loaded) throw new Error(`The ${what} ${url.pathname} could not be read: ${getState().geometryError}`);
}

// The page starts with overview outlines (geo/world-overview.bin); the app asks for the
// detailed ones once the reader zooms in far enough to see the difference. Call it only once the
// overview is in place, so that the overview can never replace the detail.
export async function loadDetailGeometry() {
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
onInternal('needdetailgeometry', () => { loadDetailGeometry(); });

// [SECTION] start-up
// Starts the downloads of what the first view needs, before the module runs; loadStartData then
// hands them over. `datasetUrl`: the dataset asked for (?data=), `defaultDatasetUrl`: the one the
// page ships, shown instead when the other fails. With a detail address, `geometryUrl` is the
// overview and the detail loads on zoom.
export function fetchStartData({ datasetUrl, defaultDatasetUrl, geometryUrl, geometryDetailUrl }) {
  detailGeometryUrl = geometryDetailUrl;
  const downloads = {
    datasetUrl, defaultDatasetUrl, geometryUrl,
    dataset: fetchDatasetBytes(datasetUrl),
    geometry: fetchBytes(geometryUrl, 'world map'),
  };
  downloads.dataset.catch(() => {});  // handled in loadStartData, once the module runs
  downloads.geometry.catch(() => {});
  return downloads;
}

// Hands the start-up downloads to the running app. `refusal`: why a requested dataset was not
// even fetched (shown once the page has data).
export async function loadStartData({ datasetUrl, defaultDatasetUrl, geometryUrl, dataset, geometry }, refusal) {
  let datasetProblem = null;
  try {
    const bytes = await dataset;
    const started = performance.now();
    const result = loadDatasetBytes(datasetName(datasetUrl), bytes, datasetUrl);
    timings.datasetParseValidateIndex = performance.now() - started;
    if (!result.ok) datasetProblem = shownError();
  } catch (err) {
    if (err instanceof OversizeError) {
      refuseDataset(datasetName(datasetUrl), err.sizeBytes, err.atLeast);
      datasetProblem = shownError();
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
  } else if (refusal) {
    showError(refusal);
  }
  try {
    loadGeometryBytes(await geometry, geometryUrl, !detailGeometryUrl, 'world map', 'geometryDecodeAndTriangulate');
  } catch (err) {
    showError(err.message);
  }
}
