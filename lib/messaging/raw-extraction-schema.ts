/**
 * zod schema for what the scanner returns from the page. The page is untrusted: every string and
 * array is bounded (LIMITS), so a hostile page cannot make the background store or parse
 * megabytes. The scanner cuts its reading to those bounds itself; a reading that still exceeds one
 * (an older scanner, another browser) is cut here the same way, and the report says what was cut:
 * one field out of bounds never discards the page.
 */
import { z } from 'zod';

import { fitExtraction } from '@/lib/extract/fit';
import type { RawExtraction } from '@/lib/model/extraction';
import { CUTS, LIMITS } from '@/lib/model/extraction-limits';

/** The reading's shape; with `bounded`, also its sizes. */
function shape(bounded: boolean) {
  const str = (max: number) => (bounded ? z.string().max(max) : z.string());
  const arr = <T extends z.ZodType>(item: T, max: number) =>
    bounded ? z.array(item).max(max) : z.array(item);
  const text = str(LIMITS.text);
  const locator = str(LIMITS.locator);
  const finite = z.number();
  const rawBlock = z.object({
    text,
    locator,
    tag: str(LIMITS.tag),
    fontSize: finite,
    fontWeight: finite,
    color: str(LIMITS.color),
    x: finite,
    y: finite,
    width: finite,
    height: finite,
    finePrint: z.boolean(),
  });
  return z.object({
    url: str(LIMITS.url),
    title: str(LIMITS.title),
    lang: str(LIMITS.lang),
    blocks: arr(rawBlock, LIMITS.blocks),
    pairs: arr(
      z.object({
        label: text,
        value: text,
        via: z.enum([
          'same-element',
          'colon',
          'table-row',
          'table-column',
          'dl',
          'grid',
          'distant',
          'control',
        ]),
        labelBlock: z.number().int(),
        valueBlock: z.number().int(),
      }),
      LIMITS.pairs,
    ),
    tables: arr(
      z.object({
        locator,
        caption: text.optional(),
        headers: arr(text, LIMITS.columns),
        rows: arr(arr(text, LIMITS.columns), LIMITS.rows),
        finePrint: z.boolean(),
      }),
      LIMITS.tables,
    ),
    controls: arr(
      z.object({
        kind: z.enum(['checkbox', 'radio']),
        checked: z.boolean(),
        label: text,
        locator,
      }),
      LIMITS.controls,
    ),
    links: arr(z.object({ text, href: str(LIMITS.url) }), LIMITS.links),
    stats: z.object({
      nodesVisited: z.number().int().nonnegative(),
      elapsedMs: finite,
      truncated: z.boolean(),
      rounds: z.number().int().nonnegative(),
      cut: z.array(z.enum(CUTS)).max(CUTS.length).optional(),
    }),
  });
}

export const rawExtractionSchema = shape(true) satisfies z.ZodType<RawExtraction>;
const unboundedSchema = shape(false) satisfies z.ZodType<RawExtraction>;

/**
 * A reading from the scanner, within bounds: as sent, or cut to them (recorded in stats.cut).
 * null when it is not a reading at all.
 */
export function parseExtraction(value: unknown): RawExtraction | null {
  const bounded = rawExtractionSchema.safeParse(value);
  if (bounded.success) return bounded.data;
  const loose = unboundedSchema.safeParse(value);
  if (!loose.success) return null;
  const fitted = rawExtractionSchema.safeParse(fitExtraction(loose.data));
  return fitted.success ? fitted.data : null;
}
