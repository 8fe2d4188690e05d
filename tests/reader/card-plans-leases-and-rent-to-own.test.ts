/**
 * Rounds forty-four and forty-five's patterns, from card and shop instalments, back offices of
 * small-loan, lease and bank systems, cash-loan apps, office documents and rent-to-own orders.
 * Each expected figure is worked by hand beside it.
 */
import { describe, expect, it } from 'vitest';
import { readTerms } from '@/lib/reader';
import { rawOf, readSpec, tableOf } from '../support/raw';

const sum = (xs: string[]): string =>
  String(xs.reduce((s, x) => s + Math.round(Number(x) * 100), 0) / 100);

describe('a card instalment stated as first, middle and last periods', () => {
  it('reads the plan from the three, the first holding the whole fee', () => {
    // 20,000 in 24期, fee 20,000 × 0.55% × 24 = 2,640 with the first bill: 833.33 + 2,640 = 3,473.33,
    // 22 × 833.33, then 833.41 (833.33 × 23 + 833.41 = 20,000.00).
    const t = readSpec({
      pairs: [
        ['分期金额', '¥20,000.00'],
        ['分期期数', '24期'],
        ['首期应还（含全部手续费）', '¥3,473.33'],
        ['第2-23期每期应还', '¥833.33'],
        ['末期应还', '¥833.41'],
      ],
    });
    const amounts = t.payments.map((p) => p.amount);
    expect(amounts).toHaveLength(24);
    expect([amounts[0], amounts[1], amounts[22], amounts[23]]).toEqual([
      '3473.33',
      '833.33',
      '833.33',
      '833.41',
    ]);
    expect(sum(amounts)).toBe('22640');
  });
});

describe('a charge for paying late under its rate label and again in a clause', () => {
  it('is one charge, under the clause’s name', () => {
    const t = readSpec({
      pairs: [
        ['借款金额', '5000.00元'],
        ['借款期限', '50天'],
        ['逾期利率', '0.05%/天'],
      ],
      text: ['到期未还的，逾期后按日0.05%计收逾期利息。'],
    });
    expect(t.fees.filter((f) => f.when === 'overdue').map((f) => f.name)).toEqual(['逾期利息']);
  });
});

describe('a card cash advance whose withdrawal fee is repaid with it', () => {
  it('adds the fee to the one repayment', () => {
    // 5,000 for 50 days at 万分之5 a day: 125.00; 取现手续费 50.00 with it = 5,175.00.
    const t = readSpec({
      pairs: [
        ['借款金额', '5000.00元'],
        ['借款期限', '50天'],
        ['借款时间', '2026-05-06'],
      ],
      text: [
        '预借现金按日利率万分之5计息，50天利息125.00元；取现手续费50.00元计入当期账单，与本金、利息一并于到期还款日归还。',
      ],
    });
    expect(t.payments.map((p) => p.amount)).toEqual(['5175.00']);
  });
});

describe('a back office’s repayment list', () => {
  it('reads "NO:1" as the period', () => {
    const t = readSpec({
      pairs: [['贷款金额', '2000.00']],
      tables: [
        tableOf(
          ['编号', '期数', '利息', '本金', '还款金额', '应还日期'],
          [
            ['3310', 'NO:1', '18.00', '1000.00', '1018.00', '2026-02-15'],
            ['3311', 'NO:2', '9.00', '1000.00', '1009.00', '2026-03-15'],
          ],
        ),
      ],
    });
    expect(t.payments.map((p) => p.amount)).toEqual(['1018.00', '1009.00']);
  });

  it('of many borrowers, one a row, is no loan; one borrower’s plan still is', () => {
    const fees = tableOf(
      ['编号', '本金', '比率', '手续费', '姓名'],
      [
        ['1201', '20000.00', '3%', '600.00', '莫*'],
        ['1202', '8000.00', '2%', '160.00', '岑*峰'],
      ],
    );
    expect(readTerms(rawOf({ tables: [fees] }))).toBeNull();
    const own = tableOf(
      ['期数', '本金', '利息', '还款金额', '姓名'],
      [
        ['1', '1000.00', '18.00', '1018.00', '唐*雯'],
        ['2', '1000.00', '9.00', '1009.00', '唐*雯'],
      ],
    );
    expect(readSpec({ pairs: [['贷款金额', '2000.00']], tables: [own] }).principal).toBe('2000.00');
  });
});

