/**
 * Round fifty-five's patterns: a car dealer's sheet for one customer, with fees and even the
 * interest paid when the car is handed over; a lease-to-own contract with a deposit and a fee
 * paid at signing; a sale-and-leaseback that lists the fees it takes; back offices with a fee
 * table, 期供 and 批借期限; pawn tickets with 总当价 and 赎当应付. Each figure worked by hand.
 */
import { describe, expect, it } from 'vitest';
import { readTerms } from '@/lib/reader';
import type { LoanTerms } from '@/lib/model/terms';
import { rawOf, readSpec, tableOf } from '../support/raw';

const upfront = (t: LoanTerms): string[] =>
  t.fees
    .filter((f) => f.when === 'upfront')
    .map((f) => f.amount ?? '')
    .sort();

describe('a car dealer’s sheet for one customer', () => {
  it('is that customer’s loan, not a calculator, and counts what is paid at pickup', () => {
    // 96,000 repaid 24 × 4,000.00 (principal only); 贷款利息 7,680 paid with the down payment and
    // 3,000 + 400 + 1,680 of fees at pickup: 96,000 − 12,760 = 83,240.00 received.
    const t = readSpec({
      title: '购车计算',
      pairs: [
        ['来访登记', '贺一凡 2026款 星澜 2.0T 四驱豪华型 购车计算（只读）'],
        ['贷款金额', '96000'],
        ['贷款期数', '24'],
        ['贷款利息', '7680'],
        ['月供', '4000.00'],
        ['按揭手续费', '3000'],
        ['家访费', '400'],
        ['GPS费用', '1680'],
      ],
      text: [
        '银行利息不分摊：贷款利息7680元在提车前随首付一并交清，按揭期间每月只还本金4000.00元，共24期。按揭手续费、家访费、GPS费用于提车时另行交纳。',
      ],
    });
    expect(t.received).toBe('83240.00');
    expect(upfront(t)).toEqual(['1680.00', '3000.00', '400.00', '7680.00']);
  });

  it('leaves a visitor’s calculation, for nobody, alone', () => {
    const t = readTerms(
      rawOf({
        title: '购车计算',
        pairs: [
          ['贷款金额', '96000'],
          ['贷款期数', '24'],
          ['月供', '4000.00'],
        ],
      }),
    );
    expect(t).toBeNull();
  });

  it('leaves a purchase paid in full alone, whatever finance it quotes', () => {
    const t = readTerms(
      rawOf({
        pairs: [
          ['购车人', '蒋静怡'],
          ['购车方式', '现款'],
          ['车价（元）', '186800'],
        ],
        text: [
          '客户来店时咨询过按揭方案：首付30%即56040元，贷款130760元，24期月供约5730.77元，年利率4.9%起。客户最终确定现款购车，上述方案不适用。',
        ],
      }),
    );
    expect(t).toBeNull();
  });
});

describe('a lease-to-own contract', () => {
  it('reads 合同期限, and the deposit and the fee paid at signing', () => {
    // 102,400 financed; 保证金 3,000 and GPS及服务费 1,980 at signing: 97,420.00 received.
    const t = readSpec({
      pairs: [
        ['合同期限', '36期'],
        ['首付款', '25600.00'],
        ['合同租赁价格', '128000.00'],
        ['月付款', '2704.52'],
      ],
      text: [
        '车辆租赁价格128000.00元，承租人签约时付首付款25600.00元，其余102400.00元分36期按月付款。签约当日另交保证金3000.00元（不计息，用于冲抵第36期月付款）及GPS及服务费1980.00元（一次性，不予退还）。',
      ],
      tables: [
        tableOf(
          ['合同编号', '应付月租', '实收月租', '付款时间'],
          [
            ['CQ-1', '2704.52', '2704.52', '2026-02-18 09:12'],
            ['CQ-1', '2704.52', '2704.52', '2026-03-18 09:05'],
            ['CQ-1', '2704.52', '2704.52', '2026-04-17 16:40'],
          ],
        ),
      ],
    });
    expect(t.termMonths).toBe(36);
    expect(upfront(t)).toEqual(['1980.00', '3000.00']);
  });
});

