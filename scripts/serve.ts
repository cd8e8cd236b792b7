/**
 * A tiny static server for `dist/`, for tests and local previews. Listens on 127.0.0.1 only.
 *
 *   node scripts/serve.ts [dir=dist] [port=0]     → prints `http://127.0.0.1:<port>/` and serves
 *
 * Port 0 picks a free port. `BASE_PATH` is stripped from request paths, as a host would. Text
 * responses are gzipped when the client accepts it, as static hosts do, so that measurements
 * (Lighthouse, transfer sizes) see what readers get.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import { basePrefix } from './lib/site-paths.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
};

/** Content types worth compressing (Pagefind's own index files are already compressed). */
const COMPRESSIBLE = /^(text\/|application\/(json|xml|wasm|manifest)|image\/svg)/;

/** Start serving `root`; resolves with the server and its base URL. */
export function serve(root: string, port = 0, basePath = '/'): Promise<{ server: http.Server; url: string }> {
  const dir = path.resolve(root);
  const base = basePrefix(basePath);
  const server = http.createServer((req, res) => {
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      res.writeHead(400).end('bad request');
      return;
    }
    if (!pathname.startsWith(base)) return notFound(res);
    let file = path.join(dir, pathname.slice(base.length - 1));
    if (!file.startsWith(dir)) return notFound(res); // no escaping the folder
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) {
      if (!pathname.endsWith('/')) {
        res.writeHead(301, { Location: `${pathname}/` }).end();
        return;
      }
      file = path.join(file, 'index.html');
    }
    if (!fs.existsSync(file)) return notFound(res);
    const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
    const gzip = COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    res.writeHead(200, {
      'Content-Type': type,
      Vary: 'Accept-Encoding',
      ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
    });
    const body = fs.createReadStream(file);
    (gzip ? body.pipe(zlib.createGzip()) : body).pipe(res);
  });
  function notFound(res: http.ServerResponse) {
    const page = path.join(dir, '404.html');
    res.writeHead(404, { 'Content-Type': TYPES['.html']! });
    res.end(fs.existsSync(page) ? fs.readFileSync(page) : 'not found');
  }
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      resolve({ server, url: `http://127.0.0.1:${actual}${base}` });
    });
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [root = 'dist', port = '0'] = process.argv.slice(2);
  const { url } = await serve(root, Number(port), process.env['BASE_PATH'] ?? '/');
  console.log(url);
}
