/**
 * Money the clauses move in or out of the cash flows: interest for the first months taken from the
 * principal at disbursement (priced at the loan's own rate), and a fee billed with the first
 * instalment ("会员费随首期账单扣收") added to the payment it is billed with (公告〔2021〕第3号
 * 第三条: every fee directly linked to the loan is part of its cost, on the day it is paid).
 */
import { Decimal } from '@/lib/finance/decimal';
import { roundCents, subtractMoney } from '@/lib/finance/money';
import type { ReadingCheck, ScheduleOrigin } from '@/lib/model/reading';
import type { Fee, Payment, Source, StatedRate } from '@/lib/model/terms';
import { compactText } from '@/lib/parse/normalize';
import type { Fact } from './facts';
import { DEPOSIT } from './deposit-offset';
import { leadingMoney, statedFigures } from './money-facts';

/** The page's own monthly rate: annual ÷ 12, daily × 30, monthly as stated. */
function monthlyRate(rates: StatedRate[]): Decimal | null {
  const own = rates.filter((r) => r.context === undefined);
  const pick = (kinds: StatedRate['kind'][]): StatedRate | undefined =>
    own.find((r) => kinds.includes(r.kind));
  const monthly = pick(['monthly']);
  if (monthly) return new Decimal(monthly.value);
  const annual = pick(['annual-simple', 'annual-irr']);
  if (annual) return new Decimal(annual.value).div(12);
  const daily = pick(['daily']);
  if (daily) return new Decimal(daily.value).times(30);
  return null;
}

/** Interest on `principal` for `months` at the page's own rate, to the fen; null without a rate. */
export function interestFor(principal: string, months: number, rates: StatedRate[]): string | null {
  const rate = monthlyRate(rates);
  if (rate === null || rate.lte(0)) return null;
  return roundCents(new Decimal(principal).times(rate).times(months)).toFixed(2);
}

/**
 * Adds fees billed with a given instalment to that instalment, when the payments are the page's
 * per-period amount or derived from its terms (a listed schedule already shows what is billed) —
 * or one repayment that the stated rate shows to be principal and interest alone ("到期应还本息合计
 * 5,150.00元" beside "会员服务费198.00元，于到期还款日与借款本息一并扣收").
 */
export function withFirstInstalmentFees(
  payments: Payment[],
  fees: Fee[],
  origin: ScheduleOrigin,
  principalAndInterestOnly = false,
): Payment[] {
  const built = origin === 'per-period' || origin === 'derived';
  if (!built && !(origin === 'single' && principalAndInterestOnly)) return payments;
  const billed = fees.filter(
    (f) => f.when === 'once' && (f.period !== undefined || f.withLast === true) && f.amount,
  );
  if (billed.length === 0) return payments;
  // A first instalment the page already shows with the fee in it ("首期应还 734.58元（含会员费）").
  const [first, second] = payments;
  const extra = billed
    .filter((f) => f.period === 1)
    .reduce((s, f) => s.plus(f.amount ?? '0'), new Decimal(0));
  if (
    extra.gt(0) &&
    first &&
    second &&
    new Decimal(first.amount).minus(second.amount).minus(extra).abs().lte('0.01')
  )
    return payments;
  return payments.map((p, i) => {
    const here = billed.filter(
      (f) => f.period === i + 1 || (f.withLast === true && i === payments.length - 1),
    );
    if (here.length === 0) return p;
    const extra: Record<string, string> = {};
    let amount = new Decimal(p.amount);
    for (const f of here) {
      amount = amount.plus(f.amount ?? '0');
      extra[f.name] = f.amount ?? '0';
    }
    return { ...p, amount: amount.toFixed(2), fees: { ...(p.fees ?? {}), ...extra } };
  });
}

/**
 * Interest for the first months taken from the principal at disbursement is not paid again:
 * 先息后本 instalments of those months carry no interest, a single repayment carries that much
 * less. Only for a schedule the reader built (a listed one shows what is due).
 */
export function withoutPrepaidInterest(
  payments: Payment[],
  months: number | null,
  principal: string | null,
  method: string | null,
  origin: ScheduleOrigin,
  rates: StatedRate[],
): Payment[] {
  if (months === null || principal === null || (origin !== 'derived' && origin !== 'per-period'))
    return payments;
  const one = interestFor(principal, 1, rates);
  if (one === null) return payments;
  const less = (p: Payment, by: Decimal): Payment => ({
    ...p,
    amount: Decimal.max(new Decimal(p.amount).minus(by), 0).toFixed(2),
  });
  if (method === '先息后本')
    return payments.map((p, i) => (i < months ? less(p, new Decimal(one)) : p));
  if (method === '到期一次性还本付息' && payments.length === 1)
    return payments.map((p) => less(p, new Decimal(one).times(months)));
  return payments;
}

