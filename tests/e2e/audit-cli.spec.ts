import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

import { repoRoot } from '../../cli/paths';

import { e2ePagePath, expect, samplePath, test } from './support';

const run = promisify(execFile);

async function audit(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(
      join(repoRoot, 'node_modules/.bin/tsx'),
      ['cli/audit.ts', ...args],
      { cwd: repoRoot },
    );
    return { code: 0, stdout, stderr };
  } catch (e) {
    const failed = e as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

test(
  'audit reports unusable inputs in one line each and still audits the others, in input order', // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring form.
  async ({}, testInfo) => {
    const png = testInfo.outputPath('screenshot.png');
    writeFileSync(png, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]));
    const missing = testInfo.outputPath('no-such-page.html');
    const { code, stdout, stderr } = await audit([
      '--json',
      missing,
      png,
      e2ePagePath('no-loan.html'),
      samplePath('upfront-service-fee.html'),
    ]);

    expect(code).toBe(2);
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(stderr).toContain(`找不到文件：${missing}`);
    // A PNG is read as a screenshot; this one is only a header, so the file page says it cannot.
    expect(stderr).toContain(`无法审计 ${png}：无法读取「screenshot.png」`);
    const reports = JSON.parse(stdout) as {
      input: string;
      error?: string;
      terms: unknown;
      findings: { id: string; outcome: string }[];
    }[];
    expect(reports.map((r) => r.input)).toEqual([
      missing,
      png,
      e2ePagePath('no-loan.html'),
      samplePath('upfront-service-fee.html'),
    ]);
    expect(reports[0]?.error).toContain('找不到文件');
    expect(reports[1]?.error).toContain('不是可识别的图片或 PDF 文件');
    expect(reports[2]?.terms).toBeNull();
    expect(reports[2]?.findings).toEqual([]);
    expect(reports[3]?.findings.find((f) => f.id === 'upfront-deduction')?.outcome).toBe('fail');
  },
);

test('audit prints readable Chinese and says so when a page has no loan terms', async () => {
  const { code, stdout } = await audit([e2ePagePath('no-loan.html')]);
  expect(code).toBe(0);
  expect(stdout).toContain('此页面未找到借款条款');
});

test(
  'audit --letters adds the claims and one letter per channel offered for the lender type', // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring form.
  async ({}) => {
    const { code, stdout } = await audit([
      '--json',
      '--letters',
      samplePath('hidden-fees-membership.html'),
      e2ePagePath('private-iou.html'),
      samplePath('fair-bank-loan.html'),
    ]);
    expect(code).toBe(0);
    const [fees, iou, fair] = JSON.parse(stdout) as {
      claims: { basis: string; amount: string | null; findingId: string }[];
      letters: { channel: string; addressee: string; text: string }[];
    }[];
    // 第670条 on what was deducted only: 318.78 (tests/claims/independent_figures.py).
    expect(fees?.claims).toContainEqual(
      expect.objectContaining({
        findingId: 'upfront-deduction',
        basis: 'civilCode670',
        amount: '318.78',
      }),
    );
    expect(fees?.claims.map((c) => c.amount)).not.toContain('1038.84');
    expect(fees?.letters.map((l) => l.channel)).toEqual([
      'lender',
      'local-regulator',
      'nfra-12378',
      'pboc-12363',
      'heimao',
      'negotiation',
    ]);
    for (const l of fees?.letters ?? []) {
      if (['nfra-12378', 'pboc-12363', 'local-regulator'].includes(l.channel)) {
        expect(l.text, l.channel).not.toContain('贵方');
      }
    }
    expect(iou?.letters.map((l) => l.channel)).toEqual([
      'lender',
      'mediation',
      'lawsuit',
      'negotiation',
    ]);
    expect(iou?.claims).toEqual([
      expect.objectContaining({
        findingId: 'cost-over-4x-lpr',
        basis: 'privateLending25',
        amount: '359.08',
      }),
    ]);
    expect(fair?.claims).toEqual([]);
    expect(fair?.letters.map((l) => l.channel)).toEqual(['negotiation']);
  },
);
