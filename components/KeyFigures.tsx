import type { Translate } from '@/lib/i18n/messages';
import type { Report } from '@/lib/model/report';
import { keyFigures } from '@/lib/view/key-figures';
import { aprProblemText } from '@/lib/view/report-codes';

function Row({ label, value, emphasis }: { label: string; value: string; emphasis?: boolean }) {
  return (
    <div class={emphasis === true ? 'figure figure-strong' : 'figure'}>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}

export function KeyFigures({ report, t }: { report: Report; t: Translate }) {
  const figures = keyFigures(report);
  if (figures === null) return null;
  const yuan = (v: string | null) => (v === null ? '—' : `${v} ${t('yuan')}`);
  return (
    <section aria-labelledby="figures-title">
      <h2 id="figures-title">{t('figuresTitle')}</h2>
      <dl class="figures" data-testid="figures">
        <Row label={t('principal')} value={yuan(figures.principal)} />
        <Row
          label={t('received')}
          value={yuan(figures.received)}
          emphasis={figures.receivedDiffers}
        />
        <Row label={t('totalRepaid')} value={yuan(figures.totalRepaid)} />
        <Row label={t('totalCost')} value={yuan(figures.totalCost)} />
        <Row
          label={t('trueRate')}
          value={figures.rateInDoubt ? t('rateDoubt') : (figures.trueRate ?? t('rateUnknown'))}
          emphasis
        />
        {figures.trueRateEffective !== null && (
          <Row label={t('trueRateEffective')} value={figures.trueRateEffective} />
        )}
        {figures.rateOnContract !== null && (
          <Row label={t('rateOnContract')} value={figures.rateOnContract} />
        )}
        <Row label={t('shownRate')} value={figures.shownRate ?? t('notShown')} />
      </dl>
      {figures.aprProblem !== null && <p class="note">{aprProblemText(figures.aprProblem, t)}</p>}
    </section>
  );
}
