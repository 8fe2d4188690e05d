/**
 * popup → background: "show this on the page". The popup sends the locator of an evidence item
 * (a CSS path the scanner recorded, lib/extract/locator.ts); the background validates the request
 * with this schema, checks the sender like every other request and injects a highlighter into the
 * tab. The locator is page-derived and therefore untrusted: the highlighter must only pass it to
 * `querySelector` (bounded here in length), never evaluate or render it as HTML.
 */
import { z } from 'zod';

export const highlightRequestSchema = z.object({
  type: z.literal('highlight'),
  tabId: z.number().int().nonnegative(),
  locator: z.string().min(1).max(2_000),
});

export type HighlightRequest = z.infer<typeof highlightRequestSchema>;

/** Why a highlight failed: the element is gone (the page changed since the scan), or the page
 *  cannot be reached (no activeTab grant). */
export const highlightResponseSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true) }),
  z.object({ ok: z.literal(false), error: z.enum(['element-gone', 'page-not-readable']) }),
]);
export type HighlightResponse = z.infer<typeof highlightResponseSchema>;
