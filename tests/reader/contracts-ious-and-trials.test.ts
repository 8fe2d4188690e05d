/**
 * Round thirty-four's patterns, from a P2P contract rendered server-side, NutUI loan trials and
 * Ionic IOU apps: a range of rates with words after it, 提前还款0手续费, "借 10000", a fee given as
 * a share of the principal and its amount in one clause, one repayment period beside its dates, a
 * help text's example, a blank sample contract, a unit laid out before its field, a share "扣取"
 * from the loan, labels in one row over their figures, the days an annual rate's interest comes
 * to, and an employee's advance; and from round thirty-five, a platform's revised terms under the
 * same headers as the application, and late charges in yuan (宽限费用, 逾期费用) added to what is due.
 * Each expected figure is worked by hand beside it.
 */
import { describe, expect, it } from 'vitest';
import { readTerms } from '@/lib/reader';
import type { RawExtraction } from '@/lib/model/extraction';
import { rawOf, readSpec, tableOf } from '../support/raw';

/** One rendered run at a place on the page, for layouts read by position. */
const runAt = (text: string, x: number, y: number): RawExtraction['blocks'][number] => ({
  text,
  locator: `body > p:nth-of-type(${String(y)}-${String(x)})`,
  tag: 'p',
  fontSize: 14,
  fontWeight: 400,
  color: 'rgb(0, 0, 0)',
  x,
  y,
  width: 60,
  height: 18,
  finePrint: false,
});

const upfront = (t: { fees: { when: string; name: string; amount?: string }[] }): string[][] =>
  t.fees.filter((f) => f.when === 'upfront').map((f) => [f.name, f.amount ?? '']);

describe('a loan trial', () => {
  it('keeps a range of rates as a range and prices the plan at the approved rate', () => {
    // 20,000 in 12 equal-principal months at 1.2%: 1,666.67 + 240.00 = 1,906.67 first.
    const t = readSpec({
      pairs: [
        ['借', '20000'],
        ['年化利率', '10.8% - 36% （单利），实际以审核为准'],
        ['还款方式', '等额本金'],
        ['还款期数', '12个月'],
      ],
      text: [
        '年化利率10.8% - 36%（单利），以实际为准',
        '首期2026-07-16 应还 1,906.67元',
        '审批年化利率14.4%（单利），即月利率1.2%',
        '借款由澄屿小额贷款有限公司发放；按日计息，提前还款0手续费。',
      ],
    });
    expect(t.principal).toBe('20000.00');
    expect(
      t.statedRates.filter((r) => r.value === '0.108').every((r) => r.context === 'range'),
    ).toBe(true);
    expect(t.payments[0]?.amount).toBe('1906.67');
    expect(t.prepayment?.penalty ?? false).toBe(false);
  });
});

describe('a contract of one repayment', () => {
  const contract = (extra: [string, string][] = []): RawExtraction =>
    rawOf({
      title: '借款协议',
      pairs: [
        ['借款本金', '100,000.00 元'],
        ['借款年利率', '10.00%'],
        ['借款放款日', '2026-04-15'],
        ['到期日', '2026-10-12'],
        ['还款方式', '一次性还本付息。利息=本金*借款年利率*借款期限/365天'],
        ['还款期数', '1期'],
        ['每期还款本息金额', '104,931.51 元'],
        ...extra,
      ],
      text: [
        '2.2.4. 乙方应向运营方支付平台服务费，费率为借款本金的2%，计2,000.00元，由平台在放款时从借款本金中一次性扣收，其余款项划付至乙方账户。',
      ],
    });

  it('runs for its dates, not one month, and the fee in its clause was kept back', () => {
    // 2026-04-15 → 2026-10-12 is 180 days: 100,000 × 10% × 180 / 365 = 4,931.51.
    const t = readTerms(contract());
    expect(t?.termDays).toBe(180);
    expect(t?.termMonths).toBeNull();
    expect(t?.payments.map((p) => p.amount)).toEqual(['104931.51']);
    expect(upfront(t ?? { fees: [] })).toEqual([['平台服务费', '2000.00']]);
    expect(t?.received).toBe('98000.00');
    // The share is that one fee's, not a monthly rate.
    expect(t?.statedRates.map((r) => r.kind)).toEqual(['annual-simple']);
  });

  it('is no loan where it is a blank sample', () => {
    const raw = rawOf({
      title: '借款协议范本',
      text: ['本页为协议范本，仅供预览条款，不构成任何借款要约。'],
      pairs: [
        ['借款本金', '________ 元'],
        ['借款年利率', '________'],
        ['还款期数', '1期'],
      ],
    });
    expect(readTerms(raw)).toBeNull();
  });

  it('is no loan where a help article explains it with examples', () => {
    const raw = rawOf({
      title: '读懂借款协议 - 帮助中心',
      pairs: [
        ['借款本金', '出借人实际出借的金额，例如100,000元'],
        ['借款年利率', '按年计算的利率，例如10%；协议按365天折算日息'],
        ['还款期数', '一次性还本付息只有1期'],
      ],
    });
    expect(readTerms(raw)).toBeNull();
  });
});

