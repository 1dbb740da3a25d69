// The site's config.json (named by the page's data-config): the origins allowed to drive an embed
// with messages (embed.allowedOrigins) and to supply a dataset through `?data=URL`
// (data.allowedOrigins), so that nobody can show a forged dataset under this site's address.
// Without the file only this site's own origin is allowed.
import { fetchBytes } from './fetch_bytes.js';
import { root } from './page.js';

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

export const configReady = loadConfig();

const allowed = (list, origin) => origin === location.origin || list.includes('*') || list.includes(origin);
export const embedOriginAllowed = (origin) => allowed(allowedOrigins, origin);

export const datasetParameterGiven = () => new URLSearchParams(location.search).has('data');

// The dataset `?data=` asks for, once the configuration is read: {url} (null without the
// parameter), or {url: null, refusal} saying why it is not used.
export function requestedDataset() {
  const value = new URLSearchParams(location.search).get('data');
  if (!value) return { url: null };
  try {
    const url = new URL(value, document.baseURI);
    if (url.protocol !== 'https:' && url.protocol !== 'http:' && url.protocol !== location.protocol) throw new Error('not a web address');
    if (!allowed(allowedDataOrigins, url.origin)) {
      return { url: null, refusal: `The dataset ${url.href} is not from this site and its origin is not allowed in config.json; the bundled dataset is shown instead.` };
    }
    return { url };
  } catch (err) {
    return { url: null, refusal: `The data parameter "${value}" is not a usable address (${err.message}); the bundled dataset is shown instead.` };
  }
}
