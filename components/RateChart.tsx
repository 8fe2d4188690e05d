import type { Translate } from '@/lib/i18n/messages';
import type { Report } from '@/lib/model/report';
import { rateScale, type ScaleMark } from '@/lib/view/chart';
import { formatRate, formatRateShort } from '@/lib/text/format';

const width = 352;
const pad = 6;
const x = (m: ScaleMark) => pad + m.at * (width - 2 * pad);

/** Keeps a label inside the picture: labels near an edge grow inwards. */
function anchor(m: ScaleMark): 'start' | 'middle' | 'end' {
  return m.at < 0.12 ? 'start' : m.at > 0.88 ? 'end' : 'middle';
}

/**
 * The true rate on a ruler against the legal lines (4×LPR, 24 %, 36 %), the page's rate marked
 * beside it. Every mark carries its words and number; the tinted zones only repeat them. Screen
 * readers get the same content as one sentence.
 */
export function RateChart({ report, t }: { report: Report; t: Translate }) {
  const scale = rateScale(report);
  if (scale === null) return null;
  const lineLabel = (id: 'lpr4' | 'line24' | 'line36', m: ScaleMark) =>
    id === 'lpr4' ? t('chartLpr4', { rate: formatRateShort(m.value) }) : formatRateShort(m.value);
  const trueLabel =
    t('chartTrue', { rate: formatRate(scale.trueRate.value) }) +
    (scale.trueRate.beyond ? ` ${t('chartBeyond')}` : '');
  const summary = t('chartRateSummary', {
    rate: formatRate(scale.trueRate.value),
    shown: scale.shown === null ? t('notShown') : scale.shown.label,
    lines: scale.lines.map((l) => lineLabel(l.id, l.mark)).join('、'),
  });
  const line24 = scale.lines.find((l) => l.id === 'line24')?.mark;
  const line36 = scale.lines.find((l) => l.id === 'line36')?.mark;
  const band = { y: 34, h: 14 };
  return (
    <figure class="chart" data-testid="rate-chart">
      <figcaption>{t('chartTitle')}</figcaption>
      <svg
        viewBox={`0 0 ${width} 100`}
        width="100%"
        role="img"
        aria-label={summary}
        class="rate-chart"
      >
        <rect x={pad} y={band.y} width={width - 2 * pad} height={band.h} class="zone-ok" />
        {line24 !== undefined && (
          <rect
            x={x(line24)}
            y={band.y}
            width={width - pad - x(line24)}
            height={band.h}
            class="zone-warn"
          />
        )}
        {line36 !== undefined && (
          <rect
            x={x(line36)}
            y={band.y}
            width={width - pad - x(line36)}
            height={band.h}
            class="zone-bad"
          />
        )}
        <text x={pad} y={28} class="tick" text-anchor="start">
          0%
        </text>
        {!scale.lines.some((l) => l.id !== 'lpr4' && l.mark.at > 0.8) && (
          <text x={width - pad} y={28} class="tick" text-anchor="end">
            {formatRateShort(scale.max)}
          </text>
        )}
        {scale.lines.map(({ id, mark }) => (
          <g key={id}>
            <line
              x1={x(mark)}
              x2={x(mark)}
              y1={id === 'lpr4' ? 16 : 30}
              y2={band.y + band.h + 2}
              class="legal-line"
            />
            <text x={x(mark)} y={id === 'lpr4' ? 12 : 28} class="tick" text-anchor={anchor(mark)}>
              {lineLabel(id, mark)}
            </text>
          </g>
        ))}
        <path d={`M${x(scale.trueRate)} ${band.y + band.h + 1} l-6 9 h12 z`} class="marker-true" />
        <text
          x={x(scale.trueRate)}
          y={band.y + band.h + 24}
          class="marker-label marker-label-true"
          text-anchor={anchor(scale.trueRate)}
        >
          {trueLabel}
        </text>
        {scale.shown !== null && (
          <>
            <path
              d={`M${x(scale.shown)} ${band.y + band.h + 1} l-5 8 h10 z`}
              class="marker-shown"
            />
            <text
              x={x(scale.shown)}
              y={band.y + band.h + 42}
              class="marker-label"
              text-anchor={anchor(scale.shown)}
            >
              {t('chartShown', { rate: scale.shown.label })}
            </text>
          </>
        )}
      </svg>
    </figure>
  );
}
