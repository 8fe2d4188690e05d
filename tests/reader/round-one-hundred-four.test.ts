/**
 * Round one hundred and four's patterns (pages 4380–4447): plans that are no equal instalment,
 * site-builder pages, server-driven UIs, group and guarantor micro-loans, loans repaid daily or
 * weekly from takings, and loans with money held back (保证金, 风险金) set against the last period.
 */
import { describe, expect, it } from 'vitest';

import { UNPLACED_FEE } from '@/lib/model/terms';
import { readTerms } from '@/lib/reader';
import { chromiumPage } from '../support/chromium-page';
import { readPatternPage } from '../support/read-pattern-page';
import { amountsOf, rawOf, readSpec, tableOf, upfrontNamed } from '../support/raw';

/** `n` ISO dates `step` days apart, the first `step` days after `from`. */
const everyDays = (n: number, from: string, step: number): string[] =>
  Array.from({ length: n }, (_, i) =>
    new Date(Date.parse(`${from}T00:00:00Z`) + (i + 1) * step * 86_400_000)
      .toISOString()
      .slice(0, 10),
  );

describe('back offices and member portals', () => {
  it('reads a plan whose title is a row of its own table, parts in columns and no total', () => {
    // mangoO: "| 贷款还款交易" over "应还日期 | 实还日期 | 应还本金 | 已还本金 | 应还利息 | 已还利息 | …".
    const dates = everyDays(10, '2026-01-20', 31);
    const t = readSpec({
      pairs: [
        ['核准本金', '20,000 元'],
        ['期数', '10'],
        ['发放日期', '2026-01-20'],
      ],
      tables: [
        tableOf(
          [],
          [
            ['', '贷款还款交易'],
            ['应还日期', '实还日期', '应还本金', '已还本金', '应还利息', '已还利息', '收据号'],
            ...dates.map((d, i) => [d, '', '2,000', '', String(160 - i * 16), '', '']),
            ['合计:', '', '20,000', '', '880', '', ''],
          ],
        ),
      ],
    });
    expect(amountsOf(t)).toEqual(dates.map((_, i) => `${String(2160 - i * 16)}.00`));
  });

  it('counts a plan dated by a month and a year column as its periods in order', () => {
    // "月份 4 | 年份 2026 | 期初余额 | 本月还本 | 本月利息 | 本月合计 | 期末余额": payroll deductions.
    const rows = Array.from({ length: 12 }, (_, i) => {
      const balance = 48_000 - i * 4_000;
      const interest = (balance * 0.09) / 12;
      return [
        String(((3 + i) % 12) + 1),
        String(2026 + Math.floor((3 + i) / 12)),
        `¥${balance.toLocaleString('en-US')}.00`,
        '¥4,000.00',
        `¥${interest.toFixed(2)}`,
        `¥${(4000 + interest).toLocaleString('en-US', { minimumFractionDigits: 2 })}`,
        `¥${(balance - 4000).toLocaleString('en-US')}.00`,
      ];
    });
    const t = readSpec({
      pairs: [
        ['贷款金额', '¥48,000'],
        ['年利率', '9%'],
      ],
      tables: [
        tableOf(['月份', '年份', '期初余额', '本月还本', '本月利息', '本月合计', '期末余额'], rows),
      ],
    });
    expect(t.payments).toHaveLength(12);
    expect(t.payments[0]?.amount).toBe('4360.00');
    expect(t.payments[11]?.amount).toBe('4030.00');
  });

  it('keeps one period where the record of paying it follows on the same day', () => {
    // "2026-04-15 · 12,000.00 · 1,440.00" then "2026-04-15 · 12,000.00 · 1,440.00 · … · OR-0004127".
    const t = readSpec({
      pairs: [
        ['本金金额', '¥48,000.00'],
        ['放款日期', '2026-01-15'],
      ],
      tables: [
        tableOf(
          ['到期日', '本金', '利息', '合计', '剩余本金', ''],
          [
            ['2026-04-15', '12,000.00', '1,440.00', '13,440.00', '', ''],
            ['2026-04-15', '12,000.00', '1,440.00', '13,440.00', '36,000.00', 'OR-0004127'],
            ['2026-07-15', '12,000.00', '1,080.00', '13,080.00', '', ''],
            ['2026-10-15', '12,000.00', '720.00', '12,720.00', '', ''],
            ['2027-01-15', '12,000.00', '360.00', '12,360.00', '', ''],
          ],
        ),
      ],
    });
    expect(amountsOf(t)).toEqual(['13440.00', '13080.00', '12720.00', '12360.00']);
  });

  it('reads "按季等额还本，利随本清" as equal parts of principal, no single repayment', () => {
    const t = readSpec({
      pairs: [
        ['贷款产品', '季度还本贷（按季等额还本，利随本清）'],
        ['本金金额', '¥48,000.00'],
        ['期限', '12个月'],
      ],
    });
    expect(t.repaymentMethod).toBe('等额本金');
  });

  it('reads "3.00% (1.00% x 3 个月)" as a monthly rate of 1 %, no year’s 3 %', () => {
    const t = readSpec({
      pairs: [
        ['本金金额', '¥48,000.00'],
        ['期限', '12个月'],
        ['利率', '3.00% (1.00% x 3 个月)'],
      ],
    });
    expect(t.statedRates.map((r) => `${r.kind}|${r.value}`)).toEqual(['monthly|0.01']);
  });

  it('takes a fee charged in a loan ledger on the payout day as taken from the loan', () => {
    // Vaadin status table: "日期 | 交易金额 | 余额 | 费用 | 类型 | 备注".
    const dates = everyDays(12, '2026-03-16', 30);
    const t = readSpec({
      pairs: [
        ['合同金额', '200,000.00'],
        ['年利率', '9.6%'],
        ['期数', '12'],
      ],
      tables: [
        tableOf(
          ['日期', '交易金额', '余额', '费用', '类型', '备注'],
          [
            ['2026-03-16', '200,000.00', '200,000.00', '', '放款', '合同金额'],
            ['2026-03-16', '', '200,000.00', '4,000.00', '费用', '放款手续费，放款时从贷款中扣收'],
            ['2026-04-16', '1,600.00', '200,000.00', '', '还款', '第1/12期 利息'],
          ],
          'body > table:nth-of-type(1)',
        ),
        tableOf(
          ['期数', '还款日期', '还款额', '利息', '本金'],
          dates.map((d, i) => [
            String(i + 1),
            d,
            i === 11 ? '201,600.00' : '1,600.00',
            '1,600.00',
            i === 11 ? '200,000.00' : '0.00',
          ]),
          'body > table:nth-of-type(2)',
        ),
      ],
    });
    expect(upfrontNamed(t)).toEqual(['放款手续费|4000.00']);
    expect(t.received).toBe('196000.00');
  });

  it('says which named fees it could not place, leaving them out of the flows', () => {
    // mangoO's loan form: "贷款手续费: 480 元 · 贷款保险: 240 元", no word of when, in no instalment.
    const dates = everyDays(12, '2026-03-02', 31);
    const t = readSpec({
      pairs: [
        ['申请本金', '24,000 元'],
        ['利率', '1.5% 每月'],
        ['期数', '12'],
        ['贷款手续费', '480 元'],
        ['贷款保险', '240 元'],
      ],
      tables: [
        tableOf(
          ['应还日期', '应还本金', '应还利息'],
          dates.map((d) => [d, '2,000', '360']),
        ),
      ],
    });
    expect(t.received).toBe('24000.00');
    expect(t.unreadable.filter((u) => u.reason === UNPLACED_FEE).map((u) => u.text)).toEqual([
      '480.00',
      '240.00',
    ]);
  });

  it('reads 原始本金 as the amount lent', () => {
    const t = readSpec({
      pairs: [
        ['原始本金', '¥36,000.00'],
        ['剩余本金', '¥29,878.36'],
        ['利率', '10.800%'],
        ['月供', '¥1,175.19'],
        ['期限', '3年'],
      ],
    });
    expect(t.principal).toBe('36000.00');
  });

  it('names no lender from the list of the applicant’s other debts', () => {
    const t = readSpec({
      lead: ['岚溪农村资金互助社'],
      pairs: [
        ['贷款金额', '80,000.00'],
        ['期限', '12个月'],
        ['月利率', '0.65%'],
        ['其他借款', '借款 1'],
        ['贷款机构', '澄湾银行'],
        ['金额', '50,000.00'],
      ],
    });
    expect(t.lender.name).not.toBe('澄湾银行');
  });

  it('reads no loan on a member’s own time investment', () => {
    const raw = rawOf({
      pairs: [
        ['投资编号', 'INV-2026-0188'],
        ['投资人：', '许明川'],
        ['年利率', '2.40% (每季付息) - 单利'],
        ['期限', '1 年'],
        ['投资金额', '¥100,000.00'],
      ],
      text: ['投资收益表'],
      tables: [
        tableOf(
          ['日期', '本期利息', '累计利息', '期末金额'],
          everyDays(4, '2026-03-02', 91).map((d, i) => [
            d,
            '¥600.00',
            `¥${String(600 * (i + 1))}.00`,
            '¥100,000.00',
          ]),
        ),
      ],
    });
    expect(readTerms(raw)).toBeNull();
  });
});

