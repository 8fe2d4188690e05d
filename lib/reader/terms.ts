/**
 * The scalar terms: principal, amount received, term, repayment method, dates, in labelled form
 * ("借款金额 10,000.00") or contract prose ("借款金额为人民币（大写）壹万伍仟元整（¥15,000.00）",
 * "今借到……人民币（大写）叁万伍仟元整", "借款期限为12个月", "自２０２６年２月１日起至…止").
 */
import type { RawControl } from '@/lib/model/extraction';
import { daysBetween } from '@/lib/dates/iso';
import { Decimal } from '@/lib/finance/decimal';
import { roundCents } from '@/lib/finance/money';
import { annuityPayment, flatPayment } from '@/lib/finance/repayment-structures';
import type { RepaymentMethod, Source, StatedRate, Unreadable } from '@/lib/model/terms';
import { dateTokens, parseDate } from '@/lib/parse/date';
import { moneyTokens } from '@/lib/parse/money';
import { compactText } from '@/lib/parse/normalize';
import { findTerm, parseTerm, type Term } from '@/lib/parse/term';
import { type Fact, findFact, sourceOf, type View } from './facts';
import { isAmountRange, notAnAmountLent, readMoney } from './money-facts';
import { conceptOf, METHOD_LABEL, MORE_OPTIONS, NARRATIVE, TIME_LEFT } from './lexicon';
import { perMonth } from './rate-periods';
import { IN_TABLE_CELL } from './schedule';

export interface Found<T> {
  value: T;
  source: Source;
}

const PRINCIPAL =
  /^(?:借款|贷款|合同|分期|商品|订单|申请|借款合同)(?:金额|本金)$|^借款本金$|^本金金额$|^借款额度$|^借多少$|^借款$|^loanamount$|^amount$/i;
const PRINCIPAL_WEAK = /借款方案$|借款金额/;
const NOT_PRINCIPAL =
  /最高|最低|可借|可用|额度|到账|应还|每期|利息|总额|合计|剩余|已还|首期|示例.*最|^原(?!典当|当)/;
const RECEIVED = /到账金额|实际到账|实际放款|到手金额|预计到账|放款金额|实收金额|实际发放/;
const TERM = /^(?:借款|贷款|分期|还款)?(?:期限|期数)$|^借款期$|^期限$|^分期$|^借多久$|^term$/i;
const METHODS: [RegExp, RepaymentMethod][] = [
  [/等额本息/, '等额本息'],
  // "每月等额本金加手续费…分期期间不因本金减少而降低": equal parts of principal and a fee on the
  // whole amount every period, which is 等本等息 whatever the first words say.
  [/等额本金(?:加|\+|[＋和及])(?:固定|每月|每期)?(?:的)?(?:手续费|服务费|分期费)/, '等本等息'],
  [/等额本金/, '等额本金'],
  // "按季等额还本，利随本清": equal parts of principal, each with the interest on what is left —
  // 利随本清 there says the interest comes with each part, no single repayment. (Not "每期等额还本"
  // alone, nor "等额还本付息（利息按借款本金计算）": a fee or interest on the whole sum beside it.)
  [/等额还本[，,、]?利随本清/, '等额本金'],
  [/等本等息/, '等本等息'],
  // …"每月15日结息，展期到期日一次归还全部本金", "按月付息（每月20日），到期日归还全部本金", a
  // pawn's "典当利息及综合费用按月收取，当金到期一次返还".
  [
    /先息后本|(?:按月|每月|按期|按季|每季|按半年|按年)(?:付息|收息|结息|还息)[,，、]?到期(?:一次(?:性)?)?还本|(?:按月|每月\s*\d{1,2}\s*日)(?:付息|结息)[^。；]{0,16}?到期日?(?:一次(?:性)?)?(?:归还|偿还)(?:全部)?本金|利息[^。；]{0,8}?按月收取[,，、]?(?:本金|当金)到期一次(?:性)?(?:返还|归还|偿还)/,
    '先息后本',
  ],
  [
    // …and as people write it on an IOU: "到期连本带利11200元一次还清", "利息…共计人民币6,500.00元，于
    // 还款日连同本金一并支付"; an app's "到期一次付清".
    /(?:到期)?一次性还本付息|到期一次还本付?息|(?<!付息[,，、]?)到期还本付息|利随本清|一次性(?:归还|偿还)(?:全部)?(?:本金及利息|本息)|(?:连本带[利息]|本息)[^。；,，]{0,12}?一次(?:性)?(?:还清|付清|归还|偿还)|(?<!付息[^。；]{0,8})到期一次(?:性)?(?:还清|付清)(?!本金)|(?<!(?:最后一期|末期|每月|每期)[^。；]{0,20})于(?:还款日|到期日|到期时)连同本金一并(?:支付|归还|偿还)/,
    '到期一次性还本付息',
  ],
  // A P2P loan's "按月分期还款": equal monthly instalments (its borrow form's other choice is 按月到期).
  [/按月分期还款/, '等额本息'],
];

/**
 * How many methods a text names by their plain names: "先息后本（按月付息，到期还本）" names one
 * method twice.
 */
function methodNames(text: string): number {
  const names = compactText(text).match(
    /等额本息|等额本金|等本等息|先息后本|到期一次(?:性)?还本付息|按月付息[,，、]?到期还本|利随本清/g,
  );
  return new Set((names ?? []).map((n) => methodIn(n) ?? n)).size;
}

