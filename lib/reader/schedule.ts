/**
 * Repayment schedules from tables and table-like lists: find the period column (1, 第1期,
 * 1/36, 第01期), the due date, principal, interest, each fee column and the per-period total;
 * rows without headers carry inline labels ("本金 904.82 · 利息 216.00", fixture 10). Two tables
 * of the same length are one schedule shown twice: a contract annex with dates and a fine-print
 * table with the fee-inclusive totals (fixture 11).
 */
import { isDealLedger } from './deal-ledger';
import { Decimal } from '@/lib/finance/decimal';
import { sumMoney } from '@/lib/finance/money';
import type { RawBlock, RawTable } from '@/lib/model/extraction';
import type { Payment } from '@/lib/model/terms';
import { parseDate } from '@/lib/parse/date';
import { parseMoney } from '@/lib/parse/money';
import { chineseInteger } from '@/lib/parse/chinese-numerals';
import { addMonths, daysBetween } from '@/lib/dates/iso';
import type { Term } from '@/lib/parse/term';
import type { Candidate } from './candidates';
import { signedMoney } from './money-facts';
import { signingPeriodColumn } from './signing-row';
import { compactText } from '@/lib/parse/normalize';

// "1/期": a template's "{{n}}/期" with its count left out; "NO:1", "No.1", "#1": a back office's.
// "第1周", "第1天": a weekly or daily plan's.
const PERIOD =
  /^(?:第\s*|NO\s*[.:：]?\s*|#\s*)?(\d{1,3})(?:\s*\/\s*(?:\d{1,3})?)?\s*(?:期)?$|^第\s*(\d{1,3})\s*[周天]$/i;
const TOTAL_ROW = /^(?:合计|总计|小计|共计)/;
/** What was bought and is repaid in parts: rent, a premium, a course's fee, goods. */
const PRICE_PART = /租金|保费|学费|货款/;

interface Row {
  period: number;
  dueDate: string | null;
  total: string | null;
  principal: string | null;
  interest: string | null;
  fees: Record<string, string>;
}

export interface Schedule {
  rows: Row[];
  finePrint: boolean;
  locator: string;
}

function money(cell: string | undefined): string | null {
  if (cell === undefined) return null;
  const p = parseMoney(cell.replace(/^(?:—|-|–)$/, '0'));
  return 'value' in p ? p.value : null;
}

function date(cell: string | undefined): string | null {
  if (cell === undefined) return null;
  const p = parseDate(cell);
  return 'value' in p ? p.value : null;
}

/**
 * A table of two or more rows with a column of dates: one loan's dated periods, not products. A
 * closing "合计" row (the plan's sums, no date) is still the plan's.
 */
export function isDatedPlan(t: RawTable): boolean {
  const rows = t.rows.filter((r) => !TOTAL_ROW.test(compactText(r[0] ?? '')));
  return rows.length >= 2 && t.headers.some((_, col) => rows.every((r) => date(r[col]) !== null));
}

/** The period a cell names: "3", "第3期", "3/12", or in Chinese numerals "十二", "第三期". */
function periodIn(cell: string | undefined): number | null {
  // "第1次结息" counts a quarterly plan's rows as "第1期" does a monthly one's.
  const c = compactText(cell ?? '').replace(
    /(?<=^第.{1,3})次(?:结息|付息|还息|还款|还本付息)?$/,
    '期',
  );
  const m = PERIOD.exec(c);
  // ("第1周", "第1天": a weekly or daily plan's rows, counted as its periods.)
  if (m) return Number(m[1] ?? m[2]);
  const n = chineseInteger(c.replace(/^第|期$/g, ''));
  return n !== null && n >= 1n && n <= 360n ? Number(n) : null;
}

/** A lease's balloon: "尾款", "尾付款(元)". */
const BALLOON = /^尾(?:付)?款(?:金额)?(?:[(（]元[)）])?$/;

function headerRole(
  h: string,
): 'date' | 'total' | 'principal' | 'interest' | 'fee' | 'skip' | 'other' {
  const t = compactText(h);
  // Charges for paying late are not the instalment (应还罚息, 逾期费用, 违约金); what was paid
  // (实还, 实付, a back office's 实收) is the record beside it.
  if (/剩余|余额|状态|已还|未还|罚息|违约金|滞纳金|逾期|追期|催收|实际|实还|实付|实收|已收/.test(t))
    return 'skip';
  // A balance at a period's start or end (期初本金, 期末本金) is not what the period repays; a
  // subsidy the state pays the bank (财政贴息 −500.00) is not what the borrower repays.
  if (/期初|期末|贴息|补贴/.test(t)) return 'skip';
  // What is left of a part ("本金待还金额" beside 本金总金额 and 本金已还金额) is no more the part.
  if (/.(?:待还|未还)/.test(t)) return 'skip';
  // A running sum (累计利息, 累计应还, 累计已还) adds up the periods so far: no period's own part.
  if (/累计|累积|合计至|截至/.test(t)) return 'skip';
  // The day a period's interest starts (开始计息日, 起息日) is not the day it is due.
  if (/开始|起始|起息/.test(t)) return 'skip';
  // A loan list's row has the day it was lent beside the day it is due (借款时间 · 应还时间).
  if (/借款(?:时间|日期)|放款|起息|申请|发标|满标/.test(t)) return 'skip';
  // …and a back office's own bookkeeping (操作日期, 创建时间, 更新时间) dates no period.
  if (/操作|创建|更新|录入|修改|生成/.test(t)) return 'skip';
  // A bill list's count of the drawdowns each bill gathers (提款笔数) is no amount.
  if (/笔数$/.test(t)) return 'skip';
  if (/日期|时间$|还款日|到期日|扣款日|缴款日/.test(t)) return 'date';
  // The whole loan repeated on every row (a back office's 借款总额 12000 beside 当期应还金额 1079.71)
  // is no period's sum.
  if (/^(?:借款|贷款|合同|授信)(?:总额|总金额|金额)(?:[(（]元[)）])?$/.test(t)) return 'skip';
  // "应付利息 (元)" is interest: the unit in brackets names nothing.
  const named = t.replace(/[(（][^)）]*[)）]$/, '');
  // A part's own sum ("本金总金额 · 本金已还金额 · 本金待还金额", "服务费金额") is that part.
  const part = /^(?:应还|当期|每期)?(.{1,8}?)(?:总金额|总额|金额)$/.exec(named)?.[1];
  if (part && /^(?:本金|利息)$|费$/.test(part)) return headerRole(part);
  // "应还担保费", "应还审批费(元)": a charge of the instalment, not the instalment.
  // …and so is "到期应还本息管理费", the fee charged on what the period repays — but not a sum that
  // names its parts ("应还本息及服务费", "本息费").
  if (
    /费(?:用)?(?:[(（]元[)）])?$/.test(t) &&
    !/合计|总额|本息费|本息[^费]*[及和与加+＋、含]/.test(t)
  )
    return 'fee';
  if (
    /本息|应还|应付|应缴|应交|合计|月供|还款额|还款金额|总额|总金额|^(?:本期)?账单金额$|^应?(?:划扣|扣款|代扣|扣划)金额$|^(?:应收|应付|每期|计划|当期|本期)?租金(?:金额)?$/.test(
      t,
    ) &&
    !/^(?:个人|借款人|客户)?(?:应还)?(?:本金|利息)/.test(t) &&
    // "个人应还利息": the borrower's share of the interest, not the instalment.
    !/(?:本金|利息)$/.test(named)
  )
    return 'total';
  // A lessor's plan of what comes back from the lessee ("计划回款金额(汇总)" beside 车辆租金, "应收金额"
  // beside 滞纳金): the lessee's instalment (an investor's plans were set aside in fromTable).
  if (/^(?:计划|应)回款(?:金额)?$|^应收金额$/.test(named)) return 'total';
  if (/本金/.test(t)) return 'principal';
  // A lease's 计划租息 is the interest part of its rent (计划租金 = 计划本金 + 计划租息).
  if (/利息|租息/.test(t)) return 'interest';
  // A lease's 留购价 (the price to keep the car, paid with the last rent) is a charge of that period.
  if (/费|保费|险|留购价/.test(t)) return 'fee';
  return 'other';
}

/** A plan's column of period numbers. */
const PERIOD_HEADER = /^(?:分期|还款)?(?:期数|期次|期号|编号|序号|期)$|^分期编号$/;

function feeName(h: string): string {
  return compactText(h)
    .replace(/[(（]元[)）]$/, '')
    .replace(/^(?:应还|当期|每期)/, '');
}

type Role = ReturnType<typeof headerRole>;

/**
 * Which of several columns with one role a plan's rows are read from, by the plan's own sums. A
 * record shows what is owed beside what was paid ("待还本金 | 本金还款金额", the paid one 0.00 on
 * rows not yet due): what is owed is never less than what was paid, so the larger column is the
 * plan. Two total columns where one is the other plus the fee columns ("还款本息 500 · 还款服务费
 * 150 · 应付金额 650"): the instalment is the one with the fees in it.
 */
function chooseColumns(t: RawTable, roles: Role[]): boolean[] {
  const use = roles.map(() => true);
  const sumOf = (col: number): Decimal =>
    t.rows.reduce((acc, r) => acc.plus(money(r[col]) ?? '0'), new Decimal(0));
  for (const role of ['principal', 'interest'] as const) {
    const cols = roles.flatMap((r, i) => (r === role ? [i] : []));
    if (cols.length < 2) continue;
    // "合同利息 750.00 | 财政贴息 −500.00 | 个人应还利息 250.00": what the borrower pays is the
    // borrower's own column; otherwise what is owed is never less than what was paid.
    const own = cols.find((c) => /^(?:个人|自付|借款人)/.test(compactText(t.headers[c] ?? '')));
    // "分期本金 6,000.00" on every row beside 应还本金 500.00: the loan's amount repeated, which the
    // other column's rows add up to, is no period's part.
    // (…a sums row left blank under it is no other figure: Odoo's list, "| | | 218,000.00 |".)
    const repeated = (c: number): boolean => {
      const cells = t.rows.map((r) => money(r[c])).filter((x) => x !== null);
      const first = cells[0];
      return (
        role === 'principal' &&
        cells.length >= 2 &&
        first !== undefined &&
        cells.every((x) => x === first) &&
        cols.some((o) => o !== c && sumOf(o).minus(first).abs().lte('0.01'))
      );
    };
    const parts = cols.filter((c) => !repeated(c));
    const pool = parts.length > 0 ? parts : cols;
    const best = own ?? pool.reduce((a, b) => (sumOf(b).gt(sumOf(a)) ? b : a));
    for (const c of cols) use[c] = c === best;
  }
  // A total smaller than the principal and interest beside it is no instalment (线下还款金额
  // 0.00 beside 待还本金 · 待还利息): the row's amount is then its parts.
  const part = (role: Role, r: string[]): Decimal =>
    roles.reduce(
      (acc, x, i) => (x === role && use[i] ? acc.plus(money(r[i]) ?? '0') : acc),
      new Decimal(0),
    );
  const hasParts = roles.some((r) => r === 'principal') && roles.some((r) => r === 'interest');
  // …unless the state pays part of it (财政贴息): then the total is what is left to the borrower.
  const subsidised = t.headers.some((h) => /贴息|补贴/.test(compactText(h)));
  roles.forEach((role, col) => {
    if (role !== 'total' || !hasParts || subsidised) return;
    // (…nor where another cell of the row is what it falls short by: "应还本金 500,000.00 · 应还利息
    // 6,000.00 · 保证金冲抵 -25,000.00 · 应还合计 481,000.00", a deposit set against the last period.)
    const takenOff = (c: string): Decimal | null => {
      const v = signedMoney(c);
      return v?.isNegative() ? v.neg() : null;
    };
    const short = t.rows.some((r) => {
      const v = money(r[col]);
      if (v === null) return false;
      const gap = part('principal', r).plus(part('interest', r)).minus(v);
      return (
        gap.gt('0.01') &&
        !r.some((c, i) => {
          const off = i === col ? null : takenOff(c);
          return off !== null && gap.minus(off).abs().lte('0.01');
        })
      );
    });
    if (short) use[col] = false;
  });
  // "管理费 | 管理费1 | 管理费2": numbered columns are the parts of the one they number.
  const stem = (col: number): string =>
    compactText(t.headers[col] ?? '').replace(/[(（]元[)）]$/, '');
  roles.forEach((role, col) => {
    if (role !== 'fee') return;
    const whole = stem(col).replace(/\d$/, '');
    if (whole !== stem(col) && roles.some((r, c) => r === 'fee' && c !== col && stem(c) === whole))
      use[col] = false;
  });
  // "还款金额 | … | 应还金额": what is owed is the plan; a column that is 0.00 on rows where the
  // owed one is not is what was paid, rows not yet due still at nothing.
  const owed = roles.findIndex(
    (r, i) => r === 'total' && use[i] && /^(?:应还|应付)/.test(compactText(t.headers[i] ?? '')),
  );
  if (owed >= 0)
    roles.forEach((r, i) => {
      const paidOnly = t.rows.some(
        (row) => (money(row[i]) ?? '0.00') === '0.00' && (money(row[owed]) ?? '0.00') !== '0.00',
      );
      if (r === 'total' && i !== owed && paidOnly) use[i] = false;
    });
  const totals = roles.flatMap((r, i) => (r === 'total' && use[i] ? [i] : []));
  const fees = roles.flatMap((r, i) => (r === 'fee' ? [i] : []));
  if (totals.length >= 2 && fees.length > 0) {
    const withFees = totals.find((a) =>
      totals.some(
        (b) =>
          b !== a &&
          t.rows.every((r) => {
            const all = money(r[a]);
            const part = money(r[b]);
            if (all === null || part === null) return false;
            const sum = fees.reduce((acc, f) => acc.plus(money(r[f]) ?? '0'), new Decimal(part));
            return sum.minus(all).abs().lte('0.01');
          }),
      ),
    );
    if (withFees !== undefined) for (const c of totals) use[c] = c === withFees;
    // The fees are inside the chosen total: they stay listed as its parts.
  }
  return use;
}