describe('loans repaid by the day or the week', () => {
  it('reads a plan repaid every day for 100 days as 100 repayments, not one at the end', () => {
    const dates = everyDays(100, '2026-05-11', 1);
    const t = readSpec({
      pairs: [
        ['借款本金', '¥20,000'],
        ['借款期限', '100天'],
        ['每日还款额', '¥212'],
        ['应还总额', '¥21,200'],
        ['放款日期', '2026年05月11日'],
      ],
      tables: [
        tableOf(
          ['天数', '还款日期', '每日还款额', '累计已还'],
          dates.map((d, i) => [String(i + 1), d, '¥212', `¥${String(212 * (i + 1))}`]),
        ),
      ],
    });
    expect(t.payments).toHaveLength(100);
    expect(t.repaymentMethod).not.toBe('到期一次性还本付息');
  });

  it('counts "第1周" rows and takes the column of what is handed in (应交金额)', () => {
    const dates = everyDays(20, '2026-07-06', 7);
    const t = readSpec({
      pairs: [
        ['借款金额', '5,000.00元'],
        ['借款期限', '20周（140天）'],
      ],
      tables: [
        tableOf(
          ['期次', '还款日期', '本金', '利息', '小组风险金退还', '应交金额'],
          dates.map((d, i) => [
            `第${String(i + 1)}周`,
            d,
            '250.00',
            '20.00',
            i === 19 ? '-100.00' : '—',
            i === 19 ? '170.00' : '270.00',
          ]),
        ),
      ],
    });
    expect(t.payments).toHaveLength(20);
    expect(t.payments[19]?.amount).toBe('170.00');
  });

  it('takes a weekly plan inside the months chosen as the loan’s periods', () => {
    // "期限 ◉5个月 ○10个月" over 20 rows seven days apart.
    const dates = everyDays(20, '2026-08-03', 7);
    const t = readSpec({
      pairs: [
        ['融资金额', '6,000.00元'],
        ['月利率', '1%（按原始融资额固定计息）'],
      ],
      tables: [
        tableOf(
          ['期次', '还款日期', '本金', '利息', '应还'],
          dates.map((d, i) => [String(i + 1), d, '300.00', '15.00', '315.00']),
        ),
      ],
      controls: [
        { kind: 'radio', checked: true, label: '5个月', locator: '#term5' },
        { kind: 'radio', checked: false, label: '10个月', locator: '#term10' },
      ],
    });
    expect(t.payments).toHaveLength(20);
    expect(t.termMonths).toBe(20);
  });
});

