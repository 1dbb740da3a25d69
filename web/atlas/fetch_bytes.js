// Getting a file's bytes: from the single-file edition's inline copies when the page carries them
// (accord-atlas.html, keyed by site path), otherwise with fetch(). A download that may be large
// (a dataset) stops at a size limit, declared or counted while streaming, so a huge file never
// fills the tab's memory; a failure becomes an Error that names the file and what it was for.

// The single-file build (scripts/single_file.mjs) carries its files inline, base64, by site path.
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
// browser test). A dataset download stops here.
export const datasetDownloadLimitBytes = 64 * 1024 * 1024;

export class OversizeError extends Error {
  constructor(url, sizeBytes, atLeast) {
    super(`${url} is over the size limit`);
    this.sizeBytes = sizeBytes;
    this.atLeast = atLeast;  // the download stopped at the limit: the file is at least this big
  }
}

export async function fetchBytes(url, what, maxBytes = Infinity) {
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

export const fetchDatasetBytes = (url) => fetchBytes(url, 'dataset', datasetDownloadLimitBytes);

export const datasetName = (url) => url.pathname.split('/').pop() || url.href;
