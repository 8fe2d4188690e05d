import { describe, expect, it } from 'vitest';

import type { Report } from '@/lib/model/report';
import { emptyHistory, historyCap, type History } from '@/lib/storage/history';
import { translator } from '@/lib/i18n/messages';
import { exportHistory, importHistory } from '@/lib/storage/transfer';
import { importProblemText } from '@/lib/view/import-problem';

import { sampleReport } from '../support/sample-report';

const report = (url: string, scannedAt = '2026-11-25T08:00:00.000Z'): Report => ({
  ...sampleReport(),
  url,
  input: url,
  scannedAt,
});

const history = (...entries: Report[]): History => ({ schemaVersion: 1, entries });

describe('exportHistory / importHistory', () => {
  it('round-trips every report unchanged', () => {
    const h = history(
      report('https://a.example/', '2026-11-25T08:00:00.000Z'),
      report('https://b.example/', '2026-11-24T08:00:00.000Z'),
    );
    const result = importHistory(emptyHistory, exportHistory(h));
    expect(result).toEqual({ ok: true, history: h, added: 2 });
  });

  it('merges without duplicating a record it already holds, newest first', () => {
    const a = report('https://a.example/', '2026-11-20T08:00:00.000Z');
    const b = report('https://b.example/', '2026-11-26T08:00:00.000Z');
    const result = importHistory(history(a), exportHistory(history(b, a)));
    if (!result.ok) throw new Error(result.problem.code);
    expect(result.added).toBe(1);
    expect(result.history.entries.map((r) => r.url)).toEqual([b.url, a.url]);
  });

  it('accepts the bare array of reports that `audit --json` prints', () => {
    const result = importHistory(emptyHistory, JSON.stringify([report('https://c.example/')]));
    expect(result.ok && result.added).toBe(1);
  });

  it(`keeps at most ${historyCap} records, dropping the oldest`, () => {
    const day = (i: number) => new Date(Date.UTC(2026, 0, 1) + i * 3_600_000).toISOString();
    const current = history(
      ...Array.from({ length: 150 }, (_, i) => report(`https://old.example/${i}`, day(i))),
    );
    const incoming = history(
      ...Array.from({ length: 100 }, (_, i) => report(`https://new.example/${i}`, day(1000 + i))),
    );
    const result = importHistory(current, exportHistory(incoming));
    if (!result.ok) throw new Error(result.problem.code);
    expect(result.history.entries).toHaveLength(historyCap);
    expect(result.added).toBe(100);
    expect(result.history.entries[0]?.url).toBe('https://new.example/99');
    expect(result.history.entries.some((r) => r.url === 'https://old.example/0')).toBe(false);
  });

  it('rejects text that is not JSON, with a code the page says in the borrower’s language', () => {
    const result = importHistory(emptyHistory, '{not json');
    expect(result).toEqual({ ok: false, problem: { code: 'not-json' } });
    if (result.ok) return;
    expect(importProblemText(result.problem, translator('zh-CN'))).toBe('文件不是有效的 JSON。');
    expect(importProblemText(result.problem, translator('en'))).toBe('The file is not valid JSON.');
  });

  it('rejects JSON that is not a history export', () => {
    for (const json of ['{"entries": []}', '42', '"history"', '{"format":"other","entries":[]}'])
      expect(importHistory(emptyHistory, json)).toEqual({
        ok: false,
        problem: { code: 'not-history' },
      });
  });

  it('imports nothing when one entry is not a report, and names it', () => {
    const h = history(report('https://a.example/'));
    const tampered = JSON.parse(exportHistory(h)) as { entries: unknown[] };
    tampered.entries.push({ ...report('https://x.example/'), findings: '<img onerror=alert(1)>' });
    const result = importHistory(h, JSON.stringify(tampered));
    expect(result).toEqual({ ok: false, problem: { code: 'bad-entry', entry: 2 } });
    if (result.ok) return;
    expect(importProblemText(result.problem, translator('zh-CN'))).toBe(
      '第 2 条不是有效的检查报告，没有导入任何记录。',
    );
  });
});
