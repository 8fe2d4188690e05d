/**
 * An account's record of money in and out for one loan (P2P borrower centres' 资金记录, a wallet's
 * 资金流水): "借款入账 | +￥50000.00 | ￥50000.00 … " then "借款管理费 | -￥1500.00 | ￥48500.00 … |
 * 扣除借款管理费". A fee debited at the very time the loan is credited was taken from it at payout
 * (民法典第670条's 预先扣除 in effect), whatever the loan's own pages say. Checked by the record's own
 * running balance: the fee's row leaves the loan less the fee.
 */
import type { RawTable } from '@/lib/model/extraction';
import type { Fee } from '@/lib/model/terms';
import { compactText } from '@/lib/parse/normalize';
import { signedMoney } from './money-facts';
import { withCaptionApart } from './table-caption';

const TYPE = /^(?:类型|交易类型|资金类型|摘要|项目|业务类型)$/;
const AMOUNT = /^(?:操作金额|发生金额|变动金额|交易金额|金额|发生额)(?:[(（]元[)）])?$/;
const BALANCE = /^(?:总金额|余额|账户余额|可用余额|总额)(?:[(（]元[)）])?$/;
const TIME = /^(?:记录时间|交易时间|时间|发生时间|日期)$/;
/** The row that credits the loan's money to the account. */
const LOAN_IN = /^(?:借款|贷款|放款)(?:入账|到账|发放)$|^借款成功$/;
/** A loan account's own ledger: a column of the fees charged, and a note naming each. */
const FEE_AMOUNT = /^费用(?:金额)?(?:[(（]元[)）])?$/;
const NOTE = /^(?:备注|说明|摘要说明)$/;
const FEE = /^[\u4e00-\u9fa5]{1,8}费$/;
const NOT_A_FEE = /逾期|罚|违约|滞纳|充值|提现|手续费返还/;

export function fundRecordFees(tables: readonly RawTable[]): Fee[] {
  const out: Fee[] = tables.flatMap(ledgerFeesAtPayout);
  for (const raw of tables) {
    const { table: t } = withCaptionApart(raw);
    const heads = t.headers.map(compactText);
    const cols = [TYPE, AMOUNT, BALANCE, TIME].map((re) => heads.findIndex((h) => re.test(h)));
    if (cols.some((c) => c < 0)) continue;
    const [type = 0, amount = 0, balance = 0, time = 0] = cols;
    const loanIn = t.rows.find(
      (r) =>
        LOAN_IN.test(compactText(r[type] ?? '')) && (signedMoney(r[amount] ?? '')?.gt(0) ?? false),
    );
    if (!loanIn) continue;
    const at = compactText(loanIn[time] ?? '');
    let left = signedMoney(loanIn[balance] ?? '');
    for (const r of t.rows.slice(t.rows.indexOf(loanIn) + 1)) {
      const name = compactText(r[type] ?? '');
      const change = signedMoney(r[amount] ?? '');
      const after = signedMoney(r[balance] ?? '');
      if (compactText(r[time] ?? '') !== at || change === null || !change.isNegative()) break;
      if (!FEE.test(name) || NOT_A_FEE.test(name) || left === null || after === null) break;
      if (!left.plus(change).eq(after)) break;
      out.push({
        name,
        when: 'upfront',
        amount: change.neg().toFixed(2),
        source: { text: r.join(' '), locator: t.locator, finePrint: t.finePrint },
      });
      left = after;
    }
  }
  return out;
}

/**
 * A loan account's status ledger ("日期 | 交易金额 | 余额 | 费用 | 类型 | 备注"): the payout's row
 * ("2026-03-16 | 200,000.00 | … | 放款"), then rows of the same day that charge a fee in the 费用
 * column and name it in the note ("4,000.00 | 费用 | 放款手续费，放款时从贷款中扣收"): charged the
 * day the loan was paid out, it came out of the loan (民法典第670条).
 */
function ledgerFeesAtPayout(raw: RawTable): Fee[] {
  const { table: t } = withCaptionApart(raw);
  const heads = t.headers.map(compactText);
  const cols = [TYPE, FEE_AMOUNT, NOTE, TIME].map((re) => heads.findIndex((h) => re.test(h)));
  if (cols.some((c) => c < 0)) return [];
  const [type = 0, fee = 0, note = 0, time = 0] = cols;
  const payout = t.rows.find((r) =>
    /^放款$|^(?:借款|贷款)(?:发放|放款)$/.test(compactText(r[type] ?? '')),
  );
  if (!payout) return [];
  const day = compactText(payout[time] ?? '');
  return t.rows.flatMap((r) => {
    const name = /^([\u4e00-\u9fa5]{1,8}费)(?=[，,。；;]|$)/.exec(compactText(r[note] ?? ''))?.[1];
    const amount = signedMoney(r[fee] ?? '');
    if (r === payout || compactText(r[time] ?? '') !== day || !name || NOT_A_FEE.test(name))
      return [];
    if (amount === null || !amount.gt(0)) return [];
    return [
      {
        name,
        when: 'upfront' as const,
        amount: amount.toFixed(2),
        source: { text: r.join(' '), locator: t.locator, finePrint: t.finePrint },
      },
    ];
  });
}
