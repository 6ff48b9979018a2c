import { createReadStream, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.zip': 'application/zip',
};

/** A static file server on loopback, as a plain static host would serve dist/. */
export interface StaticServer {
  /** Base URL of the site, ending in the mount path, e.g. `http://127.0.0.1:40123/backlash/`. */
  readonly url: string;
  readonly close: () => Promise<void>;
}

/** Serves `root` at `mountPath` (e.g. `/backlash/`) on 127.0.0.1 and a free port; anything else is a 404. */
export async function serveDirectory(root: string, mountPath = '/'): Promise<StaticServer> {
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    if (!path.startsWith(mountPath)) return notFound(response);
    const relative = path.slice(mountPath.length) || 'index.html';
    const file = normalize(join(root, relative));
    if (!file.startsWith(normalize(root) + sep)) return notFound(response);
    try {
      if (!statSync(file).isFile()) return notFound(response);
    } catch {
      return notFound(response);
    }
    response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('server has no port');
  return {
    url: `http://127.0.0.1:${address.port}${mountPath}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function notFound(response: import('node:http').ServerResponse) {
  response.writeHead(404, { 'Content-Type': 'text/plain' });
  response.end('not found');
}
