/**
 * The one lender classifier: which kind of lender a name (or the page's words about it) names.
 * Who is lending decides which law applies (legal.md §2a matrix): 民间借贷规定 (4×LPR) binds only
 * private lending; banks, consumer-finance and the seven local financial organisations (批复,
 * 2021-01-01) answer to the 24% judicial line instead. The reader classifies what it read with
 * this; the rules classify hand-made terms (calculator, `--terms`) with the same function, so one
 * report never carries two answers.
 */
import type { LenderInfo } from './terms';
import type { LenderType } from './vocabulary';

export interface ClassifiedLender {
  type: LenderType;
  /** The words that decided the type, shown to the borrower; null when nothing did. */
  evidence: string | null;
}

/** Order matters: a 消费金融 or 小额贷款 company name is checked before the generic 银行. */
const PATTERNS: readonly { type: LenderType; pattern: RegExp }[] = [
  // 汽车金融公司: licensed like a consumer-finance company (汽车金融公司管理办法).
  { type: 'consumer-finance', pattern: /消费金融|汽车金融/ },
  { type: 'small-loan', pattern: /小额贷款|小贷/ },
  { type: 'bank', pattern: /银行|信用社|农商行/ },
  // 批复 (legal.md §2a): 融资担保、典当、融资租赁、商业保理 are licensed local financial
  // organisations like 小贷, outside 民间借贷规定; LenderType has no separate value for them.
  { type: 'small-loan', pattern: /融资担保|典当|融资租赁|商业保理/ },
  { type: 'private', pattern: /借条|欠条|出借人|自然人/ },
];

const ORGANISATION = /公司|银行|信用社|集团|中心|合作社/;
const BRAND_WORD = /借|贷|花|分|钱|呗/;

/**
 * A lender already typed (by the reader's legal-suffix match or by the borrower) keeps its type;
 * otherwise its name and evidence are matched against the patterns, and a platform brand with no
 * lender named apart from it is platform-unspecified (山西监管局: "刻意隐瞒贷款主体").
 */
export function classifyLender(
  lender: Pick<LenderInfo, 'type' | 'name' | 'evidence'> & { platform?: string | null },
): ClassifiedLender {
  if (lender.type !== 'unknown') return { type: lender.type, evidence: lender.evidence };
  const { name, evidence, platform } = lender;
  const texts = [name, evidence].filter((t): t is string => t !== null && t !== '');
  for (const { type, pattern } of PATTERNS) {
    const hit = texts.find((t) => pattern.test(t));
    if (hit !== undefined) return { type, evidence: hit };
  }
  if (platform != null && platform !== '' && (name === null || name === platform)) {
    return { type: 'platform-unspecified', evidence: platform };
  }
  if (name !== null && !ORGANISATION.test(name) && BRAND_WORD.test(name)) {
    return { type: 'platform-unspecified', evidence: name };
  }
  return { type: 'unknown', evidence: null };
}
