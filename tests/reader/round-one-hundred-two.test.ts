/**
 * Round one hundred and two's patterns (pages 4236–4303): pay-later plans, terms said in chats,
 * mortgages and housing-fund loans, Vant cash-loan apps, PHP loan systems, contracts and plans saved
 * from Word and Excel.
 */
import { describe, expect, it } from 'vitest';

import { parseRate } from '@/lib/parse/rate';
import { chromiumPage } from '../support/chromium-page';
import { readPatternPage } from '../support/read-pattern-page';
import { amountsOf, readSpec, tableOf, upfrontNamed } from '../support/raw';

describe('terms said in chats', () => {
  it('takes no fee quoted for a term not taken ("24期每期手续费率0.68%，每期242.28元")', () => {
    const t = readSpec({
      text: [
        '¥4999.00',
        '这款能分期吗？想分12期',
        '12期的话，每期手续费率0.75%，按商品金额4999元收取，每期分期手续费37.49元',
        '亲，刚才算错了，每期应还是454.07元（本金416.58元+手续费37.49元），最后一期454.11元',
        '24期每期手续费率0.68%，每期242.28元，不过总手续费会多一些',
      ],
    });
    expect(t.fees.filter((f) => f.when === 'periodic').map((f) => f.amount)).toEqual(['37.49']);
    expect(amountsOf(t).slice(0, 2)).toEqual(['454.07', '454.07']);
  });

  it('takes no yield on the lender’s savings for the loan’s rate, and names who lent on the IOU', () => {
    const t = readSpec({
      text: [
        '在的。两万可以，不过这笔钱我本来买了理财，年化2.3%呢',
        '借条 今借到周敏人民币贰万元整（¥20,000.00），借款期限6个月，借款日期2026年3月12日，还款日期2026年9月12日，月利率1.5%，还款方式：到期一次性还本付息，本息共计人民币21,800.00元。',
      ],
    });
    expect(t.statedRates.map((r) => r.value)).not.toContain('0.023');
    expect(amountsOf(t)).toEqual(['21800.00']);
    expect(t.lender).toMatchObject({ type: 'private', name: '周敏' });
  });

  it('reads a rate whose note names the benchmark it was set on, and no method from a product’s options', () => {
    const t = readSpec({
      text: [
        '贷款期限最长12个月，可选按月付息、到期还本或等额本息。',
        '您好，已为您查询到借款信息：借款金额200,000.00元，期限12个月，放款日期2026-06-10，执行年利率4.20%（一年期LPR 3.00%加120个基点），还款方式为按月付息、到期还本（先息后本）。',
      ],
    });
    expect(t.statedRates.map((r) => r.value)).toContain('0.042');
    expect(t.repaymentMethod).toBe('先息后本');
  });
});

