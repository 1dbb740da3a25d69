// Writes a JSON file without whitespace: the site ships data/ minified, while the repository keeps
// it readable for review. With --lean it writes the lean edition (data/SCHEMA.md, "Editions"):
// the long texts only the record panels show are left out (what each source was read for,
// source titles, notes, summaries, confidence and completeness notes, stated-count wording, open
// doubts, event themes and outputs) and `dataset.full_edition` names the full file, which the page
// loads when a record panel opens. Every action keeps its sources (URL and publisher).
// usage: node scripts/minify_json.mjs IN OUT [--lean]
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';

const [input, output, flag] = process.argv.slice(2);
if (!input || !output || (flag && flag !== '--lean')) {
  console.error('usage: node scripts/minify_json.mjs IN OUT [--lean]');
  process.exit(2);
}
const data = JSON.parse(readFileSync(input, 'utf8'));
if (flag === '--lean') {
  const full = basename(input);
  data.dataset.full_edition = full;
  data.dataset.description = `${data.dataset.description ?? ''} Lean edition: the notes, the source titles and what each source supports are in the full edition (${full}).`.trim();
  for (const source of data.sources) {
    delete source.supports;
    delete source.title;
  }
  for (const event of data.events) {
    delete event.note;
    delete event.themes;
    delete event.outputs;
  }
  for (const commitment of data.commitments) {
    delete commitment.open_doubts;
    delete commitment.completeness.note;
    delete commitment.summary;
    delete commitment.confidence_note;
    for (const count of commitment.completeness.stated_counts) delete count.text;
    for (const action of commitment.actions) {
      delete action.note;
      delete action.date.note;
    }
  }
}
writeFileSync(output, JSON.stringify(data));
