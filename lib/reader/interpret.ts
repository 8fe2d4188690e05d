/**
 * The interpretation (design.md §4): among the candidate figures, the reading chosen is the one
 * whose figures agree with each other — the per-period amount against the repayment method at the
 * stated rate (等额本息, 等额本金, 等本等息, 先息后本, bullet), per-period × n or the schedule's sum
 * against 还款总额, the total against 总利息, the schedule's length against the term and its
 * principal column against the principal. Every check is recorded (held or not), every candidate
 * the chosen reading left out is listed with why, and a schedule the page does not list is derived
 * from its own terms and marked so. Figures that still contradict each other become a doubt.
 */
import { Decimal } from '@/lib/finance/decimal';
import { addDays, addMonths, daysBetween } from '@/lib/dates/iso';
import { roundCents } from '@/lib/finance/money';
import { annualise, MONTHS_PER_YEAR } from '@/lib/finance/annualise';
import { loanCashFlows } from '@/lib/finance/cash-flow';
import { solveIrr } from '@/lib/finance/irr';
import {
  annuityRows,
  bulletByDaysRow,
  bulletByMonthsRow,
  dailyRows,
  equalPrincipalRows,
  flatRows,
  interestOnlyRows,
  type BaseRow,
} from '@/lib/finance/repayment-structures';
import type {
  Doubt,
  Reading,
  ReadingCheck,
  RejectedCandidate,
  ScheduleOrigin,
} from '@/lib/model/reading';
import type { Payment, RepaymentMethod, Source, StatedRate } from '@/lib/model/terms';
import { ratePeriod } from '@/lib/model/vocabulary';
import type { Term } from '@/lib/parse/term';
import { compactText } from '@/lib/parse/normalize';
import type { AmountDue } from './amount-due';
import type { Candidate, Candidates } from './candidates';
import type { Remaining } from './remaining';
import { monthlyRatesTogether, perDay, perMonth } from './rate-periods';
import {
  methodFromSchedule,
  monthlyRows,
  type Schedule,
  termOfSchedule,
  toPayments,
  monthsPerRow,
  daysSplitIntoRows,
} from './schedule';

/**
 * Methods tried when the page names none. One per-period figure means equal instalments, so the
 * equal-payment methods come first: 等额本金's first instalment equals 等本等息's.
 */
const METHODS: RepaymentMethod[] = ['等额本息', '等本等息', '先息后本', '等额本金'];
/** At most this many distinct values per role are tried against each other. */
const MAX_OPTIONS = 5;

export interface InterpretInput {
  candidates: Candidates;
  method: RepaymentMethod | null;
  /** The page's own rates for this loan (no marketing minimum, range, cap or other option). */
  rates: StatedRate[];
  schedules: Schedule[];
  /** Last instalments the page states apart ("末期550.07元"; a principal-only 末期 too). */
  lastAmounts: string[];
  /**
   * A balloon the last instalment carries besides its regular part ("尾款金额 ¥110,400（第36期随月供
   * 一并支付）"): a stated last instalment that is the regular one plus it is the last.
   */
  balloons: string[];
  /**
   * A monthly fee rate no instalment, plan, total or listed fee on the page accounts for
   * (fee-from-rate.ts): a rate derived from the page adds it on the principal each period.
   */
  unshownFeeRate: string | null;
  /** First instalment when the page states it apart ("首期应还 734.58元（含会员费）"). */
  firstAmount: string | null;
  upfrontDeductions: string[];
  /** Fees charged every period with a fixed amount (账户管理费 每期7.40元): part of each payment. */
  periodicFees: { name: string; amount: string }[];
  dueDate: string | null;
  disbursementDate: string | null;
  /** A bill's balance lines read as its one repayment (amount-due.ts), when no total is stated. */
  amountsDue: AmountDue[];
  /** Fees the page lists with no word of when they are paid (贵宾服务包 30元, 财务管理费 40元). */
  untimedFees: string[];
  /** Fees charged once, with the first instalment ("分期手续费 252.00元（首期一次性收取）"). */
  firstPeriodFees: string[];
  /** Coupons the page lists against the first instalment ("首期免息券 -￥180.00", coupons.ts). */
  firstPeriodCoupons: string[];
  /** Fees paid once, with the last repayment ("到期与本金、利息一并归还"): part of a single repayment. */
  lastPeriodFees: string[];
  /** The interest was taken from the principal with the fees: one repayment is the principal. */
  interestPrepaid: boolean;
  /** What a record says is left of the principal after the periods repaid (remaining.ts). */
  remaining: Remaining | null;
  /** The days in a year the page says its daily interest is counted on ("借款天数/360"). */
  yearDays: 360 | 365;
  /** The page says interest is counted by the day ("按日计息", "日利率＝年利率÷360"). */
  accruesDaily: boolean;
  /** The page takes a coupon or a discount off what is owed ("免息券", "优惠", "减免"). */
  discounted: boolean;
  /** The page says the plan bears no interest ("不收取利息", "手续费由商家承担"), beyond a banner's 免息. */
  interestFree: boolean;
}

export interface Interpretation {
  principal: Candidate<string> | null;
  term: Candidate<Term> | null;
  method: RepaymentMethod | null;
  payments: Payment[];
  reading: Reading;
}

interface Option {
  principal: Candidate<string> | null;
  term: Candidate<Term> | null;
}

interface Evaluated {
  option: Option;
  checks: ReadingCheck[];
  method: RepaymentMethod | null;
  /** The method and monthly rate the per-period amount agreed with, and whether it agreed with
   *  the page's per-period fees in it or without them. */
  formula: { method: RepaymentMethod; rate: Decimal; withFees: boolean } | null;
  perPeriod: Candidate<string> | null;
  schedule: Schedule | null;
  score: number;
}

const dec = (v: string): Decimal => new Decimal(v);
const money = (d: Decimal): string => roundCents(d).toFixed(2);

const bare = (c: Candidate<unknown>): boolean => c.origin === 'unlabelled' && c.derived !== true;

function distinct<T>(list: Candidate<T>[], key: (v: T) => string): Candidate<T>[] {
  const seen = new Set<string>();
  const out: Candidate<T>[] = [];
  // The borrower's chosen option first, then visible labels before prose, then reading order; the
  // same figure worked out from the page's price is worth more than a bare one.
  const ranked = [...list].sort(
    (a, b) =>
      Number(b.chosen) - Number(a.chosen) ||
      Number(a.source.finePrint) - Number(b.source.finePrint) ||
      // A bare figure (a cell, an unlabelled field) is tried last: a row of a plan's figures must
      // not crowd out the amount a sentence names ("借款金额￥12000.00，年利率18%…").
      Number(bare(a)) - Number(bare(b)) ||
      Number(a.origin === 'prose') - Number(b.origin === 'prose') ||
      a.order - b.order,
  );
  for (const c of ranked) {
    const k = key(c.value);
    if (seen.has(k)) {
      // The same figure said in words somewhere ("总当价 : 80000.00") is no guess, whichever
      // candidate stands in its place.
      const at = out.findIndex((x) => key(x.value) === k);
      if (out[at]?.origin === 'unlabelled' && c.origin !== 'unlabelled') out[at] = c;
      continue;
    }
    seen.add(k);
    out.push(c);
  }
  return out.slice(0, MAX_OPTIONS);
}

const termKey = (t: Term): string => `${String(t.months)}m${String(t.days)}d`;

/** Monthly rate each stated rate implies (rate-periods.ts). */
function monthlyRates(rates: StatedRate[]): { rate: Decimal; stated: StatedRate }[] {
  return rates.filter((r) => dec(r.value).gt(0)).map((r) => ({ rate: perMonth(r), stated: r }));
}

function rowsFor(
  method: RepaymentMethod,
  p: Decimal,
  monthly: Decimal,
  n: number,
): BaseRow[] | null {
  if (n < 1 || n > 600) return null;
  switch (method) {
    case '等额本息':
      return annuityRows(p, monthly, n);
    case '等额本金':
      return equalPrincipalRows(p, monthly, n);
    case '等本等息':
      return flatRows(p, monthly, n);
    case '先息后本':
      return interestOnlyRows(p, monthly, n);
    case '到期一次性还本付息':
      return [bulletByMonthsRow(p, monthly, n)];
  }
}

const near = (a: Decimal, b: Decimal, tolerance: Decimal): boolean =>
  a.minus(b).abs().lte(tolerance);

/**
 * A figure shown to the fen agrees with a computed one within rounding and a rounded rate. A
 * rounded rate moves only the interest in it: a 21-day loan's 2,008.40 is not a month's 2,012.00
 * (the month's interest is 43% more), though the two totals differ by only 0.2%.
 */
function perPeriodTolerance(v: Decimal, interest: Decimal): Decimal {
  return Decimal.max(
    new Decimal('0.05'),
    Decimal.min(v.times('0.003'), interest.abs().times('0.03')),
  );
}

function totalTolerance(n: number): Decimal {
  return Decimal.max(new Decimal('0.05'), new Decimal(n).times('0.01'));
}

/** What the first instalment carries once, besides the method's amount and its monthly fees. */
function onceOnFirst(input: InterpretInput): Decimal {
  return input.firstPeriodFees.reduce((sum, f) => sum.plus(f), new Decimal(0));
}