describe('money held back and set against the last period', () => {
  const dates = everyDays(12, '2026-07-06', 30);
  const plan = tableOf(
    [],
    dates.map((d, i) => [
      `第${String(i + 1)}期`,
      d,
      i === 11 ? '应还 ¥1799.51，保证金抵扣 ¥1,000.00' : '本金 ¥1500.00 + 利息 ¥299.51',
      i === 11 ? '¥799.51' : '¥1,799.51',
    ]),
  );

  it('sets a deposit against the last period once, where the plan shows it done', () => {
    const t = readSpec({
      pairs: [
        ['借款金额(元)', '20,000.00'],
        ['借款期限', '12期'],
        ['履约保证金', '¥1,000.00'],
        ['实际到账', '¥19,000.00'],
      ],
      text: [
        '履约保证金放款时从借款中直接扣留，按期还款至最后一期时，保证金自动用于抵扣第12期应还款。',
      ],
      tables: [plan],
    });
    expect(t.payments.at(-1)?.amount).toBe('799.51');
    expect(t.payments).toHaveLength(12);
  });

  it('reads "保证金冲抵" as the offset, no fee of its own', () => {
    const t = readSpec({
      pairs: [
        ['借款金额(元)', '20,000.00'],
        ['借款期限', '12期'],
        ['履约保证金', '¥1,000.00（放款时扣留）'],
        ['保证金冲抵', '¥1,000.00，实扣 ¥799.51'],
      ],
      tables: [plan],
    });
    expect(upfrontNamed(t)).toEqual(['履约保证金|1000.00']);
  });

  it('reads a lessor’s plan of what comes back (计划回款金额) as the rents', () => {
    const rents = everyDays(6, '2026-04-10', 30);
    const t = readSpec({
      pairs: [
        ['业务类型', '以租代售'],
        ['融资额', '24,000.00'],
        ['租赁月数', '6'],
      ],
      tables: [
        tableOf(
          ['期数', '计划回款日', '车辆租金(汇总)', '计划回款金额(汇总)', '备注信息'],
          rents.map((d, i) => [String(i + 1), d, '4280.00', '4280.00', '']),
        ),
      ],
    });
    expect(amountsOf(t)).toEqual(Array<string>(6).fill('4280.00'));
  });
});

