/**
 * A fee stated only as a share of the amount lent, with no period ("服务费率 10.00%" beside 借款总额
 * 6000.00): it is a one-off charge, and it was kept back where the amount less that share is a
 * figure the page states under another label (服务金额 5400.00, what the merchant was paid). Only
 * then: a share with no period that the page's own figures do not settle prices nothing (rates.ts).
 */
import { Decimal } from '@/lib/finance/decimal';
import { roundCents } from '@/lib/finance/money';
import type { Fee } from '@/lib/model/terms';
import { parseRate } from '@/lib/parse/rate';
import { sourceOf, type View } from './facts';
import { statedFigures } from './money-facts';

const FEE_RATE = /^([\u4e00-\u9fa5]{1,6}费)率$/;
const AT_PAYOUT_LABEL =
  /^([\u4e00-\u9fa5]{1,8}费)[(（][^)）]*(?:放款|发放|到账)(?:时|当日|当天)[^)）]*(?:扣收|扣除|扣取|预扣)[^)）]*[)）]$/;

/**
 * …or a rate the page says is taken once at payout ("服务费率 3.00%（放款后一次收取）") whose amount
 * the page names under the fee's own name ("费用预估：利息2,100.00 + 服务费1,500.00").
 */
function namedAtPayout(view: View, name: string, rateText: string, amount: string): boolean {
  if (!/放款(?:时|后|当日|前)|一次性?(?:收取|扣收|扣除|支付|缴纳)/.test(rateText)) return false;
  const named = new RegExp(`${name}\\s*[:：]?\\s*[¥￥]?\\s*([\\d,]+\\.\\d{2})`, 'g');
  return [...view.all.normalize('NFKC').matchAll(named)].some(
    (m) => m[1] !== undefined && new Decimal(m[1].replace(/,/g, '')).eq(amount),
  );
}

/**
 * …or a 月费率 over a term of whole months (a pawn's "月费率 2.0%" for 1个月 beside 实付金额
 * 58,800.00): P × rate × months, kept back the same way.
 */
export function oneOffFeeRate(
  view: View,
  principal: string,
  months: number | null,
): { fee: Fee } | null {
  const stated = statedFigures(view.facts);
  for (const f of view.facts) {
    const name = FEE_RATE.exec(f.key)?.[1];
    if (!name || /逾期|罚|违约|滞纳/.test(name) || /[月日天年期]/.test(f.value)) continue;
    const monthly = /^(?:月|每月|月综合)/.test(name);
    if (/^[日天年期]|^每[日天年期]/.test(name) || (monthly && months === null)) continue;
    const r = parseRate(f.value);
    if (!('value' in r) || r.value.per !== null) continue;
    const share = new Decimal(r.value.value).times(monthly ? (months ?? 1) : 1);
    const amount = roundCents(new Decimal(principal).times(share));
    const left = new Decimal(principal).minus(amount);
    if (amount.lte(0) || left.lte(0)) continue;
    if (!stated.has(left.toFixed(2)) && !namedAtPayout(view, name, f.value, amount.toFixed(2)))
      continue;
    return { fee: { name, when: 'upfront', amount: amount.toFixed(2), source: f.source } };
  }
  return null;
}

/**
 * …or in words that say it is taken from the loan: "平台将扣取借款金额的1%作为服务费" on 6,000 is
 * 60.00 kept back at payout; so is a fee whose own label says so over its share ("贷款手续费（放款时
 * 从放款金额中一次性扣收） 3%" on 10,000 is 300.00).
 */
export function shareTakenInWords(view: View, principal: string): { fees: Fee[] } | null {
  const listed = sharesTakenInOneClause(view, principal);
  if (listed.length > 0) return { fees: listed };
  for (const f of view.facts) {
    const name = AT_PAYOUT_LABEL.exec(f.key)?.[1];
    const r = name === undefined ? null : parseRate(f.value);
    if (!name || !r || !('value' in r) || r.value.per !== null || /逾期|罚|违约|滞纳/.test(name))
      continue;
    const amount = roundCents(new Decimal(principal).times(r.value.value));
    if (amount.gt(0) && amount.lt(principal))
      return { fees: [{ name, when: 'upfront', amount: amount.toFixed(2), source: f.source }] };
  }
  const m =
    /(?:扣取|扣除|扣收|预扣)(?:借款|贷款)?(?:金额|本金)的(\d+(?:\.\d+)?)%(?:作为|作|为)?([\u4e00-\u9fa5]{1,6}费)/.exec(
      view.all,
    );
  if (!m?.[1] || !m[2] || /逾期|罚|违约|滞纳/.test(m[2])) return null;
  const amount = roundCents(new Decimal(principal).times(m[1]).div(100));
  if (amount.lte(0) || amount.gte(principal)) return null;
  const block = view.raw.blocks.findIndex((b) => /扣取|扣除|扣收|预扣/.test(b.text));
  return {
    fees: [
      {
        name: m[2],
        when: 'upfront',
        amount: amount.toFixed(2),
        source: sourceOf(view.raw, Math.max(0, block), m[0]),
      },
    ],
  };
}

const SHARE_OF_LOAN =
  /([\u4e00-\u9fa5]{1,8}费)按(?:借款|贷款)(?:金额|本金)的\s*(\d+(?:\.\d+)?)\s*%/g;

/**
 * "手续费按贷款金额的3%、借款人意外保险费按贷款金额的1%，于放款时从贷款中一次性扣收": each fee of the
 * clause, its share of the amount lent, kept back at payout.
 */
function sharesTakenInOneClause(view: View, principal: string): Fee[] {
  for (const s of view.sentences) {
    const t = s.text.normalize('NFKC');
    const shares = [...t.matchAll(SHARE_OF_LOAN)];
    const last = shares[shares.length - 1];
    if (!last || /逾期|罚|违约|滞纳/.test(shares.map((m) => m[1]).join(''))) continue;
    const after = t.slice(last.index + last[0].length);
    if (
      !/^[^。；;]{0,16}(?:放款|发放|划付|拨付)(?:时|当日|当天)[^。；;]{0,12}(?:扣收|扣除|扣取|预扣)/.test(
        after,
      )
    )
      continue;
    const fees = shares.flatMap((m): Fee[] => {
      const amount = roundCents(new Decimal(principal).times(m[2] ?? '0').div(100));
      return m[1] && amount.gt(0) && amount.lt(principal)
        ? [{ name: m[1], when: 'upfront', amount: amount.toFixed(2), source: s.source }]
        : [];
    });
    if (fees.length === shares.length) return fees;
  }
  return [];
}