export function methodIn(text: string): RepaymentMethod | null {
  const t = compactText(text);
  for (const [re, m] of METHODS) if (re.test(t)) return m;
  return null;
}

export function principal(view: View, unreadable: Unreadable[]): Found<string> | null {
  const failed: Unreadable[] = [];
  for (const re of [PRINCIPAL, PRINCIPAL_WEAK]) {
    for (const f of view.facts.filter(
      (x) =>
        re.test(x.key) &&
        !NOT_PRINCIPAL.test(x.key) &&
        !isAmountRange(x.value) &&
        // "出借人实际出借的金额，例如100,000元": a help text's example.
        !/例如|比如|举例|譬如/.test(x.value),
    )) {
      const r = readMoney(f);
      if (r && 'value' in r && notAnAmountLent(r.value, f.value)) continue;
      if (r && 'value' in r) return { value: r.value, source: f.source };
      if (r) failed.push(r.unreadable);
    }
  }
  const fromProse = principalInProse(view);
  if (fromProse) return fromProse;
  unreadable.push(...failed);
  return null;
}

function principalInProse(view: View): Found<string> | null {
  for (const s of view.sentences) {
    const t = s.text.normalize('NFKC');
    // "你（单位）于2025年09月12日在我社贷款伍万（大写）元": a credit cooperative's 催收通知书 names
    // the loan it chases in the sentence that opens it.
    const m =
      /(?:借款金额为|借款本金为|贷款金额为|借款金额:|今借到|现借到|在(?:我|本)(?:机构|公司|社|行)(?:贷款|借款))/.exec(
        t,
      );
    if (!m) continue;
    // "…填写借款金额：2000-20000元之间": the range a form accepts, not the amount.
    if (isAmountRange(t.slice(m.index + m[0].length))) continue;
    const token = moneyTokens(t.slice(m.index))[0];
    if (token) return { value: token.value, source: s.source };
  }
  return null;
}

export function received(view: View, unreadable: Unreadable[]): Found<string> | null {
  const f = findFact(view, RECEIVED, /最高|最快/);
  const r = readMoney(f);
  if (r && 'value' in r) return { value: r.value, source: r.fact.source };
  if (r) unreadable.push(r.unreadable);
  return null;
}

/**
 * A single repayment with no term anywhere but its interest: "日利率0.05% · 借款金额 1,000.00 ·
 * 到期应还 1,007.00" took 7.00 ÷ (1,000 × 0.05%) = 14 days at the page's own daily rate. Read
 * only when that is a whole number of days whose interest comes to the fen.
 */
export function daysOfInterest(
  principals: readonly Found<string>[],
  totals: readonly Found<string>[],
  rates: readonly StatedRate[],
): Found<Term> | null {
  // …or at its annual rate over a year of 365 days ("年利率 20% · 借款金额 3650元 · 到期应还 3830元":
  // 180.00 ÷ 2.00 a day = 90 days).
  const daily = rates.find((r) => r.kind === 'daily' && r.context === undefined);
  const annual = rates.find((r) => r.kind === 'annual-simple' && r.context === undefined);
  const perDayRate = daily
    ? new Decimal(daily.value)
    : annual
      ? new Decimal(annual.value).div(365)
      : null;
  if (perDayRate === null || perDayRate.lte(0)) return null;
  for (const p of principals)
    for (const t of totals) {
      const interest = new Decimal(t.value).minus(p.value);
      const perDay = new Decimal(p.value).times(perDayRate);
      if (interest.lte(0)) continue;
      const days = interest.div(perDay).toDecimalPlaces(0);
      if (days.lt(1) || days.gt(366)) continue;
      if (!roundCents(perDay.times(days)).eq(interest)) continue;
      return { value: { months: null, days: days.toNumber(), periods: false }, source: t.source };
    }
  return null;
}

/**
 * Equal instalments with no term anywhere: "申请金额 50000 · 月利率1.00% · 等额本息 · 还款金额
 * 4,442.44" come to 12 months at the page's own rate, and no other count does. Read only where
 * exactly one count gives the instalment to the fen (the method named, or either equal-payment
 * method where none is).
 */
export function monthsOfInstalment(
  principals: readonly Found<string>[],
  instalments: readonly Found<string>[],
  rates: readonly StatedRate[],
  method: RepaymentMethod | null,
): Found<Term> | null {
  if (method !== null && method !== '等额本息' && method !== '等本等息') return null;
  const methods = method === null ? ['等额本息', '等本等息'] : [method];
  const monthly = rates
    .filter((r) => r.context === undefined && new Decimal(r.value).gt(0))
    .map((r) => perMonth(r));
  const hits = new Map<number, Source>();
  for (const p of principals) {
    const principal = new Decimal(p.value);
    for (const each of instalments)
      for (const r of monthly)
        for (const m of methods)
          for (let n = 2; n <= 360; n++) {
            const first =
              m === '等本等息' ? flatPayment(principal, r, n) : annuityPayment(principal, r, n);
            if (first.minus(each.value).abs().lte('0.01')) hits.set(n, each.source);
          }
  }
  const [only, ...more] = [...hits];
  return only && more.length === 0
    ? { value: { months: only[0], days: null, periods: true }, source: only[1] }
    : null;
}