/**
 * "待还本金 | 待还利息 | 已还本金 | 已还利息": a record that moves each part from one column to the
 * other once the period is repaid (0.00 left under 待还 on a paid row). The period's part is the
 * two together; the map takes each owed column to its paid twin.
 */
function paidTwins(headers: readonly string[]): Map<number, number> {
  const keys = headers.map(compactText);
  const out = new Map<number, number>();
  keys.forEach((k, col) => {
    // (…or the instalment whole: "已还本息 | 待还本息", "已还总额 | 待还总额".)
    const part = /^(?:待还|未还)(本金|利息|本息|金额|总额)$/.exec(k)?.[1];
    const twin = part ? keys.indexOf(`已还${part}`) : -1;
    if (twin >= 0) out.set(col, twin);
  });
  return out;
}

/** Whether two or more of `parts` add up to `b`. */
function sumOfParts(b: string, parts: readonly string[]): boolean {
  for (let mask = 1; mask < 1 << parts.length; mask++) {
    const part = parts.filter((_, j) => (mask >> j) & 1);
    if (part.length >= 2 && new Decimal(sumMoney(part)).minus(b).abs().lte('0.01')) return true;
  }
  return false;
}

/**
 * Of a headerless row's bare amounts, the one that two or more of the others add up to, with a
 * balance beside them ("1,125.45 | 270.00 | 1,395.45 | 28,874.55": 本金 + 利息 = 合计, then 剩余本金).
 * Only where exactly one amount is such a sum: two would leave the row's total unknown.
 */
function sumOfSomeOthers(bares: readonly string[]): string | undefined {
  if (bares.length < 3 || bares.length > 8) return undefined;
  const sums = bares.filter((b, k) =>
    sumOfParts(
      b,
      bares.filter((_, j) => j !== k),
    ),
  );
  return sums.length === 1 ? sums[0] : undefined;
}

