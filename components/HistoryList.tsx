import type { Translate } from '@/lib/i18n/messages';
import type { Report } from '@/lib/model/report';
import { formatMoney, formatRate } from '@/lib/text/format';
import { verdictOf, verdictText } from '@/lib/view/verdict';

/** The host name, which is what a borrower recognises; the input itself for files and bad URLs. */
export function siteOf(report: Report): string {
  try {
    const url = new URL(report.url);
    return url.protocol === 'file:' || url.host === '' ? report.input || report.url : url.host;
  } catch {
    return report.input || report.url;
  }
}

/** "2026-11-25T08:00:00.000Z" → "2026-11-25 08:00" (UTC, as stored). */
export const whenOf = (report: Report): string => report.scannedAt.slice(0, 16).replace('T', ' ');

export function HistoryList({
  entries,
  t,
  onOpen,
  onDelete,
}: {
  entries: readonly Report[];
  t: Translate;
  onOpen: (index: number) => void;
  onDelete: (index: number) => void;
}) {
  if (entries.length === 0) return <p data-testid="history-empty">{t('historyEmpty')}</p>;
  return (
    <table class="history-table" data-testid="history-table">
      <caption>{t('historyCount', { count: entries.length })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('colSite')}</th>
          <th scope="col">{t('colWhen')}</th>
          <th scope="col">{t('colVerdict')}</th>
          <th scope="col">{t('colPrincipal')}</th>
          <th scope="col">{t('colRate')}</th>
          <td />
        </tr>
      </thead>
      <tbody>
        {entries.map((r, i) => {
          const site = siteOf(r);
          return (
            <tr key={`${r.url}${r.scannedAt}`} data-testid="history-row">
              <th scope="row" class="site" title={r.title}>
                {site}
              </th>
              <td>{whenOf(r)}</td>
              <td>{verdictText(verdictOf(r), t)}</td>
              <td class="num">
                {r.terms?.principal == null
                  ? '—'
                  : `${formatMoney(r.terms.principal)} ${t('yuan')}`}
              </td>
              <td class="num">{r.apr === null ? '—' : formatRate(r.apr.nominal)}</td>
              <td class="row-actions">
                <button
                  type="button"
                  class="small"
                  aria-label={`${t('historyOpen')}：${site} ${whenOf(r)}`}
                  onClick={() => {
                    onOpen(i);
                  }}
                >
                  {t('historyOpen')}
                </button>
                <button
                  type="button"
                  class="secondary small"
                  aria-label={`${t('historyDelete')}：${site} ${whenOf(r)}`}
                  onClick={() => {
                    onDelete(i);
                  }}
                >
                  {t('historyDelete')}
                </button>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