/**
 * A fee charged on a day of its own is a cash flow of its own on that day (公告〔2021〕第3号: every
 * payment the borrower makes counts on the day it is made). Only beside dated payments: an
 * undated schedule has no day to put it between.
 */
export function withDatedFees(
  payments: Payment[],
  fees: Fee[],
): { payments: Payment[]; fees: Fee[] } {
  const dated = (f: Fee): boolean => f.when === 'once' && f.dueDate !== undefined && !!f.amount;
  if (!fees.some(dated) || payments.length === 0 || payments.some((p) => p.dueDate === null))
    return { payments, fees };
  const all: Payment[] = [
    ...payments,
    ...fees.filter(dated).map((f) => ({
      dueDate: f.dueDate ?? null,
      amount: f.amount ?? '0',
      fees: { [f.name]: f.amount ?? '0' },
      ...(f.source ? { source: f.source } : {}),
    })),
  ];
  all.sort((a, b) => (a.dueDate ?? '').localeCompare(b.dueDate ?? ''));
  return {
    payments: all,
    // The instalment it is charged with is the cash flow of its own day.
    fees: fees.map((f) =>
      dated(f) ? { ...f, period: all.findIndex((p) => p.fees?.[f.name] === f.amount) + 1 } : f,
    ),
  };
}

/**
 * Fees a page lists with no word of when they are paid ("快速信审费 75.00元 · 账户管理费 45.00元")
 * are placed by its own figures: taken at disbursement when the principal less them (and less the
 * fees already known to be deducted) is the amount received.
 */
export function untimedAsUpfront(
  untimed: Fee[],
  principals: readonly string[],
  received: string | null,
  upfront: readonly string[],
): boolean {
  if (untimed.length === 0 || received === null) return false;
  const taken = [...upfront, ...untimed.map((f) => f.amount ?? '0')].reduce(
    (s, a) => s.plus(a),
    new Decimal(0),
  );
  return principals.some((p) => new Decimal(p).minus(taken).minus(received).abs().lte('0.01'));
}

/**
 * …or placed by a single repayment: one that holds them beside the principal and the interest (a
 * 14-day loan's 实际应还金额 1,630.50 = 1,500 + 10.50 + 75 + 45) holds them, billed with it and named
 * in it; one that is principal and interest alone (本息共计 5,180.00 = 5,000 + 180, 平台服务费 25.00
 * beside it) leaves them to be paid when the loan is made, the earliest day they can fall due, so
 * they come off what was received.
 */
export function placeUntimed(
  untimed: Fee[],
  payments: Payment[],
  principal: string | null,
  interests: readonly string[],
  /** The yuan figures the page states (money-facts.ts statedFigures). */
  figures: ReadonlySet<string>,
  /** The page says its fees are paid with the repayment, none taken from the loan. */
  paidAtRepayment = false,
): { payments: Payment[]; fees: Fee[]; check: ReadingCheck | null } {
  const none = { payments, fees: [], check: null };
  const [only] = payments;
  // A deposit the borrower puts up (风险保证金 beside a margin loan's 总操盘资金, 可用保证金 on the
  // account) is the borrower's money, not a charge: no place is guessed for it.
  untimed = untimed.filter((f) => !DEPOSIT.test(f.name));
  if (untimed.length === 0 || principal === null || !only) return none;
  const fees = untimed.reduce((s, f) => s.plus(f.amount ?? '0'), new Decimal(0));
  if (payments.length > 1)
    return (
      inEachInstalment(untimed, payments, principal, fees) ??
      onTopOfEach(untimed, payments, fees, figures) ??
      none
    );
  const rest = new Decimal(only.amount).minus(principal);
  const near = (r: Decimal): string | undefined =>
    interests.find((i) => r.minus(i).abs().lte('0.05'));
  const interest = near(rest.minus(fees));
  // "服务费 ￥10.50（按日费率计，结算日随周薪扣回）" beside 到期应扣 1,510.50 on 1,500.00: the one fee
  // that is all the repayment holds beyond the principal is in it; the others were paid apart.
  const [inIt, ...more] = untimed.filter((f) =>
    rest
      .minus(f.amount ?? '0')
      .abs()
      .lte('0.01'),
  );
  if (untimed.length > 1 && inIt !== undefined && more.length === 0) {
    const named = { [inIt.name]: inIt.amount ?? '0' };
    return {
      payments: [{ ...only, fees: { ...only.fees, ...named } }],
      fees: untimed.map((f) =>
        f === inIt
          ? { ...f, when: 'once' as const, period: 1 }
          : { ...f, when: 'upfront' as const },
      ),
      check: null,
    };
  }
  // A charge that is the interest itself under its own name — "垫资费 16,200.00" beside 日费率0.06%
  // over 18 days on 1,500,000, and 到期应还 1,516,200.00 — is no fee on top of it.
  if (interest === undefined && untimed.length === 1 && near(rest) !== undefined && rest.eq(fees))
    return none;
  // …and so does one that is the principal alone (a renewal's 到期还款 1500.00 beside 本期手续费
  // 300.00 and 续借费用 30.00 paid today).
  if (interest === undefined) {
    if (near(rest) === undefined && !rest.isZero()) return none;
    // "综合费用将在还款时一次性收取 … 不预扣任何费用": they are due with the repayment, on top —
    // as a total the page states says where it adds them (a pawn's redemption: 应付金额 40,720.00 =
    // 当金 40,000.00 + 利息 320.00 + 综合费 400.00).
    if (paidAtRepayment || figures.has(fees.plus(only.amount).toFixed(2))) {
      const named = Object.fromEntries(untimed.map((f) => [f.name, f.amount ?? '0']));
      return {
        payments: [
          { ...only, amount: fees.plus(only.amount).toFixed(2), fees: { ...only.fees, ...named } },
        ],
        fees: untimed.map((f) => ({ ...f, when: 'once' as const, period: 1 })),
        check: null,
      };
    }
    return {
      payments,
      fees: untimed.map((f) => ({ ...f, when: 'upfront' as const })),
      check: null,
    };
  }
  return heldIn(untimed, payments, new Decimal(principal), new Decimal(interest), fees, {
    when: 'once',
    period: 1,
  });
}

