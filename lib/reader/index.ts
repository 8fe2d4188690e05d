/**
 * readTerms: RawExtraction (strings from the page) → LoanTerms, or null when the page offers no
 * loan (a news article about loans, a phone bill with a late fee). Visible text wins over fine
 * print; a value that cannot be read is listed in `unreadable`, never guessed.
 */
import type { RawExtraction } from '@/lib/model/extraction';
import type { ReadingCheck } from '@/lib/model/reading';
import { isAnnual } from '@/lib/model/shown-rate';
import { addMonths, daysBetween } from '@/lib/dates/iso';
import { subtractMoney, sumMoney } from '@/lib/finance/money';
import {
  type Fee,
  type LoanTerms,
  type Payment,
  type RepaymentMethod,
  type Source,
  type StatedRate,
  type Unreadable,
  UNPLACED_FEE,
} from '@/lib/model/terms';
import { withoutDates } from '@/lib/parse/date';
import { compactText } from '@/lib/parse/normalize';
import { Decimal } from '@/lib/finance/decimal';
import { bulletByDaysRow, bulletByMonthsRow } from '@/lib/finance/repayment-structures';
import type { Term } from '@/lib/parse/term';
import { perDay, perMonth } from './rate-periods';
import { type View, buildView, findFact } from './facts';
import {
  deductionClauses,
  feesOfPlan,
  overdueChargeColumns,
  overdueChargesShown,
  overdueFees,
  prepayment,
  upfrontAndPeriodicFees,
} from './fees';
import {
  bulletWithoutOverdueCharge,
  feeBesideReceived,
  feeKeptBackInWords,
  interestFor,
  financedFees,
  namedDeductions,
  placeUntimed,
  untimedAsUpfront,
  withDatedFees,
  withoutOverdueCharges,
  withFirstInstalmentFees,
  withoutPrepaidInterest,
} from './deductions';
import { monthlyFeesAtEnd } from './monthly-fee-at-end';
import { amountsDue, totalsWithoutCharges } from './amount-due';
import {
  methodByMonthlyInterest,
  methodByTotalInterest,
  iouRepaidAtOnce,
  pawnPaidMonthly,
  pawnRedeemedAtOnce,
} from './method-hints';
import { DEPOSIT, depositsSetAgainstRent, offsetDeposits } from './deposit-offset';
import { feeOfRate, unshownFeeRate } from './fee-from-rate';
import { withFeesOnEachRepayment } from './fee-on-repayment';
import { withFirstPaidAtTheTill } from './paid-at-the-till';
import { numberedCardSchedules, partCardSchedules } from './part-cards';
import { firstPeriodCoupons } from './coupons';
import { extensionOf } from './extension';
import { interestInAdvance } from './interest-in-advance';
import { amountOfEqualParts, financedAmounts } from './financed';
import { rentToOwn, rentToOwnLent, rentToOwnSchedule, withBuyout } from './rent-to-own';
import { principalFromRemaining, remainingPrincipal } from './remaining';
import { withoutItemsOfAWhole } from './fee-items';
import { lender } from './lender';
import {
  type Candidate,
  type Candidates,
  collectCandidates,
  exampleCandidates,
} from './candidates';
import { type Interpretation, interpret } from './interpret';
import { conceptKey, FIRST_INSTALMENT, NARRATIVE } from './lexicon';
import { leadingMoney, statedFigures } from './money-facts';
import {
  isCalculator,
  isCodeDocs,
  isComparison,
  isEstimateOnly,
  isArticle,
  isBlankSample,
  isFeeGuide,
  isProductList,
  isProductSetup,
  isDeclined,
  isStaffAdvance,
  isCreditLineApplication,
  isPaidInFull,
  listsSeveralBorrowers,
  listsSeveralCases,
  listsSeveralDebts,
  paysInFull,
  isSettledCertificate,
  isSettledList,
  isUtilityBill,
  readerLends,
  saysNothingIsLent,
} from './not-a-loan';
import { recommendedFrom } from './recommended';
import { signingRows } from './signing-row';
import { oneOffFeeRate, shareTakenInWords } from './one-off-fee-rate';
import {
  annualWording,
  markPrimary,
  markTiersNotReached,
  quotedForAnotherTerm,
  primaryByInstalments,
  ratesOfOtherOptions,
  statedRates,
  wholeTermRates,
  yearlyByInterest,
} from './rates';
import {
  cardSchedules,
  monthsPerRow,
  gridSchedules,
  listSchedules,
  methodOfEqualPayments,
  principalOfPlan,
  principalOfStatedTotals,
  rangeSchedules,
  type Schedule,
  schedules,
  withHeadersDrawnApart,
  termOfSchedule,
} from './schedule';
import {
  dates,
  daysOfInterest,
  type Found,
  method,
  methodIn,
  monthsOfInstalment,
  payoutBefore,
  principal,
  term,
} from './terms';

const LAST =
  /(?:末期|最后一期)(?:应还|还款|月供)?(?:金额)?(?:为|:|：)?\s*(?:¥)?\s*([\d,]+\.\d{2})\s*元?/g;

/** "首期应还：734.58元（含会员费199.00元）" beside "其余每期应还：535.58元". */
function firstAmount(view: View): string | null {
  const f = view.facts.find((x) => FIRST_INSTALMENT.test(conceptKey(x.key)));
  return f ? leadingMoney(f.value) : null;
}

/**
 * A period written as its parts and their sum: "第36期：月租¥2,859.23 + 留购价¥1,000.00 = ¥3,859.23"
 * — the period, what it comes to, and the balloon (尾款, a lease's 留购价) among the parts.
 */
function periodSum(text: string): { period: number; sum: string; balloon: string | null } | null {
  const m = /^第(\d{1,3})期[:：]([^。；=]{0,60}?)=\s*¥?\s*([\d,]+\.\d{2})/.exec(
    text.normalize('NFKC'),
  );
  const sum = m?.[3] ? leadingMoney(`${m[3]}元`) : null;
  if (!m?.[1] || sum === null) return null;
  const b = /\+\s*(?:尾(?:款|付)款?|留购(?:价|价款|款))\s*[:：]?\s*¥?\s*([\d,]+\.\d{2})/.exec(
    m[2] ?? '',
  );
  return { period: Number(m[1]), sum, balloon: b?.[1] ? leadingMoney(`${b[1]}元`) : null };
}

/** Every last instalment the page states apart ("末期550.07元"), in page order. */
function lastAmounts(view: View, periods: number | null): string[] {
  const out: string[] = [];
  for (const f of view.facts) {
    // "第36期应还 ¥115,525.26" on a loan of 36 periods is its last; so is the sum of its parts.
    const nth = /^第(\d{1,3})期(?:应还|还款|租金)?(?:金额)?$/.exec(f.key)?.[1];
    if (/^(?:末期|最后一期)/.test(f.key) || (nth !== undefined && Number(nth) === periods)) {
      const v = periodSum(`${f.key}：${f.value}`)?.sum ?? leadingMoney(f.value);
      if (v) out.push(v);
    }
  }
  // "每月归还本金2,777.78元（末期2,777.70元）…末期月供3,377.70元": each 末期 the sentence states.
  for (const s of view.sentences) {
    for (const m of s.text.normalize('NFKC').matchAll(LAST)) {
      const v = m[1] ? leadingMoney(`${m[1]}元`) : null;
      if (v) out.push(v);
    }
    const summed = periodSum(s.text);
    if (summed && summed.period === periods) out.push(summed.sum);
  }
  return out;
}

const BALLOON = /^(?:尾(?:款|付)款?|留购(?:价|价款|款))(?:金额)?$/;

/** Balloons the last instalment carries besides its regular part (尾款金额, a lease's 留购价). */
function balloonsOf(view: View): string[] {
  const labelled = view.facts.flatMap((f) =>
    BALLOON.test(f.key) ? (leadingMoney(f.value) ?? []) : [],
  );
  const summed = view.sentences.flatMap((s) => periodSum(s.text)?.balloon ?? []);
  return [...labelled, ...summed];
}

