// The UI in other languages, fetched only when the app asks, so an English reader's first visit
// carries none of it:
// - "needuistrings" {language}: the UI's language has no table yet: data/ui-<language>.json (made
//   at build time by atlas-data from the compiled tables); the UI stays in English until it comes.
// - "needpartynames": the UI is not in English, or the reader began a search (which matches the
//   names in every language): data/party-names.json (built from CLDR and i18n-iso-countries).
// A failed fetch or a refused file is said in the console; English stays.
import * as bridge from './bridge.js';
import { onInternal } from './events.js';
import { fetchBytes } from './fetch_bytes.js';
import { refreshTwin } from './twin.js';

const siteFile = (path) => new URL(path, document.baseURI);
const text = async (path, what) => new TextDecoder().decode(await fetchBytes(siteFile(path), what, 8 * 1024 * 1024));

onInternal('needuistrings', async ({ language }) => {
  const path = `data/ui-${language}.json`;
  try {
    const problems = bridge.loadUiStrings(await text(path, 'translation'));
    for (const problem of problems) console.warn(`accordAtlas: ${path}: ${problem}`);
    if (!problems.length) refreshTwin();  // the text version speaks the language too
  } catch (err) {
    console.warn(`accordAtlas: the ${language} texts of the UI could not be loaded (${err.message || err}); English is shown`);
  }
});

onInternal('needpartynames', async () => {
  const path = 'data/party-names.json';
  try {
    const problems = bridge.loadPartyNames(await text(path, 'party names'));
    for (const p of problems) console.warn(`accordAtlas: ${path}:${p.line}:${p.column}: ${p.path}: ${p.message}`);
    if (!problems.length) refreshTwin();  // its table names the parties in the language
  } catch (err) {
    console.warn(`accordAtlas: the names of parties in other languages could not be loaded (${err.message || err}); English names are shown`);
  }
});
