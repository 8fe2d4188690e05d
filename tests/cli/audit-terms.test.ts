import { closeSync, mkdtempSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { runAudit } from '@/cli/audit';
import { termsFileLimitBytes } from '@/cli/audit-terms';

const dir = mkdtempSync(join(tmpdir(), 'loanlens-terms-'));
const file = (name: string, content: string): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

async function audit(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runAudit(
    args,
    (s) => (out += s),
    (s) => (err += s + '\n'),
  );
  return { code, out, err };
}

// 中国人民银行公告〔2021〕第3号's example as reported by legal.md §4: 100,000 with a 1,000 fee kept
// back, 12 × 8,833.30 → 12.80% simple and 13.58% compound (computed there independently).
const pboc = {
  principal: '100000',
  received: '99000',
  payments: Array.from({ length: 12 }, () => ({ amount: '8833.30' })),
  statedRates: [{ label: '年化利率（单利）', value: '0.06' }],
};

describe('audit --terms', () => {
  it('audits one loan per JSON object, in order, with the PBOC example’s rates', async () => {
    const one = file('pboc.json', JSON.stringify(pboc));
    const many = file('two.json', JSON.stringify([pboc, { ...pboc, principal: '99000' }]));
    const { code, out } = await audit(['--json', '--terms', one, many]);
    expect(code).toBe(0);
    const reports = JSON.parse(out) as {
      input: string;
      apr: { nominal: string; effective: string };
      findings: { id: string; outcome: string }[];
    }[];
    expect(reports.map((r) => r.input)).toEqual([one, `${many}#1`, `${many}#2`]);
    expect(reports[0]?.apr.nominal.slice(0, 6)).toBe('0.1280');
    expect(reports[0]?.apr.effective.slice(0, 6)).toBe('0.1358');
    const outcome = (i: number, id: string) =>
      reports[i]?.findings.find((f) => f.id === id)?.outcome;
    expect(outcome(0, 'upfront-deduction')).toBe('fail');
    expect(outcome(0, 'apr-understated')).toBe('fail');
    expect(outcome(2, 'upfront-deduction')).toBe('pass');
  });

  it('leaves out a stated rate whose label names no kind, and says so instead of guessing', async () => {
    const vague = file(
      'vague.json',
      JSON.stringify({ ...pboc, statedRates: [{ label: '优惠价', value: '0.06' }] }),
    );
    const { out } = await audit(['--json', '--terms', vague]);
    const [report] = JSON.parse(out) as {
      terms: { statedRates: unknown[] };
      notes: { code: string; data: Record<string, string>; text: string }[];
    }[];
    expect(report?.terms.statedRates).toEqual([]);
    // The code and its data for scripts, and the same sentence as before beside it for people.
    expect(report?.notes).toEqual([
      {
        code: 'rate-kind-unknown',
        data: { label: '优惠价' },
        text: '无法从标签「优惠价」判断利率种类，未用于比较；请在 kind 中写明（如 "annual-simple"）。',
      },
    ]);
  });

  it('says in one line what is wrong with bad input and still audits the rest', async () => {
    const good = file('good.json', JSON.stringify(pboc));
    const cases = [
      [file('garbage.json', '{ not json'), '不是有效的 JSON'],
      [join(dir, 'missing.json'), '找不到文件'],
      [file('no-payments.json', JSON.stringify({ received: '1000', payments: [] })), ''],
      [
        file(
          'words.json',
          JSON.stringify({ received: 'ten thousand', payments: [{ amount: '100' }] }),
        ),
        '十进制数字字符串',
      ],
    ] as const;
    const { code, out, err } = await audit(['--json', '--terms', ...cases.map(([f]) => f), good]);
    expect(code).toBe(2);
    const reports = JSON.parse(out) as {
      input: string;
      error?: string;
      aprProblem: { code: string; text: string } | null;
    }[];
    expect(reports).toHaveLength(5);
    expect(reports[0]?.error).toContain(cases[0][1]);
    expect(reports[1]?.error).toContain(cases[1][1]);
    expect(reports[2]?.error ?? reports[2]?.aprProblem).toEqual({
      code: 'no-payments',
      data: {},
      text: '没有还款计划，无法计算年化利率。',
    });
    expect(reports[3]?.error).toContain(cases[3][1]);
    expect(reports[4]?.error).toBeUndefined();
    expect(err).not.toMatch(/\n\s+at /);
  });

  it('reads amounts with spaces or newlines around them, and a file with a byte-order mark', async () => {
    const spaced = file(
      'spaced.json',
      JSON.stringify({
        ...pboc,
        principal: ' 100000 ',
        received: '99000\n',
        payments: pboc.payments.map((p) => ({ amount: `\t${p.amount}\r\n` })),
      }),
    );
    const bom = file('bom.json', `\uFEFF${JSON.stringify(pboc)}`);
    const { code, out } = await audit(['--json', '--terms', spaced, bom]);
    expect(code).toBe(0);
    const reports = JSON.parse(out) as { terms: { principal: string }; apr: { nominal: string } }[];
    expect(reports.map((r) => r.terms.principal)).toEqual(['100000', '100000']);
    // The same PBOC example as above: the trimmed figures give its 12.80%.
    expect(reports.map((r) => r.apr.nominal.slice(0, 6))).toEqual(['0.1280', '0.1280']);
  });

  it('refuses a file over the size limit without reading it, and audits the others', async () => {
    const big = join(dir, 'big.json');
    // A sparse file: its size is over the limit, its content never written (nor read).
    const fd = openSync(big, 'w');
    writeSync(fd, '[', termsFileLimitBytes + 1024);
    closeSync(fd);
    const good = file('good2.json', JSON.stringify(pboc));
    const { code, out, err } = await audit(['--json', '--terms', big, good]);
    expect(code).toBe(2);
    const reports = JSON.parse(out) as { error?: string; apr: unknown }[];
    expect(reports[0]?.error).toMatch(/文件太大.*MB/);
    expect(reports[1]?.error).toBeUndefined();
    expect(reports[1]?.apr).not.toBeNull();
    expect(err).toContain('文件太大');
  });

  it('does not print a negative or absurd rate as a fact', async () => {
    // Repays 200 on 10,000 received: a −1,073.85% "rate". Repays 10,000 a day after receiving 100:
    // the 36,499,999,635%-style figure. Both are reading mistakes, not loans.
    const negative = file(
      'negative.json',
      JSON.stringify({
        principal: '10000',
        received: '10000',
        payments: [{ amount: '100' }, { amount: '100' }],
      }),
    );
    const absurd = file(
      'absurd.json',
      JSON.stringify({
        received: '100',
        disbursedOn: '2025-12-08',
        payments: [{ dueDate: '2025-12-09', amount: '10000' }],
      }),
    );
    const { code, out } = await audit(['--json', '--terms', negative, absurd]);
    expect(code).toBe(0);
    const reports = JSON.parse(out) as {
      apr: unknown;
      aprProblem: { code: string; text: string };
      findings: { id: string; outcome: string }[];
    }[];
    expect(reports.map((r) => r.aprProblem.code)).toEqual([
      'rate-negative',
      'repaid-out-of-proportion',
    ]);
    for (const r of reports) {
      expect(r.apr).toBeNull();
      expect(r.aprProblem.text).toContain('读取可能有误');
      const rateRules = ['cost-over-24', 'cost-over-36', 'cost-over-4x-lpr', 'apr-understated'];
      expect(
        r.findings.filter((f) => rateRules.includes(f.id)).map((f) => f.outcome),
      ).not.toContain('fail');
    }
    expect(reports[0]?.aprProblem.text).toContain('-1073.85%');
    const text = await audit(['--terms', negative]);
    expect(text.out).toContain('结论：读取可能有误，请核对');
    expect(text.out).not.toContain('未发现问题');
  });
});
