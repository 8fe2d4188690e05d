/**
 * Round sixty-nine's patterns and two left over from round sixty-eight: a plan row whose parts
 * follow its amount in brackets; a lease-back's rows labelled "第1期 2026-06-08：" with the last
 * one's amount summed in brackets; a fee rate taken once at payout whose amount the page names; a
 * fee "按月随本金一并扣收" that is each period's, not one paid with the last; a plan whose header is
 * drawn apart, its rows opening with their dates; plan cards under the loan's own fee; the bank of
 * the borrower's own card under a bare 收款银行卡; a caption after an icon's glyph; and 总分期金额. Each
 * expected figure is worked by hand beside it, not with lib/finance. A record of repayments under a
 * notice that the loan is settled is held by pattern page 2583: built by hand, it reads as no loan
 * without the fix.
 */
import { describe, expect, it } from 'vitest';
import { readTerms } from '@/lib/reader';
import {
  amountsOf as amounts,
  rawOf,
  readSpec,
  tableOf,
  upfrontNamed as upfront,
} from '../support/raw';

describe('a plan row whose parts follow its amount in brackets', () => {
  it('keeps the insurance premium the row names inside its amount', () => {
    // 6,000 over 3 months 等额本息 at 0.6 % a month: 2,024.05 (the last 2,024.04), interest 36.00,
    // 24.07, 12.07 on the balance; a 保证保险费 of 30.00 each month on top.
    const rows = [
      ['1', '2026-07-18　应还2,054.05元（本金1,988.05 + 利息36.00 + 保证保险费30.00）'],
      ['2', '2026-08-18　应还2,054.05元（本金1,999.98 + 利息24.07 + 保证保险费30.00）'],
      ['3', '2026-09-18　应还2,054.04元（本金2,011.97 + 利息12.07 + 保证保险费30.00）'],
    ];
    const t = readSpec({
      pairs: [
        ['借款金额', '6,000.00元'],
        ['借款期限', '3期'],
        ['贷款年利率（单利）', '7.20%'],
      ],
      tables: [tableOf([], rows, '#plan')],
    });
    expect(amounts(t)).toEqual(['2054.05', '2054.05', '2054.04']);
    expect(t.payments.map((p) => p.dueDate)).toEqual(['2026-07-18', '2026-08-18', '2026-09-18']);
  });
});

describe('a lease-back’s rent plan, one label and amount per row', () => {
  it('reads "第1期 2026-06-08：" as the row and the last amount whose brackets add up to it', () => {
    // 175.00 + 3,500.00 = 3,675.00: the last rent and the buy-back price.
    const t = readSpec({
      pairs: [
        ['回收价', '3,500.00元'],
        ['回租期限', '3个月'],
        ['月租金', '175.00元'],
      ],
      text: [
        '租金计划',
        '第1期 2026-06-08：',
        '175.00元',
        '第2期 2026-07-08：',
        '175.00元',
        '第3期 2026-08-08：',
        '3,675.00元（租金175.00元＋回购价3,500.00元）',
      ],
    });
    expect(amounts(t)).toEqual(['175.00', '175.00', '3675.00']);
    expect(t.payments[2]?.dueDate).toBe('2026-08-08');
  });
});

describe('a fee rate taken once at payout', () => {
  it('is kept back where the page names its amount under the fee’s own name', () => {
    // 3 % of 50,000 = 1,500.00, "放款后一次收取": 48,500.00 reaches the borrower.
    const t = readSpec({
      pairs: [
        ['借款金额', '50,000.00元'],
        ['借款期限', '6个月'],
        ['贷款利率', '月利率0.70%'],
        ['服务费率', '3.00%（放款后一次收取）'],
        ['费用预估', '利息2,100.00 + 服务费1,500.00 = 3,600.00'],
        ['还款方式', '先息后本'],
      ],
    });
    expect(upfront(t)).toEqual(['服务费|1500.00']);
    expect(t.received).toBe('48500.00');
  });

  it('is not, where nothing says it is taken at payout', () => {
    const t = readSpec({
      pairs: [
        ['借款金额', '50,000.00元'],
        ['借款期限', '6个月'],
        ['贷款利率', '月利率0.70%'],
        ['服务费率', '3.00%'],
        ['费用预估', '利息2,100.00 + 服务费1,500.00 = 3,600.00'],
        ['还款方式', '先息后本'],
      ],
    });
    expect(upfront(t)).toEqual([]);
  });
});

describe('a fee collected "按月随本金一并扣收"', () => {
  it('is each period’s, not a fee paid once more with the last', () => {
    // 12,000 in 12 instalments of 1,000.00 + 144.00 service fee: 1,144.00 each, 13,728.00 in all.
    const t = readSpec({
      pairs: [
        ['代偿金额', '12,000.00元'],
        ['分期期数', '12期（每月20日还款）'],
        ['每期应还', '1,144.00元'],
        ['其中本金', '1,000.00元/期'],
        ['服务费', '144.00元/期'],
        ['合计应还', '13,728.00元'],
      ],
      text: ['服务费由平台按月随本金一并扣收。'],
    });
    expect(new Set(amounts(t))).toEqual(new Set(['1144.00']));
    expect(t.payments).toHaveLength(12);
  });
});

