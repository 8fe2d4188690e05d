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

/** `ok: false` when the element is gone (the page changed since the scan). */
export type HighlightResponse = { ok: true } | { ok: false; message: string };

/**
 * Asks the background to highlight `locator` in `tabId`. Resolves false when the background did
 * not answer or could not find the element; never throws, so a click cannot break the popup.
 */
export async function requestHighlight(
  send: (request: HighlightRequest) => Promise<unknown>,
  tabId: number,
  locator: string,
): Promise<boolean> {
  const request = highlightRequestSchema.parse({ type: 'highlight', tabId, locator });
  try {
    const response = (await send(request)) as HighlightResponse | undefined;
    return response?.ok === true;
  } catch {
    return false;
  }
}
