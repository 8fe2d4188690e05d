import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { importName, ruleSource, testSource, withRegistryLine } from '../../cli/new-rule';
import { repoRoot } from '../../cli/paths';

const index = readFileSync(join(repoRoot, 'lib/rules/index.ts'), 'utf8');

describe('npm run new-rule', () => {
  it.each([
    ['cost-over-4x-lpr', 'costOver4xLpr'],
    ['apr-missing', 'aprMissing'],
    ['x', 'x'],
  ])('names %s %s in the registry', (id, name) => {
    expect(importName(id)).toBe(name);
  });

  it('adds the import and the array entry in alphabetical order, changing nothing else', () => {
    const out = withRegistryLine(index, 'billing-hidden');
    expect(out).toContain(
      "import aprUnderstated from './catalogue/apr-understated';\nimport billingHidden from './catalogue/billing-hidden';\nimport contractNotShown",
    );
    expect(out).toContain('  aprUnderstated,\n  billingHidden,\n  contractNotShown,');
    expect(out.replace(/.*billing-hidden.*\n|.*billingHidden.*\n/g, '')).toBe(index);
  });

  it('adds a last rule at the end', () => {
    const out = withRegistryLine(index, 'zero-interest-claim');
    expect(out).toMatch(/upfrontDeduction,\n {2}zeroInterestClaim,\n\];/);
  });

  it('scaffolds a rule the catalogue test rejects until its title, basis and failing example exist', () => {
    const rule = ruleSource('billing-hidden');
    expect(rule).toContain("id: 'billing-hidden'");
    expect(rule).toContain('basis: {}');
    expect(rule).toContain('fail: []');
    expect(testSource('billing-hidden')).toContain("from '@/lib/rules/catalogue/billing-hidden'");
  });
});
