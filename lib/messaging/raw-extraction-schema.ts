/**
 * zod schema for what the scanner returns from the page. The page is untrusted: every string and
 * array is bounded, so a hostile page cannot make the background store or parse megabytes.
 */
import { z } from 'zod';

import type { RawExtraction } from '@/lib/model/extraction';

const text = z.string().max(4000);
const locator = z.string().max(2000);
const finite = z.number();

const rawBlock = z.object({
  text,
  locator,
  tag: z.string().max(40),
  fontSize: finite,
  fontWeight: finite,
  color: z.string().max(64),
  x: finite,
  y: finite,
  width: finite,
  height: finite,
  finePrint: z.boolean(),
});

export const rawExtractionSchema = z.object({
  url: z.string().max(4000),
  title: z.string().max(1000),
  lang: z.string().max(40),
  blocks: z.array(rawBlock).max(50_000),
  pairs: z
    .array(
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
    )
    .max(20_000),
  tables: z
    .array(
      z.object({
        locator,
        headers: z.array(text).max(100),
        rows: z.array(z.array(text).max(100)).max(5_000),
        finePrint: z.boolean(),
      }),
    )
    .max(200),
  controls: z
    .array(
      z.object({ kind: z.enum(['checkbox', 'radio']), checked: z.boolean(), label: text, locator }),
    )
    .max(1_000),
  links: z.array(z.object({ text, href: z.string().max(4000) })).max(2_000),
  stats: z.object({
    nodesVisited: z.number().int().nonnegative(),
    elapsedMs: finite,
    truncated: z.boolean(),
    rounds: z.number().int().nonnegative(),
  }),
}) satisfies z.ZodType<RawExtraction>;
