/**
 * What the law supports of what an overdue lender demands, each step kept so the borrower (and a
 * debt adviser) can follow it. All Decimal; money rounded half-up to the fen only where shown.
 *
 * The model, stated so it can be checked (docs/negotiation.md):
 * 1. Principal (民法典第670条, 民间借贷规定第26条): with a deduction D = contract − received, the
 *    principal is the amount received. The lender's outstanding principal O is on the contract
 *    basis, so the lawful outstanding principal is O − D (never below zero; what D exceeds O by
 *    was paid on principal that was never lent, and is set off against the charges).
 * 2. Interest of the missed instalments: on the received amount (× received / contract, as the
 *    第670条 recalculation does, every structure being linear in the principal), and at no more
 *    than the line (× line / contract rate when the contract rate is above it).
 * 3. Overdue charges (罚息 + 违约金 + fees) together: at most lawful outstanding principal × line ×
 *    overdue days / 365. The whole outstanding principal is the base, not only the overdue part,
 *    and days count from the first missed date: both choices favour the lender, so a difference
 *    shown is one the lender cannot explain away by a bigger base.
 */
import { Decimal } from '@/lib/finance/decimal';
import { daysBetween } from '@/lib/dates/iso';
import { formatMoney, formatRate } from '@/lib/finance/money';
import type { LegalBasis } from '@/lib/model/report';
import { CITATIONS } from '@/lib/law/citations';
import { NEGOTIATION_CITATIONS } from '@/lib/law/negotiation-citations';
import type { UserLpr } from '@/lib/law/lpr';

import type { NegotiationCase } from './case';
import { lineFor, type Line } from './line';

export type StepId =
  | 'principal-670'
  | 'principal-as-contract'
  | 'outstanding-principal'
  | 'interest-within-line'
  | 'interest-over-line'
  | 'interest-rate-unknown'
  | 'overdue-within-line'
  | 'overdue-over-line'
  | 'set-off'
  | 'total'
  | 'lender-take'
  | 'credit-card-instalment'
  | 'lender-type-unknown';

export interface Step {
  id: StepId;
  /** The figures the step's words are filled from: money "1234.50", rates "0.240000", counts. */
  figures: Record<string, string>;
  basis: LegalBasis[];
  /** Every basis (and the LPR used) is confirmed in legal.md. */
  confirmed: boolean;
}

export interface Amounts {
  principal: string;
  interest: string;
  /** 罚息 + 违约金 + fees. */
  overdueCharges: string;
  total: string;
}

export interface Supportable {
  line: { kind: Line['kind']; rate: string; borrowerMustAsk: boolean; confirmed: boolean };
  demanded: Amounts & { penalty: string; damages: string; fees: string };
  supportable: Amounts;
  /** demanded − supportable, per part. */
  disputed: Amounts;
  overdueDays: number;
  /** The lawful outstanding principal, on which a plan's own rate is measured. */
  lawfulOutstanding: string;
  steps: Step[];
}

const DAYS_PER_YEAR = new Decimal(365);
const ZERO = new Decimal(0);

const money = (d: Decimal): string => formatMoney(d);
const cents = (d: Decimal): Decimal => d.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);

function step(
  id: StepId,
  figures: Record<string, string>,
  basis: LegalBasis[],
  extra = true,
): Step {
  return { id, figures, basis, confirmed: extra && basis.every((b) => b.confirmed) };
}

