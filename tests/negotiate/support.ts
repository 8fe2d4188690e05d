/** The cases the negotiation tests share (figures in tests/negotiate/independent_check.py). */
import { readCase, type NegotiationCase } from '@/lib/negotiate/case';

export const baseCase = {
  lenderType: 'small-loan',
  lender: '某某网络小额贷款有限公司',
  contractDate: '2026-03-15',
  principal: '20000',
  received: '18800',
  annualRate: '0.239',
  repaid: '8470.60',
  owed: { principal: '14200', interest: '846.30', penalty: '612.40', damages: '1420', fees: '300' },
  overdueSince: '2026-08-15',
  asOf: '2026-11-30',
  monthlyCapacity: '1500',
  hardship: '失业',
};

export function caseOf(json: Record<string, unknown>): NegotiationCase {
  const reading = readCase(json, '2026-11-30');
  if (!reading.ok) throw new Error(JSON.stringify(reading.issues));
  return reading.case;
}