function fromTable(table: RawTable): Schedule | null {
  // A caption row above the header row ("还款计划表" | "期数 还款日期 总还款额 …"): the header is
  // the first row.
  const headed =
    table.headers.length <= 1 &&
    (table.rows[0]?.length ?? 0) > 2 &&
    /期/.test(table.rows[0]?.[0] ?? '') &&
    !/\d/.test(table.rows[0]?.[0] ?? '');
  const body = headed
    ? { ...table, headers: table.rows[0] ?? [], rows: table.rows.slice(1) }
    : table;
  // The sums row under a plan ("合计 | 36,000.00 | 2,160.00 | 38,160.00", one cell short) is no
  // period: left in, it would decide which columns the periods are read from.
  // (…nor is a lease's period 0, what is paid at signing: signing-row.ts reads it.)
  const signed = signingPeriodColumn(body) >= 0 ? body.rows.slice(1) : body.rows;
  const t = { ...body, rows: signed.filter((r) => !TOTAL_ROW.test(compactText(r[0] ?? ''))) };
  // A plan of money coming in (应回款金额, 应收本金, 实收利息) is an investor's or a lender's, not
  // what a borrower repays.
  const heads = t.headers.map(compactText);
  // A lease's plan is the lessor's too (应收日期 · 租金): the rent is what the lessee pays.
  // (…but a plan that charges late payment, "应收金额 | 滞纳金 | 超期天数", is what the payer owes,
  // shown to the one collecting: a lessor's 回款计划 of the rents due.)
  if (
    heads.some((h) => /应收|回款|收益/.test(h)) &&
    !heads.some((h) => /应还|应付|还款|租金/.test(h)) &&
    !(heads.some((h) => /滞纳金/.test(h)) && heads.some((h) => /超期|逾期天数/.test(h)))
  )
    return null;
  // A table of what settling early would cost after each period (期数 · 剩余本金 · 结清还服务费 ·
  // 提前结清金额) is a quote for paying off, not the plan.
  if (
    heads.some((h) => /结清/.test(h)) &&
    !heads.some((h) => /应还|月供|还款金额|还款额|本息/.test(h))
  )
    return null;
  // A log of repayments made (部分还款记录: 本次还款金额 · 剩余应还款金额 · 还款状态 成功) records what
  // was paid and when, not what falls due: its rows end in how each transfer went.
  const state = heads.findIndex((h) => /状态/.test(h));
  if (
    state >= 0 &&
    t.rows.length > 0 &&
    t.rows.every((r) =>
      /^(?:成功|失败|处理中|已撤销|扣款成功|扣款失败)$/.test(compactText(r[state] ?? '')),
    )
  )
    return null;
  const rows: Row[] = [];
  // A column whose every cell is a date is the due date, whatever its header says (还款时间,
  // 应支付日, 账单日).
  // …unless another column's header names the due date (计划还款日 beside 结束计息日).
  const namedDate = t.headers.some((h) => headerRole(h) === 'date');
  // A lessor's cash-flow list (流入量 · 流出量 · 净流量, from the lessor's side): the net flow of each
  // period is what the lessee pays, a deposit handed back at the end taken off it.
  const cashFlow = heads.some((h) => /流入/.test(h)) && heads.some((h) => /流出/.test(h));
  const roles = t.headers.map((h, col) => {
    const role = headerRole(h);
    if (cashFlow)
      return /^净(?:现金)?流量?/.test(compactText(h)) ? 'total' : role === 'date' ? role : 'skip';
    const cells = t.rows.map((r) => r[col] ?? '').filter((c) => c.trim() !== '');
    // A settled record with no column of what was due ("还款日 | 实际还款日 | 已还金额 | 借款管理费"):
    // what was paid each period is the instalment.
    if (
      role === 'skip' &&
      /^已还(?:金额|本息|款额)$/.test(compactText(h)) &&
      !t.headers.some((o) => ['total', 'principal', 'interest'].includes(headerRole(o)))
    )
      return 'total';
    // A plan's bare "金额" beside its period numbers and dates ("分期编号 | 金额 | 开始日期 | 结束日期")
    // is each period's instalment — not a reimbursement list's 金额 beside its dates.
    if (
      role === 'other' &&
      /^金额(?:[(（]元[)）])?$/.test(compactText(h)) &&
      t.headers.some((o) => PERIOD_HEADER.test(compactText(o))) &&
      // (…and only where no other column is the instalment: "金额" beside 应收租金 is a charge's.)
      !t.headers.some((o) => ['total', 'principal', 'interest'].includes(headerRole(o)))
    )
      return 'total';
    if (role !== 'other') return role;
    return !namedDate && cells.length >= 1 && cells.every((c) => date(c) !== null)
      ? 'date'
      : 'skip';
  });
  // Of several date columns, the one the header names as due (应还款日期, 计划还款日, 最晚还款时间)
  // beside the day it was paid, the grace period's last day (最大还款日期) and the loan's own dates
  // (发放日期, 到期日期 the same on every row) is the row's date.
  const dates = roles.flatMap((r, i) => (r === 'date' ? [i] : []));
  const due = dates.filter((i) => /应还|计划|约定|最晚|最迟/.test(compactText(t.headers[i] ?? '')));
  if (dates.length > 1 && due.length === 1) {
    for (const i of dates) if (i !== due[0]) roles[i] = 'skip';
  } else if (dates.length > 1) {
    // …and with no header naming it, the date every row has is when it falls due; a date only the
    // paid rows have ("到期日 | … | 还款时间 2026-04-13 16:22 / —") is when each was paid.
    const everyRow = (col: number): boolean =>
      t.rows.length >= 2 && t.rows.every((r) => date(r[col] ?? '') !== null);
    const full = dates.filter(everyRow);
    if (full.length === 1)
      for (const i of dates)
        if (i !== full[0] && t.rows.some((r) => date(r[i] ?? '') === null)) roles[i] = 'skip';
  }
  // The period column is the first, or one its header names after a title column ("标题 | 第几期",
  // "项目编号 | 还款期数"), or one whose every cell is a period of the plan ("1/6", "第2期").
  const named = t.headers.findIndex((h) =>
    /^(?:第几期|期数|期次|期号|期项|期)$|^(?:还款|账单|分期|租金)?(?:期数|期次)$/.test(
      compactText(h),
    ),
  );
  // …each row its own period: a column that says "6期" on every row is the loan's number of
  // periods (贷款期数), not which period the row is.
  const byContent = Array.from({ length: columnCount(t) }).findIndex(
    (_, col) =>
      col > 0 &&
      t.rows.length >= 2 &&
      t.rows.every((r) =>
        /^第?\s*\d{1,3}\s*(?:\/\s*\d{1,3}\s*期?|期)$/.test(compactText(r[col] ?? '')),
      ) &&
      new Set(t.rows.map((r) => compactText(r[col] ?? ''))).size === t.rows.length,
  );
  const firstIsPeriod = PERIOD.test(compactText(t.rows[0]?.[0] ?? ''));
  const at = named > 0 ? named : byContent >= 0 && !firstIsPeriod ? byContent : 0;
  const use = chooseColumns(t, roles);
  // "应还租金 3,000.00 | 月付服务费 180.00 | 合计 3,180.00": the rent (a premium, a fee for a course)
  // paid in advance for the borrower, left beside a total that adds the fee to it, is the part of
  // that advance the period repays.
  roles.forEach((role, col) => {
    if (role !== 'total' || use[col] || !PRICE_PART.test(compactText(t.headers[col] ?? ''))) return;
    if (roles.some((r) => r === 'principal' || r === 'interest')) return;
    const fees = roles.flatMap((r, i) => (r === 'fee' ? [i] : []));
    const whole = roles.findIndex((r, i) => r === 'total' && use[i]);
    const adds = t.rows.every((r) => {
      const [all, part] = [money(r[whole]), money(r[col])];
      return (
        all !== null &&
        part !== null &&
        sumMoney([part, ...fees.map((f) => money(r[f]) ?? '0')]) === all
      );
    });
    if (whole >= 0 && fees.length > 0 && adds) {
      roles[col] = 'principal';
      use[col] = true;
    }
  });
  const twins = paidTwins(t.headers);
  // No period column at all (an overdue list opens each row with its 逾期天数 0 · 0 · 18 · 0): rows
  // dated one after another are the plan's periods in order.
  const dateCol = roles.indexOf('date');
  const counted = t.rows.every((r, i) => periodIn(r[at]) === i + 1);
  const inDateOrder =
    named < 0 &&
    byContent < 0 &&
    !counted &&
    dateCol > 0 &&
    roles[at] === 'skip' &&
    t.rows.length >= 2 &&
    t.rows.every((r, i) => {
      const d = date(r[dateCol]);
      const prev = i === 0 ? '' : (date(t.rows[i - 1]?.[dateCol]) ?? '9');
      return d !== null && d > prev;
    });
  // A list whose header is drawn apart (a grid's "日期 | 应还(元) | 本金(元) | 利息(元)" in an element
  // of its own): rows that each open with a later due date are the periods in order.
  // (Not an investor's list of what comes back, "2026/05/08 | ￥1,245.60 | … | 5/12期回款 | 项目编号…":
  // money in, from several loans.)
  const datedRows =
    t.headers.length === 0 &&
    t.rows.length >= 2 &&
    !t.rows.some((r) => r.some((c) => /回款|应收|收益|项目(?:编号|名称)/.test(c))) &&
    t.rows.every((r, i) => {
      const d = date(r[0]);
      return d !== null && d > (i === 0 ? '' : (date(t.rows[i - 1]?.[0]) ?? '9'));
    });
  // Charges for paying late inside a row's amount (应还金额 1026.85 = 973.33 + 追期费 36.00 + 滞纳金
  // 17.52): the instalment is the amount without them, where the row's own figures add up so.
  const late = t.headers.flatMap((h, i) =>
    /罚息|违约金|滞纳金|追期|催收|逾期(?!天数)/.test(compactText(h)) ? [i] : [],
  );
  const totalCol = roles.findIndex((r, i) => r === 'total' && use[i]);
  // No period and no date at all (a member centre's 还款列表: 本息 · 利息 · 本金 · 罚息 · 状态):
  // rows whose every 本息 is its 本金 plus its 利息, three or more, are the periods in order.
  const principalCol = roles.findIndex((r, i) => r === 'principal' && use[i]);
  const interestCol = roles.findIndex((r, i) => r === 'interest' && use[i]);
  const byParts =
    named < 0 &&
    byContent < 0 &&
    dateCol < 0 &&
    totalCol >= 0 &&
    principalCol >= 0 &&
    interestCol >= 0 &&
    t.rows.length >= 3 &&
    t.rows.every((r) => {
      const [total, p, i] = [money(r[totalCol]), money(r[principalCol]), money(r[interestCol])];
      return total !== null && p !== null && i !== null && sumMoney([p, i]) === total;
    });
  // (…and so is what a settled record says was paid, beside the fee it records apart: a P2P
  // site's 已还金额 | 借款管理费.)
  const overdue = new Set<Row>();
  // Where a headerless row's total was found among its bare amounts, and at which of them.
  const wholeAt = new Map<Row, { bares: string[]; at: number }>();
  // The cells of the row last taken as a period.
  let lastRaw: readonly string[] | undefined;
  const interestAndPrincipalOnly =
    (/本息/.test(compactText(t.headers[totalCol] ?? '')) ||
      /^已还(?:金额|款额)$/.test(compactText(t.headers[totalCol] ?? ''))) &&
    !/合计|总|含/.test(compactText(t.headers[totalCol] ?? ''));
  for (const raw of t.rows) {
    // "首期¥1786.71" in one cell: the first period, and its amount as a cell of its own.
    // …not a label that starts with the word ("首期后待付本金 | ¥900.00").
    const head = /^首期\s*([^\u4e00-\u9fa5]*)$/.exec(compactText(raw[0] ?? ''));
    const whole = head ? ['1', ...(head[1] ? [head[1]] : []), ...raw.slice(1)] : raw;
    // Cells after the last header with no figure (an action column: "马上还款", or empty) are no
    // columns of the plan.
    let end = whole.length;
    while (end > t.headers.length && !/\d/.test(whole[end - 1] ?? '')) end--;
    const trimmed = whole.slice(0, end);
    // "第01期 | 2026-04-15" under one 期数 header: the period's cell holds its due date too.
    const dated =
      trimmed.length === t.headers.length + 1 && date(trimmed[at + 1]) !== null
        ? date(trimmed[at + 1])
        : null;
    const cells = dated === null ? trimmed : trimmed.filter((_, i) => i !== at + 1);
    const first = compactText(cells[at] ?? '');
    if (TOTAL_ROW.test(compactText(cells[0] ?? ''))) continue;
    // The row of the money paid out ("↧ 2026-03-02 · 48,500.00 · 放款至您的账户"): no instalment.
    if (raw.some((c) => /^(?:放款|贷款发放|已放款)|放款至|放款成功/.test(compactText(c)))) continue;
    const pm = inDateOrder ? null : periodIn(first);
    // A 序号 column of record numbers (20531, 20532, …): the rows' order is their period.
    // …or a plan that starts each row with its due date (还款日期 | 本金 | 利息 | 应还本息).
    const byDate =
      pm === null && at === 0 && (roles[0] === 'date' || datedRows) && date(first) !== null;
    const byOrder =
      (pm === null && /序号|编号|流水/.test(t.headers[0] ?? '') && /^\d+$/.test(first)) ||
      byDate ||
      inDateOrder ||
      byParts;
    if (pm === null && !byOrder) continue;
    // A plan in date order whose paid period is followed by the record of paying it, on the same
    // day ("2026-04-15 · 12,000.00 · 1,440.00 · … · 36,000.00 · OR-0004127" under "2026-04-15 ·
    // 12,000.00 · 1,440.00 · · "): one period, not two — the record fills cells the period left
    // blank (the balance after it, the receipt). Two loans due the same day, each row full (a
    // student loan's two semesters), stay two rows.
    if (
      byDate &&
      lastRaw !== undefined &&
      rows[rows.length - 1]?.dueDate === date(first) &&
      fillsBlanksOf(raw, lastRaw)
    )
      continue;
    // A repayment made early, recorded under the period it was made in ("9 | 提前结清 | … | 103,500.00"
    // after "9 | 计划还款 | … | 1,500.00"): money the plan as agreed never asked for.
    if (
      pm !== null &&
      rows.some((r) => r.period === pm) &&
      raw.some((c) => /^(?:部分)?提前(?:结清|还款|还本|清偿)/.test(compactText(c)))
    )
      continue;
    let lateInline = new Decimal(0);
    const row: Row = {
      period: pm ?? rows.length + 1,
      dueDate: null,
      total: null,
      principal: null,
      interest: null,
      fees: {},
    };
    if (t.headers.length === cells.length) {
      cells.forEach((c, i) => {
        const role = roles[i];
        if (i === at && byDate) row.dueDate = date(c);
        if (i === at || !role || role === 'skip' || !use[i]) return;
        // An empty cell (no repayment yet) leaves the date another column gave.
        if (role === 'date') row.dueDate = date(c) ?? row.dueDate;
        else if (role === 'total') {
          const paid = twins.get(i);
          const v = money(c);
          row.total ??=
            paid === undefined || v === null ? v : sumMoney([v, money(cells[paid]) ?? '0']);
        } else if (role === 'principal' || role === 'interest') {
          const paid = twins.get(i);
          const v = money(c);
          row[role] =
            paid === undefined || v === null ? v : sumMoney([v, money(cells[paid]) ?? '0']);
        } else {
          const v = money(c);
          if (v !== null) row.fees[feeName(t.headers[i] ?? '')] = v;
        }
      });
      // A lease's 尾款 (the balloon, paid with the last rent) is principal too.
      t.headers.forEach((h, i) => {
        const v = BALLOON.test(compactText(h)) ? money(cells[i]) : null;
        if (v !== null && v !== '0.00') row.principal = sumMoney([row.principal ?? '0', v]);
      });
    } else {
      // A list without headers: dates and bare amounts by form, the rest by inline labels. Of
      // several bare amounts, the one the others add up to is the row's total ("956.76 | 96.00 |
      // 144.00 | 1,196.76"), wherever it stands.
      const own = labelsWithFigures(cells.filter((_, i) => i !== at)).flatMap(partsApart);
      const bares = own
        .map((c) => c.normalize('NFKC'))
        .filter((n) => date(n) === null)
        .flatMap((n) => money(n) ?? []);
      const whole =
        bares.find(
          (b, k) =>
            bares.length >= 3 &&
            new Decimal(sumMoney(bares.filter((_, j) => j !== k))).minus(b).abs().lte('0.01'),
        ) ?? sumOfSomeOthers(bares);
      if (whole !== undefined) {
        row.total = whole;
        wholeAt.set(row, { bares, at: bares.indexOf(whole) });
      }
      for (const c of own) {
        const n = c.normalize('NFKC');
        // "2026-05-20 应还 621.07元" in one cell: the row's date and its amount.
        const dueAndAmount = DATE_THEN_AMOUNT.exec(n.trim());
        if (dueAndAmount) {
          row.dueDate ??= date(dueAndAmount[1]);
          row.total ??= money(dueAndAmount[2]);
        }
        // "本金566.67 + 分期服务费54.40" in one cell: the parts of that amount.
        const pieces = partsOf(n);
        if (pieces && pieces.length > 1)
          for (const [name, amount] of pieces) addPart(row, name, amount);
        row.dueDate ??= date(n);
        // ("本金¥1,000.00", "+利息¥54.00": the currency sign between.)
        const inline = /本金\s*[:：]?\s*¥?\s*([\d,.]+)/.exec(n);
        if (inline) row.principal = money(inline[1]);
        const interest = /利息\s*[:：]?\s*¥?\s*([\d,.]+)/.exec(n);
        if (interest) row.interest = money(interest[1]);
        const bare = money(n);
        // "3218.80" is an amount, "2026.06.15" a date: only a cell that is no date is a total.
        if (bare !== null && date(n) === null) row.total ??= bare;
        // "+服务费75.00", "+风险保障金25.00": a part of the instalment.
        const part = PART.exec(n.trim());
        if (part?.[1] && part[2] && part[1] !== '本金' && part[1] !== '利息')
          addPart(row, part[1], part[2]);
        // "+逾期费¥2.57" on a late row: added to its sum, no part of its instalment.
        if (part?.[1] && part[2] && LATE_CHARGE.test(part[1]))
          lateInline = lateInline.plus(money(part[2]) ?? '0');
      }
    }
    row.dueDate ??= dated;
    if (byDate) row.dueDate ??= date(first);
    // "待还本息 1,758.32 | 借款管理费 160.00": a total that is principal and interest alone — by its
    // header or by its own parts — leaves the fee columns beside it; the instalment is both.
    const fees = Object.values(row.fees);
    // Where the row shows its parts, they decide (an 应还本息 that holds a fee is more than them).
    const alone =
      row.principal !== null && row.interest !== null
        ? row.total === sumMoney([row.principal, row.interest])
        : interestAndPrincipalOnly;
    if (row.total !== null && fees.length > 0 && alone) row.total = sumMoney([row.total, ...fees]);
    if (row.total === null && row.principal !== null) {
      row.total = sumMoney([row.principal, row.interest ?? '0', ...Object.values(row.fees)]);
    }
    principalFromParts(row);
    if (row.total !== null && row.principal !== null && (late.length > 0 || lateInline.gt(0))) {
      const over = late.reduce((acc, i) => acc.plus(money(cells[i]) ?? '0'), lateInline);
      const parts = new Decimal(
        sumMoney([row.principal, row.interest ?? '0', ...Object.values(row.fees)]),
      );
      if (over.gt(0) && new Decimal(row.total).minus(parts).minus(over).abs().lte('0.01'))
        row.total = parts.toFixed(2);
    }
    // …whose list of what came in names the parts ("租金3,284.96；管理服务费512.00"): the fees among
    // them are in the net flow already.
    if (cashFlow)
      t.headers.forEach((h, i) => {
        if (!/流入.*(?:清单|明细|说明)/.test(compactText(h))) return;
        for (const m of (cells[i] ?? '').matchAll(
          /([\u4e00-\u9fa5]{1,8}费)\s*([\d,]+(?:\.\d{1,2})?)/g,
        ))
          if (m[1] && m[2]) addPart(row, m[1], m[2]);
      });
    if (row.total !== null) {
      rows.push(row);
      lastRaw = raw;
      if (raw.some((c) => /^(?:已)?逾期$/.test(compactText(c)))) overdue.add(row);
    }
  }
  // A row marked overdue whose sum is more than every other row's one instalment ("8/24 · 逾期 ·
  // 7,458.03" among 3,901.78s) holds what the late payment added (罚息, 违约金, 拖车费): the period's
  // instalment is the one the others show.
  const usual = rows.filter((r) => !overdue.has(r)).slice(0, -1);
  const each = usual[0]?.total;
  if (
    overdue.size > 0 &&
    overdue.size <= 3 &&
    usual.length >= 3 &&
    each != null &&
    usual.every((r) => r.total === each)
  )
    for (const r of overdue)
      if (r.total !== null && new Decimal(r.total).gt(each)) {
        r.total = each;
        r.principal = null;
        r.interest = null;
      }
  sameColumnTotals(rows, wholeAt);
  // An instalment is never less than the fee it carries ("当月还款金额 ¥0.00 · 服务费 ¥450.00"):
  // such a column is the principal repaid, and the fee columns come on top of it.
  const feeOf = (r: Row): Decimal =>
    Object.values(r.fees).reduce((sum, f) => sum.plus(f), new Decimal(0));
  if (rows.some((r) => r.total !== null && r.principal === null && feeOf(r).gt(r.total)))
    for (const r of rows) {
      if (r.total === null || r.principal !== null) continue;
      r.principal = r.total;
      r.total = new Decimal(r.total).plus(feeOf(r)).toFixed(2);
    }
  // A plan starts at its first period; rows from the middle are a layout read as a table.
  if (rows.length < 1 || rows[0]?.period !== 1) return null;
  return { rows, finePrint: t.finePrint, locator: t.locator };
}

