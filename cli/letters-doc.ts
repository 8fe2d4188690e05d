/**
 * docs/letters.md's example letters, generated from the example loans so the document cannot
 * drift from the wording data. `tsx cli/letters-doc.ts` prints the block; `--write` replaces the
 * block between the markers in docs/letters.md (tests/letters/docs.test.ts checks it).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { claimsOf } from '../lib/claims/claims-of';
import { composeLetter, NO_DETAILS, type ChannelId } from '../lib/letters';
import type { Report } from '../lib/model/report';

import { fairBank, highCost, membership, privateIou, upfrontFee } from './example-loans';

export const EXAMPLES_START = '<!-- letters:start -->';
export const EXAMPLES_END = '<!-- letters:end -->';

const EXAMPLES: { channel: ChannelId; title: string; loan: () => Report }[] = [
  {
    channel: 'lender',
    title: '致放款机构/平台：会员费样例页（放款机构未写明）',
    loan: () => membership(),
  },
  { channel: 'lender', title: '致出借人（协商）：个人借条，超过4倍LPR', loan: privateIou },
  {
    channel: 'nfra-12378',
    title: '国家金融监督管理总局 12378：银行，年化约73%',
    loan: () =>
      highCost({ type: 'bank', name: '示例银行股份有限公司', evidence: '示例银行股份有限公司' }),
  },
  { channel: 'pboc-12363', title: '中国人民银行 12363：会员费样例页', loan: () => membership() },
  {
    channel: 'local-regulator',
    title: '地方金融管理局：砍头息样例页（小额贷款公司）',
    loan: upfrontFee,
  },
  { channel: 'heimao', title: '黑猫投诉：砍头息样例页（小额贷款公司）', loan: upfrontFee },
  { channel: 'negotiation', title: '协商还款申请：公平的银行贷款', loan: fairBank },
  { channel: 'mediation', title: '人民调解申请：个人借条', loan: privateIou },
  { channel: 'lawsuit', title: '起诉状提纲：个人借条', loan: privateIou },
];

export function examplesMarkdown(): string {
  return EXAMPLES.map(({ channel, title, loan }) => {
    const report = loan();
    const text =
      composeLetter(report, claimsOf(report), channel, {
        borrower: NO_DETAILS,
        today: '2026-11-30',
        source: 'page',
      })?.text ?? '';
    return `### \`${channel}\` — ${title}\n\n\`\`\`text\n${text}\n\`\`\``;
  }).join('\n\n');
}

export function withExamples(doc: string): string | null {
  const start = doc.indexOf(EXAMPLES_START);
  const end = doc.indexOf(EXAMPLES_END);
  if (start === -1 || end === -1 || end < start) return null;
  return `${doc.slice(0, start + EXAMPLES_START.length)}\n\n${examplesMarkdown()}\n\n${doc.slice(end)}`;
}

export const docPath = resolve(dirname(fileURLToPath(import.meta.url)), '../docs/letters.md');

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (process.argv.includes('--write')) {
    const updated = withExamples(readFileSync(docPath, 'utf8'));
    if (updated === null) {
      process.stderr.write(`docs/letters.md has no ${EXAMPLES_START} … ${EXAMPLES_END} block\n`);
      process.exitCode = 1;
    } else writeFileSync(docPath, updated);
  } else process.stdout.write(`${examplesMarkdown()}\n`);
}
