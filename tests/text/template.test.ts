import { describe, expect, it } from 'vitest';

import { translator } from '@/lib/i18n/messages';
import { fillTemplate } from '@/lib/text/template';

describe('fillTemplate: the one strict placeholder filler', () => {
  it.each([
    ['{a} 与 {b}', { a: '甲', b: '乙' }, '甲 与 乙'],
    ['{count} 项', { count: 3 }, '3 项'],
    ['无占位符', {}, '无占位符'],
    ['{a}{a}', { a: 'x' }, 'xx'],
    // Only identifiers are placeholders: braces in prose stay.
    ['{ 1 }', {}, '{ 1 }'],
  ])('%s', (template, data, filled) => {
    expect(fillTemplate(template, data)).toBe(filled);
  });

  it('throws on a missing value instead of leaving a blank or a brace', () => {
    expect(() => fillTemplate('致{lender}：', {})).toThrow('{lender}');
  });

  it('fills the interface strings too, in both languages', () => {
    expect(translator('zh-CN')('verdictWarningsOnly', { warnings: 2 })).toBe(
      '未发现违规，有 2 项提醒',
    );
    expect(() => translator('en')('verdictWarningsOnly')).toThrow('{warnings}');
  });
});