describe('a lease system’s summary', () => {
  it('takes 实际提款额 as what arrived', () => {
    const t = readSpec({
      pairs: [
        ['贷款额', '480,000.00'],
        ['租赁期限', '24个月'],
        ['实际提款额', '470,400.00'],
      ],
      text: ['一次性费用：手续费 9,600.00（提款时收取）'],
    });
    expect(t.received).toBe('470400.00');
  });

  it('says a rate over a bare fraction was there but not placed, rather than none shown', () => {
    const t = readSpec({
      pairs: [
        ['贷款额', '480,000.00'],
        ['租赁期限', '24个月'],
        ['利率', '0.07800000'],
      ],
    });
    expect(t.statedRates).toEqual([]);
    expect(t.unreadable).toContainEqual(
      expect.objectContaining({ reason: 'rate not placed', text: '利率 0.07800000' }),
    );
  });
});

describe('an app’s plan cards, four of six folded away', () => {
  it('reads 本金 on each card as a row’s part, and the loan from the sentence under them', () => {
    // 6,000 in 6期 等额本息 at 1.10% a month = 1,038.85, + 分期手续费 60.00 = 1,098.85.
    const t = readSpec({
      pairs: [
        ['本金:', '972.85'],
        ['利息:', '66.00'],
        ['本金:', '983.55'],
        ['利息:', '55.30'],
      ],
      text: [
        '借款信息：借款金额6000.00元，分6期，等额本息，月利率1.10%；分期手续费按借款金额的1.00%/月随每期账单收取（每期60.00元）。',
      ],
    });
    expect(t.principal).toBe('6000.00');
    expect(t.payments.map((p) => p.amount)).toEqual(Array(6).fill('1098.85'));
  });

  it('keeps a form that asks for the amount twice, in figures and in words, as one loan', () => {
    const t = readSpec({
      pairs: [
        ['贷款额（小写）', '106000元'],
        ['分期', '36'],
        ['月费率', '0.25%'],
        ['贷款额（小写）', '100,000.00'],
        ['服务费', '6,000.00'],
        ['月费率', '0.25%'],
        ['总贷款额', '106,000.00'],
      ],
    });
    // The fee is lent with the loan (100,000 + 6,000 = 106,000) and never received.
    expect([t.principal, t.received]).toEqual(['106000.00', '100000.00']);
  });
});

describe('an extension written as 延期', () => {
  it('extends the amount the page says is repaid at its end, for the fee paid today', () => {
    const t = readSpec({
      pairs: [
        ['借款金额', '1000元'],
        ['原还款日', '2026年7月15日'],
        ['延期至：', '2026年7月22日'],
      ],
      text: [
        '今日（2026年7月15日）支付延期服务费150.00元后，本笔借款延期7天；延期期间不再另计利息，到期（2026年7月22日）归还借款金额1000元。',
      ],
    });
    expect([t.principal, t.received, t.termDays]).toEqual(['1000.00', '850.00', 7]);
    expect(t.payments.map((p) => [p.dueDate, p.amount])).toEqual([['2026-07-22', '1000.00']]);
  });
});

describe('a rent-to-own order whose first rent is paid with the order', () => {
  it('lends the price less that rent, and the cover paid with it never arrives', () => {
    // 商品价值 4,999; rent 469 + cover 12 = 481 paid at the order; 11 more of 481, no buyout.
    const t = readSpec({
      pairs: [
        ['商品价值：', '¥4999.00'],
        ['意外保障 (分期支付)', '每期¥12.00'],
        ['月租金:', '¥469.00'],
        ['首期支付:', '¥481.00'],
      ],
      text: [
        '租满12期即归您',
        '¥469.00 ×12期',
        '审核通过后支付首期，此后每月同日自动代扣当期租金及意外保障。',
      ],
    });
    expect([t.principal, t.received]).toEqual(['4530.00', '4518.00']);
    expect(t.payments.map((p) => p.amount)).toEqual(Array(11).fill('481.00'));
  });
});

