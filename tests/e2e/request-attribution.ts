/**
 * Who made each request: Chromium's own network log (`--log-net-log`), read after the browser has
 * closed. Every URL request the network service starts is there with its initiator (the origin of
 * the document or worker that asked for it) and its traffic annotation (the id of the Chromium code
 * that made it). That tells the extension's requests from Chromium's own background traffic by
 * their source, never by the host they go to: a request from the extension's worker, popup, options
 * page or any other page of it carries `chrome-extension://<id>` whatever its destination (a
 * google.com address included), and one from the scanner running in a page carries the page's
 * origin.
 */
import { readFileSync } from 'node:fs';

export interface LoggedRequest {
  url: string;
  method: string;
  /** The requesting origin; null for requests the browser itself starts (navigations, services). */
  initiator: string | null;
  /** Chromium's network traffic annotation id (a hash of the annotation's name). */
  annotation: number;
}

/** Chromium's annotation hashes for web content: a page, a worker or an extension page loading. */
const RENDERER_LOADS = new Set([
  101845102, // blink_resource_loader: fetch, XHR, images, scripts of any document or worker
  63171670, // navigation_url_loader: a frame navigating
]);

/** Only these leave the machine: chrome-extension:, data:, blob: never touch the network. */
const NETWORK_SCHEME = /^(https?|wss?):/;

interface NetLog {
  constants: { logEventTypes: Record<string, number> };
  events: { type: number; source: { id: number }; params?: Record<string, unknown> }[];
}

function parseNetLog(text: string): NetLog {
  try {
    return JSON.parse(text) as NetLog;
  } catch {
    // A log cut short (the browser killed): the events array closes at the last complete event.
    const cut = text.lastIndexOf('},');
    return JSON.parse(`${text.slice(0, cut + 1)}]}`) as NetLog;
  }
}

export function readNetLog(path: string): LoggedRequest[] {
  const log = parseNetLog(readFileSync(path, 'utf8'));
  const startJob = log.constants.logEventTypes.URL_REQUEST_START_JOB;
  const alive = log.constants.logEventTypes.REQUEST_ALIVE;
  const annotations = new Map<number, number>();
  const requests: LoggedRequest[] = [];
  for (const e of log.events) {
    const p = e.params;
    if (p === undefined) continue;
    if (e.type === alive && typeof p.traffic_annotation === 'number')
      annotations.set(e.source.id, p.traffic_annotation);
    if (e.type !== startJob || typeof p.url !== 'string' || !NETWORK_SCHEME.test(p.url)) continue;
    const initiator =
      typeof p.initiator === 'string' && p.initiator !== 'not an origin' ? p.initiator : null;
    requests.push({
      url: p.url,
      method: typeof p.method === 'string' ? p.method : '?',
      initiator,
      annotation: annotations.get(e.source.id) ?? -1,
    });
  }
  return requests;
}

export type RequestSource = 'extension' | 'page' | 'navigation' | 'browser';

export function sourceOf(r: LoggedRequest): RequestSource {
  if (r.initiator?.startsWith('chrome-extension://') === true) return 'extension';
  if (r.initiator !== null) return 'page';
  // No initiator: the browser started it. A frame navigation or a document load is what the test
  // itself starts (page.goto) or what an extension could start through the tabs API; anything
  // else with no initiator is Chromium's own service traffic (updates, accounts, safe browsing).
  return RENDERER_LOADS.has(r.annotation) ? 'navigation' : 'browser';
}

/**
 * The requests that break "nothing leaves the browser": every request of an extension context,
 * whatever its host; anything a page or a navigation asked for other than the pages under test
 * and their favicons (the scanner runs in the page, so a request of its own shows up here).
 */
export function forbiddenRequests(
  requests: readonly LoggedRequest[],
  pageUrls: readonly string[],
): (LoggedRequest & { source: RequestSource })[] {
  const pages = new Set(pageUrls);
  const origins = new Set(pageUrls.map((u) => new URL(u).origin));
  return requests
    .map((r) => ({ ...r, source: sourceOf(r) }))
    .filter((r) => {
      if (r.source === 'extension') return true;
      if (r.source === 'browser') return false;
      const url = new URL(r.url);
      const isPage = r.method === 'GET' && pages.has(r.url);
      const isFavicon =
        r.method === 'GET' && url.pathname === '/favicon.ico' && origins.has(url.origin);
      return !(isPage || isFavicon);
    });
}

/**
 * Requests the proxy saw that the log does not account for: a CONNECT is matched to a logged
 * request to the same host and port, a plain HTTP request to the same URL. An unmatched one would
 * be traffic the attribution cannot see, so it fails the test too.
 */
export function unaccounted(
  proxied: readonly { method: string; url: string }[],
  logged: readonly LoggedRequest[],
): { method: string; url: string }[] {
  const hostPort = (u: URL) =>
    `${u.hostname}:${u.port || (u.protocol === 'https:' ? '443' : '80')}`;
  const loggedUrls = new Set(logged.map((r) => r.url));
  const loggedTunnels = new Set(
    logged
      .filter((r) => r.url.startsWith('https:') || r.url.startsWith('wss:'))
      .map((r) => hostPort(new URL(r.url))),
  );
  return proxied.filter((p) =>
    p.method === 'CONNECT' ? !loggedTunnels.has(hostPort(new URL(p.url))) : !loggedUrls.has(p.url),
  );
}

/** Chromium flags that write the network log to `path` (URLs and initiators, no cookies or bodies). */
export const netLogArgs = (path: string): string[] => [
  `--log-net-log=${path}`,
  '--net-log-capture-mode=Default',
];

/**
 * Everything wrong with a recorded run, one line each: requests of an extension context, requests
 * other than the pages under test, and proxy traffic the log does not account for. Empty is a pass.
 */
export function networkProblems(
  proxied: readonly { method: string; url: string }[],
  logPath: string,
  pageUrls: readonly string[],
): string[] {
  const logged = readNetLog(logPath);
  return [
    ...forbiddenRequests(logged, pageUrls).map(
      (r) => `${r.source} request: ${r.method} ${r.url} (initiator ${r.initiator ?? 'none'})`,
    ),
    ...unaccounted(proxied, logged).map((p) => `not in the network log: ${p.method} ${p.url}`),
  ];
}
