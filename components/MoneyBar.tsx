import type { Translate } from '@/lib/i18n/messages';
import type { Report } from '@/lib/model/report';
import { moneySegments, type Segment } from '@/lib/view/chart';
import { formatMoney } from '@/lib/text/format';

function label(s: Segment, t: Translate, english: boolean) {
  switch (s.kind) {
    case 'received':
      return t('segReceived');
    case 'interest':
      return t('segInterest');
    case 'fee':
      // The page's own name for the fee: quoted in English, not translated.
      return english ? <q>{s.name}</q> : s.name;
    case 'other':
      return s.interestIncluded ? t('segOtherWithInterest') : t('segOther');
  }
}

/**
 * Where the total repaid goes: the bar is the picture, the list beside it says the same in words
 * and numbers (each segment is numbered on the bar and in the list, so no colour has to be told
 * apart).
 */
export function MoneyBar({
  report,
  t,
  english = false,
}: {
  report: Report;
  t: Translate;
  english?: boolean;
}) {
  const segments = moneySegments(report);
  if (segments.length === 0 || report.money === null) return null;
  const width = 352;
  let left = 0;
  return (
    <figure class="chart" data-testid="money-bar">
      <figcaption>{t('moneyTitle', { total: formatMoney(report.money.totalRepaid) })}</figcaption>
      <svg viewBox={`0 0 ${width} 22`} width="100%" aria-hidden="true" class="money-bar">
        {segments.map((s, i) => {
          const w = s.share * width;
          const x = left;
          left += w;
          return (
            <g key={i}>
              <rect x={x} y={0} width={w} height={22} class={`seg seg-${s.kind} seg-n${i % 4}`} />
              {w >= 14 && (
                <text x={x + w / 2} y={15} text-anchor="middle" class="seg-number">
                  {i + 1}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <ol class="legend">
        {segments.map((s, i) => (
          <li key={i}>
            <span class={`swatch seg-${s.kind} seg-n${i % 4}`} aria-hidden="true" />
            <span class="legend-label">{label(s, t, english)}</span>
            <span class="legend-value">
              {formatMoney(s.amount)} {t('yuan')}
              {english ? ` (${s.percent}%)` : `（${s.percent}%）`}
            </span>
          </li>
        ))}
      </ol>
    </figure>
  );
}
