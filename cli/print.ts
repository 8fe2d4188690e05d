/**
 * The readable form of a report for the terminal: the popup's content, in the popup's words.
 */
import { translator } from '../lib/i18n/messages';
import type { Finding, Report } from '../lib/model/report';
import { primaryStatedRate } from '../lib/complaint/facts';
import { formatMoney, formatRate } from '../lib/report/format';
import { verdictOf, verdictText } from '../lib/report/verdict';

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
  const terms = report.terms;
  if (terms !== null) {
    const yuan = (v: string | null | undefined) =>
      v === null || v === undefined ? '—' : `${formatMoney(v)} 元`;
    lines.push(
      `  ${t('principal')} ${yuan(terms.principal)}｜${t('received')} ${yuan(terms.received)}｜${t('totalRepaid')} ${yuan(report.money?.totalRepaid)}｜${t('totalCost')} ${yuan(report.money?.totalCost)}`,
      `  ${t('trueRate')} ${report.apr === null ? t('rateUnknown') : formatRate(report.apr.nominal)}${report.apr === null ? '' : `（${t('trueRateEffective')} ${formatRate(report.apr.effective)}）`}｜${t('shownRate')} ${primaryStatedRate(report) ?? t('notShown')}`,
    );
    if (report.aprProblem !== null) lines.push(`  ${report.aprProblem}`);
    if (report.lpr !== null) {
      lines.push(
        `  所用一年期LPR：${formatRate(report.lpr.value)}（${report.lpr.date} 发布${report.lpr.confirmed ? '' : '，未经核实'}；LPR表更新至 ${report.lpr.tableNewest}）`,
      );
    }
    const shown = report.findings.filter((f) => f.outcome === 'fail' || f.outcome === 'incomplete');
    const order = (f: Finding) =>
      f.outcome === 'incomplete'
        ? 3
        : f.severity === 'violation'
          ? 0
          : f.severity === 'warning'
            ? 1
            : 2;
    for (const f of [...shown].sort((a, b) => order(a) - order(b))) lines.push(...findingLines(f));
  }
  for (const note of report.notes) lines.push(`  注：${note}`);
  return lines.join('\n');
}
