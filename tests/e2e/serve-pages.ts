import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

export interface PageServer {
  origin: string;
  /** Address of a fixture page: tests/fixtures/pages/<name>/page.html. */
  pageUrl(name: string): string;
  /** Serve extra content at a path (for pages made by the test itself). */
  route(path: string, body: string | Buffer, type?: string): void;
  close(): Promise<void>;
}

/** A static server on 127.0.0.1 over a folder, with routes a test can add. */
export async function servePages(root: string): Promise<PageServer> {
  const base = resolve(root);
  const routes = new Map<string, { body: string | Buffer; type: string }>();
  const server: Server = createServer((req, res) => {
    void (async () => {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      const routed = routes.get(path);
      if (routed) {
        res.writeHead(200, { 'content-type': routed.type });
        res.end(routed.body);
        return;
      }
      const file = normalize(join(base, path));
      if (!file.startsWith(base + sep)) {
        res.writeHead(403).end();
        return;
      }
      try {
        const body = await readFile(file);
        res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
        res.end(body);
      } catch {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      }
    })();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    pageUrl: (name) => `${origin}/${name}/page.html`,
    route: (path, body, type = 'text/html; charset=utf-8') => routes.set(path, { body, type }),
    close: () =>
      new Promise<void>((done) => {
        // Chromium keeps sockets alive; without this, close() waits 30 s for them.
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

/** A page with nothing to read (issue 12: the one kind of page still refused as no article). */
export const NOTHING_TO_READ =
  '<!doctype html><html lang="en"><head><title>Nothing here</title></head><body><div></div></body></html>';
