import { describe, expect, it } from 'vitest';

import { analyseTerms } from '@/lib/analysis/analyse';
import { classifyLender } from '@/lib/model/lender';
import type { LenderInfo } from '@/lib/model/terms';
import { exampleContext } from '@/lib/rules/examples';
import { resolveLender } from '@/lib/rules/lender-type';

const unknown = (lender: Partial<LenderInfo>) => ({
  type: 'unknown' as const,
  name: null,
  evidence: null,
  ...lender,
});

describe('classifyLender: the one lender classifier', () => {
  it.each([
    ['澄川银行股份有限公司', 'bank'],
    ['某某农商行', 'bank'],
    ['远岫消费金融有限公司', 'consumer-finance'],
    ['青屿网络小额贷款有限公司', 'small-loan'],
    ['德衡融资担保有限公司', 'small-loan'],
    ['某某典当有限公司', 'small-loan'],
    ['某某商业保理有限公司', 'small-loan'],
    ['安途借', 'platform-unspecified'],
    ['某某科技有限公司', 'unknown'],
  ])('%s → %s', (name, type) => {
    expect(classifyLender(unknown({ name, evidence: name }))).toEqual({
      type,
      evidence: type === 'unknown' ? null : name,
    });
  });

  it('reads private lending from the page words', () => {
    expect(classifyLender(unknown({ name: '周明远', evidence: '借条 出借人：周明远' })).type).toBe(
      'private',
    );
  });

  it('treats a platform with no lender named apart from it as platform-unspecified', () => {
    expect(classifyLender(unknown({ platform: '金橙分' }))).toEqual({
      type: 'platform-unspecified',
      evidence: '金橙分',
    });
  });

  it('keeps a type already decided', () => {
    expect(classifyLender({ type: 'bank', name: '安途借', evidence: 'x' })).toEqual({
      type: 'bank',
      evidence: 'x',
    });
  });
});

describe('resolveLender: the type the rules apply', () => {
  const terms = (lender: Partial<LenderInfo>) =>
    exampleContext({ name: 't', terms: { lenderType: 'unknown', lender: unknown(lender) } }).terms;

  it('lets the options-page override win, and respects a type the terms already carry', () => {
    expect(resolveLender(terms({ name: '澄川银行' }), 'private').type).toBe('private');
    const read = { ...terms({ name: '安途借' }), lenderType: 'bank' as const };
    expect(resolveLender(read, null).type).toBe('bank');
  });

  it('gives one answer in both fields of the report (某某典当有限公司)', () => {
    const report = analyseTerms(terms({ name: '某某典当有限公司', evidence: '某某典当有限公司' }), {
      input: 't',
      url: '',
      title: '',
      settings: { lenderTypeOverride: null, userLpr: [] },
      now: '2026-01-10T00:00:00Z',
    });
    expect(report.terms?.lenderType).toBe('small-loan');
    expect(report.terms?.lender.type).toBe('small-loan');
  });
});
