/**
 * Round eighty-five (loan terms said in a chat): an agent's or a borrower's words name the amount
 * ("额度批了10万，期限12个月", "您于2026-02-03借款3,000.00元", "我在小橙周转借了3,000元"), the
 * instalment ("每个月只还利息1,200.00元") and what reaches the borrower ("到手相当于98,000元"); the
 * page's own arithmetic then checks them.
 */
import { describe, expect, it } from 'vitest';
import { readTerms } from '@/lib/reader';
import { rawOf, readSpec } from '../support/raw';

const APPROVAL = [
  '好的陈经理，能批多少？',
  '额度批了10万，期限12个月，还款方式是先息后本，月利率1.2%，也就是月息1分2',
  '每个月只还利息1,200.00元，第12个月连本带息还101,200.00元，前面压力很小的',
];

describe('an approval said with its term', () => {
  it('names the amount lent, in 万 with no 元', () => {
    const t = readSpec({ text: APPROVAL });
    expect([t.principal, t.termMonths, t.repaymentMethod]).toEqual(['100000.00', 12, '先息后本']);
  });

  it('is checked by the instalment the agent says: 1.2% of 100,000 a month', () => {
    const t = readSpec({ text: APPROVAL });
    expect(t.payments.slice(0, 11).every((p) => p.amount === '1200.00')).toBe(true);
    expect(t.payments[11]?.amount).toBe('101200.00');
    expect(t.reading?.checks.find((c) => c.id === 'per-period-vs-method')?.held).toBe(true);
  });

  it('is no loan without its term: a credit line approved is not lent', () => {
    const t = readTerms(rawOf({ text: ['恭喜您，额度批了10万，可随时提现，月利率1.2%'] }));
    expect(t?.principal ?? null).toBeNull();
  });

  it('takes what reaches the borrower from "到手相当于…"', () => {
    const t = readSpec({
      text: [...APPROVAL, '对的，到手相当于98,000元，利息还是按10万算，行业都是这样操作的'],
    });
    expect(t.received).toBe('98000.00');
  });
});

describe('a borrowing told in a reply or a complaint', () => {
  it('reads "您于2026-02-03借款3,000.00元"', () => {
    const t = readSpec({
      text: [
        '经核实：您于2026-02-03借款3,000.00元，借款期限30天，到期日2026-03-05，还款方式为到期一次性还本付息。',
        '利息=3,000.00元×日利率0.05%×30天=45.00元；到期合计应还3,045.00元。',
      ],
    });
    expect([t.principal, t.termDays]).toEqual(['3000.00', 30]);
  });

  it('reads "我在小橙周转借了3,000元"', () => {
    const t = readSpec({
      text: ['我在小橙周转借了3,000元，期限30天，借款页面写的日利率0.05%，今天到期要还3,045.00元'],
    });
    expect(t.principal).toBe('3000.00');
  });
});
