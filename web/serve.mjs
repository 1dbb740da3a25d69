// Static file server for the assembled site (development, tests and benchmarks; any static server
// works in production). Serves only files inside the site folder, with correct MIME types
// (application/wasm enables streaming compilation), no caching surprises, and optional extra
// headers (the tests use it to serve a Content-Security-Policy).
// usage: node web/serve.mjs SITE_DIR [--port 8000] [--host 127.0.0.1]
import { createServer } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const mimeTypes = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8', '.wasm': 'application/wasm',
  '.otf': 'font/otf', '.ttf': 'font/ttf', '.woff2': 'font/woff2', '.png': 'image/png', '.svg': 'image/svg+xml',
  '.csv': 'text/csv; charset=utf-8', '.md': 'text/markdown; charset=utf-8', '.bin': 'application/octet-stream',
};

// Starts a server; resolves to { server, url, close() } once it listens.
export function serveSite(siteDir, { port = 8000, host = '127.0.0.1', headers = {} } = {}) {
  const root = resolve(siteDir);
  const server = createServer((request, response) => {
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(request.url, 'http://local').pathname);
    } catch {
      response.writeHead(400).end('bad request');
      return;
    }
    let path = resolve(join(root, pathname));
    if (path !== root && !path.startsWith(root + sep)) {
      response.writeHead(403).end('forbidden');
      return;
    }
    try {
      if (statSync(path).isDirectory()) path = join(path, 'index.html');
      const size = statSync(path).size;
      response.writeHead(200, {
        'Content-Type': mimeTypes[extname(path)] ?? 'application/octet-stream',
        'Content-Length': size,
        'Cache-Control': 'no-cache',
        'X-Content-Type-Options': 'nosniff',
        ...headers,
      });
      if (request.method === 'HEAD') response.end();
      else createReadStream(path).pipe(response);
    } catch {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end(`not found: ${pathname}`);
    }
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      resolvePromise({ server, url: `http://${host}:${address.port}/`, close: () => new Promise((r) => server.close(r)) });
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const siteDir = args.find((a, i) => !a.startsWith('--') && !['--port', '--host'].includes(args[i - 1]));
  const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
  const port = Number(option('--port', 8000));
  if (!siteDir || !Number.isInteger(port) || port < 0 || port > 65535) {
    console.error('usage: node web/serve.mjs SITE_DIR [--port 8000] [--host 127.0.0.1]');
    process.exit(2);
  }
  const { url } = await serveSite(siteDir, { port, host: option('--host', '127.0.0.1') }).catch((err) => {
    console.error(`serve: cannot listen on port ${port}: ${err.message}`);
    process.exit(1);
  });
  console.log(`Accord Atlas is served at ${url} (Ctrl+C stops it)`);
}
