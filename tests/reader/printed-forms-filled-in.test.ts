/**
 * Round eighty-four: a printed form's sentence whose blanks are spans with ids ("你（单位）于
 * <span id=…>2025年09月12</span>日在我机构贷款<span id="m1_bmoney">伍万</span>（大写）元，…") is one
 * sentence, laid out as one; a blank filled in before "（大写）元" is the amount; the day "于…在我机构
 * 贷款" dates the loan a 催收通知书 chases. A print slip's "金额: | 人民币 | [24,000.00]" is the amount in
 * yuan, and its "借款期限: 12期（2026-01-20至2027-01-20）" dates the loan. pdf.js's text layer cuts a
 * contract's line into sibling spans at its filled-in fields; laid flush on one line, they are one
 * sentence.
 */
import { describe, expect, it } from 'vitest';
import type { RawExtraction } from '@/lib/model/extraction';
import { moneyTokens } from '@/lib/parse/money';
import { readTerms } from '@/lib/reader';
import { rawOf } from '../support/raw';

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

  it('does not join a form’s label box to the textarea beside it', () => {
    // "收益方式 | [等本等息：按月利率0.6%…]": boxes 100px tall; the label's words are no clause's.
    const raw = notice(0);
    for (const b of raw.blocks) b.height = 100;
    expect(readTerms(raw)?.principal ?? null).toBeNull();
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

const SLIP: [string, string][] = [
  ['借款期限', '12期（2026-01-20至2027-01-20）'],
  ['还款方式', '等本等息'],
  ['月利率', '0.75%'],
  ['每期还款', '2,180.00元/期'],
];

describe('a print slip whose inputs are filled in', () => {
  it('reads the figure after a currency drawn before it', () => {
    const t = readTerms(rawOf({ pairs: [...SLIP, ['金额', '人民币']], text: ['24,000.00'] }));
    expect(t?.principal).toBe('24000.00');
  });

  it('does not take the next field’s figure for the amount', () => {
    const raw = rawOf({ pairs: [...SLIP, ['金额', '人民币'], ['编号', '24000']], text: [] });
    expect(readTerms(raw)?.principal ?? null).toBeNull();
  });

  it('dates the loan from the span beside its term', () => {
    const t = readTerms(rawOf({ pairs: [...SLIP, ['金额', '24,000.00元']], text: [] }));
    expect(t?.disbursementDate).toBe('2026-01-20');
    expect(t?.payments[0]?.dueDate).toBe('2026-02-20');
  });
});

const LAYER = '#viewer > div.page:nth-of-type(1) > div.textLayer';
const CONTRACT_LINES: Run[][] = [
  [
    ['乙方向甲方借款金额为', `${LAYER} > span:nth-of-type(13)`],
    ['人民币伍仟元整', `${LAYER} > span:nth-of-type(14)`],
    ['（小写：', `${LAYER} > span:nth-of-type(15)`],
    ['¥5,000.00', `${LAYER} > span:nth-of-type(16)`],
    ['元）。', `${LAYER} > span:nth-of-type(17)`],
  ],
  [
    ['借款期限为', `${LAYER} > span:nth-of-type(21)`],
    ['60', `${LAYER} > span:nth-of-type(22)`],
    ['天，日利率为', `${LAYER} > span:nth-of-type(23)`],
    ['0.06%', `${LAYER} > span:nth-of-type(24)`],
    ['，到期一次性还本付息。', `${LAYER} > span:nth-of-type(25)`],
  ],
];

describe('a pdf.js text layer', () => {
  it('reads a line cut into sibling spans as one sentence', () => {
    const blocks = CONTRACT_LINES.flatMap((runs, k) => line(runs, 0, 212 + 30 * k));
    const t = readTerms(rawOfBlocks(blocks));
    expect(t?.principal).toBe('5000.00');
    expect(t?.payments.map((p) => p.amount)).toEqual(['5180.00']);
  });

  it('does not join sibling spans set apart', () => {
    const blocks = CONTRACT_LINES.flatMap((runs, k) => line(runs, 30, 212 + 30 * k));
    expect(readTerms(rawOfBlocks(blocks))?.principal ?? null).toBeNull();
  });
});

describe('an IOU whose term is said twice beside its span of dates', () => {
  it('is repaid once, on the span’s last day', () => {
    // hOCR lines: "借款期限 | 6个月，自2026年5月20日起至2026年11月20日止。" read as a field and as a
    // sentence — one term, not two.
    const blocks = line(
      [
        ['借款期限', '#word_1_13'],
        ['6个月，自2026年5月20日起至2026年11月20日止。', '#word_1_14'],
      ],
      3,
    );
    const raw = rawOfBlocks([
      ...line([['今借到魏清和现金人民币伍万元整（¥50,000.00）。', '#word_1_6']], 0, 200),
      ...blocks,
      ...line([['双方约定月利率1.2%（即年利率14.4%）。', '#word_1_15']], 0, 260),
    ]);
    raw.pairs.push({
      label: '借款期限',
      value: '6个月，自2026年5月20日起至2026年11月20日止。',
      via: 'same-element',
      labelBlock: 1,
      valueBlock: 2,
    });
    const t = readTerms(raw);
    expect(t?.repaymentMethod).toBe('到期一次性还本付息');
    expect(t?.payments).toEqual([
      expect.objectContaining({ dueDate: '2026-11-20', amount: '53600.00' }),
    ]);
  });
});

describe('a contract clause cut at its blank', () => {
  it('names the amount lent: 乙方向甲方借款金额为 | 人民币伍仟元整', () => {
    const t = readTerms(
      rawOf({
        pairs: [
          ['乙方向甲方借款金额为', '人民币伍仟元整'],
          ['（小写', '¥5,000.00'],
          ['借款期限为', '60天'],
          ['日利率为', '0.06%'],
        ],
        text: ['本合同项下借款采用到期一次性还本付息的还款方式。'],
      }),
    );
    expect(t?.principal).toBe('5000.00');
  });
});

describe('a field drawn as a label span and a value span side by side', () => {
  it('is one field, not a clause that states its rate again', () => {
    const blocks = line(
      [
        ['综合年化利率', '#card > p > span:nth-of-type(1)'],
        ['7.20%-23.90%', '#card > p > span:nth-of-type(2)'],
      ],
      0,
    );
    const raw = rawOfBlocks([
      ...blocks,
      ...line([['借款金额10,000元，期限12个月，月利率0.60%，等额本息。', '#terms']], 0, 300),
    ]);
    raw.pairs.push({
      label: '综合年化利率',
      value: '7.20%-23.90%',
      via: 'same-element',
      labelBlock: 0,
      valueBlock: 1,
    });
    const ranges = readTerms(raw)?.statedRates.filter((r) => r.value === '0.072') ?? [];
    expect(ranges).toHaveLength(1);
  });
});