export function term(view: View, unreadable: Unreadable[]): Found<Term> | null {
  for (const f of view.facts.filter(
    (x) =>
      TERM.test(x.key) && !/最长|最短|最高/.test(x.key) && !TIME_LEFT.test(compactText(x.value)),
  )) {
    const p = parseTerm(f.value.replace(/[(（][^)）]*[)）]/g, ''));
    if ('value' in p) return { value: p.value, source: f.source };
    const inside = findTerm(f.value);
    if (inside) return { value: inside, source: f.source };
    unreadable.push({ label: f.label, text: f.value, reason: p.unreadable });
  }
  // "还款日期: 60天 | 2026-09-30": a due date's field that counts the days to it — and a short
  // loan's "还款周期 30天", the days to its one repayment (a cycle of months is an instalment's).
  for (const f of view.facts.filter((x) => DUE_DATE.test(x.key) || /^还款周期$/.test(x.key))) {
    const days = /^\s*(\d{1,4})\s*天\s*$/.exec(f.value)?.[1];
    if (days)
      return { value: { months: null, days: Number(days), periods: false }, source: f.source };
  }
  // "还款方式：等额本息12个月": the method's value may carry the term.
  const way = findFact(view, METHOD_LABEL);
  const within = way && methodIn(way.value) ? findTerm(way.value) : null;
  if (way && within) return { value: within, source: way.source };
  for (const s of view.sentences) {
    const t = s.text.normalize('NFKC');
    const m = /借款期限|贷款期限/.exec(t);
    if (!m) continue;
    const clause = t.slice(m.index);
    // "借款期限为7天、14天或30天": the product's options, none of them this loan's.
    const first = /\d+\s*(?:个月|天|期)/.exec(clause);
    if (first && MORE_OPTIONS.test(clause.slice(first.index + first[0].length))) continue;
    // "贷款期限最长达5年": the longest a product allows.
    if (/^(?:借款期限|贷款期限)[^\d]{0,6}?(?:最长|最短|最多|长达|可达|不超过)/.test(clause))
      continue;
    const total = /共\s*(\d+|[一二三四五六七八九十]+)\s*(个月|天|期)/.exec(clause);
    const found = findTerm(total?.[0] ?? clause);
    if (found) return { value: found, source: s.source };
  }
  return null;
}

/**
 * 先息后本 said in a contract's words, over a clause and the next: interest every month
 * ("每月1日前向甲方支付当月利息640元"), principal at the end ("借款本金…于2027年4月1日与最后一个月
 * 的利息一并归还").
 */
const INTEREST_MONTHLY =
  /(?:每月|按月|每期|按期)[^。；]{0,20}(?:支付|偿还|归还|付清|结清)[^。；]{0,6}利息|(?:每月|按月|每期|按期)的?利息[^。；]{0,20}(?:支付|偿还|归还|付清|结清)|(?:每|按)(?:月|期)付息/;
// "本金于借款期限届满之日前付清" (224's contract) as well as "…到期一并归还".
const PRINCIPAL_AT_END =
  /本金[^。；]{0,30}(?:到期|最后一(?:期|个月)|期满|届满)[^。；]{0,16}(?:归还|偿还|还清|付清|结清|清偿|一并)|(?:到期|期满|届满)[^。；]{0,10}(?:归还|偿还|还清)[^。；]{0,4}(?:全部)?本金/;

/**
 * A P2P borrow form's choice: "按月分期" (equal monthly instalments, 等额本息) or "按月到期" (interest
 * monthly, principal at the end). Read from the option the borrower chose, or the method a loan's
 * page names with them.
 */
const CHOSEN_METHODS: [RegExp, RepaymentMethod][] = [
  [/^按月分期(?:还款)?$/, '等额本息'],
  [/^按月到期(?:还本)?$/, '先息后本'],
  // An IOU app's "还款方式: ◉全额 ○分期": the whole sum at once, at the end.
  [/^全额(?:还款)?$/, '到期一次性还本付息'],
];

/**
 * A strip of tabs that names two methods side by side ("等额本息 | 等额本金" over a calculator's
 * result): the page offers both, and a tab is no method of the loan by being named. The strips'
 * words, and the source that quotes the first.
 */
export function methodTabs(view: View): { tabs: Set<string>; source: Source } | null {
  const strips = view.facts.filter((x) => {
    const a = methodIn(x.key);
    const b = methodIn(x.value);
    return a !== null && b !== null && a !== b && compactText(x.key).length <= 6;
  });
  const [first] = strips;
  if (!first) return null;
  const tabs = new Set(strips.flatMap((x) => [compactText(x.key), compactText(x.value)]));
  return { tabs, source: { ...first.source, text: `${first.key} ${first.value}` } };
}

