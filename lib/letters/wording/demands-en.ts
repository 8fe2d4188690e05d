/**
 * The demands in English, for the findings cards in English mode (the letters stay Chinese). One
 * per point key of points.ts, same content, same amounts.
 */
import type { PointKey } from './points';

export const DEMANDS_EN: Record<PointKey, string> = {
  'deduction-670':
    'Recompute principal and interest on the {received} yuan actually received, and refund or offset the {amount} yuan overcharged (Civil Code Art. 670).',
  'deduction-670-no-amount':
    'Recompute principal and interest on the {received} yuan actually received, and refund or offset the interest charged on the {deducted} yuan deducted (Civil Code Art. 670).',
  'above-line-licensed':
    'Bring interest, penalties and every fee together within 24% a year, and refund or offset the {amount} yuan above it (SPC opinion Fa Fa [2017] No. 22, Art. 2).',
  'above-line-if-licensed':
    'Ask who the lender is and under what licence; if it is licensed, bring the total cost within 24% a year and refund or offset the {amount} yuan above it.',
  'above-line-private':
    'Recompute interest at {cap} a year; the {amount} yuan above it is not owed, and what was paid is refunded or offset against principal (private-lending provisions Art. 25).',
  'above-line-private-legacy':
    'Recompute the interest in the two periods of private-lending provisions Art. 31, with the workings.',
  'above-line-covered': 'A recomputed repayment plan and fee statement.',
  fee: 'A written account of "{item}" ({amount} yuan in all): what it is for, what service it buys and who collects it; the annual rate restated with it; what was not disclosed waived or refunded.',
  'fee-no-amount':
    'A written account of "{item}": what it is for and who collects it; the annual rate restated with it.',
  addon:
    'Cancel the pre-ticked "{item}" and refund {amount} yuan (Consumer Rights Protection Law Art. 26).',
  prepayment:
    "The basis of the early-repayment charge and the lender's actual loss; any part clearly above that loss reduced (Civil Code Art. 585).",
  overdue: 'Overdue interest, penalties and other overdue fees together within {cap} a year.',
  'apr-understated':
    'The annual rate recomputed with every cost of the loan and shown clearly (PBOC Announcement [2021] No. 3, Art. 3).',
  'apr-simple-unlabelled':
    'How the annual rate shown was computed; if it is simple, the page and the agreement say so (PBOC Announcement [2021] No. 3, Art. 4).',
  'apr-missing':
    'The annual rate of this loan, shown clearly (PBOC Announcement [2021] No. 3, Art. 1).',
  'apr-less-prominent':
    'The annual rate of this loan, shown more clearly than any daily or monthly rate (PBOC Announcement [2021] No. 3, Art. 1).',
  'lender-hidden':
    "The lender's full name, registration number and lending licence, and who collects each fee.",
  'contract-not-shown': 'The full written loan agreement and every fee (Civil Code Art. 668).',
};
