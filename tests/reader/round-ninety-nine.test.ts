/**
 * Round ninety-nine's patterns (pages 4020–4087, and old pages 3977, 3987, 3998): shops' tills and
 * their instalment plans (实收金额 collected at the counter, a charge list of bare "金额" lines, a
 * first instalment paid today), lenders' and investors' sides of a P2P app built with CSS-in-JS (a
 * form's hint between a field's label and its value, a drop-down's rate option, "剩余 6 天", fees as
 * a share of each repayment, an account card's "每月还款 ¥ 0"), list heads drawn apart from the one
 * card under them, and the sanity gate's line for money kept back.
 */
import { describe, expect, it } from 'vitest';

import { doubtBeforeRate } from '@/lib/analysis/sanity-gate';
import type { LoanTerms } from '@/lib/model/terms';
import { readTerms } from '@/lib/reader';
import { chromiumPage } from '../support/chromium-page';
import { readPatternPage } from '../support/read-pattern-page';
import { amountsOf, rawOf, readSpec, upfrontNamed } from '../support/raw';

const kinds = (t: LoanTerms): string[] => t.statedRates.map((r) => `${r.kind}|${r.value}`);

describe('fees: whose note, and when they are paid', () => {
  it('keeps the next field’s label out of a fee’s note: "每期手续费" stays per period', () => {
    // Page 3977: the label after the fee, "建档服务费（签约当日门店收取）", says when that fee is paid.
    const t = readSpec({
      pairs: [
        ['分期总额（不含手续费）', '¥4,000.00'],
        ['分期总额（含手续费）', '¥4,500.00'],
        ['每期手续费', '¥50.00'],
        ['建档服务费（签约当日门店收取）', '¥150.00'],
        ['期数', '10 个月'],
        ['每月应付', '¥450.00'],
      ],
    });
    expect(t.fees.filter((f) => f.when === 'periodic').map((f) => f.amount)).toEqual(['50.00']);
    expect(upfrontNamed(t)).toEqual(['建档服务费|150.00']);
    expect(t.principal).toBe('4000.00');
  });

  it('reads a fee "于签约当日在门店一次性收取" as paid at the start', () => {
    // (The clause stands apart from the fee's figure, above the plan's fields.)
    const t = readSpec({
      lead: [
        '分期服务费按分期金额的6%计收，于签约当日在门店一次性收取；贷款资金由资金方直接支付至本店。',
      ],
      pairs: [
        ['分期服务费（一次性）', '720.00元'],
        ['分期金额', '¥12,000.00'],
        ['分期期数', '24期'],
        ['还款方式', '等额本息'],
        ['年利率', '9.60%'],
        ['每月还款', '¥551.53'],
      ],
    });
    expect(upfrontNamed(t)).toEqual(['分期服务费|720.00']);
    expect(t.received).toBe('11280.00');
  });

  it('adds a fee charged as a share of each repayment where the page prints the sum', () => {
    const base = {
      pairs: [
        ['借款金额', '24000元'],
        ['借款期限', '12个月'],
        ['年利率', '12%'],
        ['每月还款', '¥ 2240'],
      ] as [string, string][],
    };
    const fees =
      '除我们的服务费（每笔还款金额的0.5%）外，电子支付平台另按交易金额收取2.9%的手续费。';
    const t = readSpec({ ...base, text: [fees, '本期借款最低还款金额为 2316.16 元。'] });
    expect(amountsOf(t)).toEqual(Array<string>(12).fill('2316.16'));
    expect(t.fees.filter((f) => f.when === 'periodic').map((f) => `${f.name}|${f.amount}`)).toEqual(
      ['服务费|11.20', '手续费|64.96'],
    );
    // Without the page's own sum the shares are said, not guessed.
    const bare = readSpec({ ...base, text: [fees] });
    expect(amountsOf(bare)).toEqual(Array<string>(12).fill('2240.00'));
    expect(bare.unreadable.map((u) => u.label)).toEqual(['服务费', '手续费']);
  });
});

