/**
 * Round ninety-two's machinery and equipment finance (3444–3451): a deposit larger than the last
 * rent; fees paid before the lease starts, in a clause, a caption or a 首期款 row; the lessor in
 * its own system's banner or in "金融服务由…提供"; a harvest lease's rents months apart; a fee rate
 * charged once, said in a field of its own.
 */
import { describe, expect, it } from 'vitest';
import { readSpec, tableOf, upfrontNamed } from '../support/raw';

const scheme: [string, string][] = [
  ['融资额', '¥476,000.00'],
  ['期数', '36 月'],
  ['月供', '¥13,222.22'],
  ['保证金', '¥23,800.00'],
  ['手续费', '¥19,040.00'],
  ['GPS费', '¥3,800.00'],
  ['年利率', '0.00%'],
];

describe('a dealer’s lease scheme', () => {
  const t = readSpec({
    pairs: scheme,
    text: [
      '首付含首付款204,000.00元（设备价30%）、保证金、手续费及GPS费，签约时一次付清；保证金不计息，按倒序冲抵最后两期租金（先冲抵第36期，余额冲抵第35期）。',
      '金融服务由 鼎衡融资租赁（天津）有限公司 提供 · 方案以最终审批为准',
    ],
  });

  it('takes the fees paid at signing from what the lease brings in', () => {
    expect(upfrontNamed(t)).toEqual(['GPS费|3800.00', '保证金|23800.00', '手续费|19040.00']);
  });

  it('sets a deposit larger than the last rent against the rents before it too', () => {
    expect(t.payments.slice(-3).map((p) => p.amount)).toEqual(['13222.22', '2644.44', '0.00']);
  });

  it('names the lessor that provides the finance', () => {
    expect(t.lender.name).toBe('鼎衡融资租赁（天津）有限公司');
  });
});

describe('fees paid before the lease starts', () => {
  it('in a letter: "已于起租日前向我司付清…及租赁手续费18,000.00元"', () => {
    const t = readSpec({
      pairs: [
        ['租赁本金', '900,000.00元'],
        ['租赁期限', '24个月'],
        ['年利率', '6.50%'],
        ['租赁保证金', '90,000.00元'],
        ['租赁手续费', '18,000.00元'],
      ],
      text: [
        '贵方已于起租日前向我司付清首付款220,000.00元、租赁保证金90,000.00元及租赁手续费18,000.00元。',
      ],
    });
    expect(upfrontNamed(t)).toContain('租赁手续费|18000.00');
  });

  it('in a table whose caption says so, its header the first row', () => {
    const t = readSpec({
      pairs: [
        ['融资额', '336,000.00'],
        ['租赁期数', '36期'],
        ['每期租金', '10,509.33'],
      ],
      tables: [
        tableOf(
          ['首期款明细（首期款须于放款前付清，不从融资额中扣除）'],
          [
            ['费用类型', '费用名称', '应收时间', '费用金额', '已收金额'],
            ['首期款', '首付款', '2026-03-18', '84,000.00', '84,000.00'],
            ['首期款', '手续费', '2026-03-18', '10,080.00', '10,080.00'],
            ['首期款', 'GPS安装费', '2026-03-18', '2,800.00', '2,800.00'],
          ],
        ),
      ],
    });
    expect(upfrontNamed(t)).toEqual(['GPS安装费|2800.00', '手续费|10080.00']);
  });

  it('in a 首期款 row of a table with no caption', () => {
    const t = readSpec({
      pairs: [
        ['融资额', '257,600.00'],
        ['租赁期限', '22个月'],
        ['年利率', '7.2%'],
      ],
      tables: [
        tableOf(
          ['费用类型', '费用名称', '应收时间', '费用金额', '已收金额'],
          [['首期款', '手续费', '2025-12-20', '5,152.00', '5,152.00']],
        ),
      ],
    });
    expect(upfrontNamed(t)).toEqual(['手续费|5152.00']);
  });
});

describe('a harvest lease', () => {
  const t = readSpec({
    pairs: [
      ['起租日期', '2025-12-20'],
      ['项目融资额', '257,600.00'],
      ['年利率', '7.2%'],
      ['手续费率', '2%'],
      ['租赁期数', '4'],
      ['手续费收取方式', '起租日一次性收取'],
    ],
    tables: [
      tableOf(
        ['期次', '支付时间', '租金', '本金', '利息'],
        [
          ['1', '2026-06-20', '73,673.60', '64,400.00', '9,273.60'],
          ['2', '2026-10-20', '69,036.80', '64,400.00', '4,636.80'],
          ['3', '2027-06-20', '70,582.40', '64,400.00', '6,182.40'],
          ['4', '2027-10-20', '65,945.60', '64,400.00', '1,545.60'],
        ],
      ),
    ],
  });

  it('starts on its 起租日期, though the first rent is six months later', () => {
    expect(t.disbursementDate).toBe('2025-12-20');
  });

  it('reads a fee rate charged once as no month’s rate', () => {
    expect(t.statedRates.map((r) => r.kind)).toEqual(['annual-simple']);
  });
});
