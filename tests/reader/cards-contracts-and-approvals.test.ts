/**
 * Card plans, loan confirmations, IOUs and approval screens: an approved amount beside the one
 * applied for; a repayment stated as 到期一次还清; a fee paid to a guarantor with each instalment;
 * a term said as 借款45天; plan cards whose parts sit in runs of their own; rows that are only their
 * parts; term options whose rates the plan's first interest tells apart. Each expected figure is
 * worked by hand beside it, not with lib/finance.
 */
import { describe, expect, it } from 'vitest';
import { readSpec } from '../support/raw';

const amounts = (t: { payments: { amount: string }[] }): string[] =>
  t.payments.map((p) => p.amount);

describe('an approval screen', () => {
  it('lends the approved amount, not the one applied for, where the fee and the payout agree', () => {
    // 150,000 less 4,500 (3%) = 145,500 paid out; 1% a month on 150,000 = 1,500.
    const t = readSpec({
      pairs: [
        ['申请金额(元)', '200,000.00'],
        ['决议金额(元)', '150,000.00'],
        ['决议期限(月)', '12'],
        ['决议利率(%)', '12'],
        ['还款方式', '先息后本'],
      ],
      text: [
        '放款条件：放款时一次性扣收贷款评审费4,500.00元（决议金额的3%），实际放款145,500.00元；按月付息，每月20日付息1,500.00元。',
      ],
    });
    expect(t.principal).toBe('150000.00');
  });
});

describe('a confirmation', () => {
  it('reads 到期一次还清 as what is repaid', () => {
    // 1,000 + 50 + 30 of fees + 15 of interest = 1,095.00 after 15 days.
    const t = readSpec({
      pairs: [
        ['借款本金', '¥1,000.00'],
        ['管理费', '¥50.00'],
        ['平台服务费', '¥30.00'],
        ['利息（日利率0.1%）', '¥15.00'],
        ['到期一次还清', '¥1,095.00'],
      ],
      text: ['到期一次性还本付息，共15天'],
    });
    expect(amounts(t)).toEqual(['1095.00']);
  });

  it('reads a term said as 借款45天', () => {
    const t = readSpec({
      pairs: [['借款金额', '5,000.00元']],
      text: [
        '日利率0.05%（年化利率18.25%），借款45天，到期应还本息合计5,112.50元（利息112.50元）。',
      ],
    });
    expect(t.termDays).toBe(45);
  });
});

describe('a contract', () => {
  it('reads a guarantee fee paid to the guarantor with each instalment', () => {
    const t = readSpec({
      pairs: [
        ['借款金额', '50,000.00元'],
        ['借款期限', '24个月'],
        ['还款方式', '等额本息'],
      ],
      text: [
        '借款年利率14.4%，共24期。借款人每期还款时一并向保证人青樾融资担保有限公司支付担保费450.00元（担保费率0.9%/月，按借款金额计收），由贷款人代扣。',
      ],
    });
    expect(t.fees.find((f) => f.name === '担保费')).toMatchObject({
      when: 'periodic',
      amount: '450.00',
    });
  });
});

describe('a plan of cards', () => {
  it('reads cards whose parts sit in runs of their own, whatever their status', () => {
    // 3,000 flat: 1,000 + 24.00 of interest + 15.00 of guarantee fee = 1,039.00 a month.
    const card = (n: number, status: string): string[] => [
      `第${String(n)}期`,
      status,
      `还款日 2026-0${String(n + 2)}-20`,
      '应还 1,039.00元',
      '本金',
      '1,000.00',
      '利息',
      '24.00',
      '担保服务费',
      '15.00',
    ];
    const t = readSpec({
      pairs: [['借款金额', '3,000.00元']],
      text: ['等本等息', ...card(1, '已还'), ...card(2, '本期待还'), ...card(3, '未到期')],
    });
    expect(amounts(t)).toEqual(['1039.00', '1039.00', '1039.00']);
  });

  it('reads rows that are only their parts, and the option rate the first interest names', () => {
    // 2,000 in 2 equal instalments at 12% a year: interest 20.00 then 10.05; 9.6% and 14.4% are
    // the other options' rates.
    // The chosen card is marked in its heading alone, which holds no rate.
    const option = (label: string, checked: boolean) => ({
      kind: 'radio' as const,
      checked,
      label,
      locator: `#opt-${label}`,
    });
    const t = readSpec({
      controls: [
        option('分1期还款', false),
        option('分2期还款（已选）', true),
        option('分3期还款', false),
      ],
      pairs: [
        ['年化利率（单利）', '9.60%'],
        ['年化利率（单利）', '12.00%'],
        ['年化利率（单利）', '14.40%'],
      ],
      text: [
        '第1期 · 2026-06-20',
        '本金 995.02 ＋ 利息 20.00',
        '第2期 · 2026-07-20',
        '本金 1,004.98 ＋ 利息 10.05',
      ],
    });
    expect(amounts(t)).toEqual(['1015.02', '1015.03']);
    expect(t.statedRates.find((r) => r.primary)?.value).toBe('0.12');
  });
});
