/**
 * Amount-like facts: the first yuan figure a value states ("550.08元 （末期550.07元）" → 550.08),
 * or, when the value is not readable, an Unreadable entry instead of a guess.
 */
import type { Unreadable } from '@/lib/model/terms';
import { moneyTokens, parseMoney } from '@/lib/parse/money';
import type { Fact } from './facts';

export type Read<T> = { value: T; fact: Fact } | { unreadable: Unreadable } | null;

export function leadingMoney(value: string): string | null {
  // "人民币(大写) 叁拾万元整": the words that say how the figure is written come off first.
  const text = value
    .replace(/^\s*(?:人民币)?\s*[(（]\s*[大小]写\s*[)）]\s*[:：]?\s*/, '')
    .replace(/\s*[.。，,；;]+\s*$/, '');
  const whole = parseMoney(text);
  if ('value' in whole) return whole.value;
  const head = /^[^（(，;；]+/.exec(text)?.[0] ?? text;
  const h = parseMoney(head);
  if ('value' in h) return h.value;
  const tokens = moneyTokens(head);
  return tokens.length === 1 ? (tokens[0]?.value ?? null) : null;
}

/**
 * Every yuan figure the page states under a label, for the checks that ask whether a sum the
 * reader works out is one the page shows (最低还款金额 1600.00 = 500 + 1000 + 100).
 */
export function statedFigures(facts: readonly Fact[]): ReadonlySet<string> {
  return new Set(facts.map((f) => leadingMoney(f.value)).filter((v): v is string => v !== null));
}

export function readMoney(fact: Fact | undefined): Read<string> {
  if (!fact) return null;
  const v = leadingMoney(fact.value);
  if (v !== null) return { value: v, fact };
  return { unreadable: { label: fact.label, text: fact.value, reason: 'amount not readable' } };
}