/**
 * A dated plan of fewer rows than the term's months whose principal column repays the whole
 * principal: the term starts with months the borrower pays nothing (a training loan's "12+12", the
 * first 12 months' interest paid by the school). The plan's own dates carry the wait.
 */
function repaysAllOfIt(
  schedules: readonly Schedule[],
  principal: Candidate<string> | null,
  n: number | null,
): Schedule | null {
  if (principal === null || n === null) return null;
  const p = dec(principal.value);
  return (
    schedules.find((s) => {
      // Not a principal the page states nowhere but as this plan's own sum (a record of the rows
      // repaid so far).
      const [said, plan] = [principal.source.locator, s.locator];
      const within = (x: string, y: string): boolean => x === y || x.startsWith(`${y} `);
      if (said !== '' && (within(plan, said) || within(said, plan))) return false;
      if (s.finePrint || s.rows.length < 2 || s.rows.length >= n) return false;
      if (!s.rows.every((r) => r.dueDate !== null && r.principal !== null)) return false;
      const sum = s.rows.reduce((a, r) => a.plus(r.principal ?? '0'), new Decimal(0));
      return near(sum, p, totalTolerance(s.rows.length));
    }) ?? null
  );
}

function evaluate(input: InterpretInput, option: Option, c: Candidates): Evaluated {
  const checks: ReadingCheck[] = [];
  const p = option.principal === null ? null : dec(option.principal.value);
  const term = option.term?.value ?? null;
  let n = term?.months ?? (term?.days !== null && term?.days !== undefined ? 1 : null);
  const quoteP = option.principal?.source.text ?? '';
  let method = input.method;
  let perPeriod: Candidate<string> | null = null;
  let formula: Evaluated['formula'] = null;

  // The schedule of this term: as many rows as periods, visible before fine print. A single
  // repayment repays at least what was lent; a one-row "plan" of less is some other list's row (a
  // pawn ticket's goods pledged, "序号 1 · 数量 1").
  const schedules = input.schedules.filter(
    (s) =>
      p === null ||
      s.rows.length !== 1 ||
      s.rows[0]?.total == null ||
      dec(s.rows[0].total).gte(p.times('0.5')),
  );
  let schedule: Schedule | null;
  if (n !== null) {
    schedule =
      schedules.find((s) => s.rows.length === n && !s.finePrint) ??
      schedules.find((s) => s.rows.length === n) ??
      // …or rents a whole number of months apart over the term (a lease's quarterly rents).
      schedules.find(
        (s) =>
          monthsPerRow(
            s.rows.map((r) => r.dueDate),
            n ?? 0,
          ) !== null,
      ) ??
      repaysAllOfIt(schedules, option.principal, n) ??
      null;
    const listed = schedules.filter((s) => s.rows.length >= 2 && !s.finePrint);
    if (listed.length > 0) {
      checks.push({
        id: 'schedule-vs-term',
        held: schedule !== null,
        figures: { periods: String(n), rows: listed.map((s) => String(s.rows.length)).join('/') },
        quotes: [option.term?.source.text ?? ''],
      });
    }
  } else {
    schedule = schedules.find((s) => s.rows.length >= 2) ?? null;
    // No term stated: a monthly schedule's rows are its periods.
    if (schedule && monthlyRows(schedule)) n = schedule.rows.length;
  }

  if (schedule && p !== null) {
    const parts = schedule.rows.map((r) => r.principal);
    if (parts.every((x) => x !== null)) {
      const summed = parts.reduce((s, x) => s.plus(x), new Decimal(0));
      // A principal column worked out as 应还 − 其中利息 holds a fee billed with the first
      // instalment ("分期服务费（随第1期收取） 240.00"): it is no principal.
      const once = input.firstPeriodFees.reduce((s, f) => s.plus(f), new Decimal(0));
      const tolerance = totalTolerance(schedule.rows.length);
      const total =
        !near(summed, p, tolerance) && near(summed.minus(once), p, tolerance)
          ? summed.minus(once)
          : summed;
      checks.push({
        id: 'schedule-vs-principal',
        held: near(total, p, tolerance),
        figures: { principal: money(p), schedulePrincipal: money(total) },
        quotes: [quoteP],
      });
    } else {
      // Rows without a principal column whose amounts, less the fees they name ("第1期 888.00 含
      // 分期服务费288.00"), repay exactly the principal: an interest-free plan agrees with it. Rows
      // that repay more say nothing here (the difference may be interest).
      const totalled = schedule.rows.every((r) => r.total !== null);
      const repaid = schedule.rows.reduce(
        (s, r) => Object.values(r.fees).reduce((x, f) => x.minus(f), s.plus(r.total ?? '0')),
        new Decimal(0),
      );
      // Only rows that name a fee say so: with none, rows adding up to the amount may as well be a
      // bill's 应付金额 taken for the amount lent.
      const named = schedule.rows.some((r) => Object.keys(r.fees).length > 0);
      // Each of several instalments at least the whole loan: the amount is one period's part (a
      // bill's "本金：¥600.00" of the period chosen to pay), not what was lent.
      const eachAtLeast =
        totalled &&
        schedule.rows.length >= 2 &&
        schedule.rows.every((r) => dec(r.total ?? '0').gte(p));
      if (eachAtLeast)
        checks.push({
          id: 'schedule-vs-principal',
          held: false,
          figures: { principal: money(p), instalment: schedule.rows[0]?.total ?? '' },
          quotes: [quoteP],
        });
      else if (named && totalled && near(repaid, p, new Decimal('0.01')))
        checks.push({
          id: 'schedule-vs-principal',
          held: true,
          figures: { principal: money(p), schedulePrincipal: money(repaid) },
          quotes: [quoteP],
        });
    }
  }

  // Per-period amount against each method at each stated rate.
  // A card instalment that charges no interest, only a fixed fee each period (分期手续费 每期
  // 167.79元): principal ÷ n plus the fee, tried as 等本等息 at a rate of nothing.
  const noInterest: StatedRate = {
    label: '',
    kind: 'fee-rate-monthly',
    value: '0',
    valueText: '0',
  };
  // …and, on a page that states no rate at all, instalments that repay just the principal (an
  // interest-free 分期: 首付 720, 共6期 每期 480.00 on a 3,600 price). Only for a principal under
  // its own label or worked out from the price: a bare figure equal to n instalments may be their
  // total, and the loan smaller.
  const stated = monthlyRates(input.rates);
  const trusted =
    option.principal?.origin === 'label' ||
    option.principal?.derived === true ||
    input.interestFree;
  const monthly = [
    ...stated,
    ...(input.periodicFees.length > 0 || (stated.length === 0 && trusted)
      ? [{ rate: new Decimal(0), stated: noInterest }]
      : []),
  ];
  // A page whose only plan is one repayment (a loan list's row: 借款金额 · 应还时间 · 应还金额) has
  // no instalments to match.
  const onePayment = schedules.find((s) => s.rows.length === 1)?.rows[0]?.total ?? null;
  const singleRepayment = onePayment !== null && schedules.every((s) => s.rows.length <= 1);
  if (p !== null && n !== null && term?.months !== null && monthly.length > 0 && !singleRepayment) {
    const methods = method !== null ? [method] : METHODS;
    let best: ReadingCheck | null = null;
    let bestMiss = new Decimal(Infinity);
    let bestAnnual = false;
    for (const pp of distinct(c['per-period'], (v) => v)) {
      const shown = dec(pp.value);
      for (const m of methods) {
        for (const { rate, stated } of monthly) {
          if (stated === noInterest && m !== '等本等息') continue;
          const rows = rowsFor(m, p, rate, n);
          const first = rows?.[0];
          if (!first) continue;
          const plain = first.principal.plus(first.interest);
          // The listed fees with no word of timing, when the instalment holds them all
          // (月供 676.63 = 556.63 at 2% a month + 25 + 30 + 40 + 25): where they are is the
          // page's arithmetic (placeUntimed then names them).
          const untimed = input.untimedFees.reduce((sum, f) => sum.plus(f), new Decimal(0));
          const fixed = feePerPeriod(input, schedule);
          const all = plain.plus(fixed).plus(untimed);
          const withFees =
            untimed.gt(0) && near(all, shown, perPeriodTolerance(shown, first.interest))
              ? all
              : plain.plus(fixed);
          const tolerance = perPeriodTolerance(shown, first.interest);
          // A card instalment whose whole fee is billed once, with the first bill (手续费一次性
          // 收取): each instalment is P/n, and the first carries the n periods' fee besides.
          const feeFirst =
            m === '等本等息' &&
            input.firstAmount !== null &&
            near(first.principal, shown, new Decimal('0.05')) &&
            near(
              dec(input.firstAmount),
              first.principal.plus(first.interest.times(n)),
              totalTolerance(n),
            );
          // The first instalment shown, with the fee billed once on it (本期应还合计 1,718.60 =
          // 1,424.60 + 42.00 a month + 252.00 once): the method's instalment is the rest.
          const once = onceOnFirst(input);
          const asFirst = once.gt(0) && near(plain.plus(fixed).plus(once), shown, tolerance);
          // An instalment of the amount ÷ n at no interest, beside a fee the page charges every
          // period, leaves that fee out: the amount is another figure ("分期总额 ¥4,239.00" =
          // 12 × 353.25, the total repaid, beside 商品金额 3,999 + 20.00 a period).
          const feeLeftOut = stated === noInterest && fixed.gt(0);
          // A decreasing plan's first instalment shown after a coupon the page lists against it
          // (首期还款 1,666.67 = 1,846.67 − 新客首期免息券 180.00): the method's, less the coupon.
          // (An equal instalment's coupon needs no check: the first stated apart is the first.)
          const coupon =
            !isEqualPayment(m) && input.firstAmount !== null && dec(input.firstAmount).eq(shown)
              ? input.firstPeriodCoupons
                  .map(dec)
                  .find((x) => near(plain.plus(fixed).minus(x), shown, tolerance))
              : undefined;
          const held =
            (near(plain, shown, tolerance) && !feeLeftOut) ||
            near(withFees, shown, tolerance) ||
            feeFirst ||
            asFirst ||
            coupon !== undefined;
          const expected = feeFirst
            ? first.principal
            : asFirst
              ? plain.plus(fixed).plus(once)
              : near(withFees, shown, tolerance)
                ? withFees
                : coupon !== undefined
                  ? plain.plus(fixed).minus(coupon)
                  : plain;
          const check: ReadingCheck = {
            id: 'per-period-vs-method',
            held,
            figures: {
              expected: money(expected),
              shown: pp.value,
              method: m,
              rate: stated.value,
              ...(coupon !== undefined ? { coupon: money(coupon) } : {}),
            },
            quotes: [pp.source.text, stated.source?.text ?? stated.valueText],
          };
          // Of several readings that agree, the closest: an annuity at a disclosed IRR repays any
          // equal instalments within a few fen, a flat fee rate of 0.60% repays 2,680.00 exactly.
          const miss = roundCents(expected).minus(shown).abs();
          // On a tie, a monthly or fee rate names the method better than an annual one, which
          // may be the IRR every equal-instalment schedule fits.
          const annual = ratePeriod(stated.kind) === 'year';
          const closer = miss.lt(bestMiss) || (miss.eq(bestMiss) && bestAnnual && !annual);
          if (held && (best === null || !best.held || closer)) {
            bestAnnual = annual;
            best = check;
            bestMiss = miss;
            perPeriod = pp;
            formula = { method: m, rate, withFees: !expected.eq(plain) };
            if (input.method === null) method = m;
          } else if (best === null) best = check;
        }
      }
    }
    if (best !== null) checks.push(best);
  }
  // A loan counted in days is repaid once: the amount due against the rate over those days. So is
  // one whose months run from its loan date to its one due date (借款时间 2026-02-10, 应还时间
  // 2026-05-10, 应还金额 20,600.00 at 12 %: three months' interest, not 89 days').
  const byDays = term?.days != null && term.months === null;
  // …or, with no instalment shown at all, a total that may be that one repayment.
  const noInstalments = schedules.every((s) => s.rows.length <= 1) && c['per-period'].length === 0;
  // (Not where the page names instalments: "等额本息 · 分期期数 6期" beside 欠款合计's 利息250.00.)
  const byMonths =
    term?.months != null &&
    (singleRepayment ||
      (noInstalments &&
        (input.method === null || input.method === '到期一次性还本付息') &&
        c['total-repaid'].length + c['total-interest'].length > 0));
  if (p !== null && term && (byDays || byMonths)) {
    const due = byDays
      ? [...distinct(c['per-period'], (v) => v), ...distinct(c['total-repaid'], (v) => v)]
      : distinct(c['total-repaid'], (v) => v);
    const single = schedule?.rows.length === 1 ? schedule.rows[0]?.total : onePayment;
    const shownAll = single ? [single, ...due.map((x) => x.value)] : due.map((x) => x.value);
    // "到期应还利息 ¥7,300.00": the interest stated alone, with the principal it is the repayment.
    for (const i of distinct(c['total-interest'], (v) => v)) shownAll.push(money(p.plus(i.value)));
    const tried = input.rates
      .filter((r) => dec(r.value).gt(0))
      .flatMap((r) =>
        // A year of 365 days, or of 360 as some banks count it; whole months need neither.
        term.days != null && byDays
          ? ([365, 360] as const).map((yearDays) => ({
              r,
              row: bulletByDaysRow(p, perDay(r, yearDays), term.days ?? 0),
            }))
          : [{ r, row: bulletByMonthsRow(p, perMonth(r), term.months ?? 0) }],
      )
      .flatMap(({ r, row }) => {
        // …with or without the fees paid at the end beside it ("到期应还3195元" = 3000 + 45 + 150).
        const atEnd = input.lastPeriodFees.reduce((sum, f) => sum.plus(f), new Decimal(0));
        const plain = row.principal.plus(row.interest);
        return shownAll.map((v) => {
          const expected =
            atEnd.gt(0) && near(plain.plus(atEnd), dec(v), new Decimal('0.01'))
              ? plain.plus(atEnd)
              : plain;
          return {
            r,
            expected,
            feesAtEnd: expected.eq(plain) ? null : money(atEnd),
            shown: v,
            miss: expected.minus(v).abs(),
            held: near(expected, dec(v), perPeriodTolerance(dec(v), row.interest)),
          };
        });
      });
    // Of the readings that agree, the closest (a year of 360 days gives 7,300.00 to the fen).
    const hit =
      tried.filter((x) => x.held).sort((a, b) => a.miss.comparedTo(b.miss))[0] ??
      (byDays ? tried[0] : undefined);
    // The one repayment listed is the schedule, repaid at the end.
    if (byMonths && singleRepayment && hit?.held) {
      schedule = schedules.find((s) => s.rows.length === 1) ?? schedule;
      method ??= '到期一次性还本付息';
    }
    if (hit)
      checks.push({
        id: 'per-period-vs-method',
        held: hit.held,
        figures: {
          expected: money(hit.expected),
          shown: hit.shown,
          method: '到期一次性还本付息',
          rate: hit.r.value,
          // The fees paid with it that the shown repayment holds ("到期共计应还5,348.00元" =
          // 5,150.00 + 会员服务费198.00).
          ...(hit.feesAtEnd !== null ? { feesAtEnd: hit.feesAtEnd } : {}),
        },
        quotes: [option.term?.source.text ?? '', hit.r.source?.text ?? hit.r.valueText],
      });
  }
  // A per-period figure from prose (another product's blurb, a story) counts only when it agreed
  // with the method, or when it is said with the principal ("借一万二，分十二期，每期还…"); one under
  // its own label is the page's statement even when it does not.
  // (Said with the principal: the same amount in the same run, whichever candidate stood for it.)
  // (…or the principal's own label and figure inside the sentence: "恭喜，我们愿意借给您<b>¥18,000</b>，
  // 期限三个月，每月还款<b>¥6,600</b>", the amount read as a field from its bold element.)
  const said = (t: string): string => compactText(t.normalize('NFKC'));
  const withPrincipal = (x: Candidate<string>): boolean =>
    x.order === option.principal?.order ||
    c.principal.some((q) => q.order === x.order && q.value === option.principal?.value) ||
    (option.principal !== null && said(x.source.text).includes(said(option.principal.source.text)));
  // (…or when n of it are the total the page labels: an approval note's "每月 960.00 元，共 12 期"
  // beside "应还总额 ¥ 11,520.00" — two statements that check each other, wherever they stand.)
  const nMakeTheTotal = (x: Candidate<string>): boolean =>
    n !== null && n >= 2 && c['total-repaid'].some((t) => dec(t.value).eq(dec(x.value).times(n)));
  perPeriod ??=
    distinct(c['per-period'], (v) => v).find(
      (x) =>
        (x.origin !== 'prose' || withPrincipal(x) || nMakeTheTotal(x)) &&
        // One of several instalments is less than the whole loan: a plan's row as large as the
        // principal is a single repayment or a total, never "每期". One the page labels 每期应还
        // stays, for the sanity gate to question.
        (p === null ||
          n === null ||
          n < 2 ||
          dec(x.value).lt(p) ||
          input.candidates['per-period'].includes(x)),
    ) ?? null;

  // "应还本息：733.44元" under each row of an 8,000.00 loan in 12: a 本息 figure below the amount
  // borrowed is one instalment, when n of them repay the loan and less than twice it.
  if (perPeriod === null && p !== null && n !== null && n >= 2 && term?.months != null) {
    perPeriod =
      distinct(c['total-repaid'], (v) => v).find((x) => {
        const all = dec(x.value).times(n);
        return dec(x.value).lt(p) && all.gt(p) && all.lt(p.times(2));
      }) ?? null;
  }

  // What the payments add up to, against the page's 还款总额.
  const each = perPeriod?.value ?? null;
  const payments = schedule
    ? schedule.rows.map((r) => r.total ?? '0')
    : each !== null && n !== null && term?.months !== null && isEqualPayment(method)
      ? Array.from({ length: n }, (_, i) =>
          i === n - 1 && lastOf(input, each) !== null
            ? (lastOf(input, each) ?? each)
            : i === 0 && input.firstAmount !== null
              ? input.firstAmount
              : each,
        )
      : null;
  // A "total" below the principal is no total of this loan (a per-period 本息, another figure).
  const totals = distinct(c['total-repaid'], (v) => v).filter(
    (t) => p === null || dec(t.value).gte(p),
  );
  // …but a loan repaid at once whose page labels a 到期应还 below this principal ("借10,000元用一天"
  // in an example, 到期应还 5,075.00 in the plan) is not this loan: the figures disagree.
  const owedBelow = distinct(c['total-repaid'], (v) => v).find(
    (t) => t.origin === 'label' && p !== null && dec(t.value).lt(p) && dec(t.value).gt(0),
  );
  if (byDays && totals.length === 0 && owedBelow && p !== null)
    checks.push({
      id: 'payments-vs-total',
      held: false,
      figures: { sum: money(p), total: owedBelow.value, periods: '1' },
      quotes: [quoteP, owedBelow.source.text],
    });
  // "到期应还本息 1,003,625.00" under a 先息后本 plan is its last payment, not their sum.
  const last = payments?.at(-1);
  // …and the sums row's first figure under a plan's 本金 column ("合计 应还 | 30,000.00 | 5,400.00 |
  // …", the template's "Total Due" beside the sum of principal): the principal's total.
  const principals = schedule?.rows.map((r) => r.principal) ?? [];
  const principalSum =
    principals.length > 1 && principals.every((x) => x !== null)
      ? principals.reduce((s, x) => s.plus(x), new Decimal(0))
      : null;
  const sumsRowPrincipal = (t: Candidate<string>): boolean =>
    principalSum !== null &&
    /^(?:合计|总计)/.test(compactText(t.source.text)) &&
    dec(t.value).eq(principalSum) &&
    (payments ?? []).reduce((s, x) => s.plus(x), new Decimal(0)).gt(principalSum);
  const wholes = (
    payments !== null && payments.length > 1 && last !== undefined
      ? totals.filter((t) => !dec(t.value).eq(dec(last)))
      : totals
  ).filter((t) => !sumsRowPrincipal(t));
  if (payments !== null && wholes.length > 0) {
    const sum = payments.reduce((s, x) => s.plus(x), new Decimal(0));
    // "每期应还本息 1,345.90 · 每期信用保证保险费 105.00 · 还款总额（含保费）34,821.59": the total
    // holds the fee paid with every instalment.
    const feesEach = input.periodicFees.reduce((s, f) => s.plus(f.amount), new Decimal(0));
    const withFees = sum.plus(feesEach.times(payments.length));
    const asListed = wholes.find((t) => near(dec(t.value), sum, totalTolerance(payments.length)));
    const besideFees = feesEach.gt(0)
      ? wholes.find((t) => near(dec(t.value), withFees, totalTolerance(payments.length)))
      : undefined;
    const match = asListed ?? besideFees;
    const shown = match ?? wholes[0];
    if (shown) {
      checks.push({
        id: 'payments-vs-total',
        held: match !== undefined,
        figures: {
          sum: money(asListed === undefined && besideFees ? withFees : sum),
          total: shown.value,
          periods: String(payments.length),
          // The fee each period the total holds beside the instalments: still to be added to them.
          ...(asListed === undefined && besideFees ? { feesEach: money(feesEach) } : {}),
        },
        quotes: [...(schedule || !perPeriod ? [] : [perPeriod.source.text]), shown.source.text],
      });
    }
  }

  // No instalment shown: the ones the page's own rate and method give, against its 还款总额
  // ("￥50,000.00 · 24个月 · 等额本息 · 年化利率7.20% · 预计还款总额 53,835.93"). Only agreement is
  // recorded: a total may hold fees this page prices nowhere.
  if (payments === null && p !== null && n !== null && term?.months != null && method !== null) {
    const derived = fromRate(input, p, n, method);
    const sum = derived?.amounts.reduce((a, x) => a.plus(roundCents(x)), new Decimal(0));
    const match = sum && wholes.find((t) => near(dec(t.value), sum, totalTolerance(n)));
    if (sum && match)
      checks.push({
        id: 'payments-vs-total',
        held: true,
        figures: { sum: money(sum), total: match.value, periods: String(n) },
        quotes: [match.source.text],
      });
    // …but on a page that takes a coupon or a discount off, a labelled total below what they give
    // ("应还总额 8,600.00" where the rate gives 8,720.00, "首月免息券 -¥120.00") holds no fee left
    // unpriced: the rate overstates the cost, and the figures disagree. (Not a figure that is one of
    // the instalments: "到期应还本息" under 先息后本 is the last.)
    const amounts = derived?.amounts.map((x) => money(x)) ?? [];
    const below =
      sum && !match && input.discounted
        ? wholes.find(
            (t) =>
              t.origin === 'label' &&
              dec(t.value).lt(sum.minus(totalTolerance(n))) &&
              !amounts.includes(money(dec(t.value))) &&
              // (…nor the total less a first-period coupon the page lists, which the plan takes off.)
              !input.firstPeriodCoupons.some((c) =>
                near(sum.minus(c), dec(t.value), totalTolerance(n)),
              ),
          )
        : undefined;
    if (sum && below)
      checks.push({
        id: 'payments-vs-total',
        held: false,
        figures: { sum: money(sum), total: below.value, periods: String(n) },
        quotes: [below.source.text],
      });
  }
  // …and a loan of so many days repaid at once: its rate for those days ("借款期限90天…日利率0.05%
  // …到期应还本息8,360元" is 8,000 × (1 + 0.05% × 90)), as the months it only approximates are not.
  // Only a term the page labels: "首借7天免息" names days that bear no interest, not the loan's.
  if (
    payments === null &&
    p !== null &&
    option.term?.origin === 'label' &&
    term?.days != null &&
    term.months === null &&
    method === '到期一次性还本付息'
  ) {
    const days = term.days;
    const owed = input.rates
      .filter((r) => r.context === undefined && r.kind !== 'comprehensive-annual')
      .flatMap((r) => [perDay(r, 365), perDay(r, 360)])
      .map((d) => roundCents(p.times(d.times(days).plus(1))));
    const match = wholes.find((t) => owed.some((o) => near(dec(t.value), o, new Decimal('0.01'))));
    if (match)
      checks.push({
        id: 'payments-vs-total',
        held: true,
        figures: { sum: match.value, total: match.value, periods: '1', days: String(days) },
        quotes: [match.source.text],
      });
  }

  // Total repaid − principal (or Σ interest) against the page's 总利息 — one from prose only where
  // it is said with this principal ("借10,000元用一天的利息为5元" is the example's, not the plan's).
  const interests = distinct(c['total-interest'], (v) => v).filter(
    (x) => x.origin !== 'prose' || x.order === option.principal?.order,
  );
  if (p !== null && interests.length > 0) {
    const sums: Decimal[] = [];
    if (schedule?.rows.every((r) => r.interest !== null))
      sums.push(schedule.rows.reduce((s, r) => s.plus(r.interest ?? '0'), new Decimal(0)));
    if (payments !== null) sums.push(payments.reduce((s, x) => s.plus(x), new Decimal(0)).minus(p));
    for (const t of totals) sums.push(dec(t.value).minus(p));
    // …less a fee of each month the total carries ("停车费 600.00元/月 × 3个月，到期与本息一并支付" on
    // a loan repaid at once): the interest is what is left.
    const feesEach = input.periodicFees.reduce((s, f) => s.plus(f.amount), new Decimal(0));
    const months = term?.months ?? payments?.length ?? null;
    if (feesEach.gt(0) && months !== null)
      for (const t of totals) sums.push(dec(t.value).minus(p).minus(feesEach.times(months)));
    if (sums.length > 0) {
      const n2 = payments?.length ?? 1;
      const match = interests.find((i) =>
        sums.some((s) => near(dec(i.value), s, totalTolerance(n2))),
      );
      const shown = match ?? interests[0];
      if (shown)
        checks.push({
          id: 'interest-vs-total',
          held: match !== undefined,
          figures: { interest: shown.value, computed: money(sums[0] ?? new Decimal(0)) },
          quotes: [shown.source.text],
        });
    }
  }

  // Principal − deductions against the amount received.
  const received = c.received[0];
  if (p !== null && received && input.upfrontDeductions.length > 0) {
    const net = input.upfrontDeductions.reduce((s, d) => s.minus(d), p);
    checks.push({
      id: 'received-vs-deductions',
      held: near(net, dec(received.value), new Decimal('0.01')),
      figures: { principal: money(p), deductions: money(p.minus(net)), received: received.value },
      quotes: [quoteP, received.source.text],
    });
  }
  // …and a bare figure ("借款额度 ¥2,000.00" on a confirmation) that is what the page says arrives
  // ("实际到款金额 ¥2,000.00"): the amount lent, as the page's figures agree (a fee paid apart, from
  // the card, is not taken from what arrives).
  if (
    p !== null &&
    received &&
    option.principal?.origin === 'unlabelled' &&
    // (…only where no amount is labelled as lent: it must not outvote one that is.)
    c.principal.every((x) => x.origin === 'unlabelled') &&
    near(p, dec(received.value), new Decimal('0.01'))
  )
    checks.push({
      id: 'received-vs-deductions',
      held: true,
      figures: { principal: money(p), received: received.value },
      quotes: [quoteP, received.source.text],
    });

  // What a record says is left after the periods repaid (剩余本金 12000.00 · 下期还款期数 5) against
  // what this principal leaves: equal principal parts, the matched method's own at its rate, or
  // all of it under 先息后本.
  const left = input.remaining;
  if (p !== null && n !== null && term?.months != null && left && left.paid < n) {
    const shown = dec(left.value);
    const even = p.times(n - left.paid).div(n);
    const rows = formula ? rowsFor(formula.method, p, formula.rate, n) : null;
    const leaves = [
      even,
      ...(method === null || method === '先息后本' ? [p] : []),
      ...(rows ? [rows.slice(0, left.paid).reduce((s, r) => s.minus(r.principal), p)] : []),
    ];
    const at = leaves.find((x) => near(x, shown, totalTolerance(n)));
    checks.push({
      id: 'remaining-vs-principal',
      held: at !== undefined,
      figures: {
        principal: money(p),
        paid: String(left.paid),
        remaining: left.value,
        computed: money(at ?? even),
      },
      quotes: [quoteP, left.source.text],
    });
    // Equal instalments whose principal parts are equal too: a flat charge on the whole amount.
    const equal =
      payments !== null && payments.length >= 2 && payments.every((x) => x === payments[0]);
    if (at === even && method === null && equal && left.paid > 0) method = '等本等息';
  }

  // An instalment that matches the method at the stated rate to the fen is the strongest
  // agreement; a plan's row count the weakest (a folded plan shows only its first rows).
  const weight: Partial<Record<ReadingCheck['id'], [number, number]>> = {
    'per-period-vs-method': [3, -2],
    'schedule-vs-term': [1, -1],
  };
  const score = checks.reduce((s, k) => {
    const [up, down] = weight[k.id] ?? [2, -1];
    // To the fen is stronger than within a rounded rate's reach.
    const exact = k.id === 'per-period-vs-method' && k.figures.expected === k.figures.shown;
    return s + (k.held ? up + (exact ? 1 : 0) : down);
  }, 0);
  return { option, checks, method, formula, perPeriod, schedule, score };
}

