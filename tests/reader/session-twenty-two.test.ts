/**
 * placeholder
 */
import { describe, expect, it } from 'vitest';
import { readSpec, tableOf } from '../support/raw';

describe('an IOU app whose log shows what was taken in advance', () => {
  it('takes a figure labelled 预扣 from the amount lent when what is left is stated too', () => {
    // 借款金额 10,000; the log: 借出 9,000 and 预扣利息 1,000. 10,000 − 1,000 = 9,000 is on the page,
    // so 9,000 reached the borrower and 1,000 is 砍头息.
    const t = readSpec({
      pairs: [
        ['借款金额', '10000.00元'],
        ['还款日期', '2026-08-20'],
        ['还款方式', '到期还本付息'],
        ['到期应还', '10450.00元'],
        ['借出', '9000.00元'],
        ['预扣利息', '1000.00元'],
      ],
      text: ['2026-05-22 14:06'],
    });
    expect(t.received).toBe('9000.00');
    expect(t.fees.filter((f) => f.when === 'upfront').map((f) => [f.name, f.amount])).toEqual([
      ['预扣利息', '1000.00'],
    ]);
  });

  it('leaves a 预扣 figure alone when the amount less it is nowhere on the page', () => {
    // 10,000 − 300 = 9,700 is stated nowhere: the label alone does not say the interest came out
    // of the amount lent rather than being the interest repaid with it.
    const t = readSpec({
      pairs: [
        ['借款金额', '10000.00元'],
        ['还款日期', '2026-08-20'],
        ['还款方式', '到期还本付息'],
        ['到期应还', '10450.00元'],
        ['预扣利息', '300.00元'],
      ],
    });
    expect(t.received).toBe('10000.00');
  });
});

describe('a lessor’s bill whose amount column is the principal repaid', () => {
  it('adds the fee column to a column that sums to the amount lent', () => {
    // 融资租赁合同金额 3,600 over 12 rows of 300.00 with 手续费 54.00 each: 12 × 300 = 3,600 is
    // the principal, so each payment is 300 + 54 = 354.00.
    const dates = [
      ...['03', '04', '05', '06', '07', '08', '09', '10', '11', '12'].map((m) => `2026-${m}-06`),
      '2027-01-06',
      '2027-02-06',
    ];
    const rows = dates.map((d, i) => [String(i + 1), d, '300.00', '54.00']);
    const t = readSpec({
      pairs: [
        ['融资租赁合同金额', '3,600.00'],
        ['租期', '12期'],
        ['起租日', '2026-02-06'],
      ],
      tables: [tableOf(['期次', '应支付时间', '融资租赁总额', '手续费'], rows)],
    });
    expect(t.principal).toBe('3600.00');
    expect(new Set(t.payments.map((p) => p.amount))).toEqual(new Set(['354.00']));
  });
});

describe('a financing service agreement', () => {
  it('reads each party’s fee in figures as taken from the loan when a clause says so', () => {
    // 4,200 to 乙方 and 1,800 to 丙方, both transferred out of the money lent: 60,000 − 6,000.
    const t = readSpec({
      pairs: [
        ['借款金额', '60,000.00元'],
        ['借款期限', '24期'],
        ['每月还款额', '2,824.41元'],
      ],
      text: [
        '5.1 甲方应付服务费金额如下：',
        '甲方应向乙方支付服务费人民币（大写）肆仟贰佰元，（小写）￥4,200.00；甲方应向丙方支付服务费人民币（大写）壹仟捌佰元，（小写）￥1,800.00。',
        '5.2 甲方同意，所有服务费在甲方取得借款前一次性付清，由丙方从出借人提供给甲方的借款中直接划转相当于上述服务费的金额至乙方、丙方有关账户。',
      ],
    });
    expect(t.received).toBe('54000.00');
  });

  it('does not take a fee to pay from the loan when no clause says it is taken from it', () => {
    const t = readSpec({
      pairs: [
        ['借款金额', '60,000.00元'],
        ['借款期限', '24期'],
        ['每月还款额', '2,824.41元'],
      ],
      text: ['甲方应向乙方支付服务费人民币（大写）肆仟贰佰元，（小写）￥4,200.00，按月分期支付。'],
    });
    expect(t.received).toBe('60000.00');
  });
});

describe('an admin row with its fee in a column and a note on when it is taken', () => {
  it('counts the fee once', () => {
    // 手续费 300.00 in the row, and the note: 手续费在放款时从贷款金额中扣除, 实际打款 4700.00.
    const t = readSpec({
      text: [
        '审核说明：利息按日利率0.05%、借款天数计算，到期与本金一次性归还；手续费在放款时从贷款金额中扣除，审核通过后实际打款 4700.00 元，到期应还 5075.00 元。',
      ],
      tables: [
        tableOf(
          ['贷款金额', '还款方式', '期限', '利息', '手续费'],
          [['5000', '到期一次性还本付息', '30天', '75.00', '300.00']],
        ),
      ],
    });
    expect(t.received).toBe('4700.00');
  });
});

describe('a person-to-person request card', () => {
  it('names the person under "请求对象（出借人）", past the avatar’s initial', () => {
    const t = readSpec({
      text: ['请求对象（出借人）', '闻', '闻致远', '借款人', '秦可岚'],
      pairs: [
        ['借款金额', '30,000.00 元'],
        ['借款期限', '12 个月'],
        ['年利率', '15%'],
        ['还款方式', '先息后本'],
        ['借款日期', '2026-05-06'],
      ],
    });
    expect([t.lenderType, t.lender.name]).toEqual(['private', '闻致远']);
  });
});

describe('a P2P approval page with the parties in its menu', () => {
  it('takes no role in a menu ("出借人 | 借款人") for a person lending', () => {
    const t = readSpec({
      lead: ['禾信桥', '首页', '出借人', '借款人', '关于我们'],
      pairs: [
        ['借款金额', '20,000.00 元'],
        ['借款期限', '12个月'],
        ['借款年利率', '12%'],
        ['还款方式', '等额本息'],
      ],
      text: ['审核结果： 已通过 ，共 3 位出借人完成出借'],
    });
    expect(t.lenderType).not.toBe('private');
    expect(t.lender.name).not.toBe('借款人');
  });
});
