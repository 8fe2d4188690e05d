/**
 * IOU apps and merchant 分期 orders: a list of the rows still to pay dated from the period each says
 * it is; a limit written under the amount's label; an equation the page writes out; a one-off fee
 * rate whose remainder the page states; a 30-day order's 还款金额 that already holds its fee. Each
 * expected figure is worked by hand beside it, not with lib/finance.
 */
import { describe, expect, it } from 'vitest';
import { readSpec } from '../support/raw';

describe('an IOU app', () => {
  it('dates the whole plan from the rows still to pay', () => {
    // "5/12期 · 还款日 2026/06/20 · 1083.10元" … : period 5 is due 2026-06-20, so period 1 was
    // 2026-02-20, a month after the loan of 2026-01-20.
    const rows = [5, 6, 7, 8].flatMap((k) => [
      `${String(k)}/12期`,
      k === 5 ? '剩余8天' : '待还',
      `还款日 2026/${String(k + 1).padStart(2, '0')}/20`,
      '1083.10元',
    ]);
    const t = readSpec({
      pairs: [
        ['借款金额', '12000.00元'],
        ['年化利率', '15%'],
        ['分期', '12期'],
        ['还款方式', '等额本息'],
      ],
      text: rows,
    });
    expect(t.payments.slice(0, 2).map((p) => p.dueDate)).toEqual(['2026-02-20', '2026-03-20']);
    expect(t.payments[4]?.dueDate).toBe('2026-06-20');
  });

  it('takes no limit for the amount, and reads the equation the page writes out', () => {
    // "借款金额 | 您当前可借款额度50000元" is a hint; "本金8000.00+利息946.85=到期本息8946.85".
    const t = readSpec({
      pairs: [
        ['借款金额', '您当前可借款额度50000元'],
        ['年化利率', '24 %'],
      ],
      text: ['本金8000.00+利息946.85=到期本息8946.85', '借款期限按自然日计算，共180天'],
    });
    expect(t.principal).toBe('8000.00');
    expect(t.payments.map((p) => p.amount)).toEqual(['8946.85']);
  });
});

describe('a merchant 分期 order', () => {
  it('keeps back a one-off fee rate whose remainder the page states', () => {
    // 6,000 × 10% = 600; 6,000 − 600 = 5,400, the 服务金额 paid to the merchant.
    const t = readSpec({
      pairs: [
        ['借款总额', '6000.00'],
        ['借款周期', '12期'],
        ['月还金额', '533.09'],
        ['年利率', '12.00%'],
        ['服务费率', '10.00%'],
        ['服务金额', '5400.00'],
      ],
    });
    expect(t.received).toBe('5400.00');
    expect(t.fees.filter((f) => f.when === 'upfront').map((f) => f.amount)).toEqual(['600.00']);
  });

  it('repays a 30-day order’s 还款金额 once, its fee already in it', () => {
    // 3,000 + 一次性服务费 90.00 = 3,090.00, due with the principal: not 3,180.
    const t = readSpec({
      pairs: [
        ['借款总额', '3000.00'],
        ['还款金额', '3090.00'],
        ['借款周期', '30天'],
      ],
      text: ['不收利息，按借款总额收取一次性服务费90.00元，于到期日与本金一并归还。'],
    });
    expect(t.payments.map((p) => p.amount)).toEqual(['3090.00']);
  });
});
