import { describe, expect, it } from 'vitest';

import { composeComplaint } from '@/lib/complaint/compose';
import { placeholder } from '@/lib/complaint/placeholders';
import { defaultSettings } from '@/lib/storage/settings';

import { sampleReport } from '../support/sample-report';

describe('composeComplaint (lender channel)', () => {
  it('holds both amounts, the computed rate, the failing finding with its article, and the demands', () => {
    const text = composeComplaint(sampleReport(), 'lender', defaultSettings.borrower, '2026-11-25');
    expect(text).toContain('致示例小额贷款有限公司');
    expect(text).toContain('合同借款金额 10,000.00 元');
    expect(text).toContain('实际到账金额 9,200.00 元');
    expect(text).toContain('30.63%');
    expect(text).toContain('法律依据：民法典第六百七十条。');
    expect(text).toContain('1. 按实际到账金额 9,200.00 元重新计算');
    expect(text).toContain('不构成法律意见');
  });

  it('uses visible placeholders for missing borrower details and fills given ones', () => {
    const blank = composeComplaint(
      sampleReport(),
      'lender',
      defaultSettings.borrower,
      '2026-11-25',
    );
    expect(blank).toContain(placeholder.name);
    expect(blank).toContain(placeholder.phone);
    const named = composeComplaint(
      sampleReport(),
      'lender',
      { ...defaultSettings.borrower, name: '张三', phone: '13800000000' },
      '2026-11-25',
    );
    expect(named).toContain('本人张三（联系电话：13800000000）');
    expect(named).not.toContain(placeholder.name);
  });

  it('lists only failed findings, never what could not be verified', () => {
    const text = composeComplaint(sampleReport(), 'lender', defaultSettings.borrower, '2026-11-25');
    expect(text).not.toContain('提前还款');
  });

  it('says nothing for a page without terms', () => {
    expect(
      composeComplaint(
        { ...sampleReport(), terms: null },
        'lender',
        defaultSettings.borrower,
        '2026-11-25',
      ),
    ).toBe('');
  });
});
