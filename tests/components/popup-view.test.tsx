// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { CalculatorForm } from '@/components/CalculatorForm';
import { analyseTerms } from '@/lib/analysis/analyse';
import { PopupView, type PopupViewProps } from '@/components/PopupView';
import { draftFromTerms, readDraft } from '@/lib/calculator/draft';
import { CHANNEL_TITLES, OFFER_REASONS } from '@/lib/letters/wording/channels';
import { translator } from '@/lib/i18n/messages';
import type { Report } from '@/lib/model/report';

import { readSpec } from '../support/raw';
import { sampleReport } from '../support/sample-report';

afterEach(cleanup);

const t = translator('zh-CN');

function props(report: Report, over: Partial<PopupViewProps> = {}): PopupViewProps {
  return {
    report,
    scan: null,
    language: 'zh-CN',
    t,
    complaint: {
      choices: [
        { id: 'lender', title: CHANNEL_TITLES.lender, reason: OFFER_REASONS['small-loan-first'] },
      ],
      selected: 'lender',
      onSelect: () => undefined,
      text: '投诉文字',
      onCopy: () => Promise.resolve(true),
      onDownload: () => undefined,
    },
    ...over,
  };
}

const fair = (): Report => {
  const r = sampleReport();
  return { ...r, findings: r.findings.map((f) => ({ ...f, outcome: 'pass' as const })) };
};

describe('PopupView', () => {
  it('shows the complaint composer open when a finding failed', () => {
    render(<PopupView {...props(sampleReport())} />);
    expect(screen.getByTestId('complaint-text')).toBeTruthy();
    expect(screen.queryByTestId('complaint-optional')).toBeNull();
  });

  it('folds the composer away on a fair loan', () => {
    render(<PopupView {...props(fair())} />);
    const folded = screen.getByTestId<HTMLDetailsElement>('complaint-optional');
    expect(folded.open).toBe(false);
    expect(folded.querySelector('summary')?.textContent).toBe('需要时：投诉与协商文字');
    expect(screen.getByTestId('verdict').textContent).toContain('未发现问题');
  });

  it('says the verdict waits for the borrower while recognised figures are unchecked', () => {
    render(<PopupView {...props(fair(), { pendingVerdict: t('filesVerdictPending') })} />);
    expect(screen.queryByTestId('verdict')).toBeNull();
    expect(screen.getByTestId('verdict-pending').textContent).toContain('识别出的数字待核对');
  });

  it('links to the screenshot and contract page when it is given', () => {
    render(<PopupView {...props(fair(), { filesHref: 'chrome-extension://x/read-file.html' })} />);
    expect(screen.getByTestId('files-link').getAttribute('href')).toBe(
      'chrome-extension://x/read-file.html',
    );
  });

  it('draws the true rate and the legal lines with words, and says it all to screen readers', () => {
    render(<PopupView {...props(sampleReport())} />);
    const chart = screen.getByTestId('rate-chart');
    const texts = [...chart.querySelectorAll('text')].map((n) => n.textContent);
    expect(texts).toEqual(expect.arrayContaining(['24%', '36%', '真实 30.63%', '页面 14.40%']));
    expect(chart.querySelector('svg')?.getAttribute('aria-label')).toBe(
      '真实年化利率 30.63%；页面标示 14.40%；参考线 24%、36%。',
    );
  });

  it('lists where the money goes, including cost the page did not itemise', () => {
    render(<PopupView {...props(sampleReport())} />);
    const items = [...screen.getByTestId('money-bar').querySelectorAll('li')].map(
      (li) => li.textContent,
    );
    expect(items).toEqual([
      '到手本金9,200.00 元（85.2%）',
      '平台服务费800.00 元（7.4%）',
      '利息及未单列的成本797.00 元（7.4%）',
    ]);
  });

  it('shows the cash flows with CF0 = + amount received', () => {
    render(<PopupView {...props(sampleReport())} />);
    const rows = [...screen.getByTestId('cash-flows').querySelectorAll('tbody tr')];
    expect(rows).toHaveLength(13);
    expect(rows[0]?.textContent).toBe('CF0—+9,200.00');
    expect(rows[1]?.textContent).toBe('CF1—−899.75');
  });

  it('offers "show on page" only for evidence with a locator, and sends that locator', () => {
    const report = sampleReport();
    const first = report.findings[0];
    if (first === undefined) throw new Error('sample has findings');
    first.evidence = [
      { label: '实际到账', text: '9,200.00', locator: 'main > div:nth-of-type(3)' },
      { label: '合同金额', text: '10,000.00' },
    ];
    const onHighlight = vi.fn(() => Promise.resolve(true));
    render(<PopupView {...props(report, { onHighlight })} />);
    const buttons = screen.getAllByTestId('show-on-page');
    expect(buttons).toHaveLength(1);
    expect(buttons[0]?.getAttribute('aria-label')).toBe('在页面上标出：实际到账');
    if (buttons[0] !== undefined) fireEvent.click(buttons[0]);
    expect(onHighlight).toHaveBeenCalledWith('main > div:nth-of-type(3)');
  });

  it('has no "show on page" in a read-only view', () => {
    const report = sampleReport();
    report.findings[0]?.evidence.push({ label: 'x', text: 'y', locator: 'main' });
    render(<PopupView {...props(report)} />);
    expect(screen.queryByTestId('show-on-page')).toBeNull();
  });

  it('says the notes and why no rate was computed in the borrower’s language', () => {
    const report: Report = {
      ...sampleReport(),
      apr: null,
      aprOnContract: null,
      aprProblem: { code: 'no-payments', data: {} },
      notes: [
        { code: 'partial-read', data: {} },
        { code: 'received-assumed', data: {} },
      ],
    };
    const en = translator('en');
    render(<PopupView {...props(report, { language: 'en', t: en })} />);
    const notes = [...screen.getByRole('list', { name: en('notes') }).querySelectorAll('li')];
    expect(notes.map((li) => li.textContent)).toEqual([
      en('notePartialRead'),
      en('noteReceivedAssumed'),
    ]);
    for (const li of notes) expect(li.textContent).not.toMatch(/[\u4e00-\u9fff]/);
    const figures = screen.getByTestId('figures').parentElement;
    expect(figures?.querySelector('p.note')?.textContent).toBe(
      'There is no repayment schedule, so no annual rate can be computed.',
    );
    cleanup();
    render(<PopupView {...props(report)} />);
    expect(screen.getByRole('list', { name: '说明' }).textContent).toContain(
      '页面没有写明实际到账金额，按借款金额计算。',
    );
    expect(screen.getByText('没有还款计划，无法计算年化利率。')).toBeTruthy();
  });
});

