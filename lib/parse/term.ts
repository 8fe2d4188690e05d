/**
 * Loan terms: "12期", "24个月", "30天", "2周", "1年", "共６个月", "第1期" is not a term. A count of
 * periods (期) is read as months, the only period lending pages in this market use for 期 when no
 * unit says otherwise; days are days.
 */
import { chineseInteger } from './chinese-numerals';
import { compactText } from './normalize';
import { ok, type Parsed, unreadable } from './result';

export interface Term {
  months: number | null;
  days: number | null;
  /** True when the page wrote 期 (periods) rather than a calendar unit. */
  periods: boolean;
}

const TERM =
  // No sign or decimal point before the figure: "-12期" is unreadable, never 12, and "0.5个月" is
  // no 5 months.
  /(?<![\d第/\-−.．])(\d{1,4}|[一二两三四五六七八九十百]+)\s*(期|个月|個月|月|天|日|年|个星期|星期|周(?!年))(?!利率|息|费|还)/;

function count(text: string): number | null {
  if (/^\d+$/.test(text)) return Number(text);
  const n = chineseInteger(text);
  return n === null || n > 100000n ? null : Number(n);
}

function toTerm(n: number, unit: string): Term | null {
  if (n <= 0) return null;
  if (unit === '天' || unit === '日')
    return n <= 3650 ? { months: null, days: n, periods: false } : null;
  // A weekly loan ("借款期限 2周"): seven days a week.
  if (/周|星期/.test(unit)) return n <= 520 ? { months: null, days: n * 7, periods: false } : null;
  if (unit === '年') return n <= 50 ? { months: n * 12, days: null, periods: false } : null;
  if (n > 600) return null;
  return { months: n, days: null, periods: unit === '期' };
}

/** The months a quote's term in years and a part of one comes to: "1.5 年", "半年", "一年半". */
const YEAR_PARTS: Record<string, number> = { '.25': 3, '.5': 6, '.75': 9 };
function partYears(t: string): number | null {
  const decimal = /^(\d{1,2})(\.25|\.5|\.75)年$/.exec(t);
  if (decimal) return Number(decimal[1]) * 12 + (YEAR_PARTS[decimal[2] ?? ''] ?? 0);
  if (t === '半年') return 6;
  const half = /^([一二两三四五六七八九十]|\d{1,2})年半$/.exec(t)?.[1];
  const years = half === undefined ? null : count(half);
  return years === null ? null : years * 12 + 6;
}

/** Exactly one term. "12期" → 12 months (periods), "30天" → 30 days. */
export function parseTerm(text: string): Parsed<Term> {
  const t = compactText(text);
  // "1期（30天）": one period whose days the page counts; the days are the term.
  const one = /^(?:1|一)期[(（](\d{1,3})天[)）]$/.exec(t)?.[1];
  if (one) return ok({ months: null, days: Number(one), periods: false });
  const part = partYears(t);
  if (part !== null) return ok({ months: part, days: null, periods: false });
  const m = TERM.exec(t);
  if (!m) return unreadable(`not a term: ${text}`);
  const rest = t.slice(0, m.index) + t.slice(m.index + m[0].length);
  if (/\d/.test(rest)) return unreadable(`more than one figure: ${text}`);
  const n = count(m[1] ?? '');
  const term = n === null ? null : toTerm(n, m[2] ?? '');
  return term ? ok(term) : unreadable(`implausible term: ${text}`);
}

/** A term inside a sentence: "借款期限为12个月，自…", "共６个月". First match only. */
export function findTerm(text: string): Term | null {
  const m = TERM.exec(text.normalize('NFKC'));
  if (!m) return null;
  const n = count(m[1] ?? '');
  return n === null ? null : toTerm(n, m[2] ?? '');
}
