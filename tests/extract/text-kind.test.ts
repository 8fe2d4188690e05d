import { describe, expect, it } from 'vitest';
import { continuesFigure, isLabelLike } from '@/lib/extract/text-kind';

describe('continuesFigure: pieces of one figure split over spans for styling', () => {
  it.each([
    ['¥', '6,588'],
    ['6,588', '.00'],
    ['934.02', '元'],
    ['万分之', '6'],
    // "每期<i>¥</i>140<small>.50</small>": the word that says how often belongs to the amount.
    ['每期', '¥'],
    ['每期', '140.50元'],
    ['每月约', '¥'],
  ])('%s + %s is one figure', (a, b) => {
    expect(continuesFigure(a, b)).toBe(true);
  });

  it.each([
    ['借款金额', '9,000.00元'],
    ['每期', '等额本息'],
    ['还款日期', '2026-05-01'],
    ['12期', '6,000.00'],
  ])('%s + %s stay apart', (a, b) => {
    expect(continuesFigure(a, b)).toBe(false);
  });
});

describe('isLabelLike: words that name a figure, not the figure', () => {
  it.each([['借款金额（大写）'], ['还款方式'], ['借款用途']])('%s is a label', (t) => {
    expect(isLabelLike(t)).toBe(true);
  });

  // Which periods a figure is for, then its words: a card plan's middle run (page 1669).
  it.each([['第2-23期每期应还'], ['前3期每期还款'], ['第1期应还']])('%s is a label', (t) => {
    expect(isLabelLike(t)).toBe(true);
  });

  it.each([['12期'], ['第3期'], ['2-23期']])('%s is a value', (t) => {
    expect(isLabelLike(t)).toBe(false);
  });

  // A contract writes its amount in capitals: beside a label on a printed 借据 laid out as loose
  // spans, it is that label's value.
  it.each([['人民币叁万元整'], ['壹万伍仟元整'], ['贰佰叁拾元伍角']])('%s is a figure', (t) => {
    expect(isLabelLike(t)).toBe(false);
  });
});

// A fee's share in brackets after its name, its amount the next run (round ninety-two, 3425).
describe('isLabelLike: a fee with the share it is priced at', () => {
  it.each([['代还服务费（1.8%）'], ['手续费(0.6%/期)'], ['担保费（1‰）']])('%s is a label', (t) => {
    expect(isLabelLike(t)).toBe(true);
  });

  it.each([['1.8%'], ['（1.8%）'], ['12.00%（年化）']])('%s is no label', (t) => {
    expect(isLabelLike(t)).toBe(false);
  });
});

describe('isLabelLike: a charge with how it was counted, in figures and units', () => {
  // A pawn's redemption: "停车保管费（400.00元/月） | ¥400.00", "逾期违约金（4天 × 0.1%） | ¥480.00".
  it.each([['停车保管费（400.00元/月）'], ['逾期违约金（4天 × 0.1%）'], ['利息（14天）']])(
    '%s is a label',
    (t) => {
      expect(isLabelLike(t)).toBe(true);
    },
  );

  // A card's tail number in brackets is no count; nor is a figure with its count.
  it.each([['银行信息(2341)'], ['400.00（元/月）'], ['（4天 × 0.1%）']])('%s is no label', (t) => {
    expect(isLabelLike(t)).toBe(false);
  });
});