describe('fees listed one after another', () => {
  it('keeps a monthly fee monthly though the fee after it is taken at payout', () => {
    // A car-pledge quote, each fee a run "label：value" of its own, read together as its near text.
    const raw = rawOf({
      pairs: [
        ['借款金额', '80,000.00元'],
        ['借款期限', '6个月'],
        ['月利率', '1.5%'],
      ],
      text: [
        '停车监管费：600.00元/月，质押期间车辆由本公司停车场保管，随利息每月支付',
        '车辆评估费：800.00元，放款时从借款中扣除',
      ],
    });
    const [monthly, once] = [6, 7];
    raw.pairs.push(
      {
        label: '停车监管费',
        value: '600.00元/月，质押期间车辆由本公司停车场保管，随利息每月支付',
        via: 'colon',
        labelBlock: monthly,
        valueBlock: monthly,
      },
      {
        label: '车辆评估费',
        value: '800.00元，放款时从借款中扣除',
        via: 'colon',
        labelBlock: once,
        valueBlock: once,
      },
    );
    const t = readTerms(raw);
    expect(t === null ? [] : upfrontNamed(t)).toEqual(['车辆评估费|800.00']);
    expect(t?.fees.find((f) => f.name === '停车监管费')?.when).toBe('periodic');
  });
});

describe('quizzes that match products', () => {
  it('takes no chosen bracket ("1-3万元", "1天以内") for an amount or a term', () => {
    const raw = rawOf({
      text: ['定制贷款测试', '岚盈贷', '匹配度 96%', '日费率', '0.03%', '测试结果仅为产品推荐'],
      controls: [
        { kind: 'radio', checked: true, label: '1-3万元', locator: '#a2' },
        { kind: 'radio', checked: false, label: '3万元以上', locator: '#a3' },
        { kind: 'radio', checked: true, label: '1年以内', locator: '#b2' },
        { kind: 'radio', checked: true, label: '1天以内', locator: '#c1' },
      ],
    });
    const t = readTerms(raw);
    expect(t?.principal ?? null).toBeNull();
  });
});

describe('pages read by the real scanner', () => {
  const chromium = chromiumPage();

  it('reads a 100-day plan of daily repayments (page 4428, one repayment at 21.9 % before)', async () => {
    const t = await readPatternPage(chromium.page, 4428);
    expect(t?.payments).toHaveLength(100);
  });

  it('reads no loan on a cooperative member’s time investment (page 4386)', async () => {
    expect(await readPatternPage(chromium.page, 4386)).toBeNull();
  });

  it('reads the mangoO plan under its title row (page 4418)', async () => {
    const t = await readPatternPage(chromium.page, 4418);
    expect(t?.payments.map((p) => p.amount)[0]).toBe('2160.00');
  });
});