/**
 * Interest paid monthly with a monthly charge beside it: the month's payment is the principal at
 * all the page's monthly rates together (月利率 + 月综合费率), to the fen — two or more of them, for
 * one alone is the method's own instalment.
 */
function chargedMonthly(input: InterpretInput, p: Decimal, each: string): boolean {
  const monthly = monthlyRatesTogether(input.rates);
  return monthly.count >= 2 && money(p.times(monthly.sum)) === each;
}

/**
 * The stated last instalment that closes these equal ones: within a yuan or 1% of them (a page
 * may also state the last principal part, "每期本金3,107.22元（末期3,107.30元）").
 */
function lastOf(input: InterpretInput, each: string): string | null {
  const e = dec(each);
  const within = Decimal.max(new Decimal(1), e.times('0.01'));
  return (
    input.lastAmounts.find(
      (l) =>
        near(dec(l), e, within) || input.balloons.some((b) => near(dec(l).minus(b), e, within)),
    ) ?? null
  );
}

/** The page's 还款总额 is the instalments as read, with no fee beside them left to add. */
function totalHoldsPayments(checks: readonly ReadingCheck[]): boolean {
  return checks.some(
    (k) => k.id === 'payments-vs-total' && k.held && k.figures.feesEach === undefined,
  );
}

