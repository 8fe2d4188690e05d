/**
 * `npm run new-rule <id>` scaffolds a rule: lib/rules/catalogue/<id>.ts, tests/rules/<id>.test.ts
 * and its line in the registry (lib/rules/index.ts, alphabetical). The scaffold has no title,
 * no legal basis and no failing example, so the catalogue test fails until the author writes
 * them: a rule cannot ship without the article it relies on. Then `npm run rules-table`.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

import { repoRoot } from './paths';

const RULE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** "cost-over-4x-lpr" → "costOver4xLpr", the registry's import name. */
export function importName(id: string): string {
  return id.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

export function ruleSource(id: string): string {
  return `/**
 * What the page does, which article it conflicts with (cite it, legal.md) and the page pattern
 * that shows it. Replace this comment, the empty title and basis, and the check.
 */
import { defineRule } from '../define-rule';

export default defineRule({
  id: '${id}',
  title: '',
  titleEn: '',
  severity: 'warning',
  appliesTo: 'all',
  basis: {},
  messages: {
    clear: { zh: '', en: '' },
  },
  check(_input, report) {
    return report.pass('clear', {});
  },
  examples: {
    pass: [{ name: 'the fair baseline loan' }],
    fail: [],
  },
});
`;
}

export function testSource(id: string): string {
  return `import { describe, expect, it } from 'vitest';
import rule from '@/lib/rules/catalogue/${id}';
import { check } from './support/run';

describe('${id}', () => {
  it('passes the fair baseline loan', () => {
    expect(check(rule).outcome).toBe('pass');
  });
});
`;
}

const CATALOGUE_IMPORT = /^import (\w+) from '\.\/catalogue\/([a-z0-9-]+)';$/gm;
const RULES_ARRAY = /export const rules: readonly AnyRule\[\] = \[\n[\s\S]*?\];/;

/**
 * lib/rules/index.ts with the rule's import added in alphabetical order and the rules array
 * rewritten from the imports, so both stay alphabetical (the catalogue test checks it).
 */
export function withRegistryLine(index: string, id: string): string {
  const imports = [...index.matchAll(CATALOGUE_IMPORT)];
  const last = imports.at(-1);
  if (last === undefined || !RULES_ARRAY.test(index))
    throw new Error('lib/rules/index.ts has no catalogue imports or no rules array');
  const line = `import ${importName(id)} from './catalogue/${id}';`;
  const next = imports.find((m) => (m[2] ?? '') > id);
  const withImport =
    next === undefined
      ? index.replace(last[0], `${last[0]}\n${line}`)
      : index.replace(next[0], `${line}\n${next[0]}`);
  const names = [...withImport.matchAll(CATALOGUE_IMPORT)].map((m) => `  ${m[1] ?? ''},`);
  return withImport.replace(
    RULES_ARRAY,
    `export const rules: readonly AnyRule[] = [\n${names.join('\n')}\n];`,
  );
}

function main(args: string[]): number {
  const id = args[0];
  if (id === undefined || !RULE_ID.test(id)) {
    process.stderr.write(
      '用法：npm run new-rule <id>（id 为小写短横线形式，如 fee-undisclosed）\n',
    );
    return 2;
  }
  const ruleFile = join(repoRoot, 'lib/rules/catalogue', `${id}.ts`);
  const testFile = join(repoRoot, 'tests/rules', `${id}.test.ts`);
  if (existsSync(ruleFile) || existsSync(testFile)) {
    process.stderr.write(`规则 ${id} 已存在。\n`);
    return 2;
  }
  const indexFile = join(repoRoot, 'lib/rules/index.ts');
  writeFileSync(ruleFile, ruleSource(id));
  writeFileSync(testFile, testSource(id));
  writeFileSync(indexFile, withRegistryLine(readFileSync(indexFile, 'utf8'), id));
  process.stdout.write(
    `已创建 lib/rules/catalogue/${id}.ts 和 tests/rules/${id}.test.ts，并登记到 lib/rules/index.ts。\n` +
      '写好标题、法律依据、检查和示例后，运行 npx vitest run tests/rules 与 npm run rules-table。\n',
  );
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = main(process.argv.slice(2));
}