/** Words that say the interest was taken from the money lent (砍头息, 民法典第六百七十条). */
const INTEREST_TAKEN =
  /(?:已|预先|直接|先行?)扣(?:除|收|减)?(?:了)?(?:全部|首期|前\d+个?月)?利息|利息(?:已|将)?(?:预先|提前|先行?)?(?:从[^。；]{0,12}中)?(?:扣除|预扣|先扣)|砍头息/;
/** Fees taken out of the money paid out: "从放款金额中一次性扣收", "从放款资金中扣除". */
/**
 * Of a 放款金额 that is the whole loan and an amount the borrower is said to have kept ("客户当天已转账
 * 服务费6,000.00元，客户实际到手194,000.00元" in a broker's notes), the one kept: what the loan
 * brought in once the borrower paid what the payout cost.
 */
const KEPT =
  /(?:实际)?(?:到手|收到|实得)(?:金额|款项)?(?:为|是|[:：])?\s*(?:人民币)?\s*[¥￥]?\s*([\d,]+(?:\.\d{1,2})?)/g;
function keptByBorrower<T extends { value: string; source: { text: string } }>(
  received: readonly T[],
  lent: readonly string[],
): T | undefined {
  if (received.length < 2 || !received.some((c) => lent.includes(c.value))) return undefined;
  return received.find(
    (c) =>
      lent.every((p) => new Decimal(c.value).lt(p)) &&
      [...c.source.text.normalize('NFKC').matchAll(KEPT)].some(
        (m) => leadingMoney(m[1] ?? '') === c.value,
      ),
  );
}
const FROM_PAYOUT = /从(?:放款|发放|到账)(?:金额|资金|款项)中[^。；]{0,8}?(?:扣收|扣除|扣取|扣减)/;
/**
 * One fee read twice from one sentence, once with the words of its taking ("已扣收融资手续费
 * 2,500.00元" and 融资手续费 2,500.00): one fee, under its own name.
 */
function oncePerFee(fees: Fee[]): Fee[] {
  return fees.filter(
    (f) =>
      !fees.some(
        (o) =>
          o !== f &&
          o.when === f.when &&
          o.amount === f.amount &&
          o.name.length < f.name.length &&
          f.name.endsWith(o.name) &&
          o.source?.locator === f.source?.locator,
      ),
  );
}

/** A fee's own words that it was taken out of the payout: "放款时扣除", "放款当日一次性扣收". */
const DEDUCTED_AT_PAYOUT =
  /(?:放款|发放|到账)(?:时|当日|当天)[^。；，,不免]{0,6}?(?:扣除|扣收|扣取|扣减)/;
/** A fee paid by the borrower from elsewhere before the money arrives, not taken out of it. */
const PAID_APART =
  /不从借款(?:金额)?中扣除|不(?:在|从)[^，。；]{0,8}中(?:扣除|扣收|扣减)|另行(?:支付|缴纳|交纳|付清)|(?:放款|到账)前[^。；]{0,16}(?:扣取|扣除|支付|缴纳)|(?:提交|发起)(?:借款)?申请时|^[^。；]*(?:申请|签约)阶段|从预付款[^。；]{0,4}(?:核销|扣除|抵扣)|(?:银行卡|收款卡|储蓄卡)[^。；]{0,8}(?:扣取|扣款|扣除|扣收|扣缴|划扣|支付)/;
/**
 * Fees due with the repayment, none kept back at payout: "综合费用将在还款时一次性收取",
 * "到账金额以借款金额为准，不预扣任何费用".
 */
const FEES_AT_REPAYMENT =
  /费用?[^。；;]{0,10}(?:在|于)?(?:还款|到期)(?:时|日|当日)[^。；;]{0,6}(?:收取|支付|一并)|不(?:预扣|预先扣除|扣除|扣收)任何费用/;
/** The loan charges nothing beyond its interest: "不收取其他费用", "无其他费用". */
const NO_OTHER_FEES = /不(?:另行)?(?:收取|收|计收)(?:任何)?其他(?:任何)?费用|无(?:任何)?其他费用/;

/** Any word of borrowing, owing or repaying (not 返还, money handed back: "返还款"); a pay-later's
 *  "先买后付", "免息", "10周付清" too. */
const SAYS_LENDING =
  /借|贷|分期|(?<!返)还|月供|本金|本息|利息|息费|利率|费率|年化|融资|放款|赊|按揭|垫资|垫付|先用后付|先买后付|先享后付|免息|\d\s*周付清|租金|租期|租赁|租机|租用|买断|欠款|loan|apr|instal/i;

/**
 * Enough to call it a loan offer: an amount borrowed and at least one loan term beside it. A loan
 * label whose value could not be read counts as shown: the report then says it was unreadable,
 * rather than that the page has no loan terms.
 */
function isLoan(
  hasPrincipal: boolean,
  hasTerm: boolean,
  payments: number,
  rates: number,
  unreadable: number,
): boolean {
  // An unreadable amount alone is not a loan: a withdrawal of one's own balance (提现金额 ¥__)
  // has one too. With a term, a plan, a rate or a second unreadable term beside it, it is.
  return (
    (hasPrincipal || unreadable > 0) &&
    (hasTerm || payments > 0 || rates > 0 || unreadable > (hasPrincipal ? 0 : 1))
  );
}

/**
 * A loan whose amount was not read (a contract whose amount sits in a picture, a record page):
 * its clauses are still checked (design.md §4). Only with the loan's own terms under their labels
 * — a term or a repayment method — and a rate of its own or a party named as lender or borrower,
 * so a news article, a bill or a deposit product stays "no loan terms".
 */
function isPartialLoan(
  view: View,
  hasTerm: boolean,
  hasMethod: boolean,
  rates: StatedRate[],
): boolean {
  // (Not a lease's, a job's or a deposit's term: "租赁期限为12个月" on a tenancy.)
  const labelled = view.facts.some(
    (f) => /期限|期数|还款方式/.test(f.key) && !/租赁|租期|试用|聘用|劳动|存款|存期/.test(f.key),
  );
  const ownRate = rates.some((r) => r.context === undefined && r.source?.finePrint !== true);
  // (A party's own field, not a charge named for it: "出借人服务费 按回款利息收取" on an investor's
  // product page.)
  const party = view.facts.some((f) =>
    /^(?:贷款人|借款人|出借人|甲方|乙方)(?:[(（][^)）]*[)）])?(?:姓名|名称|签字|签章|盖章|身份证(?:号码?)?|证件号码?|住所|地址|(?:联系)?电话)?$/.test(
      f.key,
    ),
  );
  // A product's card, whose amount and term are ranges ("贷款范围 1000-50000元 · 期限范围 7-90天"),
  // offers loans; it is not one.
  // (…or a product's setup with its bounds in fields of their own: "期限范围(月) | 12 | 60",
  // "最小期限(月)", "执行年利率范围(%)".)
  const product = view.facts.some(
    (f) =>
      (/金额|额度|期限|范围/.test(f.key) &&
        /\d\s*(?:元|天|个月|期)?\s*[-~～至到—]+\s*\d/.test(withoutDates(f.value))) ||
      (/范围|最小|最大/.test(f.key) && /金额|额度|期限|利率/.test(f.key)),
  );
  return (
    (hasTerm || hasMethod) &&
    labelled &&
    (ownRate || party) &&
    !product &&
    !NARRATIVE.test(view.all)
  );
}

/**
 * The whole term's interest taken when the money is lent ("借3个月，3个月利息4500元当场先扣") and no
 * instalment named: what is left to repay is the principal, once, at the end (砍头息, 民法典第670条).
 */
function interestTakenFirst(
  deducted: ReturnType<typeof deductionClauses>,
  candidates: Candidates,
): { value: RepaymentMethod; source: Source } | null {
  const months = deducted.interestMonths;
  if (months === null || deducted.source === null || candidates['per-period'].length > 0)
    return null;
  const whole = candidates.term.some((t) => t.value.months === months && t.value.days === null);
  return whole ? { value: '到期一次性还本付息', source: deducted.source } : null;
}