describe('contracts printed from a bank’s form', () => {
  it('reads the option a clause chooses by number under its own ("按以下第 4 种方式" · "18.1.4…")', () => {
    const t = readSpec({
      pairs: [['借款金额', '¥80,000.00']],
      text: [
        '借款期限24个月，贷款利率执行年利率7.20%。',
        '18.1借款人与贷款人约定按以下第',
        '4',
        '种方式还本付息：',
        '18.1.1按利随本清方式还款，到期一次性归还借款本息。',
        '18.1.4等额本息还款法。按月还款，每期还款数额相同，其中包含本金和利息。',
        '18.2借款人委托贷款人从借款人账户中直接扣收到期应还贷款本息。',
      ],
    });
    expect(t.repaymentMethod).toBe('等额本息');
  });

  it('reads a word ticked in brackets after its blank ("按月（☑月/□季）结息，到期还本")', () => {
    const t = readSpec({
      pairs: [
        ['借款金额', '¥150,000.00'],
        ['借款期限', '12个月'],
      ],
      text: ['18.1.2按月（☑月/□季）结息，到期还本。', '执行年利率8.40%。'],
    });
    expect(t.repaymentMethod).toBe('先息后本');
  });

  it('reads the rate a clause executes after saying how it was set ("…基准利率上浮，执行年利率8.40％")', () => {
    const t = readSpec({
      pairs: [
        ['借款金额', '¥150,000.00'],
        ['借款期限', '12个月'],
      ],
      text: ['贷款利率在中国人民银行公布的同期人民币贷款基准利率上浮，执行年利率8.40％。'],
    });
    expect(t.statedRates.map((r) => r.value)).toEqual(['0.084']);
  });

  it('takes a general clause that asks whether and points elsewhere for no prepayment charge', () => {
    const t = readSpec({
      pairs: [
        ['借款金额', '¥80,000.00'],
        ['借款期限', '24个月'],
        ['年利率', '7.20%'],
        ['还款方式', '等额本息'],
      ],
      text: ['5.4 提前还款是否支付补偿金及其比例，见本合同第十九条。'],
    });
    expect(t.prepayment?.penalty ?? false).toBe(false);
  });

  it('names a rural cooperative bank the 贷款人 of its contract', () => {
    const t = readSpec({
      pairs: [
        ['贷款人', '岚江农村合作银行城北支行'],
        ['借款金额', '¥80,000.00'],
        ['借款期限', '24个月'],
        ['年利率', '7.20%'],
        ['还款方式', '等额本息'],
      ],
    });
    expect(t.lender).toMatchObject({ type: 'bank', name: '岚江农村合作银行' });
  });

  it('reads a clause’s blank under "本合同项下…为（小写）" and the interest kept back the day it is paid', () => {
    const t = readSpec({
      pairs: [
        ['本合同项下融资金额为（小写）', '600,000.00'],
        ['融资期限', '90天'],
      ],
      text: [
        '本合同执行年利率7.20%，利息=本金×实际天数×日利率，日利率为年利率/360。',
        '预收利息，到期结息：即乙方于付款当日按融资金额×融资天数×日利率一次性预收全部融资期利息，本笔预收利息为人民币10,800.00元，到期只需归还融资本金。',
      ],
    });
    expect(t.principal).toBe('600000.00');
    expect(upfrontNamed(t)).toEqual(['预收利息|10800.00']);
    expect(amountsOf(t)).toEqual(['600000.00']);
  });

  it('takes a fee "above" the clause that deducts it, and no monthly rate in its share of the invoice', () => {
    const t = readSpec({
      pairs: [
        ['本合同项下融资金额为（小写）', '1,200,000.00'],
        ['融资期限', '180天'],
      ],
      text: [
        '对应发票金额人民币1,500,000.00元。',
        '甲方应向乙方支付本合同项下产生的相关费用（包含但不限于手续费），手续费费率：发票金额的0.30%，即人民币4,500.00元，该费用的计收标准和方式按乙方有关规定执行。',
        '甲方通过以下第2种方式支付上述费用：',
        '1、在乙方通知后5个银行工作日内支付；',
        '2、授权乙方于付款当日直接从融资款中扣除；',
        '本合同执行年利率10.80%，到期利随本清。',
      ],
    });
    expect(upfrontNamed(t)).toEqual(['手续费|4500.00']);
    expect(t.received).toBe('1195500.00');
    expect(t.statedRates.map((r) => r.kind)).not.toContain('fee-rate-monthly');
  });
});

