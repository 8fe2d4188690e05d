/**
 * Round eighty-four: a printed form's sentence whose blanks are spans with ids ("你（单位）于
 * <span id=…>2025年09月12</span>日在我机构贷款<span id="m1_bmoney">伍万</span>（大写）元，…") is one
 * sentence, laid out as one; a blank filled in before "（大写）元" is the amount; the day "于…在我机构
 * 贷款" dates the loan a 催收通知书 chases.
 */
import { describe, expect, it } from 'vitest';
import type { RawExtraction } from '@/lib/model/extraction';
import { moneyTokens } from '@/lib/parse/money';
import { readTerms } from '@/lib/reader';

type Run = [text: string, locator: string];

/** Runs set one after another on a 16px line, `gap` pixels apart, ~16px a character. */
function line(runs: Run[], gap: number, y = 230): RawExtraction['blocks'] {
  let x = 266;
  return runs.map(([text, locator]) => {
    const width = text.length * 16;
    const b = {
      text,
      locator,
      tag: 'span',
      fontSize: 16,
      fontWeight: 400,
      color: 'rgb(51, 51, 51)',
      x,
      y,
      width,
      height: 17,
      finePrint: false,
    };
    x += width + gap;
    return b;
  });
}

function rawOfBlocks(blocks: RawExtraction['blocks']): RawExtraction {
  return {
    url: 'https://loan.example/',
    title: '贷后催收通知单',
    lang: 'zh-CN',
    blocks,
    pairs: [],
    tables: [],
    controls: [],
    links: [],
    stats: { nodesVisited: blocks.length, elapsedMs: 1, truncated: false, rounds: 1 },
  };
}

const P = '#m1_table > tbody > tr > td > p:nth-of-type(2)';
const NOTICE: Run[] = [
  ['你（单位）于', '#m1_p1_span1'],
  ['2025年09月12', P],
  ['日在我机构贷款', '#m1_p1_span7'],
  ['伍万', '#m1_bmoney'],
  ['（大写）元，该笔贷款于2026年03月12日到期。', '#m1_p1_span9'],
];
const TERMS: Run[] = [
  ['该笔贷款借款期限6个月，按《借款合同》约定月利率12‰计息，到期一次还本付息。', '#m1_p2'],
];

function notice(gap: number): RawExtraction {
  return rawOfBlocks([...line(NOTICE, gap), ...line(TERMS, 0, 280)]);
}

describe('a printed form filled in through spans with ids', () => {
  it('reads the sentence the spans make together', () => {
    const t = readTerms(notice(4));
    expect(t?.principal).toBe('50000.00');
    expect(t?.contractDate).toBe('2025-09-12');
    expect(t?.payments.at(-1)).toMatchObject({ dueDate: '2026-03-12', amount: '53600.00' });
  });

  it('does not join runs as far apart as a table’s cells', () => {
    expect(readTerms(notice(24))?.principal ?? null).toBeNull();
  });
});

describe('a blank filled in before （大写）元', () => {
  it('is the amount in words', () => {
    expect(moneyTokens('贷款伍万（大写）元，利息').map((m) => m.value)).toEqual(['50000.00']);
    expect(moneyTokens('仍欠本金叁万伍仟 (大写) 元').map((m) => m.value)).toEqual(['35000.00']);
  });

  it('is not read from a blank left empty', () => {
    expect(moneyTokens('贷款______（大写）元')).toEqual([]);
  });
});
