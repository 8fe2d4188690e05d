/**
 * Every code the report carries (its notes and why no rate was computed) has its words in both
 * languages, and every placeholder of those words is a value the code's data carries.
 */
import { describe, expect, it } from 'vitest';

import { translator } from '@/lib/i18n/messages';
import {
  APR_PROBLEM_DATA,
  NOTE_DATA,
  aprProblemCodes,
  noteCodes,
  type AprProblem,
  type ReportNote,
} from '@/lib/model/report-codes';
import { aprProblemText, noteText } from '@/lib/view/report-codes';

const zh = translator('zh-CN');
const en = translator('en');
const CJK = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/;

/** Data with a distinct ASCII value for each key the code lists, so each can be traced. */
function sampleData(keys: readonly string[]): Record<string, string> {
  return Object.fromEntries(keys.map((k) => [k, `<${k}>`]));
}

const notes = noteCodes.map(
  (code) => ({ code, data: sampleData(NOTE_DATA[code]) }) as unknown as ReportNote,
);
const problems = aprProblemCodes.map(
  (code) => ({ code, data: sampleData(APR_PROBLEM_DATA[code]) }) as unknown as AprProblem,
);

const cases = [
  ...notes.map((n) => ({ kind: 'note', code: n.code, say: (t: typeof zh) => noteText(n, t) })),
  ...problems.map((p) => ({
    kind: 'aprProblem',
    code: p.code,
    say: (t: typeof zh) => aprProblemText(p, t),
  })),
];

describe('the words of every report code', () => {
  it.each(cases)('$kind $code: zh and en, every placeholder filled, every value said', (c) => {
    const keys = Object.keys(
      c.kind === 'note'
        ? sampleData(NOTE_DATA[c.code as keyof typeof NOTE_DATA])
        : sampleData(APR_PROBLEM_DATA[c.code as keyof typeof APR_PROBLEM_DATA]),
    );
    // The strict filler throws on a placeholder the data lacks.
    const [zhText, enText] = [c.say(zh), c.say(en)];
    for (const text of [zhText, enText]) {
      expect(text.trim()).not.toBe('');
      expect(text).not.toMatch(/[{}]/);
      for (const key of keys) expect(text).toContain(`<${key}>`);
    }
    expect(enText).not.toMatch(CJK);
    if (c.code !== 'legacy-text') {
      expect(zhText).toMatch(CJK);
      expect(enText).not.toBe(zhText);
    }
  });

  it('a legacy note says the stored sentence as it was, in either language', () => {
    const old = {
      code: 'legacy-text',
      data: { text: '页面没有写明实际到账金额，按借款金额计算。' },
    } as const;
    expect(noteText(old, zh)).toBe(old.data.text);
    expect(noteText(old, en)).toBe(old.data.text);
  });
});