describe('a shop’s instalment note', () => {
  it('finances the parts it names and charges the fee it names each period', () => {
    // 24 × 237.00 = 5,688.00 financed; 每期手续费 19.91 → 256.91 a period.
    const t = readSpec({
      text: ['￥ 5688.00', '分24期，每期本金 ￥237.00，每期手续费 ￥19.91，每期应还 ￥256.91。'],
    });
    expect(t.principal).toBe('5688.00');
    expect(t.fees.filter((f) => f.when === 'periodic').map((f) => f.amount)).toEqual(['19.91']);
  });

  it('reads a plan that says it bears no interest as the price repaid, with no fee', () => {
    const t = readSpec({
      text: [
        '￥ 3588.00',
        '分期总额 ￥3588.00，分12期，每期应还 ￥299.00。',
        '每期手续费 ￥0.00，手续费由商家承担，不收取利息。',
      ],
    });
    expect(t.principal).toBe('3588.00');
    expect(t.fees.filter((f) => f.when === 'periodic')).toEqual([]);
  });
});

describe('a bank back office’s fee plan', () => {
  it('reads a fee column the same in every period as a fee of each period', () => {
    const t = readSpec({
      pairs: [
        ['合同金额', '150,000.00元'],
        ['合同期限', '24个月'],
        ['合同利率', '5.4000%'],
        ['还款方式', '等额本息'],
      ],
      tables: [
        tableOf(
          ['期号', '开始日期', '结束日期', '应收担保费(元)', '应收服务费(元)', '费用总额(元)'],
          [
            ['1', '2026-03-25', '2026-04-25', '225.00', '150.00', '375.00'],
            ['2', '2026-04-25', '2026-05-25', '225.00', '150.00', '375.00'],
          ],
          'body > table.fees',
        ),
      ],
    });
    expect(t.fees.filter((f) => f.when === 'periodic').map((f) => [f.name, f.amount])).toEqual([
      ['担保费', '225.00'],
      ['服务费', '150.00'],
    ]);
  });

  it('takes the fees of a one-row plan at payout when the note says so, from the 放款金额', () => {
    const t = readSpec({
      pairs: [
        ['合同金额', '500,000.00元'],
        ['放款金额', '500,000.00元'],
        ['期限', '12个月'],
        ['合同利率', '4.3500 %'],
        ['复利利率上浮', '50.00 %'],
        ['逾期利率', '6.5250 %'],
        ['逾期利率上浮', '50.00 %'],
        ['费用收取方式', '放款当日从放款金额中一次性扣收。'],
      ],
      tables: [
        tableOf(
          ['期号', '开始日期', '结束日期', '应收担保费(元)', '应收服务费(元)', '费用总额(元)'],
          [['1', '2026-04-15', '2026-04-15', '7,500.00', '2,500.00', '10,000.00']],
        ),
      ],
    });
    expect(t.received).toBe('490000.00');
    // "上浮 50%" raises a rate; it is neither a rate of the loan nor a second charge.
    expect(t.statedRates.map((r) => r.value)).toEqual(['0.0435']);
    expect(t.fees.filter((f) => f.when === 'overdue').map((f) => f.rate)).toEqual(['0.06525']);
  });

  it('starts the loan on the 合同开始日期, not the day it was signed', () => {
    const t = readSpec({
      pairs: [
        ['合同金额', '200,000.00 元'],
        ['申请期限', '12个月'],
        ['合同开始日期', '2026-05-10'],
        ['合同签订日期', '2026-05-08'],
        ['实际划付金额', '197,000.00 元'],
      ],
    });
    expect([t.disbursementDate, t.received]).toEqual(['2026-05-10', '197000.00']);
  });
});

