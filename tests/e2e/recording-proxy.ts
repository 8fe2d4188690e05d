/**
 * An HTTP proxy on 127.0.0.1 that Chromium sends every request through (loopback included),
 * recording each one. It forwards requests for the pages under test and refuses the rest, so no
 * request can leave the machine; request-attribution.ts says who made each one.
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