/**
 * The fees each instalment carries besides principal and interest: those the page states apart,
 * else the fee columns of the listed plan's first row (服务费 50.00 in every row of the plan).
 */
function feePerPeriod(input: InterpretInput, schedule: Schedule | null): Decimal {
  const stated = input.periodicFees.map((f) => f.amount);
  const listed = Object.values(schedule?.rows[0]?.fees ?? {});
  return (stated.length > 0 ? stated : listed).reduce((s, a) => s.plus(a), new Decimal(0));
}

function hasFeeColumn(schedule: Schedule): boolean {
  return schedule.rows.some((r) => Object.keys(r.fees).length > 0);
}

function isEqualPayment(method: RepaymentMethod | null): boolean {
  return method === null || method === '等额本息' || method === '等本等息';
}

/** The schedule the page's own terms fix, when it lists none. */
function derive(
  input: InterpretInput,
  p: Decimal,
  term: Term,
  method: RepaymentMethod | null,
  c: Candidates,
): {
  amounts: Decimal[];
  from: NonNullable<Reading['derivedFrom']>;
  /** The method the amounts were made by, where the page named none. */
  method?: RepaymentMethod;
} | null {
  const days = term.days;
  const months = term.months;
  const bullet = method === '到期一次性还本付息' || (days !== null && months === null);
  // A total repaid below the principal, or a negative interest, is no total of this loan.
  const total = distinct(c['total-repaid'], (v) => v).find((x) => dec(x.value).gte(p));
  const interest = distinct(c['total-interest'], (v) => v).find((x) => dec(x.value).gte(0));
  if (bullet) {
    if (total) return { amounts: [dec(total.value)], from: 'total-repaid' };
    if (interest) return { amounts: [p.plus(interest.value)], from: 'total-interest' };
    // A pawn's 月费率 whose 综合费用 the page lists (P × fee rate × months among the deductions or
    // the fees it names without a time) is that fee; the interest rate beside it prices the
    // repayment, and the fee is placed once.
    const feePaid = (r: InterpretInput['rates'][number]): boolean =>
      r.kind === 'fee-rate-monthly' &&
      months !== null &&
      [...input.upfrontDeductions, ...input.untimedFees].some((d) =>
        near(dec(d), roundCents(p.times(r.value).times(months)), new Decimal('0.01')),
      );
    // The loan's own interest rate prices the repayment before any fee rate beside it.
    const priced = input.rates.filter((r) => dec(r.value).gt(0) && !feePaid(r));
    const rate = priced.find((r) => r.kind !== 'fee-rate-monthly') ?? priced[0];
    // "融资使用费 24,000.00（放款时扣除）" = 800,000 × 9% × 120/360: the interest was taken when the
    // money was paid out, and the principal alone is repaid.
    const taken =
      rate !== undefined &&
      rate.kind !== 'fee-rate-monthly' &&
      days !== null &&
      input.upfrontDeductions.some((d) =>
        ([365, 360] as const).some((y) =>
          near(dec(d), roundCents(p.times(perDay(rate, y)).times(days)), new Decimal('0.01')),
        ),
      );
    if (taken) return { amounts: [p], from: 'rate' };
    // "借款期限 1周 · 每周还款 ¥1545", no rate: a term of one period repays that period's amount.
    const once = rate
      ? undefined
      : distinct(c['per-period'], (v) => v).find(
          // …the principal alone, where the cost was kept back when it was paid out (审批金额 2000 ·
          // 服务费 300 · 到账金额 1700 · 还款金额 2000).
          (x) =>
            x.origin === 'label' &&
            onePeriod(x, days) &&
            (dec(x.value).gt(p) || (dec(x.value).eq(p) && input.upfrontDeductions.length > 0)),
        );
    if (once) return { amounts: [dec(once.value)], from: 'total-repaid' };
    // "年利息为 0%": the page states no interest, so the principal alone is repaid.
    if (!rate && input.rates.some((r) => dec(r.value).isZero()))
      return { amounts: [p], from: 'rate' };
    if (!rate) return null;
    if (days !== null) {
      const row = bulletByDaysRow(p, perDay(rate, input.yearDays), days);
      return { amounts: [row.principal.plus(row.interest)], from: 'rate' };
    }
    if (months === null) return null;
    const monthly = monthlyRates([rate])[0];
    if (!monthly) return null;
    // A pawn's 月综合费率 beside its 月利率 is charged on the 当金 every month as well (典当管理办法
    // 第三十七、三十八条), paid with the interest when the goods are redeemed — unless the page
    // shows it kept back, as feePaid finds.
    const combined = priced.filter(
      (r) =>
        r !== rate &&
        (r.kind === 'monthly' || r.kind === 'fee-rate-monthly') &&
        /综合费率/.test(compactText(r.label)),
    );
    const both =
      combined.length === 1 && !/综合/.test(compactText(rate.label))
        ? monthlyRates(combined)[0]?.rate
        : undefined;
    const row = bulletByMonthsRow(p, monthly.rate.plus(both ?? 0), months);
    return { amounts: [row.principal.plus(row.interest)], from: 'rate' };
  }
  // A card 分期 or shop instalment that states a fee per period and no interest rate (分期费率 0.66%
  // 每期, 手续费 79.20/期): the amount in equal parts, each with the fee on top.
  // (A "参考年化利率（单利）4.20%" that is the fee rate × 12 says the same fee again, as a year's.)
  const feeRate = input.rates.find((r) => r.kind === 'fee-rate-monthly' && dec(r.value).gt(0));
  const feeRateAgain = (r: InterpretInput['rates'][number]): boolean =>
    feeRate !== undefined && dec(r.value).eq(dec(feeRate.value).times(12));
  // An IRR the page discloses ("年化利率（IRR） 14.10%") is what the fees cost, not a rate that
  // prices interest: it does not make the plan bear interest, and the plan must agree with it.
  const cost = input.rates.filter((r) => COST_FIGURES.has(r.kind) && dec(r.value).gt(0));
  const contract = input.rates.filter(
    (r) =>
      r.kind !== 'fee-rate-monthly' &&
      !COST_FIGURES.has(r.kind) &&
      dec(r.value).gt(0) &&
      !feeRateAgain(r),
  );
  if (method === null && months !== null && months > 1 && contract.length === 0 && !interest) {
    // The fee is the stated fee rate on the amount; a listed fee that is not that (a whole-term
    // 分期总手续费, a fee collected at once) leaves the schedule unknown rather than guessed.
    const byRate = feeRate ? roundCents(p.times(feeRate.value)) : null;
    const listed = feePerPeriod(input, null);
    const agrees = byRate === null || listed.isZero() || near(listed, byRate, new Decimal('0.01'));
    const fee = byRate ?? listed;
    // A 应还总额 beside it must be the amount and n fees ("取现金额 3,000.00 · 3期 · 每期手续费率
    // 0.80% · 应还总额 3,072.00").
    const totalAgrees =
      !total || near(dec(total.value), p.plus(fee.times(months)), new Decimal('0.01'));
    const rows = agrees && totalAgrees && fee.gt(0) ? flatRows(p, new Decimal(0), months) : null;
    const amounts = rows?.map((r) => r.principal.plus(fee)) ?? null;
    if (amounts && (cost.length === 0 || cost.some((r) => costAgrees(r, p, amounts))))
      return { amounts, from: 'rate', method: '等本等息' };
  }
  if (months === null || method === null) return null;
  // The stated rate's own instalments, when they add up to the page's total (or its interest):
  // they carry the rounding the lender's schedule has, which an even split of the total does not.
  const byRate = fromRate(input, p, months, method);
  if (byRate && (total || interest)) {
    const sum = byRate.amounts.reduce((a, x) => a.plus(x), new Decimal(0));
    const owed = total ? dec(total.value) : p.plus(interest?.value ?? '0');
    if (near(sum, owed, totalTolerance(months))) return byRate;
  }
  if (total && isEqualPayment(method)) {
    const each = roundCents(dec(total.value).div(months));
    const amounts = Array.from({ length: months }, (_, i) =>
      i === months - 1 ? dec(total.value).minus(each.times(months - 1)) : each,
    );
    return { amounts, from: 'total-repaid' };
  }
  // "应还利息 145.87" on a bill or a collection case is what is owed now, not the loan's interest:
  // beside a stated rate it disagrees with, it does not overrule the rate.
  // …nor is the interest in a breakdown of arrears ("欠款合计 8,796.40元（本金8,150.00元、利息250.00元、
  // 罚息396.40元）").
  const owedNow =
    interest !== undefined &&
    (/^(?:应还|待还|应付)/.test(compactText(interest.source.text)) ||
      /欠款|罚息/.test(compactText(interest.source.text)));
  // Rates understate a cost, they do not overstate it: interest below what the contract rate gives
  // on this principal is another figure (an investor's return on ¥100), not this loan's.
  const rateSum = byRate?.amounts.reduce((a, x) => a.plus(x), new Decimal(0)).minus(p) ?? null;
  const below =
    interest !== undefined && rateSum !== null && dec(interest.value).lt(rateSum.times('0.5'));
  if (interest && isEqualPayment(method) && !(owedNow && byRate) && !below) {
    const all = p.plus(interest.value);
    const each = roundCents(all.div(months));
    const amounts = Array.from({ length: months }, (_, i) =>
      i === months - 1 ? all.minus(each.times(months - 1)) : each,
    );
    return { amounts, from: 'total-interest' };
  }
  return byRate ?? byTotal(p, months, method, interest, total);
}

