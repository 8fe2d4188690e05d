/**
 * Round eighty-nine (car loans and instalments at dealers and car-finance companies, among
 * others): a lender's setup of a repayment scheme, which lends nothing; a plan whose every part is
 * split into its sum, what was paid and what is left; a fee charged with each interest payment in
 * a note; a dealer's 垫资期限; a lease's plan that opens with period 0, what is paid at signing,
 * and ends with the 尾款 and the 留购价; a fee a sentence is about, paid before the car is handed over.
 */
import { describe, expect, it } from 'vitest';
import { readTerms } from '@/lib/reader';
import { amountsOf, rawOf, readSpec, tableOf, upfrontNamed } from '../support/raw';

describe("a lender's setup of a repayment scheme", () => {
  const pairs: [string, string][] = [
    ['方案名称', '押证贷-等额本息24期'],
    ['还款方式', '等额本息'],
    ['发布状态', '已发布'],
    ['期数', '24'],
    ['利率', '1.20%'],
    ['周期类型', '月'],
    ['融资最小金额', '30,000.00'],
    ['融资最大金额', '300,000.00'],
  ];

  it('is no loan: nothing is lent and no borrower sees it', () => {
    expect(readTerms(rawOf({ pairs }))).toBeNull();
  });

  it('is a loan still where an amount was lent under it', () => {
    const t = readSpec({ pairs: [...pairs, ['借款金额', '50,000.00']] });
    expect(t.principal).toBe('50000.00');
  });
});

describe('a plan whose every part is split into its sum, what was paid and what is left', () => {
  it('adds each part’s sum once', () => {
    const head = ['期数', '还款状态'].concat(
      ...['本金', '利息', '服务费'].map((p) => [`${p}总金额`, `${p}已还金额`, `${p}待还金额`]),
    );
    // 12,000 in 3 等额本金 at 1 % a month on what is left, and 100 of 服务费 a month.
    const rows = [
      [
        '1',
        '已结清',
        '4,000.00',
        '4,000.00',
        '0.00',
        '120.00',
        '120.00',
        '0.00',
        '100.00',
        '100.00',
        '0.00',
      ],
      [
        '2',
        '待还',
        '4,000.00',
        '0.00',
        '4,000.00',
        '80.00',
        '0.00',
        '80.00',
        '100.00',
        '0.00',
        '100.00',
      ],
      [
        '3',
        '待还',
        '4,000.00',
        '0.00',
        '4,000.00',
        '40.00',
        '0.00',
        '40.00',
        '100.00',
        '0.00',
        '100.00',
      ],
    ];
    const t = readSpec({ pairs: [['订单金额', '12,000.00']], tables: [tableOf(head, rows)] });
    expect(amountsOf(t)).toEqual(['4220.00', '4180.00', '4140.00']);
  });
});

describe("a fee charged with each interest payment, in a staff member's note", () => {
  it('is a fee of every period', () => {
    const t = readSpec({
      pairs: [
        ['成交价格', '80,000.00'],
        ['还款方式', '先息后本'],
        ['期数', '12'],
        ['利率(%)', '1.05%'],
        ['周期类型', '月'],
      ],
      text: [
        '备注',
        '2026-03-15签约并放款。每月15日付息840.00元，另随息收取GPS服务费100.00元，每期合计940.00元，首期还款日2026-04-15。',
      ],
    });
    expect(t.fees).toContainEqual(
      expect.objectContaining({ name: 'GPS服务费', when: 'periodic', amount: '100.00' }),
    );
  });
});

describe("a dealer's advance", () => {
  it('has its term under 垫资期限', () => {
    const t = readSpec({
      pairs: [
        ['垫资金额', '110,880.00'],
        ['垫资期限', '60天'],
        ['手续费率（日）', '0.05%'],
      ],
    });
    expect(t.termDays).toBe(60);
  });
});

describe("a lease's plan that opens with period 0, what is paid at signing", () => {
  it('finances the balance after it, takes its fees off what is received, and repays the 尾款 last', () => {
    const head = [
      '期数',
      '首付款',
      'GPS安装费',
      '租金本金',
      '租金利息',
      '尾款',
      '留购价',
      '本期合计',
      '剩余本金',
    ];
    // 20,000 financed: 10,000 over two rents at 1 % a month on the balance, 10,000 as the 尾款.
    const rows = [
      ['0', '5,000.00', '800.00', '0.00', '0.00', '0.00', '0.00', '5,800.00', '20,000.00'],
      ['1', '0.00', '0.00', '4,925.12', '200.00', '0.00', '0.00', '5,125.12', '15,074.88'],
      ['2', '0.00', '0.00', '5,074.88', '150.75', '10,000.00', '500.00', '15,725.63', '0.00'],
    ];
    const t = readSpec({ pairs: [['客户姓名', '沈嘉禾']], tables: [tableOf(head, rows)] });
    expect(t.principal).toBe('20000.00');
    expect(upfrontNamed(t)).toEqual(['GPS安装费|800.00']);
    expect(t.received).toBe('19200.00');
    expect(amountsOf(t)).toEqual(['5125.12', '15725.63']);
  });
});

describe('a fee a sentence is about, paid before the car is handed over', () => {
  const pairs: [string, string][] = [
    ['贷款金额', '100000元'],
    ['分期期数', '36'],
    ['按揭费用', '3000元'],
    ['精品选装费用', '1200元'],
  ];
  const said =
    '客户办理信用卡购车分期，贷款100000元分36期，银行不收利息，按每期0.27%收取分期手续费，随每期还款扣收。';

  it('is paid before anything is lent', () => {
    const t = readSpec({
      pairs,
      text: [
        '订单备注',
        `${said}按揭费用3000元由本店代办银行分期、抵押登记收取，须在提车前与首付款一并结清。`,
      ],
    });
    expect(upfrontNamed(t)).toEqual(['按揭费用|3000.00']);
  });

  it('is not, where the sentence says it need not be paid then', () => {
    const t = readSpec({
      pairs,
      text: ['订单备注', `${said}按揭费用3000元按月分摊收取，提车时及首付款时均无需支付。`],
    });
    expect(upfrontNamed(t)).toEqual([]);
  });
});
