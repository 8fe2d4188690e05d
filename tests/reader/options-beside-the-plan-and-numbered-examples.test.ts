/**
 * Patterns of pages 2642, 2652 and 2653: a table of the terms one could have had beside the dated
 * plan of the loan taken (a help page's "其他期限参考", a note's "当时给的几个方案"), whose one row
 * carries the plan's instalment; a note copied "照着银行 App"; a robot's answer that works two
 * numbered examples ("举两个例子： ① …； ② …"). Each expected figure is worked by hand beside it.
 */
import { describe, expect, it } from 'vitest';
import { readTerms } from '@/lib/reader';
import { rawOf, readSpec, tableOf } from '../support/raw';

// 50,000.00 over 12 months 等额本息 at 0.80 % a month: 50,000 × 0.008 / (1 − 1.008⁻¹²) = 4,386.50
// (the last 4,386.47 once the balance is cleared), interest 2,637.97.
const plan = tableOf(
  ['期数', '还款日', '每期还款（元）', '本金（元）', '利息（元）', '剩余本金（元）'],
  [
    ['1', '2026-08-15', '4,386.50', '3,986.50', '400.00', '46,013.50'],
    ['2', '2026-09-15', '4,386.50', '4,018.39', '368.11', '41,995.11'],
    ['3', '2026-10-15', '4,386.50', '4,050.54', '335.96', '37,944.57'],
    ['4', '2026-11-15', '4,386.50', '4,082.94', '303.56', '33,861.63'],
    ['5', '2026-12-15', '4,386.50', '4,115.61', '270.89', '29,746.02'],
    ['6', '2027-01-15', '4,386.50', '4,148.53', '237.97', '25,597.49'],
    ['7', '2027-02-15', '4,386.50', '4,181.72', '204.78', '21,415.77'],
    ['8', '2027-03-15', '4,386.50', '4,215.17', '171.33', '17,200.60'],
    ['9', '2027-04-15', '4,386.50', '4,248.90', '137.60', '12,951.70'],
    ['10', '2027-05-15', '4,386.50', '4,282.89', '103.61', '8,668.81'],
    ['11', '2027-06-15', '4,386.50', '4,317.15', '69.35', '4,351.66'],
    ['12', '2027-07-15', '4,386.47', '4,351.66', '34.81', '0.00'],
    ['合计', '', '52,637.97', '50,000.00', '2,637.97', ''],
  ],
  'main table:nth-of-type(1)',
);
const options = (rows: string[][]) =>
  tableOf(
    ['期限', '参考年化利率（单利）', '月利率', '每期还款（元）'],
    rows,
    'main table:nth-of-type(2)',
  );

describe('the terms one could have had, beside the plan of the loan taken', () => {
  const worked = {
    text: [
      '以借款金额 50,000.00 元、借款期限 12 期、还款方式 等额本息、年化利率（单利） 9.60% （月利率 0.80%）为例：',
    ],
    pairs: [
      ['借款金额', '50,000.00 元'],
      ['每期还款', '4,386.50 元'],
      ['还款总额', '52,637.97 元'],
    ] as [string, string][],
  };

  it('reads the loan when one row of the options carries the instalment the plan repeats', () => {
    const t = readSpec({
      ...worked,
      tables: [
        plan,
        options([
          ['6 期', '8.40%', '0.70%', '8,538.69'],
          ['12 期', '9.60%', '0.80%', '4,386.50'],
          ['24 期', '10.80%', '0.90%', '2,325.75'],
          ['36 期', '12.00%', '1.00%', '1,660.72'],
        ]),
      ],
    });
    expect(t.principal).toBe('50000.00');
    expect(t.termMonths).toBe(12);
    expect(t.payments).toHaveLength(12);
  });

  it('still calls it a comparison when no row is the plan’s (every instalment differs)', () => {
    const t = readTerms(
      rawOf({
        ...worked,
        tables: [
          plan,
          options([
            ['6 期', '8.40%', '0.70%', '8,538.69'],
            ['24 期', '10.80%', '0.90%', '2,325.75'],
            ['36 期', '12.00%', '1.00%', '1,660.72'],
          ]),
        ],
      }),
    );
    expect(t).toBeNull();
  });
});

describe('where a note’s figures were copied from', () => {
  it('"照着银行 App 抄的" names no bank; the card’s issuer lends', () => {
    // 120,000.00 in 36 monthly instalments of 3,333.33 principal (the last 3,333.45) and a fee of
    // 120,000 × 0.28 % = 336.00: 3,669.33 a month.
    const t = readSpec({
      text: [
        '今年3月新房装修，最后在沣湖银行信用卡办了“家装分期”。（数字都是照着银行 App 和短信抄的。）',
        '分期金额： 120,000.00 元，分期期数：36 期，每期手续费率 0.28%，每期应还 3,669.33 元',
      ],
    });
    expect(t.lender.name).toBe('沣湖银行');
  });
});

describe('a robot’s answer with numbered examples', () => {
  it('reads neither "① 借款10,000.00元…" nor the "② 借款1,000.00元…" after it', () => {
    const t = readTerms(
      rawOf({
        text: [
          '利息怎么算？',
          '借款利息按借款本金、占用天数和利率计算，实际利率以借款确认页展示为准。举两个例子： ① 借款10,000.00元，分12期，等额本息，月利率1.25%（年化利率15.00%），每期还款902.58元，最后一期902.62元，利息合计831.00元，共还10,831.00元；',
          // 1,000 × 0.05 % × 7 = 3.50.
          '② 借款1,000.00元，用7天后一次还清，日利率0.05%，利息为1,000×0.05%×7=3.50元。',
          '您当前没有在借订单，也没有待还账单哦～',
        ],
      }),
    );
    expect(t).toBeNull();
  });

  it('a numbered list that is no example is still read ("② 借款期限：30天")', () => {
    const t = readSpec({
      text: [
        '借款须知：',
        '① 借款金额：2,000.00元；',
        '② 借款期限：30天，到期一次性还本付息，日利率0.05%，利息30.00元。',
      ],
    });
    expect(t.termDays).toBe(30);
  });
});
