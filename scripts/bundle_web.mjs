// Bundles the host-page modules (web/app.js and web/atlas/*.js) into one ES module with esbuild
// (a build-time dev dependency of web/, nothing from it ships), for the site (web/app.js in the
// site folder) and for the single-file edition (scripts/single_file.mjs). The Emscripten factory
// the bridge imports (`../accord_atlas.js`) is bundled in from the build tree, so a first visit
// fetches one script besides the wasm. Minified (measured, gzip: 14.8 KiB against 20.4 KiB for the
// factory and the old app.js, 28.4 KiB for the modules as separate files); the site's bundle has a
// source map beside it (OUT_JS.map), which only a browser's developer tools fetch.
// usage: node scripts/bundle_web.mjs FACTORY_JS OUT_JS
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const esbuild = createRequire(join(repoDir, 'web/package.json'))('esbuild');

// The bundle of web/app.js with `factoryJs` as the module's factory. With `outFile`, writes it and
// its source map; without, resolves to its text.
export async function bundleWeb(factoryJs, outFile = null) {
  const result = await esbuild.build({
    entryPoints: [join(repoDir, 'web/app.js')],
    bundle: true,
    format: 'esm',
    target: 'es2020',
    minify: true,
    legalComments: 'none',
    ...(outFile ? { outfile: outFile, sourcemap: 'linked', write: true } : { write: false }),
    logLevel: 'warning',
    plugins: [{
      name: 'accord-atlas-factory',
      setup(build) {
        build.onResolve({ filter: /\/accord_atlas\.js$/ }, () => ({ path: resolve(factoryJs) }));
      },
    }],
  });
  if (!outFile) return result.outputFiles[0].text;
  // The map names its sources by their path in the repository, not on the machine that built it.
  const map = JSON.parse(readFileSync(`${outFile}.map`, 'utf8'));
  map.sources = map.sources.map((source) => relative(repoDir, resolve(dirname(outFile), source)));
  writeFileSync(`${outFile}.map`, JSON.stringify(map));
  return null;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [factoryJs, out] = process.argv.slice(2);
  if (!factoryJs || !out) {
    console.error('usage: node scripts/bundle_web.mjs FACTORY_JS OUT_JS');
    process.exit(2);
  }
  await bundleWeb(factoryJs, out);
}