/** Rates that state what the loan costs with its fees folded in, not a rate interest is priced at. */
const COST_FIGURES: ReadonlySet<StatedRate['kind']> = new Set([
  'annual-irr',
  'comprehensive-annual',
  'annual-compound',
]);

/**
 * Monthly instalments from a principal paid out whole agree with a stated cost rate when their
 * IRR, annualised as the rate was (×12, or compounded), is within 0.1 percentage point of it.
 */
function costAgrees(rate: StatedRate, p: Decimal, amounts: readonly Decimal[]): boolean {
  const irr = solveIrr(
    loanCashFlows(
      p,
      amounts.map((amount, i) => ({ t: i + 1, amount })),
    ),
  );
  if (irr.kind !== 'unique') return false;
  const { nominal, effective } = annualise(irr.rate, MONTHS_PER_YEAR);
  const annual = rate.kind === 'annual-compound' ? effective : nominal;
  return annual.minus(rate.value).abs().lte('0.001');
}

/**
 * A per-period amount whose period is the whole term in days: 每周 over 7 days, 每月 over a month,
 * 每期 or an amount that names no period (还款金额) over any.
 */
function onePeriod(x: Candidate<string>, days: number | null): boolean {
  if (days === null) return false;
  const said = compactText(x.source.text);
  if (/每周|周供/.test(said)) return days === 7;
  if (/每月|月供|月还/.test(said)) return days >= 28 && days <= 31;
  // "还款金额 3090.00" over 30 days: an amount that names no period is the one repayment.
  return true;
}