/**
 * A headerless plan's total stands in the same place in every row. A row whose other figures
 * happen to add up too (the second-last row of "546.87 | 436.80 | 110.07 | 剩余 1,093.74", where the
 * balance left is two instalments) takes its total from where the other rows have theirs, as long
 * as that figure is a sum of its row's others as well.
 */
function sameColumnTotals(
  rows: readonly Row[],
  wholeAt: ReadonlyMap<Row, { bares: string[]; at: number }>,
): void {
  const places = [...wholeAt.values()].map((w) => w.at);
  if (places.length < 3) return;
  const usual = places.find((at) => places.filter((x) => x === at).length * 3 >= places.length * 2);
  if (usual === undefined) return;
  for (const r of rows) {
    const w = wholeAt.get(r);
    const there = w?.bares[usual];
    if (!w || w.at === usual || there === undefined || r.total !== w.bares[w.at]) continue;
    if (
      sumOfParts(
        there,
        w.bares.filter((_, j) => j !== usual),
      )
    )
      r.total = there;
  }
}

/**
 * A plan drawn as two tables side by side — the period and its date in a fixed left part, the
 * amounts in a part that scrolls ("期数 | 还款日期" beside "应还本金 | 应还利息 | 应还担保费 …", row
 * for row) — is one table: the second, with no period column of its own, continues the first.
 */
function zipSideBySide(tables: RawTable[]): RawTable[] {
  const out: RawTable[] = [];
  for (const t of tables) {
    const left = out[out.length - 1];
    const periodFirst = (x: RawTable): boolean => x.rows.every((r) => periodIn(r[0]) !== null);
    if (
      left !== undefined &&
      left.headers.length >= 1 &&
      t.headers.length >= 2 &&
      left.rows.length >= 2 &&
      left.rows.length === t.rows.length &&
      periodFirst(left) &&
      !periodFirst(t) &&
      t.headers.some((h) => ['total', 'principal', 'interest'].includes(headerRole(h)))
    ) {
      out[out.length - 1] = {
        ...left,
        headers: [...left.headers, ...t.headers],
        rows: left.rows.map((r, i) => [...r, ...(t.rows[i] ?? [])]),
        finePrint: left.finePrint || t.finePrint,
      };
      continue;
    }
    out.push(t);
  }
  return out;
}

/**
 * A table whose fixed columns are drawn as copies laid over it (Element UI's el-table: the main
 * table leaves "期数 | 应还日期" blank under its fixed columns, and a second table of the same
 * columns and rows fills only those) is one table: each column from the copy that fills it. Only
 * where the two never both fill a header or a cell.
 */
function overlayFixedColumns(tables: RawTable[]): RawTable[] {
  const blank = (c: string | undefined): boolean => (c ?? '').trim() === '';
  const fits = (a: RawTable, b: RawTable): boolean =>
    a.headers.length >= 3 &&
    a.headers.length === b.headers.length &&
    a.rows.length >= 2 &&
    a.rows.length === b.rows.length &&
    a.headers.some((h) => !blank(h)) &&
    b.headers.some((h) => !blank(h)) &&
    a.headers.every((h, i) => blank(h) || blank(b.headers[i])) &&
    a.rows.every(
      (r, i) =>
        r.length === a.headers.length &&
        b.rows[i]?.length === r.length &&
        r.every((c, j) => blank(c) || blank(b.rows[i]?.[j])),
    );
  const out: RawTable[] = [];
  for (const t of tables) {
    const k = out.findIndex((o) => fits(o, t));
    const base = out[k];
    if (base === undefined) {
      out.push(t);
      continue;
    }
    const pick = (x: string | undefined, y: string | undefined): string =>
      blank(x) ? (y ?? '') : (x ?? '');
    out[k] = {
      ...base,
      headers: base.headers.map((h, i) => pick(h, t.headers[i])),
      rows: base.rows.map((r, i) => r.map((c, j) => pick(c, t.rows[i]?.[j]))),
      finePrint: base.finePrint || t.finePrint,
    };
  }
  return out;
}

/**
 * A plan inside a larger layout table (an Excel-exported slip: the borrower's details, then a row
 * "期次 | 还款日 | 本金 | 利息 | 合计 | 状态", then the plan's rows): the rows under that header row,
 * as long as they keep its width, are a table of their own.
 */
function embeddedPlan(t: RawTable): RawTable[] {
  const k = t.rows.findIndex((r, i) => {
    if (i === 0 && t.headers.length > 0) return false;
    const cells = r.map(compactText);
    const period = cells.some((c) => /^(?:期次|期数|期号|第几期|期)$/.test(c));
    const roles = cells.filter((c) =>
      ['date', 'total', 'principal', 'interest'].includes(headerRole(c)),
    );
    // …not a lessor's plan of what it receives (应收租金 · 收入): the loan's plan is the payer's.
    return (
      period &&
      roles.length >= 2 &&
      !cells.some((c) => /\d/.test(c) || /应收|回款|收益|收入|预期/.test(c))
    );
  });
  const header = k >= 0 ? t.rows[k] : undefined;
  if (!header) return [t];
  const rows = t.rows.slice(k + 1).filter((r) => r.length === header.length);
  return rows.length >= 1 ? [{ ...t, headers: header, rows }] : [t];
}

/** "第1期 2026/06/20": a period and its due date in one cell. */
const PERIOD_THEN_DATE = /^(第?\s*\d{1,3}\s*(?:期|\/\s*\d{1,3}\s*期?)?)\s+(\S.*)$/;

/**
 * Whether `record` repeats `period`'s cells and fills some that `period` left blank (a payment
 * record under the period it paid: the balance after it, a receipt number).
 */
function fillsBlanksOf(record: readonly string[], period: readonly string[]): boolean {
  const blank = (c: string | undefined): boolean => (c ?? '').trim() === '';
  let filled = false;
  for (let i = 0; i < Math.max(record.length, period.length); i++) {
    if (blank(period[i]) && !blank(record[i])) filled = true;
    else if (!blank(period[i]) && compactText(period[i] ?? '') !== compactText(record[i] ?? ''))
      return false;
  }
  return filled;
}

/**
 * A back office's plan whose title is a row of the table itself, above the row of headers
 * ("| 贷款还款交易" then "应还日期 | 实还日期 | 应还本金 | …"): the second row is the header.
 * Only a lone word above a row of three or more words with no figure.
 */
function withoutTitleRow(t: RawTable): RawTable {
  const [title, header, ...rows] = t.rows;
  if (t.headers.some((h) => h.trim() !== '') || !title || !header || rows.length < 1) return t;
  const words = (r: readonly string[]): string[] => r.filter((c) => c.trim() !== '');
  const lone = words(title).length === 1 && !/\d/.test(title.join(''));
  const heads = words(header).length >= 3 && !/\d/.test(header.join(''));
  return lone && heads ? { ...t, headers: header, rows } : t;
}

/**
 * A plan dated by a month and a year column ("月份 4 | 年份 2026 | 期初余额 | 本月还本 …", a
 * payroll deduction's plan): rows whose months follow one another are its periods in order, the
 * two columns one period column. Months that skip or repeat leave the table as it is.
 */
function monthAndYearAsPeriods(t: RawTable): RawTable {
  const heads = t.headers.map(compactText);
  const m = heads.indexOf('月份');
  const y = heads.indexOf('年份');
  if (m < 0 || y < 0 || t.rows.length < 2) return t;
  const months = t.rows.map((r) => {
    const [month, year] = [Number(compactText(r[m] ?? '')), Number(compactText(r[y] ?? ''))];
    return Number.isInteger(month) && month >= 1 && month <= 12 && /^\d{4}$/.test(String(year))
      ? year * 12 + month
      : NaN;
  });
  if (!months.every((k, i) => i === 0 || k === (months[i - 1] ?? NaN) + 1)) return t;
  const keep = (r: readonly string[]): string[] => r.filter((_, i) => i !== m && i !== y);
  return {
    ...t,
    headers: ['期数', ...keep(t.headers)],
    rows: t.rows.map((r, i) => [String(i + 1), ...keep(r)]),
  };
}

/**
 * A column of periods whose cells carry the due date on a line below ("期数/还款日" over "第1期
 * <br>2026/06/20"): two columns, named by the header's two halves, so the period and the date are
 * each read where the plan's other columns expect them.
 */
function splitPeriodAndDate(t: RawTable): RawTable {
  const col = Array.from({ length: columnCount(t) }).findIndex(
    (_, k) =>
      t.rows.length >= 2 &&
      t.rows.every((r) => {
        const m = PERIOD_THEN_DATE.exec((r[k] ?? '').trim());
        return m !== null && periodIn(m[1]) !== null && date(m[2]) !== null;
      }),
  );
  if (col < 0) return splitPeriodDateAndParts(t);
  const header = t.headers[col] ?? '';
  const halves = header.split(/[/／、]/);
  const names = halves.length === 2 ? halves : [header, '还款日'];
  const around = (r: readonly string[], cells: string[]): string[] => [
    ...r.slice(0, col),
    ...cells,
    ...r.slice(col + 1),
  ];
  return {
    ...t,
    headers: t.headers.length > 0 ? around(t.headers, names) : [],
    rows: t.rows.map((r) => {
      const m = PERIOD_THEN_DATE.exec((r[col] ?? '').trim());
      return around(r, [m?.[1] ?? '', m?.[2] ?? '']);
    }),
  };
}

/**
 * A list without headers whose first cell is the period, its due date and the instalment's parts
 * ("第1期 2026-04-05 本金700.00 + 利息63.00 + 车辆管理费15.00 | ￥778.00 已还 2026-04-05"): three
 * cells, so the due date is read as the row's, not the day a bill was paid in the next cell.
 */
function splitPeriodDateAndParts(t: RawTable): RawTable {
  if (t.headers.length > 0 || t.rows.length < 2) return t;
  const cut = (cell: string | undefined): [string, string, string] | null => {
    const m = PERIOD_THEN_DATE.exec((cell ?? '').trim());
    const d = m?.[2] ? DATE_THEN_PARTS.exec(m[2]) : null;
    return m?.[1] && d?.[1] && d[2] && periodIn(m[1]) !== null && date(d[1]) !== null
      ? [m[1], d[1], d[2]]
      : null;
  };
  if (!t.rows.every((r) => cut(r[0]) !== null)) return t;
  return { ...t, rows: t.rows.map((r) => [...(cut(r[0]) ?? []), ...r.slice(1)]) };
}
const DATE_THEN_PARTS =
  /^(\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?)\s+(本金\s*[¥￥]?\s*[\d,.]+\s*(?:元)?\s*[+＋].+)$/;

/**
 * How many columns a table has: its headers, or — a list without headers, a card's rows "3162.00元 |
 * 1/12期 2025-10-18 | 已还款" — its first row.
 */
function columnCount(t: RawTable): number {
  return t.headers.length > 0 ? t.headers.length : (t.rows[0]?.length ?? 0);
}

/** "第1-23期", "1~23": a row that stands for a run of equal periods. */
const PERIOD_RANGE = /^第?(\d{1,3})\s*[-–—~～至到]\s*第?(\d{1,3})期?$/;

/**
 * A plan that writes its equal periods once ("第1-23期 | 2,298.03 | 250.00 | 2,673.03", then "第24期
 * | 2,297.93 | …"): each run of periods becomes its rows, where the runs count on from period 1
 * without a gap.
 */
