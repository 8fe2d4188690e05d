/**
 * Positioned runs → rows of cells, the shape a rendered page has before pairing. A phone screen
 * draws "借款金额 … 10,000.00元" as two runs on one row; a repayment plan wraps "2026-12-" over
 * "20" inside one column while the other cells sit centred beside both lines. So:
 * - a row is a chain of runs whose vertical extents overlap well (a centred cell overlaps both
 *   lines of a wrapped neighbour, which joins them; lines of a paragraph barely touch);
 * - a cell is the runs of one row that overlap horizontally (a wrapped cell) or sit closer than
 *   about one character (a figure split over spans, a PDF item per font change).
 */
import { continuesFigure } from '@/lib/extract/text-kind';

import type { PositionedText } from './model';

export interface Cell {
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
  page: number;
  /** Per code point of `text`, when recognised; joined like the text. */
  confidence?: number[];
}

export interface Row {
  page: number;
  cells: Cell[];
}

/** Vertical overlap, as a share of the shorter run, that makes two runs one row. */
const ROW_OVERLAP = 0.25;
/** Runs closer than this many line heights are one run drawn in two fonts (a PDF per-font item). */
const TOUCHING = 0.2;
/** A figure split over spans ("¥" "6,588" ".00", "12" "期") stays one cell across this gap. */
const FIGURE_GAP = 0.9;

function verticalOverlap(a: PositionedText, b: PositionedText): number {
  const top = Math.max(a.y, b.y);
  const bottom = Math.min(a.y + a.height, b.y + b.height);
  return Math.max(0, bottom - top) / Math.max(1e-6, Math.min(a.height, b.height));
}

function find(parent: number[], i: number): number {
  let r = i;
  while (parent[r] !== r) r = parent[r] ?? r;
  let j = i;
  while (parent[j] !== r) {
    const next = parent[j] ?? r;
    parent[j] = r;
    j = next;
  }
  return r;
}

/** Two texts joined across a gap or a wrap: Latin words keep a space, CJK and figures do not. */
function join(a: string, b: string, spaced: boolean): string {
  if (a === '') return b;
  if (/[A-Za-z]$/.test(a) && /^[A-Za-z]/.test(b)) return `${a} ${b}`;
  if (spaced && /[A-Za-z0-9.,%)]$/.test(a) && /^[A-Za-z]/.test(b)) return `${a} ${b}`;
  return a + b;
}

function mergeCell(parts: PositionedText[]): Cell {
  // Reading order inside a cell: line by line (runs overlapping vertically share a line), then x.
  const sorted = [...parts].sort((a, b) => (verticalOverlap(a, b) >= 0.5 ? a.x - b.x : a.y - b.y));
  let text = '';
  const confidence: number[] = [];
  let known = true;
  let prev: PositionedText | undefined;
  for (const p of sorted) {
    const spaced = prev !== undefined && p.x - (prev.x + prev.width) > 0.25 * p.height;
    const before = text;
    text = join(text, p.text, spaced);
    if (text.length > before.length + p.text.length) confidence.push(1);
    if (p.confidence === undefined) known = false;
    else confidence.push(...p.confidence);
    prev = p;
  }
  const x = Math.min(...parts.map((p) => p.x));
  const y = Math.min(...parts.map((p) => p.y));
  const right = Math.max(...parts.map((p) => p.x + p.width));
  const bottom = Math.max(...parts.map((p) => p.y + p.height));
  return {
    text,
    x,
    y,
    width: right - x,
    height: bottom - y,
    page: parts[0]?.page ?? 0,
    ...(known ? { confidence } : {}),
  };
}

function cellsOf(runs: PositionedText[]): Cell[] {
  const sorted = [...runs].sort((a, b) => a.x - b.x);
  const groups: PositionedText[][] = [];
  for (const r of sorted) {
    const g = groups.find((members) =>
      members.some((m) => {
        const gap = r.x - (m.x + m.width);
        const h = Math.min(m.height, r.height);
        const sameLine = verticalOverlap(m, r) >= 0.5;
        const stacked = r.x < m.x + m.width && m.x < r.x + r.width && !sameLine;
        if (stacked) return true;
        if (!sameLine || gap >= FIGURE_GAP * h) return false;
        if (gap <= TOUCHING * h) return true;
        return (
          continuesFigure(m.text, r.text) || (/[A-Za-z]$/.test(m.text) && /^[A-Za-z]/.test(r.text))
        );
      }),
    );
    if (g) g.push(r);
    else groups.push([r]);
  }
  return groups.map(mergeCell).sort((a, b) => a.x - b.x);
}

