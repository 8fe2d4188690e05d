/**
 * A shop's instalment plan whose first row is paid at the counter the day the order is signed
 * ("第1期 · 今日门店收取 · 2026-06-20 · ¥316.94", then "资金方代扣" every month): that instalment is
 * the buyer's own money, paid before the lender pays the shop. Its principal part was never lent
 * and its fee part is a fee paid at the start, so the loan is the principal less that part over the
 * rows that remain (the convention of pattern pages 2040/2041). Read as a repayment on day 0, the
 * same cash would show as money kept back from the loan — a 砍头息 the page never took.
 * Applied only where the row's principal part is known (its own column or the page's 每期本金, or
 * the whole of it where the rows add up to the price and nothing more).
 */
import { Decimal } from '@/lib/finance/decimal';
import { formatMoney, subtractMoney, sumMoney } from '@/lib/finance/money';
import type { Fee, LoanTerms } from '@/lib/model/terms';
import { parseDate } from '@/lib/parse/date';
import { compactText } from '@/lib/parse/normalize';

import { findFact, type View } from './facts';
import { leadingMoney } from './money-facts';

/** The row's own note: paid today, at the shop or at signing. */
const PAID_TODAY =
  /^(?:今日|今天|当日|当天|签约(?:当日|当天|时))[\u4e00-\u9fa5]{0,6}?(?:收取|支付|付款|缴纳|缴付|扣款)$/;

/** …or a pay-later plan's first row dated today in words ("第1期 | 今天（2026-08-03） | ¥85.00 | 已扣款"). */
export const TODAY_DATED = /^(?:今天|今日)[(（][\d\s年月日./-]+[)）]$/;

function rowPaidToday(view: View, dueDate: string, amount: string): boolean {
  return view.raw.tables.some((t) =>
    t.rows.some(
      (r) =>
        r.some((c) => PAID_TODAY.test(compactText(c)) || TODAY_DATED.test(compactText(c))) &&
        r.some((c) => {
          const d = parseDate(c);
          return 'value' in d && d.value === dueDate;
        }) &&
        r.some((c) => leadingMoney(c) === amount),
    ),
  );
}

export function withFirstPaidAtTheTill(view: View, terms: LoanTerms): LoanTerms {
  const [first, ...rest] = terms.payments;
  if (first?.dueDate == null || rest.length < 1 || terms.principal === null) return terms;
  if (!rowPaidToday(view, first.dueDate, first.amount)) return terms;
  const each = findFact(view, /^每期本金$/);
  // (…or a plan that costs nothing, its rows adding up to the price: each row is principal alone.)
  const free = new Decimal(sumMoney(terms.payments.map((x) => x.amount))).eq(terms.principal);
  const part = first.principal ?? (each ? leadingMoney(each.value) : free ? first.amount : null);
  if (part === null) return terms;
  const fee = new Decimal(first.amount).minus(part);
  if (fee.isNegative()) return terms;
  const periodic = terms.fees.find((f) => f.when === 'periodic');
  const paidToday: Fee[] = fee.isZero()
    ? []
    : [
        {
          name: `首期${periodic?.name ?? '费用'}`,
          when: 'upfront',
          amount: formatMoney(fee),
          ...(first.source ? { source: first.source } : {}),
        },
      ];
  return {
    ...terms,
    principal: subtractMoney(terms.principal, part),
    received: subtractMoney(terms.received ?? terms.principal, first.amount),
    payments: rest,
    termMonths: terms.termMonths === null ? null : terms.termMonths - 1,
    fees: [...paidToday, ...terms.fees],
  };
}
