/**
 * A RawExtraction built by hand, for reader tests that need no browser: each block is one rendered
 * run; `pairs` join a label block to the value block after it, as the scanner's pairing would.
 */
import type { RawControl, RawExtraction, RawTable } from '@/lib/model/extraction';
import type { LoanTerms } from '@/lib/model/terms';
import { readTerms } from '@/lib/reader';

export interface RawSpec {
  /** Runs before the pairs (a heading above them). */
  lead?: string[];
  /** Label–value rows, each becoming two blocks and a pair. */
  pairs?: [string, string][];
  /** Free-standing runs (prose, blurbs, summary lines). */
  text?: string[];
  tables?: RawTable[];
  controls?: RawControl[];
  title?: string;
}

export function rawOf(spec: RawSpec): RawExtraction {
  const blocks: RawExtraction['blocks'] = [];
  const pairs: RawExtraction['pairs'] = [];
  const block = (text: string): number => {
    blocks.push({
      text,
      locator: `body > p:nth-of-type(${String(blocks.length + 1)})`,
      tag: 'p',
      fontSize: 14,
      fontWeight: 400,
      color: 'rgb(0, 0, 0)',
      x: 0,
      y: blocks.length * 20,
      width: 200,
      height: 18,
      finePrint: false,
    });
    return blocks.length - 1;
  };
  for (const t of spec.lead ?? []) block(t);
  for (const [label, value] of spec.pairs ?? []) {
    const l = block(label);
    const v = block(value);
    pairs.push({ label, value, via: 'same-element', labelBlock: l, valueBlock: v });
  }
  for (const t of spec.text ?? []) block(t);
  for (const t of spec.tables ?? []) for (const row of t.rows) for (const c of row) block(c);
  return {
    url: 'https://loan.example/',
    title: spec.title ?? '借款确认',
    lang: 'zh-CN',
    blocks,
    pairs,
    tables: spec.tables ?? [],
    controls: spec.controls ?? [],
    links: [],
    stats: { nodesVisited: blocks.length, elapsedMs: 1, truncated: false, rounds: 1 },
  };
}

/** The terms the reader reads from a hand-built page; a test that expects terms fails without. */
export function readSpec(spec: RawSpec): LoanTerms {
  const t = readTerms(rawOf(spec));
  if (t === null) throw new Error('no terms read');
  return t;
}

/** A table as the scanner hands it over: headers, then rows of cells. */
export function tableOf(headers: string[], rows: string[][], locator = 'body > table'): RawTable {
  return { locator, headers, rows, finePrint: false };
}

/** The amounts of a reading's payments, in order. */
export const amountsOf = (t: LoanTerms): string[] => t.payments.map((p) => p.amount);

/** The fees a reading takes at payout, as "name|amount", sorted. */
export const upfrontNamed = (t: LoanTerms): string[] =>
  t.fees
    .filter((f) => f.when === 'upfront')
    .map((f) => `${f.name}|${f.amount ?? ''}`)
    .sort();
