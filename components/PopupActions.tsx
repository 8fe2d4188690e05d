import { useState } from 'preact/hooks';

import type { NegotiateTranslate } from '@/lib/i18n/negotiate-messages';
import type { EvidenceProblem } from '@/lib/messaging/evidence';

export type EvidenceOutcome =
  { ok: true; fileName: string } | { ok: false; problem: EvidenceProblem };

export interface PopupActionsProps {
  t: NegotiateTranslate;
  /** Opens the negotiation assistant (pre-filled from this tab when it was read). */
  onNegotiate: () => void;
  /** Saves the evidence pack of the audited tab; absent when there is no audited tab. */
  onEvidence?: (() => Promise<EvidenceOutcome>) | undefined;
}

/** The overdue borrower's way in ("我已逾期，想协商还款") and the evidence pack of this page. */
export function PopupActions({ t, onNegotiate, onEvidence }: PopupActionsProps) {
  const [status, setStatus] = useState<
    { kind: 'idle' } | { kind: 'working' } | { kind: 'done'; outcome: EvidenceOutcome }
  >({ kind: 'idle' });
  return (
    <div class="popup-actions">
      <button type="button" class="secondary" data-testid="open-negotiate" onClick={onNegotiate}>
        {t('openFromPopup')}
      </button>
      {onEvidence !== undefined && (
        <button
          type="button"
          class="secondary"
          data-testid="evidence-pack"
          disabled={status.kind === 'working'}
          onClick={() => {
            setStatus({ kind: 'working' });
            void onEvidence().then((outcome) => {
              setStatus({ kind: 'done', outcome });
            });
          }}
        >
          {t('evidence')}
        </button>
      )}
      <p
        role="status"
        data-testid="evidence-status"
        class={status.kind === 'done' && !status.outcome.ok ? 'error' : 'note'}
      >
        {status.kind === 'working'
          ? t('evidenceWorking')
          : status.kind === 'done'
            ? status.outcome.ok
              ? t('evidenceSaved', { name: status.outcome.fileName })
              : t(`evidence_${status.outcome.problem}`)
            : ''}
      </p>
    </div>
  );
}
