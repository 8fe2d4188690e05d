/**
 * Cuts a reading to LIMITS and records what was cut, so one oversized item (a 5,000-character
 * hidden paragraph, 3,000 links, a locator 95 divs deep) costs that item, never the page. Where a
 * list must be shortened, what the reader needs goes first: agreement links, ticked boxes, tables
 * with figures. Pure: the scanner runs it in the page and the background on anything it receives.
 */
import type { RawExtraction, RawPair, RawTable } from '@/lib/model/extraction';
import { type Cut, LIMITS } from '@/lib/model/extraction-limits';

/** The last `max` characters of a locator from a step boundary: a shorter selector, same target. */
export function shortLocator(locator: string, max: number = LIMITS.locator): string {
  if (locator.length <= max) return locator;
  const tail = locator.slice(locator.length - max);
  const step = tail.indexOf(' > ');
  return step < 0 ? tail : tail.slice(step + 3);
}

/**
 * A paragraph longer than one block holds, in pieces that end at a sentence where one ends in the
 * second half of the piece: a clause is rarely split, and nothing is lost.
 */
export function inPieces(text: string, max: number = LIMITS.text): string[] {
  const out: string[] = [];
  let rest = text;
  while (rest.length > max) {
    const head = rest.slice(0, max);
    const end = Math.max(head.lastIndexOf('。'), head.lastIndexOf('；'), head.lastIndexOf('. '));
    const at = end >= max / 2 ? end + 1 : max;
    out.push(rest.slice(0, at));
    rest = rest.slice(at);
  }
  out.push(rest);
  return out;
}

/** Up to `max` items, those `first` wants before the rest, in their original order. */
function keep<T>(items: T[], max: number, first: (t: T) => boolean): T[] {
  if (items.length <= max) return items;
  // By index: equal strings are separate cells.
  const chosen = new Set<number>();
  items.forEach((t, i) => {
    if (chosen.size < max && first(t)) chosen.add(i);
  });
  for (let i = 0; i < items.length && chosen.size < max; i++) chosen.add(i);
  return items.filter((_, i) => chosen.has(i));
}

const agreement = /《|协议|合同|条款|须知|说明|告知/;
const digit = /\d/;

export function fitExtraction(raw: RawExtraction): RawExtraction {
  const cut = new Set<Cut>(raw.stats.cut ?? []);
  const clip = (s: string, max: number, kind: Cut): string => {
    if (s.length <= max) return s;
    cut.add(kind);
    return s.slice(0, max);
  };
  const text = (s: string): string => clip(s, LIMITS.text, 'text');
  const locator = (s: string): string => {
    if (s.length <= LIMITS.locator) return s;
    cut.add('locator');
    return shortLocator(s);
  };
  const list = <T>(items: T[], max: number, kind: Cut, first: (t: T) => boolean = () => false) => {
    if (items.length > max) cut.add(kind);
    return keep(items, max, first);
  };

  // A box scaled past any size measures Infinity, which JSON turns into null.
  const finite = (n: number): number => (Number.isFinite(n) ? n : 0);
  const blocks = list(raw.blocks, LIMITS.blocks, 'blocks').map((b) => ({
    ...b,
    fontSize: finite(b.fontSize),
    fontWeight: finite(b.fontWeight),
    x: finite(b.x),
    y: finite(b.y),
    width: finite(b.width),
    height: finite(b.height),
    text: text(b.text),
    locator: locator(b.locator),
    tag: clip(b.tag, LIMITS.tag, 'text'),
    color: clip(b.color, LIMITS.color, 'text'),
  }));
  const pairs: RawPair[] = list(
    raw.pairs.filter((p) => p.labelBlock < blocks.length && p.valueBlock < blocks.length),
    LIMITS.pairs,
    'pairs',
  ).map((p) => ({ ...p, label: text(p.label), value: text(p.value) }));
  const row = (cells: string[]): string[] => list(cells, LIMITS.columns, 'columns').map(text);
  const tables: RawTable[] = list(raw.tables, LIMITS.tables, 'tables', (t) =>
    t.rows.some((r) => r.some((c) => digit.test(c))),
  ).map((t) => ({
    ...t,
    locator: locator(t.locator),
    headers: row(t.headers),
    rows: list(t.rows, LIMITS.rows, 'rows').map(row),
  }));
  const controls = list(raw.controls, LIMITS.controls, 'controls', (c) => c.checked).map((c) => ({
    ...c,
    label: text(c.label),
    locator: locator(c.locator),
  }));
  const links = list(raw.links, LIMITS.links, 'links', (l) => agreement.test(l.text)).map((l) => ({
    text: text(l.text),
    href: clip(l.href, LIMITS.url, 'text'),
  }));
  return {
    url: clip(raw.url, LIMITS.url, 'url'),
    title: clip(raw.title, LIMITS.title, 'title'),
    lang: clip(raw.lang, LIMITS.lang, 'text'),
    blocks,
    pairs,
    tables,
    controls,
    links,
    stats: { ...raw.stats, cut: [...cut] },
  };
}