/** The instalments at the page's contract rate, by the method. */
function fromRate(
  input: InterpretInput,
  p: Decimal,
  months: number,
  method: RepaymentMethod,
): { amounts: Decimal[]; from: NonNullable<Reading['derivedFrom']> } | null {
  // Rates that are a contract rate (not a cost figure that already folds the fees in).
  const contract = input.rates.filter(
    (r) => r.kind !== 'comprehensive-annual' && r.kind !== 'annual-compound',
  );
  // The page's primary rate first: a guarantee's 评审费率 3.00‰ named before the loan's 年利率 is
  // no monthly interest.
  const ranked = [...contract].sort(
    (a, b) => Number(b.primary === true) - Number(a.primary === true),
  );
  const monthly = monthlyRates(ranked)[0];
  if (!monthly) return null;
  // A daily rate on a falling or whole balance, from a loan date the page shows: each month's
  // interest on its own days, as such lenders compute it.
  const start = input.disbursementDate;
  const onDays =
    monthly.stated.kind === 'daily' &&
    start !== null &&
    (method === '等额本金' || method === '先息后本');
  const rows = onDays
    ? dailyRows(
        method,
        p,
        perDay(monthly.stated),
        Array.from({ length: months }, (_, i) =>
          daysBetween(addMonths(start, i), addMonths(start, i + 1)),
        ),
      )
    : rowsFor(method, p, monthly.rate, months);
  const listed = feePerPeriod(input, null);
  // A monthly fee the page states only as a rate (fee-from-rate.ts): its amount on this principal.
  const fee =
    listed.isZero() && input.unshownFeeRate !== null
      ? roundCents(p.times(input.unshownFeeRate))
      : listed;
  return rows
    ? { amounts: rows.map((r) => r.principal.plus(r.interest).plus(fee)), from: 'rate' }
    : null;
}

/**
 * 等额本金 pays interest on the falling balance, P·r·(n+1)/2 in all; 先息后本 pays P·r·n. On a page
 * that states no rate, either total fixes the monthly rate, and with it every instalment.
 */
function byTotal(
  p: Decimal,
  months: number,
  method: RepaymentMethod,
  interest: Candidate<string> | undefined,
  total: Candidate<string> | undefined,
): { amounts: Decimal[]; from: NonNullable<Reading['derivedFrom']> } | null {
  const owed = interest ? dec(interest.value) : total ? dec(total.value).minus(p) : null;
  if (owed === null || (method !== '等额本金' && method !== '先息后本')) return null;
  const periods = method === '等额本金' ? new Decimal(months + 1).div(2) : new Decimal(months);
  const rows = rowsFor(method, p, owed.div(p.times(periods)), months);
  return rows
    ? {
        amounts: rows.map((r) => r.principal.plus(r.interest)),
        from: interest ? 'total-interest' : 'total-repaid',
      }
    : null;
}

function dueDates(input: InterpretInput, count: number, term: Term | null): (string | null)[] {
  const start = input.disbursementDate;
  if (count === 1 && input.dueDate !== null) return [input.dueDate];
  if (start === null) return Array.from({ length: count }, () => null);
  if (count === 1 && term?.days !== null && term?.days !== undefined)
    return [addDays(start, term.days)];
  if (count === 1 && term?.months !== null && term?.months !== undefined)
    return [addMonths(start, term.months)];
  return Array.from({ length: count }, () => null);
}

/**
 * A schedule showing only its first rows (the rest behind "查看全部") still states the instalment:
 * its rows' equal amount is a per-period candidate.
 */
function partialScheduleCandidates(schedules: Schedule[]): Candidate<string>[] {
  const out: Candidate<string>[] = [];
  schedules.forEach((s, k) => {
    const totals = s.rows.map((r) => r.total);
    const first = totals[0];
    // Equal instalments, the last one closing the balance a few fen apart.
    if (!first || !totals.slice(0, -1).every((t) => t === first)) return;
    out.push({
      value: first,
      source: { text: `第1期 ${first}`, locator: s.locator, finePrint: s.finePrint },
      fontSize: 0,
      order: 100000 + k,
      origin: 'label',
      chosen: false,
    });
  });
  return out;
}

/**
 * A plan whose one amount column adds up to the amount lent, beside a fee or an interest column
 * ("融资租赁总额 300.00 · 手续费 54.00" on each of 12 rows of a 3,600.00 lease): that column is the
 * principal repaid, and each row's payment is it with the fee and the interest beside it. Any
 * charge at all makes the whole repaid exceed the amount lent, so a sum equal to it is no total.
 */
