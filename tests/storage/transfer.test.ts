import { describe, expect, it } from 'vitest';

import { translator } from '@/lib/i18n/messages';
import type { Report } from '@/lib/model/report';
import { emptyHistory, historyCap, type History } from '@/lib/storage/history';
import { exportHistory, importHistory } from '@/lib/storage/transfer';
import { importedText } from '@/lib/view/import-plan';
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
    expect(result).toEqual({
      ok: true,
      history: h,
      added: 2,
      duplicates: 0,
      overCap: 0,
      evicted: 0,
      contacts: [],
    });
  });

  it('merges without duplicating a record it already holds, newest first', () => {
    const a = report('https://a.example/', '2026-11-20T08:00:00.000Z');
    const b = report('https://b.example/', '2026-11-26T08:00:00.000Z');
    const result = importHistory(history(a), exportHistory(history(b, a)));
    if (!result.ok) throw new Error(result.problem.code);
    expect(result.added).toBe(1);
    expect(result.duplicates).toBe(1);
    expect(result.history.entries.map((r) => r.url)).toEqual([b.url, a.url]);
  });

  it('accepts the bare array of reports that `audit --json` prints', () => {
    const result = importHistory(emptyHistory, JSON.stringify([report('https://c.example/')]));
    expect(result.ok && result.added).toBe(1);
  });

  const day = (i: number) => new Date(Date.UTC(2026, 0, 1) + i * 3_600_000).toISOString();
  // Newest first, as the history holds them.
  const many = (n: number, site: string, from: number) =>
    history(
      ...Array.from({ length: n }, (_, i) =>
        report(`https://${site}/${i}`, day(from + i)),
      ).reverse(),
    );

  it(`keeps at most ${historyCap} records and counts every existing record the cap would push out`, () => {
    const result = importHistory(
      many(150, 'old.example', 0),
      exportHistory(many(100, 'new.example', 1000)),
    );
    if (!result.ok) throw new Error(result.problem.code);
    expect(result.history.entries).toHaveLength(historyCap);
    expect(result.added).toBe(100);
    expect(result.evicted).toBe(50);
    expect(result.overCap).toBe(0);
    expect(result.history.entries[0]?.url).toBe('https://new.example/99');
    expect(result.history.entries.some((r) => r.url === 'https://old.example/0')).toBe(false);
  });

  it('500 newer reports would push out every existing record: the plan says so, so the page can ask', () => {
    const current = many(60, 'mine.example', 0);
    const result = importHistory(current, exportHistory(many(500, 'new.example', 1000)));
    if (!result.ok) throw new Error(result.problem.code);
    expect(result.evicted).toBe(60);
    expect(result.added).toBe(historyCap);
    expect(result.overCap).toBe(300);
  });

  it('older reports than a full history are left out and counted, and nothing of the borrower’s goes', () => {
    const current = many(historyCap, 'mine.example', 1000);
    const result = importHistory(current, exportHistory(many(10, 'old.example', 0)));
    if (!result.ok) throw new Error(result.problem.code);
    expect(result).toMatchObject({ added: 0, overCap: 10, evicted: 0, duplicates: 0 });
    expect(result.history).toEqual(current);
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

describe('the words of an import', () => {
  const t = translator('zh-CN');
  it('account for every record of the file', () => {
    expect(
      importedText(
        { history: emptyHistory, added: 200, duplicates: 2, overCap: 298, evicted: 60 },
        t,
      ),
    ).toBe(
      '已导入 200 条记录；2 条已在历史记录中，没有重复导入；298 条较早的记录因超过 200 条的上限没有导入；按您的确认删除了 60 条较早的记录',
    );
  });
});