export function method(
  view: View,
  chosen: readonly RawControl[] = [],
): Found<RepaymentMethod> | null {
  // Not a choice by number cut at its figure ("还款方式为以下第 | 2 种：1. 到期一次还本付息；"): the
  // options after it are read in the view's sentences, without those not chosen.
  const f = findFact(view, METHOD_LABEL, /第$/);
  // "还款方式 | [不限] 到期还本付息 等额本息": a list's filter set to none chooses no method; the
  // options beside it are the filter's, not this loan's.
  if (f && /^(?:不限|全部|任意)$/.test(compactText(f.value))) return null;
  // "还款方式：等额本金 等额本息 ◉等本等息 …": a value that names several methods is the options;
  // the one chosen says which.
  // So is a value that is the label of an option not chosen ("还款方式： | ○等额本金 …").
  const options =
    f !== undefined &&
    (METHODS.filter(([re]) => re.test(compactText(f.value))).length >= 2 ||
      view.raw.controls.some(
        (c) => c.kind === 'radio' && !c.checked && compactText(c.label) === compactText(f.value),
      ));
  // "还款方式：按月分期还款" on a P2P loan's own page is the same choice, made.
  const named =
    f && !options
      ? (methodIn(f.value) ??
        CHOSEN_METHODS.find(([re]) =>
          re.test(compactText(f.value).split(/交易类型|[，,;；]/)[0] ?? ''),
        )?.[1] ??
        null)
      : null;
  if (f && named) return { value: named, source: f.source };
  // "还款方式：到期一次性还本", the interest (a mutual-aid fund's 占用费) taken in advance: one sum at
  // the end — unless the page pays interest monthly beside it ("结息方式 按月结息 · 还本方式 到期
  // 一次还本": 先息后本).
  if (f && !options && /^(?:到期)?一次(?:性)?(?:还本|归还本金)$/.test(compactText(f.value))) {
    const monthly = /(?:按|每)(?:月|期|季)(?:结息|付息|收息|还息)/.test(view.all.normalize('NFKC'));
    return { value: monthly ? '先息后本' : '到期一次性还本付息', source: f.source };
  }
  for (const c of chosen) {
    const label = compactText(c.label);
    const hit = methodIn(label) ?? CHOSEN_METHODS.find(([re]) => re.test(label))?.[1] ?? null;
    if (hit) return { value: hit, source: { text: c.label, locator: c.locator, finePrint: false } };
  }
  // "还款方式为以下第 2 种：1. 到期一次还本付息；2. 按月等本等息还款…": the options not chosen are
  // gone from the view's sentences (facts.ts), so the first method named is the chosen one's.
  // A sentence that names two methods or more lists the options a product offers ("还款方式：等额本金、
  // 等额本息、按月付息到期还本，可自选") or compares them ("等额本金还是等额本息？"): the one that
  // names one ("选择 等额本金 还款") is the loan's.
  const tabs = methodTabs(view)?.tabs ?? new Set<string>();
  for (const s of view.sentences) {
    const m = methodIn(s.text);
    if (m && tabs.has(compactText(s.text))) continue;
    if (m && !/例如|比如|举例|如果/.test(s.text.slice(0, 4)) && methodNames(s.text) < 2)
      return { value: m, source: s.source };
  }
  for (const [k, s] of view.sentences.entries()) {
    const both = `${s.text}${view.sentences[k + 1]?.text ?? ''}`;
    if (INTEREST_MONTHLY.test(both) && PRINCIPAL_AT_END.test(both) && !NARRATIVE.test(both))
      return { value: '先息后本', source: { ...s.source, text: both } };
  }
  return null;
}

/**
 * Dates as the page names them: a signing date is the contract's, a 放款 date the disbursement's,
 * and a 借款日期 both. A page that shows only one of them has one date for both (the shared
 * corpus's convention: fixtures 01, 03, 07–13); a signing date wins over a 放款 date for the
 * contract. ("签约提现时间": signed and drawn at once, an order's one date.)
 */
const CONTRACT_DATE =
  /签订(?:日期|时间)|签订日$|合同签订$|签约(?:提现)?(?:日期|时间)|签约日$|合同日期|签署(?:日期|时间)|签署日$|借款日期|借款日$|借款时间/;
/**
 * An instalment purchase's order date, where no day of signing is shown (签约日期 comes first); a
 * shop till's receipt calls it the day of sale ("销售日期： 2026-03-15").
 */
const ORDER_DATE = /^(?:下单|销售|购买|成交)(?:日期|日|时间)$/;
/**
 * The day an IOU was written out (借条 "出具日期"), where nothing names the contract otherwise: on
 * a 结清证明 beside its 借款日期 it is the day the certificate was issued.
 */
const ISSUED_DATE = /^出具日期$/;
// A loan's start is its 放款 day too: 开始日期 on a borrower's detail (合同开始日期 on a clerk's), 满标日期 on a P2P loan (the
// day the lenders' bids filled it and it was paid out; an order's 订单生效日 in a back office), 计息日 / 起息日 when interest starts — on a
// student loan whose interest the state paid while studying, the day it 转入还款期; on a credit
// line, the day of a drawdown (用款日期, 提款日, 支用日期); on a card's instalment, the day it was
// booked to the card (分期入账日) or its cash put into the debit card (资金划入日期); on a car loan,
// the day the bank pays out (走款时间); on a union's mutual-aid loan, the day it is 拨付; at a
// pawnshop, the day the goods are pawned (发当日期, 建当日期); on a loan system's statement, "已放款
// 2026-01-15" (its "Released" field).
const DISBURSE_DATE =
  /^分期入账(?:日期|日)$|放款日期|放款日$|放款时间|^借出(?:日期|时间)$|^出借日(?:期)?$|借款日期|借款日$|借款时间|^贷款日期$|^(?:预计)?起租(?:日期|日)$|^(?:提车|交车)(?:日期|日)$|起息日|计息日|(?<!工资|薪资|薪酬)发放日|^(?:借款|贷款|续当|典当|合同)?开始(?:日期|时间)$|^(?:借款|贷款|融资|合同)?(?:起始|开始)日(?:期)?$|^约定放(?:贷|款)日(?:期)?$|^(?:合同)?生效(?:日期|时间|日)$|^到账时间$|^取现(?:日期|日)$|^放款日(?:期)?[(（]预计[)）]$|^(?:起|发|建)当(?:日期|日|时间)$|满标(?:日期|时间)|^交易(?:时间|日期|日)$|^分期(?:日期|时间)$|^转入还款期(?:日期|日)$|^(?:用款|提款|支用|用信)(?:日期|日|时间)$|^走款(?:日期|时间)$|^(?:订单|借款|贷款)生效(?:日期|日|时间)$|^(?:实际)?到账(?:日期|日)$|^(?:资金)?(?:划入|划付|划拨|入账)(?:日期|日)$|^(?:实际)?拨付(?:日期|日|时间)$|^(?:垫付|代付|垫资|代还)(?:日期|日)$|^(?:赊购|赊销|赊账)(?:日期|日)$|^已放款(?:日期|时间)?$/;