describe('a plan whose header is drawn apart from its rows', () => {
  it('reads rows that open with later and later dates as the periods, with those dates', () => {
    // 等额本金 on 30,000 over 24 months at 0.5 %: 1,250.00 principal + 150.00, 143.75, … interest.
    const rows = [
      ['2026-04-18', '￥1400.00', '1250.00', '150.00', '已还'],
      ['2026-05-18', '￥1393.75', '1250.00', '143.75', '已还'],
      ['2026-06-18', '￥1387.50', '1250.00', '137.50', '待还'],
    ];
    const t = readSpec({
      pairs: [
        ['代偿本金(元)', '30000.00'],
        ['还款方式', '等额本金，24期，每月18日'],
        ['年化利率（单利）', '6.00%'],
      ],
      tables: [tableOf([], rows, '#planList')],
    });
    expect(t.payments.slice(0, 3).map((p) => [p.dueDate, p.amount])).toEqual([
      ['2026-04-18', '1400.00'],
      ['2026-05-18', '1393.75'],
      ['2026-06-18', '1387.50'],
    ]);
  });
});

describe('an investor’s list of what comes back, rows opening with dates', () => {
  it('is no plan of the reader’s: money in, from several loans', () => {
    const row = (
      d: string,
      all: string,
      p: string,
      i: string,
      mark: string,
      id: string,
    ): string[] => [d, all, '本金:', p, '利息:', i, mark, `项目编号: ${id}`];
    const raw = rawOf({
      lead: ['回款计划', '待回款总额度:', '￥10,906.80'],
      tables: [
        tableOf(
          [],
          [
            row('2026/05/08', '￥1,245.60', '1,100.00', '145.60', '5/12期回款', 'HL-0088'),
            row('2026/05/15', '￥862.40', '800.00', '62.40', '3/6期回款', 'HL-0192'),
            row('2026/06/08', '￥1,245.60', '1,111.00', '134.60', '6/12期回款', 'HL-0088'),
          ],
        ),
      ],
    });
    expect(readTerms(raw)?.payments ?? []).toEqual([]);
  });
});

describe('plan cards under the loan’s own fee', () => {
  it('are read though a 平台服务费 stands above them', () => {
    // 6,000 at 18 % a year 先息后本 over 3 months: 90.00 interest a month, 6,090.00 at the end.
    const t = readSpec({
      pairs: [
        ['借款金额', '6,000'],
        ['利息', '270'],
        ['年利率（单利）', '18%'],
        ['平台服务费', '600'],
        ['应还总额', '6,270'],
        ['还款方式', '先息后本'],
        ['到期日', '2026/08/05'],
        ['应还金额', '90'],
        ['到期日', '2026/09/05'],
        ['应还金额', '90'],
        ['到期日', '2026/10/05'],
        ['应还金额', '6,090'],
      ],
    });
    expect(amounts(t)).toEqual(['90.00', '90.00', '6090.00']);
  });
});

describe('the bank of the borrower’s own card', () => {
  it('under a bare 收款银行卡 label lends nothing', () => {
    const t = readSpec({
      pairs: [
        ['借款金额', '6,000.00元'],
        ['借款期限', '3个月'],
        ['年利率（单利）', '18%'],
      ],
      text: [
        '收款银行卡',
        '青禾银行',
        '储蓄卡（4417）',
        '借款服务由澜屿网络小额贷款有限公司提供，澄岸钱包为信息服务平台。',
      ],
    });
    expect(t.lender.name).not.toBe('青禾银行');
  });
});

describe('an instalment order’s amount', () => {
  it('is the figure under a caption that follows an icon’s glyph ("青 | 总分期金额(元) | 9,600.00")', () => {
    const raw = rawOf({
      pairs: [['青', '总分期金额(元)']],
      text: ['9,600.00', '期数', '12期', '每期还款', '800.00元'],
    });
    // (The later runs paired as the scanner pairs a label and the value beside it.)
    raw.pairs.push(
      { label: '期数', value: '12期', via: 'same-element', labelBlock: 3, valueBlock: 4 },
      { label: '每期还款', value: '800.00元', via: 'same-element', labelBlock: 5, valueBlock: 6 },
    );
    const t = readTerms(raw);
    expect(t?.principal).toBe('9600.00');
  });
});

describe('a total of principal and interest with its parts in brackets after it', () => {
  it('gives the amount lent where the parts add up to the total', () => {
    // 30,000 for 183 days at 0.02 % a day: 30,000 × 0.0002 × 183 = 1,098.00 interest.
    const t = readSpec({
      pairs: [['授信额度', '30000元']],
      text: [
        '用款期限自2026年4月10日至2026年10月10日，共183天，日利率0.02%，到期一次性还本付息，到期应还本息合计31,098.00元（本金30,000.00元＋利息1,098.00元）。',
      ],
    });
    expect(t.principal).toBe('30000.00');
  });
});

describe('the lender’s name', () => {
  it('is not the page’s own name in its title ("青栀分期 - 我的待还")', () => {
    const t = readSpec({
      title: '青栀分期 - 我的待还',
      lead: ['我的待还'],
      pairs: [
        ['借款金额', '3600.00元'],
        ['分期期限', '3期'],
        ['每期应还', '1272.00元'],
      ],
    });
    expect(t.lender.name).not.toBe('我的待还');
  });

  it('leaves out the card heading run into it ("借款信息 沐岚消费金融有限公司")', () => {
    const t = readSpec({
      lead: ['借款信息   沐岚消费金融有限公司'],
      pairs: [
        ['借款金额', '￥15,000.00'],
        ['期限', '12期'],
        ['年化利率（单利）', '9.00%'],
      ],
    });
    expect(t.lender.name).toBe('沐岚消费金融有限公司');
  });
});
