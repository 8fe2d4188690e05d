/**
 * The adapter: a screenshot's or a PDF's positioned text → the RawExtraction a web page's scanner
 * returns, so the one reader (`lib/reader`) interprets all three alike. Each cell becomes a block
 * whose locator is its region; pairs come from the same layout patterns the scanner pairs by
 * (lib/extract/pairs.ts), found here by geometry instead of by element:
 * - colon: "借款金额：10,000元" in one cell, or a cell ending in "：" before its value;
 * - row: a label cell and one value cell on one row (the phone pattern "借款金额 … 10,000.00元");
 * - caption: a label alone on its row over a figure alone on the next ("年化利率" over "14.40%"),
 *   or a big figure over its caption ("5万元" over "借款金额");
 * - grid: k labels on a row over k values;
 * - table: a header row of at least three labels over rows with as many cells (a repayment plan).
 */
import { endsWithColon, hasDigit, isLabelLike } from '@/lib/extract/text-kind';
import type { PairVia, RawBlock, RawExtraction, RawPair, RawTable } from '@/lib/model/extraction';

import { type Cell, type Row, rowsOf } from './layout';
import type { PositionedDocument } from './model';
import { regionLocator } from './region';

const COLON = /^([^:：]{1,24}?)\s*[:：]\s*(\S.*)$/;
const LABEL_FIGURE =
  /^([^\d¥￥$:：]{2,16}?)\s*((?:[¥￥$]\s*)?\d[\d,]*(?:\.\d+)?\s*(?:元|%|期|天|个月|万元?|‰)?)$/;

const PERIOD_CELL = /^(?:第\s*)?\d{1,3}(?:\s*\/\s*\d{1,3})?\s*期?$/;

interface Placed {
  row: Row;
  /** Block index of each cell. */
  blocks: number[];
}

function toBlock(c: Cell): RawBlock {
  return {
    text: c.text.trim(),
    locator: regionLocator(c),
    tag: 'span',
    fontSize: Math.round(c.height * 100) / 100,
    fontWeight: 400,
    color: '',
    x: c.x,
    y: c.y,
    width: c.width,
    height: c.height,
    finePrint: false,
  };
}

function overlapsHorizontally(a: Cell, b: Cell): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width;
}

function rowTop(r: Row): number {
  return Math.min(...r.cells.map((c) => c.y));
}
function rowBottom(r: Row): number {
  return Math.max(...r.cells.map((c) => c.y + c.height));
}
function rowHeight(r: Row): number {
  return Math.max(...r.cells.map((c) => c.height));
}

/** The next row sits right under this one (no gap larger than two lines). */
function adjacent(a: Row, b: Row): boolean {
  return a.page === b.page && rowTop(b) - rowBottom(a) <= 2 * Math.max(rowHeight(a), rowHeight(b));
}

/** Columns line up: every cell of `b` overlaps the cell of `a` at the same index. */
function aligned(a: Row, b: Row): boolean {
  if (a.cells.length !== b.cells.length) return false;
  return a.cells.every((c, i) => {
    const d = b.cells[i];
    if (!d) return false;
    const slack = Math.max(c.height, d.height);
    return c.x - slack < d.x + d.width && d.x - slack < c.x + c.width;
  });
}

function findTables(
  placed: Placed[],
  blocks: RawBlock[],
): { tables: RawTable[]; rows: Set<number> } {
  const tables: RawTable[] = [];
  const inTable = new Set<number>();
  for (let i = 0; i < placed.length; i++) {
    const head = placed[i];
    if (!head || head.row.cells.length < 3) continue;
    const labelled = head.row.cells.every((c) => isLabelLike(c.text) && !endsWithColon(c.text));
    // A plan without a header row: rows of a period, a date and amounts (fixture 13).
    if (!labelled && !PERIOD_CELL.test(head.row.cells[0]?.text ?? '')) continue;
    const body: number[] = labelled ? [] : [i];
    for (let j = i + 1; j < placed.length; j++) {
      const r = placed[j];
      const prev = placed[j - 1];
      if (!r || !prev || !adjacent(prev.row, r.row) || !aligned(head.row, r.row)) break;
      if (!r.row.cells.some((c) => hasDigit(c.text))) break;
      body.push(j);
    }
    if (body.length < (labelled ? 1 : 2)) continue;
    const first = head.blocks[0] ?? 0;
    tables.push({
      locator: blocks[first]?.locator ?? '',
      headers: labelled ? head.row.cells.map((c) => c.text.trim()) : [],
      rows: body.map((j) => placed[j]?.row.cells.map((c) => c.text.trim()) ?? []),
      finePrint: false,
    });
    inTable.add(i);
    for (const j of body) inTable.add(j);
    i = body[body.length - 1] ?? i;
  }
  return { tables, rows: inTable };
}

/**
 * Files given together are one loan, and they repeat each other: the confirmation screen and the
 * contract both state the penalty, two screenshots of one plan overlap by a few rows. A row that
 * an earlier file already showed, word for word, is read once, or a penalty stated twice would
 * count twice.
 */
function withoutRepeats(rows: Row[], doc: PositionedDocument): Row[] {
  const seen = new Map<string, number>();
  return rows.filter((r) => {
    const file = doc.pages[r.page]?.file ?? 0;
    const key = r.cells.map((c) => c.text.trim()).join('\u0001');
    const first = seen.get(key);
    if (first === undefined) seen.set(key, file);
    return first === undefined || first === file;
  });
}