/** The first instalment's date ("首期还款日 2026-07-10，之后每月10日"). */
const FIRST_DUE_DATE =
  /^(?:首期|首次|首个|第一期|第1期)(?:还款日|还款日期|应还日|扣款日)|^开始还款(?:日期|日)$/;
/** A single repayment's 还款日期 is its due date (a schedule's dates are in its rows, not a fact);
 *  so is a 还款期限 written as a date ("还款期限：2026-01-24"), and a ledger's 结束日期 beside its
 *  开始日期. */
/** The day the loan falls due as agreed: before a record's "还款时间" (the day a part was paid). */
const AGREED_DUE = /^约定(?:还款|到期)(?:日|日期)$/;
// (…and the latest day it may be repaid: "最晚归还日 2026-05-20"; or the last instalment's,
// "最后还款日 2027-07-15" on a loan system's detail.)
const DUE_DATE =
  /^(?:最后|末期|最后一期)还款日(?:期)?$|^到期日|^到期(?:扣款|扣回|划扣)日(?:期)?$|^约定(?:结清|结账|还款)日(?:期)?$|^最晚(?:归还|还款)日(?:期)?$|^还款到期日|^(?:融资|借款|贷款)到期日(?:期)?$|^(?:结算|周结|月结|发薪)?应?扣回(?:日期|日)$|^到期还款日|^还款日$|^(?:预计|计划)?(?:应还|还款)(?:时间|日期)$|^到期时间$|^还款期限$|^(?:借款|贷款|续当|典当|合同)?(?:结束|截止|终止)(?:日期|时间)$/;

/**
 * A P2P project's bidding window ("开始时间：2026-04-02 10:00 截止日期：2026-04-12 10:00" beside
 * 筹款进度, 已投标): when lenders may bid, not when the loan starts or ends.
 */
const BID_WINDOW = /^(?:开始|截止)(?:日期|时间)$/;
const BIDDING = /筹款进度|募集进度|已投标|投标人数|投资记录/;
const CREDIT_LINE_SPAN = /授信期限|额度有效期|授信有效期/;

/**
 * A date drawn as a calendar leaf, the day large and its label with the month under it: "05 日 ·
 * 出借日2026年3月", "03 日 · 还款日2026年6月". Read as the label's date.
 */
function calendarLeaves(view: View): Fact[] {
  const blocks = view.raw.blocks.map((b) => compactText(b.text));
  const out: Fact[] = [];
  blocks.forEach((b, i) => {
    const day = /^(\d{1,2})日?$/.exec(b);
    const month = /^([\u4e00-\u9fa5]{2,6}?)[:：]?(\d{4})年(\d{1,2})月$/.exec(blocks[i + 1] ?? '');
    if (!day?.[1] || !month?.[1] || !month[2] || !month[3]) return;
    const value = `${month[2]}年${month[3]}月${day[1]}日`;
    out.push({
      label: month[1],
      key: month[1],
      value,
      near: value,
      source: sourceOf(view.raw, i + 1, `${b} ${blocks[i + 1] ?? ''}`),
      block: i + 1,
    });
  });
  return out;
}

/**
 * Dates in a summary line of fields set apart by "·" ("合同签订日期 2022-09-05 · 贷款银行 … · 转入还款
 * 期日期 2026-07-20 · 执行年利率 2.80%"): each "label date" a field of its own.
 */
function dottedDates(view: View): Fact[] {
  const out: Fact[] = [];
  view.raw.blocks.forEach((b, i) => {
    if (!/[·•]/.test(b.text)) return;
    for (const part of b.text.split(/\s*[·•]\s*/)) {
      const m = /^([\u4e00-\u9fa5]{2,10})\s*[:：]?\s*(\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?)$/.exec(
        part.trim(),
      );
      if (!m?.[1] || !m[2]) continue;
      out.push({
        label: m[1],
        key: m[1],
        value: m[2],
        near: m[2],
        source: sourceOf(view.raw, i, part.trim()),
        block: i,
      });
    }
  });
  return out;
}

