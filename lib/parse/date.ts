/**
 * Dates as lending pages write them → ISO "YYYY-MM-DD": 2026年4月18日, 2026/04/18, 2026.04.18,
 * 2026-04-18, and full-width ２０２６年２月１日 (an electronic IOU). Impossible dates are
 * unreadable, not rolled over.
 */
import { isoFromCalendar } from '@/lib/dates/iso';

import { compactText, normalizeText } from './normalize';
import { ok, type Parsed, unreadable } from './result';

// "2026月06月15日": a template's slip for 年 (a back office's "2018月11月02日") is still the date.
// A contract's blanks leave spaces round 年, 月 and 日: "本合同于 2026 年 03 月 12 日在…签订".
const DATE =
  /(?<!\d)(\d{4})(?:\s*年\s*|月|\/|\.|-)(\d{1,2})(?:\s*月\s*|\/|\.|-)(\d{1,2})(?:\s*(?:日|号))?(?!\d)/;

function iso(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2200) return null;
  return isoFromCalendar(y, m, d);
}

/** Exactly one date (time of day and weekday after it allowed). */
export function parseDate(text: string): Parsed<string> {
  // A space between the day and its time ("2025-12-08 00:00:00", as back offices print a
  // datetime) is a boundary: compacted first, the day would run into the hour.
  const t = compactText(normalizeText(text).replace(/(?<=\d)\s+(?=\d{1,2}:\d{2})/g, 'T'));
  const m = DATE.exec(t);
  if (!m) return unreadable(`not a date: ${text}`);
  const rest =
    t.slice(0, m.index) + t.slice(m.index + m[0].length).replace(/^T?\d{1,2}:\d{2}(?::\d{2})?/, '');
  if (/\d/.test(rest.replace(/星期.|周./, ''))) return unreadable(`more than one figure: ${text}`);
  const v = iso(Number(m[1]), Number(m[2]), Number(m[3]));
  return v ? ok(v) : unreadable(`impossible date: ${text}`);
}

export interface DateToken {
  value: string;
  index: number;
  raw: string;
}

/** Every valid date in a longer text: "自2026年2月1日起至2026年8月1日止". */
export function dateTokens(text: string): DateToken[] {
  const t = text.normalize('NFKC');
  const re = new RegExp(DATE.source, 'g');
  const out: DateToken[] = [];
  for (let m = re.exec(t); m; m = re.exec(t)) {
    const v = iso(Number(m[1]), Number(m[2]), Number(m[3]));
    if (v) out.push({ value: v, index: m.index, raw: m[0] });
  }
  return out;
}

/** The text with its dates taken out: "2026-08-12（72天）" → "（72天）", so a date is no list or term. */
export function withoutDates(text: string): string {
  return text.normalize('NFKC').replace(new RegExp(DATE.source, 'g'), '');
}