describe('a loan-management agreement saved from Word', () => {
  it('reads fees paid before the payout and on its day, and the lender it names in prose', () => {
    const t = readSpec({
      text: [
        '乙方与出借方邵家明已于2026年4月18日签署《借款合同》，借款金额：人民币300,000.00元，借款期限：12个月。',
        '1、乙方在接到甲方放款通知前，须先付清委托甲方代付的担保、保险费用，合计为人民币3,360.00元。',
        '（1）乙方应于收到基础合同约定的借款本金当日将服务费汇入甲方指定账户，服务费=借款本金×6%×借款月数/12，即人民币18,000.00（大写：壹万捌仟元整）；',
      ],
    });
    expect(t.fees.filter((f) => f.when === 'upfront').map((f) => f.amount)).toEqual([
      '3360.00',
      '18000.00',
    ]);
    expect(t.lender.name).toBe('邵家明');
  });

  it('reads a guarantor’s list of other people’s loans as no loan', () => {
    const list = tableOf(
      ['序号', '借款人名称', '借款合同编号', '主债权本金/万元', '借款期限'],
      [
        ['1', '程立新', 'YX-0031', '50.00', '12个月'],
        ['2', '符巧云', 'YX-0032', '80.00', '6个月'],
      ],
    );
    expect(readTerms(rawOf({ text: ['担保确认清单'], tables: [list] }))).toBeNull();
  });
});

describe('round forty-six and forty-seven’s wording', () => {
  it('reads past an info icon between a label and its figure', () => {
    const t = readSpec({
      pairs: [
        ['借款金额', '20000.00元'],
        ['借款期限', '30天'],
        ['综合费用', '600.00元'],
        ['到账金额', 'i'],
      ],
      text: ['19400.00元'],
    });
    expect(t.received).toBe('19400.00');
  });

  it('reads a line of items set apart by " · " item by item', () => {
    // The free prepayment in the last item does not make the fee taken at payout free.
    const t = readSpec({
      pairs: [
        ['支用金额', '20000.00'],
        ['期限', '3期'],
      ],
      text: [
        '期限3期 · 按月等额本息 · 日利率0.05%（月利率按30天计） · 支用手续费200.00元已在放款时扣除 · 提前还款免收手续费',
      ],
    });
    expect(t.received).toBe('19800.00');
    expect(t.statedRates.map((r) => [r.kind, r.value])).toContainEqual(['daily', '0.0005']);
  });

  it('reads labels in black brackets, and an extension’s fee paid when it is applied for', () => {
    const t = readSpec({
      pairs: [
        ['【延期本金】', '5000.00元'],
        ['【延期时间】', '30天（2026-06-08 至 2026-07-08）'],
        ['【延期服务费】', '250.00元（提交申请时一次性支付）'],
        ['【延期后到期日】', '2026-07-08'],
        ['【到期应还】', '5075.00元（本金+利息，到期一次性还本付息）'],
      ],
    });
    expect([t.principal, t.received, t.termDays]).toEqual(['5000.00', '4750.00', 30]);
  });

  it('takes a broker’s fee due days after the money arrives out of it', () => {
    const t = readSpec({
      pairs: [
        ['借款金额', '30,000.00元'],
        ['借款期限', '24期'],
        ['年利率', '9.00%'],
        ['还款方式', '等额本金'],
      ],
      text: [
        '请在到账后3日内（2026-04-23前）向鹿鸣助贷支付咨询服务费，金额为借款金额的4%： 1,200.00 元。',
      ],
    });
    expect(t.received).toBe('28800.00');
  });

  it('takes what was paid to the seller as what arrived', () => {
    const t = readSpec({
      pairs: [
        ['贷款金额', '50000元'],
        ['期数', '36期'],
        ['年利率', '9.00%'],
      ],
      text: ['保证保险、GPS费和服务费在放款时从贷款中一次性扣除，实际支付给车主的车款为46000元。'],
    });
    expect(t.received).toBe('46000.00');
  });

  it('reads a fee whose row says when it is paid and a sentence how much', () => {
    const t = readSpec({
      pairs: [
        ['融资金额', '78100元'],
        ['月供', '2513.14元'],
        ['期数', '36期'],
        ['交车服务费', '提车当日向门店一次性支付，含整备、过户代办，不予退还'],
      ],
      text: ['需向门店支付交车服务费2500元'],
    });
    expect(t.fees.filter((f) => f.when === 'upfront').map((f) => [f.name, f.amount])).toEqual([
      ['交车服务费', '2500.00'],
    ]);
  });

  it('says a rate label over a bare percentage figure holds a rate it could not place', () => {
    const t = readSpec({
      pairs: [
        ['融资额', '60000.00'],
        ['租赁期限', '12个月'],
        ['合同利率', '14.400'],
      ],
    });
    expect(t.unreadable).toContainEqual(
      expect.objectContaining({ reason: 'rate not placed', text: '合同利率 14.400' }),
    );
  });

  it('keeps a loan beside a table of contacts, or of the lenders who funded it', () => {
    const contacts = tableOf(
      ['姓名', '关系', '号码'],
      [
        ['黄*鑫', '本人', '177****3016'],
        ['黄*华', '父亲', '135****7720'],
      ],
    );
    const lenders = tableOf(
      ['姓名', '出借金额', '应收本金'],
      [
        ['王*华', '300,000.00', '300,000.00'],
        ['李*', '250,000.00', '250,000.00'],
      ],
      'body > table.lenders',
    );
    const pairs: [string, string][] = [
      ['借款金额', '2000.00元'],
      ['借款期限', '14天'],
    ];
    expect(readSpec({ pairs, tables: [contacts] }).principal).toBe('2000.00');
    expect(readSpec({ pairs, tables: [lenders] }).principal).toBe('2000.00');
  });
});

