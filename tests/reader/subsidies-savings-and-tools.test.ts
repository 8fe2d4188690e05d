/**
 * What the borrower does not pay, and pages that lend nothing: a plan whose interest the state
 * partly pays (财政贴息) is read by the borrower's own column; one the state pays in full repays the
 * principal alone, at no rate; a fee collected with the last repayment; a rate shown with its own
 * working; a wealth product's maturity notice and a help centre's interest calculator are no
 * loans. Each expected figure is worked by hand beside it, not with lib/finance.
 */
import { describe, expect, it } from 'vitest';
import { analyseTerms } from '@/lib/analysis/analyse';
import { readTerms } from '@/lib/reader';
import { rawOf, readSpec, tableOf } from '../support/raw';

describe('a subsidised loan', () => {
  it('repays what the borrower pays, not the contract interest the state partly pays', () => {
    // 200,000 at 4.5%: 750 a month, of which the state pays 500 (3%) and the borrower 250 (1.5%).
    const rows = [1, 2, 3].map((k) => [
      String(k),
      `2026-0${String(k + 5)}-08`,
      '0.00',
      '750.00',
      '-500.00',
      '250.00',
      '250.00',
    ]);
    const t = readSpec({
      pairs: [
        ['借款金额', '200,000.00元'],
        ['贷款期限', '3个月'],
        ['还款方式', '先息后本'],
        ['财政贴息年利率', '3.00%'],
        ['个人承担年利率', '1.50%'],
      ],
      tables: [
        tableOf(
          ['期次', '还款日', '本金', '合同利息', '财政贴息', '个人应还利息', '个人应还合计'],
          rows,
        ),
      ],
    });
    expect(t.payments.map((p) => p.amount)).toEqual(['250.00', '250.00', '250.00']);
    expect(t.statedRates.map((r) => r.label)).not.toContain('财政贴息年利率');
  });

  it('repays the principal alone at 0% where the state pays all the interest', () => {
    // 50,000 for three years; each year's 1,500 of interest is paid by the county.
    const rows = [1, 2, 3].map((k) => [
      String(k),
      `${String(2026 + k)}-04-10`,
      k === 3 ? '50,000.00' : '0.00',
      '1,500.00',
      '-1,500.00',
      '0.00',
      k === 3 ? '50,000.00' : '0.00',
    ]);
    const t = readSpec({
      pairs: [
        ['借款金额', '¥50,000'],
        ['贷款期限', '36个月'],
        ['放款日期', '2026-04-10'],
        ['贷款年利率', '3.00%（一年期LPR）'],
        ['个人实际承担年利率', '0.00%'],
        ['还款方式', '到期一次性还本付息'],
      ],
      tables: [
        tableOf(
          ['年度', '结息/还款日', '应还本金', '应计利息', '财政贴息', '个人实付利息', '个人应还'],
          rows,
        ),
      ],
    });
    expect(t.payments.map((p) => [p.dueDate, p.amount])).toEqual([['2029-04-10', '50000.00']]);
    const report = analyseTerms(t, {
      input: 'test',
      url: 'https://loan.example/',
      title: '',
      settings: { lenderTypeOverride: null, userLpr: [] },
      now: '2026-06-01T00:00:00.000Z',
    });
    expect(report.apr?.nominal).toBe('0.000000');
  });
});

describe('fees and rates in their own words', () => {
  it('adds a fee collected with the last repayment to it', () => {
    // 3,000 for 14 days at 0.05% a day: 21.00; with the 90.00 fee, 3,111.00 at the end.
    const t = readSpec({
      pairs: [
        ['借款金额', '3,000.00元'],
        ['借款日期', '2026-08-01'],
        ['借款期限', '14天'],
        ['日利率', '0.05%'],
        ['综合服务费', '90.00元（到期随本息一并收取）'],
      ],
    });
    expect(t.received).toBe('3000.00');
    expect(t.payments.map((p) => p.amount)).toEqual(['3111.00']);
  });

  it('reads a rate shown with its own working', () => {
    const t = readSpec({
      pairs: [
        ['借款金额', '10,000.00元'],
        ['分期期数', '24期'],
        ['每期手续费率', '0.75%'],
        ['年化费率', '9%（=0.75%×12）'],
      ],
    });
    expect(t.statedRates.map((r) => [r.kind, r.value])).toContainEqual(['annual-simple', '0.09']);
  });
});

describe('pages that lend nothing', () => {
  it('leaves a wealth product’s maturity notice alone', () => {
    const raw = rawOf({
      lead: ['您持有的理财产品即将到期，本息将于到期日自动返还至您的银行卡：'],
      pairs: [
        ['到期日期', '2026-12-20'],
        ['到期本息', '20,394.52 元'],
        ['认购金额', '20,000.00元'],
        ['业绩比较基准（年化）', '3.60%'],
        ['产品期限', '200天'],
        ['起息日', '2026-06-03'],
      ],
    });
    expect(readTerms(raw)).toBeNull();
  });

  it('leaves an investor’s own account on a lending platform alone', () => {
    const raw = rawOf({
      lead: ['我的投资', '项目信息 投资金额(元) 预期收益(元) 已收款(元) 待收款(元) 状态 操作'],
      pairs: [
        ['利率', '10.20%'],
        ['期限', '6个月'],
        ['投资金额', '50,000.00'],
      ],
      text: ['收款记录', '2026-04-18 425.00', '2026-09-18 50,425.00'],
    });
    expect(readTerms(raw)).toBeNull();
  });

  it('leaves a help centre’s interest calculator alone', () => {
    const raw = rawOf({
      title: '帮助中心-常用工具',
      lead: ['常用工具', '利息计算器'],
      pairs: [
        ['借款金额', '100000'],
        ['年利率', '9%'],
        ['借款期限', '12个月'],
        ['每个月将偿还利息', '8745.15'],
      ],
      text: ['计算结果仅供参考，不构成借款要约；实际借款金额、利率及费用以借款合同为准。'],
    });
    // As plain text the figures read as a loan; under the tool's own heading they are its sample.
    expect(readTerms(raw)).not.toBeNull();
    const heading = raw.blocks[1];
    if (heading) Object.assign(heading, { fontSize: 18, fontWeight: 700 });
    expect(readTerms(raw)).toBeNull();
  });
});
