import type { AtStake } from '@/lib/claims/at-stake';
import type { Claim } from '@/lib/claims/claim';
import type { MessageKey, Translate } from '@/lib/i18n/messages';
import { formatMoney, formatRateShort, formatRateWhole } from '@/lib/text/format';

function claimWords(claim: Claim, t: Translate): string {
  const amount = formatMoney(claim.amount ?? '0');
  const key: MessageKey =
    claim.kind === 'above-line'
      ? claim.ifLicensed === true
        ? 'stake-above-line-if-licensed'
        : 'stake-above-line'
      : claim.kind === 'deduction-670'
        ? 'stake-deduction-670'
        : claim.kind === 'addon'
          ? 'stake-addon'
          : 'stake-fee';
  return t(key, {
    amount,
    item: claim.item ?? '',
    line: claim.line === undefined ? '' : formatRateShort(claim.line),
  });
}

/** The sentence of money at stake, in the view's language. */
export function stakeSentence(stake: AtStake, t: Translate): string {
  if (stake.trueRate === null) return '';
  const rate = formatRateWhole(stake.trueRate);
  const lead =
    stake.shown === null
      ? t('stakeRatesNotShown', { rate })
      : t('stakeRates', { rate, shown: stake.shown });
  const claims =
    stake.top.length > 0
      ? t('stakeClaims', {
          list: stake.top.map((c) => claimWords(c, t)).join(t('stakeListSep')),
        }) + (stake.overlapping ? t('stakeNotAdded') : '')
      : stake.otherDemands > 0
        ? t('stakeCorrections', { count: stake.otherDemands })
        : t('stakeNothing');
  return `${lead}${claims}${t('stakeEnd')}`;
}

/** The popup's lead: one sentence of money at stake and one primary action. */
export function MoneyAtStake({
  stake,
  t,
  action,
}: {
  stake: AtStake;
  t: Translate;
  /** The one primary action; absent when nothing failed. */
  action?: { label: string; onClick: () => void } | undefined;
}) {
  const sentence = stakeSentence(stake, t);
  if (sentence === '') return null;
  return (
    <div class="at-stake" data-testid="at-stake">
      <p class="at-stake-sentence">{sentence}</p>
      {action !== undefined && (
        <button type="button" class="primary" data-testid="primary-action" onClick={action.onClick}>
          {action.label}
        </button>
      )}
    </div>
  );
}
