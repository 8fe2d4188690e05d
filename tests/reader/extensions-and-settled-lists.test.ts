/**
 * Round eighty-nine's rollovers and extensions (展期, 续期): a fee paid from the borrower's card on
 * the day the extension starts; a list of loans all settled, past extensions and all.
 */
import { describe, expect, it } from 'vitest';
import { readTerms } from '@/lib/reader';
import { rawOf, readSpec, tableOf, upfrontNamed } from '../support/raw';

describe('a fee paid on the day the loan starts', () => {
  const plan = tableOf(
    ['期数', '还款日', '应还金额'],
    [
      ['1/3', '2026-04-25', '2090.00'],
      ['2/3', '2026-05-25', '2060.00'],
      ['3/3', '2026-06-25', '2030.00'],
    ],
  );

  it('is paid before anything is repaid', () => {
    const t = readSpec({
      pairs: [
        ['借款金额', '6000.00'],
        ['展期服务费', '240.00元'],
        ['展期成功', '展期服务费240.00元已于2026-03-25从尾号4416的银行卡扣缴'],
      ],
      tables: [plan],
    });
    expect(upfrontNamed(t)).toEqual(['展期服务费|240.00']);
    expect(t.received).toBe('5760.00');
  });

  it('is not, paid on a later day', () => {
    const t = readSpec({
      lead: ['借款日期 2026-03-25'],
      pairs: [
        ['借款金额', '6000.00'],
        ['展期服务费', '240.00元'],
        ['展期成功', '展期服务费240.00元已于2026-04-25从尾号4416的银行卡扣缴'],
      ],
      tables: [plan],
    });
    expect(upfrontNamed(t)).toEqual([]);
  });
});

describe('a list of loans all settled', () => {
  it('is no loan to check', () => {
    const raw = rawOf({
      pairs: [
        ['借款金额', '1500元'],
        ['借款期限', '14'],
        ['展期记录', '2026-03-28 已支付展期还款手续费120.00元，还款日由2026-03-28顺延至2026-04-11'],
        ['借款金额', '1000元'],
        ['借款期限', '7'],
      ],
      text: ['已结清', '已结清', '— 没有更多订单了 —'],
    });
    expect(readTerms(raw)).toBeNull();
  });

  it('is still a loan where one is owed', () => {
    const raw = rawOf({
      pairs: [
        ['借款金额', '1500元'],
        ['借款期限', '14天'],
        ['借款金额', '1000元'],
        ['借款期限', '7天'],
      ],
      text: ['已结清', '已结清', '待还款 1,003.50元'],
    });
    expect(readTerms(raw)).not.toBeNull();
  });
});