describe('fees a clause lists after it says they are taken', () => {
  it('takes each: "放款时从转让款中扣除服务费4800.00元、GPS安装费1200.00元"', () => {
    const t = readSpec({
      pairs: [
        ['合同金额', '60000.00元'],
        ['合同期限', '24期'],
        ['月租金', '3100.00元'],
      ],
      text: [
        '放款时从转让款中扣除服务费4800.00元、GPS安装费1200.00元，于2026-02-10打款至承租人账户。',
      ],
    });
    expect(upfront(t)).toEqual(['1200.00', '4800.00']);
  });
});

describe('a back office’s loan', () => {
  it('reads a term under 批借期限', () => {
    // 80,000 for 30 days; 81,200.00 at the end.
    const t = readSpec({
      pairs: [
        ['合同金额', '80,000.00元'],
        ['批借期限', '30天'],
        ['还款付息方式', '到期一次性还本付息'],
        ['月还金额', '81,200.00元'],
      ],
    });
    expect(t.termDays).toBe(30);
  });

  it('reads a fee table’s 实际收费, not its rate columns', () => {
    const t = readSpec({
      pairs: [
        ['贷款金额', '20,000.00元'],
        ['贷款期限', '14天'],
        ['年利率', '18.00%'],
      ],
      tables: [
        tableOf(
          [
            '编号',
            '费用类型',
            '费用名称',
            '标准费率（%）',
            '实际费率（%）',
            '标准收费',
            '实际收费',
          ],
          [
            ['1', '放款时一次性扣收', '咨询服务费', '3.50', '3.00', '700.00', '600.00'],
            ['2', '放款时一次性扣收', '账户管理费', '1.00', '1.00', '200.00', '200.00'],
          ],
        ),
      ],
    });
    expect(upfront(t)).toEqual(['200.00', '600.00']);
    expect(t.received).toBe('19200.00');
  });

  it('reads 期供金额 as the instalment', () => {
    // 40,000 in 24 × 1,827.39: 等额本息 at 0.75% a month.
    const t = readSpec({
      pairs: [
        ['合同金额（元）', '40,000.00'],
        ['期供金额（元）', '1,827.39'],
        ['借款期限', '24期'],
      ],
    });
    expect(t.payments).toHaveLength(24);
    expect(t.payments[0]?.amount).toBe('1827.39');
  });

  it('reads 计划还款利息 as the interest of a single repayment', () => {
    const t = readSpec({
      pairs: [
        ['放款金额', '100万元'],
        ['借款期限', '60天'],
        ['计划还款本金', '1000000.00元'],
        ['计划还款利息', '12000.00元'],
      ],
    });
    expect(t.payments.map((p) => p.amount)).toEqual(['1012000.00']);
  });
});

describe('a pawn ticket', () => {
  it('lends its 总当价 and repays what 赎当应付 says; a 费用备注 is no fee', () => {
    // 15,000; 390 of fees taken at payout; interest 75.00 paid at redemption: 15,075.00.
    const t = readSpec({
      pairs: [
        ['典当期限', '2026-06-12 ~ 2026-07-12（1个月）'],
        ['仓管费', '￥ 150.00'],
        ['鉴定费', '￥ 120.00'],
        ['估价费', '￥ 90.00'],
        ['保险费', '￥ 30.00'],
        [
          '费用备注',
          '本当期综合费用按月综合费率2.6%计收，于发放当金时一次扣除；当金利息按月利率0.5%计75.00元，不预先扣收，赎当时与当金一并支付，赎当应付15075.00元。',
        ],
        ['实付金额', '14610'],
      ],
      text: ['当物数量 : 2 总当价 : 15000.00'],
    });
    expect(t.principal).toBe('15000.00');
    expect(t.payments.map((p) => p.amount)).toEqual(['15075.00']);
    expect(t.fees.some((f) => f.name === '费用备注')).toBe(false);
  });

  it('pays out what is left once "下列费用" are taken ("实付77000.00元")', () => {
    // 80,000; 300 + 500 + 400 + 1,800 = 3,000 taken: 77,000.00.
    const t = readSpec({
      pairs: [
        ['典当期限', '2026-05-20 ~ 2026-08-20（3个月）'],
        ['鉴定费', '￥ 300.00'],
        ['估价费', '￥ 500.00'],
        ['公证费', '￥ 400.00'],
        ['其他费', '￥ 1800.00'],
      ],
      text: [
        '当物数量 : 1 总当价 : 80000.00',
        '估价 : 128000.00 折价率 : 62.5 当价 : 80000.00',
        '先息后本（按月付息、到期还本）：月利率1.5%，每月20日付息1200.00元。下列费用已于放款时从当金中扣除，实付77000.00元。',
      ],
    });
    expect(t.principal).toBe('80000.00');
    expect(t.received).toBe('77000.00');
  });
});

