/**
 * A deposit paid at the start and set against a later rent ("租赁保证金20,000.00元于起租日…一次
 * 付清…到期用于冲抵第12期租金"), or handed back at the end ("到期退还"): the money comes back, so
 * the rent it covers is that much less. Kept as an upfront payment and never returned, it would
 * count as a fee and overstate the rate (the lessee does not lose it).
 */
import { Decimal } from '@/lib/finance/decimal';
import type { Fee, Payment } from '@/lib/model/terms';
import { chineseInteger } from '@/lib/parse/chinese-numerals';
import { compactText } from '@/lib/parse/normalize';
import type { View } from './facts';

/**
 * Money the borrower puts up and gets back (保证金, 押金), no charge: set against a rent or returned.
 * (…and earnest money, "于签约时预付【1】期本金作为意向金…意向金于第12期抵扣该期应还本金".)
 */
export const DEPOSIT = /保证金|押金|意向金/;
// …or with the day before the verb: "保证金于放款时从提款金额中冻结…到期日自动冲抵应还本金",
// "保证金不计息，于第24期作保证金冲抵3600.00元".
const OFFSET =
  /(?:保证金|押金|意向金)[^。；]{0,40}?(?:(?:冲抵|抵扣|抵减|冲减|抵付|退还|返还|抵(?=第|末期|最后))[^。；]{0,4}?(?:第\s*([\d一二三四五六七八九十百]+)\s*期|(最后\s*[一\d]?\s*期|末期|最后|到期|期满))|(?:到期|期满)日?[,，]?\s*(?:自动)?(?:冲抵|抵扣|抵减|冲减|抵付)(?:应还|应付|剩余)?(?:本金|本息|款项|租金)|于?第\s*([\d一二三四五六七八九十百]+)\s*期[^。；\d]{0,4}?(?:冲抵|抵扣|抵减|冲减|抵付))/;

export function offsetDeposits(view: View, fees: readonly Fee[], payments: Payment[]): Payment[] {
  const deposits = fees.filter((f) => f.when === 'upfront' && DEPOSIT.test(f.name) && f.amount);
  if (deposits.length === 0 || payments.length === 0) return payments;
  const said = view.sentences.map((s) => compactText(s.text)).find((t) => OFFSET.test(t));
  const m = said === undefined ? null : OFFSET.exec(said);
  if (!m) return payments;
  const period = m[1] ?? m[3];
  const n = period
    ? Number(/^\d+$/.test(period) ? period : (chineseInteger(period) ?? 0n))
    : payments.length;
  const at = n >= 1 && n <= payments.length ? n - 1 : payments.length - 1;
  // A deposit larger than the rent it is set against covers the rents before it too, the last
  // first ("按倒序冲抵最后两期租金（先冲抵第36期，余额冲抵第35期）").
  let back = deposits.reduce((s, f) => s.plus(f.amount ?? '0'), new Decimal(0));
  // A plan that shows the offset made ("第12期 · 应还 ¥1799.51，保证金抵扣 ¥1,000.00 · ¥799.51"):
  // that row and the deposit make the instalment of the row before — set against it once only.
  const [target, before] = [payments[at], payments[at - 1]];
  if (
    target &&
    before &&
    new Decimal(target.amount).plus(back).minus(before.amount).abs().lte('0.05')
  )
    return payments;
  const out = [...payments];
  for (let i = at; i >= 0 && back.gt(0); i--) {
    const p = out[i];
    if (!p) break;
    const covered = Decimal.min(back, p.amount);
    out[i] = { ...p, amount: new Decimal(p.amount).minus(covered).toFixed(2) };
    back = back.minus(covered);
  }
  return out;
}

/**
 * A deposit listed with no word of when it is paid ("保证金(元)：1500.00"), on a page that sets it
 * against a later rent ("保证金抵末期租金"): it was paid when the lease began, or it could not be
 * set against anything.
 */
export function depositsSetAgainstRent(view: View, untimed: readonly Fee[]): Fee[] {
  const said = view.sentences.some((s) => OFFSET.test(compactText(s.text)));
  if (!said) return [];
  return untimed
    .filter((f) => DEPOSIT.test(f.name) && f.amount !== undefined)
    .map((f) => ({ ...f, when: 'upfront' as const }));
}
