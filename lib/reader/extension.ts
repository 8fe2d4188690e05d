/**
 * An extension (展期) or renewal (续借, 续期) shown beside the loan it extends: a back office's 展期
 * block under the loan's 放款 block, a bank's 贷款展期业务审批表 under the 原贷款 rows, a guarantee's
 * 展期情况记录, a cash-loan app's 确认续借 (pay this period's fee and push the due date 7 days). The
 * deal the page asks about is the extension — a new term on what is still owed, from the day the
 * old one fell due — so its amount, start and end replace the old loan's. Read only where the page
 * names the amount extended.
 */
import { addDays } from '@/lib/dates/iso';
import { dateTokens } from '@/lib/parse/date';
import { findTerm, type Term } from '@/lib/parse/term';
import type { Fee } from '@/lib/model/terms';
import { type Fact, type View } from './facts';
import { conceptKey } from './lexicon';
import { leadingMoney } from './money-facts';
import type { Found } from './terms';

export interface Extension {
  principal: Found<string>;
  start: Found<string> | null;
  end: Found<string> | null;
  term: Found<Term> | null;
  /** Fees the chosen renewal says are paid now ("支付手续费200.00元…+ 续借费30.00元"). */
  paidNow: Fee[];
  /** What the renewal repays, where it says so ("本金1000.00元顺延至2026-09-23归还"). */
  repaid: Found<string> | null;
}

const AMOUNT = /^(?:申请)?(?:展期|续借|续期|续贷|延期)(?:金额|本金)$/;
const START = /^(?:展期|续借|续期|延期)(?:起始|开始|起息|生效)(?:日期|日)$/;
// "延期至： 2026年7月22日": the new due date under the word that moves it.
const END = /^(?:展期|续借|续期|延期)后?(?:(?:到期|结束|截止|终止)(?:日期|日)|至)$/;
const TERM = /^(?:申请)?(?:展期|续借|续期|延期)(?:期限|天数|时间)$/;
/** The old loan's due date: where no start is named, the extension runs from it. */
const OLD_DUE = /^原(?:贷款|借款)?(?:到期|还款)(?:日期|日)$/;
/** "剩余本金叁拾万元申请展期12个月", "现申请将剩余伍万元展期6个月": the amount left, extended. */
const EXTENDED_IN_PROSE =
  /剩余(?:本金)?(?:人民币)?\s*([\d,.]+\s*万?元|[零一二两三四五六七八九十百千万壹贰叁肆伍陆柒捌玖拾佰仟萬]+元(?:整)?)\s*(?:申请)?展期/;

/** "到期（2026年7月22日）归还借款金额1000元", "到期后归还本金1,000.00元". */
const REPAID_AT_END =
  /到期[^。；，,]{0,20}?(?:归还|偿还|还清|还款)(?:借款金额|借款本金|本金|借款)?\s*([\d,]+(?:\.\d{1,2})?)\s*元/;
/** "今日（2026年7月15日）支付延期服务费150.00元": a fee the extension costs, paid the day it starts. */
const PAID_TODAY =
  /(?:今日|今天|当日|当天|现)[^。；，,]{0,16}?(?:支付|缴纳|交纳|缴付)([\u4e00-\u9fa5]{1,8}?费)\s*([\d,]+(?:\.\d{1,2})?)\s*元/g;

function dateOf(f: Fact | undefined): Found<string> | null {
  const d = f ? dateTokens(f.value)[0] : undefined;
  return f && d ? { value: d.value, source: f.source } : null;
}

/** The date that starts right after a word ("顺延至2026-09-23", "至2027-06-20止", "于2026/07/16前"). */
function dateAfter(text: string, word: RegExp): string | null {
  const m = word.exec(text);
  const d = m ? dateTokens(text.slice(m.index + m[0].length))[0] : undefined;
  return d && d.index === 0 ? d.value : null;
}

/**
 * A repay page's chosen option "续借7天 支付手续费200.00元（借款金额的20%）+ 续借费30.00元，本金
 * 1000.00元顺延至2026-09-23归还 230.00元": the renewal the borrower picked, from the day the loan
 * now falls due, with its fees paid now.
 */
function chosenRenewal(view: View): Extension | null {
  const c = view.raw.controls.find(
    (x) =>
      x.kind === 'radio' && x.checked && /续借|续期|展期/.test(x.label) && /顺延/.test(x.label),
  );
  if (!c) return null;
  const label = c.label.normalize('NFKC');
  const source = { text: c.label, locator: c.locator, finePrint: false };
  const amount = /本金\s*([\d,]+(?:\.\d{1,2})?)\s*元?\s*顺延/.exec(label)?.[1];
  const end = dateAfter(label, /顺延至\s*/);
  const days = /(?:续借|续期|展期|顺延)\s*(\d{1,3})\s*天/.exec(label)?.[1];
  const principal = amount ? leadingMoney(`${amount}元`) : null;
  if (principal === null || !end || !days) return null;
  const term = { months: null, days: Number(days), periods: false };
  const paidNow: Fee[] = [];
  for (const m of label.matchAll(/([\u4e00-\u9fa5]{1,6}费)\s*([\d,]+(?:\.\d{1,2})?)\s*元/g)) {
    const fee = m[2] ? leadingMoney(`${m[2]}元`) : null;
    const name = m[1]?.replace(/^(?:支付|加收|收取|缴纳|另收)/, '');
    if (name && fee) paidNow.push({ name, when: 'upfront', amount: fee, source });
  }
  return {
    principal: { value: principal, source },
    start: { value: addDays(end, -term.days), source },
    end: { value: end, source },
    term: { value: term, source },
    paidNow,
    repaid: /归还/.test(label) ? { value: principal, source } : null,
  };
}

