/**
 * README.md's rule table must be the generated one. README.md belongs to another part of the
 * project: until it carries the markers this test skips and says so; once it does, it compares.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RULES_END, RULES_START, rulesTableMarkdown, withRulesTable } from '../../cli/rules-table';
import { rules } from '@/lib/rules/index';

const readme = readFileSync(
  resolve(dirname(fileURLToPath(import.meta.url)), '../../README.md'),
  'utf8',
);
const hasMarkers = readme.includes(RULES_START) || readme.includes(RULES_END);

describe('README rule table', () => {
  it('lists every rule with its severity and basis', () => {
    const table = rulesTableMarkdown();
    for (const r of rules) expect(table).toContain(`| \`${r.id}\` |`);
    expect(table.split('\n')).toHaveLength(rules.length + 2);
  });

  it.skipIf(!hasMarkers)(
    `equals the generated table${hasMarkers ? '' : ` (skipped: README.md has no ${RULES_START} … ${RULES_END} markers yet)`} — regenerate with \`npx tsx cli/rules-table.ts --write\``,
    () => {
      expect(withRulesTable(readme)).toBe(readme);
    },
  );
});