/** "逾期费用 45.00元": the late fee a bill states under that label, in yuan. */
function lateFeesLabelled(view: View): string[] {
  return view.facts
    .filter((f) => /^逾期费用$/.test(f.key))
    .flatMap((f) => leadingMoney(f.value) ?? []);
}

// "利息按借款金额×年化利率×借款天数/360计算", "日利率＝年利率÷360", "借款本金*借款利率/360*借款
// 期限", "一年360天按日计算", "按360天/年计息": a year of 360 days.
const YEAR_OF_360 =
  /(?:天数|利率)[^。；]{0,12}[÷/]\s*360|一年(?:按|以|为|计)?\s*360\s*天|(?:按|以)\s*360\s*天\s*(?:\/\s*年|为一年|计)/;

/**
 * A charge of the loan by its own name: not a sum or a share of others ("剩余手续费", "总息费",
 * "其中服务费"), not the price the loan pays (课程学费, 手术费), not a cost of collecting it (拖车费).
 */
const UNPLACED_NAME =
  /^(?!.*(?:学费|手术费|医疗费|治疗费|拖车|停车|催收|逾期|罚|律师|诉讼|代办))(?!总|剩余|已还|未还|实收|应收|其中|含|合计|累计)[\u4e00-\u9fa5]{1,8}(?:费|保险)$/;