function expandRanges(t: RawTable): RawTable {
  if (!t.rows.some((r) => PERIOD_RANGE.test(compactText(r[0] ?? '')))) return t;
  const rows: string[][] = [];
  for (const r of t.rows) {
    const cell = compactText(r[0] ?? '');
    const range = PERIOD_RANGE.exec(cell);
    const [from, to] = range
      ? [Number(range[1]), Number(range[2])]
      : [periodIn(cell), periodIn(cell)];
    if (from === null || to === null) {
      rows.push(r);
      continue;
    }
    if (from !== rows.filter((x) => periodIn(x[0]) !== null).length + 1 || to < from || to > 360)
      return t;
    for (let k = from; k <= to; k++) rows.push([`第${String(k)}期`, ...r.slice(1)]);
  }
  return { ...t, rows };
}

/**
 * A plan table whose header is drawn apart, as runs of their own just before it (a Vant page's
 * "期数 | 本金 | 利息 | 租金 | 服务费" row of cols above a table of bare figures): those runs are its
 * header, one a column. Only words, as many as the columns, and none inside the table.
 */
export function withHeadersDrawnApart(tables: RawTable[], blocks: readonly RawBlock[]): RawTable[] {
  return tables.map((t) => {
    const width = t.rows[0]?.length ?? 0;
    if (t.headers.some((h) => h.trim() !== '') || width < 3 || t.rows.length < 2) return t;
    if (t.rows.some((r) => r.length !== width)) return t;
    const first = blocks.findIndex(
      (b) => b.locator.startsWith(t.locator) && b.text.trim() === (t.rows[0]?.[0] ?? '').trim(),
    );
    if (first < width) return t;
    const above = blocks.slice(first - width, first);
    const words = above.every(
      (b) =>
        !b.locator.startsWith(`${t.locator} `) &&
        /^[\u4e00-\u9fa5()（）]{1,8}$/.test(compactText(b.text)),
    );
    return words ? { ...t, headers: above.map((b) => b.text.trim()) } : t;
  });
}

/**
 * A member centre's or a back office's plan listed latest period first ("期数 12 · 11 · … · 1",
 * 缴款明细 with the paid periods at the bottom): the periods in order are its rows reversed.
 */
function latestFirst(t: RawTable): RawTable {
  const at = t.headers.findIndex((h) => PERIOD_HEADER.test(compactText(h)));
  const n = t.rows.length;
  return at >= 0 && n >= 3 && t.rows.every((r, i) => periodIn(r[at]) === n - i)
    ? { ...t, rows: [...t.rows].reverse() }
    : t;
}

/**
 * A shop's plan that opens with the down payment as its row 0 ("0 · 2026年2月5日 · ¥599.00 · 首付 ·
 * 已付款"): paid for the goods on the day, no instalment of what is financed.
 */
function withoutDownPayment(t: RawTable): RawTable {
  const [first, ...rest] = t.rows;
  return first && rest.length >= 2 && first.some((c) => /^首付(?:款|金额)?$/.test(compactText(c)))
    ? { ...t, rows: rest }
    : t;
}

/** Schedules on the page; tables with the same number of periods are merged period by period. */
export function schedules(tables: RawTable[]): Schedule[] {
  const found = zipSideBySide(overlayFixedColumns(tables))
    .map(withoutTitleRow)
    .map(monthAndYearAsPeriods)
    .map(splitPeriodAndDate)
    .map(expandRanges)
    .map(latestFirst)
    .map(withoutDownPayment)
    .flatMap(embeddedPlan)
    // A ledger's rows are loans, not the instalments of one.
    .filter((t) => !isDealLedger(t))
    .map(fromTable)
    .filter((s): s is Schedule => s !== null && s.rows.length >= 1);
  const merged: Schedule[] = [];
  for (const s of found) {
    const twin = merged.find(
      (m) =>
        m.rows.length === s.rows.length && m.rows.every((r, i) => r.period === s.rows[i]?.period),
    );
    if (!twin) {
      merged.push(s);
      continue;
    }
    twin.rows = twin.rows.map((r, i) => {
      const o = s.rows[i] ?? r;
      const total =
        r.total !== null && o.total !== null
          ? new Decimal(o.total).gt(r.total)
            ? o.total
            : r.total
          : (r.total ?? o.total);
      return {
        period: r.period,
        dueDate: r.dueDate ?? o.dueDate,
        total,
        principal: r.principal ?? o.principal,
        interest: r.interest ?? o.interest,
        fees: { ...o.fees, ...r.fees },
      };
    });
  }
  return merged;
}

/**
 * The amount a plan repays as principal, when the page states none: its principal column's sum,
 * or — a plan of equal charges whose last row alone is larger by a round sum (先息后本: "还款本息
 * 500.00" five times, then 50,500.00) — that difference.
 */
export function principalOfPlan(s: Schedule): { value: string; how: string } | null {
  if (s.rows.length < 2) return null;
  if (s.rows.every((r) => r.principal !== null)) {
    const value = sumMoney(s.rows.map((r) => r.principal ?? '0'));
    return new Decimal(value).gt(0) ? { value, how: '还款计划本金合计' } : null;
  }
  const totals = s.rows.map((r) => r.total);
  const head = totals.slice(0, -1);
  const last = totals.at(-1);
  if (last == null || head.some((t) => t === null || t !== head[0]) || head[0] == null) return null;
  const extra = new Decimal(last).minus(head[0]);
  const round = extra.mod(100).isZero() && extra.gte(new Decimal(head[0]).times(5));
  return round ? { value: extra.toFixed(2), how: '还款计划末期多还的本金' } : null;
}

/**
 * The amount lent, when the page states none but says what the plan repays in all and what of it
 * is interest ("分期还款总额 4800.00 · 分期利息 0.00") and the plan's rows add up to that total: the
 * total less the interest. Unlabelled figures do not count: the page must name both.
 */
export function principalOfStatedTotals(
  plans: readonly Schedule[],
  totals: readonly Candidate<string>[],
  interests: readonly Candidate<string>[],
): { value: string; how: string } | null {
  for (const total of totals.filter((t) => t.origin === 'label')) {
    const agrees = plans.some(
      (s) => s.rows.length >= 2 && sumMoney(s.rows.map((r) => r.total ?? '0')) === total.value,
    );
    const interest = interests.find((i) => i.origin === 'label');
    if (!agrees || interest === undefined) continue;
    const value = new Decimal(total.value).minus(interest.value);
    if (value.gt(0)) return { value: value.toFixed(2), how: '还款总额减利息' };
  }
  return null;
}

export function toPayments(s: Schedule): Payment[] {
  return s.rows.map((r) => ({
    dueDate: r.dueDate,
    amount: r.total ?? '0.00',
    ...(r.principal !== null ? { principal: r.principal } : {}),
    ...(r.interest !== null ? { interest: r.interest } : {}),
    ...(Object.keys(r.fees).length > 0 ? { fees: r.fees } : {}),
    source: {
      text: `第${String(r.period)}期 ${r.total ?? ''}`,
      locator: s.locator,
      finePrint: s.finePrint,
    },
  }));
}

/** The method a schedule's shape shows when the page does not name one. */
export function methodFromSchedule(
  s: Schedule,
): '等额本息' | '等额本金' | '等本等息' | '先息后本' | null {
  const rows = s.rows.slice(0, -1);
  if (rows.length < 2) return null;
  const p = rows.map((r) => r.principal);
  const i = rows.map((r) => r.interest);
  const t = rows.map((r) => r.total);
  const constant = (xs: (string | null)[]): boolean => xs.every((x) => x !== null && x === xs[0]);
  const noInterest = i.every((x) => x === null);
  const feesConstant = rows.every(
    (r) =>
      JSON.stringify(r.fees) === JSON.stringify(rows[0]?.fees) && Object.keys(r.fees).length > 0,
  );
  // No principal before the last row, the same charge in each: interest (or a fee) first, the
  // principal at the end.
  if (
    p.every((x) => x === null || new Decimal(x).isZero()) &&
    (constant(i) || (noInterest && feesConstant && p.some((x) => x !== null)))
  )
    return '先息后本';
  // Equal principal plus a constant fee and no interest column: a checkout 分期 table (手续费 column).
  if (constant(p) && (constant(i) || (noInterest && feesConstant))) return '等本等息';
  // Equal principal and equal instalments: the charge on top is constant, a flat one.
  if (constant(p) && constant(t)) return '等本等息';
  if (constant(p)) return '等额本金';
  const rising = p.every((x, k) => x !== null && (k === 0 || new Decimal(x).gt(p[k - 1] ?? '0')));
  if (constant(t) && rising) return '等额本息';
  return null;
}

/**
 * The method equal instalments show when the page names none: principal ÷ n plus, beside the fees
 * each carries, a charge that is a whole hundredth of a percent of the principal (1,096 on 12,000 over 12 = 1,000 + 0.8 %) is
 * 等本等息, a flat charge on the original principal; any other equal instalments repay an annuity
 * (等额本息). Null when the instalments differ (beyond a last one that closes the rounding).
 */
export function methodOfEqualPayments(
  amounts: readonly string[],
  principal: string,
  feesEach: Decimal,
): '等额本息' | '等本等息' | null {
  const [first] = amounts;
  if (first === undefined || amounts.length < 2) return null;
  const body = amounts.slice(0, -1);
  const last = new Decimal(amounts[amounts.length - 1] ?? first);
  if (body.some((a) => a !== first) || last.minus(first).abs().gt(1)) return null;
  const p = new Decimal(principal);
  if (p.lte(0)) return null;
  // The fees each instalment carries are no part of the interest.
  const charge = new Decimal(first).minus(feesEach).minus(p.div(amounts.length).toDecimalPlaces(2));
  if (charge.lt(0)) return null;
  const flat = p.times(charge.div(p).toDecimalPlaces(4)).toDecimalPlaces(2);
  return flat.eq(charge) ? '等本等息' : '等额本息';
}

/**
 * A schedule written as a list of lines, one per instalment, with no table and no period column:
 * "2026-10-25 · 1,479.47元", "2018/04/13(第三期) ¥990.00". Consecutive lines of date + amount are
 * the rows, in order.
 */
const DATE_ONLY = /^(?:\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?|第\s*\d{1,3}\s*期|\d{1,3}\s*期|首期)$/;
/** Where a plan row stands: 已还款, 待还, 已结清, 已逾期 5天, 待支付. */
const ROW_STATUS = String.raw`(?:已还(?:清|款)?|(?:本期)?待还款?|未还款?|未到期|已结清|还款中|逾期中|已逾期(?:\s*\d+\s*天)?|剩余\s*\d+\s*天|(?:已|待|未)?支付)`;
/** …on a line of its own between rows, which does not end the list; with a note ("待还（本期）"). */
const ROW_STATUS_ALONE = new RegExp(String.raw`^${ROW_STATUS}(?:\s*[(（][^)）\d]{1,8}[)）])?$`);
const ROW_ACTION_ALONE = /^(?:[-—–·•]|去还款|立即还款|提前还款|查看详情|详情)$/;
/** …glued to the row's date ("2026-01-15已还款"). */
const ROW_STATUS_AFTER = new RegExp(String.raw`\s*${ROW_STATUS}$`);
/** A period marker on a line of its own above the row's date: "1/12期", "第1期". */
const PERIOD_ONLY =
  /^(?:第\s*\d{1,3}\s*期(?:\s*\/\s*共\s*\d{1,3}\s*期)?|第?\s*\d{1,3}\s*\/\s*\d{1,3}\s*期|[(（]\s*\d{1,3}\s*\/\s*\d{1,3}\s*[)）]\s*期)$/;
/**
 * "第一期：2026-7-25 2120.00元", "第1/3期 · 2026-05-15": a period marker before the row's date. A
 * plan paying interest each quarter counts its rows as times ("第1次结息 2026-06-20").
 */
const PERIOD_BEFORE_DATE =
  /^(?:第\s*[\d一二三四五六七八九十]{1,3}\s*(?:期|次(?:结息|付息|还息|还款|还本付息)?)|第?\s*\d{1,3}\s*\/\s*\d{1,3}\s*期)\s*[:：·]?\s*(?=\d{4}[-/.年])/;
/**
 * A card's label and its figure in two cells ("本金:" | "792.88", "服务费：" | "25.00"), joined: the
 * figure is that part, never a bare amount that could be the row's total.
 */