describe('loan systems’ statements and vouchers', () => {
  it('reads fees by their share of the amount lent, taken at payout in one clause', () => {
    const t = readSpec({
      pairs: [
        ['申请金额', '15,000.00'],
        ['放款日期', '2026-04-12'],
      ],
      text: [
        '贷款期限12个月，月利率1.2%，按月等额本息还款，每月还款 1,349.63 元（末期 1,349.64 元）。',
        '手续费按贷款金额的3%、借款人意外保险费按贷款金额的1%，于放款时从贷款中一次性扣收，实际划付至借款人账户 14,400.00 元。',
      ],
    });
    expect(upfrontNamed(t)).toEqual(['借款人意外保险费|150.00', '手续费|450.00']);
    expect(t.received).toBe('14400.00');
  });

  it('takes no bank of the borrower’s account under 放款方式 for the lender', () => {
    const t = readSpec({
      lead: ['禾川小额贷款有限公司'],
      text: ['放款方式:', '银行转账（建设银行 尾号6217）'],
      pairs: [
        ['申请金额', '15,000.00'],
        ['借款期限', '12个月'],
        ['月利率', '1.2%'],
        ['还款方式', '等额本息'],
      ],
    });
    expect(t.lender.name).toBe('禾川小额贷款有限公司');
  });

  it('reads a fee charged on the payout row, and no "合计 应还" over the 本金 column as the total', () => {
    const rows = Array.from({ length: 12 }, (_, i) => [
      String(i + 1),
      `${String(2026 + Math.floor((i + 3) / 12))}-${String(((i + 3) % 12) + 1).padStart(2, '0')}-10`,
      '还款',
      '2,500.00',
      '450.00',
      '60.00',
      '3,010.00',
    ]);
    const t = readSpec({
      pairs: [
        ['本金', '30,000.00'],
        ['利息%', '1.50 %/month'],
      ],
      tables: [
        tableOf(
          ['#', '日期', '描述', '本金', '利息', '费用', '应还'],
          [
            ['', '2026-03-10', '放款', '', '', '900.00', '900.00'],
            ...rows,
            ['', '', '合计 应还', '30,000.00', '5,400.00', '1,620.00', '37,020.00'],
          ],
        ),
      ],
    });
    expect(upfrontNamed(t)).toEqual(['费用|900.00']);
    expect(t.received).toBe('29100.00');
    expect(t.statedRates.map((r) => `${r.kind}|${r.value}`)).toEqual(['monthly|0.015']);
  });

  it('tells 等额本金 by the stated interest where the page says only "还款 monthly"', () => {
    const t = readSpec({
      pairs: [
        ['已放款', '2026-01-15'],
        ['到期日', '2026-11-15'],
        ['本金', '50,000.00'],
        ['利息%', '0.80 %/month'],
        ['利息', '2,200.00'],
      ],
      text: ['还款', 'monthly'],
    });
    expect(t.repaymentMethod).toBe('等额本金');
    expect(t.disbursementDate).toBe('2026-01-15');
    expect(amountsOf(t).slice(0, 2)).toEqual(['5400.00', '5360.00']);
  });
});

describe('rates written in a loan system’s English', () => {
  it('reads "1.50 %/month" as a month’s rate', () => {
    expect(parseRate('1.50 %/month')).toEqual({
      value: { value: '0.015', per: 'month', text: '1.50%/month' },
    });
  });
});

describe('pay-later plans', () => {
  it('reads a plan whose first row is paid today: the rest repay what was lent', () => {
    const dates = ['2026-08-10', '2026-08-17', '2026-08-24', '2026-08-31'];
    const t = readSpec({
      pairs: [
        ['日期', '2026-08-03'],
        ['合计', 'CNY¥425.00'],
      ],
      text: ['汀付 5周付清。免息，免手续费。'],
      tables: [
        tableOf(
          ['期数', '扣款日期', '金额', '状态'],
          [
            ['第1期', '今天（2026-08-03）', '¥85.00', '已扣款'],
            ...dates.map((d, i) => [`第${String(i + 2)}期`, d, '¥85.00', '待扣款']),
          ],
        ),
      ],
    });
    expect(t.principal).toBe('340.00');
    expect(amountsOf(t)).toEqual(['85.00', '85.00', '85.00', '85.00']);
    expect(t.payments.map((p) => p.dueDate)).toEqual(dates);
  });
});