function dateFact(view: View, re: RegExp, due = false): Found<string> | null {
  const bidding = BIDDING.test(view.all);
  const named = [...view.facts, ...calendarLeaves(view), ...dottedDates(view)].filter(
    // "起租（放款）日期": the word in the bracket is the label's other name (放款日期).
    (x: Fact) =>
      (re.test(x.key) ||
        re.test(x.key.replace(/^[\u4e00-\u9fa5]{1,4}[(（]([\u4e00-\u9fa5]{1,4})[)）]/, '$1'))) &&
      !(bidding && BID_WINDOW.test(x.key)),
  );
  // …nor a credit line's span ("授信期限 12月 · 开始日期 2026-05-02 · 截止日期 2027-05-02") beside a
  // drawdown's own days (起息日, 到期日).
  const line = CREDIT_LINE_SPAN.test(view.all) && named.some((x) => !BID_WINDOW.test(x.key));
  for (const f of named.filter((x) => !(line && BID_WINDOW.test(x.key)))) {
    const d = parseDate(f.value);
    if ('value' in d) return { value: d.value, source: f.source };
    // A list's filter set to a range ("约定还款日 | 2026-04-01 - 2026-04-30") names no day a loan
    // falls due (a loan's own span under 借款日期 still starts on its first day).
    if (
      due &&
      /^\s*\S+\s*(?:-|~|～|至|到)\s*\S+\s*$/.test(f.value) &&
      dateTokens(f.value).length === 2
    )
      continue;
    // "2026年5月29日（28天）", "2026-05-29 前": the date that starts the value.
    const lead = dateTokens(f.value)[0];
    // …or after the term it ends ("还款日期: 60天 2026-09-30").
    const before = lead ? f.value.slice(0, lead.index) : '';
    if (lead && (lead.index === 0 || /^\s*\d{1,4}\s*(?:天|日|个月)\s*$/.test(before)))
      return { value: lead.value, source: f.source };
  }
  return null;
}

