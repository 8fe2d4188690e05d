/**
 * Composes a complaint text from a report: the channel's fixed wording, the facts paragraph, each
 * failing finding's complaint paragraph and demands (all data from the rule files), and the
 * borrower's details from the options page (placeholders when absent). Nothing here is JSX.
 */
import type { Report } from '@/lib/model/report';
import type { Borrower } from '@/lib/storage/settings';

import { channels, type ChannelId } from './channels';
import { factsParagraph } from './facts';
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

const notLegalAdvice = '（本文由“借贷明镜”根据页面内容自动生成，供参考，不构成法律意见。）';

/** "《中华人民共和国民法典》" + "第六百七十条" → "民法典第六百七十条", the form complaint forms expect. */
export function shortCitation(instrument: string, article: string): string {
  return `${instrument.replace(/[《》]/g, '').replace(/^中华人民共和国/, '')}${article}`;
}

function fill(template: string, vars: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => vars[key] ?? whole);
}

export function composeComplaint(
  report: Report,
  channelId: ChannelId,
  borrower: Borrower,
  today: string,
): string {
  const channel = channels[channelId];
  if (report.terms === null) return '';
  const failing = report.findings.filter((f) => f.outcome === 'fail' && f.complaint !== undefined);
  const vars = {
    lender: report.terms.lender.name ?? placeholder.lender,
    name: borrowerField(borrower, 'name'),
    phone: borrowerField(borrower, 'phone'),
  };

  const lines = [
    fill(channel.salutation, vars),
    '',
    fill(channel.opening, vars) + factsParagraph(report),
    '',
  ];
  if (failing.length > 0) {
    lines.push('经核对，存在以下问题：');
    failing.forEach((f, i) =>
      lines.push(`${chineseOrdinals[i] ?? String(i + 1)}、${f.complaint ?? ''}`),
    );
    lines.push('');
    const citations = [
      ...new Set(
        failing.flatMap((f) => f.basis.map((b) => shortCitation(b.instrument, b.article))),
      ),
    ];
    lines.push(`法律依据：${citations.join('；')}。`, '');
    const demands = [...new Set(failing.flatMap((f) => f.demands ?? []))];
    if (demands.length > 0) {
      lines.push('本人的诉求：');
      demands.forEach((d, i) => lines.push(`${i + 1}. ${d}`));
      lines.push('');
    }
  }
  lines.push(
    fill(channel.closing, vars),
    '',
    `投诉人：${vars.name}`,
    `日期：${today}`,
    '',
    notLegalAdvice,
  );
  return lines.join('\n');
}
