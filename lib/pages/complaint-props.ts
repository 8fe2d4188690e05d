/**
 * The composer's props for a report: every channel, the chosen one's text, copy and download.
 * Shared by the popup and the history page's read-only view of a past report.
 */
import type { ComplaintPanelProps } from '@/components/ComplaintPanel';
import { channelOrder, channels, type ChannelId } from '@/lib/complaint/channels';
import { composeComplaint } from '@/lib/complaint/compose';
import type { Report } from '@/lib/model/report';
import type { Borrower } from '@/lib/model/settings';

import { copyText, downloadText } from './files';

export function complaintProps(
  report: Report | null,
  selected: ChannelId,
  onSelect: (id: ChannelId) => void,
  borrower: Borrower,
): Omit<ComplaintPanelProps, 'language' | 't'> {
  return {
    channels: channelOrder.map((id) => channels[id]),
    selected,
    onSelect,
    text:
      report === null
        ? ''
        : composeComplaint(report, selected, {
            borrower,
            today: new Date().toISOString().slice(0, 10),
          }),
    onCopy: copyText,
    onDownload: downloadText,
  };
}
