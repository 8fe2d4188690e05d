import { describe, expect, it } from 'vitest';

import { readUserLpr } from '@/lib/law/user-lpr';

describe('readUserLpr', () => {
  it.each([
    ['2026-09-22', '2.90', { ok: true, date: '2026-09-22', value: '0.029' }],
    ['2026年10月20日', '2.85%', { ok: true, date: '2026-10-20', value: '0.0285' }],
    ['2026/11/20', '3', { ok: true, date: '2026-11-20', value: '0.03' }],
  ])('%s, %s', (date, percent, expected) => {
    expect(readUserLpr(date, percent)).toEqual(expected);
  });

  it('refuses dates the confirmed table already covers, unreadable dates and implausible values', () => {
    expect(readUserLpr('2026-03-20', '2.9')).toEqual({ ok: false, problem: 'too-early' });
    expect(readUserLpr('soon', '2.9')).toEqual({ ok: false, problem: 'date' });
    for (const value of ['', 'abc', '29', '0.1', '2.9.1', '-2.9']) {
      expect(readUserLpr('2026-09-22', value)).toEqual({ ok: false, problem: 'value' });
    }
  });
});