export function readTerms(raw: RawExtraction): LoanTerms | null {
  const view = buildView(raw);
  const unreadable: Unreadable[] = [];
  const chosen = raw.controls.filter((c) => c.kind === 'radio' && c.checked);
  let m = method(view, chosen);
  const d = dates(view);

  const selected = chosen.map((c) => c.label);
  const unselected = raw.controls
    .filter((c) => c.kind === 'radio' && !c.checked)
    .map((c) => c.label);
  const rates = statedRates(view, unselected, selected);
  markPrimary(rates);

  // (A whole fee over the items it is made of is one fee: fee-items.ts.)
  const listed = withoutItemsOfAWhole(upfrontAndPeriodicFees(view, raw.controls));
  const signing = signingRows(raw.tables);
  const fees: Fee[] = [...listed.fees, ...overdueFees(view), ...signing.fees];
  const deducted = deductionClauses(view);
  for (const f of deducted.fees) {
    if (fees.some((x) => x.when === 'upfront' && x.amount === f.amount)) continue;
    // "平台服务费于放款时从借款本金中一次性扣除" over a list that has "平台服务费 300.00元": the clause
    // says when the listed fee is taken. An amount it did not state itself was looked up on the
    // page — where a layout that puts each value before its label ("300.00元 平台服务费 4,700.00元
    // 实际到账") sets another row's figure after the name.
    const stated = (f.source?.text ?? '')
      .normalize('NFKC')
      .match(/\d[\d,]*(?:\.\d+)?/g)
      ?.some((n) => new Decimal(n.replace(/,/g, '')).eq(f.amount ?? '-1'));
    if (!stated && fees.some((x) => x.when === 'upfront' && x.name === f.name)) continue;
    fees.push(f);
  }
  // A table's 手续费 300.00 that a note says is taken at payout ("手续费在放款时从贷款金额中扣除")
  // is that fee, timed, not a second one.
  // (…named a little differently there: 撮合服务费 in the text, 撮合费 in the list of deductions;
  // or shorter on the button that pays it: "支付服务费 ¥900.00" for 代还服务费 900.00元.)
  const untimedListed = listed.untimed.filter(
    (u) =>
      !fees.some(
        (x) =>
          x.when === 'upfront' &&
          x.amount === u.amount &&
          (x.name === u.name ||
            x.name.slice(0, 2) === u.name.slice(0, 2) ||
            x.name.endsWith(u.name)),
      ),
  );
  const pre = prepayment(view);
  fees.push(...pre.fees);

  // (Products recommended under the page's own are no comparison it makes: recommended.ts.)
  const recommended = recommendedFrom(raw.blocks) ?? Infinity;
  if (
    isComparison(
      rates,
      raw.controls,
      raw.tables,
      view.facts.filter((f) => f.block < recommended),
    ) ||
    isCalculator(view) ||
    isCodeDocs(view) ||
    isArticle(view) ||
    readerLends(view) ||
    listsSeveralBorrowers(view) ||
    listsSeveralCases(view) ||
    listsSeveralDebts(view) ||
    isStaffAdvance(view) ||
    isDeclined(view) ||
    isCreditLineApplication(view) ||
    isPaidInFull(view) ||
    isSettledList(view) ||
    isSettledCertificate(view, rates) ||
    isUtilityBill(view)
  )
    return null;
  const candidates = collectCandidates(view, raw.controls);
  // A periodic fee quoted for a term not taken ("24期每期手续费率0.68%，每期242.28元" after "12期的话，
  // 每期手续费率0.75%…", a chat's second option) is that option's, as its rate is (markTiersNotReached).
  const termAsked = candidates.term[0]?.value.months ?? null;
  for (let i = fees.length - 1; i >= 0; i--) {
    const f = fees[i];
    const clause = compactText(f?.source?.text ?? '');
    const before = clause.slice(0, Math.max(0, clause.search(/\d+(?:\.\d+)?%/)));
    if (f?.when === 'periodic' && f.rate !== undefined && quotedForAnotherTerm(before, termAsked))
      fees.splice(i, 1);
  }

  // An extension beside the loan it extends is the deal: its amount, its days (extension.ts) —
  // unless what is extended lends nothing (a performance bond's 展期).
  const ext = saysNothingIsLent(view) ? null : extensionOf(view);
  if (ext) {
    candidates.principal = [{ ...fallback(ext.principal, -1), chosen: true }];
    candidates.received = [];
    candidates.term = ext.term ? [{ ...fallback(ext.term, -1), chosen: true }] : [];
    if (ext.start) d.contract = d.disbursement = ext.start;
    if (ext.end) d.due = ext.end;
    if (ext.repaid) candidates['total-repaid'] = [fallback(ext.repaid, -1)];
    for (const f of ext.paidNow)
      if (!fees.some((x) => x.when === 'upfront' && x.amount === f.amount)) fees.push(f);
  }
  m ??=
    interestTakenFirst(deducted, candidates) ??
    methodByMonthlyInterest(view, candidates, rates) ??
    iouRepaidAtOnce(view, candidates, d.due) ??
    pawnPaidMonthly(view, candidates, rates) ??
    pawnRedeemedAtOnce(view);
  candidates.principal.push(
    ...signing.principal,
    ...financedAmounts(view, raw.tables, candidates.principal),
    ...amountOfEqualParts(view, candidates.term, candidates.principal),
  );
  // The older single-label readers stay as the last resort for forms the lexicon lacks.
  if (candidates.principal.length === 0) {
    const p = principal(view, unreadable);
    if (p) candidates.principal.push(fallback(p, view.facts.length + view.sentences.length));
  }
  // "本次保理融资放款金额为人民币800,000.00元", a bill's "放款金额(元) 50,000.00": with no other
  // amount, what the lender pays out is the amount lent — said so in a contract's clause, or where
  // nothing is taken from it (a fee kept back would make the 放款金额 what is left).
  const nothingTaken = !fees.some((f) => f.when === 'upfront');
  if (candidates.principal.length === 0)
    candidates.principal.push(
      ...candidates.received.filter(
        (c) =>
          (/放款金额(?:为|是)/.test(c.source.text) ||
            (nothingTaken && /放款金额/.test(c.source.text))) &&
          !/实际|实放|到账|到手|净/.test(c.source.text),
      ),
    );
  // No amount anywhere but in a worked example: the example is the loan the page offers, with its
  // own method and rates.
  // …unless the page's own labelled total is less than the example lends ("借1万日息仅5元" above a
  // plan whose 到期应还 is 5,075.00): the example is another loan.
  const example = candidates.principal.length === 0 ? exampleCandidates(view) : null;
  const owed = candidates['total-repaid'].filter((c) => c.origin === 'label').map((c) => c.value);
  const exampleLent = example?.candidates.principal[0]?.value;
  if (example && !(exampleLent !== undefined && owed.some((o) => new Decimal(o).lt(exampleLent)))) {
    const e = example.candidates;
    candidates.principal.push(...e.principal);
    candidates.term.unshift(...e.term);
    candidates['per-period'].push(...e['per-period']);
    candidates['total-repaid'].push(...e['total-repaid']);
    candidates['total-interest'].push(...e['total-interest']);
    const source = e.principal[0]?.source;
    const named = source ? methodIn(source.text) : null;
    if (named && source) m = { value: named, source };
    const said = compactText(source?.text ?? '');
    for (const r of rates) {
      delete r.primary;
      if (r.context === 'example' && said.includes(r.valueText)) delete r.context;
    }
    markPrimary(rates);
  }
  for (const n of totalsWithoutCharges(view, candidates['total-repaid'], candidates.principal)) {
    const c = candidates['total-repaid'].find((x) => x.value === n.from);
    if (c)
      Object.assign(c, {
        value: n.value,
        source: { ...c.source, text: `${c.source.text}（不含逾期费用）` },
      });
  }
  const enumerated = candidates.rejected.some(
    (r) => r.role === 'term' && r.reason === 'enumeration',
  );
  const plans = withDatesKept([
    ...schedules(withHeadersDrawnApart(raw.tables, raw.blocks)),
    ...listSchedules(view),
    ...rangeSchedules(view),
    ...cardSchedules(view),
    ...gridSchedules(view),
    ...partCardSchedules(view),
    ...numberedCardSchedules(view),
  ]);
  // 先租后买: the goods' price is lent, and the rents and the buyout repay it (rent-to-own.ts).
  const owned = rentToOwn(view, plans);
  if (owned) {
    candidates.principal.push({ ...owned.price, value: rentToOwnLent(owned) });
    if (owned.atOrder) fees.push({ ...owned.atOrder, when: 'upfront', source: owned.price.source });
    if (!plans.some((s) => s.rows.some((r) => r.total !== null)))
      plans.push(rentToOwnSchedule(owned));
    // A bill list of the rents alone ("1/12期 ¥459.00" … "12/12期 ¥459.00", then "买断金 ¥899.00"
    // in a row of its own): the buyout is paid with the last rent.
    else for (const [k, s] of plans.entries()) plans[k] = withBuyout(s, owned);
    // "租期 12期" counts the rent paid with the order: what is lent is repaid by the rest (with a
    // buyout, that is paid in the last period and the term stays, as rentToOwnSchedule lays it out).
    if (owned.firstAtOrder && new Decimal(owned.buyout).isZero())
      candidates.term = candidates.term.map((t) =>
        t.value.months === owned.months
          ? { ...t, value: { ...t.value, months: owned.months - 1 } }
          : t,
      );
  }
  // No term under a label: a listed monthly plan states it by its rows, before a term in prose
  // (another product's "分36期") or the older single-label reader's guess from a stray "2期".
  // (…not a plan shown a page at a time, "第 1 / 2" under its first ten rows: it stops before the
  // last due date the page states, "最后还款日 2027-07-15", so its rows are not the term.)
  const endsBeforeDue = (s: Schedule): boolean => {
    const last = s.rows[s.rows.length - 1]?.dueDate;
    const lastDue = d.due?.value;
    return lastDue !== undefined && last !== null && last !== undefined && last < lastDue;
  };
  const byRows = plans
    .filter((s) => !endsBeforeDue(s))
    .map((s) => termOfSchedule(s))
    .find((t) => t !== null);
  // A repayment record that states no amount borrowed: its plan's principal column adds up to it.
  const summed = plans
    .map((s) => ({ s, principal: principalOfPlan(s) }))
    .find((x) => x.principal !== null);
  if (candidates.principal.every((c) => c.origin === 'unlabelled') && summed?.principal) {
    const total = summed.principal.value;
    candidates.principal.push({
      value: total,
      source: {
        text: `${summed.principal.how} ${total}`,
        locator: summed.s.locator,
        finePrint: summed.s.finePrint,
      },
      fontSize: 0,
      order: view.facts.length + view.sentences.length,
      origin: 'label',
      chosen: false,
    });
  }
  const netOfInterest = principalOfStatedTotals(
    plans,
    candidates['total-repaid'],
    candidates['total-interest'],
  );
  if (candidates.principal.length === 0 && netOfInterest) {
    const t = candidates['total-repaid'].find((x) => x.origin === 'label');
    if (t)
      candidates.principal.push({
        ...t,
        value: netOfInterest.value,
        source: { ...t.source, text: `${netOfInterest.how} ${netOfInterest.value}` },
        order: view.facts.length + view.sentences.length,
      });
  }
  if (byRows && candidates.term.every((t) => t.origin === 'prose')) candidates.term.unshift(byRows);
  // …and where a labelled term disagrees with the plan ("租期 12月" over a rent loan's eleven
  // instalments, the first month paid by the tenant), the plan's rows are one more reading of it,
  // after the label: the page's arithmetic chooses (interpret.ts).
  // Only a plan that repays all that was lent, from the first month after the money moved, is
  // whole: a folded plan's first rows are not, nor a plan that starts after months of grace (a
  // student loan's "12+12", the school paying the first year's interest).
  else {
    const whole = plans.find(
      (s) =>
        termOfSchedule(s) !== null &&
        repaysAll(s, candidates.principal) &&
        startsAMonthAfter(s, d.disbursement?.value),
    );
    const rows = whole ? termOfSchedule(whole) : null;
    if (rows && !candidates.term.some((t) => t.value.months === rows.value.months))
      candidates.term.push(rows);
  }
  const remaining = remainingPrincipal(view);
  if (remaining) {
    const periods = candidates.term.flatMap((t) => (t.value.months ? [t.value.months] : []));
    candidates.principal.push(
      ...principalFromRemaining(
        view,
        remaining,
        periods,
        view.facts.length + view.sentences.length,
      ),
    );
  }
  // (An extension's own dates say its term; the old loan's 期限 does not.)
  if (candidates.term.length === 0 && !enumerated && !(ext?.start && ext.end)) {
    const t = term(view, unreadable);
    if (t) candidates.term.push(fallback(t, view.facts.length + view.sentences.length));
  }
  // "还款期数 1期" beside "借款放款日 2026-04-15 · 到期日 2026-10-12": one repayment, not one
  // month; the dates say how long.
  if (
    d.disbursement &&
    d.due &&
    candidates.term.length > 0 &&
    candidates.term.every((c) => c.value.periods && c.value.months === 1) &&
    addMonths(d.disbursement.value, 1) !== d.due.value
  )
    candidates.term = [];
  // A single repayment dated on the page: its term is the days from disbursement to the due date,
  // or whole months when the due date is a monthly anniversary (2026-03-01 → 2026-09-01 is 6
  // months, as the interest a page states for it is counted); the page's figures choose.
  if (candidates.term.length === 0 && d.disbursement && d.due) {
    const start = d.disbursement.value;
    const days = daysBetween(start, d.due.value);
    const months = Array.from({ length: 120 }, (_, k) => k + 1).find(
      (k) => addMonths(start, k) === d.due?.value,
    );
    // With no rate to price whole months by, the dates' own days are the term (the IRR runs on
    // the actual dates of the cash flows).
    const priced = rates.some((r) => r.context === undefined && new Decimal(r.value).gt(0));
    // (…but a plan of monthly rows shown a page at a time before the last due date is repaid by
    // the month, not once: its months are the term.)
    const paged = plans.some((s) => endsBeforeDue(s) && termOfSchedule(s) !== null);
    if (months !== undefined)
      candidates.term.push(
        fallback(
          { value: { months, days: null, periods: paged }, source: d.due.source },
          priced || paged ? 0 : 1,
        ),
      );
    if (days > 0 && days <= 3650 && !(paged && months !== undefined))
      candidates.term.push(
        fallback(
          { value: { months: null, days, periods: false }, source: d.due.source },
          priced ? 1 : 0,
        ),
      );
  }
  if (candidates.term.length === 0 && candidates['per-period'].length === 0) {
    const t = daysOfInterest(candidates.principal, candidates['total-repaid'], rates);
    if (t) candidates.term.push(fallback(t, view.facts.length + view.sentences.length));
  }
  if (candidates.term.length === 0 && plans.every((s) => s.rows.length <= 1)) {
    const t = monthsOfInstalment(
      candidates.principal,
      candidates['per-period'],
      rates,
      m?.value ?? null,
    );
    if (t) candidates.term.push(fallback(t, view.facts.length + view.sentences.length));
  }
  // A plan said to be paid monthly, its method told by the stated interest (method-hints.ts).
  m ??= methodByTotalInterest(view, candidates, rates, candidates.term[0]?.value.months ?? null);
  // A ledger's deal from 开始日期 to 结束日期 with no instalment anywhere: repaid once, on that day.
  // (The same term said again in the sentence that gives the span is no other term.)
  const due = d.due;
  const spanTerm = candidates.term.find((t) => t.source === due?.source);
  if (
    m === null &&
    due !== null &&
    spanTerm !== undefined &&
    candidates.term.every(
      (t) =>
        t.source === due.source ||
        (t.value.months === spanTerm.value.months && t.value.days === spanTerm.value.days),
    ) &&
    candidates['per-period'].length === 0 &&
    plans.every((s) => s.rows.length <= 1)
  )
    m = { value: '到期一次性还本付息', source: due.source };
  const amounts = candidates.principal.map((c) => c.value);
  for (const f of [...namedDeductions(view.facts, amounts), ...financedFees(view.facts, amounts)])
    if (!fees.some((x) => x.when === 'upfront' && x.amount === f.amount)) fees.push(f);
  const known = fees
    .filter((f) => f.when === 'upfront' && f.amount !== undefined)
    .map((f) => f.amount ?? '0');
  const lent = candidates.principal.map((c) => c.value);
  // "收款金额： ¥526" on a shop till's 收款凭证 for "每月应还 ¥526.38": the instalment the till took,
  // not what the loan brought in. A sum that is one instalment to the yuan and at most half of
  // the largest amount lent is no payout.
  candidates.received = candidates.received.filter(
    (c) =>
      lent.every((p) => new Decimal(c.value).times(2).gt(p)) ||
      !candidates['per-period'].some((x) => new Decimal(x.value).minus(c.value).abs().lt(1)),
  );
  // "放款金额 80000.00 · 期初服务费 2400.00（放款时扣除） · 实际放款金额 77600.00": of two amounts
  // paid out, the one the amount less the fees taken at payout comes to.
  const keptBack = sumMoney(known);
  // A 放款金额 equal to the amount lent beside fees taken out of it at payout ("放款当日从放款金额中
  // 一次性扣收") is what was paid out before they were taken, not what arrived.
  // So is one beside a fee whose own row or note says it was taken at payout ("平台服务费 192.00 ·
  // 收取方式 放款时扣除" under "资方放款金额 9,600.00", the funder's payout before the platform's cut).
  const gross = (c: { value: string }): boolean =>
    known.length > 0 &&
    lent.includes(c.value) &&
    (FROM_PAYOUT.test(view.all) ||
      fees.some((f) => f.when === 'upfront' && DEDUCTED_AT_PAYOUT.test(f.source?.text ?? '')));
  // Of several amounts received ("实收金额 7,780.00", the dealer's fees collected, above "应走款金额
  // 112,220.00"), the one the amount less the fees listed comes to.
  const listedSum = sumMoney(untimedListed.map((f) => f.amount ?? '0'));
  const rec =
    (known.length > 0
      ? candidates.received.find((c) => lent.some((p) => subtractMoney(p, keptBack) === c.value))
      : undefined) ??
    (candidates.received.length > 1 && untimedListed.length > 0
      ? candidates.received.find((c) => lent.some((p) => subtractMoney(p, listedSum) === c.value))
      : undefined) ??
    keptByBorrower(candidates.received, lent) ??
    candidates.received.find((c) => !gross(c)) ??
    null;
  const beside =
    known.length === 0
      ? (feeBesideReceived(rec, lent) ?? feeKeptBackInWords(view.sentences, rec, lent))
      : null;
  if (beside) fees.push(beside);
  let deductedAtOnce = untimedAsUpfront(untimedListed, lent, rec?.value ?? null, known);
  // "实际打款金额 2659.50" = 3,000 − 正常利息 10.50 − the fees: the interest was taken with them
  // (砍头息), and only the principal is left to repay.
  // …or the interest alone, where the page says so ("先息方式已扣除利息1000元", an IOU app's 先息:
  // 出借时直接从借款金额中扣除利息) and principal − interest is what arrived.
  const interestTaken = untimedListed.length === 0 && INTEREST_TAKEN.test(view.all);
  const prepaid = deductedAtOnce
    ? undefined
    : candidates['total-interest'].find((i) =>
        interestTaken
          ? rec !== null &&
            lent.some((p) => subtractMoney(p, sumMoney([...known, i.value])) === rec.value)
          : untimedAsUpfront(untimedListed, lent, rec?.value ?? null, [...known, i.value]),
      );
  if (prepaid) {
    deductedAtOnce = true;
    // Named as the page names it ("正常利息: 14.00").
    const named = /^([^\d:：¥￥]+?)\s*[:：]?\s*[¥￥]?\d/.exec(prepaid.source.text)?.[1]?.trim();
    fees.push({
      name: named ?? '预扣利息',
      when: 'upfront',
      amount: prepaid.value,
      source: prepaid.source,
    });
  }
  if (deductedAtOnce) fees.push(...untimedListed.map((f) => ({ ...f, when: 'upfront' as const })));
  // A deposit the page sets against a later rent was paid before it (deposit-offset.ts).
  const setAgainst = deductedAtOnce ? [] : depositsSetAgainstRent(view, untimedListed);
  fees.push(...setAgainst);
  const untimed = deductedAtOnce
    ? []
    : untimedListed.filter((f) => !setAgainst.some((d) => d.name === f.name));
  // "借款总额 6000.00 · 服务费率 10.00% · 服务金额 5400.00", "典当金额 60,000 · 月费率 2.0% · 实付金额
  // 58,800": one amount, and a fee rate on it whose remainder the page states, was kept back
  // (financed); a monthly rate over the term is that fee, no cost of the repayment as well.
  const lentOnce = [...new Set(lent)];
  const keptEarly =
    rec === null && lentOnce.length === 1 && fees.every((f) => f.when !== 'upfront')
      ? oneOffFeeRate(view, lentOnce[0] ?? '0', candidates.term[0]?.value.months ?? null)
      : null;
  // …unless the page names that fee with its amount (a pawn's 综合费用 1,200.00).
  if (keptEarly && ![...fees, ...untimed].some((f) => f.amount === keptEarly.fee.amount))
    fees.push(keptEarly.fee);
  const taken =
    rec === null && lentOnce.length === 1 && fees.every((f) => f.when !== 'upfront')
      ? shareTakenInWords(view, lentOnce[0] ?? '0')
      : null;
  if (taken) fees.push(...taken.fees);
  const upfront = fees
    .filter((f) => f.when === 'upfront' && f.amount !== undefined)
    .map((f) => f.amount ?? '0');
  // "借款金额 3000元 · 借款期限 21天 · 手续费用 360元 · 到账金额 2640元", and not a word of interest
  // anywhere (no 利息, 利率, 年化, 息费): the fee taken at payout is what the loan costs in place of
  // interest, and the amount lent is what is repaid — as the page's own arithmetic (到账 = 借款 −
  // 费用) shows the fee was taken.
  const feeForInterest =
    rates.length === 0 &&
    candidates['total-interest'].length === 0 &&
    !/利息|利率|年化|息费|计息|[日月年]息|费率/.test(view.all) &&
    rec !== null &&
    upfront.length > 0 &&
    lent.some((p) => subtractMoney(p, sumMoney(upfront)) === rec.value);
  const perTerm = wholeTermRates(
    rates,
    candidates.principal.map((c) => c.value),
    candidates['total-interest'].map((c) => c.value),
    candidates.term[0]?.value ?? null,
  );
  for (const r of perTerm) rates.splice(rates.indexOf(r), 1);
  // …and one read by its size as a month's that the interest shows is a year's.
  const planInterest = plans
    .filter((s) => s.rows.every((r) => r.interest !== null))
    .map((s) => sumMoney(s.rows.map((r) => r.interest ?? '0')));
  const perYear = yearlyByInterest(
    rates,
    candidates.principal.map((c) => c.value),
    [...candidates['total-interest'].map((c) => c.value), ...planInterest],
    candidates.term[0]?.value ?? null,
    m?.value === '到期一次性还本付息' || plans.some((s) => s.rows.length === 1),
  );
  if (perTerm.length + perYear.length > 0) markPrimary(rates);
  const own = rates.filter((r) => r.context === undefined && !(r.source?.finePrint ?? false));
  // A monthly fee one repayment at the end carries for every month (monthly-fee-at-end.ts).
  const atEnd = monthlyFeesAtEnd(fees, {
    principals: candidates.principal.map((c) => c.value),
    interests: candidates['total-interest'].map((c) => c.value),
    repaid: candidates['total-repaid'].map((c) => c.value),
    months: candidates.term[0]?.value.months ?? null,
    instalments:
      candidates['per-period'].length > 0 ||
      plans.some((s) => s.rows.length > 1) ||
      (m !== null && m.value !== '到期一次性还本付息'),
  });
  if (atEnd !== fees) fees.splice(0, fees.length, ...atEnd);
  // A monthly fee rate the page gives no instalment, plan or total for (fee-from-rate.ts).
  // Only over instalments: a single repayment's or a pawn's monthly fee rate is priced with the
  // loan's own (综合费率, 综合费用), as the bullet and pawn readings do.
  const feeRate =
    // (A 还款总额 of ￥0.00 on a list with nothing owing is no total.)
    ![...candidates['per-period'], ...candidates['total-repaid']].some((c) =>
      new Decimal(c.value).gt(0),
    ) &&
    !plans.some((s) => s.rows.some((r) => r.total !== null)) &&
    (candidates.term[0]?.value.months ?? 0) > 1 &&
    m?.value !== '到期一次性还本付息' &&
    !/当金|当票|典当/.test(view.all)
      ? unshownFeeRate(own, fees)
      : null;
  const found = interpret({
    candidates,
    method: m?.value ?? null,
    rates: own.length > 0 ? own : rates.filter((r) => r.context === undefined),
    schedules: plans,
    lastAmounts: lastAmounts(view, candidates.term[0]?.value.months ?? null),
    unshownFeeRate: feeRate?.value ?? null,
    balloons: balloonsOf(view),
    firstAmount: firstAmount(view),
    upfrontDeductions: upfront,
    periodicFees: fees
      .filter((f) => f.when === 'periodic' && f.amount !== undefined)
      .map((f) => ({ name: f.name, amount: f.amount ?? '0' })),
    dueDate: d.due?.value ?? null,
    disbursementDate: d.disbursement?.value ?? null,
    amountsDue: amountsDue(view),
    untimedFees: untimed.map((f) => f.amount ?? '0'),
    firstPeriodFees: fees
      .filter((f) => f.when === 'once' && f.period === 1 && f.amount !== undefined)
      .map((f) => f.amount ?? '0'),
    firstPeriodCoupons: firstPeriodCoupons(view),
    lastPeriodFees: fees
      .filter((f) => f.when === 'once' && f.withLast === true && f.amount !== undefined)
      .map((f) => f.amount ?? '0'),
    interestPrepaid: prepaid !== undefined || deducted.interestTaken !== null || feeForInterest,
    remaining,
    yearDays: YEAR_OF_360.test(view.all) ? 360 : 365,
    discounted: /券|优惠|减免|立减|抵扣|折扣/.test(view.all),
    accruesDaily:
      /按日计(?:息|收利息)|按实际(?:用款|借款)?天数计(?:息|收)/.test(view.all) ||
      YEAR_OF_360.test(view.all),
    // …or "12期免息", "免息分期": only the instalments that repay just the principal are tried.
    interestFree:
      /不(?:收取|收|计收?|计)(?:任何)?利息|(?:利息|手续费)(?:均)?由商家承担|\d{1,2}期免息|免息分期|分期免息/.test(
        view.all,
      ),
  });
  const p = found.principal;
  // The fee the derived instalments carry at that rate, listed as the page's fee.
  if (feeRate && p && found.reading.schedule === 'derived' && found.reading.derivedFrom === 'rate')
    fees.push(feeOfRate(feeRate, p.value));
  const t = found.term;
  const months = t?.value.months ?? null;
  const days = t?.value.days ?? null;
  markTiersNotReached(rates, days, months);
  if (p === null)
    unreadable.push(...candidates.unreadable.filter((u) => /金额|本金|借/.test(u.label)));
  if (found.payments.length === 0 && isEstimateOnly(view, candidates, rates)) return null;
  if (paysInFull(found.payments, p?.value ?? null, t?.value ?? null, rates, fees)) return null;
  if (
    p === null &&
    (saysNothingIsLent(view) ||
      isFeeGuide(view) ||
      isProductList(view) ||
      isProductSetup(view) ||
      isBlankSample(view))
  )
    return null;
  if (
    !isLoan(
      p !== null,
      t !== null,
      found.payments.length,
      rates.filter((r) => !r.context).length,
      // An amount that could not be read still shows a loan; a term that could not ("期限 不定期"
      // on a savings product) does not.
      // (…each field once: a form's select read twice, as a field and as a control, is one.)
      new Set(
        unreadable.filter((u) => /金额|本金|借/.test(u.label)).map((u) => `${u.label}|${u.text}`),
      ).size,
    ) &&
    !isPartialLoan(view, t !== null, m !== null, rates)
  )
    return null;
  // A price and a span with no word of lending anywhere ("商品金额 ￥300" · "预存话费300元，分12个月
  // 每月返还25元" on a phone plan): a deposit returned over a contract, not a loan.
  const said = [view.all, view.raw.title, ...view.raw.tables.flatMap((t) => t.headers)].join(' ');
  if (!SAYS_LENDING.test(said)) return null;

  // "放款时预先扣除前三个月利息": priced at the loan's own rate on its own principal.
  if (deducted.interestMonths !== null && p !== null) {
    const amount = interestFor(p.value, deducted.interestMonths, rates);
    if (amount !== null) {
      fees.push({
        name: '预扣利息',
        when: 'upfront',
        amount,
        ...(deducted.source ? { source: deducted.source } : {}),
      });
      upfront.push(amount);
    }
  }
  const interestFree = noInterestAgreed(view, found, rates, fees, candidates, d.due?.value ?? null);
  const interpreted = interestFree ? { ...found, ...interestFree } : found;
  const instalments = monthlyDates(
    withoutPrepaidInterest(
      // A repayment taken from the page's own total (还款金额 3090.00 = 3000 + 服务费 90) holds
      // whatever is billed with it already.
      interpreted.reading.derivedFrom === 'total-repaid'
        ? interpreted.payments
        : withFirstInstalmentFees(
            interpreted.payments,
            fees,
            interpreted.reading.schedule,
            principalAndInterestAlone(interpreted.payments, interpreted.reading.checks, rates),
          ),
      deducted.interestMonths,
      p?.value ?? null,
      found.method,
      interpreted.reading.schedule,
      rates,
    ),
    // Only a disbursement date the page shows, not one taken over from the contract date.
    d.disbursementShown ? (d.disbursement?.value ?? null) : null,
    d.firstDue?.value ?? null,
  );
  // Penalties the page states in yuan (逾期罚息 274.77): not part of any listed instalment.
  const penalties = overdueChargesShown(view);
  const interests = bulletInterests(
    p?.value ?? null,
    t?.value ?? null,
    rates,
    candidates,
    sumMoney(untimed.map((f) => f.amount ?? '0')),
  );
  // The figures the page states, and each less the overdue charges it lists beside them (a late
  // redemption's 应付金额 123,400.00 holds its 逾期违约金 480.00 on top of what was due) — for a single
  // repayment only: an instalment plan's bill of several periods sums other things.
  const stated = statedFigures(view.facts);
  const charged = sumMoney(penalties);
  const owing =
    penalties.length === 0 || instalments.length !== 1
      ? stated
      : new Set([...stated, ...[...stated].map((x) => subtractMoney(x, charged))]);
  // A page that says the loan costs nothing else ("不收取其他费用") leaves no fee to be placed by
  // guess.
  const placed = placeUntimed(
    NO_OTHER_FEES.test(view.all) ? [] : untimed,
    interpreted.reading.schedule === 'listed'
      ? withoutOverdueCharges(instalments, penalties)
      : bulletWithoutOverdueCharge(
          instalments,
          // "逾期费用 45.00元" under its own label too: taken off only where the amount less it is
          // the loan's repayment or a figure the page states (bulletWithoutOverdueCharge).
          [...penalties, ...overdueChargeColumns(view), ...lateFeesLabelled(view)],
          p?.value ?? null,
          interests,
          statedFigures(view.facts),
        ),
    p?.value ?? null,
    interests,
    owing,
    FEES_AT_REPAYMENT.test(view.all),
  );
  fees.push(...placed.fees);
  // A fee named with its amount that nothing places (no word of when, no figure that holds it) is
  // left out of the cash flows and said to be: the rules then give no all-clear it could overturn.
  // Only a charge by its own name (UNPLACED_NAME), not one the reading already holds under its
  // name, its amount or a row's part, and no deposit (the borrower's own money, no charge).
  const inFlows = (f: Fee): boolean =>
    [...fees, ...placed.fees].some((x) => x.name === f.name || x.amount === f.amount) ||
    placed.payments.some((p) => Object.keys(p.fees ?? {}).includes(f.name));
  if (!NO_OTHER_FEES.test(view.all))
    for (const f of untimed)
      if (UNPLACED_NAME.test(f.name) && !DEPOSIT.test(f.name) && !inFlows(f))
        unreadable.push({ label: f.name, text: f.amount ?? '0', reason: UNPLACED_FEE });
  upfront.push(...placed.fees.filter((f) => f.when === 'upfront').map((f) => f.amount ?? '0'));
  const reading = placed.check
    ? { ...interpreted.reading, checks: [...interpreted.reading.checks, placed.check] }
    : interpreted.reading;
  const dated = withDatedFees(placed.payments, fees);
  // A dated row of 0.00 (a year whose interest the state paid) moves no money; without dates
  // its place still counts the periods, so it stays.
  const offset = offsetDeposits(view, fees, dated.payments);
  // A fee charged as a share of each repayment goes on top of it (fee-on-repayment.ts).
  const onEach = withFeesOnEachRepayment(
    view,
    interestInAdvance(
      view,
      found.method,
      p?.value ?? null,
      rec?.value ?? null,
      offset.every((x) => x.dueDate !== null)
        ? offset.filter((x) => !new Decimal(x.amount).isZero())
        : offset,
    ),
  );
  const payments = onEach.payments;
  fees.push(...onEach.fees);
  unreadable.push(...onEach.unreadable);
  const named = oncePerFee([...dated.fees, ...feesOfPlan(payments, dated.fees)]);

  let repaymentMethod = found.method;
  // Principal ÷ n and the page's fees make every instalment: 等本等息 at no interest.
  if (!repaymentMethod && placed.fees.some((f) => f.when === 'periodic'))
    repaymentMethod = '等本等息';
  if (
    !repaymentMethod &&
    ((days !== null && instalments.length <= 1) || (months !== null && instalments.length === 1))
  )
    repaymentMethod = '到期一次性还本付息';
  // A checkout shows 每期本金 and a constant 每期手续费 but names no method (fixture 02).
  if (!repaymentMethod && findFact(view, /^每期本金$/) && fees.some((f) => f.when === 'periodic'))
    repaymentMethod = '等本等息';
  // Equal instalments the page states, no method named: their own arithmetic shows which.
  if (!repaymentMethod && p !== null && reading.schedule !== 'derived')
    repaymentMethod = methodOfEqualPayments(
      payments.map((x) => x.amount),
      p.value,
      named
        .filter((f) => f.when === 'periodic')
        .reduce((sum, f) => sum.plus(f.amount ?? '0'), new Decimal(0)),
    );

  let receivedValue = rec?.value ?? null;
  // "实际到账 2000.00元" beside a card fee "在放款前从您的收款银行卡一次性扣取，不从借款中扣除": the whole
  // loan arrives, but the borrower paid the fee before it did — what the loan brought in is less.
  // (…or a clause elsewhere that says so of the fee by name: "平台服务费…须在放款前向运链通平台一次性
  // 支付，支付后方可放款" under "平台服务费（元） 3000.00".)
  const paidApart = fees.filter(
    (f) =>
      f.when === 'upfront' &&
      f.amount !== undefined &&
      (PAID_APART.test(compactText(`${f.name}${f.source?.text ?? ''}`)) ||
        view.sentences.some(
          (s) => s.text.includes(f.name) && PAID_APART.test(compactText(s.text)),
        )),
  );
  // (…or what arrives after the fees taken at payout, "实际到账（放款金额扣除放款服务费后）", beside a
  // review fee "申请阶段 · 已从预付款核销": that fee was paid too.)
  const takenOut =
    upfront.length === 0
      ? null
      : subtractMoney(
          p?.value ?? '0',
          sumMoney(
            fees
              .filter(
                (f) => f.when === 'upfront' && f.amount !== undefined && !paidApart.includes(f),
              )
              .map((f) => f.amount ?? '0'),
          ),
        );
  if (
    receivedValue !== null &&
    p &&
    (receivedValue === p.value || receivedValue === takenOut) &&
    paidApart.length > 0
  )
    receivedValue = subtractMoney(receivedValue, sumMoney(paidApart.map((f) => f.amount ?? '0')));
  if (receivedValue === null && p) {
    receivedValue = upfront.length === 0 ? p.value : subtractMoney(p.value, sumMoney(upfront));
  }
  // An annual rate written on the page that no reading placed (a plan's column of 实时年利率 beside
  // a 月利率 that was read): said, so no rule takes the page for one that shows none.
  const annualText = rates.some(isAnnual) ? null : annualWording(view);
  if (annualText !== null)
    unreadable.push({ label: '年化利率', text: annualText, reason: 'rate not placed' });
  // Options' rates the page does not mark: the plan's own first interest says which is this loan's.
  if (ratesOfOtherOptions(rates, p?.value ?? null, payments[0]?.interest)) markPrimary(rates);
  primaryByInstalments(rates, reading.checks);
  // A day lent months before this monthly plan's first instalment is another loan's (a settled
  // card's 借款日期 on a list of the borrower's loans): this loan's own day, or none.
  const firstDue = payments[0]?.dueDate;
  // (…a monthly plan only: a harvest lease's rents months apart start months after 起租日期.)
  const monthly = payments.every(
    (x, i) =>
      i === 0 ||
      !x.dueDate ||
      !payments[i - 1]?.dueDate ||
      addMonths(payments[i - 1]?.dueDate ?? '', 1) === x.dueDate,
  );
  if (firstDue && months !== null && payments.length === months && months > 1 && monthly) {
    const lent = payoutBefore(view, d.disbursement, firstDue);
    if (lent !== d.disbursement) {
      if (d.contract?.value === d.disbursement?.value) d.contract = lent;
      d.disbursement = lent;
    }
  }
  const who = lender(view);
  // A product page whose loan is its worked example offers no loan to sign yet: whether it shows
  // the agreement is not this page's question.
  const agreementShown: boolean | null =
    example !== null
      ? null
      : raw.links.some((l) => /协议|合同|借条/.test(l.text)) ||
        // A link or a title, or the page is the agreement itself (本合同, 合同编号, 甲方/乙方 clauses).
        /《[^》]{0,20}(?:协议|合同)》|(?:借款|贷款|信贷|借贷|消费)[^，。；]{0,8}(?:合同|协议)|借条|欠条|合同编号|协议编号|本合同|本协议/.test(
          compactText(raw.blocks.map((b) => b.text).join('')),
        );
  // A first instalment paid at the shop's till the day the order is signed (paid-at-the-till.ts).
  return withFirstPaidAtTheTill(view, {
    principal: p?.value ?? null,
    received: receivedValue,
    termMonths: months,
    termDays: days,
    repaymentMethod,
    payments,
    statedRates: rates,
    fees: named,
    lenderType: who.type,
    lender: who,
    contractDate: d.contract?.value ?? null,
    disbursementDate: d.disbursement?.value ?? rentStart(view, payments, months),
    prepayment: pre.terms,
    agreementShown,
    unreadable,
    sources: {
      ...(p ? { principal: p.source } : {}),
      ...(rec ? { received: rec.source } : {}),
      ...(t ? { term: t.source } : {}),
      ...(m ? { repaymentMethod: m.source } : {}),
      ...(d.contract ? { contractDate: d.contract.source } : {}),
    },
    reading,
  });
}

