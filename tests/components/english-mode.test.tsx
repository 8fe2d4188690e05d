// @vitest-environment happy-dom
/**
 * English mode shows no Chinese except in quotes (the page's own words, cited legal instruments)
 * and in the letters (which stay Chinese, in the text box).
 */
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';

import { PopupView } from '@/components/PopupView';
import { complaintProps } from '@/lib/pages/complaint-props';
import { translator } from '@/lib/i18n/messages';
import type { Report } from '@/lib/model/report';
import { defaultSettings } from '@/lib/storage/settings';

import { fairBank, membership, privateIou, upfrontFee } from '../../cli/example-loans';

afterEach(cleanup);

const HAN = /[\u3400-\u9fff\u3000-\u303f\uff01-\uff5e]/;

/** The visible text with quotes, citations and the letter box removed. */
function unquotedText(root: Element): string {
  const copy = root.cloneNode(true) as Element;
  for (const el of copy.querySelectorAll('q, blockquote, cite, textarea, option, .blanks, code')) {
    el.remove();
  }
  return copy.textContent
    .replace(/"[^"]*"/g, '')
    .replace(/“[^”]*”/g, '')
    .replace(/「[^」]*」/g, '');
}

function renderEnglish(report: Report) {
  const t = translator('en');
  const { container } = render(
    <PopupView
      report={report}
      scan={null}
      language="en"
      t={t}
      complaint={complaintProps(report, 'lender', () => undefined, defaultSettings.borrower)}
    />,
  );
  for (const d of container.querySelectorAll('details')) d.open = true;
  return container;
}

describe('English mode', () => {
  it.each([
    ['membership', () => membership()],
    ['upfront fee', upfrontFee],
    ['fair bank', fairBank],
    ['private IOU', privateIou],
  ] as const)('%s: no Chinese outside quotes and letters', (_name, make) => {
    const text = unquotedText(renderEnglish(make()));
    const lines = text.split(/(?<=[.:;])\s+/).filter((l) => HAN.test(l));
    expect(lines).toEqual([]);
  });

  it('counts read with English plurals, never "(s)"', () => {
    const text = renderEnglish(membership()).textContent;
    expect(text).toMatch(/\d+ violations?, \d+ warnings?/);
    expect(text).not.toContain('(s)');
  });
});
