import { describe, expect, it } from 'vitest';

import { originPattern } from '@/components/AutoCheckSettings';

describe('originPattern', () => {
  it.each([
    ['https://loan.example.com/apply?x=1', 'https://loan.example.com/*'],
    ['loan.example.com', 'https://loan.example.com/*'],
    // No port: Firefox's match patterns cannot hold one (see originPattern).
    ['  http://m.example.cn:8080/a  ', 'http://m.example.cn/*'],
  ])('%s → %s', (input, expected) => {
    expect(originPattern(input)).toBe(expected);
  });

  it.each([
    '',
    'not a site',
    'javascript:alert(1)',
    'ftp://example.com',
    'localhost',
    'chrome://settings',
  ])('refuses %s', (input) => {
    expect(originPattern(input)).toBeNull();
  });
});