/**
 * An IOU (借条) that writes no interest at all — no rate, no interest or total, no fee — carries
 * none: 民法典第六百八十条第二款 "借款合同对支付利息没有约定的，视为没有利息". Its one repayment is
 * the principal on the due date. Only on an IOU, where the parties are persons: a lender's page
 * that shows no rate hides it (rule apr-missing), it does not waive it.
 */
/**
 * One repayment that the stated interest rate shows to be principal and interest alone: the check
 * that held compared it with no fee beside it, at a rate of interest. At a fee's own rate
 * ("账户管理费 20.00元/天（日费率0.1%）…到期与融资本金一并归还") its "interest" is that fee already.
 */
function principalAndInterestAlone(
  payments: readonly Payment[],
  checks: readonly ReadingCheck[],
  rates: readonly StatedRate[],
): boolean {
  const [only] = payments;
  return (
    payments.length === 1 &&
    checks.some(
      (k) =>
        k.id === 'per-period-vs-method' &&
        k.held &&
        k.figures.shown === only?.amount &&
        k.figures.feesAtEnd === undefined &&
        !rates.some(
          (r) =>
            /费/.test(r.label) &&
            k.figures.rate !== undefined &&
            new Decimal(r.value).eq(k.figures.rate),
        ),
    )
  );
}

