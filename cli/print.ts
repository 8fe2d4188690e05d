/**
 * The readable form of a report for the terminal: the popup's content, in the popup's words.
 */
import { translator } from '../lib/i18n/messages';
import type { Finding, Report } from '../lib/model/report';
import { formatRate } from '../lib/text/format';
import { lprNoteKey } from '../lib/view/computation';
import { findingGroups, keyFigures } from '../lib/view/key-figures';
import { aprProblemText, noteText } from '../lib/view/report-codes';
import { verdictOf, verdictText } from '../lib/view/verdict';

const t = translator('zh-CN');

const tag: Record<string, string> = {
  violation: '违规',
  warning: '提醒',
  info: '说明',
};

function findingLines(f: Finding): string[] {
  const label = f.outcome === 'fail' ? tag[f.severity] : '无法核实';
  const lines = [`  [${label ?? f.severity}] ${f.title}（${f.id}）`, `      ${f.explanation.zh}`];
  if (f.missing !== undefined && f.missing.length > 0)
    lines.push(`      ${t('missingFacts')}${f.missing.join('、')}`);
  for (const b of f.basis)
    lines.push(
      `      依据：${b.instrument}${b.article}${b.confirmed ? '' : t('basisUnconfirmed')}`,
    );
  return lines;
}

export function printReport(report: Report): string {
  const lines = [`== ${report.input} ==`, `结论：${verdictText(verdictOf(report), t)}`];
  const figures = keyFigures(report);
  if (figures !== null) {
    const yuan = (v: string | null) => (v === null ? '—' : `${v} 元`);
    lines.push(
      `  ${t('principal')} ${yuan(figures.principal)}｜${t('received')} ${yuan(figures.received)}｜${t('totalRepaid')} ${yuan(figures.totalRepaid)}｜${t('totalCost')} ${yuan(figures.totalCost)}`,
      `  ${t('trueRate')} ${figures.trueRate ?? t('rateUnknown')}${figures.trueRateEffective === null ? '' : `（${t('trueRateEffective')} ${figures.trueRateEffective}）`}｜${t('shownRate')} ${figures.shownRate ?? t('notShown')}`,
    );
    if (figures.aprProblem !== null) lines.push(`  ${aprProblemText(figures.aprProblem, t)}`);
    if (report.lpr !== null) {
      const lpr = report.lpr;
      lines.push(
        `  ${t('howLpr', { value: formatRate(lpr.value), date: lpr.date })}${t(lprNoteKey(lpr))}`,
      );
    }
    // The popup's groups in the popup's order; what passed is left out of the terminal.
    for (const group of findingGroups(report.findings))
      if (group.key !== 'groupPassed')
        for (const f of group.findings) lines.push(...findingLines(f));
  }
  for (const note of report.notes) lines.push(`  注：${noteText(note, t)}`);
  return lines.join('\n');
}

/**
 * The report for `--json`: the report's codes and data unchanged (the contract scripts read), each
 * note and the rate problem with its Chinese sentence beside it as `text`, so a person reading the
 * JSON needs no table to know what a code means.
 */
export function withWords(report: Report) {
  return {
    ...report,
    aprProblem:
      report.aprProblem === null
        ? null
        : { ...report.aprProblem, text: aprProblemText(report.aprProblem, t) },
    notes: report.notes.map((note) => ({ ...note, text: noteText(note, t) })),
  };
}
