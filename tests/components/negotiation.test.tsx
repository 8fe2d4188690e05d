// @vitest-environment happy-dom
/**
 * The assistant's components in both languages: every string fills (the filler throws on a
 * missing value), the table shows the three amounts, a plan can be chosen, the contact log marks
 * a night call by itself and refuses an entry without a time, and the popup's evidence button
 * words a problem code.
 */
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { ContactLogPanel } from '@/components/ContactLogPanel';
import { NegotiationForm } from '@/components/NegotiationForm';
import { NegotiationResult } from '@/components/NegotiationResult';
import { PopupActions } from '@/components/PopupActions';
import { negotiateTranslator } from '@/lib/i18n/negotiate-messages';
import type { ContactEntry } from '@/lib/model/contact';
import { negotiate } from '@/lib/negotiate';
import { emptyDraft } from '@/lib/negotiate/draft';
import { defaultSettings } from '@/lib/storage/settings';

import { baseCase, caseOf } from '../negotiate/support';

afterEach(cleanup);

const night: ContactEntry = {
  id: 'n',
  at: '2026-11-05T23:10',
  channel: 'phone',
  direction: 'incoming',
  lender: '',
  agentId: '',
  number: '95xxx',
  said: '催款',
  promised: '',
  incidents: ['threat'],
};

const result = (lumpSum?: string) =>
  negotiate(caseOf({ ...baseCase, ...(lumpSum === undefined ? {} : { lumpSum }) }), {
    borrower: defaultSettings.borrower,
    userLpr: [],
    contacts: [night],
    today: '2026-11-30',
  });

describe('negotiation components', () => {
  it.each(['zh-CN', 'en'] as const)('render every text in %s', (language) => {
    const t = negotiateTranslator(language);
    render(
      <div>
        <NegotiationForm
          draft={emptyDraft('2026-11-30')}
          errors={{ principal: t('issue_required') }}
          onChange={() => undefined}
          t={t}
        />
        <NegotiationResult
          result={result('10000')}
          language={language}
          t={t}
          capacity="1500"
          onChoose={() => undefined}
          onCopy={() => Promise.resolve(true)}
          onDownload={() => undefined}
        />
        <ContactLogPanel
          entries={[night]}
          language={language}
          t={t}
          lender=""
          newId={() => 'x'}
          onAdd={() => undefined}
          onDelete={() => undefined}
        />
      </div>,
    );
    expect(screen.getByTestId('neg-row-total').textContent).toContain('14,710.15');
    expect(screen.getByTestId('neg-row-total').textContent).toContain('2,668.55');
    expect(screen.getByTestId('neg-plan-settlement').textContent).toContain('4,710.15');
    expect(document.body.textContent).not.toMatch(/\{\w+\}/);
    // The night call is marked from its time alone, with the rules it may breach.
    expect(screen.getByTestId('log-entry').textContent).toMatch(/22:00|night|夜/i);
  });

  it('lets the borrower choose the plan the letter proposes', () => {
    const onChoose = vi.fn();
    const t = negotiateTranslator('zh-CN');
    render(
      <NegotiationResult
        result={result()}
        language="zh-CN"
        t={t}
        capacity="1500"
        onChoose={onChoose}
        onCopy={() => Promise.resolve(true)}
        onDownload={() => undefined}
      />,
    );
    const lowest = screen.getByTestId('neg-plan-lowest').querySelector('input');
    if (lowest === null) throw new Error('each plan has a radio button');
    fireEvent.click(lowest);
    expect(onChoose).toHaveBeenCalledWith('lowest');
  });

  it('refuses a contact without a time and adds one with it', () => {
    const onAdd = vi.fn();
    const t = negotiateTranslator('zh-CN');
    render(
      <ContactLogPanel
        entries={[]}
        language="zh-CN"
        t={t}
        lender="某某"
        newId={() => 'id-1'}
        onAdd={onAdd}
        onDelete={() => undefined}
      />,
    );
    fireEvent.click(screen.getByTestId('log-add'));
    expect(onAdd).not.toHaveBeenCalled();
    expect(screen.getByText('请填写联系的日期和时间')).toBeTruthy();
    fireEvent.input(screen.getByTestId('log-at'), { target: { value: '2026-11-03T14:20' } });
    fireEvent.click(screen.getByTestId('log-add'));
    expect(onAdd).toHaveBeenCalledWith(
      expect.objectContaining({ id: 'id-1', at: '2026-11-03T14:20', lender: '某某' }),
    );
  });

  it('words the evidence pack’s problem code', async () => {
    const t = negotiateTranslator('zh-CN');
    render(
      <PopupActions
        t={t}
        onNegotiate={() => undefined}
        onEvidence={() => Promise.resolve({ ok: false, problem: 'not-active' })}
      />,
    );
    fireEvent.click(screen.getByTestId('evidence-pack'));
    expect(await screen.findByText(/请先切换回这个页面/)).toBeTruthy();
  });
});
