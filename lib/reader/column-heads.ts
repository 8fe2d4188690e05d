/**
 * A list drawn in boxes, not a table: a row of column heads ("借款编号 · 申请日期 · 期限 · 金额 ·
 * 状态", MUI and antd list headers), and under it a single card whose fields stand each under its
 * head ("FL K7QM3 · 12 3月 2026 · 12 个月 · 36,000.00 元 · 使用中"). Each field is read under the head
 * it is drawn beneath — only where one card lies under the heads: several are a list of loans, read
 * as one (tables, schedules) or not at all.
 */
import type { RawBlock, RawExtraction } from '@/lib/model/extraction';
import { compactText } from '@/lib/parse/normalize';

import { conceptOf } from './lexicon';

/** A column head: a few words, no figure. */
const HEAD = /^[\u4e00-\u9fa5]{2,8}$/;
/** How far a field may lie below its head's row, in pixels. */
const BELOW = 200;

const sameRow = (a: RawBlock, b: RawBlock): boolean => Math.abs(a.y - b.y) <= 2;
const sameColumn = (a: RawBlock, b: RawBlock): boolean => Math.abs(a.x - b.x) <= 2;

export function columnsOverOneRow(
  raw: RawExtraction,
  labelBlocks: ReadonlySet<number>,
): RawExtraction['pairs'] {
  const out: RawExtraction['pairs'] = [];
  // (A table's cells are read as a table: tables.ts, schedule.ts.)
  const inTable = (b: RawBlock): boolean => raw.tables.some((t) => b.locator.startsWith(t.locator));
  const blocks = raw.blocks.map((b) => (inTable(b) ? { ...b, text: '' } : b));
  // A head: a few words on the first head's row, no field's label already.
  const isHead = (k: number, row: RawBlock): boolean => {
    const b = blocks[k];
    return (
      b !== undefined && sameRow(row, b) && HEAD.test(compactText(b.text)) && !labelBlocks.has(k)
    );
  };
  for (let i = 0; i < blocks.length;) {
    const first = blocks[i];
    let j = i;
    while (first !== undefined && isHead(j, first)) j++;
    if (first === undefined || j - i < 3) {
      i = Math.max(j, i + 1);
      continue;
    }
    const heads = blocks.slice(i, j);
    // Heads of a loan's own card, naming its amount or its term: not a record of repayments made
    // ("还款时间 · 还款金额 · 还款状态" over the last one), whose figures are no terms.
    const named = heads.map((h) => conceptOf(compactText(h.text)));
    if (!named.includes('principal') && !named.includes('term')) {
      i = j;
      continue;
    }
    // The fields below, each in its head's column, down to the next row of heads.
    const below: { block: RawBlock; k: number; head: number }[] = [];
    for (let k = j; k < blocks.length && k < j + 60; k++) {
      const b = blocks[k];
      if (!b || b.y <= first.y || b.y - first.y > BELOW) break;
      const head = heads.findIndex((h) => sameColumn(h, b));
      if (head >= 0) below.push({ block: b, k, head });
    }
    // One card: the fields' tops lie within one card's height, and most heads have one.
    const tops = below.map((x) => x.block.y);
    const oneCard = below.length >= heads.length - 1 && Math.max(...tops) - Math.min(...tops) <= 60;
    if (oneCard)
      heads.forEach((h, n) => {
        const field = below.find((x) => x.head === n);
        if (field)
          out.push({
            label: h.text,
            value: field.block.text,
            via: 'table-column',
            labelBlock: i + n,
            valueBlock: field.k,
          });
      });
    i = j;
  }
  return out;
}
