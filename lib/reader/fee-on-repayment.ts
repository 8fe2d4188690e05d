/**
 * A fee charged as a share of each repayment ("我们的服务费（每笔还款金额的0.5%）", "电子支付平台另按
 * 交易金额收取2.9%的手续费"): every instalment carries it on top of principal and interest, so the
 * cost of the loan includes it (公告〔2021〕第3号: every fee the borrower pays is in the annualised
 * rate). It is added only where the page's own figure shows the sum ("本期借款最低还款金额为
 * 2316.16 元" = 2,240.00 + 11.20 + 64.96); otherwise it is reported unreadable, never guessed.
 */
import { Decimal } from '@/lib/finance/decimal';
import { formatMoney, roundCents } from '@/lib/finance/money';
import type { Fee, Payment, Source, Unreadable } from '@/lib/model/terms';
import { moneyTokens } from '@/lib/parse/money';
import { compactText } from '@/lib/parse/normalize';

import type { View } from './facts';

const FEE = String.raw`([\u4e00-\u9fa5]{0,6}?(?:服务费|手续费|通道费))`;
const BASE = String.raw`(?:每笔|每期|单笔)?(?:还款|交易|支付)金额`;
const SHARE = String.raw`(\d+(?:\.\d+)?)\s*%`;
/** "服务费（每笔还款金额的0.5%）": the fee, then its share of each repayment. */
const FEE_THEN_SHARE = new RegExp(`${FEE}[(（]?按?${BASE}的\\s*${SHARE}`, 'g');
/** "按交易金额收取2.9%的手续费": the share, then the fee. */
const SHARE_THEN_FEE = new RegExp(`按${BASE}(?:收取|的)\\s*${SHARE}的?${FEE}`, 'g');

/** The fee's own name, not the words of the clause before it ("除我们的服务费" → 服务费). */
const nameOf = (words: string): string =>
  /(?:平台|支付|通道|交易|账户|分期)?(?:服务费|手续费|通道费)$/.exec(words)?.[0] ?? words;

interface Share {
  name: string;
  rate: Decimal;
  source: Source;
}

function sharesOfRepayment(view: View): Share[] {
  const out: Share[] = [];
  for (const s of view.sentences) {
    const t = compactText(s.text);
    for (const m of t.matchAll(FEE_THEN_SHARE))
      if (m[1] && m[2])
        out.push({ name: nameOf(m[1]), rate: new Decimal(m[2]).div(100), source: s.source });
    for (const m of t.matchAll(SHARE_THEN_FEE))
      if (m[1] && m[2])
        out.push({ name: nameOf(m[2]), rate: new Decimal(m[1]).div(100), source: s.source });
  }
  return out.filter((x, i) => out.findIndex((y) => y.name === x.name) === i);
}

/** A sum the page prints anywhere, labelled or in a sentence ("最低还款金额为 2316.16 元"). */
function printed(all: string, amount: Decimal): boolean {
  return moneyTokens(all).some((t) => new Decimal(t.value).eq(amount));
}

export function withFeesOnEachRepayment(
  view: View,
  payments: readonly Payment[],
): { payments: Payment[]; fees: Fee[]; unreadable: Unreadable[] } {
  const shares = sharesOfRepayment(view);
  const [first] = payments;
  if (shares.length === 0 || first === undefined)
    return { payments: [...payments], fees: [], unreadable: [] };
  const feesOn = (amount: string): Decimal[] =>
    shares.map((s) => roundCents(new Decimal(amount).times(s.rate)));
  const sum = (amount: string): Decimal =>
    feesOn(amount).reduce((a, f) => a.plus(f), new Decimal(amount));
  if (!printed(view.all, sum(first.amount)))
    return {
      payments: [...payments],
      fees: [],
      unreadable: shares.map((s) => ({
        label: s.name,
        text: s.source.text,
        reason: 'share of each repayment not placed',
      })),
    };
  return {
    payments: payments.map((p) => ({ ...p, amount: formatMoney(sum(p.amount)) })),
    fees: shares.map((s, i) => ({
      name: s.name,
      when: 'periodic',
      amount: formatMoney(feesOn(first.amount)[i] ?? new Decimal(0)),
      source: s.source,
    })),
    unreadable: [],
  };
}
