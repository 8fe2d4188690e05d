/**
 * A car lease's plan that opens with period 0, what is paid at signing, before periods 1 to n
 * ("期数 0 · 首付款 23,600.00 · GPS安装费 1,680.00 · 手续费 2,832.00 · 剩余本金 94,400.00"): the
 * balance left after it is the amount financed, and the fees in it are paid before anything is
 * lent, so they come off what the borrower gets (公告〔2021〕第3号: the cost is measured on the
 * money actually received). The down payment is the borrower's own money for the car, no cost.
 */
import type { RawTable } from '@/lib/model/extraction';
import type { Fee } from '@/lib/model/terms';
import { dateTokens } from '@/lib/parse/date';
import { compactText } from '@/lib/parse/normalize';
import type { Candidate } from './candidates';
import { leadingMoney } from './money-facts';

const PERIOD_HEADER = /^(?:期数|期次|期号|期|#)$/;
// (…a column under its group's heading too: Mifos's "贷款金额和余额 | 贷款余额".)
const BALANCE = /^(?:剩余|期末)本金$|(?:^|余额)(?:本金|贷款)余额$/;
const FEE = /费$|^费用$/;
/** A loan system's plan that opens with the payout itself, unnumbered ("| 2026-03-10 | 放款 | 费用 900.00 |"). */
const PAYOUT_ROW = /^(?:放款|发放|贷款发放|放款日)$/;
const NOT_A_FEE = /逾期|罚|违约|滞纳/;

/**
 * The column of the period when its first row is period 0 and its second period 1 — or the first
 * row has no number and says it is the payout (a Laravel loan system's "放款" row, its 费用 charged
 * then, 民法典第670条 in effect).
 */
export function signingPeriodColumn(t: RawTable): number {
  const col = t.headers.findIndex((h) => PERIOD_HEADER.test(compactText(h)));
  const row = t.rows[0] ?? [];
  const first = compactText(row[col] ?? '');
  const second = compactText(t.rows[1]?.[col] ?? '');
  // (…or, with no word, by what it holds: a date and the balance lent, nothing repaid — Mifos X's
  // row 0, "| | | 2026-01-15 | … | 30,000 | 费 900 |".)
  const balance = t.headers.findIndex((h) => BALANCE.test(compactText(h)));
  const payout =
    first === '' &&
    (row.some((c) => PAYOUT_ROW.test(compactText(c))) ||
      (balance >= 0 &&
        leadingMoney(row[balance] ?? '') !== null &&
        row.some((c) => dateTokens(c).length > 0)));
  return col >= 0 && (first === '0' || payout) && second === '1' ? col : -1;
}

export function signingRows(tables: readonly RawTable[]): {
  principal: Candidate<string>[];
  fees: Fee[];
} {
  const principal: Candidate<string>[] = [];
  const fees: Fee[] = [];
  for (const t of tables) {
    if (signingPeriodColumn(t) < 0) continue;
    const row = t.rows[0] ?? [];
    t.headers.forEach((h, col) => {
      const key = compactText(h).replace(/[(（]元[)）]$/, '');
      const amount = leadingMoney(row[col] ?? '');
      if (amount === null || amount === '0.00') return;
      const source = { text: `${h} ${row[col] ?? ''}`, locator: t.locator, finePrint: t.finePrint };
      if (BALANCE.test(key))
        principal.push({
          value: amount,
          source,
          fontSize: 0,
          order: -1,
          origin: 'label',
          chosen: false,
        });
      else if (FEE.test(key) && !NOT_A_FEE.test(key))
        fees.push({ name: key, when: 'upfront', amount, source });
    });
  }
  return { principal, fees };
}
