import { describe, expect, it } from 'vitest';

import type { StatedRate } from '@/lib/model/terms';
import { shownAnnualRate } from '@/lib/model/shown-rate';

const rate = (
  label: string,
  kind: StatedRate['kind'],
  extra: Partial<StatedRate> = {},
): StatedRate => ({
  label,
  kind,
  value: '0.2328',
  valueText: '23.28%',
  ...extra,
});

describe('shownAnnualRate', () => {
  it('takes the figure the reader marked primary', () => {
    const primary = rate('综合年化成本（含保费）', 'comprehensive-annual', { primary: true });
    expect(shownAnnualRate([rate('年化利率（单利）', 'annual-simple'), primary])).toBe(primary);
  });

  it('takes the only annual figure of the loan’s own, a comprehensive cost included', () => {
    const only = rate('综合年化成本', 'comprehensive-annual');
    expect(shownAnnualRate([rate('月利率', 'monthly'), only])).toBe(only);
  });

  it('never takes a marketing minimum, a cap claim or another option, and does not guess between several', () => {
    expect(
      shownAnnualRate([
        rate('年化利率低至', 'annual-simple', { context: 'marketing-minimum' }),
        rate('综合年化成本不超过', 'comprehensive-annual', { context: 'cap-claim' }),
        rate('日利率', 'daily'),
      ]),
    ).toBeNull();
    expect(
      shownAnnualRate([
        rate('年化利率', 'annual-simple'),
        rate('年化利率（复利）', 'annual-compound'),
      ]),
    ).toBeNull();
  });
});