function noInterestAgreed(
  view: View,
  found: Interpretation,
  rates: StatedRate[],
  fees: Fee[],
  candidates: Candidates,
  due: string | null,
): Pick<Interpretation, 'payments' | 'reading'> | null {
  if (found.payments.length > 0 || found.principal === null || due === null) return null;
  if (!/借条|欠条/.test(view.all) || rates.length > 0) return null;
  if (fees.some((f) => f.when !== 'overdue')) return null;
  if (candidates['total-interest'].length + candidates['total-repaid'].length > 0) return null;
  // A rate under words the reader does not know ("年转化率 15%"), or more than the principal owed
  // ("你确定要还款吗？应还10378.08元"): interest was agreed, only not read.
  if (view.facts.some((f) => /率/.test(f.key) && /\d\s*[%‰]|分之/.test(f.value))) return null;
  const owed = [
    ...view.all.matchAll(/(?:应还|待还|还款金额|共计|合计)[^。；\d]{0,6}?([\d,]+\.\d{2})元/g),
  ];
  if (
    owed.some((m) => new Decimal((m[1] ?? '0').replace(/,/g, '')).gt(found.principal?.value ?? '0'))
  )
    return null;
  return {
    payments: [{ dueDate: due, amount: found.principal.value, source: found.principal.source }],
    reading: { ...found.reading, schedule: 'derived', derivedFrom: 'no-interest' },
  };
}