function labelsWithFigures(cells: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i] ?? '';
    const next = cells[i + 1];
    if (
      /^[\u4e00-\u9fa5]{1,8}\s*[:：]$/.test(c.trim()) &&
      next !== undefined &&
      money(next) !== null
    ) {
      out.push(c.trim() + next.trim());
      i++;
    } else out.push(c);
  }
  return out;
}

/** An amount with a bracket after it ("应还2,718.57元（…）"): the amount as written, and the bracket's text. */
function amountThenBracket(text: string): { amount: string; inside: string } | null {
  const m = /^(.*?\d)\s*元?\s*[(（]([^()（）]+)[)）]$/.exec(text.normalize('NFKC').trim());
  return m?.[1] && m[2] ? { amount: `${m[1]}元`, inside: m[2].trim() } : null;
}

/**
 * A cell whose amount is followed by its parts in brackets ("2026-07-18 应还2,718.57元（本金2,418.57 +
 * 利息180.00 + 保证保险费120.00）"): the amount and its parts, as two cells.
 */
function partsApart(cell: string): string[] {
  const b = amountThenBracket(cell);
  const inside = b?.inside.replace(/^(?:含|其中)\s*/, '');
  const parts = inside ? partsOf(inside) : null;
  return b && inside && parts && parts.length > 1 ? [b.amount, inside] : [cell];
}

/**
 * An amount followed by what it adds up ("3,675.00元（租金175.00元＋回购价3,500.00元）"): the amount,
 * where the figures in brackets make it to the cent.
 */
function addedUp(text: string): string | undefined {
  const b = amountThenBracket(text);
  const whole = b ? money(b.amount) : null;
  const figures = [...(b?.inside ?? '').matchAll(/\d[\d,]*(?:\.\d{1,2})?/g)].map((f) =>
    f[0].replace(/,/g, ''),
  );
  return b && whole !== null && figures.length >= 2 && sumMoney(figures) === whole
    ? b.amount
    : undefined;
}

/** A row's due date and what it repays in one cell: "2026-05-20 应还 621.07元". */
const DATE_THEN_AMOUNT =
  /^(\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?)\s*(?:应还|待还|应付)\s*[:：]?\s*¥?\s*([\d,]+(?:\.\d{1,2})?)\s*元?$/;
/**
 * One part of a row's amount on a line of its own: "本金981.41", "+利息45.00", "+服务费60.00",
 * "+费用260.68", or named as due ("应还本金：2000.00元", "应还利息：108.00元"): the due word is no part of the name.
 */
const PART =
  /^[+＋]?\s*(?:含)?(?:应还|应付|待还|本期应还|当期应还)?(本金|利息|息费|[\u4e00-\u9fa5]{0,6}费用|[\u4e00-\u9fa5]{1,6}(?:费|金))\s*[:：]?\s*¥?\s*([\d,]+(?:\.\d{1,2})?)\s*元?$/;
/**
 * The parts of a row's amount on one line, each named with its figure ("本金566.67 + 分期服务费54.40",
 * "本金1666.67+服务费180.00"), or null where any piece is not such a part.
 */
function partsOf(text: string): [string, string][] | null {
  const out: [string, string][] = [];
  // (…or side by side: "含利息80.00元 担保费50.00".)
  for (const piece of text.split(/(?=[+＋])|(?<=\d)\s*元?\s+(?=[\u4e00-\u9fa5])/)) {
    const p = PART.exec(piece.trim());
    if (!p?.[1] || !p[2]) return null;
    out.push([p[1], p[2]]);
  }
  return out;
}
const AMOUNT_ONLY =
  /^(?:应还|待还|已还)?\s*¥?\s*[\d,]+(?:\.\d{1,2})?\s*元?\s*(?:已还|待还|未还|已结清|已逾期)?$/;

/**
 * A row that states its amount and its interest but not its principal ("本期应还本息 4,169.67 ·
 * 利息 288.00", "608.00元 · 含息费108.00元"): the rest of the instalment is principal.
 */
function principalFromParts(row: Row): void {
  if (row.principal !== null || row.total === null || row.interest === null) return;
  row.principal = new Decimal(row.total)
    .minus(sumMoney([row.interest, ...Object.values(row.fees)]))
    .toFixed(2);
}

/** A charge for paying late, never a part of the instalment it is added to. */
const LATE_CHARGE = /逾期|罚息|违约金|滞纳金/;

/** One named part of a row's amount ("本金981.41", "+服务费60.00", "含息费108.00"). */
function addPart(row: Row, name: string, amount: string): void {
  // A late charge beside a row ("逾期费21.89元") is no part of the instalment.
  if (LATE_CHARGE.test(name)) return;
  const v = money(amount);
  if (v === null) return;
  if (name === '本金') row.principal = v;
  // 息费 is the whole charge of the period, interest and fees together.
  // (…and so is "月利率费 75.00", a template's word for the month's interest.)
  else if (name === '利息' || name === '息费' || /^(?:月|期)?利率费$|^月息$/.test(name))
    row.interest = v;
  else row.fees[name] = v;
}

/**
 * A plan row's note in words with its bracket ("每月自动扣款（含服务费¥18.00）", "首期（今天支付）"):
 * the part the bracket says the amount holds ("服务费18.00"), null where it names none, undefined
 * where it is no such note (a bare "全选" between a row's date and a checkbox's ¥0.00 is none).
 */
function rowNote(x: string | undefined): string | null | undefined {
  const m = /^[\u4e00-\u9fa5]{2,12}\s*[(（]([^()（）]{1,30})[)）]$/.exec(x ?? '');
  if (!m) return undefined;
  const part = /含([\u4e00-\u9fa5]{1,6}(?:费|息))\s*[¥￥]?\s*([\d,]+(?:\.\d{1,2})?)\s*元?/.exec(
    m[1] ?? '',
  );
  return part?.[1] && part[2] ? `${part[1]}${part[2]}` : null;
}

/**
 * The runs as lines of a list: a date (or "第3期") in one element and its amount in the next
 * ("<li><span>2026/11/20</span><span>¥3,113.34</span></li>") read as one line.
 */
function lines(
  blocks: readonly { text: string; locator: string; finePrint: boolean }[],
): { text: string; locator: string; finePrint: boolean }[] {
  const out: { text: string; locator: string; finePrint: boolean }[] = [];
  // A row's date may carry its label ("还款日 2026-03-26"), its amount the part it includes
  // ("952.00(含手续费102.00)"): the part follows the row as a line of its own.
  const dated = (x: string | undefined): string | null => {
    // "2026-01-15已还款": the row's status glued to its date.
    const d = x
      // …or says what the last row repays ("到期还本付息 2027-03-20").
      ?.replace(/^(?:还款日期?|应还日期?|到期日|扣款日|到期还本(?:付息)?)\s*[:：]?\s*/, '')
      .replace(PERIOD_BEFORE_DATE, '')
      .replace(ROW_STATUS_AFTER, '')
      // "2026-03-08 （第1期）": the period after the date.
      .replace(/(?<=\d)\s*[(（]\s*第?\s*\d{1,3}\s*期\s*[)）]$/, '')
      // "第1期 2026-06-08：" as a label before its amount.
      .replace(/(?<=\d日?)\s*[:：]$/, '')
      // "2026年03月18日 应还，已逾期5天", "2026年04月18日 通过银行卡自动扣款": a note in words after it.
      .replace(
        /(?<=\d日?)\s+[\u4e00-\u9fa5][\u4e00-\u9fa5，,、\s]*(?:\d{1,3}天[\u4e00-\u9fa5，,]*)?$/,
        '',
      );
    return d !== undefined && DATE_ONLY.test(d) ? d : null;
  };
  // "本金833.33 + 利息50.00 + 月服务费150.00": a row's parts on a line of their own.
  const partsLine = (x: string | undefined): boolean => x !== undefined && partsOf(x) !== null;
  const amount = (x: string | undefined): [string, string | null] | null => {
    if (x === undefined) return null;
    const m = /^(.*?)\s*[(（]含([^)）]+)[)）]$/.exec(x);
    // "￥400.00（手续费券减免）": a note on the row, without a figure, is no part of it.
    const noted = /^(.*?)\s*[(（][^)）\d]{1,16}[)）]$/.exec(x)?.[1];
    const figure = m?.[1] ?? noted ?? addedUp(x) ?? x;
    return AMOUNT_ONLY.test(figure) ? [figure, m?.[2] ?? null] : null;
  };
  // Out of the usual order, the amount must look like money ("￥886.40"): a timeline's step number
  // before its date ("4 · 2026-01-31 · 还款中") is no instalment.
  const moneyLike = (x: string | undefined): boolean =>
    amount(x) !== null && /[¥元]|\.\d{2}\b/.test(x ?? '');
  const push = (
    b: { text: string; locator: string; finePrint: boolean },
    d: string,
    a: [string, string | null],
    period = '',
  ): void => {
    // The row keeps its period marker ("5/12期 2026-06-20 1083.10元"): a list of the rows still to
    // pay starts at period 5, not 1.
    out.push({ ...b, text: `${period || pending}${d} ${a[0]}` });
    pending = '';
    if (a[1] !== null) out.push({ ...b, text: a[1] });
  };
  // "(1/12)期" → "1/12期 ", as the row's text carries it before its date; "第 1 期 / 共 12 期" too.
  const markerOf = (x: string): string =>
    `${compactText(x)
      .replace(/[(（)）]/g, '')
      .replace(/^第(\d{1,3})期\/共(\d{1,3})期$/, '$1/$2期')} `;
  // A period marker on a line of its own ("5/12期 | 剩余8天 | 还款日 2026/06/20 | 1083.10元") marks
  // the next row.
  let pending = '';
  // "到期日 2026-03-14 · 本金 400.00 + 分期手续费 31.20": a row's date and its parts in one run are
  // read as the date, then the parts on a line of their own.
  const runs = blocks.flatMap((b) => {
    const m = /^(.*?\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?)\s*[·|｜]\s*(.+)$/.exec(
      b.text.normalize('NFKC').trim(),
    );
    return m?.[1] && m[2] && dated(m[1]) !== null && partsLine(m[2])
      ? [
          { ...b, text: m[1] },
          { ...b, text: m[2] },
        ]
      : [b];
  });
  // A row's status on a line of its own between its date and its parts ("第1/6期 · 2026-03-25 |
  // 已还清 | 本金 963.15 + 利息 90.00 | 1,101.15") would part the date from its amount.
  const statusBetween = (x: { text: string }, i: number, all: { text: string }[]): boolean =>
    ROW_STATUS_ALONE.test(x.text.normalize('NFKC').trim()) &&
    dated(all[i - 1]?.text.normalize('NFKC').trim()) !== null &&
    partsLine(all[i + 1]?.text.normalize('NFKC').trim());
  const rows = runs.filter((x, i, all) => !statusBetween(x, i, all));
  for (let i = 0; i < rows.length; i++) {
    const b = rows[i];
    if (!b) continue;
    const t = b.text.normalize('NFKC').trim();
    const next = rows[i + 1]?.text.normalize('NFKC').trim();
    const after = rows[i + 2]?.text.normalize('NFKC').trim();
    // "1/12期 · 2026-02-15 · 608.00元" in three elements, in whatever order the template puts them
    // ("￥886.40 · (1/12)期 · 2026-01-15已还款"): one row.
    const three = [t, next, after];
    const p3 = three.findIndex((x) => x !== undefined && PERIOD_ONLY.test(x));
    const d3 = three.findIndex((x) => dated(x) !== null);
    const a3 = three.findIndex((x) => (d3 >= 0 && x === three[d3 + 1] ? amount(x) : moneyLike(x)));
    // A marker after the row, when one came before it, is the next row's.
    const nextRows = pending !== '' && p3 === 2;
    if (p3 >= 0 && d3 >= 0 && a3 >= 0 && new Set([p3, d3, a3]).size === 3 && !nextRows) {
      push(b, dated(three[d3]) ?? '', amount(three[a3]) ?? ['', null], markerOf(three[p3] ?? ''));
      i += 2;
      continue;
    }
    // "¥ 1096.00 | 已还 | 2026-02-15": an instalment card's amount, its status, then its date (not
    // a table's cells, whose columns say what each figure is).
    if (
      moneyLike(t) &&
      ROW_STATUS_ALONE.test(next ?? '') &&
      dated(after) !== null &&
      !IN_TABLE_CELL.test(b.locator)
    ) {
      push(b, dated(after) ?? '', amount(t) ?? ['', null]);
      i += 2;
      continue;
    }
    // "2026-04-03 | 首期（今天支付，含服务费¥18.00） | ¥318.00": a note in words between the date and
    // its amount; a part it says the amount holds follows the row.
    const note = dated(t) !== null ? rowNote(next) : undefined;
    const noted = note !== undefined && moneyLike(after) ? amount(after) : null;
    if (note !== undefined && noted !== null) {
      push(b, dated(t) ?? '', [noted[0], noted[1] ?? note]);
      i += 2;
      continue;
    }
    // "2026-03-08 （第1期） | 本金833.33 + 利息50.00 + … | ¥1033.33": the parts between the date and
    // its amount follow the row.
    const between = dated(t) !== null && partsLine(next) ? amount(after) : null;
    if (between !== null && next !== undefined) {
      push(b, dated(t) ?? '', between);
      out.push({ ...b, text: next });
      i += 2;
      continue;
    }
    // "第1期 · 2026-06-20 | 本金 1,585.77 ＋ 利息 180.00", no amount of its own: the row is its parts.
    if (dated(t) !== null && next !== undefined && partsLine(next)) {
      const parts = (partsOf(next) ?? [])
        .map(([, figure]) => money(figure))
        .filter((x): x is string => x !== null);
      push(b, dated(t) ?? '', [sumMoney(parts), null]);
      out.push({ ...b, text: next });
      i++;
      continue;
    }
    const d2 = dated(t) ?? dated(next);
    // A figure before a date whose parts and amount follow it ("3,072.00 | 第1/3期 · 2026-05-15 |
    // 本金1,000.00 + 分期手续费24.00 | 1,024.00") is the line above's, not that row's.
    const ownParts = dated(t) === null && partsLine(after) && amount(rows[i + 3]?.text) !== null;
    // After a period marker ("3期") only an amount that looks like money is its instalment: a bare
    // "1" is the next row's number.
    const a2 = ownParts
      ? null
      : dated(t) !== null
        ? // (A bare "1" after the date is a count beside it, 提款笔数, no instalment.)
          (/^\d{4}/.test(dated(t) ?? '') && !/^\d{1,2}$/.test(next ?? '')) || moneyLike(next)
          ? amount(next)
          : null
        : moneyLike(t)
          ? amount(t)
          : null;
    if (d2 !== null && a2 !== null) {
      // "第1期 2026-02-15 | ￥1617.00": the row keeps the marker before its date.
      const own = dated(t) !== null ? PERIOD_BEFORE_DATE.exec(t)?.[0] : undefined;
      push(b, d2, a2, own ? markerOf(own.replace(/[:：·]\s*$/, '')) : '');
      i++;
    } else if (/^\d{1,3}$/.test(t) && moneyLike(next) && next !== undefined) {
      // "1 | ¥1846.67 | 本金1666.67+服务费180.00": a bare period number before its amount (the
      // list keeps it only while the numbers run 1, 2, 3…).
      out.push({ ...b, text: `第${t}期 ${next}` });
      i++;
    } else if (PERIOD_ONLY.test(t)) pending = markerOf(t);
    // "本金 | 1,000.00 | 利息 | 96.00" under a row: each part's name and figure in runs of their
    // own are one line, a part of the row.
    else if (
      /^(?:本金|利息|[\u4e00-\u9fa5]{1,6}费)$/.test(t) &&
      next !== undefined &&
      /^¥?\s*[\d,]+(?:\.\d{1,2})?\s*元?$/.test(next)
    ) {
      out.push({ ...b, text: `${t}${next}` });
      i++;
    } else out.push({ ...b, text: t });
  }
  return out;
}