/** Rows in reading order (page, then top), each with its cells left to right. */
export function rowsOf(items: PositionedText[]): Row[] {
  const runs = items.filter((i) => i.text.trim() !== '' && i.width > 0 && i.height > 0);
  const order = runs
    .map((_, i) => i)
    .sort((a, b) => {
      const ra = runs[a];
      const rb = runs[b];
      if (!ra || !rb) return 0;
      return ra.page - rb.page || ra.y - rb.y;
    });
  const parent = runs.map((_, i) => i);
  // Sorted by top: a run can only overlap runs that start above its bottom.
  for (let oi = 0; oi < order.length; oi++) {
    const a = runs[order[oi] ?? 0];
    if (!a) continue;
    for (let oj = oi + 1; oj < order.length; oj++) {
      const b = runs[order[oj] ?? 0];
      if (!b || b.page !== a.page || b.y > a.y + a.height) break;
      if (verticalOverlap(a, b) >= ROW_OVERLAP) {
        parent[find(parent, order[oi] ?? 0)] = find(parent, order[oj] ?? 0);
      }
    }
  }
  const byRoot = new Map<number, PositionedText[]>();
  runs.forEach((r, i) => {
    const root = find(parent, i);
    const list = byRoot.get(root);
    if (list) list.push(r);
    else byRoot.set(root, [r]);
  });
  const rows: Row[] = [...byRoot.values()].map((members) => ({
    page: members[0]?.page ?? 0,
    cells: cellsOf(members),
  }));
  const top = (r: Row): number => Math.min(...r.cells.map((c) => c.y));
  return mergeParagraphs(rows.sort((a, b) => a.page - b.page || top(a) - top(b)));
}

/**
 * A sentence wrapped over lines ("借款期限为12个" / "月，按等额本息方式还款。", fixture 06) is one
 * block, as the web page's paragraph is: a line that fills the text column and does not end a
 * sentence continues on the next line when that line starts at the same margin right below it.
 */
function mergeParagraphs(rows: Row[]): Row[] {
  const out: Row[] = [];
  const right = new Map<number, { left: number; right: number }>();
  for (const r of rows) {
    for (const c of r.cells) {
      const e = right.get(r.page) ?? { left: c.x, right: c.x + c.width };
      right.set(r.page, { left: Math.min(e.left, c.x), right: Math.max(e.right, c.x + c.width) });
    }
  }
  for (const r of rows) {
    const prev = out[out.length - 1];
    const a = prev?.cells[0];
    const b = r.cells[0];
    const column = right.get(r.page);
    if (
      prev &&
      a &&
      b &&
      column &&
      prev.page === r.page &&
      prev.cells.length === 1 &&
      r.cells.length === 1
    ) {
      const h = Math.max(a.height, b.height);
      const fills = a.x + a.width >= column.left + 0.85 * (column.right - column.left);
      const below = b.y - (a.y + a.height) <= 0.8 * h && b.y > a.y;
      const margin = Math.abs(b.x - a.x) <= 0.5 * h;
      // Lines of label–value pairs ("借款金额：…" one per line) are not a paragraph.
      const prose =
        Array.from(a.text).length >= 10 && !/[:：]/.test(a.text) && !/[:：]/.test(b.text);
      if (prose && fills && below && margin && !/[。；;!！?？]$/.test(a.text)) {
        prev.cells[0] = {
          ...a,
          text: join(a.text, b.text, false),
          width: Math.max(a.x + a.width, b.x + b.width) - Math.min(a.x, b.x),
          height: b.y + b.height - a.y,
          x: Math.min(a.x, b.x),
          ...(a.confidence !== undefined && b.confidence !== undefined
            ? { confidence: [...a.confidence, ...b.confidence] }
            : {}),
        };
        continue;
      }
    }
    out.push(r);
  }
  return out;
}
