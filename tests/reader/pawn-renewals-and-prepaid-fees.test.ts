/**
 * Round sixty-six's patterns and the pawn renewal left over from round sixty-five: a 综合费用 paid in
 * advance (预交) on the day a ticket is renewed, and a pawn's 月综合费率 read as the fee rate it is
 * (典当管理办法第三十八条: 综合费用包括各种服务及管理费用). Each expected figure is worked by hand beside
 * it, not with lib/finance.
 */
import { describe, expect, it } from 'vitest';
import { readTerms } from '@/lib/reader';
import { rawOf, readSpec, upfrontNamed as upfront } from '../support/raw';

describe('a pawn renewal whose fee for the new term is paid in advance', () => {
  const renewal = (clause: string) => ({
    pairs: [
      ['典当行', '岑川典当有限责任公司'],
      ['当金', '30,000.00元'],
      ['月利率', '0.5%'],
      ['月综合费率', '2.4%'],
      ['上期利息（当金×月利率×1个月）', '150.00元'],
      ['本期综合费用（当金×月综合费率×1个月）', '720.00元'],
      ['本次续当应付', '870.00元'],
      ['续当期限', '2026-06-12 至 2026-07-12（1个月）'],
    ] as [string, string][],
    text: [clause, '本期利息150.00元于赎当时与当金一并支付，到期赎当应付 30,150.00元。'],
  });

  it('takes the prepaid 本期综合费用 from what the renewal brings in', () => {
    // 30,000 × 2.4 % = 720.00 paid on the renewal day: 29,280.00 in hand, 30,150.00 a month later.
    const t = readSpec(renewal('续当须先结清上期利息，并预交本期综合费用。'));
    expect(upfront(t)).toEqual(['本期综合费用|720.00']);
    expect(t.received).toBe('29280.00');
    expect(t.payments.map((p) => p.amount)).toEqual(['30150.00']);
  });

  it('reads the 月综合费率 as a fee rate and the 月利率 as interest', () => {
    const t = readTerms(rawOf(renewal('续当须先结清上期利息，并预交本期综合费用。')));
    const kinds = (t?.statedRates ?? []).map((r) => `${r.kind}|${r.value}`).sort();
    expect(kinds).toEqual(['fee-rate-monthly|0.024', 'monthly|0.005']);
  });
});
