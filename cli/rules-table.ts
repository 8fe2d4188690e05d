/**
 * The README's rule table, generated from the catalogue so it cannot drift (aesthetics.md §5.3).
 * `tsx cli/rules-table.ts` prints it; `--write` replaces the block between the README markers.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import type { LegalBasis } from '../lib/model/report';
import { rules } from '../lib/rules/index';

export const RULES_START = '<!-- rules:start -->';
export const RULES_END = '<!-- rules:end -->';

const SEVERITY = {
  violation: '违规 violation',
  warning: '提醒 warning',
  info: '说明 info',
} as const;

function cell(text: string): string {
  return text.replace(/\|/g, '\\|');
}

function basisText(b: LegalBasis): string {
  return `${b.instrument}${b.article}${b.confirmed ? '' : '（未确认 unconfirmed）'}`;
}

export function rulesTableMarkdown(): string {
  const rows = rules.map((r) => {
    const basis = Object.values(r.basis).map(basisText).join('；');
    return `| \`${r.id}\` | ${cell(r.title)}<br>${cell(r.titleEn)} | ${SEVERITY[r.severity]} | ${cell(basis)} |`;
  });
  return [
    '| id | 检查 / check | 严重程度 / severity | 法律依据 / legal basis |',
    '|---|---|---|---|',
    ...rows,
  ].join('\n');
}

/** README text with the block between the markers replaced, or null when the markers are absent. */
export function withRulesTable(readme: string): string | null {
  const start = readme.indexOf(RULES_START);
  const end = readme.indexOf(RULES_END);
  if (start === -1 || end === -1 || end < start) return null;
  return `${readme.slice(0, start + RULES_START.length)}\n${rulesTableMarkdown()}\n${readme.slice(end)}`;
}

function main(argv: readonly string[]): void {
  if (!argv.includes('--write')) {
    process.stdout.write(`${rulesTableMarkdown()}\n`);
    return;
  }
  const readmePath = resolve(dirname(fileURLToPath(import.meta.url)), '../README.md');
  const updated = withRulesTable(readFileSync(readmePath, 'utf8'));
  if (updated === null) {
    process.stderr.write(`README.md has no ${RULES_START} … ${RULES_END} block\n`);
    process.exitCode = 1;
    return;
  }
  writeFileSync(readmePath, updated);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2));
}
