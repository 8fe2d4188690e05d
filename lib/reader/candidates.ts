/**
 * The first pass: every figure that could play a role in the loan, with its quote, place,
 * prominence and a role guess by meaning (lexicon.ts). Nothing is chosen here; interpret.ts picks
 * the reading whose figures agree. A figure inside an option the borrower did not choose, or a
 * term value that enumerates several options ("6个月、12个月、24个月"), is set aside with the reason.
 */
import { Decimal } from '@/lib/finance/decimal';
import { subtractMoney, sumMoney } from '@/lib/finance/money';
import type { RawControl } from '@/lib/model/extraction';
import type { RejectedCandidate } from '@/lib/model/reading';
import type { Source, Unreadable } from '@/lib/model/terms';
import { moneyTokens } from '@/lib/parse/money';
import { dateTokens, withoutDates } from '@/lib/parse/date';
import { compactText } from '@/lib/parse/normalize';
import { findTerm, parseTerm, type Term } from '@/lib/parse/term';
import { type Fact, labelKey, type View } from './facts';
import { isPayoffPart } from './payoff-quote';
import { TODAY_DATED } from './paid-at-the-till';
import {
  APPLY_ACTION,
  CONTACT_OFFER,
  conceptOf,
  EXAMPLE,
  METHOD_LABEL,
  MORE_OPTIONS,
  NARRATIVE,
  PROSE,
  SPOKEN_LOAN,
  SPOKEN_NOT,
  TIME_LEFT,
} from './lexicon';
import {
  instalmentParts,
  isAmountRange,
  leadingMoney,
  notAnAmountLent,
  writtenSum,
} from './money-facts';

export interface Candidate<T> {
  value: T;
  source: Source;
  /** Font size of the value: a headline figure outranks a line of fine print. */
  fontSize: number;
  /** Reading order: earlier candidates win ties. */
  order: number;
  /** `unlabelled`: an amount field with no label of its own, kept only where the arithmetic agrees. */
  origin: 'label' | 'prose' | 'option' | 'unlabelled';
  /** Inside the option the borrower chose (a checked radio, an active chip). */
  chosen: boolean;
  /** Worked out from other figures of the page (a price less its down payment, financed.ts). */
  derived?: true;
}

export interface Candidates {
  principal: Candidate<string>[];
  received: Candidate<string>[];
  term: Candidate<Term>[];
  'per-period': Candidate<string>[];
  'total-repaid': Candidate<string>[];
  'total-interest': Candidate<string>[];
  rejected: RejectedCandidate[];
  unreadable: Unreadable[];
}

/** A checkout's pay-in-full option: "一次付清 · 全款 ¥4,800.00". */
const PAY_IN_FULL = /^(?:全款|一次付清)/;
/** A row that opens with a charge for paying late or a fee ("逾期违约金", "服务费"). */
const CHARGE_ROW = /^[\u4e00-\u9fa5]{0,6}(?:罚息|违约金|滞纳金|费|费用)$/;
/** The fields of a payout record (放款凭证): its time, state or way. */
const PAYOUT_FIELD = /^放款(?:时间|日期|状态|方式|结果|流水号?)$/;
/** A repayment record's own fields: its transaction number (流水号, 交易单号), a 还款时间 to the minute. */
const REPAYMENT_RECORD = /流水号?$|^交易(?:单)?号$/;
const REPAYMENT_TIME = /^(?:还款|交易|入账|扣款)时间$/;
/** An approved line (审批额度, 获批额度), a loan record's 贷款额度 ("贷款额度 50000.00 · 贷款状态
 *  已放款"), or a collection case's 欠款本金 or a record's 本次未还本金 (all of it, where nothing was
 *  repaid — 先息后本 before its end): a candidate amount only, kept where the arithmetic agrees. */
const APPROVED_LINE =
  /^(?:审批|获批|批核|核准|授信审批)(?:通过)?额度$|^(?:贷款|借款)额度$|^欠款本金$|^(?:借款|贷款)本金余额$|^(?:本次|本笔|当前)?未还本金$/;

/** A checkout's amount to pay (收银台 · 应付金额 ￥3,600.00): the price the instalments finance, where
 *  the plan's arithmetic agrees (a bill's 应付金额 is what is due, not what was lent). */
const ORDER_DUE = /^(?:应付|待付|需付)(?:金额|总额)$/;
/** "原借款金额 6,000.00" on an overdue slip: this loan's amount as first lent — or, on a restructure,
 *  the old loan's; the page's arithmetic decides. */
const ORIGINAL = /^原(?:借款|贷款)(?:金额|本金)$/;
/** "服务费 ￥151.20（从提前收款金额中扣除）": the amount a fee is taken from, by the name the page gives
 *  it — the amount lent, whatever that name, where the page's subtraction agrees (the amount less
 *  the fees is what arrives). */
const DEDUCTED_FROM = /从([\u4e00-\u9fa5]{2,10}?)中(?:一次性)?(?:扣除|扣收|扣减|扣取|扣)/g;
/** "按提前收款金额从账户余额中扣回": the amount under a label is what is taken back. */
const REPAID_AS = /按([\u4e00-\u9fa5]{2,10}?)(?:从[\u4e00-\u9fa5]{2,8}中)?(?:扣回|归还|偿还)/g;

/** An enumeration of options: "6个月、12个月、24个月", "3/6/12期", "3期 6期 12期". */
// "12月、18月、24月": a product's choices, the month written without 个.
const ENUMERATION =
  /\d\s*(?:个月|月|期|天|元)?\s*[、/|｜或至~～-]\s*\d|\d\s*(?:个月|月|期|天)\s+\d/;

function optionState(
  block: number,
  view: View,
  options: RawControl[],
): 'chosen' | 'unchosen' | 'none' {
  const text = view.raw.blocks[block]?.text;
  if (!text) return 'none';
  const holders = options.filter((o) => o.label.includes(text));
  if (holders.length === 0) return 'none';
  // The smallest option holding the text decides (a card inside a chosen section).
  const smallest = holders.reduce((a, b) => (b.label.length < a.label.length ? b : a));
  // A figure the page shows again outside the option ("全额还款 ¥3,286.40" among the choices, "分期金额
  // ¥3,286.40" in the chosen plan's details): only the run nearest the option's control is its.
  const twins = view.raw.blocks.filter((b) => b.text === text);
  const nearness = (locator: string): number => sharedSteps(locator, smallest.locator);
  const own = nearness(view.raw.blocks[block]?.locator ?? '');
  if (twins.some((b) => nearness(b.locator) > own)) return 'none';
  return smallest.checked ? 'chosen' : 'unchosen';
}

/** How many steps two element locators ("#app > div:nth-of-type(2) > …") share from the root. */
function sharedSteps(a: string, b: string): number {
  const x = a.split(' > ');
  const y = b.split(' > ');
  let n = 0;
  while (n < x.length && n < y.length && x[n] === y[n]) n++;
  return n;
}

/** "还款分期月数 6", "借款天数 14": the label carries the unit the bare figure lacks. */
function termFromLabel(key: string, value: string): Term | null {
  const n = /^\s*(\d{1,4})\s*$/.exec(value.normalize('NFKC'))?.[1];
  if (n === undefined) return null;
  const count = Number(n);
  if (count <= 0) return null;
  // "借款期限（月） 12", "借款期限(天) 14": the unit in brackets after the label.
  if (/天数|日数|天$|[(（](?:天|日)[)）]$/.test(key))
    return count <= 3650 ? { months: null, days: count, periods: false } : null;
  if (/月数|期数|期次$|期$|月$|分期$|[(（](?:月|个月|期)[)）]$/.test(key))
    return count <= 600 ? { months: count, days: null, periods: /期/.test(key) } : null;
  return null;
}

type Base = Omit<Candidate<unknown>, 'value'>;

/** Separators between the parts of a summary line or a card (not a thousands comma). */
// (…and a sentence's end: "事由: 资金周转。本金10000元，月息2分，借期6个月".)
const SEGMENT = /\s*[·•｜|]\s*|,(?!\d{3})\s*|(?<!\d),\s*|[；;。]\s*|\s{2,}/;

/** `n` instalments of `each` make `whole`, give or take a cent each (a last one rounded apart). */
function sumsTo(each: string, n: number, whole: string): boolean {
  return new Decimal(each).times(n).minus(whole).abs().lte(new Decimal('0.01').times(n));
}