describe('mortgages and housing-fund loans', () => {
  it('reads a housing fund’s rate as a year’s, a 月供合计 as the instalment, 借款合同签订 as signed', () => {
    const t = readSpec({
      pairs: [
        ['借款合同签订', '2026-08-06'],
        ['放款日期', '2026-08-21'],
        ['月供合计', '2,798.68元'],
      ],
      text: [
        '公积金贷款，贷款总额 600,000.00元，25年（300期），等额本息',
        '600,000.00元 · 汀州市住房公积金管理中心 · 公积金贷款利率 2.85% · 月供 2,798.68元',
      ],
    });
    expect(t.statedRates.map((r) => `${r.kind}|${r.value}`)).toEqual(['annual-simple|0.0285']);
    expect(t.contractDate).toBe('2026-08-06');
    expect(amountsOf(t)[0]).toBe('2798.68');
  });

  it('tells 等额本金 from a strip of both methods by the stated interest', () => {
    const t = readSpec({
      // (The tabs as the layout paired them: "等额本息 | 等额本金".)
      pairs: [
        ['等额本息', '等额本金'],
        ['贷款总金额(元)', '900000'],
        ['贷款年限', '20年'],
        ['执行利率', '3.00%'],
        ['放款日期', '2025-03-28'],
        ['首次还款日', '2025-04-25'],
        ['总利息', '¥271125.60'],
      ],
    });
    expect(t.repaymentMethod).toBe('等额本金');
    expect(amountsOf(t)[0]).toBe('6000.00');
  });

  it('reads an instalment card’s 当月还款', () => {
    const t = readSpec({
      pairs: [
        ['分期金额(元)', '200000'],
        ['分期期数', '24期'],
        ['月利率', '0.38%'],
        ['当月还款', '9093.33'],
      ],
    });
    expect(amountsOf(t)[0]).toBe('9093.33');
    expect(t.repaymentMethod).toBe('等本等息');
  });
});

describe('cash-loan apps and systems', () => {
  it('reads a short loan’s 还款周期 in days and "到期一次还本息"', () => {
    const t = readSpec({
      pairs: [
        ['借款金额(元)', '3000'],
        ['还款周期', '30天'],
        ['日利率', '0.04%'],
        ['还款方式', '到期一次还本息'],
      ],
    });
    expect(t.termDays).toBe(30);
    expect(t.repaymentMethod).toBe('到期一次性还本付息');
    expect(amountsOf(t)).toEqual(['3036.00']);
  });

  it('reads a product’s rate in brackets after its name ("经营周转贷(年息15%)")', () => {
    const t = readSpec({
      pairs: [
        ['贷款产品', '经营周转贷(年息15%)'],
        ['申请金额', '20,000.00'],
        ['期数', '12'],
        ['还款方式', '等额本息'],
      ],
    });
    expect(t.statedRates.map((r) => `${r.kind}|${r.value}`)).toEqual(['annual-simple|0.15']);
  });

  it('takes an officer’s note "首期还款日为放款日的次月对应日" for no fee paid with the first instalment', () => {
    const t = readSpec({
      pairs: [['金额', '8000']],
      text: [
        '核定借款金额 8000 元，期限 6 个月，按月等额本息还款，年化利率 18%（月利率 1.5%），每期还款 1,404.20 元（最后一期 1,404.22 元）。放款时一次性收取服务费 480 元，从放款金额中直接扣除，实际到账 7,520 元。首期还款日为放款日的次月对应日。',
      ],
    });
    expect(t.fees.filter((f) => f.amount === '480.00').map((f) => f.when)).toEqual(['upfront']);
  });
});

describe('pages read by the real scanner', () => {
  const chromium = chromiumPage();

  it('reads a Word contract’s filled-in blanks as the sentences they complete (page 4296)', async () => {
    // "16.3本合同项下的借款期限为 | 24 | 月（□年/☑月）" in underlined spans, and "第 4 种方式".
    const t = await readPatternPage(chromium.page, 4296);
    expect(t?.termMonths).toBe(24);
    expect(t?.repaymentMethod).toBe('等额本息');
    expect(t?.prepayment?.penalty ?? false).toBe(false);
  });

  it('reads a converted contract whose runs wrap across lines (page 4301)', async () => {
    const t = await readPatternPage(chromium.page, 4301);
    expect(t?.principal).toBe('1200000.00');
    expect(t?.received).toBe('1195500.00');
    expect(t?.termDays).toBe(180);
  });
});
