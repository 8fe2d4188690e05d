/**
 * readTerms: RawExtraction (strings from the page) → LoanTerms, or null when the page offers no
 * loan (a news article about loans, a phone bill with a late fee). Visible text wins over fine
 * print; a value that cannot be read is listed in `unreadable`, never guessed.
 */
import { subtractMoney, sumMoney } from '@/lib/finance/money';
import type { RawExtraction } from '@/lib/model/extraction';
import type { Fee, LoanTerms, Payment, Unreadable } from '@/lib/model/terms';
import { compactText } from '@/lib/parse/normalize';
import { type View, buildView, findFact, findFacts } from './facts';
import { overdueFees, prepayment, upfrontAndPeriodicFees } from './fees';
import { lender } from './lender';
import { leadingMoney, readMoney } from './money-facts';
import { markPrimary, statedRates } from './rates';
import { methodFromSchedule, schedules, toPayments } from './schedule';
import { dates, method, principal, received, term } from './terms';

const PER_PERIOD =
  /^(?:每期|每月|月)(?:应还|还款|应付|还款额|供|还款总额)|^月还款总额$|^月供$|^每期还款金额$/;
const LAST =
  /(?:末期|最后一期)(?:应还|还款)?(?:金额)?(?:为|:|：)?\s*(?:¥)?\s*([\d,]+\.\d{2})\s*元?/;
const SINGLE_DUE = /^到期应还|^到期还款|^应还本息合计|^到期本息|^本息合计/;

function lastAmount(view: View): string | null {
  for (const f of view.facts) {
    if (/^(?:末期|最后一期)/.test(f.key)) {
      const v = leadingMoney(f.value);
      if (v) return v;
    }
  }
  for (const s of view.sentences) {
    const m = LAST.exec(s.text.normalize('NFKC'));
    const v = m?.[1] ? leadingMoney(`${m[1]}元`) : null;
    if (v) return v;
  }
  return null;
}

function payments(
  view: View,
  months: number | null,
  days: number | null,
  isBullet: boolean,
  due: string | null,
  unreadable: Unreadable[],
): { list: Payment[]; shape: ReturnType<typeof methodFromSchedule> } {
  const found = schedules(view.raw.tables);
  const wanted = months ?? (days !== null ? 1 : null);
  const best =
    found.find((s) => wanted !== null && s.rows.length === wanted && !s.finePrint) ??
    found.find((s) => wanted !== null && s.rows.length === wanted) ??
    (wanted === null ? found.find((s) => s.rows.length >= 2) : undefined);
  if (best) return { list: toPayments(best), shape: methodFromSchedule(best) };

  if (isBullet || days !== null) {
    const f = findFact(view, SINGLE_DUE);
    const r = readMoney(f);
    if (r && 'value' in r)
      return { list: [{ dueDate: due, amount: r.value, source: r.fact.source }], shape: null };
    for (const s of view.sentences) {
      const t = s.text.normalize('NFKC');
      const m = /到期应还(?:本息)?(?:合计)?/.exec(t);
      if (!m) continue;
      // The figure right after the words, else the first amount in capitals (壹万…元整) or
      // marked with ¥ later in the sentence (an electronic IOU writes both).
      const daxieOrMarked = t
        .slice(m.index)
        .match(/[零壹贰叁肆伍陆柒捌玖拾佰仟万]+元整?|[¥][\d,]+(?:\.\d+)?/);
      const amount =
        leadingMoney(t.slice(m.index + m[0].length)) ??
        (daxieOrMarked ? leadingMoney(daxieOrMarked[0]) : null);
      if (amount) return { list: [{ dueDate: due, amount, source: s.source }], shape: null };
    }
    return { list: [], shape: null };
  }

  if (months === null) return { list: [], shape: null };
  const per = findFacts(view, PER_PERIOD, /本金|利息|服务费|担保费|手续费$/)[0];
  if (!per) return { list: [], shape: null };
  const r = readMoney(per);
  if (!r) return { list: [], shape: null };
  if ('unreadable' in r) {
    unreadable.push(r.unreadable);
    return { list: [], shape: null };
  }
  const last = lastAmount(view) ?? r.value;
  const list: Payment[] = Array.from({ length: months }, (_, i) => ({
    dueDate: null,
    amount: i === months - 1 ? last : r.value,
    source: r.fact.source,
  }));
  return { list, shape: null };
}

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
  return (
    (hasPrincipal || unreadable > 0) && (hasTerm || payments > 0 || rates > 0 || unreadable > 0)
  );
}

export function readTerms(raw: RawExtraction): LoanTerms | null {
  const view = buildView(raw);
  const unreadable: Unreadable[] = [];
  const p = principal(view, unreadable);
  const t = term(view, unreadable);
  const m = method(view);
  const d = dates(view);
  const rec = received(view, unreadable);

  const selected = raw.controls.filter((c) => c.kind === 'radio' && c.checked).map((c) => c.label);
  const unselected = raw.controls
    .filter((c) => c.kind === 'radio' && !c.checked)
    .map((c) => c.label);
  const rates = statedRates(view, unselected, selected);
  markPrimary(rates);

  const months = t?.value.months ?? null;
  const days = t?.value.days ?? null;
  const isBullet = m?.value === '到期一次性还本付息';
  const pay = payments(view, months, days, isBullet, d.due?.value ?? null, unreadable);
  if (
    !isLoan(
      p !== null,
      t !== null,
      pay.list.length,
      rates.filter((r) => !r.context).length,
      unreadable.length,
    )
  )
    return null;

  const fees: Fee[] = [...upfrontAndPeriodicFees(view, raw.controls), ...overdueFees(view)];
  const pre = prepayment(view);
  fees.push(...pre.fees);

  let repaymentMethod = m?.value ?? pay.shape ?? null;
  if (!repaymentMethod && days !== null && pay.list.length <= 1)
    repaymentMethod = '到期一次性还本付息';
  // A checkout shows 每期本金 and a constant 每期手续费 but names no method (fixture 02).
  if (!repaymentMethod && findFact(view, /^每期本金$/) && fees.some((f) => f.when === 'periodic'))
    repaymentMethod = '等本等息';

  let receivedValue = rec?.value ?? null;
  if (receivedValue === null && p) {
    const upfront = fees
      .filter((f) => f.when === 'upfront' && f.amount !== undefined)
      .map((f) => f.amount ?? '0');
    receivedValue = upfront.length === 0 ? p.value : subtractMoney(p.value, sumMoney(upfront));
  }
  const who = lender(view);
  const agreementShown =
    raw.links.some((l) => /协议|合同|借条/.test(l.text)) ||
    /《[^》]{0,20}(?:协议|合同)》|借款合同|借条/.test(
      compactText(raw.blocks.map((b) => b.text).join('')),
    );
  return {
    principal: p?.value ?? null,
    received: receivedValue,
    termMonths: months,
    termDays: days,
    repaymentMethod,
    payments: pay.list,
    statedRates: rates,
    fees,
    lenderType: who.type,
    lender: who,
    contractDate: d.contract?.value ?? null,
    disbursementDate: d.disbursement?.value ?? null,
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
  };
}
