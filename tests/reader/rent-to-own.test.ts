/**
 * Rent-to-own (先租后买, 信用租机): the goods' price lent, repaid by monthly rents and a buyout at the
 * end (lib/reader/rent-to-own.ts). Each expected figure is worked by hand beside it, not with
 * lib/finance.
 */
import { describe, expect, it } from 'vitest';
import { readTerms } from '@/lib/reader';
import { rawOf, readSpec } from '../support/raw';

const amounts = (t: { payments: { amount: string }[] }): string[] =>
  t.payments.map((p) => p.amount);

describe('a rent-to-own order', () => {
  it('lends the price, repaid by the rents and the buyout with the last rent', () => {
    // 11 rents of 320.00, then 320.00 + 600.00 = 920.00: 4,440.00 for goods priced 3,600.00.
    const t = readSpec({
      title: '确认订单',
      text: [
        '规格： 月光银 256G（官网售价 ¥3,600.00）',
        '月租金 ¥320 /月',
        '租期 自物流签收第二天开始计算 12个月',
        '到期买断价：￥600（租期届满支付）',
      ],
    });
    expect(t.principal).toBe('3600.00');
    expect(amounts(t)).toEqual([...Array<string>(11).fill('320.00'), '920.00']);
  });

  it('owes no buyout when the goods are the lessee’s once every rent is paid', () => {
    const t = readSpec({
      text: [
        '规格： 10kg（官网售价 ¥3,000.00）',
        '月租金 ¥260 /月',
        '租期 12个月',
        '租满即送 付满12期租金，商品归您所有',
      ],
    });
    expect(amounts(t)).toEqual(Array<string>(12).fill('260.00'));
  });

  it('counts what is taken with each rent where the page states it', () => {
    // 629.00 of rent + 19.00 of 意外保障 each month; the 1,999.00 buyout with the 24th.
    const t = readSpec({
      text: [
        '规格： 曜夜黑 32G+1T（官网售价 ¥9,999.00）',
        '月租金 ¥629 /月',
        '租期 24个月',
        '到期买断价：￥1999',
        '每期扣款 ¥648.00（租金 ¥629 + 意外保障 ¥19），共24期。',
      ],
    });
    expect(amounts(t)).toEqual([...Array<string>(23).fill('648.00'), '2647.00']);
  });
});

describe('pages about rentals that lend nothing', () => {
  it('leaves a catalogue of goods with their prices and rents alone', () => {
    const t = readTerms(
      rawOf({
        title: '商品列表',
        text: [
          '澄星 X20 官网售价 ¥6,999.00 月租金 ¥558',
          '澄星 Nova 官网售价 ¥4,999.00 月租金 ¥399',
          '租期12个月，租满可买断',
        ],
      }),
    );
    expect(t).toBeNull();
  });

  it('leaves a rental whose buyout is the whole price alone', () => {
    const t = readTerms(
      rawOf({
        title: '订单详情',
        text: ['官网售价 ¥3,000.00', '月租金 ¥100', '租期 12个月', '到期买断价：￥3,000'],
      }),
    );
    expect(t).toBeNull();
  });
});