/**
 * Label + value segments of one run: "借款金额 9,000.00元", "每期 1,362.38元", "年化利率15.6%" (rates
 * are read by rates.ts), and a bare term "12期" when the run is a summary line or an option card.
 */
function readSegments(text: string, out: Candidates, base: Base, isOption = false): void {
  const t = text.normalize('NFKC').trim();
  const parts = t
    .split(SEGMENT)
    .flatMap((p) => p.split(/\s+(?=[^\d\s:：¥￥]{2,14}(?:\s*[:：]\s*|\s+)[¥￥]?\s*\d)/))
    // "首付35940元 贷款83860元 月供2494.58元 36期": labels glued to their figures, one after another,
    // and the periods last.
    .flatMap((p) =>
      /\d\s*元\s+[\u4e00-\u9fa5]{2,6}\s*[¥]?\d/.test(p)
        ? p.split(/(?<=\d\s*元)\s+(?=[\u4e00-\u9fa5]{2,6}\s*[¥]?\d|\d{1,3}\s*期$)/)
        : [p],
    )
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length === 0 || parts.length > 12) return;
  const summary = parts.length >= 2 || isOption;
  const push = <T>(list: Candidate<T>[], value: T): void => {
    const c = { ...base, value };
    if (isOption) list.unshift(c);
    else list.push(c);
  };
  // An option written "6期（￥418.00/期）": its periods and what each one costs — also without
  // "/期" when the sum follows the periods alone ("12期 ¥1,829.51(含寿险金额¥30.00)", a term
  // picker's radio): a picker's sum beside its term is the instalment, unless it says it is a whole.
  const each = isOption
    ? (/(\d{1,3})\s*期\s*[(（]?\s*[¥]\s*([\d,]+(?:\.\d{1,2})?)\s*(?:元)?\s*\/\s*期/.exec(t) ??
      (/总|共|合计|利息|手续费|服务费/.test(t.replace(/[(（][^)）]*[)）]/g, ''))
        ? null
        : /^(\d{1,3})\s*期\s*[¥]\s*([\d,]+\.\d{2})\s*(?:元)?(?:\s*[(（][^)）]*[)）])?$/.exec(t)))
    : null;
  // "6期 ¥838.40 合计：¥5,030.40": the instalment, then the whole it makes over the periods.
  const whole = isOption
    ? /^(\d{1,3})\s*期\s*[¥]\s*([\d,]+\.\d{2})\s*元?\s*(?:合计|总计|共计|总额)\s*[:：]?\s*[¥]?\s*([\d,]+\.\d{2})/.exec(
        t,
      )
    : null;
  const x = whole?.[2] ? leadingMoney(`${whole[2]}元`) : null;
  const y = whole?.[3] ? leadingMoney(`${whole[3]}元`) : null;
  if (whole?.[1] && x !== null && y !== null && sumsTo(x, Number(whole[1]), y)) {
    push(out['per-period'], x);
    push(out['total-repaid'], y);
    push(out.term, { months: Number(whole[1]), days: null, periods: true });
    return;
  }
  if (each?.[1] && each[2]) {
    const v = leadingMoney(each[2]);
    if (v !== null) {
      push(out['per-period'], v);
      push(out.term, { months: Number(each[1]), days: null, periods: true });
      return;
    }
  }
  // A plan written as its periods times each instalment: "首付20% 6 期 X 424.00元/月".
  const plan =
    /(\d{1,3})\s*期\s*[×xX*]\s*[¥]?\s*([\d,]+(?:\.\d{1,2})?)\s*元?\s*\/\s*(?:月|期)/.exec(t);
  const instalment = plan?.[2] ? leadingMoney(`${plan[2]}元`) : null;
  if (plan?.[1] && instalment !== null) {
    push(out['per-period'], instalment);
    push(out.term, { months: Number(plan[1]), days: null, periods: true });
    return;
  }
  // …or the instalment first, under its label: "月租1806.86元×36期".
  const times = parts
    .map((p) =>
      /^[\u4e00-\u9fa5]{2,6}\s*[:：]?\s*[¥]?[\d,.]+\s*元?\s*[×xX*]\s*(\d{1,3})\s*期$/.exec(p),
    )
    .find((m) => m !== null);
  const bare: Term[] = [];
  let labelled = false;
  for (const part of parts) {
    const m =
      /^([^\d\s:：¥]{2,14}?)\s*[:：]?\s*([\d¥零一二两三四五六七八九十百千万壹贰叁肆伍陆柒捌玖拾佰仟].{0,30})$/.exec(
        part,
      );
    const key = m?.[1] ? labelKey(m[1]) : '';
    const role = m ? conceptOf(key) : null;
    if (m?.[2] && role !== null) {
      labelled = true;
      if (role === 'term') {
        const v = ENUMERATION.test(m[2]) ? null : (termOf(m[2]) ?? termFromLabel(key, m[2]));
        if (v) push(out.term, v);
      } else {
        // "每月还款 2543~2459 元": an estimate's range is no one figure, whatever its role.
        // (Nor is "本金¥547.73+手续费¥24.65" an amount lent: a plan row's parts, see below.)
        const v =
          isAmountRange(m[2]) || (role === 'principal' && instalmentParts(m[2]))
            ? null
            : leadingMoney(m[2]);
        if (v !== null) push(out[role], v);
      }
      continue;
    }
    // A bare "12期" is the term only as a short part of a card or of a line with labelled figures.
    // (…its gloss aside: a chip "24期（0息）".)
    const short = part.replace(/[(（][^)）]{1,10}[)）]$/, '');
    if (summary && short.length <= 6 && !ENUMERATION.test(short)) {
      const whole = parseTerm(short);
      if ('value' in whole) bare.push(whole.value);
    }
  }
  if (isOption || labelled) for (const t of bare) push(out.term, t);
  if (labelled && times?.[1])
    push(out.term, { months: Number(times[1]), days: null, periods: true });
}

function termOf(value: string): Term | null {
  // "贷款期限最长达5年", "期限不超过36个月": the longest a product allows, no loan's term.
  if (/最长|最短|最多|长达|可达|不超过/.test(value)) return null;
  // The value as written first ("1期（30天）" is 30 days, parse/term.ts), then without its glosses.
  const whole = parseTerm(value);
  if ('value' in whole) return whole.value;
  const clean = value.replace(/[(（][^)）]*[)）]/g, '');
  const p = parseTerm(clean);
  if ('value' in p) return p.value;
  // "2026-08-12（72天）": the term in brackets beside the due date.
  return findTerm(clean) ?? findTerm(withoutDates(value));
}

/**
 * A schedule row highlighted as the current one ("5/12期 2026.06.15 732.98 本金 651.19 本期待还",
 * "6 ¥1846.67 本金1666.67+服务费180.00") is a row of the plan, not an option the borrower chose.
 */
const SCHEDULE_ROW =
  /\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}|\d+\s*\/\s*\d+\s*期|第\s*\d+\s*期.*\d+\.\d{2}|本金\s*[\d,]+(?:\.\d+)?\s*[+＋]/;

/** The fact just above `f` on the page is the whole loan's total repaid, not one period's. */
function underLoanTotal(facts: readonly Fact[], f: Fact): boolean {
  const before =
    facts.reduce<Fact | null>(
      (last, g) => (g.block < f.block && (last === null || g.block > last.block) ? g : last),
      null,
    )?.key ?? '';
  return conceptOf(before) === 'total-repaid' && !/本期|当期|每期|每月|月供/.test(before);
}

/** "到期一次性还2014元", "一次性还本付息共计5,300.00元": a one-sum repayment with its figure. */
const REPAID_AT_ONCE =
  /^(?:到期)?一次性(?:还款|还清|偿还|归还|还本付息|还)(?:本息)?(?:共计|合计|共)?[:：]?([¥￥]?\d[\d,]*(?:\.\d+)?元)$/;

/** A repayment method that says what each month repays: "每月工资代扣2,000.00元", "每月还款1,060元". */
const REPAID_EACH_MONTH =
  /^每(?:月|期)[\u4e00-\u9fa5]{0,6}?(?:还款?|扣|代扣|扣回|扣还|支付|偿还|归还)[:：]?\s*([¥￥]?\d[\d,]*(?:\.\d+)?元)$/;

const ROLES = [
  'principal',
  'received',
  'term',
  'per-period',
  'total-repaid',
  'total-interest',
] as const;
/** Roles whose figure is one per loan, never one per period. */
const ROW_PARTS: ReadonlySet<string> = new Set(['principal', 'total-interest', 'total-repaid']);

