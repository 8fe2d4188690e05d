import { describe, expect, it } from 'vitest';

import { channelOrder } from '@/lib/complaint/channels';
import { composeComplaint } from '@/lib/complaint/compose';
import { installmentPlan, nextMonthLabel } from '@/lib/complaint/installment-plan';
import { placeholder } from '@/lib/complaint/placeholders';
import { defaultSettings } from '@/lib/storage/settings';

import { sampleReport } from '../support/sample-report';

const options = { borrower: defaultSettings.borrower, today: '2026-11-25' };

describe('composeComplaint', () => {
  it.each(channelOrder)(
    '%s: holds both amounts, the computed rate, the cited articles and the not-legal-advice line',
    (channel) => {
      const text = composeComplaint(sampleReport(), channel, options);
      expect(text).toContain('10,000.00');
      expect(text).toContain('9,200.00');
      expect(text).toContain('30.63%');
      expect(text).toContain('第六百七十条');
      expect(text).toContain('不构成法律意见');
      expect(text).not.toMatch(/\{\w+\}/);
    },
  );

  it('lender: addresses the named lender, lists the issue, the citation and the computed demands', () => {
    const text = composeComplaint(sampleReport(), 'lender', options);
    expect(text).toContain('致示例小额贷款有限公司');
    expect(text).toContain('合同借款金额 10,000.00 元');
    expect(text).toContain('实际到账金额 9,200.00 元');
    expect(text).toContain('法律依据：民法典第六百七十条。');
    expect(text).toContain('1. 按实际到账金额 9,200.00 元重新计算');
  });

  it('regulators: say the lender was asked first and leave a visible blank for its date', () => {
    for (const channel of ['nfra-12378', 'pboc-12363', 'local-regulator'] as const) {
      const text = composeComplaint(sampleReport(), channel, options);
      expect(text).toContain(placeholder.firstComplaintDate);
      expect(text).toContain('被投诉机构：示例小额贷款有限公司');
    }
    expect(composeComplaint(sampleReport(), 'local-regulator', options)).toContain(
      `致${placeholder.city}地方金融管理局`,
    );
  });

  it('heimao: fills the five form fields', () => {
    const text = composeComplaint(sampleReport(), 'heimao', options);
    for (const field of [
      '投诉对象：示例小额贷款有限公司',
      '投诉问题：放款时预先扣除费用（砍头息）',
      '投诉要求：',
      '涉诉金额：1,597.00元',
      '投诉内容：',
    ]) {
      expect(text).toContain(field);
    }
  });

  it('negotiation: explains hardship, proposes installments on the amount received, asks for writing and a fee check', () => {
    const text = composeComplaint(sampleReport(), 'negotiation', { ...options, months: 12 });
    expect(text).toContain(placeholder.hardship);
    expect(text).toContain('以实际到账金额 9,200.00 元为本金');
    expect(text).toContain('自2026年12月起分 12 期偿还，每期 766.66 元（最后一期 766.74 元）');
    expect(text).toContain('第六百六十八条');
    expect(text).toContain('逐项列明');
  });

  it('fills the borrower’s details where given and shows placeholders where not', () => {
    const blank = composeComplaint(sampleReport(), 'nfra-12378', options);
    expect(blank).toContain(placeholder.name);
    expect(blank).toContain(placeholder.idNumber);
    const named = composeComplaint(sampleReport(), 'nfra-12378', {
      ...options,
      borrower: {
        ...defaultSettings.borrower,
        name: '张三',
        phone: '13800000000',
        idNumber: '110101199001011234',
      },
    });
    expect(named).toContain('投诉人张三（联系电话：13800000000，身份证号：110101199001011234）');
    expect(named).not.toContain(placeholder.name);
  });

  it('lists only failed findings, never what could not be verified', () => {
    expect(composeComplaint(sampleReport(), 'lender', options)).not.toContain('提前还款');
  });

  it('says nothing for a page without terms', () => {
    expect(composeComplaint({ ...sampleReport(), terms: null }, 'lender', options)).toBe('');
  });
});

describe('installmentPlan', () => {
  it('splits into equal fen parts whose sum is exact', () => {
    expect(installmentPlan('9200.00', 12)).toEqual({
      months: 12,
      installment: '766.66',
      last: '766.74',
    });
    expect(installmentPlan('1200', 12)).toEqual({
      months: 12,
      installment: '100.00',
      last: '100.00',
    });
    expect(installmentPlan('0.05', 3)).toEqual({ months: 3, installment: '0.01', last: '0.03' });
    expect(installmentPlan('abc', 12)).toBeNull();
    expect(installmentPlan('100', 0)).toBeNull();
  });

  it('names the month after today', () => {
    expect(nextMonthLabel('2026-11-25')).toBe('2026年12月');
    expect(nextMonthLabel('2026-12-01')).toBe('2027年1月');
  });
});
