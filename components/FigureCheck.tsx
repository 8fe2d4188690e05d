import type { Doubt } from '@/lib/documents/doubts';
import type { Translate } from '@/lib/i18n/messages';

/** One recognised run, its doubtful characters marked. */
function Marked({ doubt }: { doubt: Doubt }) {
  const low = new Set(doubt.low);
  return (
    <>
      {Array.from(doubt.text).map((ch, i) =>
        low.has(i) ? <mark key={i}>{ch}</mark> : <span key={i}>{ch}</span>,
      )}
    </>
  );
}

/**
 * "请核对识别出的数字": the runs the recogniser was unsure of, each with a button to see it on the
 * picture, and the borrower's confirmation. Before it, findings built on figures are withheld.
 */
export function FigureCheck({
  doubts,
  confirmed,
  onConfirm,
  onShow,
  t,
}: {
  doubts: Doubt[];
  confirmed: boolean;
  onConfirm: () => void;
  onShow: (locator: string) => void;
  t: Translate;
}) {
  if (confirmed) {
    return (
      <p class="note" role="status">
        {t('filesCheckConfirmed')}
      </p>
    );
  }
  return (
    <section class="figure-check" data-testid="figure-check" aria-labelledby="figure-check-title">
      <h2 id="figure-check-title">{t('filesCheckTitle')}</h2>
      <p class="note">{t('filesCheckExplain')}</p>
      <ul>
        {doubts.map((d) => (
          <li key={d.locator}>
            <q>
              <Marked doubt={d} />
            </q>{' '}
            <button
              type="button"
              class="link-button"
              onClick={() => {
                onShow(d.locator);
              }}
            >
              {t('showOnPage')}
            </button>
          </li>
        ))}
      </ul>
      <button type="button" data-testid="confirm-figures" onClick={onConfirm}>
        {t('filesCheckConfirm')}
      </button>
    </section>
  );
}
