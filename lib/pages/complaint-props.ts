/**
 * The composer's props for a report: the channels offered for its lender type (with the reason),
 * the chosen one's letter composed from the claims, copy and download. Shared by the popup and the
 * history page's read-only view of a past report.
 */
import { useMemo, useState } from 'preact/hooks';

import type { ComplaintPanelProps } from '@/components/ComplaintPanel';
import { claimsOf } from '@/lib/claims/claims-of';
import { composeLetter, offeredChannels, type ChannelId } from '@/lib/letters';
import {
  CHANNEL_TITLES,
  OFFER_REASONS,
  PRIVATE_LENDER_TITLE,
} from '@/lib/letters/wording/channels';
import type { Report } from '@/lib/model/report';
import type { Borrower } from '@/lib/model/settings';

import { copyText, downloadText } from './files';

export function complaintProps(
  report: Report | null,
  selected: ChannelId,
  onSelect: (id: ChannelId) => void,
  borrower: Borrower,
  /** `borrower`: the terms were typed into the calculator, not read off the page. */
  source: 'page' | 'borrower' = 'page',
): Omit<ComplaintPanelProps, 'language' | 't'> {
  const claims = report === null ? [] : claimsOf(report);
  const offers = report?.terms == null ? [] : offeredChannels(report.terms.lenderType, claims);
  const chosen =
    offers.find((o) => o.channel === selected)?.channel ?? offers[0]?.channel ?? selected;
  const letter =
    report === null
      ? null
      : composeLetter(report, claims, chosen, {
          borrower,
          today: new Date().toISOString().slice(0, 10),
          source,
        });
  return {
    choices: offers.map((o) => ({
      id: o.channel,
      title: o.reason === 'private-negotiate' ? PRIVATE_LENDER_TITLE : CHANNEL_TITLES[o.channel],
      reason: OFFER_REASONS[o.reason],
    })),
    selected: chosen,
    onSelect,
    text: letter?.text ?? '',
    onCopy: copyText,
    onDownload: downloadText,
  };
}

/** The composer's channel choice and props, for a page whose report can change as the borrower types. */
export function useComplaint(
  report: Report | null,
  borrower: Borrower,
  source: 'page' | 'borrower',
): Omit<ComplaintPanelProps, 'language' | 't'> {
  const [channel, setChannel] = useState<ChannelId>('lender');
  return useMemo(
    () => complaintProps(report, channel, setChannel, borrower, source),
    [report, channel, borrower, source],
  );
}