export function extensionOf(view: View): Extension | null {
  const renewal = chosenRenewal(view);
  if (renewal) return renewal;
  const amountFact = view.facts.find(
    (f) => AMOUNT.test(conceptKey(f.key)) && leadingMoney(f.value) !== null,
  );
  const termFact = view.facts.find((f) => TERM.test(conceptKey(f.key)));
  // "待还本金(元) 2000.00 · 展期天数(天) 7": beside the extension's own term, what is left to repay
  // is what is extended.
  const owedFact = termFact
    ? view.facts.find(
        (f) => /^(?:待还|剩余)本金$/.test(conceptKey(f.key)) && leadingMoney(f.value) !== null,
      )
    : undefined;
  // "展期金额 394" where the collector's note says "先付展期费用394元（利息14元、服务费200元、逾期费用
  // 180元）": what is paid to extend, not what is extended.
  const feeToExtend = (f: Fact): boolean => {
    const v = leadingMoney(f.value);
    return (
      v !== null &&
      [
        ...view.all
          .normalize('NFKC')
          .matchAll(/展期(?:费用?|服务费)\s*(?:为|共|合计)?\s*([\d,]+(?:\.\d{1,2})?)\s*元/g),
      ].some((m) => leadingMoney(`${m[1] ?? ''}元`) === v)
    );
  };
  const stated = (amountFact && !feeToExtend(amountFact) ? amountFact : undefined) ?? owedFact;
  let principal: Found<string> | null = stated
    ? { value: leadingMoney(stated.value) ?? '', source: stated.source }
    : null;
  let start = dateOf(view.facts.find((f) => START.test(f.key)));
  let end = dateOf(view.facts.find((f) => END.test(f.key)));
  // "申请展期期限(月) | 12": the unit in the label, the figure in the run after it.
  const termText = termFact
    ? /^\s*[(（]?\s*(?:月|个月)\s*[)）]?\s*$/.test(termFact.value)
      ? `${termFact.near.replace(/^\D*/, '').trim()}个月`
      : termFact.value
    : '';
  let term: Found<Term> | null = null;
  let repaid: Found<string> | null = null;
  const paidNow: Fee[] = [];
  const t = termFact ? findTerm(termText) : null;
  if (termFact && t) term = { value: t, source: termFact.source };
  for (const s of view.sentences) {
    if (!/展期|续借|续期|延期/.test(s.text)) continue;
    const text = s.text.normalize('NFKC');
    const m = principal === null ? EXTENDED_IN_PROSE.exec(text) : null;
    const amount = m?.[1] ? leadingMoney(m[1].replace(/\s+/g, '')) : null;
    if (amount !== null) principal = { value: amount, source: s.source };
    // "支付延期服务费150.00元后，本笔借款延期7天…到期（2026年7月22日）归还借款金额1000元": what the
    // extension repays at its end is what it extends, and the fee paid today is paid for it.
    const back = principal === null ? REPAID_AT_END.exec(text) : null;
    const owed = back?.[1] ? leadingMoney(`${back[1]}元`) : null;
    if (owed !== null) {
      principal = { value: owed, source: s.source };
      repaid = principal;
    }
    for (const m of text.matchAll(PAID_TODAY)) {
      const fee = m[2] ? leadingMoney(`${m[2]}元`) : null;
      if (m[1] && fee && !paidNow.some((f) => f.amount === fee))
        paidNow.push({ name: m[1], when: 'upfront', amount: fee, source: s.source });
    }
    // "展期12个月，自2026-06-20起至2027-06-20止", "展期6个月至2026-09-15", "续借后请于2026/07/16前
    // 归还1500.00元".
    const from = dateAfter(text, /自\s*(?=\d{4})/);
    const to = dateAfter(text, /(?:至|于)\s*(?=\d{4})/);
    if (from) start ??= { value: from, source: s.source };
    if (to) end ??= { value: to, source: s.source };
    const span = /(?:展期|延期)\s*(\d{1,3}\s*(?:个月|天))/.exec(text)?.[1];
    const spanTerm = span ? findTerm(span) : null;
    if (spanTerm) term ??= { value: spanTerm, source: s.source };
  }
  if (principal === null) return null;
  start ??= dateOf(view.facts.find((f) => OLD_DUE.test(f.key)));
  // "还款日期 2026/07/09 — 2026/07/16": the due date moved from the old day to the new.
  if (start !== null && end === null)
    for (const f of view.facts) {
      const [from, to] = dateTokens(f.near);
      if (from?.value === start.value && to && to.value > from.value) {
        end = { value: to.value, source: f.source };
        break;
      }
    }
  return { principal, start, end, term, paidNow, repaid };
}
