/**
 * Composes a complaint or negotiation text from a report: the channel's fixed wording, the facts
 * paragraph, each failing finding's complaint paragraph and demands (data from the rule files),
 * and the borrower's details from the options page (placeholders when absent). Nothing here is JSX.
 */
import type { Finding, Report } from '@/lib/model/report';
import { formatMoney } from '@/lib/text/format';
import type { Borrower } from '@/lib/model/settings';
import { fillTemplate } from '@/lib/text/template';

import {
  channels,
  negotiationWording,
  notLegalAdvice,
  type ChannelId,
  type LetterChannel,
} from './channels';
import { factsParagraph } from './facts';
import { installmentPlan, nextMonthLabel } from './installment-plan';
import { borrowerField, placeholder } from './placeholders';

const chineseOrdinals = [
  '一',
  '二',
  '三',
  '四',
  '五',
  '六',
  '七',
  '八',
  '九',
  '十',
  '十一',
  '十二',
  '十三',
  '十四',
  '十五',
];

/** "《中华人民共和国民法典》" + "第六百七十条" → "民法典第六百七十条", the form complaint forms expect. */
export function shortCitation(instrument: string, article: string): string {
  return `${instrument.replace(/[《》]/g, '').replace(/^中华人民共和国/, '')}${article}`;
}

export interface ComposeOptions {
  borrower: Borrower;
  /** ISO date of composition. */
  today: string;
  /** For the negotiation letter: how many monthly parts to propose. */
  months?: number;
}

function failing(report: Report): Finding[] {
  return report.findings.filter((f) => f.outcome === 'fail' && f.complaint !== undefined);
}

function citations(findings: readonly Finding[]): string[] {
  return [
    ...new Set(findings.flatMap((f) => f.basis.map((b) => shortCitation(b.instrument, b.article)))),
  ];
}

function demands(findings: readonly Finding[]): string[] {
  return [...new Set(findings.flatMap((f) => f.demands ?? []))];
}

function issueLines(findings: readonly Finding[]): string[] {
  if (findings.length === 0) return [];
  return [
    '经核对，存在以下问题：',
    ...findings.map((f, i) => `${chineseOrdinals[i] ?? String(i + 1)}、${f.complaint ?? ''}`),
    '',
    `法律依据：${citations(findings).join('；')}。`,
    '',
  ];
}

function variables(report: Report, options: ComposeOptions): Record<string, string> {
  const b = options.borrower;
  return {
    lender: report.terms?.lender.name ?? placeholder.lender,
    name: borrowerField(b, 'name'),
    phone: borrowerField(b, 'phone'),
    idNumber: borrowerField(b, 'idNumber'),
    address: borrowerField(b, 'address'),
    city: borrowerField(b, 'city'),
    firstComplaintDate: placeholder.firstComplaintDate,
    hardship: placeholder.hardship,
  };
}

function letter(report: Report, channel: LetterChannel, options: ComposeOptions): string {
  const vars = variables(report, options);
  const found = failing(report);
  const asks = demands(found);
  return [
    fillTemplate(channel.salutation, vars),
    '',
    fillTemplate(channel.opening, vars) + factsParagraph(report),
    '',
    ...issueLines(found),
    ...(asks.length > 0 ? ['本人的诉求：', ...asks.map((d, i) => `${i + 1}. ${d}`), ''] : []),
    fillTemplate(channel.closing, vars),
    '',
    `投诉人：${vars.name ?? ''}`,
    `日期：${options.today}`,
    '',
    notLegalAdvice,
  ].join('\n');
}

// 黑猫投诉's form has these five fields; each line is pasted into its own box.
function heimao(report: Report, options: ComposeOptions): string {
  const vars = variables(report, options);
  const found = failing(report);
  const asks = demands(found);
  return [
    `投诉对象：${vars.lender ?? ''}`,
    `投诉问题：${found.length > 0 ? found.map((f) => f.title).join('；') : '借款费用不透明'}`,
    `投诉要求：${asks.length > 0 ? asks.join('') : '公开全部息费明细，按实际借款金额和法定上限重新计算'}`,
    `涉诉金额：${report.money === null ? '【涉诉金额】' : `${formatMoney(report.money.totalCost)}元（本笔借款的利息和费用合计）`}`,
    `投诉内容：${factsParagraph(report)}${found.map((f) => f.complaint ?? '').join('')}法律依据：${citations(found).join('；') || '中国人民银行公告〔2021〕第3号'}。`,
    '',
    notLegalAdvice,
  ].join('\n');
}

function negotiation(report: Report, options: ComposeOptions): string {
  const vars = variables(report, options);
  const w = negotiationWording;
  const base = report.terms?.received ?? report.terms?.principal ?? null;
  const plan = base === null ? null : installmentPlan(base, options.months ?? 12);
  const planLine =
    plan === null || base === null
      ? fillTemplate(w.plan, {
          ...vars,
          received: '【实际到账金额】',
          startMonth: nextMonthLabel(options.today),
          months: '【期数】',
          installment: '【每期金额】',
          lastNote: '',
        })
      : fillTemplate(w.plan, {
          ...vars,
          received: formatMoney(base),
          startMonth: nextMonthLabel(options.today),
          months: String(plan.months),
          installment: formatMoney(plan.installment),
          lastNote:
            plan.last === plan.installment ? '' : `（最后一期 ${formatMoney(plan.last)} 元）`,
        });
  const found = failing(report);
  return [
    fillTemplate(w.salutation, vars),
    '',
    fillTemplate(w.opening, vars) + factsParagraph(report),
    '',
    fillTemplate(w.hardship, vars),
    '',
    planLine,
    '',
    w.writing,
    '',
    w.fees,
    ...(found.length > 0 ? ['', ...issueLines(found)] : ['']),
    w.closing,
    '',
    `申请人：${vars.name ?? ''}`,
    `日期：${options.today}`,
    '',
    notLegalAdvice,
  ].join('\n');
}

export function composeComplaint(
  report: Report,
  channelId: ChannelId,
  options: ComposeOptions,
): string {
  if (report.terms === null) return '';
  const channel = channels[channelId];
  switch (channel.layout) {
    case 'letter':
      return letter(report, channel, options);
    case 'heimao':
      return heimao(report, options);
    case 'negotiation':
      return negotiation(report, options);
  }
}
