import type { Translate } from '@/lib/i18n/messages';
import type { Report } from '@/lib/model/report';
import { primaryStatedRate } from '@/lib/complaint/facts';
import { formatMoney, formatRate } from '@/lib/report/format';

function Row({ label, value, emphasis }: { label: string; value: string; emphasis?: boolean }) {
  return (
    <div class={emphasis === true ? 'figure figure-strong' : 'figure'}>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}

export function KeyFigures({ report, t }: { report: Report; t: Translate }) {
  const terms = report.terms;
  if (terms === null) return null;
  const money = report.money;
  const yuan = (v: string | null | undefined) =>
    v === null || v === undefined ? '—' : `${formatMoney(v)} ${t('yuan')}`;
  const shown = primaryStatedRate(report);
  return (
    <section aria-labelledby="figures-title">
      <h2 id="figures-title">{t('figuresTitle')}</h2>
      <dl class="figures" data-testid="figures">
        <Row label={t('principal')} value={yuan(terms.principal)} />
        <Row
          label={t('received')}
          value={yuan(terms.received ?? money?.received)}
          emphasis={terms.received !== null && terms.received !== terms.principal}
        />
        <Row label={t('totalRepaid')} value={yuan(money?.totalRepaid)} />
        <Row label={t('totalCost')} value={yuan(money?.totalCost)} />
        <Row
          label={t('trueRate')}
          value={report.apr === null ? t('rateUnknown') : formatRate(report.apr.nominal)}
          emphasis
        />
        {report.apr !== null && (
          <Row label={t('trueRateEffective')} value={formatRate(report.apr.effective)} />
        )}
        {report.apr !== null &&
          report.aprOnContract !== null &&
          report.aprOnContract.nominal !== report.apr.nominal && (
            <Row label={t('rateOnContract')} value={formatRate(report.aprOnContract.nominal)} />
          )}
        <Row label={t('shownRate')} value={shown ?? t('notShown')} />
      </dl>
      {report.aprProblem !== null && <p class="note">{report.aprProblem}</p>}
    </section>
  );
}