describe('figures that are no terms of the loan', () => {
  it('does not take a repayment record’s bare 金额 for the amount lent', () => {
    // Page 3987: a back office's settlement dialog over a plan of six instalments.
    const record: [string, string][] = [
      ['借款类型', '分期-每期含服务费'],
      ['借款期限', '6期'],
      ['每期应还', '1725.00'],
      ['流水号', 'RP26061209470512'],
      ['金额', '1725.00'],
      ['还款时间', '2026-06-12 09:47:05'],
    ];
    const t = readTerms(rawOf({ pairs: record }));
    expect(t?.principal ?? null).not.toBe('1725.00');
  });

  it('reads "借款本金 · 叁仟元整 | ¥3,000.00": the amount in words beside the name', () => {
    const t = readSpec({
      pairs: [
        ['借款本金 · 叁仟元整', '¥3,000.00'],
        ['借款期限', '30天'],
        ['日利率', '0.05%'],
        ['到期应还本息', '¥3,045.00'],
      ],
    });
    expect(t.principal).toBe('3000.00');
  });

  it('does not take a till’s 实收金额 for what the loan paid out', () => {
    const t = readSpec({
      pairs: [
        ['分期金额', '¥12,000.00'],
        ['分期期数', '24期'],
        ['还款方式', '等额本息'],
        ['年利率', '9.60%'],
        ['每月还款', '¥551.53'],
        ['应收金额', '¥2,870.00'],
        ['实收金额', '¥2,870.00'],
      ],
    });
    expect(t.received).toBe('12000.00');
  });

  it('reads no instalment from an account card’s "每月还款 ¥ 0"', () => {
    const t = readSpec({
      pairs: [
        ['每月还款', '¥ 0'],
        ['借款金额', '¥ 30000'],
        ['借款期限', '18 月'],
      ],
    });
    expect(amountsOf(t).some((a) => a === '0.00')).toBe(false);
  });

  it('reads "借款期限 | 剩余 6 天" as time left, not the term', () => {
    const t = readSpec({
      pairs: [
        ['借款金额', '40,000.00 元'],
        ['年化利率', '21.00%'],
        ['应还总额', '44,200.00'],
        ['借款期限', '剩余 6 天'],
      ],
    });
    expect(t.termDays).toBeNull();
  });

  it('reads a drop-down’s rate option, each figure before its name: "1.5% 月利率* (18.00% 年化)"', () => {
    const t = readSpec({
      pairs: [
        ['借款金额', '20,000.00 元'],
        ['借款期限', '6 个月'],
        ['月利率 *', '1.5% 月利率* (18.00% 年化)'],
      ],
    });
    expect(kinds(t)).toEqual(['monthly|0.015', 'annual-simple|0.18']);
  });

  it('reads no loan where the reader lends: checking a project, collecting a return', () => {
    const project = rawOf({
      lead: ['出借人中心', '寻找出借项目', '借款详情', '请再次核对本次出借的详情'],
      pairs: [
        ['借款人所需金额', '¥ 50000'],
        ['年利率', '14%'],
        ['您将收回的金额', '57000 元'],
        ['借款期限', '12 月'],
      ],
    });
    expect(readTerms(project)).toBeNull();
    const collect = rawOf({
      lead: ['我的出借', '出借有风险，收益率不代表借款人一定按时还款。'],
      pairs: [
        ['投资回款', '5,525.00 元'],
        ['收益率', '10.50%'],
        ['出借金额', '5,000.00 元'],
        ['借款金额', '40,000.00 元'],
        ['借款期限', '6 个月'],
      ],
      text: ['领取资金'],
    });
    expect(readTerms(collect)).toBeNull();
  });
});

describe('the sanity gate: more than half kept back', () => {
  const terms = (received: string, upfront: string[]): LoanTerms => ({
    ...readSpec({
      pairs: [
        ['借款金额', '12,000.00元'],
        ['借款期限', '12个月'],
      ],
    }),
    received,
    fees: upfront.map((amount) => ({ name: '服务费', when: 'upfront', amount })),
  });

  it('doubts a received amount under half the loan that the named fees do not explain', () => {
    expect(doubtBeforeRate(terms('2870.00', []))?.figures.check).toBe('received-below-half');
  });

  it('leaves a received amount alone where the named fees explain the gap, or it is not that large', () => {
    expect(doubtBeforeRate(terms('5000.00', ['7000.00']))).toBeNull();
    expect(doubtBeforeRate(terms('8000.00', []))).toBeNull();
  });
});

describe('pages read by the real scanner', () => {
  const chromium = chromiumPage();
  /** Page n read by the scanner once `shown` is on screen (4025 fills its charges in late). */
  const read = (n: number, shown?: string): Promise<LoanTerms | null> =>
    readPatternPage(chromium.page, n, shown);

  it('reads a pay-later checkout whose first payment is made today (page 3998)', async () => {
    // "确认订单（含税） ¥3000.00" less "今天 ¥630.00" is what is financed.
    const t = await read(3998);
    expect(t?.principal).toBe('2370.00');
    expect(t && amountsOf(t)).toEqual(Array<string>(4).fill('630.00'));
  });

  it('reads a till’s charge list: each bare "金额" under its item’s name (page 4025)', async () => {
    const t = await read(4025, '上牌代办费');
    expect(t?.principal).toBe('12000.00');
    expect(t && upfrontNamed(t)).toEqual(['分期服务费|720.00']);
    expect(t?.received).toBe('11280.00');
  });

  it('reads a form’s field past its hint: "借款期限 | …最长30天… | 6 个月" (page 4048)', async () => {
    const t = await read(4048);
    expect(t?.termMonths).toBe(6);
    expect(t?.termDays).toBeNull();
    expect(t && kinds(t)).toEqual(['monthly|0.015', 'annual-simple|0.18']);
  });

  it('reads the one card under a row of column heads, its amount a month under its amount (page 4044)', async () => {
    const t = await read(4044);
    expect(t?.principal).toBe('36000.00');
    expect(t?.termMonths).toBe(12);
    expect(t?.payments[0]?.amount).toBe('3148.25');
    expect(t?.lender.name).toBeNull();
  });

  it('names the lender as registered where the page writes its whole name (page 4086)', async () => {
    // The seal says "霁川小额贷款"; the header, "霁川小额贷款有限公司".
    expect((await read(4086))?.lender.name).toBe('霁川小额贷款有限公司');
  });

  it('reads a first instalment paid at the till as the buyer’s own money (page 4024)', async () => {
    const t = await read(4024);
    expect(t?.principal).toBe('3289.00');
    expect(t?.received).toBe('3271.06');
    expect(t?.payments.length).toBe(11);
    expect(t && upfrontNamed(t)).toEqual(['首期手续费|17.94']);
  });
});