function principalColumnPlusParts(payments: Payment[], principal: string | null): Payment[] {
  if (principal === null || payments.length < 2 || payments.some((p) => p.principal !== undefined))
    return payments;
  const extra = (p: Payment): Decimal =>
    Object.values(p.fees ?? {}).reduce((s, f) => s.plus(f), dec(p.interest ?? '0'));
  if (!payments.some((p) => extra(p).gt(0))) return payments;
  const sum = payments.reduce((s, p) => s.plus(p.amount), new Decimal(0));
  if (!sum.eq(dec(principal))) return payments;
  return payments.map((p) => ({
    ...p,
    principal: p.amount,
    amount: money(dec(p.amount).plus(extra(p))),
  }));
}

/**
 * "借款期限【360】天" repaid 等额本息, 按月付息: a term of whole 30-day months under a method the page
 * names as monthly is that many monthly periods, as the contract's own formulas count them
 * (每月应还利息 = 本金 × 利率 / 360 × 30).
 */
function inMonths(t: Candidate<Term>, method: RepaymentMethod | null): Candidate<Term> {
  const { months, days } = t.value;
  if (method === null || method === '到期一次性还本付息' || months !== null || days === null)
    return t;
  if (days % 30 !== 0 || days < 60) return t;
  return { ...t, value: { months: days / 30, days: null, periods: true } };
}

/**
 * A term in days that a listed plan splits evenly into its rows is that many periods — unless the
 * page repays it once (到期一次性还本付息): a bank ledger's rows of the interest it counts each month
 * on a 90-day loan (29 · 30 · 31 days) are no instalments.
 */
function inPeriods(
  t: Candidate<Term>,
  schedules: readonly Schedule[],
  method: RepaymentMethod | null,
): Candidate<Term> {
  const { months, days } = t.value;
  if (months !== null || days === null || method === '到期一次性还本付息') return t;
  const plan = schedules.find(
    (s) =>
      !s.finePrint &&
      daysSplitIntoRows(
        s.rows.map((r) => r.dueDate),
        days,
      ),
  );
  return plan ? { ...t, value: { months: plan.rows.length, days: null, periods: true } } : t;
}

/**
 * A term in months chosen on a page whose plan is paid by the week ("期限 ◉5个月" over 20 rows
 * seven days apart, the last within those months): the rows are the loan's periods, not five
 * monthly ones. Only rows that fall exactly a week (or a fortnight) apart, every one dated.
 */
function weeksWithinMonths(t: Candidate<Term>, schedules: readonly Schedule[]): Candidate<Term> {
  const { months, periods } = t.value;
  if (months === null || periods) return t;
  const plan = schedules.find((s) => {
    const dates = s.rows.map((r) => r.dueDate);
    const [first, last] = [dates[0], dates[dates.length - 1]];
    if (s.finePrint || s.rows.length <= months || !first || !last) return false;
    const step = dates[1] ? daysBetween(first, dates[1]) : 0;
    return (
      (step === 7 || step === 14) &&
      dates.every(
        (d, i) => i === 0 || (d !== null && daysBetween(dates[i - 1] ?? d, d) === step),
      ) &&
      daysBetween(first, last) <= months * 31
    );
  });
  return plan ? { ...t, value: { months: plan.rows.length, days: null, periods: true } } : t;
}

