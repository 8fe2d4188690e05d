/**
 * The catalogue meta-test (aesthetics.md §5.3): registry = files, ids = file names, every rule has
 * its test file, a sourced legal basis, bilingual texts, a complaint and demands for each message
 * it can fail with, and its examples give the outcome they declare.
 */
import { existsSync, readdirSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { exampleContext } from '@/lib/rules/examples';
import { rules } from '@/lib/rules/index';
import { evaluateRule, runRules } from '@/lib/rules/run';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const ruleFiles = readdirSync(join(root, 'lib/rules/catalogue'))
  .filter((f) => f.endsWith('.ts'))
  .map((f) => basename(f, '.ts'))
  .sort();

/** A `{name}` left in a text a borrower would read. */
const placeholdersOf = (text: string): string[] =>
  [...text.matchAll(/\{([A-Za-z][A-Za-z0-9]*)\}/g)].map((m) => m[1] ?? '');

const DESIGN_IDS = [
  'upfront-deduction',
  'apr-missing',
  'apr-less-prominent',
  'apr-understated',
  'apr-simple-unlabelled',
  'flat-fee-original-principal',
  'fee-outside-apr',
  'addon-preselected',
  'cost-over-24',
  'cost-over-36',
  'cost-over-4x-lpr',
  'overdue-penalty-excessive',
  'prepayment-charge',
  'lender-hidden',
  'contract-not-shown',
];

describe('rule catalogue', () => {
  const ids = rules.map((r) => r.id);

  it('registers exactly the files in lib/rules/catalogue, alphabetically', () => {
    expect(ids).toEqual(ruleFiles);
    expect([...ids].sort()).toEqual(ids);
  });

  // The catalogue is open: design.md §5's ids must all be there, and more may be added
  // (`npm run new-rule <id>`).
  it('has unique kebab-case ids containing the fixed ids of design.md §5', () => {
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(ids).toEqual(expect.arrayContaining(DESIGN_IDS));
  });

  describe.each(rules.map((r) => [r.id, r] as const))('%s', (id, rule) => {
    it('has its own test file', () => {
      expect(existsSync(join(root, 'tests/rules', `${id}.test.ts`))).toBe(true);
    });

    it('has titles and a sourced legal basis', () => {
      expect(rule.title).not.toBe('');
      expect(rule.titleEn).not.toBe('');
      const basis = Object.values(rule.basis);
      expect(basis.length).toBeGreaterThan(0);
      for (const b of basis) {
        expect(b.instrument).not.toBe('');
        expect(b.article).not.toBe('');
        expect(b.source).not.toBe('');
      }
    });

    it('has zh and en texts for every message, and complaint + demands where it can fail', () => {
      for (const [messageId, m] of Object.entries(rule.messages)) {
        expect(m.zh, messageId).toMatch(/[\u4e00-\u9fff]/);
        expect(m.en, messageId).toMatch(/[A-Za-z]/);
        for (const text of [m.zh, m.en, m.complaint ?? '', ...(m.demands ?? [])]) {
          expect(text, messageId).not.toMatch(/法律意见|legal advice/i);
        }
        expect(m.complaint === undefined, messageId).toBe(m.demands === undefined);
      }
    });

    it('gives the declared outcome for its examples, with every placeholder filled', () => {
      expect(rule.examples.pass.length).toBeGreaterThan(0);
      expect(rule.examples.fail.length).toBeGreaterThan(0);
      for (const [expected, examples] of [
        ['pass', rule.examples.pass],
        ['fail', rule.examples.fail],
      ] as const) {
        for (const example of examples) {
          const f = evaluateRule(rule, exampleContext(example));
          expect(f.outcome, example.name).toBe(expected);
          const texts = [
            f.explanation.zh,
            f.explanation.en,
            f.complaint ?? '',
            ...(f.demands ?? []),
          ];
          for (const text of texts) expect(placeholdersOf(text), example.name).toEqual([]);
          if (expected === 'fail') {
            expect(f.complaint, example.name).toBeTruthy();
            expect(f.demands?.length, example.name).toBeGreaterThan(0);
          }
        }
      }
    });
  });

  it('reports every rule in registry order, including pass / incomplete / inapplicable', () => {
    const result = runRules(exampleContext({ name: 'baseline' }));
    expect(result.findings.map((f) => f.id)).toEqual(ids);
    expect(result.lenderType).toBe('consumer-finance');
    expect(result.lpr).toMatchObject({ value: '0.03', date: '2025-05-20', confirmed: true });
    expect(result.findings.filter((f) => f.outcome === 'fail')).toEqual([]);
  });
});
