/**
 * An HTTP proxy on 127.0.0.1 that Chromium sends every request through (loopback included),
 * recording each one. It forwards requests for the pages under test and refuses the rest, so no
 * request can leave the machine, and the test can say who made each one.
 */
import {
  createServer,
  request as httpRequest,
  type IncomingHttpHeaders,
  type Server,
} from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
}

export interface RecordingProxy {
  port: number;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

export async function startRecordingProxy(allowed: (url: URL) => boolean): Promise<RecordingProxy> {
  const requests: RecordedRequest[] = [];
  const server: Server = createServer((req, res) => {
    const target = new URL(req.url ?? '/', 'http://invalid');
    requests.push({ method: req.method ?? '?', url: target.href, headers: req.headers });
    if (!allowed(target)) {
      res.writeHead(502).end();
      return;
    }
    const upstream = httpRequest(
      target,
      { method: req.method ?? 'GET', headers: req.headers },
      (reply) => {
        res.writeHead(reply.statusCode ?? 502, reply.headers);
        reply.pipe(res);
      },
    );
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  server.on('connect', (req, socket) => {
    requests.push({ method: 'CONNECT', url: `https://${req.url ?? '?'}/`, headers: req.headers });
    socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          resolve();
        });
      }),
  };
}

/** Chromium flags: everything through the proxy, loopback too (it is bypassed by default). */
export const proxyArgs = (port: number): string[] => [
  `--proxy-server=http://127.0.0.1:${port}`,
  '--proxy-bypass-list=<-loopback>',
];

// Chromium itself calls Google's account and update services even with background networking
// off; those requests carry no fetch metadata (they come from the browser process, not from a
// page, a popup or a service worker) or are HTTPS tunnels to these hosts.
const browserServiceHost = /(^|\.)(google\.com|googleapis\.com|gstatic\.com)$/;

/**
 * Requests that did not come from the pages under test or from the browser's own services: any
 * request an extension context made lands here. Every request a page or an extension page makes
 * over HTTP carries Sec-Fetch-* headers; the only ones allowed are the pages and their favicon.
 */
export function unexpectedRequests(
  requests: readonly RecordedRequest[],
  pageUrls: readonly string[],
): RecordedRequest[] {
  const pages = new Set(pageUrls);
  const origins = new Set(pageUrls.map((u) => new URL(u).origin));
  return requests.filter((r) => {
    const url = new URL(r.url);
    if (r.method === 'CONNECT') return !browserServiceHost.test(url.hostname);
    const fromAContext =
      r.headers['sec-fetch-site'] !== undefined || r.headers['sec-fetch-dest'] !== undefined;
    if (!fromAContext) return !browserServiceHost.test(url.hostname);
    const isPage = r.method === 'GET' && pages.has(r.url);
    const isFavicon =
      r.method === 'GET' &&
      url.pathname === '/favicon.ico' &&
      origins.has(url.origin) &&
      pages.has(String(r.headers.referer));
    return !(isPage || isFavicon);
  });
}
