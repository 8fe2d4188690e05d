/**
 * A rule is data plus one pure check (aesthetics.md §5.2). `defineRule` is an identity function
 * whose generics make message ids and their placeholders compile-time facts: `report.fail('typo')`
 * and a missing `{refund}` value are type errors, and only messages with a complaint and demands
 * can be used for a `fail`.
 */
import type { Apr, Evidence, LegalBasis, Severity } from '@/lib/model/report';
import type { LenderType, LoanTerms } from '@/lib/model/terms';
import type { RuleContext, RuleInput } from './context';

export interface MessageText {
  readonly zh: string;
  readonly en: string;
  /** A formal Chinese complaint paragraph: required for a message used on `fail`. */
  readonly complaint?: string;
  /** Concrete Chinese demands: required with `complaint`. */
  readonly demands?: readonly string[];
}

/** `{name}` placeholders of a template literal type. */
export type Placeholders<S extends string> = S extends `${string}{${infer P}}${infer Rest}`
  ? P | Placeholders<Rest>
  : never;

type TextsOf<M> =
  | (M extends { zh: infer Z extends string } ? Z : never)
  | (M extends { en: infer E extends string } ? E : never)
  | (M extends { complaint: infer C extends string } ? C : never)
  | (M extends { demands: readonly (infer D extends string)[] } ? D : never);

export type DataOf<M> = { readonly [K in Placeholders<TextsOf<M>>]: string };

type FailableIds<Ms> = {
  [K in keyof Ms]: Ms[K] extends { complaint: string; demands: readonly string[] } ? K : never;
}[keyof Ms] &
  string;

export type Outcome = 'pass' | 'fail' | 'incomplete' | 'inapplicable';

export interface Verdict<B extends string = string> {
  outcome: Outcome;
  messageId: string;
  data: Readonly<Record<string, string>>;
  /** Overrides the rule's severity (a private-lending case of a licensed-lender rule, …). */
  severity?: Severity;
  /** Which of the rule's bases apply to this case; all of them when absent. */
  basis?: readonly B[];
  /** Bases known only at run time (the LPR value used), appended to the rule's own. */
  extraBasis?: readonly LegalBasis[];
  evidence?: readonly Evidence[];
  missing?: readonly string[];
  /** Figures used beyond the message placeholders (decimal strings). */
  figures?: Readonly<Record<string, string>>;
}

export interface VerdictExtra<B extends string> {
  severity?: Severity;
  basis?: readonly B[];
  extraBasis?: readonly LegalBasis[];
  evidence?: readonly Evidence[];
  figures?: Readonly<Record<string, string>>;
}

export interface Reporter<Ms, B extends string> {
  pass<K extends keyof Ms & string>(
    id: K,
    data: DataOf<Ms[K]>,
    extra?: VerdictExtra<B>,
  ): Verdict<B>;
  fail<K extends FailableIds<Ms>>(id: K, data: DataOf<Ms[K]>, extra?: VerdictExtra<B>): Verdict<B>;
  incomplete<K extends keyof Ms & string>(
    id: K,
    data: DataOf<Ms[K]>,
    missing: readonly string[],
    extra?: VerdictExtra<B>,
  ): Verdict<B>;
  inapplicable<K extends keyof Ms & string>(
    id: K,
    data: DataOf<Ms[K]>,
    extra?: VerdictExtra<B>,
  ): Verdict<B>;
}

/** A context patch over a fair baseline loan (see examples.ts), run by the catalogue test. */
export interface RuleExample {
  name: string;
  terms?: Partial<LoanTerms>;
  apr?: Apr | null;
  context?: Partial<Omit<RuleContext, 'terms' | 'apr'>>;
}

export interface Rule<Id extends string, Ms extends Record<string, MessageText>, B extends string> {
  /** Kebab-case, equal to the file name. */
  id: Id;
  title: string;
  titleEn: string;
  /** The severity of a `fail` unless the verdict lowers it. */
  severity: Severity;
  /** Lender types the rule applies to; others get `inapplicable` without running the check. */
  appliesTo: readonly LenderType[] | 'all';
  basis: Readonly<Record<B, LegalBasis>>;
  messages: Ms;
  check(input: RuleInput, report: Reporter<Ms, B>): Verdict<B>;
  examples: { pass: readonly RuleExample[]; fail: readonly RuleExample[] };
}

/** The erased shape the registry and runner work with. */
export interface AnyRule {
  id: string;
  title: string;
  titleEn: string;
  severity: Severity;
  appliesTo: readonly LenderType[] | 'all';
  basis: Readonly<Record<string, LegalBasis>>;
  messages: Readonly<Record<string, MessageText>>;
  check(input: RuleInput, report: Reporter<Record<string, MessageText>, string>): Verdict;
  examples: { pass: readonly RuleExample[]; fail: readonly RuleExample[] };
}

export function defineRule<
  const Id extends string,
  const Ms extends Record<string, MessageText>,
  B extends string,
>(rule: Rule<Id, Ms, B>): Rule<Id, Ms, B> {
  return rule;
}