export function interpret(input: InterpretInput): Interpretation {
  const c: Candidates = {
    ...input.candidates,
    'per-period': [
      ...input.candidates['per-period'],
      ...partialScheduleCandidates(input.schedules),
    ],
  };
  const principals = distinct(c.principal, (v) => v);
  const terms = distinct(
    c.term.map((t) =>
      weeksWithinMonths(
        inPeriods(inMonths(t, input.method), input.schedules, input.method),
        input.schedules,
      ),
    ),
    termKey,
  );
  const options: Option[] = [];
  // An unlabelled amount is only a guess: reading no principal stays possible beside it.
  const labelled = principals.some((x) => x.origin !== 'unlabelled');
  for (const principal of labelled ? principals : [...principals, null])
    for (const term of terms.length > 0 ? terms : [null]) options.push({ principal, term });

  // …and it is the principal only where a figure of the page agrees with it.
  const evaluated = options
    .map((o) => evaluate(input, o, c))
    .filter(
      (e) =>
        e.option.principal?.origin !== 'unlabelled' ||
        e.checks.some((k) => k.held && k.id !== 'schedule-vs-term'),
    );
  // Highest agreement wins; ties keep the reading order (the chosen option, visible labels first)
  // — except that a single repayment charged by the day runs for the days the page states ("借款期限
  // 1个月" on a product card, "以借款3000元、借款30天为例…3000×0.05%×30"), which a month only
  // approximates.
  // (…or an annual rate "按日计息": "借款期限：30天，自2026年4月15日起至2026年5月15日止。借款年利率
  // 9.6%，按日计息".)
  const byDays = (e: Evaluated): boolean =>
    e.option.term?.value.days != null &&
    input.method === '到期一次性还本付息' &&
    (input.accruesDaily || input.rates.some((r) => r.kind === 'daily' && r.context === undefined));
  // …and, of two terms the same plan agrees with, the one that is its number of rows ("重组后共12期"
  // beside the 36-month lease it replaces, whose 12 rows repay all of the new principal).
  const rowsAreTerm = (e: Evaluated): boolean =>
    e.schedule !== null &&
    e.option.term?.value.months != null &&
    e.option.term.value.months === e.schedule.rows.length;
  const before = (b: Evaluated, a: Evaluated): boolean =>
    byDays(b) !== byDays(a) ? byDays(b) : rowsAreTerm(b) && !rowsAreTerm(a);
  const best = evaluated.reduce((a, b) =>
    b.score > a.score || (b.score === a.score && before(b, a)) ? b : a,
  );
  const rejected: RejectedCandidate[] = [...c.rejected];
  for (const e of evaluated) {
    if (e.score >= best.score) continue;
    for (const [role, cand] of [
      ['principal', e.option.principal],
      ['term', e.option.term],
    ] as const) {
      if (
        cand === null ||
        cand === (role === 'principal' ? best.option.principal : best.option.term)
      )
        continue;
      const value = typeof cand.value === 'string' ? cand.value : describeTerm(cand.value);
      if (!rejected.some((r) => r.role === role && r.value === value))
        rejected.push({ role, value, quote: cand.source.text, reason: 'disagrees-with-figures' });
    }
  }

  const { option, schedule } = best;
  // The method reported is the one the page names or its schedule shows, or the one its equal
  // instalments agree with to the fen at its own rate: 等额本息 and 等本等息 give different
  // instalments at one rate, so that agreement names the method. A first instalment alone cannot
  // (等额本金's first equals 等本等息's), so a method inferred from it stays in the check.
  let method = input.method;
  if (
    method === null &&
    best.formula !== null &&
    (best.formula.rate.gt(0) || input.periodicFees.length > 0) &&
    (best.formula.method === '等额本息' || best.formula.method === '等本等息') &&
    !best.perPeriod?.source.text.includes('首期')
  )
    method = best.formula.method;
  // Equal instalments that a record shows leave equal principal parts (剩余本金 after k periods).
  if (
    method === null &&
    best.method === '等本等息' &&
    best.checks.some((k) => k.id === 'remaining-vs-principal' && k.held)
  )
    method = best.method;
  const term = option.term ?? termOfSchedule(schedule);
  const n = term?.value.months ?? null;
  let payments: Payment[] = [];
  let origin: ScheduleOrigin = 'none';
  let derivedFrom: Reading['derivedFrom'];
  // One period is one repayment, whatever the page calls it.
  const isBullet =
    method === '到期一次性还本付息' ||
    (term?.value.days !== null && term?.value.days !== undefined && n === null) ||
    (n === 1 && best.perPeriod === null);

  if (schedule) {
    payments = principalColumnPlusParts(toPayments(schedule), option.principal?.value ?? null);
    method ??= methodFromSchedule(schedule);
    origin = 'listed';
    // A plan whose instalments are the method's principal and interest alone, on a page that
    // says a fee is paid with each of them (咨询费每期216.00元，与当期本息一并扣划): the fee is
    // paid beside the listed amount.
    // Not when the rate it agreed with is that fee's own (¥99 a month is 0.55% of ¥18,000), nor
    // when the plan already adds up to the page's 还款总额.
    const fee = feePerPeriod(input, null);
    const principal = option.principal ? dec(option.principal.value) : null;
    const feeIsRate =
      principal !== null &&
      best.formula !== null &&
      near(fee, principal.times(best.formula.rate), new Decimal('0.05'));
    const totalHeld = totalHoldsPayments(best.checks);
    // …nor when the plan's instalment is more than the amount that agreed (月供(本金+利息)
    // 1,754.60 beside a plan whose 合计 is 1,913.60): the plan holds the fees already.
    const first = payments[0]?.amount;
    const holdsMore =
      best.perPeriod !== null &&
      first !== undefined &&
      dec(first).minus(best.perPeriod.value).gt('0.05');
    if (
      fee.gt(0) &&
      !holdsMore &&
      best.formula?.withFees === false &&
      !feeIsRate &&
      !totalHeld &&
      !hasFeeColumn(schedule)
    )
      payments = payments.map((p) => ({
        ...p,
        amount: money(dec(p.amount).plus(fee)),
        fees: {
          ...(p.fees ?? {}),
          ...Object.fromEntries(input.periodicFees.map((f) => [f.name, f.amount])),
        },
      }));
  } else if (isBullet) {
    // The amount due that agreed with the rate over the term; an overdue page's 应还总额 also
    // holds the overdue charges since the due date, which are no part of the loan's cost.
    const agreed = best.checks.find((k) => k.id === 'per-period-vs-method' && k.held)?.figures
      .shown;
    // A bill's balance stands for the repayment only where it agrees with the interest the page
    // states (a collection case's 剩余待还金额 2316.10 holds its charges; 本金 2000 + 利息 14 does not).
    const due = best.perPeriod === null ? input.amountsDue[0] : undefined;
    const interest = distinct(c['total-interest'], (v) => v)[0];
    const dueAgrees =
      due !== undefined &&
      (interest === undefined ||
        option.principal === null ||
        near(
          dec(due.value),
          dec(option.principal.value).plus(interest.value),
          new Decimal('0.05'),
        ));
    // A "total" below the principal is none ("一次性归还本金及利息 180.00元": the interest alone).
    const atLeastLent = (x: Candidate<string>): boolean =>
      option.principal === null || dec(x.value).gte(option.principal.value);
    const total =
      [...c['total-repaid'], ...c['per-period']].find((x) => x.value === agreed) ??
      distinct(c['total-repaid'], (v) => v).filter(atLeastLent)[0] ??
      (dueAgrees ? due : undefined) ??
      (input.interestPrepaid && option.principal ? option.principal : undefined);
    if (total) {
      payments = [
        {
          dueDate: dueDates(input, 1, term?.value ?? null)[0] ?? null,
          amount: total.value,
          source: total.source,
        },
      ];
      origin = 'single';
    }
  } else if (best.perPeriod !== null && n !== null && isEqualPayment(method)) {
    const pp = best.perPeriod;
    // The amount agreed with the method at the stated rate: the method also fixes the last
    // instalment, which clears the balance and differs by a few fen.
    // Only by the method the page names: a method the arithmetic merely inferred does not decide
    // the last instalment.
    const rows =
      best.formula && best.formula.method === input.method && option.principal
        ? rowsFor(best.formula.method, dec(option.principal.value), best.formula.rate, n)
        : null;
    const fee = feePerPeriod(input, null);
    const totalOf = (r: BaseRow, withFee: boolean): string =>
      money(r.principal.plus(r.interest).plus(withFee ? fee : 0));
    const first = rows?.[0];
    const once = onceOnFirst(input);
    // The amount shown is the first instalment with a fee billed once on it: every instalment is
    // the method's, and the once fee goes on the first (withFirstInstalmentFees).
    const withFee =
      first !== undefined &&
      (totalOf(first, true) === pp.value ||
        (once.gt(0) && money(dec(totalOf(first, true)).plus(once)) === pp.value));
    // A 本息 the method gives without the fee the page says is paid with each instalment
    // (借款管理费 每月￥180.00，与当期本息一并支付): each payment is both, as on a listed plan.
    // Not when the fee is the matched rate itself, nor when the plain payments make the page's total.
    const plain = first !== undefined && totalOf(first, false) === pp.value;
    const agreedPlain =
      best.formula?.withFees === false &&
      best.checks.some((k) => k.id === 'per-period-vs-method' && k.held);
    const feeBeside =
      (plain || (rows === null && agreedPlain)) &&
      !withFee &&
      fee.gt(0) &&
      option.principal !== null &&
      !near(fee, dec(option.principal.value).times(best.formula?.rate ?? 0), new Decimal('0.05')) &&
      !totalHoldsPayments(best.checks);
    const withBeside = (v: string): string => (feeBeside ? money(dec(v).plus(fee)) : v);
    const fromFormula =
      rows !== null && first !== undefined && (withFee || plain)
        ? rows.map((r) => totalOf(r, withFee || feeBeside))
        : null;
    const dates = partialDates(input.schedules, n);
    // (A "首期应还 193.36" under half the instalment is another plan's first: a negotiated plan for
    // the arrears offered beside the loan's own.)
    const firstStated =
      input.firstAmount !== null && dec(input.firstAmount).gte(dec(pp.value).div(2))
        ? input.firstAmount
        : null;
    payments = Array.from({ length: n }, (_, i) => ({
      dueDate: dates[i] ?? null,
      amount: (() => {
        // A balloon the page states (尾款金额 45,700.00) and no last instalment: the last one is the
        // regular instalment and the balloon.
        const [balloon] = input.balloons;
        const last =
          i === n - 1
            ? (lastOf(input, pp.value) ??
              (input.balloons.length === 1 &&
              balloon !== undefined &&
              input.lastAmounts.length === 0
                ? money(dec(pp.value).plus(balloon))
                : null))
            : null;
        const stated = last ?? (i === 0 ? firstStated : null);
        if (stated === null) return fromFormula?.[i] ?? withBeside(pp.value);
        // A stated 末期 of the 本息 alone carries the fee too.
        return last !== null ? withBeside(last) : stated;
      })(),
      source: pp.source,
    }));
    origin = 'per-period';
  } else if (
    best.perPeriod !== null &&
    n !== null &&
    method === '先息后本' &&
    option.principal &&
    chargedMonthly(input, dec(option.principal.value), best.perPeriod.value)
  ) {
    // A pawn's "每月应缴 522.00" on 当金 18,000 at 月利率 0.5% and 月综合费率 2.4%: each month pays
    // both, and the last the 当金 besides.
    const pp = best.perPeriod;
    const dates = dueDates(input, n, term?.value ?? null);
    payments = Array.from({ length: n }, (_, i) => ({
      dueDate: dates[i] ?? null,
      amount: i === n - 1 ? money(dec(pp.value).plus(option.principal?.value ?? '0')) : pp.value,
      source: pp.source,
    }));
    origin = 'per-period';
  } else if (best.perPeriod !== null && n !== null && method !== null && option.principal) {
    // A decreasing schedule (等额本金) shows its first instalment: the rest follow from the method.
    const d = derive(
      input,
      dec(option.principal.value),
      term?.value ?? { months: n, days: null, periods: true },
      method,
      c,
    );
    // …less a coupon the first instalment shown was checked to carry.
    const coupon = best.checks.find((k) => k.id === 'per-period-vs-method' && k.held)?.figures
      .coupon;
    if (d) {
      payments = d.amounts.map((a, i) => ({
        dueDate: null,
        amount: money(i === 0 && coupon !== undefined ? a.minus(coupon) : a),
        ...derivedSource(option.principal),
      }));
      origin = 'derived';
      derivedFrom = d.from;
    }
  }
  if (payments.length === 0 && option.principal !== null && term !== null) {
    const d = derive(
      input,
      dec(option.principal.value),
      term.value,
      isBullet ? '到期一次性还本付息' : method,
      c,
    );
    if (d) {
      const dates = dueDates(input, d.amounts.length, term.value);
      payments = d.amounts.map((a, i) => ({
        dueDate: dates[i] ?? null,
        amount: money(a),
        ...derivedSource(option.principal),
      }));
      origin = 'derived';
      derivedFrom = d.from;
      method = d.method ?? method;
    }
  }

  return {
    principal: option.principal,
    term,
    method,
    payments,
    reading: {
      checks: best.checks,
      rejected,
      schedule: origin,
      ...(derivedFrom ? { derivedFrom } : {}),
      doubt: doubtOf(best.checks),
    },
  };
}

/**
 * Due dates of the whole term from the first rows a page shows before "查看全部", or from the rows
 * still to pay: monthly, on the shown row's day.
 */
function partialDates(schedules: Schedule[], n: number): (string | null)[] {
  // …or the rows still to pay, from the period they say they are ("5/12期 · 2026-06-20").
  const partial = schedules.find(
    (s) =>
      s.rows.length < n &&
      s.rows[0]?.dueDate !== null &&
      (s.rows[0]?.period ?? 0) >= 1 &&
      (s.rows[0]?.period ?? 0) + s.rows.length - 1 <= n,
  );
  const shown = partial?.rows[0];
  if (!shown?.dueDate) return [];
  const day = Number(shown.dueDate.slice(8, 10));
  const first = addMonths(shown.dueDate, 1 - shown.period, day);
  return Array.from({ length: n }, (_, i) => addMonths(first, i, day));
}

/** A derived payment quotes the principal it was computed from. */
function derivedSource(principal: Candidate<string> | null): { source?: Source } {
  return principal ? { source: principal.source } : {};
}

function describeTerm(t: Term): string {
  return t.days !== null ? `${String(t.days)}天` : `${String(t.months)}个月`;
}

/**
 * Checks whose failure means the page's own figures contradict each other (not that a lender
 * understated a rate, which is a finding, not a misreading): the schedule's principal against the
 * principal, and the payments against the page's stated total.
 */
function doubtOf(checks: ReadingCheck[]): Doubt | null {
  const failed = checks.find(
    (k) => !k.held && (k.id === 'schedule-vs-principal' || k.id === 'payments-vs-total'),
  );
  if (!failed) return null;
  return {
    code: 'figures-disagree',
    field: failed.id === 'schedule-vs-principal' ? 'principal' : 'payments',
    figures: { check: failed.id, ...failed.figures },
    quotes: failed.quotes.filter((q) => q !== ''),
  };
}