export function listSchedules(view: {
  raw: { blocks: { text: string; locator: string; finePrint: boolean }[] };
}): Schedule[] {
  const out: Schedule[] = [];
  let run: Row[] = [];
  let first: { locator: string; finePrint: boolean } | null = null;
  const flush = (): void => {
    run.forEach(principalFromParts);
    if (run.length >= 2 && first)
      out.push({ rows: run, finePrint: first.finePrint, locator: first.locator });
    run = [];
    first = null;
  };
  for (const b of lines(view.raw.blocks)) {
    // The period a row's marker names ("5/12期 2026-06-20 …"), by the one reading of a period.
    const marked = PERIOD_BEFORE_DATE.exec(b.text);
    const markedNo = marked ? periodIn(marked[0].replace(/[:：\s]+$/, '')) : null;
    const t = b.text.replace(PERIOD_BEFORE_DATE, '');
    // "还款计划：2026-04-12还1,433.03元；2026-05-12还1,433.03元；…" in one run.
    const inline = [
      ...t.matchAll(
        /(\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?)(?!\d)\s*(?:应还|还款?|偿还)\s*(¥?\s*[\d,]+(?:\.\d{1,2})?)\s*元/g,
      ),
    ];
    if (inline.length >= 2) {
      flush();
      const rows: Row[] = [];
      for (const m of inline) {
        const due = date(m[1] ?? '');
        const amount = money((m[2] ?? '').replace(/\s/g, ''));
        if (due === null || amount === null) break;
        rows.push({
          period: rows.length + 1,
          dueDate: due,
          total: amount,
          principal: null,
          interest: null,
          fees: {},
        });
      }
      if (rows.length === inline.length)
        out.push({ rows, finePrint: b.finePrint, locator: b.locator });
      continue;
    }
    // The date ends where its digits do: "2026-02-10" alone is no "2026-02-1" paying 0 元.
    const m =
      /^(\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?)(?!\d)\s*(?:[(（]?第?\s*[\d一二三四五六七八九十]+\s*期[)）]?)?\s*[·:：|\-—\s]*\s*(?:应还|待还|已还)?\s*(¥?\s*[\d,]+(?:\.\d{1,2})?\s*元?)\s*(?:已还|待还|未还|已结清)?$/.exec(
        t,
      );
    // A status on its own line between rows does not end the list; nor does a card's button or
    // its bullet ("去还款", "-").
    if (run.length > 0 && (ROW_STATUS_ALONE.test(t) || ROW_ACTION_ALONE.test(t))) continue;
    // "第3期 · 63.66元 已还": a period number instead of a date.
    // A part of the last row's amount on its own line: kept with the row, the list goes on.
    const lastRow = run[run.length - 1];
    // …or several on one line: "本金1666.67+服务费180.00".
    const parts = run.length > 0 ? partsOf(t) : null;
    if (lastRow && parts) {
      for (const [name, amount] of parts) addPart(lastRow, name, amount);
      continue;
    }
    const byPeriod = m
      ? null
      : // "第1期: 还款: 2,740": the word for what is paid may stand between.
        /^(?:(?:已还|待还|未还|已结清)\s*)?(?:第\s*([\d一二三四五六七八九十]{1,3})\s*期|(\d{1,3})\s*期|(首)期)\s*[·:：|\-—\s]*\s*(?:(?:应还|还款|月供)\s*[:：]?\s*)?(¥?\s*[\d,]+(?:\.\d{1,2})?\s*元?)\s*(?:已还|待还|未还|已结清|已逾期)?$/.exec(
          t,
        );
    const periodNo = byPeriod
      ? byPeriod[3]
        ? 1
        : (periodIn(`第${byPeriod[1] ?? byPeriod[2] ?? ''}期`) ?? 0)
      : 0;
    // "第一期：927.30元 | 含利息80.00元 担保费50.00 | 最后还款日2026年4月15日": the row's date after
    // its parts, or alone on the line after it ("第1期: 还款: 2,740 | 2026-02-08").
    const dueAfter =
      lastRow?.dueDate === null && !m
        ? /^(?:(?:最后|最迟)?(?:还款日|到期日|应还日|还款日期|应还日期)\s*[:：]?\s*)?(\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?)$/.exec(
            t,
          )
        : null;
    if (lastRow && dueAfter?.[1]) {
      lastRow.dueDate = date(dueAfter[1]);
      continue;
    }
    if (byPeriod?.[4] && periodNo === run.length + 1) {
      const amount = money(byPeriod[4].replace(/\s/g, ''));
      if (amount !== null) {
        first ??= { locator: b.locator, finePrint: b.finePrint };
        run.push({
          period: run.length + 1,
          dueDate: null,
          total: amount,
          principal: null,
          interest: null,
          fees: {},
        });
        continue;
      }
    }
    const due = m?.[1] ? date(m[1]) : null;
    const amount = m?.[2] ? money(m[2].replace(/\s/g, '')) : null;
    if (due === null || amount === null) {
      flush();
      continue;
    }
    // Marked rows run on from their own period; a marker out of order starts another list.
    const previous = run[run.length - 1]?.period ?? 0;
    if (markedNo !== null && run.length > 0 && markedNo !== previous + 1) flush();
    first ??= { locator: b.locator, finePrint: b.finePrint };
    run.push({
      period: markedNo ?? (run[run.length - 1]?.period ?? 0) + 1,
      dueDate: due,
      total: amount,
      principal: null,
      interest: null,
      fees: {},
    });
  }
  flush();
  return periodsRejoined(out);
}

/**
 * A bill that lists what is still owed first and what was paid after it ("3/6期 … 6/6期" above
 * "1/6期 · 2/6期"): two lists whose periods run on from one another, in time too, are one plan.
 */
function periodsRejoined(plans: Schedule[]): Schedule[] {
  const out = [...plans];
  for (const early of plans) {
    const last = early.rows[early.rows.length - 1];
    const lastDue = last?.dueDate;
    if (early.rows[0]?.period !== 1 || !last || !lastDue) continue;
    const later = out.find(
      (s) =>
        s !== early && s.rows[0]?.period === last.period + 1 && (s.rows[0].dueDate ?? '') > lastDue,
    );
    if (!later) continue;
    out.splice(out.indexOf(later), 1);
    out.splice(out.indexOf(early), 1, { ...early, rows: [...early.rows, ...later.rows] });
  }
  return out;
}

/** Rows due a month apart (28 to 31 days), or undated rows (one month apart by convention). */
export function monthlyRows(schedule: Schedule): boolean {
  const dates = schedule.rows.map((r) => r.dueDate);
  if (dates.every((d) => d === null)) return true;
  for (let i = 1; i < dates.length; i++) {
    const a = dates[i - 1];
    const b = dates[i];
    if (!a || !b) return false;
    const gap = daysBetween(a, b);
    if (gap < 28 || gap > 31) return false;
  }
  return true;
}

/** A page that states no term but lists a monthly schedule: the term is its number of rows. */
export function termOfSchedule(schedule: Schedule | null): Candidate<Term> | null {
  if (!schedule || schedule.rows.length < 2 || !monthlyRows(schedule)) return null;
  return {
    value: { months: schedule.rows.length, days: null, periods: true },
    source: {
      text: `${String(schedule.rows.length)}期`,
      locator: schedule.locator,
      finePrint: schedule.finePrint,
    },
    fontSize: 0,
    order: 0,
    origin: 'label',
    chosen: false,
  };
}

/**
 * Instalments stated by ranges of periods, in one run or across a few: "第1-3期：280.00元",
 * "第4-23期：1158.42元；第24期：1158.31元" (a grace period, then equal instalments). Read as a plan
 * only when the ranges run from period 1 without a gap.
 */
const RANGE =
  /第\s*(\d{1,3})\s*(?:[-–—~～至到]\s*(?:第\s*)?(\d{1,3}))?\s*期\s*[:：]?\s*(?:每期|均为|为)?\s*(?:应还|还款)?\s*(?:[¥￥]\s*([\d,]+\.\d{2})|([\d,]+\.\d{2})\s*(?:元|(?=[（(\s]|$)))/g;
/**
 * "首期应还¥5,740.00", "首期应还（含全部手续费） ¥3,473.33": period 1, stated apart from the run of
 * the others ("第2-24期每期应还¥2,500.00"); "末期应还 ¥833.41": the period after the run.
 */
const FIRST_OF_RANGE =
  /首期(?:应还|还款)?(?:金额)?(?:[(（][^)）]*[)）])?\s*[:：]?\s*(?:[¥￥]\s*([\d,]+\.\d{2})|([\d,]+\.\d{2})\s*元)/;
const LAST_OF_RANGE =
  /(?:末期|最后一期)(?:应还|还款)?(?:金额)?(?:[(（][^)）]*[)）])?\s*[:：]?\s*(?:[¥￥]\s*([\d,]+\.\d{2})|([\d,]+\.\d{2})\s*元)/;