export function toExtraction(doc: PositionedDocument, title: string): RawExtraction {
  return readPositioned(doc, title).raw;
}

/** The extraction, and per block the recogniser's per-character confidence (null: exact text). */
export function readPositioned(
  doc: PositionedDocument,
  title: string,
): { raw: RawExtraction; confidence: (number[] | null)[] } {
  const started = performance.now();
  const rows = withoutRepeats(rowsOf(doc.items), doc);
  const blocks: RawBlock[] = [];
  const placed: Placed[] = rows.map((row) => ({
    row,
    blocks: row.cells.map((c) => blocks.push(toBlock(c)) - 1),
  }));
  const { tables, rows: tableRows } = findTables(placed, blocks);
  const rowOfBlock: number[] = [];
  placed.forEach((p, ri) => {
    for (const b of p.blocks) rowOfBlock[b] = ri;
  });

  const pairs: RawPair[] = [];
  const used = new Set<number>();
  const add = (l: number, v: number, via: PairVia, label?: string, value?: string): void => {
    pairs.push({
      label: (label ?? blocks[l]?.text ?? '').trim().replace(/[:：]\s*$/, ''),
      value: (value ?? blocks[v]?.text ?? '').trim(),
      via,
      labelBlock: l,
      valueBlock: v,
    });
    used.add(l);
    used.add(v);
  };

  // colon, inside one cell: "分期金额：2,400.00元，分期期数：3期" holds two pairs.
  blocks.forEach((b, i) => {
    if (!/[:：]/.test(b.text)) return;
    // Text is NFKC-normalised, so "，" arrives as ",": split only before a label and its colon.
    for (const part of b.text.split(/[，,；;]\s*(?=[^，,；;：:\d]{1,24}[:：])/)) {
      const m = COLON.exec(part);
      if (m && isLabelLike(m[1] ?? '') && !/^https?$/i.test(m[1] ?? ''))
        add(i, i, 'colon', m[1], m[2]);
    }
  });

  // A label and its figure in one recognised line: OCR boxes "借款金额 3,000.00" as one run.
  blocks.forEach((b, i) => {
    if (used.has(i) || tableRows.has(rowOfBlock[i] ?? -1)) return;
    const m = LABEL_FIGURE.exec(b.text);
    if (m && isLabelLike(m[1] ?? '')) add(i, i, 'same-element', m[1], m[2]);
  });

  placed.forEach((p, ri) => {
    if (tableRows.has(ri)) return;
    const free = p.blocks.filter((b) => !used.has(b));
    // A row of label, value (… label, value): the phone layout and a two-column PDF table.
    if (free.length >= 2 && free.length % 2 === 0) {
      const texts = free.map((b) => blocks[b]?.text ?? '');
      const alternates = texts.every((t, k) =>
        k % 2 === 0 ? isLabelLike(t) : !isLabelLike(t) || texts.length === 2,
      );
      if (alternates) {
        for (let k = 0; k < free.length; k += 2) {
          const l = free[k] ?? -1;
          add(l, free[k + 1] ?? -1, endsWithColon(texts[k] ?? '') ? 'colon' : 'same-element');
        }
        return;
      }
    }
  });

  // Across rows: captions, colon-then-value, grids.
  placed.forEach((p, ri) => {
    const next = placed[ri + 1];
    if (!next || tableRows.has(ri) || tableRows.has(ri + 1) || !adjacent(p.row, next.row)) return;
    const here = p.blocks.filter((b) => !used.has(b));
    const there = next.blocks.filter((b) => !used.has(b));
    if (here.length !== p.blocks.length || there.length !== next.blocks.length) return;
    const ht = here.map((b) => blocks[b]?.text ?? '');
    const tt = there.map((b) => blocks[b]?.text ?? '');
    if (here.length === 1 && there.length === 1) {
      const [a] = p.row.cells;
      const [b] = next.row.cells;
      const l = here[0] ?? -1;
      const v = there[0] ?? -1;
      if (!a || !b || !overlapsHorizontally(a, b)) return;
      if (isLabelLike(ht[0] ?? '') && hasDigit(tt[0] ?? ''))
        add(l, v, endsWithColon(ht[0] ?? '') ? 'colon' : 'same-element');
      else if (hasDigit(ht[0] ?? '') && (ht[0] ?? '').length <= 20 && isLabelLike(tt[0] ?? ''))
        add(v, l, 'same-element');
      return;
    }
    if (
      here.length >= 2 &&
      aligned(p.row, next.row) &&
      ht.every(isLabelLike) &&
      tt.some(hasDigit)
    ) {
      here.forEach((l, k) => {
        add(l, there[k] ?? -1, 'grid');
      });
    }
  });

  const confidence = placed.flatMap((p) =>
    p.row.cells.map((c) => {
      if (c.confidence === undefined) return null;
      const lead = Array.from(c.text).length - Array.from(c.text.trimStart()).length;
      return c.confidence.slice(lead, lead + Array.from(c.text.trim()).length);
    }),
  );
  const raw: RawExtraction = {
    url: '',
    title,
    lang: 'zh-CN',
    blocks,
    pairs,
    tables,
    controls: [],
    links: [],
    stats: {
      nodesVisited: doc.items.length,
      elapsedMs: Math.round((performance.now() - started) * 100) / 100,
      truncated: false,
      rounds: 1,
    },
  };
  return { raw, confidence };
}
