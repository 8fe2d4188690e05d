import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { parseArgs } from '@/cli/audit';
import { classifyInputs } from '@/cli/inputs';

describe('classifyInputs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'loanlens-inputs-'));
  writeFileSync(join(dir, 'page.html'), '<!doctype html><p>借款金额 10,000.00</p>');
  writeFileSync(
    join(dir, 'image.png'),
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]),
  );
  writeFileSync(join(dir, 'notes.txt'), 'just some words');
  writeFileSync(join(dir, 'empty.html'), '');
  mkdirSync(join(dir, 'saved'));
  writeFileSync(join(dir, 'saved', 'b.html'), '<html></html>');
  writeFileSync(join(dir, 'saved', 'a.htm'), '<html></html>');
  mkdirSync(join(dir, 'nothing'));

  it('keeps order, takes screenshots and PDFs as documents, and says why each unusable input cannot be used', () => {
    const result = classifyInputs(
      [
        'page.html',
        'missing.html',
        'image.png',
        'notes.txt',
        'empty.html',
        'http://127.0.0.1:1/x',
        'http://bad host/',
      ],
      dir,
    );
    expect(result.map((r) => r.kind)).toEqual([
      'file',
      'unusable',
      'document',
      'unusable',
      'unusable',
      'url',
      'unusable',
    ]);
    const messages = result.flatMap((r) => (r.kind === 'unusable' ? [r.message] : []));
    expect(messages).toEqual([
      '找不到文件：missing.html',
      '不是网页（HTML）文件：notes.txt',
      '文件是空的：empty.html',
      '网址无效：http://bad host/',
    ]);
  });

  it('expands a folder to its web pages in name order', () => {
    const result = classifyInputs(['saved', 'nothing'], dir);
    expect(result.map((r) => r.input)).toEqual([
      join('saved', 'a.htm'),
      join('saved', 'b.html'),
      'nothing',
    ]);
    expect(result[2]?.kind).toBe('unusable');
  });
});

describe('parseArgs', () => {
  it('reads flags and inputs, and refuses unknown flags and no inputs', () => {
    expect(parseArgs(['--json', 'a.html'])).toEqual({
      json: true,
      terms: false,
      letters: false,
      together: false,
      inputs: ['a.html'],
    });
    expect(parseArgs(['--together', 'shot.png', 'contract.pdf'])).toMatchObject({
      together: true,
      inputs: ['shot.png', 'contract.pdf'],
    });
    expect(parseArgs(['--terms', 'loan.json'])).toEqual({
      json: false,
      terms: true,
      letters: false,
      together: false,
      inputs: ['loan.json'],
    });
    expect(parseArgs(['--json', '--letters', 'a.html'])).toMatchObject({ letters: true });
    expect(() => parseArgs(['--frobnicate', 'a.html'])).toThrow('未知选项');
    expect(() => parseArgs([])).toThrow('用法');
  });
});
