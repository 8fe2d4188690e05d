/** `npm run negotiate`: the JSON fields, one line per bad field and exit 2, a BOM accepted. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { runNegotiate } from '@/cli/negotiate';

import { baseCase } from './support';

const dir = mkdtempSync(join(tmpdir(), 'loanlens-negotiate-'));
const file = (name: string, content: string): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

function run(args: string[]): { code: number; out: string; err: string[] } {
  let out = '';
  const err: string[] = [];
  const code = runNegotiate(
    args,
    (s) => (out += s),
    (s) => err.push(s),
    '2026-11-30',
  );
  return { code, out, err };
}

describe('negotiate CLI', () => {
  it('prints supportable, disputed, plans, letter and steps as JSON (BOM accepted)', () => {
    const path = file('case.json', `\uFEFF${JSON.stringify(baseCase)}`);
    const { code, out } = run(['--json', path]);
    expect(code).toBe(0);
    const json = JSON.parse(out) as Record<string, unknown> & {
      supportable: { total: string };
      disputed: { total: string };
      plans: { periods: number; payment: string; total: string; dueDates: string[] }[];
      steps: { id: string; text: string; basis: string[] }[];
      letter: string;
    };
    expect(json.supportable.total).toBe('14710.15');
    expect(json.disputed.total).toBe('2668.55');
    expect(json.plans[0]).toMatchObject({ periods: 10, payment: '1471.02', total: '14710.15' });
    expect(json.plans[0]?.dueDates).toHaveLength(10);
    expect(json.letter).toContain('结清证明');
    expect(json.steps.find((s) => s.id === 'principal-670')?.basis).toContain(
      '《民法典》第六百七十条',
    );
  });

  it('prints readable Chinese without --json', () => {
    const { code, out } = run([file('plain.json', JSON.stringify(baseCase))]);
    expect(code).toBe(0);
    expect(out).toContain('== 法律支持多少 ==');
    expect(out).toContain('== 协商还款信 ==');
  });

  it('gives one clear line per bad field and exits 2', () => {
    const path = file(
      'bad.json',
      JSON.stringify({ ...baseCase, principal: 'x', monthlyCapacity: '' }),
    );
    const { code, err, out } = run([path]);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toEqual(['principal：应为金额，如 126.30', 'monthlyCapacity：请填写']);
  });

  it('says what is wrong with the file itself', () => {
    expect(run([file('broken.json', '{')]).err).toEqual([
      `${join(dir, 'broken.json')}：不是有效的 JSON`,
    ]);
    expect(run([join(dir, 'missing.json')]).code).toBe(2);
    expect(run(['--plan', 'cheapest', 'x.json']).code).toBe(2);
  });
});