describe('round fifty-six: app fields, P2P fees and rent loans', () => {
  it('reads a fee whose sum comes after its status and note', () => {
    // 6,000 − 399.00 membership taken at payout = 5,601.00.
    const raw = rawOf({
      pairs: [
        ['借款金额', '¥6,000.00'],
        ['极速放款会员费', '已开通'],
      ],
    });
    // The note and the sum in runs of their own after the status, before the next label.
    const status = raw.blocks[3];
    if (status === undefined) throw new Error('no status run');
    raw.blocks.push(
      { ...status, text: '借款时勾选开通，放款时从借款金额中扣除', y: 80 },
      { ...status, text: '-¥399.00', y: 100 },
    );
    const more = rawOf({
      pairs: [
        ['借款期数', '6期'],
        ['月利率', '1.50%'],
        ['每期应还', '¥1,053.15'],
      ],
    });
    const offset = raw.blocks.length;
    raw.blocks.push(...more.blocks.map((b, i) => ({ ...b, y: 120 + i * 20 })));
    raw.pairs.push(
      ...more.pairs.map((p) => ({
        ...p,
        labelBlock: p.labelBlock + offset,
        valueBlock: p.valueBlock + offset,
      })),
    );
    const t = readTerms(raw);
    expect(t?.received).toBe('5601.00');
  });

  it('reads "每月还息到期还本" as interest first', () => {
    const t = readSpec({
      pairs: [
        ['借款金额', '24000.00'],
        ['还款方式', '每月还息到期还本'],
        ['年利率', '9.00%'],
        ['还款期限', '12个月'],
      ],
    });
    expect(t.repaymentMethod).toBe('先息后本');
    expect(t.payments[11]?.amount).toBe('24180.00');
  });

  it('charges a monthly fee named by its share of the amount', () => {
    // 50,000 interest-only at 12%: 500.00 a month, plus 0.5% × 50,000 = 250.00.
    const t = readSpec({
      pairs: [
        ['借款金额', '50000'],
        ['借款期限', '6个月'],
        ['还款方式', '按月付息，到期还本'],
        ['年利率', '12%'],
      ],
      text: ['借款成功后，平台每月按借款总额的0.5%收取借款管理费，随每月应付利息一并划扣。'],
    });
    expect(t.payments[0]?.amount).toBe('750.00');
  });

  it('lends what the lender pays the landlord, and leaves the lease’s late clause to the lease', () => {
    // 33,600 in 12 × 2,984.80 = 2,800.00 + 184.80 (0.55% a month).
    const t = readSpec({
      text: [
        '丙方应向甲方缴纳的款项逾期未付的，每逾期一天按月租金的3%支付违约金。',
        '丙方自愿选择“房租月付”：由资金方澄屿小额贷款有限公司于2026年5月1日向甲方一次性支付本合同12个月租金共计33600.00元，丙方自2026年6月1日起每月1日向资金方还款，共12期，每期应还2984.80元。',
        '丙方逾期还款的，按逾期金额每日0.05%向资金方支付逾期违约金。',
      ],
    });
    expect(t.principal).toBe('33600.00');
    expect(t.fees.filter((f) => f.when === 'overdue').map((f) => f.rate)).toEqual(['0.0005']);
  });
});