export function rangeSchedules(view: {
  raw: { blocks: { text: string; locator: string; finePrint: boolean }[] };
}): Schedule[] {
  const found: { from: number; to: number; amount: string }[] = [];
  let last: string | null = null;
  let where: { locator: string; finePrint: boolean } | null = null;
  for (const [k, b] of view.raw.blocks.entries()) {
    // A label and its figure in runs of their own ("第2-24期每期应还 | ¥2,500.00", "首期应还（含全部
    // 手续费） | ¥3,473.33"): read together.
    const next = view.raw.blocks[k + 1]?.text ?? '';
    const alone =
      /[期还额](?:[(（][^)）]*[)）])?\s*[:：]?\s*$/.test(b.text) &&
      /^\s*[¥￥]?\s*[\d,]+\.\d{2}/.test(next);
    // (A bare figure in a cell of its own, "第2-36期每期应还 | 3,560.66", is the amount in 元.)
    const figure = /^\s*[\d,]+\.\d{2}\s*$/.test(next) ? `${next.trim()}元` : next;
    const text = (alone ? `${b.text}${figure}` : b.text).normalize('NFKC');
    for (const m of text.matchAll(RANGE)) {
      const from = Number(m[1]);
      const to = m[2] ? Number(m[2]) : from;
      const amount = money(m[3] ?? m[4]);
      if (amount === null || to < from || to > 360) continue;
      where ??= { locator: b.locator, finePrint: b.finePrint };
      found.push({ from, to, amount });
    }
    const first = FIRST_OF_RANGE.exec(text);
    const firstAmount = first ? money(first[1] ?? first[2]) : null;
    if (firstAmount !== null && !found.some((f) => f.from === 1))
      found.push({ from: 1, to: 1, amount: firstAmount });
    const lastMatch = LAST_OF_RANGE.exec(text);
    last ??= lastMatch ? money(lastMatch[1] ?? lastMatch[2]) : null;
  }
  // Only with a range among them: lone "第3期 1,200.00元" lines are plan rows, read with the lists.
  if (!found.some((f) => f.to > f.from)) return [];
  found.sort((a, b) => a.from - b.from);
  // The last instalment said apart closes the run, unless the run already names it ("第24期：833.41").
  const end = found.at(-1);
  if (last !== null && end !== undefined && !(end.from === end.to && end.amount === last))
    found.push({ from: end.to + 1, to: end.to + 1, amount: last });
  const rows: Row[] = [];
  for (const f of found) {
    if (f.from !== rows.length + 1) return [];
    for (let k = f.from; k <= f.to; k++)
      rows.push({
        period: k,
        dueDate: null,
        total: f.amount,
        principal: null,
        interest: null,
        fees: {},
      });
  }
  return rows.length >= 2 && where ? [{ rows, ...where }] : [];
}

/**
 * A plan written as cards of labelled fields, one card per instalment: "还款时间：2026-07-10 ·
 * 期数：1 · 还款金额：916.8 元 · 本金金额：766.80 元 · 利息金额：150.00 元", then the same labels
 * again for period 2. The first label that repeats opens each card; the cards are the rows.
 */
const CARD_ROLE: [RegExp, 'period' | 'date' | 'total' | 'principal' | 'interest'][] = [
  [/^(?:期数|期次|第几期|当前期数)$/, 'period'],
  // "第 1 期还款日" drawn in three runs (Flutter web paints "第", "1" and "期还款日" apart): the
  // label left after the period's figure is still the card's date.
  [/^(?:第?\d{0,3}期)?(?:还款|应还|到期)(?:时间|日期|日)$/, 'date'],
  [
    /^(?:还款|应还|本期应还|应还总)(?:金额|额)$|^应还款(?:额|金额)?$|^应还本息$|^月供$|^(?:本期)?应还合计$|^本期合计$/,
    'total',
  ],
  [/^(?:应还)?本金(?:金额)?$/, 'principal'],
  [/^(?:应还)?利息(?:金额)?$/, 'interest'],
];

function nonZero(v: string): boolean {
  const m = money(v);
  return m !== null && !new Decimal(m).isZero();
}

export function cardSchedules(view: {
  facts: readonly {
    key: string;
    value: string;
    block: number;
    source: { locator: string; finePrint: boolean };
  }[];
}): Schedule[] {
  const roleOf = (key: string): (typeof CARD_ROLE)[number][1] | null =>
    CARD_ROLE.find(([re]) => re.test(key))?.[1] ?? null;
  // In the order the page shows them: pairs found by different layouts come in different passes.
  // A header row paired with itself ("应还本金 | 应还利息") holds no figure; one run paired twice
  // is one field.
  const fields = view.facts
    .filter((f) => roleOf(f.key) !== null && /\d/.test(f.value))
    .filter((f, i, all) => all.findIndex((g) => g.block === f.block && g.key === f.key) === i)
    .sort((a, b) => a.block - b.block);
  // A card with a charge of its own beside its amount ("应还款 ¥545.00 · 服务包 ¥25.00") does not
  // say whether the amount holds it: no plan is read from such cards.
  const opener = fields.find((f, i) => fields.slice(i + 1).some((g) => g.key === f.key))?.key;
  if (opener === undefined) return [];
  // (From the first card on: a loan's own fee above the plan, "平台服务费 ¥600" beside 利息 ¥270, is
  // no card's.)
  const from = fields.find((f) => f.key === opener)?.block ?? 0;
  const to = fields[fields.length - 1]?.block ?? 0;
  const openers = fields.filter((f) => f.key === opener).map((f) => f.block);
  const width = (openers[1] ?? to) - (openers[0] ?? from);
  const charges = view.facts.filter(
    (f) =>
      f.block >= from &&
      f.block < to + width &&
      /费|服务包|会员|佣金/.test(f.key) &&
      !/罚|逾期|违约|滞纳|费率/.test(f.key) &&
      nonZero(f.value),
  );
  // …unless the card sums them itself ("分期手续费 · 账户管理费 · 本期应还合计"); the loan's 应还合计
  // above the cards is no card's. Or unless each card's own figures say so: 应还金额 757.84 = 本金
  // 637.84 + 利息 64.00 + 服务费 56.00 on every card (checked below), the fee in each instalment.
  const summed = fields.some((f) => /合计/.test(f.key) && f.block >= from);
  const feeOf = (block: number): number => openers.filter((b) => b <= block).length - 1;
  const rows: Row[] = [];
  let at: { locator: string; finePrint: boolean } | null = null;
  for (const f of fields) {
    if (f.key === opener) {
      rows.push({
        period: rows.length + 1,
        dueDate: null,
        total: null,
        principal: null,
        interest: null,
        fees: {},
      });
      at ??= f.source;
    }
    const row = rows[rows.length - 1];
    if (!row) continue;
    const role = roleOf(f.key);
    // "期数 1", "期数 1 期", "期次 第1期": the card's period, counted as the cards are.
    if (role === 'period' && periodIn(f.value) !== row.period) return [];
    if (role === 'date') row.dueDate ??= date(f.value);
    // The card's 应还合计 over any amount before it.
    if (role === 'total' && (row.total === null || /合计/.test(f.key))) row.total = money(f.value);
    if (role === 'principal') row.principal ??= money(f.value);
    if (role === 'interest') row.interest ??= money(f.value);
  }
  if (charges.length > 0 && !summed) {
    for (const c of charges) {
      const row = rows[feeOf(c.block)];
      const amount = money(c.value);
      if (row && amount !== null) row.fees[c.key] = amount;
    }
    const adds = (r: Row): boolean =>
      r.total !== null &&
      r.principal !== null &&
      r.interest !== null &&
      sumMoney([r.principal, r.interest, ...Object.values(r.fees)]) === money(r.total);
    if (!rows.every(adds)) return [];
  }
  // A card without its amount is no row: its parts may leave fees out (服务包 ¥25.00 beside 应还本金).
  for (const r of rows) {
    if (r.total === null && r.principal !== null && r.interest !== null)
      r.total = sumMoney([r.principal, r.interest]);
  }
  // Cards of one plan follow each other in time: the same fields shown twice are not a plan.
  const dated = rows.every(
    (r, i) => r.dueDate !== null && (i === 0 || r.dueDate > (rows[i - 1]?.dueDate ?? '')),
  );
  return rows.length >= 2 && rows.every((r) => r.total !== null) && dated && at
    ? [{ rows, locator: at.locator, finePrint: at.finePrint }]
    : [];
}

/** A grid's first header naming the period ("期数 | 还款日 | 本金 | 利息 | 月供"). */
const GRID_PERIOD_HEADER = /^(?:期数|期次|期号|期序|序号)$/;
/** A run in a table's cell (its locator passes through a td or th). */
export const IN_TABLE_CELL = /(?:^| > )t[dh](?::| |$)/;
/** A run wholly in brackets inside a grid's row: a note on the cell before it ("0.00（券抵180.00）"). */
const GRID_NOTE = /^[(（][^()（）]*[)）]$/;

/**
 * A plan drawn as a grid of runs with its header in runs of its own (a CSS grid, an app's rows of
 * spans): "还款日期 | 本金 | 利息 | 应还本息", then "2026-07-15 | 981.41 | 45.00 | 1026.41" and so on,
 * with or without a period column first. Read as the table it shows.
 */
export function gridSchedules(view: {
  raw: { blocks: { text: string; locator: string; finePrint: boolean }[] };
}): Schedule[] {
  const runs = view.raw.blocks
    .map((b) => ({ text: compactText(b.text), block: b }))
    .filter((r) => !GRID_NOTE.test(r.text));
  const texts = runs.map((r) => r.text);
  const out: Schedule[] = [];
  for (let i = 0; i < texts.length; i++) {
    // (A table's own header is read with its table, which joins a fee table beside it.)
    const lead =
      GRID_PERIOD_HEADER.test(texts[i] ?? '') && !IN_TABLE_CELL.test(runs[i]?.block.locator ?? '')
        ? 1
        : 0;
    const first = texts[i + lead] ?? '';
    if (headerRole(first) !== 'date' || /\d/.test(first)) continue;
    let width = lead + 1;
    while (
      width < 7 + lead &&
      !/\d/.test(texts[i + width] ?? '0') &&
      ['total', 'principal', 'interest', 'fee'].includes(headerRole(texts[i + width] ?? ''))
    )
      width++;
    if (width < lead + 2) continue;
    const rows: string[][] = [];
    for (let r = i + width; r + width <= texts.length; r += width) {
      const cells = texts.slice(r, r + width);
      if (lead === 1 && periodIn(cells[0]) !== rows.length + 1) break;
      if (date(cells[lead]) === null || cells.slice(lead + 1).some((c) => money(c) === null)) break;
      rows.push(cells);
    }
    const b = runs[i]?.block;
    const s =
      b && rows.length >= 2
        ? fromTable({
            locator: b.locator,
            finePrint: b.finePrint,
            headers: texts.slice(i, i + width),
            rows,
          })
        : null;
    if (s) out.push(s);
  }
  return out;
}

/**
 * A term in days the plan divides into its rows ("借款周期(天) 90 (分3期还)" over three rows 30 days
 * apart): each row falls days ÷ rows after the one before, give or take the two days a calendar
 * month adds or takes. The rows are then the loan's periods, not one repayment at the end.
 */
export function daysSplitIntoRows(dueDates: readonly (string | null)[], days: number): boolean {
  const n = dueDates.length;
  if (n < 2 || days % n !== 0) return false;
  const step = days / n;
  // (…or a plan repaid every day, "天数 1 · 2026年05月12日 · ¥212" for 100 days: each row the day
  // after the one before, to the day — no calendar month to give or take.)
  const slack = step >= 7 ? 2 : 0;
  return dueDates.every((d, i) => {
    const before = dueDates[i - 1];
    if (d === null) return false;
    return i === 0 || (before != null && Math.abs(daysBetween(before, d) - step) <= slack);
  });
}

/**
 * A plan of fewer rows than the term has months, each a whole number of months after the one
 * before (a lease's quarterly rents: 8 rows over 24 months): the months between its rows, or null.
 */
export function monthsPerRow(dueDates: readonly (string | null)[], months: number): number | null {
  if (dueDates.length < 2 || dueDates.length >= months || months % dueDates.length !== 0)
    return null;
  const step = months / dueDates.length;
  const even = dueDates.every((d, i) => {
    const before = dueDates[i - 1];
    return d !== null && (i === 0 || (before != null && addMonths(before, step) === d));
  });
  return even ? step : null;
}