describe('CalculatorForm', () => {
  it('marks an unreadable field with aria-invalid and a message tied to it', () => {
    const draft = { ...draftFromTerms(null), principal: 'abc', periods: '12', payment: '100' };
    const reading = readDraft(null, draft);
    render(
      <CalculatorForm
        draft={draft}
        errors={reading.ok ? {} : reading.errors}
        onChange={() => undefined}
        t={t}
      />,
    );
    const input = screen.getByLabelText('合同借款金额');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const message = document.getElementById(input.getAttribute('aria-describedby') ?? '');
    expect(message?.textContent).toContain('读不出金额');
    expect(screen.getByLabelText('期数（月）').getAttribute('aria-invalid')).toBe('false');
  });

  it('does not mark an empty field before the borrower has been there', () => {
    const draft = draftFromTerms(null);
    const reading = readDraft(null, draft);
    render(
      <CalculatorForm
        draft={draft}
        errors={reading.ok ? {} : reading.errors}
        onChange={() => undefined}
        t={t}
      />,
    );
    const input = screen.getByLabelText('合同借款金额');
    expect(input.getAttribute('aria-invalid')).toBe('false');
    fireEvent.blur(input);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('请填写这一项')).toBeTruthy();
  });

  it('passes every keystroke on as a new draft', () => {
    const onChange = vi.fn();
    render(<CalculatorForm draft={draftFromTerms(null)} errors={{}} onChange={onChange} t={t} />);
    fireEvent.input(screen.getByLabelText('合同借款金额'), { target: { value: '5000' } });
    expect(onChange).toHaveBeenCalledWith(expect.objectContaining({ principal: '5000' }));
  });
});

describe('a received amount under half the loan', () => {
  it('is shown as possibly misread, with both figures, and no rate', () => {
    const terms = readSpec({
      pairs: [
        ['借款金额', '12,000.00元'],
        ['借款期限', '24个月'],
        ['每月还款', '551.53元'],
        ['实际到账金额', '2,870.00元'],
      ],
    });
    const report = analyseTerms(terms, {
      input: 'test',
      url: 'https://loan.example/',
      title: '',
      settings: { lenderTypeOverride: null, userLpr: [] },
      now: '2026-06-01T00:00:00.000Z',
    });
    expect(report.apr).toBeNull();
    render(<PopupView {...props(report)} />);
    const doubt = screen.getByTestId('reading-doubt');
    expect(doubt.textContent).toContain(
      '读到的到账金额 2,870.00 元不到借款金额 12,000.00 元的一半',
    );
    expect(screen.getByTestId('verdict').textContent).not.toContain('✓');
  });
});
