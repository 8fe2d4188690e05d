/**
 * Every parser answers with a value or with the reason it could not read the text. A wrong
 * number is worse than none (design.md §2: "unknown → explicit unreadable"), so nothing here
 * guesses and nothing throws.
 */
export type Parsed<T> = { value: T } | { unreadable: string };

export function ok<T>(value: T): Parsed<T> {
  return { value };
}

export function unreadable<T>(reason: string): Parsed<T> {
  return { unreadable: reason };
}

export function isOk<T>(p: Parsed<T>): p is { value: T } {
  return 'value' in p;
}
