// A plain static host for the built site (dist/) under a sub-path, as a
// project page on GitHub Pages or any web server would serve it: files
// only, no rewrites, no knowledge of the app. Used to prove the build
// works away from `/` and, once loaded, with the network gone.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.webmanifest': 'application/manifest+json',
  '.json': 'application/json',
  '.map': 'application/json',
  '.wasm': 'application/wasm',
};

export interface StaticHost {
  /** The site's address, ending in the sub-path and a slash. */
  url: string;
  /** Requests answered with an error status (path and status). */
  failures: string[];
  close(): Promise<void>;
}

export async function serveStatic(root: string, subPath: string): Promise<StaticHost> {
  const dir = resolve(root);
  const prefix = `/${subPath.replace(/^\/+|\/+$/g, '')}/`;
  const failures: string[] = [];
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://host').pathname);
    const fail = (status: number) => {
      failures.push(`${status} ${path}`);
      res.writeHead(status).end();
    };
    if (!path.startsWith(prefix)) return fail(404);
    const rel = path.slice(prefix.length) || 'index.html';
    const file = normalize(join(dir, rel));
    if (!file.startsWith(dir)) return fail(403);
    if (!existsSync(file) || !statSync(file).isFile()) return fail(404);
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const addr = server.address();
  if (!addr || typeof addr === 'string') throw new Error('static host: no port');
  return {
    url: `http://127.0.0.1:${addr.port}${prefix}`,
    failures,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