/**
 * The fees placed in the instalments that hold them: named in each, reported as `timing`, with
 * the check that says what the first instalment is made of.
 */
function heldIn(
  untimed: Fee[],
  payments: Payment[],
  principal: Decimal,
  interest: Decimal,
  fees: Decimal,
  timing: Pick<Fee, 'when' | 'period'>,
): { payments: Payment[]; fees: Fee[]; check: ReadingCheck } {
  const named = Object.fromEntries(untimed.map((f) => [f.name, f.amount ?? '0']));
  const first = payments[0];
  return {
    payments: payments.map((p) => ({ ...p, fees: { ...(p.fees ?? {}), ...named } })),
    fees: untimed.map((f) => ({ ...f, ...timing })),
    check: {
      id: 'fees-in-repayment',
      held: true,
      figures: {
        payment: first?.amount ?? '0.00',
        principal: principal.toFixed(2),
        interest: interest.toFixed(2),
        fees: fees.toFixed(2),
      },
      quotes: [first?.source?.text ?? '', ...untimed.map((f) => f.source?.text ?? '')].filter(
        (q) => q !== '',
      ),
    },
  };
}

/**
 * …or in every instalment: a shop's 月供 ￥551.0 on ￥3,000 over 6 months with 服务费 ￥36.0 and
 * 财务费 ￥15.0 beside it is 500.00 of principal and the fees, no interest (等本等息 at nothing).
 * Only when every instalment is the same and the fees make up all of it beyond principal ÷ n.
 */
function inEachInstalment(
  untimed: Fee[],
  payments: Payment[],
  principal: string,
  fees: Decimal,
): { payments: Payment[]; fees: Fee[]; check: ReadingCheck } | null {
  const [first] = payments;
  if (!first || payments.some((p) => p.amount !== first.amount)) return null;
  const part = new Decimal(principal).div(payments.length);
  if (part.plus(fees).minus(first.amount).abs().gt('0.01')) return null;
  return heldIn(untimed, payments, part, new Decimal(0), fees, { when: 'periodic' });
}

/**
 * Fees the page lists beside an instalment it states with them in it ("还款利息 500.00 · 管理费
 * 1000.00 · GPS费用 100.00 · 最低还款金额 1600.00"): the page's own figure is an instalment of the
 * plan plus the fees, so they are charged every period on top of it.
 */
