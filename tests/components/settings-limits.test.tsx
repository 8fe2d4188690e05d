// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { LprSettings } from '@/components/LprSettings';
import { OptionsForm } from '@/components/OptionsForm';
import { translator } from '@/lib/i18n/messages';
import { LPR_CONFIRMED_THROUGH } from '@/lib/law/lpr';
import { borrowerLimits, defaultSettings, readSettings } from '@/lib/storage/settings';

const t = translator('zh-CN');

afterEach(cleanup);

describe('the options inputs keep to the schema', () => {
  it('refuses a detail over its limit with a message and saves nothing for it', () => {
    const onChange = vi.fn();
    render(<OptionsForm settings={defaultSettings} t={t} onChange={onChange} />);
    const phone = screen.getByLabelText('联系电话 Phone');
    fireEvent.input(phone, { target: { value: '1'.repeat(borrowerLimits.phone + 10) } });
    expect(onChange).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).toBe(
      '联系电话 Phone最多 40 个字符（现在 50 个），这一项没有保存。',
    );
    fireEvent.input(phone, { target: { value: '1'.repeat(borrowerLimits.phone) } });
    expect(screen.queryByRole('alert')).toBeNull();
    const saved = onChange.mock.calls[0]?.[0] as typeof defaultSettings;
    // What the input accepts, storage reads back whole.
    expect(readSettings(saved)).toEqual({ settings: saved, dropped: [] });
  });

  it('refuses a 121st LPR value instead of storing a list storage cannot read back', () => {
    const start = Date.parse(`${LPR_CONFIRMED_THROUGH}T00:00:00Z`);
    const day = (i: number) => new Date(start + (i + 1) * 86_400_000).toISOString().slice(0, 10);
    const values = Array.from({ length: 120 }, (_, i) => ({ date: day(i), value: '0.03' }));
    const onChange = vi.fn();
    render(
      <LprSettings
        values={values}
        onChange={onChange}
        confirmedThrough={LPR_CONFIRMED_THROUGH}
        t={t}
      />,
    );
    const [date, percent] = screen.getAllByRole('textbox');
    if (date === undefined || percent === undefined) throw new Error('inputs missing');
    fireEvent.input(date, { target: { value: day(200) } });
    fireEvent.input(percent, { target: { value: '2.90' } });
    fireEvent.click(screen.getByText(t('lprAdd')));
    expect(onChange).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).toBe('最多保存 120 个数值，请先删除较早的数值');
  });
});
