// Writes a JSON file without whitespace: the site ships data/ minified, while the repository keeps
// it readable for review. With --lean (for embed.html, which has no record panels) the dataset
// also leaves out the long explanatory texts: what each source was read for, source titles,
// notes and open doubts. Every action keeps its sources (URL and publisher); the texts stay in
// the full data/atlas.json, which the embed's "Open full view" uses.
// usage: node scripts/minify_json.mjs IN OUT [--lean]
import { readFileSync, writeFileSync } from 'node:fs';

const [input, output, flag] = process.argv.slice(2);
if (!input || !output || (flag && flag !== '--lean')) {
  console.error('usage: node scripts/minify_json.mjs IN OUT [--lean]');
  process.exit(2);
}
const data = JSON.parse(readFileSync(input, 'utf8'));
if (flag === '--lean') {
  data.dataset.description = `${data.dataset.description ?? ''} Lean edition for embeds: the notes and what each source supports are in the full dataset (data/atlas.json).`.trim();
  for (const source of data.sources) {
    source.supports = 'See the full dataset (data/atlas.json) for what was read in this source.';
    delete source.title;
  }
  for (const commitment of data.commitments) {
    delete commitment.open_doubts;
    for (const action of commitment.actions) {
      delete action.note;
      delete action.date.note;
    }
  }
}
writeFileSync(output, JSON.stringify(data));
