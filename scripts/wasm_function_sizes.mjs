// Where the wasm's bytes go, per function: reads a module linked with --profiling-funcs (so that
// its name section survives) and prints "bytes name" for every function of its code section,
// largest first. Two runs, before and after a change, diffed by name, show what a change costs.
//   em++ ... --profiling-funcs -o /tmp/atlas.js   (the link command of build/wasm-release, plus the flag)
//   node scripts/wasm_function_sizes.mjs /tmp/atlas.wasm | head -40
import { readFileSync } from 'node:fs';

const bytes = readFileSync(process.argv[2]);
let pos = 8;  // after the magic number and the version
const leb = () => {
  let result = 0, shift = 0, byte;
  do { byte = bytes[pos++]; result |= (byte & 0x7f) << shift; shift += 7; } while (byte & 0x80);
  return result >>> 0;
};
const skipName = () => { const length = leb(); pos += length; };
let importedFunctions = 0;
const sizes = [];
const names = new Map();
while (pos < bytes.length) {
  const id = bytes[pos++];
  const end = leb() + pos;
  if (id === 2) {  // imports: functions among them shift the code section's indices
    for (let n = leb(); n > 0; n--) {
      skipName(); skipName();
      const kind = bytes[pos++];
      if (kind === 0) { leb(); importedFunctions++; }
      else if (kind === 1) { pos++; if (leb() & 1) leb(); leb(); }
      else if (kind === 2) { if (leb() & 1) leb(); leb(); }
      else if (kind === 3) pos += 2;
    }
  } else if (id === 10) {  // code: one body per defined function
    for (let n = leb(); n > 0; n--) { const size = leb(); sizes.push(size); pos += size; }
  } else if (id === 0) {  // custom: the "name" section's function names
    const nameLength = leb();
    const section = bytes.subarray(pos, pos + nameLength).toString();
    pos += nameLength;
    while (section === 'name' && pos < end) {
      const sub = bytes[pos++];
      const subEnd = leb() + pos;
      if (sub === 1) {
        for (let n = leb(); n > 0; n--) { const index = leb(); const length = leb(); names.set(index, bytes.subarray(pos, pos + length).toString()); pos += length; }
      }
      pos = subEnd;
    }
  }
  pos = end;
}
const rows = sizes.map((size, i) => [size, names.get(i + importedFunctions) ?? `function ${i + importedFunctions}`]);
rows.sort((a, b) => b[0] - a[0]);
for (const [size, name] of rows) console.log(size, name);