export function supportable(c: NegotiationCase, userLpr: readonly UserLpr[]): Supportable {
  const line = lineFor(c.lenderType, c.contractDate, userLpr);
  const principal = new Decimal(c.principal);
  const received = new Decimal(c.received);
  const deduction = principal.minus(received);
  const owedPrincipal = new Decimal(c.owed.principal);
  const owedInterest = new Decimal(c.owed.interest);
  const penalty = new Decimal(c.owed.penalty);
  const damages = new Decimal(c.owed.damages);
  const fees = new Decimal(c.owed.fees);
  const steps: Step[] = [];

  // 1. Principal under 第670条.
  const basis670 =
    c.lenderType === 'private'
      ? [CITATIONS.civilCode670, CITATIONS.privateLending26]
      : [CITATIONS.civilCode670];
  if (deduction.gt(0)) {
    steps.push(
      step(
        'principal-670',
        { principal: money(principal), received: money(received), deduction: money(deduction) },
        basis670,
      ),
    );
  } else {
    steps.push(step('principal-as-contract', { principal: money(principal) }, []));
  }

  // 2. The lawful outstanding principal.
  const lawfulOutstanding = Decimal.max(ZERO, owedPrincipal.minus(deduction));
  const overpaid = Decimal.max(ZERO, deduction.minus(owedPrincipal));
  if (deduction.gt(0))
    steps.push(
      step(
        'outstanding-principal',
        {
          owedPrincipal: money(owedPrincipal),
          deduction: money(deduction),
          lawfulOutstanding: money(lawfulOutstanding),
        },
        basis670,
      ),
    );

  // 3. Interest of the missed instalments.
  const scale670 = received.div(principal);
  const onReceived = owedInterest.times(scale670);
  const contractRate = c.annualRate === null ? null : new Decimal(c.annualRate);
  let interest: Decimal;
  if (contractRate === null) {
    interest = cents(onReceived);
    steps.push(
      step(
        'interest-rate-unknown',
        { owedInterest: money(owedInterest), supportableInterest: money(interest) },
        deduction.gt(0) ? basis670 : [],
      ),
    );
  } else if (contractRate.lte(line.rate)) {
    interest = cents(onReceived);
    steps.push(
      step(
        'interest-within-line',
        {
          owedInterest: money(owedInterest),
          contractRate: formatRate(contractRate),
          line: formatRate(line.rate),
          supportableInterest: money(interest),
          scaled: deduction.gt(0) ? 'yes' : 'no',
        },
        [...line.interestBasis, ...(deduction.gt(0) ? basis670 : [])],
        line.confirmed,
      ),
    );
  } else {
    interest = cents(onReceived.times(line.rate).div(contractRate));
    steps.push(
      step(
        'interest-over-line',
        {
          owedInterest: money(owedInterest),
          contractRate: formatRate(contractRate),
          line: formatRate(line.rate),
          supportableInterest: money(interest),
          scaled: deduction.gt(0) ? 'yes' : 'no',
        },
        [...line.interestBasis, ...(deduction.gt(0) ? basis670 : [])],
        line.confirmed,
      ),
    );
  }

  // 4. Overdue charges together, against the line over the overdue days.
  const overdueDays = daysBetween(c.overdueSince, c.asOf);
  const demandedOverdue = penalty.plus(damages).plus(fees);
  const cap = cents(lawfulOutstanding.times(line.rate).times(overdueDays).div(DAYS_PER_YEAR));
  const overdue = Decimal.min(demandedOverdue, cap);
  steps.push(
    step(
      demandedOverdue.gt(cap) ? 'overdue-over-line' : 'overdue-within-line',
      {
        penalty: money(penalty),
        damages: money(damages),
        fees: money(fees),
        demandedOverdue: money(demandedOverdue),
        lawfulOutstanding: money(lawfulOutstanding),
        line: formatRate(line.rate),
        days: String(overdueDays),
        overdueSince: c.overdueSince,
        asOf: c.asOf,
        cap: money(cap),
        supportableOverdue: money(overdue),
      },
      line.overdueBasis,
      line.confirmed,
    ),
  );

  // 5. Principal paid on money never lent is set off against the charges.
  const gross = lawfulOutstanding.plus(interest).plus(overdue);
  const total = Decimal.max(ZERO, gross.minus(overpaid));
  if (overpaid.gt(0))
    steps.push(
      step(
        'set-off',
        { overpaid: money(overpaid), before: money(gross), after: money(total) },
        basis670,
      ),
    );

  const demandedTotal = owedPrincipal.plus(owedInterest).plus(demandedOverdue);
  const charges = Decimal.max(ZERO, interest.plus(overdue).minus(overpaid));
  // The set-off reduces the interest first, then the overdue charges, so the parts still add up.
  const interestAfterSetOff = Decimal.max(ZERO, interest.minus(overpaid));
  const overdueAfterSetOff = charges.minus(interestAfterSetOff);
  const supported: Amounts = {
    principal: money(lawfulOutstanding),
    interest: money(interestAfterSetOff),
    overdueCharges: money(overdueAfterSetOff),
    total: money(total),
  };
  const disputed: Amounts = {
    principal: money(owedPrincipal.minus(lawfulOutstanding)),
    interest: money(owedInterest.minus(interestAfterSetOff)),
    overdueCharges: money(demandedOverdue.minus(overdueAfterSetOff)),
    total: money(demandedTotal.minus(total)),
  };
  steps.push(
    step(
      'total',
      {
        demandedTotal: money(demandedTotal),
        supportableTotal: money(total),
        disputedTotal: disputed.total,
      },
      [],
    ),
  );

  const repaid = new Decimal(c.repaid);
  const take = repaid.plus(demandedTotal);
  // Only with what was repaid does the lender's total take say something.
  if (repaid.gt(0))
    steps.push(
      step(
        'lender-take',
        {
          repaid: money(repaid),
          demandedTotal: money(demandedTotal),
          take: money(take),
          received: money(received),
          times: take.div(received).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2),
        },
        [],
      ),
    );

  if (c.lenderType === 'credit-card')
    steps.push(
      step('credit-card-instalment', { months: '60' }, [NEGOTIATION_CITATIONS.cardMeasures70]),
    );
  if (line.kind === 'unknown-24')
    steps.push(step('lender-type-unknown', { line: formatRate(line.rate) }, []));

  return {
    line: {
      kind: line.kind,
      rate: formatRate(line.rate),
      borrowerMustAsk: line.borrowerMustAsk,
      confirmed: line.confirmed,
    },
    demanded: {
      principal: money(owedPrincipal),
      interest: money(owedInterest),
      overdueCharges: money(demandedOverdue),
      penalty: money(penalty),
      damages: money(damages),
      fees: money(fees),
      total: money(demandedTotal),
    },
    supportable: supported,
    disputed,
    overdueDays,
    lawfulOutstanding: money(lawfulOutstanding),
    steps,
  };
}
