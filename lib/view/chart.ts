/**
 * The geometry of the popup's picture, computed here with Decimal so the component only places
 * what it is given: where the true rate and the page's rate sit against the legal lines, and how
 * the total repaid splits into what the borrower received, interest and each fee.
 */
import { Decimal } from '@/lib/finance/decimal';
import { fourTimesLpr, JUDICIAL_LINE_24, LINE_36 } from '@/lib/law/lines';
import type { Report } from '@/lib/model/report';
import { shownAnnualRate } from '@/lib/model/shown-rate';

export interface ScaleMark {
  /** Decimal fraction, as in the report. */
  value: string;
  /** Position on the scale, 0 … 1 (clamped; `beyond` says it was clamped). */
  at: number;
  beyond: boolean;
}

export interface RateScale {
  /** The right end of the scale, a decimal fraction. */
  max: string;
  lines: { id: 'lpr4' | 'line24' | 'line36'; mark: ScaleMark }[];
  trueRate: ScaleMark;
  shown: (ScaleMark & { label: string }) | null;
}

/** Wide enough to show 36 % with room; rates far above it are marked as off the scale. */
const minScale = new Decimal('0.4');
const maxScale = new Decimal('1');

function mark(value: Decimal, max: Decimal): ScaleMark {
  const beyond = value.gt(max);
  const at = Decimal.max(0, Decimal.min(value, max)).div(max).toNumber();
  return { value: value.toString(), at, beyond };
}

export function rateScale(report: Report): RateScale | null {
  if (report.apr === null) return null;
  const trueRate = new Decimal(report.apr.nominal);
  const shownRate = shownAnnualRate(report.terms?.statedRates ?? []);
  const shown = shownRate === null ? null : new Decimal(shownRate.value);
  const highest = Decimal.max(trueRate, shown ?? 0).times('1.15');
  // Round the end up to a whole 10 % so the scale reads like a ruler.
  const max = Decimal.min(maxScale, Decimal.max(minScale, highest.times(10).ceil().div(10)));
  const lines: RateScale['lines'] = [];
  // 4×LPR caps private lending (民间借贷规定第25条) and is small-loan companies' 2027 target; for a
  // bank or a consumer-finance company the line would suggest a cap that does not bind them.
  const lenderType = report.terms?.lenderType ?? 'unknown';
  if (report.lpr !== null && lenderType !== 'bank' && lenderType !== 'consumer-finance')
    lines.push({ id: 'lpr4', mark: mark(new Decimal(fourTimesLpr(report.lpr)), max) });
  lines.push({ id: 'line24', mark: mark(new Decimal(JUDICIAL_LINE_24), max) });
  lines.push({ id: 'line36', mark: mark(new Decimal(LINE_36), max) });
  return {
    max: max.toString(),
    lines,
    trueRate: mark(trueRate, max),
    shown:
      shown === null || shownRate === null
        ? null
        : { ...mark(shown, max), label: shownRate.valueText },
  };
}

interface Part {
  amount: string;
  /** Width on the bar, 0 … 1. */
  share: number;
  /** Share of the total repaid, one decimal ("85.2"). */
  percent: string;
}

export type Segment =
  | (Part & { kind: 'received' })
  | (Part & { kind: 'interest' })
  | (Part & { kind: 'fee'; name: string })
  /** Cost the page did not itemise (a deduction at disbursement, or interest when not stated). */
  | (Part & { kind: 'other'; interestIncluded: boolean });

/** Where the total repaid goes, in the report's own amounts; empty when nothing was repaid. */
export function moneySegments(report: Report): Segment[] {
  const money = report.money;
  if (money === null) return [];
  const total = new Decimal(money.totalRepaid);
  if (total.lte(0)) return [];
  const part = (amount: Decimal): Part => ({
    amount: amount.toFixed(2),
    share: amount.div(total).toNumber(),
    percent: amount.div(total).times(100).toFixed(1),
  });
  const segments: Segment[] = [{ kind: 'received', ...part(new Decimal(money.received)) }];
  let itemised = new Decimal(0);
  if (money.interest !== null) {
    const interest = new Decimal(money.interest);
    itemised = itemised.plus(interest);
    if (interest.gt(0)) segments.push({ kind: 'interest', ...part(interest) });
  }
  for (const fee of money.fees) {
    const amount = new Decimal(fee.amount);
    itemised = itemised.plus(amount);
    if (amount.gt(0)) segments.push({ kind: 'fee', name: fee.name, ...part(amount) });
  }
  const other = new Decimal(money.totalCost).minus(itemised);
  if (other.gt(0))
    segments.push({ kind: 'other', ...part(other), interestIncluded: money.interest === null });
  return segments;
}