function emptyCandidates(): Candidates {
  return {
    principal: [],
    received: [],
    term: [],
    'per-period': [],
    'total-repaid': [],
    'total-interest': [],
    rejected: [],
    unreadable: [],
  };
}

/** A bracket, not a value: "1-3万元", "30天以内", "3万元以上", "1万元以下". */
const BRACKET =
  /^\d+(?:\.\d+)?\s*[-~～至到]\s*\d+(?:\.\d+)?\s*(?:万元|元|万|天|个月|月|年|期)$|^\d+(?:\.\d+)?\s*(?:万元|元|万|天|个月|月|年|期)\s*(?:以内|以上|以下)$/;

export function collectCandidates(view: View, controls: RawControl[]): Candidates {
  const options = controls.filter((c) => c.kind === 'radio' && !SCHEDULE_ROW.test(c.label));
  const out = emptyCandidates();
  const fontOf = (block: number): number => view.raw.blocks[block]?.fontSize ?? 0;

  // A bare "金额（元）" on a page about borrowing (借条, 借款) is the amount borrowed.
  const borrowing = /借条|借款|贷款|出借/.test(view.all);
  // A label that comes back with other values ("本金金额：766.80 元", "本金金额：778.30 元") is a
  // field of each row of a plan written as cards, not a figure of the whole loan.
  // Three cards whose parts round alike ("本金：1666.67", "1666.67", "1666.66") are rows all the same.
  const values = new Map<string, Set<string>>();
  const times = new Map<string, number>();
  const shapes = new Map<string, Set<string>>();
  for (const f of view.facts) {
    // A header read as a pair, one label the other's value ("借入金额 | 借款期限"), holds no value;
    // one amount written twice ("5000元" in the list, "5000.00元" in the trial under it) is one.
    // (…or names its unit as headers do: "借款金额（元） | 预扣款（元）".)
    if (
      !/\d/.test(f.value) &&
      (conceptOf(labelKey(f.value)) !== null || /[(（]元[)）]$/.test(f.value.trim()))
    )
      continue;
    const v = leadingMoney(f.value) ?? f.value;
    values.set(f.key, (values.get(f.key) ?? new Set()).add(v));
    times.set(f.key, (times.get(f.key) ?? 0) + 1);
    shapes.set(f.key, (shapes.get(f.key) ?? new Set()).add(templateShape(f.source.locator)));
  }
  // Only the parts of a row: a term ("期限：3个月" under a plan, its payout and its extension
  // "期限：1个月15天") or a card's 应还总额 (1132.00, and 1178.00 where a late charge is added) keeps
  // the old test, three different values.
  // Two cards of one template ("本金: 972.85 · 利息: 66.00", "本金: 983.55 · 利息: 55.30", the rest
  // folded away) are rows too: the label and another of the card come back together, in the same
  // place of each (a form that asks for 贷款额 twice, in figures and in words, is no card).
  const oneTemplate = (key: string): boolean =>
    shapes.get(key)?.size === 1 &&
    [...times].some(
      ([other, n]) =>
        other !== key &&
        n === times.get(key) &&
        shapes.get(other)?.size === 1 &&
        /利息|本金|应还|费(?:用)?$/.test(other),
    );
  const rowField = (key: string, role: string): boolean => {
    const distinct = values.get(key)?.size ?? 0;
    const part = role === 'principal' || role === 'total-interest';
    const n = times.get(key) ?? 0;
    // …and so are three or more cards of one template with one 本金 in all (等额本金: "本金：1300"
    // on every row, its 利息 falling beside it).
    return (
      distinct >= 3 ||
      (part && distinct >= 2 && (n >= 3 || oneTemplate(key))) ||
      (part && n >= 3 && oneTemplate(key))
    );
  };
  const deductedFrom = new Set(
    [...view.all.matchAll(DEDUCTED_FROM)].map((m) => m[1] ?? '').filter((k) => /金额$/.test(k)),
  );
  // "届时未确认的订单按提前收款金额从账户余额中扣回": what is taken back is the amount under that
  // label — the one repayment, where the page states no interest to add to it.
  const repaidAs = new Set(
    [...view.all.matchAll(REPAID_AS)].map((m) => m[1] ?? '').filter((k) => /金额$/.test(k)),
  );
  view.facts.forEach((f: Fact, order) => {
    // "还款方式 | 到期一次性还2014元": the method says what is repaid, in one sum; "还款方式 | 每月工资
    // 代扣2,000.00元", what each month repays.
    for (const [said, role] of [
      [REPAID_AT_ONCE, 'total-repaid'],
      [REPAID_EACH_MONTH, 'per-period'],
    ] as const) {
      const m = METHOD_LABEL.test(f.key) ? said.exec(compactText(f.value)) : null;
      const value = m?.[1] ? leadingMoney(m[1]) : null;
      if (value !== null && optionState(f.block, view, options) !== 'unchosen')
        out[role].push({
          value,
          source: f.source,
          fontSize: fontOf(f.block),
          order,
          origin: 'label',
          chosen: false,
        });
    }
    // …and on an IOU, so is what the borrower owes under it (欠款金额).
    const owed = f.key === '欠款金额' && /借条|欠条|借款方|出借方|出借人/.test(view.all);
    // …and so is the principal within the loan's total ("共需还款 13501.83元 · 含本金：12000.00"),
    // not one period's ("还款金额 51,185.94 · 其中本金 49,725.47").
    const withinTotal = /^(?:其中|含)本金$/.test(f.key) && underLoanTotal(view.facts, f);
    // …and a payout record's bare 金额 ("放款时间 2025-09-14 · 放款状态 放款成功 · 金额 10,800") is
    // what was paid out: principal less what was kept back, which the page's figures check.
    const paidOut =
      f.key === '金额' &&
      view.facts.slice(Math.max(0, order - 3), order).some((g) => PAYOUT_FIELD.test(g.key));
    // …but a repayment record's ("流水号 RP2606… · 金额 1725.00 · 还款时间 2026-06-12") is what was
    // repaid that day, no amount lent.
    const repaid =
      f.key === '金额' &&
      view.facts
        .slice(Math.max(0, order - 2), order + 3)
        .some(
          (g) =>
            g !== f &&
            (REPAYMENT_RECORD.test(g.key) ||
              (REPAYMENT_TIME.test(g.key) && /\d{1,2}:\d{2}/.test(g.value))),
        );
    const role = paidOut
      ? 'received'
      : (conceptOf(f.key) ??
        ((f.key === '金额' && borrowing && !repaid) || owed || withinTotal ? 'principal' : null));
    // "审批额度 30000.00元" on an approval card: an approved line may be the loan's amount, or only
    // a limit; it is the amount only where the page's figures agree with it.
    const approved = leadingMoney(f.value);
    if (
      role === null &&
      (APPROVED_LINE.test(f.key) ||
        ORDER_DUE.test(f.key) ||
        ORIGINAL.test(f.key) ||
        deductedFrom.has(f.key)) &&
      approved !== null &&
      !isAmountRange(f.value)
    )
      out.principal.push({
        value: approved,
        source: f.source,
        fontSize: fontOf(f.block),
        order,
        origin: 'unlabelled',
        chosen: false,
      });
    const asRepaid = repaidAs.has(f.key) ? leadingMoney(f.value) : null;
    if (asRepaid !== null)
      out['total-repaid'].push({
        value: asRepaid,
        source: f.source,
        fontSize: fontOf(f.block),
        order,
        origin: 'unlabelled',
        chosen: false,
      });
    if (role === null) return;
    // The parts of a quote to pay off early, under its sum: what is left of the loan today.
    if (isPayoffPart(view.facts, order)) {
      out.rejected.push({ role, value: f.value, quote: f.source.text, reason: 'payoff-quote' });
      return;
    }
    // …and a plan's 本期应还合计 on each of its cards is no total of the loan.
    if (
      (role === 'principal' ||
        role === 'term' ||
        role === 'total-repaid' ||
        role === 'total-interest') &&
      rowField(f.key, role)
    ) {
      out.rejected.push({ role, value: f.value, quote: f.source.text, reason: 'plan-row' });
      return;
    }
    // "借款本金 | 出借人实际出借的金额，例如100,000元": a help text's example, not this loan's.
    if (/例如|比如|举例|譬如/.test(f.value)) {
      out.rejected.push({ role, value: f.value, quote: f.source.text, reason: 'enumeration' });
      return;
    }
    const state = optionState(f.block, view, options);
    // (The pay-in-full option, not chosen, still prices what the chosen instalments finance.)
    if (state === 'unchosen' && !(role === 'principal' && PAY_IN_FULL.test(f.key))) {
      out.rejected.push({
        role,
        value: f.value,
        quote: f.source.text,
        reason: 'unselected-option',
      });
      return;
    }
    const base = {
      source: f.source,
      fontSize: fontOf(f.block),
      order,
      origin: 'label' as const,
      chosen: state === 'chosen',
    };
    if (role === 'term') {
      // A date is no list of options ("借款时长 2026-08-12（72天）": the due date and its days).
      const undated = withoutDates(compactText(f.value));
      if (ENUMERATION.test(undated)) {
        out.rejected.push({ role, value: f.value, quote: f.source.text, reason: 'enumeration' });
        return;
      }
      if (TIME_LEFT.test(undated)) return;
      // "借款期限 [12 ▾] 月": the unit in the run after a bare figure.
      // …or in a field of its own: "贷款期限类型 月 · 贷款期限 12".
      // …or in a note: "借款期限单位为天".
      const unit =
        view.facts.find((u) => /期限(?:类型|单位)$/.test(u.key))?.value.trim() ??
        /期限(?:的)?单位(?:为|是)[:：]?(天|日|个月|月|年)/.exec(view.all)?.[1];
      const bare = /^\s*\d{1,4}\s*$/.test(f.value);
      const t =
        termOf(f.value) ??
        termFromLabel(f.key, f.value) ??
        (bare ? termOf(compactText(f.near)) : null) ??
        (bare && unit && /^(?:月|个月|天|日|年)$/.test(unit)
          ? termOf(`${f.value.trim()}${unit}`)
          : null);
      if (t) out.term.push({ ...base, value: t });
      // A header row read as a pair ("期数 | 还款日") holds no term to be unreadable, nor does a
      // date under a label that may also name a time ("借款时间 2026-06-01 10:20:31").
      // …nor a bill's 当期 ("当期 862.40"), the current period rather than a pawn's term.
      else if (
        f.key !== '当期' &&
        /[\d一二两三四五六七八九十]/.test(undated.replace(/\d{1,2}:\d{2}(?::\d{2})?/g, ''))
      )
        out.unreadable.push({ label: f.label, text: f.value, reason: 'term not readable' });
      return;
    }
    // "借款金额 | 您当前可借款额度50000元": a hint of the limit under the label, not the amount.
    // "还款计划 | 借款金额10,000.00元，分12期…": the figure is under another label of its own.
    const inner = /^([\u4e00-\u9fa5]{2,8})\s*[:：]?\s*[¥￥]?\s*\d/.exec(compactText(f.value))?.[1];
    const innerRole = inner === undefined ? null : conceptOf(inner);
    // (Parts of a written sum, "利息 90.00 + 综合费 432.00 = 522.00 元", "本金:500.00元 + 服务费:27.00元
    // = 527.00元", are the label's own.)
    if (
      (innerRole === 'principal' || innerRole === 'received' || innerRole === 'term') &&
      innerRole !== role &&
      writtenSum(f.value) === null
    )
      return;
    if (role === 'principal' && /可借|额度|最高|最多|上限/.test(f.value)) {
      out.rejected.push({ role, value: f.value, quote: f.source.text, reason: 'enumeration' });
      return;
    }
    if (isAmountRange(f.value)) {
      out.rejected.push({ role, value: f.value, quote: f.source.text, reason: 'enumeration' });
      return;
    }
    // "金额：人民币(大写) | 叁拾万元整": the figure is in the run after the words that say how it
    // is written.
    const v =
      leadingMoney(f.value) ??
      // …and "贷款总额 | 65.9% | 84000.00元" on a quote sheet: the share of the price, then the
      // amount.
      (/^\s*(?:人民币)?\s*[(（]\s*[大小]写\s*[)）]\s*[:：]?\s*$|^\s*\d{1,3}(?:\.\d{1,2})?\s*%\s*$/.test(
        f.value,
      )
        ? leadingMoney(f.near)
        : null);
    if (v === null) {
      // "提现金额 -5,000.00", "结算金额 +1,386.00": a shop account's flow, money out or in, is no
      // amount lent, and no amount that could not be read either (page 2694).
      if (/^\s*[-−+＋]\s*[¥￥]?\s*\d/.test(f.value))
        out.rejected.push({ role, value: f.value, quote: f.source.text, reason: 'ledger-entry' });
      // "金额 | 金额(RMB)": two column headers side by side, no field left unread.
      else if (
        /^[\u4e00-\u9fa5]{0,8}(?:金额|本金)(?:[(（][^)）]{1,6}[)）])?$/.test(compactText(f.value))
      )
        return;
      else if (role === 'principal' || role === 'received')
        out.unreadable.push({ label: f.label, text: f.value, reason: 'amount not readable' });
      return;
    }
    if (role === 'principal' && notAnAmountLent(v, f.value)) return;
    // "本金 | ￥613.44+利息￥152.00": a plan row's parts add up to its instalment, not the amount lent.
    if (role === 'principal' && instalmentParts(f.value)) return;
    out[role].push({ ...base, value: v });
    // "月供 ¥364.80 * 18期", "¥180.00 元 × 24期": the instalment times the number of periods.
    const after = view.raw.blocks
      .slice(f.block, f.block + 3)
      .map((b) => b.text)
      .join('');
    // …or with the periods in brackets after it: "月供 ￥636.00 （12期）".
    const times = /^[^×xX*(（]{0,16}(?:[×xX*]|[(（]\s*(?:共|分)?)\s*(\d{1,3})\s*期/.exec(
      compactText(after.includes(f.value) ? after.slice(after.indexOf(f.value)) : f.value),
    );
    // …and an amount lent with its periods after a slash: "借款金额（元） 20,000.00 | / 12期 等额本息".
    const over =
      role === 'principal'
        ? /^[\d,.¥￥元\s]{0,16}[/／]\s*(\d{1,3})\s*期(?![\d/])/.exec(
            compactText(after.includes(f.value) ? after.slice(after.indexOf(f.value)) : f.value),
          )
        : null;
    const periods =
      (role === 'per-period' && times?.[1] ? Number(times[1]) : 0) || Number(over?.[1] ?? 0);
    if (periods >= 2)
      out.term.push({ ...base, value: { months: periods, days: null, periods: true } });
  });

  // Runs that hold their own labels: "月供 888.49元", or a summary line "借款金额 9,000.00元 · 12期 ·
  // 等额本息 · 年化利率15.6%". Each segment is read as label + value, a bare "12期" as the term.
  // Skip only runs already read as a labelled figure; a run the layout paired with a heading
  // ("白桦借 · 选择还款计划" | "借款金额 15,000.00元 · 月利率1.35%") still holds its own labels.
  // A fee's or a rate's value ("账户管理费 | 每期119.50元") is not an instalment either.
  const paired = new Set(
    view.facts
      .filter((f) => conceptOf(f.key) !== null || /费|率|息|权益|会员|保险|保障|额度/.test(f.key))
      .map((f) => f.block),
  );
  // A run paired under a name that is no concept ("车主贷：借100,000.00元，分36期，每期还款3,212.50元"
  // under 其他产品) may describe another product: its figures count only where they agree.
  const underName = new Set(view.facts.map((f) => f.block));
  const segments = emptyCandidates();
  // …nor one under a heading that calls it an example ("分期举例（仅供参考）： 成交价约14.3万元…"),
  // on a page that offers no loan to apply for (with a button to apply, exampleCandidates reads it).
  const examples = new Set(
    offersToApply(view) ? [] : view.facts.filter((f) => EXAMPLE.test(f.key)).map((f) => f.block),
  );
  // …nor a note in the row of a charge ("逾期违约金 | 183.36 | 每期91.68", an item table drawn as
  // positioned runs): its figures are that charge's, not the loan's.
  const inChargeRow = (block: number): boolean => {
    const y = view.raw.blocks[block]?.y ?? NaN;
    let k = block - 1;
    while (k >= 0 && Math.abs((view.raw.blocks[k]?.y ?? NaN) - y) <= 2) k--;
    const opener = k + 1 < block ? compactText(view.raw.blocks[k + 1]?.text ?? '') : '';
    return CHARGE_ROW.test(opener);
  };
  view.raw.blocks.forEach((b, block) => {
    if (paired.has(block) || examples.has(block) || inChargeRow(block)) return;
    const state = optionState(block, view, options);
    if (state === 'unchosen') return;
    const source = { text: b.text, locator: b.locator, finePrint: b.finePrint };
    readSegments(b.text, segments, {
      source,
      fontSize: b.fontSize,
      order: view.facts.length + block,
      origin: underName.has(block) && state !== 'chosen' ? 'prose' : 'label',
      chosen: state === 'chosen',
    });
  });

  // The parts of a plan's cards written in runs of their own ("本金1603.65 | +利息229.95" under
  // each 应还金额): one label with three or more different figures is a field of each row, not a
  // figure of the whole loan, whose principal would otherwise be one period's.
  // (…and one 本金 on three cards or more beside an interest that changes from card to card: the
  // equal principal of each row of 等额本金, "本金¥1,000.00 +利息¥54.00", "本金¥1,000.00 +利息¥45.00".)
  const kinds = (role: (typeof ROLES)[number]): number =>
    new Set((segments[role] as Candidate<unknown>[]).map((c) => JSON.stringify(c.value))).size;
  const equalParts = segments.principal.length >= 3 && kinds('total-interest') >= 3;
  for (const role of ROLES) {
    const found = segments[role] as Candidate<unknown>[];
    if (ROW_PARTS.has(role) && (kinds(role) >= 3 || (role === 'principal' && equalParts)))
      for (const c of found)
        out.rejected.push({
          role,
          value: String(c.value),
          quote: c.source.text,
          reason: 'plan-row',
        });
    else (out[role] as Candidate<unknown>[]).push(...found);
  }
  out.rejected.push(...segments.rejected);
  out.unreadable.push(...segments.unreadable);

  // An amount field with no label of its own (a borrow form's "<label>￥</label><div>6000</div>"
  // under the page title 借款): a principal only where the page's own arithmetic agrees with it.
  const unlabelled: Candidate<string>[] = [];
  const bare = (value: string, source: Source, block: number): Candidate<string> => ({
    value,
    source,
    fontSize: view.raw.blocks[block]?.fontSize ?? 0,
    order: view.facts.length + view.raw.blocks.length + block,
    origin: 'unlabelled',
    chosen: false,
  });
  // …or one under the product's name ("岚屿安薪贷 | ￥50,000.00" atop a loan's detail page): a name
  // says nothing of what the figure is.
  const underProductName = new Set(
    view.facts
      .filter(
        (f) => conceptOf(f.key) === null && !/[额金款费息租价还付收余限欠支存率期]/.test(f.key),
      )
      .map((f) => f.block),
  );
  // The amount a month drawn under the loan's amount in its card ("金额 · 36,000.00 元 |
  // 3,148.25元 / 月"): the instalment.
  const lentAt = new Set(
    out.principal.filter((c) => c.origin === 'label').map((c) => view.facts[c.order]?.block),
  );
  view.raw.blocks.forEach((b, block) => {
    if ((underName.has(block) && !underProductName.has(block)) || paired.has(block)) return;
    const t = b.text.normalize('NFKC').trim();
    const monthly = /^¥?\s*([\d,]+(?:\.\d{1,2})?)\s*元?\s*\/\s*月$/.exec(t)?.[1];
    const each =
      monthly !== undefined && lentAt.has(block - 1) ? leadingMoney(`${monthly}元`) : null;
    if (each !== null)
      out['per-period'].push({
        ...bare(each, { text: t, locator: b.locator, finePrint: b.finePrint }, block),
        origin: 'label',
      });
    const before = view.raw.blocks[block - 1]?.text.normalize('NFKC').trim() ?? '';
    const m = /^(¥)?\s*([\d,]+(?:\.\d{1,2})?)\s*元?$/.exec(t);
    if (!m?.[2] || (m[1] === undefined && before !== '¥')) return;
    // (…not one inside an option: "3期 ¥1,628.80" beside the chosen 6期 is another plan's instalment,
    // and the chosen option's figures are read with it, below.)
    if (optionState(block, view, options) !== 'none') return;
    const v = leadingMoney(`${m[2]}元`);
    // "优惠券 - ¥ 0.00": nothing is no amount lent.
    if (v === null || notAnAmountLent(v, before === '¥' ? `¥${t}` : t)) return;
    unlabelled.push(
      bare(v, { text: `¥${m[2]}`, locator: b.locator, finePrint: b.finePrint }, block),
    );
  });
  // A product's 额度 set to the visitor's pick ("额度 (1000元～5万元) | 10000"): a limit word, so only
  // a guess the page's own arithmetic must bear out, as a bare amount is.
  for (const f of view.facts) {
    // (…and an approval's "审批额度 100,000.00" beside its 批准期数.)
    // (…and a hero amount beside its "全部借出" link, the action to borrow all of the line.)
    if (
      !/^(?:(?:借款|贷款|审批|批准|核准|获批)?额度|全部(?:借出|借款|提现))$/.test(f.key) ||
      isAmountRange(f.value)
    )
      continue;
    const v = leadingMoney(f.value);
    if (v === null) continue;
    unlabelled.push(bare(v, f.source, f.block));
  }
  // An IOU card shows one amount and nothing else to check it by ("借条 | ￥20000.00 | 借款人…"):
  // on an IOU, the one amount without a label is what was borrowed.
  const iou = /借条|欠条/.test(view.all) && unlabelled.length === 1;
  out.principal.push(...unlabelled.map((c) => (iou ? { ...c, origin: 'label' as const } : c)));

  // A chosen chip or card: "12期" with class="active", or a plan card "12期 每期 1,362.38元 ✔ 已选择".
  // (Not a bracket: a quiz's "1-3万元", "1年以内", "3万元以上" chosen to match products, no value.)
  for (const o of options.filter(
    (c) => c.checked && c.label.length <= 80 && !BRACKET.test(c.label.normalize('NFKC')),
  )) {
    const source = { text: o.label, locator: o.locator, finePrint: false };
    const base = { source, fontSize: 0, order: -1, origin: 'option' as const, chosen: true };
    const before = out.term.length + out.principal.length;
    readSegments(o.label, out, base, true);
    // "￥325.00 × 12期 含手续费￥18.40/期": an instalment times its number of periods.
    // (…its 期 said once, before: "12期免息 ¥499.92×12".)
    const said = o.label.normalize('NFKC');
    const times =
      /[¥]?\s*([\d,]+\.\d{2})\s*元?\s*[×xX*]\s*(\d{1,3})\s*期/.exec(said) ??
      /^\d{1,3}\s*期[^¥\d]{0,8}¥\s*([\d,]+\.\d{2})\s*[×xX*]\s*(\d{1,3})(?![\d.])/.exec(said);
    if (times?.[1] && times[2]) {
      const each = leadingMoney(`${times[1]}元`);
      if (each !== null) out['per-period'].unshift({ ...base, value: each });
      out.term.unshift({ ...base, value: { months: Number(times[2]), days: null, periods: true } });
      continue;
    }
    if (out.term.length + out.principal.length > before) continue;
    const v = leadingMoney(o.label);
    // "户外桌椅套装 +¥60/次", "全面保障 +¥150/天": an add-on's price, on top or per use, lends nothing;
    // nor does a phone plan's "129元/月", a price per month, or "129元套餐", named by it.
    const addOn =
      /[+＋]\s*[¥￥]?\s*\d|[¥￥]?\s*\d[\d,.]*\s*元?\s*(?:\/\s*(?:次|天|日|件|份|人|月|年|周)|套餐)/.test(
        o.label,
      );
    if (v !== null && !addOn && /元|¥|万/.test(o.label.normalize('NFKC')))
      out.principal.unshift({ ...base, value: v });
  }

  downPayment(view, out);
  breakdownParts(view, out);
  proseCandidates(view, out);
  // A loan pays out something: "实收金额 0.00" on a bill is what was collected from the borrower so
  // far, never what the borrower received.
  // …nor is a till's "应收金额 ¥2,870.00 · 实收金额 ¥2,870.00" ("订单金额 · 实收金额 · 还需收款"):
  // what the shop collected at the counter (a down payment, fees, the order), due and paid.
  const tillSlip = (c: Candidate<string>): boolean =>
    /^实收/.test(c.source.text) &&
    view.facts
      .slice(Math.max(0, c.order - 3), c.order + 4)
      .some((f) => /^(?:应收(?:金额|合计|总额|款)?|订单金额|还需收款|找零)$/.test(f.key));
  out.received = out.received.filter((c) => new Decimal(c.value).gt(0) && !tillSlip(c));
  // …and an account card's "每月还款 ¥ 0", with no loan running, is no instalment.
  out['per-period'] = out['per-period'].filter((c) => new Decimal(c.value).gt(0));
  return out;
}

/**
 * A shop or car instalment finances the price less the down payment (价款 6,799.00 · 首付金额
 * 1,399.00): that difference is a principal candidate, kept where the page's figures agree.
 */
function downPayment(view: View, out: Candidates): void {
  // "首付比例 20%（12,000元）": the ratio with its amount in brackets.
  // …or a pay-later checkout's first payment, made on the spot ("今天 ¥630.00" over the plan's
  // dated rows): only what is left after it is financed.
  const first = view.facts.find(
    (f) =>
      /^(?:首付(?:金额|款|款金额|款总金额|总金额)?|今天|今日)$/.test(f.key) ||
      (/^首付比例$/.test(f.key) && /元/.test(f.value)),
  );
  const price = view.facts.find((f) =>
    /^(?:价款|价格|商品价格|商品总价|车辆成交价|成交价|订单金额|支付单金额|确认订单|商品金额|合计金额|售价|市场价|服务价格|设备价格)$/.test(
      // "确认订单（含税）": a note in brackets after the name.
      f.key.replace(/[(（][^()（）]*[)）]$/, ''),
    ),
  );
  // (…or under the order's total, "合计（含税） ¥2,396.00", where the plan's other rows add up to
  // it less what is paid today.)
  const total = price
    ? undefined
    : view.facts.find((f) =>
        /^(?:合计|总计|应付总额)$/.test(f.key.replace(/[(（][^()（）]*[)）]$/, '')),
      );
  // ("首付比例 20%（12,000元）": the amount in the ratio's brackets; "5,600.00元（已支付）": its own.)
  const paid = !first
    ? null
    : /^首付比例$/.test(first.key)
      ? leadingMoney(first.value.replace(/^[^(（]*[(（]/, ''))
      : leadingMoney(first.value);
  // "今天 ¥656.50 （含手续费：¥57.50）": the fee paid with it is no part of the price.
  const feeToday = first
    ? /含[\u4e00-\u9fa5]{0,6}费\s*[:：]?\s*[¥￥]?\s*([\d,]+\.\d{2})/.exec(first.near)?.[1]
    : undefined;
  const fee = feeToday === undefined ? null : leadingMoney(`${feeToday}元`);
  const down = paid === null || fee === null ? paid : subtractMoney(paid, fee);
  const whole = leadingMoney((price ?? total)?.value ?? '');
  // A plan whose first row is paid today ("第1期 | 今天（2026-08-03） | ¥85.00 | 已扣款") and whose
  // rows add up to the order's total: the whole is the price the plan pays; the row paid today
  // comes off it later, as a till's first row does (paid-at-the-till.ts).
  if (!first && total && whole !== null && planWithTodayRowSums(view) === whole) {
    out.principal.push({
      value: whole,
      source: total.source,
      fontSize: 0,
      order: view.facts.indexOf(total),
      origin: 'label',
      chosen: false,
    });
    return;
  }
  if (!first || down === null || whole === null || new Decimal(down).isNegative()) return;
  const financed = new Decimal(whole).minus(down);
  if (financed.lte(0) || (total && !new Decimal(restOfPlanAfter(view, first)).eq(financed))) return;
  out.principal.push({
    value: financed.toFixed(2),
    source: {
      ...first.source,
      text: `${(price ?? total)?.source.text ?? ''} − ${first.source.text}`,
    },
    fontSize: 0,
    order: view.facts.indexOf(first),
    origin: 'label',
    chosen: false,
  });
}

/** The sum of a plan's rows when its first is dated today in words (TODAY_DATED); null if none. */
function planWithTodayRowSums(view: View): string | null {
  for (const t of view.raw.tables) {
    if (!t.rows[0]?.some((c) => TODAY_DATED.test(compactText(c))) || t.rows.length < 3) continue;
    const amounts = t.rows.map(
      (r) =>
        r.map((c) => (/[¥￥]|\.\d{2}$/.test(c) ? leadingMoney(c) : null)).find((x) => x !== null) ??
        null,
    );
    if (amounts.every((a) => a !== null)) return sumMoney(amounts);
  }
  return null;
}

/**
 * The sum of the dated rows after a pay-later plan's "今天" row, in the table that holds it ("0" when
 * none): what is left to pay after today.
 */
function restOfPlanAfter(view: View, today: Fact): string {
  for (const t of view.raw.tables) {
    const at = t.rows.findIndex((r) => compactText(r[0] ?? '') === today.key);
    if (at < 0) continue;
    const rest = t.rows.slice(at + 1);
    const amounts = rest.flatMap((r) => {
      const a = dateTokens(r[0] ?? '').length === 1 ? leadingMoney(r[1] ?? '') : null;
      return a === null ? [] : [a];
    });
    if (amounts.length > 0 && amounts.length === rest.length) return sumMoney(amounts);
  }
  return '0';
}

/** The figures a sentence names in prose ("每月还款934.02元", "利息共计1,208.25元"), by role. */
function proseFigures(
  text: string,
  base: Omit<Candidate<string>, 'value'>,
  out: Candidates,
  roles: readonly (keyof typeof PROSE)[],
): void {
  for (const role of roles) {
    const re = new RegExp(PROSE[role].source, 'g');
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const after = text.slice(m.index + m[0].length);
      // "贷款金额3 - 30万元": a product's range, not an amount.
      // …nor "额度10万至100万元" after a comma.
      // …nor "每月还款2543~2459元", an estimate's range.
      if (
        isAmountRange(after.slice(0, 16)) ||
        (role === 'principal' &&
          /^[^\d。；]{0,6}\d[\d.,]*\s*万?\s*(?:至|到|~|～|-|—)\s*\d/.test(after))
      )
        continue;
      // "服务费按借款金额3%收取，共6,000元": a share of the amount, not the amount.
      if (/^\s*(?:的)?\s*\d+(?:\.\d+)?\s*[%‰]/.test(after)) continue;
      // "每月还款按所选额度24000元、期限12个月测算": what a figure is worked out from, not the figure.
      if (/^\s*(?:按|根据|依据|以)/.test(after)) continue;
      // "每月扣回本金1,000.00元及利息60.00元": one month's interest, not the whole loan's.
      if (
        role === 'total-interest' &&
        /每(?:月|期)[^，。；,;]{0,24}$/.test(text.slice(Math.max(0, m.index - 24), m.index))
      )
        continue;
      // "归还本金及利息共101,000.00元": principal and interest together, not the interest.
      if (
        role === 'total-interest' &&
        /本金(?:及|和|与|加|[+＋])[^，。；,;]{0,4}$/.test(
          text.slice(Math.max(0, m.index - 8), m.index),
        )
      )
        continue;
      const token = moneyAt(after);
      if (token !== null) out[role].push({ ...base, value: token });
    }
  }
}

/**
 * A sum with its parts in brackets, which add up to it: "合计应还 ¥6,178.97（商品金额 ¥5,999.00 +
 * 分期服务费 ¥179.97）". Each part under a name the vocabulary knows is a candidate for its role,
 * checked by the page's own addition.
 */
function breakdownParts(view: View, out: Candidates): void {
  for (const [k, f] of view.facts.entries()) {
    // Only a total of the whole loan: an instalment's parts ("应还金额 862.40（本金 800.00 + 手续费
    // 62.40）") are one period's.
    if (conceptOf(f.key) !== 'total-repaid' || !/合计|总额|总计|共计/.test(f.key)) continue;
    const m = /^[¥]?\s*([\d,]+(?:\.\d{1,2})?)\s*元?\s*[(（]([^)）]{4,60})[)）]/.exec(
      f.value.normalize('NFKC'),
    );
    const whole = m?.[1] ? leadingMoney(`${m[1]}元`) : null;
    if (!m?.[2] || whole === null) continue;
    const parts = m[2]
      .split(/[+＋]/)
      .map((p) =>
        /^\s*([\u4e00-\u9fa5]{2,8})\s*[:：]?\s*[¥]?\s*([\d,]+(?:\.\d{1,2})?)\s*元?\s*$/.exec(p),
      );
    if (parts.length < 2 || parts.some((p) => p === null)) continue;
    const read = parts.flatMap((p) => {
      const v = p?.[2] ? leadingMoney(`${p[2]}元`) : null;
      return p?.[1] && v !== null ? [{ name: p[1], value: v }] : [];
    });
    const sum = read.reduce((a, x) => a.plus(x.value), new Decimal(0));
    if (read.length !== parts.length || !sum.eq(whole)) continue;
    for (const { name, value } of read) {
      const role = conceptOf(labelKey(name));
      if (role !== 'principal' && role !== 'received' && role !== 'total-interest') continue;
      out[role].push({
        value,
        source: f.source,
        fontSize: view.raw.blocks[f.block]?.fontSize ?? 0,
        order: k,
        origin: 'label',
        chosen: false,
      });
    }
  }
}

/**
 * The sentences that work an example, with the numbered items of a list an example opens ("举两个
 * 例子： ① 借款10,000.00元…； ② 借款1,000.00元，用7天…"): the ② after it is the second example, not
 * this loan, though it names no example itself.
 */
function exampleSentences(view: View): Set<number> {
  const out = new Set<number>();
  let listed = false;
  view.sentences.forEach((s, k) => {
    // (Circled numerals as written: NFKC would make ② a plain 2.)
    const item = /^\s*(?:[②③④⑤⑥⑦⑧⑨⑩]|[(（][2-9][)）])/.test(s.text);
    if (EXAMPLE.test(s.text.normalize('NFKC'))) {
      out.add(k);
      listed = /①|[(（]1[)）]|[:：]\s*$/.test(s.text);
    } else if (listed && item) out.add(k);
    else listed = false;
  });
  return out;
}

/** Money paid out short of the sum written: "只转了", "仅到账" (the rest kept back, 民法典第670条). */
const SHORT_PAID =
  /(?:只|仅)(?:转账?|打款?|汇款?|给|放款|到账|到手|收到)了?我?\s*(?:人民币)?\s*[¥￥]?\s*\d/;

function proseCandidates(view: View, out: Candidates): void {
  const order0 = view.facts.length;
  const examples = exampleSentences(view);
  view.sentences.forEach((s, k) => {
    const text = s.text.normalize('NFKC');
    if (examples.has(k)) return;
    const base = {
      source: s.source,
      fontSize: view.raw.blocks[s.block]?.fontSize ?? 0,
      order: order0 + k,
      origin: 'prose' as const,
      chosen: false,
    };
    // A story about someone else's loan (a news report, a comment) states no terms of this page.
    // …nor does an advert's floor with its sums ("日利率低至0.05%，借1000元用7天，利息仅3.5元").
    const narrative = NARRATIVE.test(text) || /低至/.test(text);
    // "本金 613.78 利息 119.20": one row of a plan, not the loan's totals.
    // (…or "本金￥613.44+利息￥152.00", "本金¥547.73＋手续费¥24.65".)
    // (A sum with its total, "到期应还：本金2,000.00元+利息36.00元+综合服务费150.00元=2,186.00元", is
    // the whole loan's.)
    // (…but not the parts in brackets after an instalment a clause states: "每期还款3,657.78元（本金
    // 2,777.78元 + 利息880.00元）".)
    const row =
      /本金\s*[¥]?\s*[\d,.]+\s*元?\s*[+]?\s*(?:利息|[\u4e00-\u9fa5]{1,6}费)\s*[¥]?\s*[\d,.]+/.test(
        text.replace(/(?<=\d\s*元?\s*)\([^()]*\)/g, ''),
      ) && !text.includes('=');
    // …but a lender's shortfall told of him ("签完字他当天只转了78,800元") is what this borrower got.
    if (narrative && !row && SHORT_PAID.test(text)) proseFigures(text, base, out, ['received']);
    if (!narrative && !row)
      proseFigures(text, base, out, [
        'principal',
        'received',
        'per-period',
        'total-repaid',
        'total-interest',
      ]);
    // "本金8000.00+利息946.85=到期本息8946.85": an equation the page checks itself, where it adds up.
    // …or in words: "到期应还本金50,000.00元及利息3,600.00元，合计53,600.00元".
    const eq =
      /本金\s*([\d,]+(?:\.\d{1,2})?)\s*元?\s*(?:[+]|及|和|与|加)\s*利息\s*([\d,]+(?:\.\d{1,2})?)\s*元?\s*(?:=\s*(?:到期)?(?:应还)?本息(?:合计)?|[,，]?\s*(?:合计|共计|总计)(?:为|应还)?)\s*([\d,]+(?:\.\d{1,2})?)/.exec(
        text,
      );
    // …or the sum first, its parts in brackets: "到期应还本息合计31,098.00元（本金30,000.00元+利息
    // 1,098.00元）".
    const bracketed =
      /本息(?:合计|共计|总计)?\s*(?:为)?\s*([\d,]+(?:\.\d{1,2})?)\s*元?\s*\(\s*本金\s*([\d,]+(?:\.\d{1,2})?)\s*元?\s*\+\s*利息\s*([\d,]+(?:\.\d{1,2})?)\s*元?\s*\)/.exec(
        text,
      );
    const [p, i, all] = (
      eq ? [eq[1], eq[2], eq[3]] : [bracketed?.[2], bracketed?.[3], bracketed?.[1]]
    ).map((x) => (x ? leadingMoney(`${x}元`) : null));
    if (!narrative && p && i && all && new Decimal(p).plus(i).eq(all)) {
      const stated = { ...base, origin: 'label' as const };
      out.principal.push({ ...stated, value: p });
      out['total-interest'].push({ ...stated, value: i });
      out['total-repaid'].push({ ...stated, value: all });
    }
    // "每月扣回本金1,000.00元及利息60.00元，共1,060.00元，10个月扣清": each month's instalment, its
    // parts adding up to it, and the months it runs.
    const monthly =
      /每(?:月|期)[^，。；,;\d]{0,8}?本金\s*([\d,]+(?:\.\d{1,2})?)\s*元?\s*(?:及|和|与|加|[+＋])\s*利息\s*([\d,]+(?:\.\d{1,2})?)\s*元?\s*[,，]?\s*(?:共|合计|共计)(?:计)?\s*([\d,]+(?:\.\d{1,2})?)/.exec(
        text,
      );
    const [mp, mi, mAll] = [monthly?.[1], monthly?.[2], monthly?.[3]].map((x) =>
      x ? leadingMoney(`${x}元`) : null,
    );
    if (!narrative && mp && mi && mAll && new Decimal(mp).plus(mi).eq(mAll)) {
      out['per-period'].unshift({ ...base, origin: 'label', value: mAll });
      const months = /(\d{1,3})\s*个月(?:扣清|还清|扣完|还完|偿清)/.exec(text)?.[1];
      if (months)
        out.term.push({ ...base, value: { months: Number(months), days: null, periods: false } });
    }
    // "按所选额度24000元、期限12个月测算": the amount the visitor chose, which the page's own
    // instalment is then checked against.
    const picked = /(?:所选|您选择的|选择的)(?:借款)?(?:额度|金额)\s*(?:为)?\s*/.exec(text);
    const pickedAmount =
      picked && !narrative ? moneyAt(text.slice(picked.index + picked[0].length)) : null;
    if (pickedAmount !== null) out.principal.push({ ...base, value: pickedAmount });
    // "剩余本金及利息合计56000.00元作为分期本金，分60期偿还": the sum a 个性化分期 or 协商还款 plan
    // repays, named after its figure.
    const asPrincipal =
      /([\d,]+(?:\.\d{1,2})?)\s*元\s*(?:作为|转为|列为|确认为)(?:新的?|本次)?(?:分期|展期|协商还款|重组)?本金/.exec(
        text,
      );
    const restated = asPrincipal?.[1] && !narrative ? leadingMoney(`${asPrincipal[1]}元`) : null;
    if (restated !== null) out.principal.push({ ...base, origin: 'label', value: restated });
    // "首期7月18日，应还899.75": the first instalment and its due day, as a plan's summary says it;
    // the method's arithmetic at the page's rate decides whether the rest repay the same.
    const firstDue =
      /^首期\s*(?:\d{4}\s*年)?\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*[,，]?\s*应还\s*[¥]?\s*([\d,]+\.\d{2})\s*元?$/.exec(
        text,
      );
    const firstAmount = firstDue?.[1] ? leadingMoney(`${firstDue[1]}元`) : null;
    if (firstAmount !== null && !narrative) out['per-period'].push({ ...base, value: firstAmount });
    // "审批额度20万元，借款期限12个月…每月还款17,213.22元": an approved amount is the loan only where
    // the page's own figures agree (a credit line elsewhere is no loan).
    const approved =
      /(?:审批|批核|核定|获批|核准)(?:通过)?(?:的)?(?:额度|金额)(?:为|是|[:：])?/.exec(text);
    const granted =
      approved && !narrative ? moneyAt(text.slice(approved.index + approved[0].length)) : null;
    if (granted !== null) out.principal.push({ ...base, origin: 'unlabelled', value: granted });
    const spoken = SPOKEN_LOAN.exec(text);
    if (spoken && !SPOKEN_NOT.test(text) && /期|个月|天/.test(text)) {
      const amount = moneyAt(text.slice(spoken.index + spoken[0].length));
      const hasRepayment =
        out['per-period'].concat(out['total-repaid']).some((c) => c.order === base.order) ||
        /利率|利息|费率|等额|等本|先息后本|到期还本|一次性还本/.test(text);
      if (amount !== null && hasRepayment) out.principal.push({ ...base, value: amount });
    }
    // "分十二期", "借款期限为12个月", "共6期": a term stated in prose; "融资期限为自实际放款之日起
    // 3个月": counted from the day the money is paid. ("新人首借7天免息" counts the days that bear
    // no interest, not the loan's.)
    const tm =
      /(?:借款期限|贷款期限|期限|分|共|用|借款|借满?)(?:为|是)?(?:自[^，。；,;\d]{1,12}?起(?:算)?)?\s*(\d{1,4}|[一二两三四五六七八九十百]+)\s*(期|个月|天)(?!内?(?:免息|免费|无息|0息))/.exec(
        text,
      );
    // "借款期限为7天、14天或30天": the options a product offers, not this loan's term.
    const options = tm !== null && MORE_OPTIONS.test(text.slice(tm.index + tm[0].length));
    // "应还利息（2026-08-02至2026-08-10，共8天）" in a payoff trial: the days one sum of interest
    // runs, in its label's brackets, not the loan's term.
    const accrual =
      tm !== null && /(?:利息|罚息|费用?)\s*[(（][^()（）]*$/.test(text.slice(0, tm.index));
    const term =
      tm && !narrative && !options && !accrual
        ? findTerm(tm[0].replace(/^.*?(?=[\d一二两三四五六七八九十百])/, ''))
        : null;
    // "借款期限为18个月" names the term as a label would; "分36期" in a blurb is only prose.
    const named = tm?.[0].includes('期限') === true;
    if (term)
      out.term.push({ ...base, value: term, ...(named ? { origin: 'label' as const } : {}) });
  });
}

/**
 * The amount that starts a text: "1,096.00元", "¥386.35", "一千零九十六元", "人民币（大写）叁万元整
 * （¥30,000.00）" — within the first few characters, so "利息按日计算，逾期…100元" is not read.
 */
function moneyAt(text: string): string | null {
  // Long enough for a written sum with its total ("本金2,000.00元＋利息36.00元＋综合服务费150.00元＝2,186.00元").
  const head = text.slice(0, 64);
  // "到期应还：借款金额2000元＋利息56元": the sum the clause writes out.
  // …to the clause's end: a comma between digits is a thousands separator, not the end.
  const sum = writtenSum(/^[:：\s]*((?:[^。；;，,]|(?<=\d),(?=\d{3}))*)/.exec(head)?.[1] ?? '');
  if (sum !== null) return sum;
  const tokens = moneyTokens(head);
  const first = tokens[0];
  if (first && first.index <= 8) return first.value;
  const spoken =
    /^(?:人民币)?([零一二两三四五六七八九十百千万壹贰叁肆伍陆柒捌玖拾佰仟萬]+)(?:元|块)?/.exec(
      head,
    );
  if (spoken?.[1] && /[十百千万拾佰仟萬]/.test(spoken[1])) {
    const v = leadingMoney(`${spoken[1]}元`);
    if (v !== null) return v;
  }
  // "额度批了10万，期限12个月": 万 with no 元 after it, said right after the word that names it.
  const wan = /^\s*(\d+(?:\.\d+)?)\s*万(?![\u4e00-\u9fa5])/.exec(head);
  return wan?.[1] ? leadingMoney(`${wan[1]}万元`) : null;
}

/**
 * A product page whose only loan is its worked example ("以借款30万元、期限12个月、先息后本为例：
 * 执行年利率5.22%…每月付息1,305.00元", fixture 06's "以借款10,000.00元、分12期…为例"): with no
 * amount anywhere else, the example is the loan the page offers. Its figures, read like any
 * prose, and the block that holds them (whose rates are then the loan's own). Only on a page
 * with a button to apply.
 */
/** A button to apply; the page's own name is none ("我要贷款" atop "云岚分期--我要贷款"). */
function offersToApply(view: View): boolean {
  const title = compactText(view.raw.title);
  return view.raw.blocks.some(
    (b) =>
      (APPLY_ACTION.test(b.text) && !(title !== '' && title.includes(compactText(b.text)))) ||
      CONTACT_OFFER.test(b.text),
  );
}

export function exampleCandidates(view: View): { candidates: Candidates; block: number } | null {
  // Only on a page that offers the loan (an apply button), never in a help page's or an article's
  // illustration of how interest works — or in a product sheet's own 还款示例 (a bank's disclosure,
  // "【还款示例】借款金额100,000元，期限24期，等额本息…"), the example a lender shows of its product.
  const offers = offersToApply(view);
  for (const [k, s] of view.sentences.entries()) {
    const text = s.text.normalize('NFKC');
    const disclosed = DISCLOSED_EXAMPLE.exec(text);
    if (!offers && !disclosed) continue;
    // …or the story under a heading that says it is one ("借款示例 | 李女士…申请薪贷通60,000.00元"),
    // or after its own label ("借款示例：2026年5月6日借款3000元，借款期限30天").
    const headed = /^(?:借款|贷款)?(?:示例|案例|举例)$/.test(
      compactText(view.sentences[k - 1]?.text ?? ''),
    );
    if ((!EXAMPLE.test(text) && !headed) || NARRATIVE.test(text)) continue;
    const lent =
      (disclosed ? DISCLOSED_LENDING.exec(text) : null) ??
      /(?:以|如|若|例如|比如|示例[:：]|举例[:：]?|举个例子[:：]?|打个比方[:：]?)\s*(?:\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?)?\s*(?:借款|贷款|借)(?:金额)?(?:为)?|申请[\u4e00-\u9fa5]{0,6}?(?=\s*\d)/.exec(
        text,
      );
    // ("示例：借10万元分12期…示例仅供参考，实际额度与利率以审批结果为准": a labelled illustration
    // the page itself disowns is no loan of the borrower's.)
    const disowned =
      lent !== null &&
      lent[0].startsWith('示例') &&
      /仅供参考|以[^。；]{0,8}审批结果为准|不代表/.test(
        text + (view.sentences[k + 1]?.text.normalize('NFKC') ?? ''),
      );
    const amount = lent && !disowned ? moneyAt(text.slice(lent.index + lent[0].length)) : null;
    const term = findTerm(
      /(?:期限|分|共)?\s*(\d{1,4}|[一二两三四五六七八九十]+)\s*(?:期|个月|天)/.exec(text)?.[0] ??
        '',
    );
    if (amount === null || term === null) continue;
    const base = {
      source: s.source,
      fontSize: view.raw.blocks[s.block]?.fontSize ?? 0,
      order: k,
      origin: 'prose' as const,
      chosen: false,
    };
    const out: Candidates = {
      principal: [{ ...base, value: amount }],
      received: [],
      term: [{ ...base, value: term }],
      'per-period': [],
      'total-repaid': [],
      'total-interest': [],
      rejected: [],
      unreadable: [],
    };
    proseFigures(text, base, out, ['per-period', 'total-repaid', 'total-interest']);
    return { candidates: out, block: s.block };
  }
  return null;
}

/**
 * A product sheet's worked example under its heading ("【还款示例】", "还款示例："; the brackets are
 * gone from a sentence, facts.ts `unbracketed`) — the example a lender discloses of its own product.
 */
const DISCLOSED_EXAMPLE = /^\s*[【[]?\s*(?:还款|借款|贷款)示例\s*[】\]]?\s*[:：]?/;
/** …and the amount it lends, said first: "还款示例：借款金额100,000元". */
const DISCLOSED_LENDING = new RegExp(
  String.raw`${DISCLOSED_EXAMPLE.source}\s*(?:借款|贷款|借)(?:金额|本金)?\s*(?:为)?\s*[:：]?`,
);

/** A locator with its positions left out: the runs of one repeated template share it. */
function templateShape(locator: string): string {
  return locator.replace(/:nth-of-type\(\d+\)/g, '');
}
