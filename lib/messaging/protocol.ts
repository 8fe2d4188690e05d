/**
 * The one message protocol between extension pages and the background. Every message is parsed
 * with zod on receipt and the sender is checked (lib/background/on-message.ts): only this
 * extension's own pages may ask for a scan, and the scanner never sends messages at all (it
 * returns its reading through `scripting.executeScript`), so a page cannot forge one.
 */
import { z } from 'zod';

import { highlightRequestSchema, type HighlightResponse } from './highlight';

const tabId = z.number().int().nonnegative();

export const requestSchema = z.discriminatedUnion('type', [
  /** popup → background: read the page in this tab (needs the activeTab grant of a toolbar click). */
  z.object({ type: z.literal('scanTab'), tabId }),
  /** popup → background: outline where a quoted figure came from ("show on page"). */
  highlightRequestSchema,
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

export type ScanResponse = { ok: true } | { ok: false; message: string };

export interface ResponseMap {
  scanTab: ScanResponse;
  highlight: HighlightResponse;
}
