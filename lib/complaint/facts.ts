/**
 * The facts paragraph every complaint text shares: the page's own figures and the computed rate,
 * each said once, in the words of the report.
 */
import type { Report } from '@/lib/model/report';
import { formatMoney, formatRate } from '@/lib/text/format';
import { rateWords, shownAnnualRate } from '@/lib/model/shown-rate';

/** The rate the page shows for this loan, quoted: “年化利率（单利） 15.60%”. */
function quotedShownRate(report: Report): string | null {
  const primary = shownAnnualRate(report.terms?.statedRates ?? []);
  return primary === null ? null : `“${rateWords(primary)}”`;
}

export function factsParagraph(report: Report): string {
  const terms = report.terms;
  if (terms === null) return '';
  const parts: string[] = [];
  if (terms.principal !== null) parts.push(`合同借款金额 ${formatMoney(terms.principal)} 元`);
  if (terms.received !== null) parts.push(`实际到账金额 ${formatMoney(terms.received)} 元`);
  if (terms.termMonths !== null) parts.push(`期限 ${terms.termMonths} 期（月）`);
  if (terms.termDays !== null) parts.push(`期限 ${terms.termDays} 天`);
  if (report.money !== null) parts.push(`应还总额 ${formatMoney(report.money.totalRepaid)} 元`);
  const shown = quotedShownRate(report);
  const sentences = [`页面（${report.url}）显示：${parts.join('，')}。`];
  if (report.apr !== null) {
    sentences.push(
      `按中国人民银行公告〔2021〕第3号规定的内部收益率法，以实际到账金额计算，这笔借款的真实年化利率为 ${formatRate(report.apr.nominal)}（单利），折合复利 ${formatRate(report.apr.effective)}；${shown === null ? '页面未标示年化利率' : `页面标示为${shown}`}。`,
    );
  }
  return sentences.join('');
}