function onTopOfEach(
  untimed: Fee[],
  payments: Payment[],
  fees: Decimal,
  figures: ReadonlySet<string>,
): { payments: Payment[]; fees: Fee[]; check: ReadingCheck } | null {
  const withFees = (p: Payment): string => new Decimal(p.amount).plus(fees).toFixed(2);
  // A plan whose own rows already hold the fee (a card plan's 手续费 column: 1,440 in the first row,
  // 3,106.67 = 1,666.67 + 1,440 a row of its own) is not paid on top of it.
  if (payments.some((p) => Object.values(p.fees ?? {}).some((v) => new Decimal(v).eq(fees))))
    return null;
  const shown = payments
    .slice(0, -1)
    .find((p) => figures.has(withFees(p)) && !payments.some((q) => q.amount === withFees(p)));
  if (!shown) return null;
  const named = Object.fromEntries(untimed.map((f) => [f.name, f.amount ?? '0']));
  return {
    payments: payments.map((p) => ({
      ...p,
      amount: withFees(p),
      fees: { ...(p.fees ?? {}), ...named },
    })),
    fees: untimed.map((f) => ({ ...f, when: 'periodic' as const })),
    check: {
      id: 'fees-on-each-instalment',
      held: true,
      figures: {
        payment: withFees(shown),
        instalment: shown.amount,
        fees: fees.toFixed(2),
      },
      quotes: untimed.map((f) => f.source?.text ?? f.name),
    },
  };
}

/**
 * An overdue page's plan shows the overdue period with its penalty in it ("4/12 · 2,974.03 未还"
 * beside 应还本息 2,699.26 · 逾期罚息 274.77): the loan's instalment is the plan's own amount, the
 * penalty a charge for paying late that is no part of the loan's cost. Only a row that differs from
 * the equal others by a penalty the page states.
 */
export function withoutOverdueCharges(payments: Payment[], charges: readonly string[]): Payment[] {
  if (payments.length < 3 || charges.length === 0) return payments;
  const counts = new Map<string, number>();
  for (const p of payments) counts.set(p.amount, (counts.get(p.amount) ?? 0) + 1);
  const [typical] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0] ?? [];
  if (typical === undefined) return payments;
  return payments.map((p, i) => {
    if (p.amount === typical || i === payments.length - 1) return p;
    const extra = new Decimal(p.amount).minus(typical);
    return charges.some((c) => extra.minus(c).abs().lte('0.01')) ? { ...p, amount: typical } : p;
  });
}

/**
 * …and an overdue record's one repayment (应还金额 1,575.00 beside 逾期费用 75.00 on a 1,500.00
 * loan 5 days late): what the loan itself repays is the amount less the charge, where that is the
 * principal or the principal with its stated interest.
 */
export function bulletWithoutOverdueCharge(
  payments: Payment[],
  charges: readonly string[],
  principal: string | null,
  interests: readonly string[],
  stated: ReadonlySet<string> = new Set(),
): Payment[] {
  const [only] = payments;
  if (!only || payments.length !== 1 || principal === null) return payments;
  // What the loan repays is never below the amount lent (an interest figure below zero is none).
  const owed = ['0', ...interests]
    .filter((i) => new Decimal(i).gte(0))
    .map((i) => new Decimal(principal).plus(i));
  // "到期应还本息 51,800.00" = 贷款金额 50,000.00 + 应还利息 1,800.00 is the loan's repayment already: a
  // "逾期利息 1,800.00" beside it is that interest fallen due, no charge on top of it.
  if (owed.some((o) => o.eq(only.amount) && !o.eq(principal))) return payments;
  const lefts = charges.map((c) => new Decimal(only.amount).minus(c));
  // …or, failing that, the page states what was due before the charge ("原应还金额 1620.50 · 逾期
  // 费用 45.00 · 还款金额 1665.50"), its fees and all.
  const left =
    lefts.find((l) => owed.some((o) => o.eq(l))) ??
    lefts.find((l) => l.gte(principal) && stated.has(l.toFixed(2)));
  return left === undefined ? payments : [{ ...only, amount: left.toFixed(2) }];
}

/** A deduction named in its own label: "预扣利息 1000.00元", "先扣服务费 300.00", "已扣手续费". */
const NAMED_DEDUCTION = /^(?:预扣|先扣|已扣|预收|扣除|扣收)[\u4e00-\u9fa5]{0,6}(?:利息|费)$/;

/**
 * An IOU app's log of the day a loan was made ("借出 9000.00元 · 预扣利息 1000.00元" under 借款金额
 * 10000.00元): a figure labelled as taken in advance was kept back from the amount lent, when the
 * amount less it is another figure the page states (砍头息, 民法典第670条). Without that second
 * figure the label alone does not say whether it was taken from the principal or paid beside it.
 */
