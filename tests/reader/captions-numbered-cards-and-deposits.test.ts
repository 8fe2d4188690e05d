/**
 * Round thirty-eight's patterns, from Vant 2 cash-loan apps and banks' online banking: figures
 * drawn over their captions on bill cards, the parts of each card written in runs of their own,
 * cards with no label at all numbered "第1期/总共6期", and a deposit account under a menu of loan
 * pages. Each expected figure is worked by hand beside it.
 */
import { describe, expect, it } from 'vitest';
import type { RawExtraction } from '@/lib/model/extraction';
import { readTerms } from '@/lib/reader';
import { rawOf, readSpec } from '../support/raw';

/** Runs laid out as the page draws them: [text, x, y]. */
function laidOut(
  title: string,
  runs: [string, number, number][],
  pairs: [number, number][],
): RawExtraction {
  const raw = rawOf({ title, text: runs.map(([t]) => t) });
  raw.blocks.forEach((b, i) => {
    const [, x, y] = runs[i] ?? ['', 0, 0];
    b.x = x;
    b.y = y;
  });
  raw.pairs = pairs.map(([l, v]) => ({
    label: raw.blocks[l]?.text ?? '',
    value: raw.blocks[v]?.text ?? '',
    via: 'same-element',
    labelBlock: l,
    valueBlock: v,
  }));
  return raw;
}

describe('bill cards whose figures stand over their captions', () => {
  // 20,000 over 12 months at 18 % a year: 1,833.60 a month. Each card: the amount, its caption,
  // then its parts in runs of their own (1,603.65 + 229.95 = 1,833.60 on the fourth).
  const card = (
    y: number,
    k: number,
    due: string,
    p: string,
    i: string,
  ): [string, number, number][] => [
    [`第${String(k)}/12期`, 422, y],
    [due, 751, y],
    ['1,833.60', 422, y + 20],
    ['应还金额(元)', 422, y + 44],
    [`本金${p}`, 422, y + 61],
    [`+利息${i}`, 484, y + 61],
  ];
  const runs: [string, number, number][] = [
    ['栖川信用贷', 450, 61],
    ['20,000.00', 410, 98],
    ['借款金额(元)', 410, 150],
    ['借款期限', 410, 180],
    ['12个月', 700, 180],
    ['年化利率', 410, 210],
    ['18.00%', 700, 210],
    ['还款方式', 410, 240],
    ['等额本息', 700, 240],
    ...card(300, 4, '2026-05-08', '1603.65', '229.95'),
    ...card(400, 5, '2026-06-08', '1627.71', '205.89'),
    ...card(500, 6, '2026-07-08', '1652.12', '181.48'),
  ];
  // The layout paired the product's name with the amount, and each caption with the run after it.
  const pairs: [number, number][] = [
    [0, 1],
    [3, 4],
    [5, 6],
    [7, 8],
    [12, 13],
    [18, 19],
    [24, 25],
  ];

  it('takes the figure above a caption, not one period’s 本金 after it', () => {
    const t = readTerms(laidOut('我的账单', runs, pairs));
    expect(t?.principal).toBe('20000.00');
  });

  it('never takes one period’s part for the amount lent', () => {
    // Without the amount's caption the cards' 本金 are all that is left: three different
    // figures under one label are rows of a plan, so no amount is read rather than 1,603.65.
    const without = runs.map(([t, x, y]): [string, number, number] =>
      t === '借款金额(元)' ? ['', x, y] : [t, x, y],
    );
    const t = readTerms(laidOut('我的账单', without, pairs));
    expect(t?.principal ?? null).toBeNull();
  });
});

describe('cards numbered 第k期/总共n期 with no label', () => {
  // 6,000 in six periods of 1,072.00 (1,000 of principal, 72.00 of fee).
  const cards = ['3', '4', '5', '6', '7', '8'].flatMap((m, i) => [
    '1072.00元',
    i < 2 ? '已还款' : '待还款',
    `2026年${m}月10日`,
    `第${String(i + 1)}期/总共6期`,
  ]);
  const summary: [string, string][] = [
    ['借款金额', '6,000.00元'],
    ['分期期数', '6期'],
    ['每期服务费', '72.00元'],
    ['服务费合计', '432.00元'],
  ];

  it('are the plan where they number every period from the first', () => {
    const t = readSpec({ pairs: summary, text: cards });
    expect(t.payments.map((p) => [p.dueDate, p.amount])).toEqual(
      ['03', '04', '05', '06', '07', '08'].map((m) => [`2026-${m}-10`, '1072.00']),
    );
  });

  it('are no plan where a period is missing', () => {
    // The third card gone: 第1期, 第2期, 第4期 … is not the whole plan.
    const gap = cards.filter((_, i) => i < 8 || i >= 12);
    const t = readTerms(rawOf({ pairs: summary, text: gap }));
    // (What the summary alone gives may stand: the cards' dates are not taken for a plan.)
    expect((t?.payments ?? []).filter((p) => p.dueDate !== null)).toEqual([]);
  });
});

describe('a bank’s deposit account', () => {
  it('is no loan, whatever the menu beside it says of loans', () => {
    const raw = rawOf({
      title: '存款账户详细信息 - 澄溪银行个人网上银行',
      lead: ['存款账户查询', '贷款账户详细信息', '还款计划查询', '提前还款试算'],
      pairs: [
        ['存款账号', '6214 **** **** 0638'],
        ['账户类型', '整存整取定期存款'],
        ['本金', '50,000.00'],
        ['存期', '2年'],
        ['年利率', '1.45%'],
        ['起息日', '2026-03-02'],
        ['到期日', '2028-03-02'],
        ['到期本息合计（预计）', '51,450.00'],
        ['转存方式', '到期自动转存（本金转存）'],
        ['支取方式', '凭密码支取'],
      ],
    });
    expect(readTerms(raw)).toBeNull();
  });
});
