/**
 * Claims against independent figures: each amount below was computed by
 * tests/claims/independent_figures.py (Python decimal, none of the project's code).
 */
import { describe, expect, it } from 'vitest';

import { atStake } from '@/lib/claims/at-stake';
import { claimsOf } from '@/lib/claims/claims-of';

import { fairBank, membership, privateIou, upfrontFee } from '../../cli/example-loans';

const byFinding = (claims: ReturnType<typeof claimsOf>, id: string) =>
  claims.filter((c) => c.findingId === id);

describe('claims', () => {
  it('membership sample: 第670条 counts only the 299 deducted — 318.78, never 1,038.84', () => {
    const claims = claimsOf(membership());
    const [c670] = byFinding(claims, 'upfront-deduction');
    expect(c670).toMatchObject({ basis: 'civilCode670', amount: '318.78', kind: 'deduction-670' });
    expect(c670?.figures).toMatchObject({ contractTotal: '8529.48', lawfulTotal: '8210.70' });
    expect(claims.map((c) => c.amount)).not.toContain('1038.84');
  });

  it('membership sample: the 担保服务费 and the membership are their own claims on their own bases', () => {
    const claims = claimsOf(membership());
    expect(byFinding(claims, 'fee-outside-apr')).toEqual([
      expect.objectContaining({ basis: 'pboc2021No3Art3', item: '担保服务费', amount: '720.00' }),
    ]);
    expect(byFinding(claims, 'addon-preselected')).toEqual([
      expect.objectContaining({
        basis: 'consumerProtection26',
        item: '极速放款会员',
        amount: '299.00',
      }),
    ]);
  });

  it('membership sample: above 24% is 571.17, conditional on a licensed lender the page does not name', () => {
    const [c] = byFinding(claimsOf(membership()), 'cost-over-24');
    expect(c).toMatchObject({
      basis: 'financialJudicial2017',
      amount: '571.17',
      line: '0.24',
      ifLicensed: true,
    });
    expect(c?.overlaps).toEqual(expect.arrayContaining(['upfront-deduction', 'fee-outside-apr']));
  });

  it('upfront-fee sample (small-loan company): 670 is 863.76 and above 24% is 399.75, unconditionally', () => {
    const claims = claimsOf(upfrontFee());
    expect(byFinding(claims, 'upfront-deduction')[0]?.amount).toBe('863.76');
    const [line] = byFinding(claims, 'cost-over-24');
    expect(line?.amount).toBe('399.75');
    expect(line?.ifLicensed).toBeUndefined();
  });

  it('private IOU: above 4 × LPR (12%) is 359.08 under 民间借贷规定第25条, and no 24% claim', () => {
    const claims = claimsOf(privateIou());
    expect(byFinding(claims, 'cost-over-4x-lpr')).toEqual([
      expect.objectContaining({ basis: 'privateLending25', amount: '359.08', line: '0.12' }),
    ]);
    expect(claims.some((c) => c.basis === 'financialJudicial2017')).toBe(false);
  });

  it('a prepayment charge and disclosure findings claim no amount, with the reason', () => {
    const claims = claimsOf(membership());
    expect(byFinding(claims, 'prepayment-charge')[0]).toMatchObject({
      amount: null,
      noAmount: 'depends-on-prepayment-date',
    });
    expect(byFinding(claims, 'apr-understated')[0]).toMatchObject({
      amount: null,
      noAmount: 'not-monetary',
    });
  });

  it('a fair bank loan has no claim', () => {
    expect(claimsOf(fairBank())).toEqual([]);
  });

  it('money at stake: the strongest two claims, never summed, said to overlap', () => {
    const stake = atStake(membership(), claimsOf(membership()));
    expect(stake.shown).toBe('12.00%');
    expect(stake.top.map((c) => c.amount)).toEqual(['318.78', '571.17']);
    expect(stake.overlapping).toBe(true);
  });
});