/** The interest a single repayment can hold: the page's 利息 figures, or each rate over the term. */
function bulletInterests(
  principal: string | null,
  term: Term | null,
  rates: StatedRate[],
  candidates: Candidates,
  /** The fees listed with no word of when they are paid, together. */
  untimedFees: string,
): string[] {
  const out = candidates['total-interest'].map((c) => c.value);
  // A comprehensive rate (综合费率) already covers the fees: the repayment may hold them and no
  // interest apart.
  if (rates.some((r) => /综合/.test(r.label))) out.push('0.00');
  if (principal === null || term === null) return out;
  for (const r of rates) {
    if (r.context !== undefined) continue;
    const row =
      term.days !== null
        ? bulletByDaysRow(new Decimal(principal), perDay(r), term.days)
        : term.months !== null
          ? bulletByMonthsRow(new Decimal(principal), perMonth(r), term.months)
          : null;
    if (!row) continue;
    out.push(row.interest.toFixed(2));
    // …and so does a rate that is the fees annualised ("折合年化利率 6.08% = 服务费 12.00 ÷ 2,400 ÷
    // 30天 × 365"), on a page that states no interest of its own.
    if (
      candidates['total-interest'].length === 0 &&
      new Decimal(untimedFees).gt(0) &&
      row.interest.minus(untimedFees).abs().lte('0.05')
    )
      out.push('0.00');
  }
  return out;
}