describe('the last of round forty-seven’s wording', () => {
  it('reads each fee of a list paid before the payout, not their total', () => {
    const t = readSpec({
      pairs: [
        ['借款金额', '100,000.00 元'],
        ['期限', '6个月'],
        ['还款方式', '先息后本'],
        ['月息', '1.2%'],
      ],
      text: [
        '放款前需向贷款顾问支付：包装费（批贷金额的3%） 3,000.00 元 + 前期费用（资料、评估、公证） 500.00 元 ，合计 3,500.00 元，付清后安排签约放款。',
      ],
    });
    expect(t.fees.filter((f) => f.when === 'upfront').map((f) => [f.name, f.amount])).toEqual([
      ['包装费', '3000.00'],
      ['前期费用', '500.00'],
    ]);
    expect(t.received).toBe('96500.00');
  });

  it('starts a student loan on the day it 转入还款期, and names the bank under 经办银行', () => {
    const t = readSpec({
      pairs: [
        ['经办银行', '澄江银行'],
        ['合同签订日期', '2022-09-15'],
        ['贷款总额', '36,000.00元'],
        ['转入还款期日期', '2026-09-20'],
        ['执行年利率', '2.80%'],
        ['还款期限', '60个月'],
        ['还款方式', '等额本息'],
      ],
    });
    expect([t.disbursementDate, t.lender.name]).toEqual(['2026-09-20', '澄江银行']);
  });

  it('takes a late fee written after its days off what is repaid', () => {
    // 10,000 for 14 days, 250 taken at payout; 还款总额 10,045 holds 逾期费 45 for 3 days.
    const t = readSpec({
      pairs: [
        ['到账金额', '9750.00'],
        ['服务费用', '14天，250.00元'],
        ['逾期费', '3天，45.00元'],
        ['还款总额', '10045.00元'],
        ['还款日期', '2026-05-20'],
      ],
      text: ['借款申请已提交，借款金额10000.00元，借款期限14天'],
    });
    expect(t.payments.map((p) => p.amount)).toEqual(['10000.00']);
  });
});
