/**
 * Who is lending decides which law applies (legal.md §2a matrix): 民间借贷规定 (4×LPR) binds only
 * private lending; banks, consumer-finance and the seven local financial organisations (批复,
 * 2021-01-01) answer to the 24% judicial line instead. The type is inferred from the page's words
 * and the evidence is kept so the popup can show why.
 */
import type { LenderType, LoanTerms } from '@/lib/model/terms';

export interface ResolvedLender {
  type: LenderType;
  evidence: string | null;
}

/** Order matters: a 消费金融 or 小额贷款 company name is checked before the generic 银行. */
const PATTERNS: readonly { type: LenderType; pattern: RegExp }[] = [
  { type: 'consumer-finance', pattern: /消费金融/ },
  { type: 'small-loan', pattern: /小额贷款|小贷/ },
  { type: 'bank', pattern: /银行|信用社|农商行/ },
  // 批复 (legal.md §2a): 融资担保、典当、融资租赁、商业保理 are licensed local financial
  // organisations like 小贷, outside 民间借贷规定; LenderType has no separate value for them.
  { type: 'small-loan', pattern: /融资担保|典当|融资租赁|商业保理/ },
  { type: 'private', pattern: /借条|欠条|出借人|自然人/ },
];

const ORGANISATION = /公司|银行|信用社|集团|中心|合作社/;
const BRAND_WORD = /借|贷|花|分|钱|呗/;

const OVERRIDE_EVIDENCE = '（放款方类型由您在设置页指定）';

export function resolveLender(terms: LoanTerms, override: LenderType | null): ResolvedLender {
  if (override !== null) return { type: override, evidence: OVERRIDE_EVIDENCE };
  if (terms.lenderType !== 'unknown')
    return { type: terms.lenderType, evidence: terms.lender.evidence };

  const { name, evidence, platform } = terms.lender;
  const texts = [name, evidence].filter((t): t is string => t !== null && t !== '');
  for (const { type, pattern } of PATTERNS) {
    const hit = texts.find((t) => pattern.test(t));
    if (hit !== undefined) return { type, evidence: hit };
  }
  // A platform brand with no lender named apart from it (山西监管局: "刻意隐瞒贷款主体").
  if (platform != null && platform !== '' && (name === null || name === platform)) {
    return { type: 'platform-unspecified', evidence: platform };
  }
  if (name !== null && !ORGANISATION.test(name) && BRAND_WORD.test(name)) {
    return { type: 'platform-unspecified', evidence: name };
  }
  return { type: 'unknown', evidence: null };
}