/**
 * Undated instalments are one month apart (the IRR convention): from the first due date the page
 * states, or else on the monthly anniversaries of the disbursement date it shows.
 */
function monthlyDates(
  payments: Payment[],
  start: string | null,
  firstDue: string | null,
): Payment[] {
  if (payments.length < 2 || payments.some((p) => p.dueDate !== null)) return payments;
  // "首期还款日 2026-07-10，之后每月10日": the first date and its day of the month fix the rest.
  if (firstDue !== null) {
    const day = Number(firstDue.slice(8, 10));
    return payments.map((p, i) => ({ ...p, dueDate: addMonths(firstDue, i, day) }));
  }
  if (start === null) return payments;
  const day = Number(start.slice(8, 10));
  return payments.map((p, i) => ({ ...p, dueDate: addMonths(start, i + 1, day) }));
}

/**
 * A lease's plan paid less often than monthly (quarterly rents) on a page that gives no start date
 * but says when rent falls in each period: 期末 (后付) is one period after the start, 期初 (先付) on
 * it. Without those words the start stays unknown (the plan's own dates then decide nothing).
 */
function rentStart(view: View, payments: Payment[], months: number | null): string | null {
  const first = payments[0]?.dueDate;
  const step =
    months === null
      ? null
      : monthsPerRow(
          payments.map((p) => p.dueDate),
          months,
        );
  if (!first || step === null) return null;
  if (/期末|后付/.test(view.all)) return addMonths(first, -step);
  if (/期初|先付/.test(view.all)) return first;
  return null;
}

/**
 * One plan read twice — as a table that lost a cell (each row's "2026-03-10 已还" drawn in an element
 * of its own) and as a list of runs that kept it: the reading with the due dates.
 */
function withDatesKept(plans: Schedule[]): Schedule[] {
  const dated = (s: Schedule): boolean => s.rows.every((r) => r.dueDate !== null);
  const same = (a: Schedule, b: Schedule): boolean =>
    a.rows.length === b.rows.length && a.rows.every((r, i) => r.total === b.rows[i]?.total);
  return plans.filter((s) => dated(s) || !plans.some((o) => o !== s && dated(o) && same(s, o)));
}

function fallback<T>(f: Found<T>, order: number): Candidate<T> {
  return { value: f.value, source: f.source, fontSize: 0, order, origin: 'label', chosen: false };
}

/** The plan's instalments add up to at least what the page says was lent. */
function repaysAll(
  plan: { rows: readonly { total: string | null }[] },
  principals: readonly Candidate<string>[],
): boolean {
  const totals = plan.rows.map((r) => r.total);
  if (totals.some((t) => t === null)) return false;
  const repaid = new Decimal(sumMoney(totals.filter((t): t is string => t !== null)));
  // (Every amount labelled as lent: a stray figure read as one is no measure.)
  const lent = principals.filter((p) => p.origin !== 'unlabelled');
  return lent.length > 0 && lent.every((p) => repaid.gte(p.value));
}

/** The plan's first instalment falls due about a month after the day the money moved. */
function startsAMonthAfter(
  plan: { rows: readonly { dueDate: string | null }[] },
  start: string | undefined,
): boolean {
  const first = plan.rows[0]?.dueDate;
  if (!first || !start) return false;
  const days = daysBetween(start, first);
  return days >= 25 && days <= 35;
}
