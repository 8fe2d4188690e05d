/**
 * The one typed client of the background, for the extension's own pages: one function per
 * request, its argument built here and its answer checked against the same schema the background
 * is typed from (protocol.ts), so neither side needs a cast. `null` when the background did not
 * answer (it was restarting, or the page closed): a click can never break the popup.
 *
 * A scan's result comes back one way only: through storage (the report and the scan state), which
 * the popup watches; the reply to `scanTab` only acknowledges it.
 */
import type { EvidenceRequest, PageTextRequest } from './evidence';
import type { HighlightRequest } from './highlight';
import {
  evidenceResponseSchema,
  type EvidenceResponse,
  pageTextResponseSchema,
  type PageTextResponse,
  highlightResponseSchema,
  type HighlightResponse,
  type Request,
  scanResponseSchema,
  type ScanResponse,
} from './protocol';

export type Send = (request: Request) => Promise<unknown>;

async function reply(send: Send, request: Request): Promise<unknown> {
  try {
    return await send(request);
  } catch {
    return undefined;
  }
}

export async function askScan(send: Send, tabId: number): Promise<ScanResponse | null> {
  const parsed = scanResponseSchema.safeParse(await reply(send, { type: 'scanTab', tabId }));
  return parsed.success ? parsed.data : null;
}

export async function askHighlight(
  send: Send,
  tabId: number,
  locator: string,
): Promise<HighlightResponse | null> {
  const request: HighlightRequest = { type: 'highlight', tabId, locator };
  const parsed = highlightResponseSchema.safeParse(await reply(send, request));
  return parsed.success ? parsed.data : null;
}

/** The evidence pack of the audited tab, as a zip in base64 (the page saves it), or a problem code. */
export async function askEvidencePack(send: Send, tabId: number): Promise<EvidenceResponse | null> {
  const request: EvidenceRequest = { type: 'evidencePack', tabId };
  const parsed = evidenceResponseSchema.safeParse(await reply(send, request));
  return parsed.success ? parsed.data : null;
}

/** The tab's visible text and address (the assistant reads an overdue notice's figures from it). */
export async function askPageText(send: Send, tabId: number): Promise<PageTextResponse | null> {
  const request: PageTextRequest = { type: 'pageText', tabId };
  const parsed = pageTextResponseSchema.safeParse(await reply(send, request));
  return parsed.success ? parsed.data : null;
}