/** "首期今天支付", "今天支付首期": a pay-later plan's first instalment is paid the day it is bought. */
const FIRST_PAID_TODAY =
  /首期(?:[(（])?(?:今天|今日|当天|下单时|下单当天)(?:支付|付款|扣款)|(?:今天|今日|下单时)支付首期/;

/**
 * A contract's signature block: "甲方（签字）：裴思源" over "日期：2026年11月3日" — the day the party
 * signed, where the page names no other day of signing.
 */
const SIGNER = /^(?:[甲乙丙丁]方|借款人|出借人|贷款人|委托人|承租人)[（(]?(?:签字|签章|盖章|签名)/;
function signedUnder(view: View): { value: string; source: Source } | null {
  if (!/本合同|本协议|本借条/.test(view.all)) return null;
  const blocks = view.raw.blocks;
  for (let i = 0; i < blocks.length; i++) {
    if (!SIGNER.test(compactText(blocks[i]?.text ?? ''))) continue;
    for (let j = i + 1; j <= i + 3 && j < blocks.length; j++) {
      const day = lineDate(/^(?:签(?:署|订|字)?)?日期[:：]/, blocks[j]?.text);
      if (day !== null) return { value: day, source: sourceOf(view.raw, j) };
    }
  }
  return null;
}

/** The one date a line holds right after its opening word ("日期：2026年11月3日", "自 2025-12-10"). */
function lineDate(opening: RegExp, text: string | undefined): string | null {
  const t = (text ?? '').normalize('NFKC').trim();
  const m = opening.exec(t);
  if (m?.index !== 0) return null;
  const d = dateTokens(t.slice(m[0].length).trim());
  return d.length === 1 && d[0]?.index === 0 ? d[0].value : null;
}

/** "自 2025-12-10" and, within the next lines, "至: 2026-06-10": a span written a line each. */
function fromToLines(
  view: View,
): { from: { value: string; source: Source }; to: { value: string; source: Source } } | null {
  const blocks = view.raw.blocks;
  for (let i = 0; i < blocks.length; i++) {
    const from = lineDate(/^自\s*[:：]?/, blocks[i]?.text);
    if (from === null) continue;
    for (let j = i + 1; j <= i + 3 && j < blocks.length; j++) {
      const to = lineDate(/^至\s*[:：]?/, blocks[j]?.text);
      if (to !== null && to > from)
        return {
          from: { value: from, source: sourceOf(view.raw, i) },
          to: { value: to, source: sourceOf(view.raw, j) },
        };
    }
    return null;
  }
  return null;
}

/**
 * The day this loan was paid out, for a monthly plan whose first instalment falls due on
 * `firstDue`: a date lent more than two months before it, or after it, is another loan's (a
 * settled card's 借款日期 on a 我的借款 list), and the run "2026-02-26 放款" on this loan's card
 * says the day. Null where the page shows no such day.
 */
export function payoutBefore(
  view: View,
  lent: Found<string> | null,
  firstDue: string,
): Found<string> | null {
  const firstToday = FIRST_PAID_TODAY.test(view.all);
  const fits = (d: string): boolean => {
    const gap = daysBetween(d, firstDue);
    return (gap > 0 || (gap === 0 && firstToday)) && gap <= 62;
  };
  if (lent === null || fits(lent.value)) return lent;
  for (const s of view.sentences) {
    const m = /^(\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?)\s*(?:放款|到账|借款)$/.exec(
      compactText(s.text),
    );
    const d = m?.[1] ? dateTokens(m[1])[0] : undefined;
    if (d && fits(d.value)) return { value: d.value, source: s.source };
  }
  return null;
}

export function dates(view: View): {
  contract: Found<string> | null;
  disbursement: Found<string> | null;
  due: Found<string> | null;
  firstDue: Found<string> | null;
  /** The page shows a disbursement date (not one taken over from the contract date). */
  disbursementShown: boolean;
} {
  let contract =
    dateFact(view, CONTRACT_DATE) ?? dateFact(view, ORDER_DATE) ?? dateFact(view, ISSUED_DATE);
  // (A field that says the money was paid out first: "放款日期 2026-05-09" over a driving school's
  // "开始时间 2026-06-14 08:00", the first lesson.)
  let disbursement =
    dateFact(view, /^(?:实际|预计|计划)?(?:放款|到账)(?:日期|日|时间)$/) ??
    dateFact(view, DISBURSE_DATE);
  // "起止日期：2026-03-12 - 2027-03-12", a pawn's "当期：2026-04-10至2026-06-10", an app's "合同期限
  // 2026-02-10 至 2026-05-10": the loan runs from the first date to the second.
  const span = view.facts.find(
    (f) =>
      // (…any term's label: "使用期限 90天（2026-06-03 至 2026-09-01）" on a pay-later order.)
      (/^(?:起止|借款起止|贷款起止)(?:日期|时间)$|^(?:当期|典当期限|借款期间|贷款期间|合同期限|合同期间)$/.test(
        f.key,
      ) ||
        conceptOf(f.key) === 'term') &&
      dateTokens(f.value).length >= (/起止/.test(f.key) ? 1 : 2),
  );
  const [from, to] = span ? dateTokens(span.value) : [];
  // …or the term with its span in brackets: "借款期限 12期（2026-01-20至2027-01-20）".
  const joined =
    from !== undefined &&
    to !== undefined &&
    /^\s*(?:至|到|~|～|-|—)\s*$/.test(
      (span?.value.normalize('NFKC') ?? '').slice(from.index + from.raw.length, to.index),
    );
  if (span && from && (from.index === 0 || joined))
    disbursement ??= { value: from.value, source: span.source };
  const spanEnd = span && to ? { value: to.value, source: span.source } : null;
  // An IOU ledger's card: "自 2025-12-10" over "至: 2026-06-10", each a line of its own.
  const lines = fromToLines(view);
  if (lines) disbursement ??= lines.from;
  let due =
    dateFact(view, AGREED_DUE, true) ??
    dateFact(view, DUE_DATE, true) ??
    spanEnd ??
    lines?.to ??
    null;
  // A pawn's renewal (续当) runs from the day the period it renews ends to its own new due date
  // ("到期日期 2026-05-08 · 新到期日期 2026-06-08"): 典当管理办法, "续当期自典当期限或者前一次续当期限
  // 届满日起算".
  const renewedTo = dateFact(view, /^(?:新|续当)到期(?:日期|日)$/);
  if (renewedTo && due && renewedTo.value > due.value) {
    contract = disbursement = due;
    due = renewedTo;
  }
  let firstDue = dateFact(view, FIRST_DUE_DATE);
  for (const s of view.sentences) {
    const t = s.text.normalize('NFKC');
    const span = /[自由]\s*(\S+?)\s*起\s*至\s*(\S+?)\s*止/.exec(t);
    if (span && /借款期限|期限|借款|\d+\s*(?:个月|天|期)/.test(t)) {
      const [from, to] = [dateTokens(span[1] ?? '')[0], dateTokens(span[2] ?? '')[0]];
      if (from) disbursement ??= { value: from.value, source: s.source };
      if (to) due ??= { value: to.value, source: s.source };
    }
    // …and an instalment purchase's order date ("下单日 2026-08-03。"): the day it was agreed.
    const signed = /(?:签订日期|下单(?:日期|日|时间))[:：]?\s*(\S+)/.exec(t);
    // …or the day the parties sign: "本协议由以下三方于2026年7月1日签署".
    // …or a statement of the facts that opens with the day: "2025年7月8日，申请人…与被申请人张某签订
    // 《借款合同》".
    const signedOn =
      /于\s*(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}-\d{1,2}-\d{1,2})\s*(?:\d{1,2}时(?:\d{1,2}分)?(?:\d{1,2}秒)?[，,]?\s*)?(?:在[^，。；,;]{1,16}?)?(?:确认)?(?:签署|签订|订立)/.exec(
        t,
      ) ??
      /^(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*[，,][^。；;]{0,40}?(?:签署|签订|订立)\s*(?:了)?\s*《[^》]{0,16}(?:合同|协议|借条)》/.exec(
        t,
      );
    const sd = signed
      ? dateTokens(signed[1] ?? '')[0]
      : signedOn
        ? dateTokens(signedOn[1] ?? '')[0]
        : undefined;
    if (sd) contract ??= { value: sd.value, source: s.source };
    // In running text: "借款日期2026年3月1日", "放款日期 2026-06-15", "借款日2026-03-12", and the
    // repayment date of a single repayment "于2026年9月1日一次性归还".
    // …and "借款自放款日（2026年02月28日）起算", the day in brackets.
    const lent =
      /(?:放款日期|放款日|借款日期|借款日|起息日|发放日)[:：为]?\s*[（(]?([^，。；,;]+)/.exec(t);
    const ld = lent ? dateTokens(lent[1] ?? '')[0] : undefined;
    if (ld && ld.index === 0) disbursement ??= { value: ld.value, source: s.source };
    // "本项目已于2026年4月10日放款": the day before the word; "您于2026年4月8日在嘉沅借平台借款
    // 5,000.00 元": the day the borrower borrowed.
    // …"已于2025年10月18日成功发放至尾号3371账户": a bank's 放款成功 message;
    // …"客户于2026年7月1日办理垫资300,000.00元": the day the money was advanced; a 催收通知书's
    // "你（单位）于2025年09月12日在我机构贷款伍万（大写）元": the day the loan it chases was made.
    const paid =
      /于\s*(\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?)\s*(?:(?:成功)?(?:放款|发放)|完成放款|办理(?:垫资|借款|贷款)|在[^，。；,;]{1,16}?(?:借款|贷款)(?=\s*(?:人民币|[¥￥]|\d|[壹贰叁肆伍陆柒捌玖拾])))/.exec(
        t,
      );
    // "假设2026年6月20日他通过手机银行申请岚e贷，获批并放款120,000元": the day that opens the clause
    // in which the sum is paid out.
    const opened =
      /^(?:假设|假如|比如|例如)?(\d{4}年\d{1,2}月\d{1,2}日)(?:[^，。；,;还]{0,24}[，,])?[^，。；,;还]{0,12}?(?:获批并|获批后|并|当天|当日)?放款(?:人民币)?[¥￥]?\d/.exec(
        compactText(t),
      );
    // "借款本金 9,000.00 元，2026-02-10 放款，分 12 期": the day written just before the word (not
    // "按2026-07-12放款测算", the day a plan's estimate assumes; nor a restructure's "原借款…，
    // 2025-09-28放款，逾期87天", the day the old loan was made).
    const written =
      /(?<![按以假设如]\s*)(\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?)\s*(?:放款|发放)(?![日金额时前后]|测算|试算|计算)/.exec(
        t,
      );
    const original = (x: string): boolean => /原(?:借款|贷款|合同|欠款|债务)/.test(x);
    const on =
      written &&
      !original(t.slice(0, written.index)) &&
      !view.facts.some((f) => f.block === s.block && original(f.key))
        ? written
        : null;
    const pd =
      (paid ?? opened ?? on) ? dateTokens((paid ?? opened ?? on)?.[1] ?? '')[0] : undefined;
    if (pd) disbursement ??= { value: pd.value, source: s.source };
    // A bank's 放款成功 message: "…每期还款4,248.36元，首期还款日2025年11月18日，此后每月18日…".
    // (…or the date in brackets after 首期: "首期（2026-05-22）应还2,283.33元".)
    const first = /首期(?:还款日[:：为]?|[（(](?=\d{4}))\s*(\S+)/.exec(t);
    const fd = first ? dateTokens(first[1] ?? '')[0] : undefined;
    if (fd && fd.index === 0) firstDue ??= { value: fd.value, source: s.source };
    const repay = /(?:到期日|于)[:：为]?\s*(\S+?)\s*(?:前)?(?:一次性)?(?:归还|偿还|还清)/.exec(t);
    const rd = repay ? dateTokens(repay[1] ?? '')[0] : undefined;
    if (rd) due ??= { value: rd.value, source: s.source };
    // "期限15天，2026年7月16日到期": the day it falls due, in the sentence that gives the loan.
    const ends =
      /(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}-\d{1,2}-\d{1,2})\s*到期(?![日时])/.exec(t);
    const ed = ends && pd ? dateTokens(ends[1] ?? '')[0] : undefined;
    if (ed) due ??= { value: ed.value, source: s.source };
  }
  disbursement ??= paidOutInLog(view);
  const disbursementShown = disbursement !== null;
  contract ??= disbursement;
  disbursement ??= contract;
  // (A day of signing read only from the signature block is not taken for the day the money
  // moved: a broker's contract is signed before the loan, an IOU's may be written after it.)
  contract ??= signedUnder(view);
  return { contract, disbursement, due, firstDue, disbursementShown };
}

/**
 * An IOU app's 交易记录: "2026-03-01 | 10:15 | 借出 | 10000.00元", the day the money went out. Only
 * the first such entry (a log lists the loan before any repayment or extension).
 */
function paidOutInLog(view: View): Found<string> | null {
  const blocks = view.raw.blocks;
  for (let i = 0; i < blocks.length; i++) {
    const text = blocks[i]?.text.trim() ?? '';
    if (!/^(?:借出|出借|放款|放款成功|已放款|到账)$/.test(text)) continue;
    const amount = blocks[i + 1]?.text ?? '';
    // (…or a grid's 交易类型 cell, its amounts in columns the kit draws apart: "2026-02-10 | 系统 |
    // 放款 | 合同金额入账" in a loan's 借款流水.)
    const cell = IN_TABLE_CELL.test(blocks[i]?.locator ?? '');
    if (!cell && !/^\s*[¥￥]?\s*[\d,]+(?:\.\d{1,2})?\s*元?\s*$/.test(amount)) continue;
    for (const b of blocks.slice(Math.max(0, i - 3), i).reverse()) {
      const d = dateTokens(b.text)[0];
      if (d && d.index === 0)
        return { value: d.value, source: sourceOf(view.raw, i, `${b.text} ${text} ${amount}`) };
    }
  }
  return null;
}
