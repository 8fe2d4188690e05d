/**
 * The one message protocol with the background. Every message is parsed with zod on receipt and
 * the sender is checked (lib/background/on-message.ts): only this extension's own pages may ask
 * for a scan or a highlight; the on-demand scanner sends nothing (it returns its reading through
 * `scripting.executeScript`), and the opt-in auto-scanner's reading is accepted only from our
 * content script in the top frame of a site the borrower allowed. A page has no channel to forge.
 */
import { z } from 'zod';

import {
  evidenceRequestSchema,
  evidenceResponseSchema,
  pageTextRequestSchema,
  pageTextResponseSchema,
  type EvidenceResponse,
  type PageTextResponse,
} from './evidence';
import {
  highlightRequestSchema,
  highlightResponseSchema,
  type HighlightResponse,
} from './highlight';

const tabId = z.number().int().nonnegative();

export const requestSchema = z.discriminatedUnion('type', [
  /** popup → background: read the page in this tab (needs the activeTab grant of a toolbar click). */
  z.object({ type: z.literal('scanTab'), tabId }),
  /** popup → background: outline where a quoted figure came from ("show on page"). */
  highlightRequestSchema,
  /** popup → background: save the tab's evidence pack (screenshot, text, report, hashes). */
  evidenceRequestSchema,
  /** negotiation page → background: the tab's visible text, to pre-fill an overdue notice. */
  pageTextRequestSchema,
]);

export type Request = z.infer<typeof requestSchema>;

/**
 * auto-scan content script → background: its reading of a page the borrower allowed. Only the
 * envelope is checked here; the reading itself is validated against rawExtractionSchema.
 */
export const autoScanMessageSchema = z.object({
  type: z.literal('autoScanResult'),
  extraction: z.unknown(),
});

export type AutoScanMessage = z.infer<typeof autoScanMessageSchema>;

/** Why a scan failed, as a code: the page that shows it puts it in the borrower's language. */
export const scanErrors = [
  'page-not-readable',
  'reading-malformed',
  'analysis-failed',
  /** The report would not read back (lib/background/store-scan.ts): never stored. */
  'report-unreadable',
  /** Storage refused the report: full (the quota), or for another reason. */
  'storage-full',
  'storage-failed',
  /** Set by the popup: the background stopped answering mid-scan, or took too long. */
  'worker-gone',
  'timed-out',
] as const;
export type ScanError = (typeof scanErrors)[number];

/** How long the popup waits for a scan before it says so (the scanner itself stops at 3 s). */
export const scanTimeLimitMs = 20_000;

export const scanResponseSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true) }),
  z.object({ ok: z.literal(false), error: z.enum(scanErrors) }),
]);
export type ScanResponse = z.infer<typeof scanResponseSchema>;

/** What the background answers to each request: the one table both sides are typed from. */
export interface Responses {
  scanTab: ScanResponse;
  highlight: HighlightResponse;
  evidencePack: EvidenceResponse;
  pageText: PageTextResponse;
}
export type ResponseTo<R extends Request> = Responses[R['type']];

export { highlightResponseSchema, type HighlightResponse };
export {
  evidenceResponseSchema,
  pageTextResponseSchema,
  type EvidenceResponse,
  type PageTextResponse,
};
