/**
 * One random but valid loan, and its truth in the shape of a truth.json (the fields the
 * comparison in tests/support/fixture-compare.ts and the scorer read).
 */
import type { Rng } from './random';
import {
  type Method,
  type PeriodicFee,
  type Row,
  type ScheduleSpec,
  TruthDecimal as D,
  aprOf,
  s2,
  schedule,
} from './truth';

export interface StatedRate {
  label: string;
  kind: string;
  value: string;
  valueText: string;
  primary?: boolean;
  context?: string;
}

export interface Loan {
  lenderName: string;
  lenderType: 'bank' | 'consumer-finance' | 'small-loan';
  principal: string;
  method: Method;
  sched: ScheduleSpec;
  termMonths: number | null;
  termDays: number | null;
  upfront: { name: string; amount: string } | null;
  periodic: PeriodicFee | null;
  rows: Row[];
  received: string;
  /** The rate as the page states it (the primary annual figure, or a daily/monthly one). */
  stated: StatedRate;
  /** ISO dates, when the page shows a dated schedule. */
  disbursementDate: string | null;
  dueDates: string[] | null;
}

const lenders: { name: string; type: Loan['lenderType'] }[] = [
  { name: '青川银行', type: 'bank' },
  { name: '溪岸农村商业银行', type: 'bank' },
  { name: '远山消费金融有限公司', type: 'consumer-finance' },
  { name: '星河消费金融有限公司', type: 'consumer-finance' },
  { name: '松果小额贷款有限公司', type: 'small-loan' },
  { name: '云帆网络小额贷款有限公司', type: 'small-loan' },
];

const pctText = (x: InstanceType<typeof D>): string => `${x.mul(100).toString()}%`;

function addMonths(iso: string, k: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1 + k, d));
  return t.toISOString().slice(0, 10);
}

export function randomLoan(r: Rng, opts: { dated: boolean }): Loan {
  const lender = r.pick(lenders);
  const method = r.pick<Method>([
    '等额本息',
    '等额本息',
    '等额本金',
    '等本等息',
    '先息后本',
    '到期一次性还本付息',
  ]);
  let sched: ScheduleSpec;
  let principal: string;
  let stated: StatedRate;
  if (method === '到期一次性还本付息') {
    if (r.chance(0.5)) {
      const days = r.pick([7, 14, 21, 30, 60, 90]);
      const daily = new D(r.pick([2, 3, 4, 5, 6, 8, 10])).div(10000);
      sched = { type: 'bullet-days', rate: daily.toString(), n: days };
      principal = String(r.int(5, 50) * 100);
      stated = {
        label: '日利率',
        kind: 'daily',
        value: daily.toString(),
        valueText: pctText(daily),
      };
    } else {
      const months = r.pick([3, 6, 12]);
      const monthly = new D(r.pick([6, 8, 10, 12, 15])).div(1000);
      sched = { type: 'bullet-months', rate: monthly.toString(), n: months };
      principal = String(r.int(10, 100) * 1000);
      stated = {
        label: '月利率',
        kind: 'monthly',
        value: monthly.toString(),
        valueText: pctText(monthly),
      };
    }
  } else {
    const n = r.pick([3, 6, 9, 12, 18, 24, 36]);
    const monthly = new D(r.pick([3, 4, 5, 6, 8, 10, 12, 15, 18, 20])).div(1000);
    const type: ScheduleSpec['type'] =
      method === '等额本息'
        ? 'annuity'
        : method === '等额本金'
          ? 'equal-principal'
          : method === '等本等息'
            ? 'flat'
            : 'interest-only';
    sched = { type, rate: monthly.toString(), n };
    principal = String(r.int(10, 300) * 100);
    const annual = monthly.mul(12);
    stated =
      method === '等本等息' || r.chance(0.3)
        ? {
            label: '月利率',
            kind: 'monthly',
            value: monthly.toString(),
            valueText: pctText(monthly),
          }
        : {
            label: '年化利率',
            kind: 'annual-simple',
            value: annual.toString(),
            valueText: pctText(annual),
            primary: true,
          };
  }
  const bullet = sched.type === 'bullet-days' || sched.type === 'bullet-months';
  const upfront = r.chance(0.3)
    ? { name: '服务费', amount: s2(new D(principal).mul(r.pick([2, 3, 5, 8])).div(100)) }
    : null;
  const periodic: PeriodicFee | null =
    !bullet && r.chance(0.25)
      ? { name: '账户管理费', amount: s2(new D(principal).mul(r.pick([2, 3, 5])).div(1000)) }
      : null;
  const rows = schedule(principal, sched, periodic ? [periodic] : []);
  const received = s2(new D(principal).minus(upfront?.amount ?? '0'));
  const dated = opts.dated;
  const disb = dated
    ? `2026-${String(r.int(1, 9)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`
    : null;
  let dueDates: string[] | null = null;
  if (disb) {
    if (sched.type === 'bullet-days') {
      const t = new Date(`${disb}T00:00:00Z`);
      t.setUTCDate(t.getUTCDate() + sched.n);
      dueDates = [t.toISOString().slice(0, 10)];
    } else if (sched.type === 'bullet-months') dueDates = [addMonths(disb, sched.n)];
    else dueDates = rows.map((_, k) => addMonths(disb, k + 1));
  }
  return {
    lenderName: lender.name,
    lenderType: lender.type,
    principal: s2(new D(principal)),
    method,
    sched,
    termMonths: sched.type === 'bullet-days' ? null : sched.n,
    termDays: sched.type === 'bullet-days' ? sched.n : null,
    upfront,
    periodic,
    rows,
    received,
    stated,
    disbursementDate: disb,
    dueDates,
  };
}

/** The truth.json-shaped expectation of a generated page. */
export function truthOf(loan: Loan, extraRates: readonly StatedRate[]): Record<string, unknown> {
  const apr = aprOf(loan.received, loan.sched, loan.rows);
  const aprD = new D(apr.aprIrr);
  const statedRates = [loan.stated, ...extraRates];
  const annualKinds = ['annual-simple', 'annual-irr', 'comprehensive-annual', 'annual-compound'];
  const primary = statedRates.find((x) => x.primary === true);
  return {
    kind: 'loan-offer',
    lenderType: loan.lenderType,
    lenderName: loan.lenderName,
    contractDate: loan.disbursementDate,
    disbursementDate: loan.disbursementDate,
    principal: loan.principal,
    received: loan.received,
    termMonths: loan.termMonths,
    termDays: loan.termDays,
    repaymentMethod: loan.method,
    payments: loan.rows.map((x, k) => ({ dueDate: loan.dueDates?.[k] ?? null, amount: x.amount })),
    statedRates,
    upfrontDeductions: loan.upfront ? [loan.upfront] : [],
    periodicFees: loan.periodic
      ? [{ name: loan.periodic.name, amountPerPeriod: loan.periodic.amount }]
      : [],
    aprIrr: apr.aprIrr,
    facts: {
      upfrontDeduction: loan.upfront !== null,
      aprOver24: aprD.greaterThan('0.24'),
      aprOver36: aprD.greaterThan('0.36'),
      statedAnnualUnderstated: primary ? aprD.minus(primary.value).greaterThan('0.005') : null,
      noAnnualRateShown: !statedRates.some((x) => annualKinds.includes(x.kind)),
      overduePenaltyOver24: null,
      prepaymentPenalty: false,
    },
  };
}
