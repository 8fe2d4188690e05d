import type { MessageKey, Translate } from '@/lib/i18n/messages';
import type { Report } from '@/lib/model/report';
import { cashFlows, lprNoteKey, lprTableAgeDays } from '@/lib/view/computation';
import { formatMoney, formatRate } from '@/lib/text/format';

const methodText: Record<'monthly' | 'daily' | 'single', MessageKey> = {
  monthly: 'howMethodMonthly',
  daily: 'howMethodDaily',
  single: 'howMethodSingle',
};

/** Details on demand: the method, the cash flows the rate was solved on, and the LPR used. */
export function HowComputed({ report, t }: { report: Report; t: Translate }) {
  const rows = cashFlows(report);
  const age = lprTableAgeDays(report);
  const lpr = report.lpr;
  return (
    <details class="how" data-testid="how-computed">
      <summary>{t('howTitle')}</summary>
      {report.apr !== null && <p>{t(methodText[report.apr.method])}</p>}
      {lpr === null ? (
        <p>{t('lprNone')}</p>
      ) : (
        <p data-testid="lpr-used">
          {t('howLpr', { value: formatRate(lpr.value), date: lpr.date })}
          {t(lprNoteKey(lpr))}
          {age !== null && t('lprTableAge', { date: lpr.tableNewest, days: age })}
        </p>
      )}
      {rows.length > 0 && (
        <>
          <p id="cash-flow-caption">{t('howCashFlows')}</p>
          <div class="table-scroll" tabIndex={0} aria-labelledby="cash-flow-caption">
            <table class="cash-flows" data-testid="cash-flows">
              <thead>
                <tr>
                  <th scope="col">{t('colPeriod')}</th>
                  <th scope="col">{t('colDate')}</th>
                  <th scope="col">{t('colAmount')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.period}>
                    <th scope="row">CF{r.period}</th>
                    <td>{r.date ?? '—'}</td>
                    <td class="num">
                      {r.amount.startsWith('-')
                        ? '−' + formatMoney(r.amount.slice(1))
                        : '+' + formatMoney(r.amount)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </details>
  );
}
