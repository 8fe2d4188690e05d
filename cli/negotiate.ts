/**
 * `npm run negotiate -- [--json] [--plan fewest|lowest|settlement] case.json` for debt advisers:
 * what the law supports of what an overdue lender demands (each step), plans sized to the
 * borrower, the negotiation letter and the phone script, from a JSON case (docs/negotiation.md).
 * Bad input: one line per field, exit 2. A UTF-8 BOM is accepted; strings are trimmed.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

import { issueKey, negotiateTranslator } from '../lib/i18n/negotiate-messages';
import { readCase } from '../lib/negotiate/case';
import { shortBasis } from '../lib/negotiate/fill';
import { negotiate, type Negotiation } from '../lib/negotiate/index';
import { phoneScriptText } from '../lib/negotiate/phone-script';
import type { PlanKind } from '../lib/negotiate/plans';
import { stepText } from '../lib/negotiate/steps-text';
import { PLAN_NAMES } from '../lib/negotiate/wording';
import { formatMoney, formatRate } from '../lib/text/format';
import { defaultSettings } from '../lib/storage/settings';

const usage = `用法 / usage:
  npm run negotiate -- [--json] [--plan fewest|lowest|settlement] <case.json>`;

const PLAN_KINDS: readonly PlanKind[] = ['fewest', 'lowest', 'settlement'];

interface Args {
  json: boolean;
  plan: PlanKind | null;
  file: string;
}

function parseArgs(argv: readonly string[]): Args | string {
  let json = false;
  let plan: PlanKind | null = null;
  const files: string[] = [];
  for (let i = 0; i < argv.length; i += 1) {
    const a = argv[i] ?? '';
    if (a === '--json') json = true;
    else if (a === '--plan') {
      const kind = argv[i + 1] ?? '';
      if (!(PLAN_KINDS as readonly string[]).includes(kind))
        return `--plan：应为 fewest、lowest 或 settlement\n${usage}`;
      plan = kind as PlanKind;
      i += 1;
    } else if (a.startsWith('--')) return `未知选项：${a}\n${usage}`;
    else files.push(a);
  }
  const [file] = files;
  if (file === undefined || files.length > 1) return usage;
  return { json, plan, file };
}

/** The --json output: the issue's fields first, then the rest of what was computed. */
export function negotiationJson(result: Negotiation): unknown {
  return {
    line: result.line,
    demanded: result.demanded,
    supportable: result.supportable,
    disputed: result.disputed,
    overdueDays: result.overdueDays,
    plans: result.plans.map((p) => ({
      kind: p.kind,
      periods: p.periods,
      payment: p.payment,
      last: p.last,
      total: p.total,
      waived: p.waived,
      dueDates: p.dueDates,
      payments: p.payments,
      rate: p.rate,
    })),
    shortfalls: result.shortfalls,
    chosen: result.chosen?.kind ?? null,
    letter: result.letter,
    phoneScript: phoneScriptText(result.phone),
    steps: result.steps.map((s) => ({
      id: s.id,
      text: stepText(s, 'zh'),
      textEn: stepText(s, 'en'),
      figures: s.figures,
      basis: s.basis.map(shortBasis),
      confirmed: s.confirmed,
    })),
  };
}

function readable(result: Negotiation): string {
  const lines = [
    '== 法律支持多少 ==',
    ...result.steps.map(
      (s) => `- ${stepText(s, 'zh')}${s.confirmed ? '' : '（依据原文未能核实）'}`,
    ),
  ];
  lines.push('', '== 还款方案 ==');
  for (const p of result.plans) {
    lines.push(
      `- ${PLAN_NAMES[p.kind].zh}：${p.periods} 期，每期 ${formatMoney(p.payment)} 元${p.last === p.payment ? '' : `（最后一期 ${formatMoney(p.last)} 元）`}，合计 ${formatMoney(p.total)} 元，${p.dueDates[0] ?? ''} 至 ${p.dueDates.at(-1) ?? ''}` +
        (p.waived !== '0.00'
          ? `，请对方减免 ${formatMoney(p.waived)} 元`
          : p.rate === null
            ? ''
            : `，本方案真实年化利率 ${formatRate(p.rate.nominal)}`),
    );
  }
  if (result.shortfalls.includes('capacity-below-60-periods'))
    lines.push('- 按每月能还的金额，60 期内还不清。');
  lines.push(
    '',
    '== 协商还款信 ==',
    result.letter,
    '',
    '== 电话 ==',
    phoneScriptText(result.phone),
  );
  return lines.join('\n');
}

export function runNegotiate(
  argv: readonly string[],
  out: (s: string) => void,
  err: (s: string) => void,
  today = new Date().toISOString().slice(0, 10),
): number {
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    err(args);
    return 2;
  }
  let text: string;
  try {
    text = readFileSync(args.file, 'utf8');
  } catch {
    err(`${args.file}：无法读取文件`);
    return 2;
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    err(`${args.file}：不是有效的 JSON`);
    return 2;
  }
  const reading = readCase(json, today);
  if (!reading.ok) {
    const t = negotiateTranslator('zh-CN');
    for (const issue of reading.issues)
      err(`${issue.field === '' ? args.file : issue.field}：${t(issueKey(issue.code))}`);
    return 2;
  }
  const result = negotiate(reading.case, {
    borrower: defaultSettings.borrower,
    userLpr: [],
    contacts: [],
    today,
    chosen: args.plan,
  });
  out(args.json ? JSON.stringify(negotiationJson(result), null, 2) : readable(result));
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = runNegotiate(
    process.argv.slice(2),
    (s) => process.stdout.write(s + '\n'),
    (s) => process.stderr.write(s + '\n'),
  );
}
