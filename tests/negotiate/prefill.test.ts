/** Pre-filling from an overdue notice's visible text (as Chromium's innerText gives a table). */
import { describe, expect, it } from 'vitest';

import { noticeFigures } from '@/lib/negotiate/prefill';

const text = [
  '好借花 · 逾期还款提醒',
  '借款信息',
  '放款机构\t某某网络小额贷款有限公司',
  '借款日期\t2026-03-15',
  '借款金额\t20,000.00元',
  '实际到账金额\t18,800.00元',
  '已还金额\t8,470.60元',
  '逾期天数\t107天',
  '剩余本金\t14,200.00元',
  '逾期利息：846.30元',
  '罚息\t612.40',
  '违约金\t1,420.00元',
  '逾期管理费\t300.00元',
  '合计应还\t17,378.70元',
  '请于3日内还清全部欠款。',
].join('\n');

describe('noticeFigures', () => {
  it('takes every labelled figure and dates the overdue start from the days', () => {
    const { draft, read, mismatch } = noticeFigures(text, '2026-11-30');
    expect(draft).toEqual({
      lender: '某某网络小额贷款有限公司',
      contractDate: '2026-03-15',
      principal: '20000.00',
      received: '18800.00',
      repaid: '8470.60',
      owedPrincipal: '14200.00',
      owedInterest: '846.30',
      owedPenalty: '612.40',
      owedDamages: '1420.00',
      owedFees: '300.00',
      overdueSince: '2026-08-15',
    });
    expect(read).toContain('合计应还 17,378.70元');
    expect(mismatch).toBeNull();
  });

  it('says so when the parts do not add up to the stated total', () => {
    const { mismatch } = noticeFigures(text.replace('17,378.70', '17,878.70'), '2026-11-30');
    expect(mismatch).toEqual({ parts: '17378.70', total: '17878.70' });
  });

  it('takes nothing from a page without labelled figures', () => {
    expect(noticeFigures('今日新闻\n央行宣布LPR保持不变', '2026-11-30').draft).toEqual({});
  });
});
