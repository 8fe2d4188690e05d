/**
 * Filling the wording tables: `{name}` placeholders, figures shown the way the popup shows them
 * (money "10,000.00", rates "24.00%"), ISO dates as Chinese dates ("2026年11月3日").
 */
import { formatMoney, formatRate } from '@/lib/text/format';
import type { LegalBasis } from '@/lib/model/report';

/** The project's one filler: a placeholder without a value throws, so no "{name}" reaches a letter. */
export { fillTemplate as fill } from '@/lib/text/template';

/** "2026-11-03" → "2026年11月3日"; "2026-11-03T14:20" → "2026年11月3日14:20". */
export function zhDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}:\d{2}))?/.exec(iso);
  if (match === null) return iso;
  const [, y, m, d, time] = match;
  return `${y}年${Number(m)}月${Number(d)}日${time ?? ''}`;
}

const RATE_KEYS = new Set(['contractRate', 'line']);
const PLAIN_KEYS = new Set(['days', 'overdueSince', 'asOf', 'months', 'times', 'scaled']);

/** A step's wire figures as display strings: rates as percentages, money with separators. */
export function displayFigures(figures: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(figures).map(([k, v]) => [
      k,
      RATE_KEYS.has(k) ? formatRate(v) : PLAIN_KEYS.has(k) ? v : formatMoney(v),
    ]),
  );
}

/** "《中华人民共和国民法典》" + "第六百七十条" → "《民法典》第六百七十条". */
export function shortBasis(b: LegalBasis): string {
  return `${b.instrument.replace(/中华人民共和国/, '')}${b.article}`;
}

/** Distinct citations, in order, joined with "、". */
export function citationList(bases: readonly LegalBasis[]): string {
  return [...new Set(bases.map(shortBasis))].join('、');
}
