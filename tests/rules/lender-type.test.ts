import { describe, expect, it } from 'vitest';
import { resolveLender } from '@/lib/rules/lender-type';
import { exampleContext } from '@/lib/rules/examples';
import type { LenderInfo } from '@/lib/model/terms';

const terms = (lender: Partial<LenderInfo>) =>
  exampleContext({
    name: 't',
    terms: {
      lenderType: 'unknown',
      lender: { type: 'unknown', name: null, evidence: null, ...lender },
    },
  }).terms;

describe('resolveLender', () => {
  it.each([
    ['澄川银行股份有限公司', 'bank'],
    ['远岫消费金融有限公司', 'consumer-finance'],
    ['青屿网络小额贷款有限公司', 'small-loan'],
    ['德衡融资担保有限公司', 'small-loan'],
    ['安途借', 'platform-unspecified'],
    ['某某科技有限公司', 'unknown'],
  ])('%s → %s', (name, type) => {
    expect(resolveLender(terms({ name, evidence: name }), null)).toEqual({
      type,
      evidence: type === 'unknown' ? null : name,
    });
  });

  it('reads private lending from the page words', () => {
    expect(
      resolveLender(terms({ name: '周明远', evidence: '借条 出借人：周明远' }), null).type,
    ).toBe('private');
  });

  it('treats a platform with no lender named apart from it as platform-unspecified', () => {
    expect(resolveLender(terms({ name: null, platform: '金橙分' }), null)).toEqual({
      type: 'platform-unspecified',
      evidence: '金橙分',
    });
  });

  it('lets the options-page override win, and respects a type the reader already set', () => {
    expect(resolveLender(terms({ name: '澄川银行' }), 'private').type).toBe('private');
    const read = { ...terms({ name: '安途借' }), lenderType: 'bank' as const };
    expect(resolveLender(read, null).type).toBe('bank');
  });
});