export function namedDeductions(facts: readonly Fact[], principals: readonly string[]): Fee[] {
  const figures = statedFigures(facts);
  const found: Fee[] = [];
  for (const f of facts) {
    const amount = leadingMoney(f.value);
    // "预扣利息（出借时从本金中扣除）": the gloss in brackets says only when.
    const key = f.key.replace(/[(（][^)）]*[)）]$/, '');
    if (amount === null || !NAMED_DEDUCTION.test(key) || new Decimal(amount).lte(0)) continue;
    const left = principals.map((p) => new Decimal(p).minus(amount));
    if (!left.some((l) => l.gt(0) && figures.has(l.toFixed(2)))) continue;
    if (found.some((x) => x.amount === amount)) continue;
    found.push({ name: key, when: 'upfront', amount, source: f.source });
  }
  return found;
}

/** The amount lent under its label ("贷款额（小写）", "借款金额"), not a total of it (总贷款额). */
const LOAN_AMOUNT = /^(?:贷款|借款)(?:额|金额)(?:[(（][^)）]*[)）])?$/;
/** A fee under its own plain name ("服务费 6,000.00"), not a charge for paying late. */
const PLAIN_FEE = /^[\u4e00-\u9fa5]{1,6}费$/;

/**
 * A fee lent with the loan: a car instalment's "贷款额 100,000.00 · 服务费 6,000.00" beside the
 * 总贷款额 106,000.00 its plan repays. The borrower owes the fee and never receives it, as with a
 * deduction at payout (公告〔2021〕第3号: the cost is measured on what was received) — read only
 * where the amount lent less the fee is the other amount the page gives under a loan label.
 */
export function financedFees(facts: readonly Fact[], principals: readonly string[]): Fee[] {
  const lent = new Set(
    facts.filter((f) => LOAN_AMOUNT.test(f.key)).map((f) => leadingMoney(f.value)),
  );
  const found: Fee[] = [];
  for (const f of facts) {
    const amount = leadingMoney(f.value);
    if (amount === null || !PLAIN_FEE.test(f.key) || /逾期|罚|违约|滞纳/.test(f.key)) continue;
    if (new Decimal(amount).lte(0) || found.some((x) => x.amount === amount)) continue;
    const left = principals.map((p) => new Decimal(p).minus(amount));
    if (!left.some((l) => l.gt(0) && lent.has(l.toFixed(2)))) continue;
    found.push({ name: f.key, when: 'upfront', amount, source: f.source });
  }
  return found;
}

/**
 * "实际放款金额：9,700.00元 收取手续费300.00元": a fee named with its amount beside the amount
 * received, which the amount lent less that fee comes to, was kept back at payout.
 */
export function feeBesideReceived(
  received: { value: string; source: Source } | null,
  lent: readonly string[],
): Fee | null {
  if (received === null) return null;
  const text = compactText(received.source.text);
  const m =
    /[\d,.]+\s*元?[^\d]*?([\u4e00-\u9fa5]{0,6}费)\s*[:：]?\s*[¥￥]?\s*([\d,]+(?:\.\d{1,2})?)\s*元/.exec(
      text,
    );
  if (!m?.[1] || !m[2]) return null;
  const amount = leadingMoney(`${m[2]}元`);
  if (amount === null || !lent.some((p) => subtractMoney(p, amount) === received.value))
    return null;
  const name = m[1].replace(/^.*(?:收取|扣除|扣收|已扣|含|扣)/, '');
  return { name, when: 'upfront', amount, source: received.source };
}

/**
 * "当天只转了78,800元，说扣下的1,200元是“手续费”": a sum kept back, named a fee after its amount
 * in a borrower's own words (a 借条 says 80,000). Taken only where the amount lent less that sum is
 * what the page says arrived — the page's own arithmetic, not the words, decides (民法典第670条).
 */
export function feeKeptBackInWords(
  sentences: readonly { text: string; source: Source }[],
  received: { value: string } | null,
  lent: readonly string[],
): Fee | null {
  if (received === null) return null;
  for (const s of sentences) {
    const m =
      /(?:扣下|扣留|截留|留下|扣了|先扣)(?:了|的)?\s*([\d,]+(?:\.\d{1,2})?)\s*元[^，。；\d]{0,6}?(?:是|为|作为|当作|算作?|叫)\s*[“"「『]?([\u4e00-\u9fa5]{1,6}费)/.exec(
        s.text.normalize('NFKC'),
      );
    const amount = m?.[1] ? leadingMoney(`${m[1]}元`) : null;
    if (!m?.[2] || amount === null) continue;
    if (lent.some((p) => subtractMoney(p, amount) === received.value))
      return { name: m[2], when: 'upfront', amount, source: s.source };
  }
  return null;
}
