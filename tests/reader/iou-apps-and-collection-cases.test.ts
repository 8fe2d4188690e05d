/**
 * IOU apps, collection screens and negotiated plans: an IOU written in prose (今收到…出借约…年利息为…
 * 于…归还); an IOU of no interest said as 0%; a lender's view (已借给TA, 借出日期); the day the money
 * went out read from the IOU's 交易记录; a due date's field that counts the days; a repayment of
 * the principal alone where the cost was kept back; a fee column's label read with its period; a
 * collected 0.00 that is no amount received; a restructured plan that names the old loan as 原借款
 * 金额 and the new one as 纳入分期金额, its first instalment carrying the fee billed once; a 0% charge
 * that is no charge. Each expected figure is worked by hand beside it, not with lib/finance.
 */
import { describe, expect, it } from 'vitest';
import { readSpec } from '../support/raw';

describe('an IOU app', () => {
  it('reads an IOU written in prose, with its yearly rate as 年利息', () => {
    // 50,000 × 15.2% for the year to 2027-03-15 = 7,600 of interest: 57,600.
    const t = readSpec({
      text: [
        '今收到出借人 沈望舒 （身份证号: 3301**********2418 ）出借约 50000.00 元（人民币 伍万元整 ）年利息为 15.2% ，于 2027年3月15日 归还。',
      ],
      pairs: [
        ['出借人', '沈望舒'],
        ['出具日期', '2026年3月15日'],
      ],
    });
    expect(t.principal).toBe('50000.00');
    expect(t.lenderType).toBe('private');
    expect(t.payments.map((p) => [p.dueDate, p.amount])).toEqual([['2027-03-15', '57600.00']]);
  });

  it('dates a settled IOU by its 借款日期, not the day its certificate was issued', () => {
    // 10,000 for 90 days at 10.95 %: 270 of interest, 10,270 repaid on 2026-04-05.
    const t = readSpec({
      title: '结清证明',
      pairs: [
        ['出具日期', '2026-04-05'],
        ['借款金额', '10,000.00元'],
        ['年利率', '10.95%'],
        ['借款日期', '2026-01-05'],
        ['还款日期', '2026-04-05'],
        ['还款方式', '到期一次性还本付息'],
      ],
    });
    expect(t.contractDate).toBe('2026-01-05');
  });

  it('repays the principal alone on an IOU that says 年利息为 0%', () => {
    const t = readSpec({
      text: ['今收到出借人 吴静姝 出借约 3000.00 元 年利息为 0% ，于 2026年10月1日 归还。'],
      pairs: [['出具日期', '2026年8月2日']],
    });
    expect(t.payments.map((p) => [p.dueDate, p.amount])).toEqual([['2026-10-01', '3000.00']]);
  });

  it('reads a lender’s view of what was lent, and when', () => {
    const t = readSpec({
      pairs: [
        ['已借给TA（元）', '5000.00'],
        ['到期应还（元）', '5150.00'],
        ['借出日期', '2026-06-10'],
        ['还款日期', '2026-07-10'],
      ],
    });
    expect(t.principal).toBe('5000.00');
    expect(t.termDays).toBe(30);
    expect(t.payments.map((p) => p.amount)).toEqual(['5150.00']);
  });

  it('dates the loan from its 交易记录 when no field names the day', () => {
    // 2026-03-01 to 2026-08-28 is 180 days.
    const t = readSpec({
      pairs: [
        ['借款金额', '10000.00元'],
        ['还款日期', '2026-08-28'],
        ['到期应还', '10720.00元'],
      ],
      text: ['----- 交易记录 -----', '2026-03-01', '10:15', '借出', '10000.00元'],
    });
    expect(t.disbursementDate).toBe('2026-03-01');
    expect(t.termDays).toBe(180);
  });

  it('reads a due date’s field that counts the days, and a sum written with an equals sign', () => {
    const t = readSpec({
      pairs: [
        ['借款金额', '8000'],
        ['还款日期', '60天'],
        ['本金', '8000元'],
        ['+利息', '144元'],
        ['=到期本息', '8144元'],
      ],
    });
    expect(t.termDays).toBe(60);
    expect(t.payments.map((p) => p.amount)).toEqual(['8144.00']);
  });
});

describe('a cash loan record', () => {
  it('repays the principal alone where the cost was kept back when it was paid out', () => {
    const t = readSpec({
      pairs: [
        ['还款金额', '2000.00元'],
        ['审批金额', '2000.00'],
        ['服务费', '300.00'],
        ['到账金额', '1700.00'],
        ['借款期限', '7天'],
        ['申请日期', '2026-05-10'],
        ['还款日期', '2026-05-17'],
      ],
    });
    expect(t.received).toBe('1700.00');
    expect(t.payments.map((p) => p.amount)).toEqual(['2000.00']);
  });

  it('reads a membership whose note stands for its value and whose price follows', () => {
    // 1,000 for 14 days; the 99.00 taken from the card on the day the money came: 901 received.
    const t = readSpec({
      pairs: [
        ['借款金额', '¥1,000.00'],
        ['借款期限', '14天'],
        ['日利率', '0.05%'],
        ['借款日期', '2026-09-01'],
        ['极速审核会员', '开通后优先审核放款，放款当日从收款卡扣取，不予退还'],
      ],
      text: ['¥99.00'],
    });
    expect(t.received).toBe('901.00');
  });

  it('reads a fee whose label carries its period in brackets as a fee of every period', () => {
    const t = readSpec({
      pairs: [
        ['借款金额', '100000.00'],
        ['贷款期数', '12期'],
        ['月利率', '1.2%'],
        ['还款方式', '先息后本'],
        ['GPS服务费(元/月)', '100.00'],
      ],
    });
    // 100,000 × 1.2% = 1,200 of interest and 100 of fee each month.
    expect(t.payments[0]?.amount).toBe('1300.00');
  });
});

