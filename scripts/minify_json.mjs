// Writes a JSON file without whitespace (the site ships data/ minified; the repository keeps it
// readable for review). usage: node scripts/minify_json.mjs IN OUT
import { readFileSync, writeFileSync } from 'node:fs';

const [input, output] = process.argv.slice(2);
if (!input || !output) {
  console.error('usage: node scripts/minify_json.mjs IN OUT');
  process.exit(2);
}
writeFileSync(output, JSON.stringify(JSON.parse(readFileSync(input, 'utf8'))));
