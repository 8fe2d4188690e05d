/**
 * Serves the files given to `audit` on 127.0.0.1 only, each under its own path prefix so two
 * inputs never share a URL (the report is matched to its page by URL) and a page's relative
 * assets still load from its own folder.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { basename, dirname, extname, join, normalize, sep } from 'node:path';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};

export interface FileServer {
  urlFor(index: number, file: string): string;
  close(): Promise<void>;
}

export async function serveFiles(files: readonly string[]): Promise<FileServer> {
  const roots = files.map((f) => dirname(f));
  const server: Server = createServer((req, res) => {
    const match = /^\/i\/(\d+)\/(.*)$/.exec(
      decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/'),
    );
    const root = match === null ? undefined : roots[Number(match[1])];
    const path =
      root === undefined || match === null ? undefined : normalize(join(root, match[2] ?? ''));
    if (
      path === undefined ||
      root === undefined ||
      !path.startsWith(root + sep) ||
      !existsSync(path) ||
      !statSync(path).isFile()
    ) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, {
      'content-type': types[extname(path).toLowerCase()] ?? 'application/octet-stream',
    });
    createReadStream(path).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    urlFor: (index, file) =>
      `http://127.0.0.1:${port}/i/${index}/${encodeURIComponent(basename(file))}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          resolve();
        });
      }),
  };
}