describe('a card-repayment (代还) loan', () => {
  it('reads the amount to repay the card for as the loan, and one period of 30 days as 30 days', () => {
    // 3,000 for 30 days at 0.05% a day: 45.00; the 240 fee kept back leaves 2,760.
    const t = readSpec({
      pairs: [
        ['申请代还金额', '3000.00'],
        ['还款期数', '1期（30天）'],
        ['放款日期', '2026-08-03'],
        ['每月还款', '3045.00（含利息45.00）'],
        ['还款日', '2026-09-02'],
        // The note under the fee.
        ['手续费', '240.00'],
      ],
      text: ['注：手续费需从代还金额中扣除，实际汇入信用卡 2760.00'],
    });
    expect(t.principal).toBe('3000.00');
    expect(t.termDays).toBe(30);
    expect(t.received).toBe('2760.00');
  });
});

describe('a collection case', () => {
  it('takes a fee shown before the next field’s 放款时间 as a fee of every period', () => {
    const t = readSpec({
      pairs: [
        ['借款金额', '6,000.00元'],
        ['借款期数', '12期'],
        ['还款方式', '等额本息'],
        ['月利率', '1.5%'],
        ['每期手续费', '60.00元'],
        ['放款时间', '2026-01-08'],
      ],
    });
    expect(t.fees.find((f) => f.name === '手续费')?.when).toBe('periodic');
    expect(t.received).toBe('6000.00');
  });

  it('takes a case’s 欠款本金 for the amount lent where its interest agrees with the rate', () => {
    // 3,000 × 0.05% × 30 days = 45.00, the 欠款利息 the case shows: 3,045.00 was due.
    const t = readSpec({
      pairs: [
        ['欠款金额', '3052.50'],
        ['欠款本金', '3000.00'],
        ['欠款滞纳金', '7.50'],
        ['欠款利息', '45.00'],
        ['借款期限', '30天'],
        ['日利率', '0.05%'],
        ['借款时间', '2026-05-06 14:40:03'],
        ['应还时间', '2026-06-05 23:59:59'],
      ],
    });
    expect(t.principal).toBe('3000.00');
    expect(t.payments.map((p) => p.amount)).toEqual(['3045.00']);
  });

  it('takes no 0.00 collected so far for the amount received', () => {
    const t = readSpec({
      pairs: [
        ['借款金额', '20,000.00元'],
        ['借款期数', '24期'],
        ['还款方式', '等额本金'],
        ['年利率', '7.20%'],
        ['实收金额', '0.00'],
      ],
    });
    expect(t.received).toBe('20000.00');
  });

  it('reads a restructured plan: the new amount, the fee billed once on the first instalment', () => {
    // 8,400 in 6 at 0.5% a month: 1,424.60 a month (等额本息), + 42.00 a month, + 252.00 once:
    // 1,718.60 first, then 1,466.60.
    const t = readSpec({
      pairs: [
        ['原借款金额', '10,000.00元（12期，已逾期2期）'],
        ['纳入分期金额', '8,400.00元'],
        ['分期期数', '6期'],
        ['还款方式', '等额本息'],
        ['月利率', '0.50%'],
        ['分期手续费', '252.00元（首期一次性收取，为分期金额的3%）'],
        ['账户管理费', '42.00元/期'],
        ['本期应还合计', '1718.60'],
        ['本期应还合计', '1466.60'],
        ['本期应还合计', '1466.62'],
      ],
    });
    expect(t.principal).toBe('8400.00');
    expect(t.payments.slice(0, 2).map((p) => p.amount)).toEqual(['1718.60', '1466.60']);
  });

  it('reads a charge of 0% as none', () => {
    const t = readSpec({
      pairs: [
        ['贷款金额', '6,000.00 元'],
        ['贷款时间', '12期'],
        ['还款方式', '等额本息'],
        ['贷款利率', '年化利率（单利）14.4%（月利率1.2%）'],
      ],
      // The two run together in one line of a product card.
      text: [
        '禾苗月供贷：年化利率（单利）14.4%（月利率1.2%）逾期费：0.05%/天',
        '提前还款手续费0%，按实际占用天数计息。',
      ],
    });
    expect(t.prepayment?.penalty).toBe(false);
    expect(t.fees.filter((f) => f.when === 'overdue').map((f) => f.rate)).toEqual(['0.0005']);
  });
});