describe('an IOU app', () => {
  it('reads a unit laid out before its field, and a share taken from the loan', () => {
    // 6,000 × 1% = 60.00 kept back: 5,940.00 received; 6,000 × 12% × 73 / 365 = 144.00.
    const raw = rawOf({ title: '发借条' });
    const add = (text: string, y: number): void => {
      raw.blocks.push(runAt(text, 0, y));
    };
    ['借款金额:', '元', '6000', '还款日期:', '73天', '年利率:', '%', '12'].forEach((t, i) => {
      add(t, i * 20);
    });
    ['本金 6000元 +利息 144元 = 到期本息 6144元', '平台将扣取借款金额的1%作为服务费'].forEach(
      (t, i) => {
        add(t, 200 + i * 20);
      },
    );
    raw.pairs.push(
      { label: '借款金额', value: '元', via: 'same-element', labelBlock: 0, valueBlock: 1 },
      { label: '还款日期', value: '73天', via: 'same-element', labelBlock: 3, valueBlock: 4 },
      { label: '年利率', value: '%', via: 'same-element', labelBlock: 5, valueBlock: 6 },
    );
    const t = readTerms(raw);
    expect(t?.statedRates.map((r) => [r.kind, r.value])).toEqual([['annual-simple', '0.12']]);
    expect(t?.principal).toBe('6000.00');
    expect(upfront(t ?? { fees: [] })).toEqual([['服务费', '60.00']]);
    expect(t?.received).toBe('5940.00');
  });

  it('pairs labels in one row with the figures under them', () => {
    // "金额 | 发布日期" over "5000元 | 2026-05-20": 金额 is 5,000, not the words beside it.
    const raw = rawOf({ title: '借条' });
    raw.blocks.push(
      runAt('金额', 442, 342),
      runAt('借款期限', 786, 342),
      runAt('5000元', 442, 364),
      runAt('73天', 786, 364),
      runAt('年利率', 442, 401),
      runAt('还款方式', 786, 401),
      runAt('18%', 442, 423),
      runAt('到期一次性还本付息', 756, 423),
    );
    raw.pairs.push(
      { label: '金额', value: '借款期限', via: 'same-element', labelBlock: 0, valueBlock: 1 },
      { label: '年利率', value: '还款方式', via: 'same-element', labelBlock: 4, valueBlock: 5 },
    );
    const t = readTerms(raw);
    expect(t?.principal).toBe('5000.00');
    expect(t?.termDays).toBe(73);
    // 5,000 × 18% × 73 / 365 = 180.00.
    expect(t?.payments.map((p) => p.amount)).toEqual(['5180.00']);
  });

  it('finds the days from the interest at the annual rate', () => {
    // 3,830 − 3,650 = 180.00 of interest at 3,650 × 20% / 365 = 2.00 a day: 90 days.
    const t = readSpec({
      title: '借条详情',
      pairs: [
        ['借款金额', '3650元'],
        ['还款日期', '2026-10-15'],
        ['还款方式', '到期还本付息'],
        ['到期应还', '3830元'],
        ['年利率', '20%'],
      ],
    });
    expect(t.termDays).toBe(90);
  });
});

describe('an employee’s advance', () => {
  it('is no loan of a consumer', () => {
    const raw = rawOf({
      title: '借款详情',
      pairs: [
        ['预计借款时间', '2026-04-08'],
        ['借款金额', '3000(元)'],
        ['一级科目', '项目费用'],
        ['还款方式', '报销冲账'],
        ['还款时间', '2026-04-21'],
        ['实际用款', '2680(元)'],
      ],
    });
    expect(readTerms(raw)).toBeNull();
  });
});

describe('terms revised by the platform', () => {
  it('reads the later term sheet under the same headers as the loan, not the application', () => {
    // 60,000 at 15% 先息后本 for 6 months: 750.00 a month, 60,750.00 at the end.
    const headers = ['借款金额', '借款期数', '借款利率', '日期'];
    const t = readSpec({
      title: '我的借款',
      tables: [
        tableOf(
          headers,
          [['80000.00元', '6个月', '9%', '2026-04-08 14:12']],
          'body > table:nth-of-type(1)',
        ),
        tableOf(
          headers,
          [['60000.00元', '6个月', '15%', '2026-04-27 10:38']],
          'body > table:nth-of-type(2)',
        ),
      ],
      text: ['还款方式：先息后本'],
    });
    expect(t.principal).toBe('60000.00');
    expect(t.payments.map((p) => p.amount)).toEqual([
      '750.00',
      '750.00',
      '750.00',
      '750.00',
      '750.00',
      '60750.00',
    ]);
  });
});

describe('an overdue repay page', () => {
  it('takes 宽限费用 and 逾期费用 in yuan out of what is due now', () => {
    // 应还金额 1,163 = 到期金额 1,098 + 宽限费用 20 + 逾期费用 45; the loan is 1,000 + 98 in 14 days.
    const t = readSpec({
      title: '还款',
      pairs: [
        ['借款天数', '14 天'],
        ['借款金额', '1000'],
        ['手续费', '98'],
        ['到期日期', '2026-06-05'],
        ['到期金额', '1098'],
        ['宽限费用', '20'],
        ['逾期费用', '45'],
        ['应还金额', '¥ 1163'],
      ],
    });
    expect(t.payments.map((p) => p.amount)).toEqual(['1098.00']);
  });
});

describe('shop and calculator pages', () => {
  it('reads no loan from one instalment of the whole price', () => {
    const raw = rawOf({
      title: '商品详情',
      pairs: [
        ['价格', '￥2399'],
        ['分期', '1期'],
        ['月供', '￥2399'],
      ],
      text: ['加入购物车', '立即购买'],
    });
    expect(readTerms(raw)).toBeNull();
  });

  it('reads no loan from a form whose only action is to work it out', () => {
    const raw = rawOf({
      title: '房贷提前还款方式选择',
      pairs: [
        ['贷款金额', '120万元'],
        ['还款方式', '等额本息'],
        ['贷款利率', '4.1%'],
        ['贷款期数', '25年 - 300期'],
      ],
      text: ['计算'],
    });
    expect(readTerms(raw)).toBeNull();
  });
});
