/**
 * Round one hundred and three's patterns (pages 4308–4375): open-source loan systems translated
 * into Chinese, plans shown a page at a time, foreign banks' bilingual pages, Go-rendered back
 * offices, refinancing offers beside the loans they pay off, phone and carrier instalments.
 */
import { describe, expect, it } from 'vitest';

import { parseMoney } from '@/lib/parse/money';
import { readTerms } from '@/lib/reader';
import { chromiumPage } from '../support/chromium-page';
import { readPatternPage } from '../support/read-pattern-page';
import { amountsOf, rawOf, readSpec, tableOf, upfrontNamed } from '../support/raw';

const monthly = (n: number, from: [number, number], day: number): string[] =>
  Array.from({ length: n }, (_, i) => {
    const m = from[1] - 1 + i;
    return `${String(from[0] + Math.floor(m / 12))}-${String((m % 12) + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  });

describe('loan systems translated into Chinese', () => {
  it('reads 核准本金 as the amount lent', () => {
    const t = readSpec({
      pairs: [
        ['核准本金', '¥ 3,000.00'],
        ['管理费合计', '¥ 150.00'],
        ['应还总额', '¥ 3,150.00'],
        ['起始日期', '2026-05-06'],
        ['最后还款日', '2026-06-06'],
      ],
      tables: [tableOf(['#', '还款日', '应还金额'], [['1', '2026-06-06', '3,150.00']])],
    });
    expect(t.principal).toBe('3000.00');
  });

  it('reads a figure with its currency symbol after it ("12000 ¥")', () => {
    expect(parseMoney('12000 ¥')).toEqual({ value: '12000.00' });
    expect(parseMoney('12,000 ¥')).toEqual({ value: '12000.00' });
  });

  it('reads a fee on the unnumbered row 0 that pays the loan out, by its date and balance', () => {
    // Mifos X: row 0 has no period, the payout date, the balance lent and the fee taken then.
    const dates = monthly(12, [2026, 2], 15);
    const t = readSpec({
      pairs: [['批准金额', '30,000']],
      tables: [
        tableOf(
          // (Group and column headings run together, as the scanner reads them.)
          [
            '#',
            '日期',
            '贷款金额和余额贷款余额',
            '总贷款成本利息',
            '总贷款成本小费',
            '分期付款总额因',
          ],
          [
            ['', '2026-01-15', '30,000', '', '900', '900'],
            ...dates.map((d, i) => [
              String(i + 1),
              d,
              '0',
              '0',
              '0',
              i === 11 ? '2,699.28' : '2,699.26',
            ]),
          ],
        ),
      ],
    });
    expect(upfrontNamed(t).map((f) => f.split('|')[1])).toEqual(['900.00']);
    expect(t.received).toBe('29100.00');
  });

  it('reads the principal part of an interest-only plan over a sums row left blank under it', () => {
    // Odoo: "待还本金" repeats 200,000 on every row; "本金 Principal" is 0.00 until the last.
    const dates = monthly(12, [2026, 5], 1);
    const t = readSpec({
      pairs: [['贷款金额', '¥ 200,000.00']],
      tables: [
        tableOf(
          ['序号', '日期', '待还本金', '付款金额', '本金 Principal', '利息 Interests'],
          [
            ...dates.map((d, i) => [
              String(i + 1),
              d,
              '¥ 200,000.00',
              i === 11 ? '¥ 201,500.00' : '¥ 1,500.00',
              i === 11 ? '¥ 200,000.00' : '¥ 0.00',
              '¥ 1,500.00',
            ]),
            ['', '', '', '¥ 218,000.00', '', '¥ 18,000.00'],
          ],
        ),
      ],
    });
    expect(amountsOf(t).slice(0, 2)).toEqual(['1500.00', '1500.00']);
    expect(amountsOf(t).at(-1)).toBe('201500.00');
  });
});

describe('plans shown a page at a time', () => {
  it('reads 借款期次 as the term, beyond the ten rows of the plan’s first page', () => {
    const dates = monthly(10, [2026, 4], 20);
    const t = readSpec({
      pairs: [
        ['合同金额：', '80,000.00'],
        ['借款期次：', '24'],
        ['期利率：', '0.80%'],
      ],
      tables: [
        tableOf(
          ['期次', '计划还款时间', '期还款总额'],
          dates.map((d, i) => [String(i + 1), d, '3,676.84']),
        ),
      ],
    });
    expect(t.termMonths).toBe(24);
    expect(t.payments).toHaveLength(24);
  });

  it('takes the term from the last due date when the plan stops before it (page one of two)', () => {
    const dates = monthly(10, [2026, 2], 15);
    const t = readSpec({
      pairs: [
        ['核准本金', '¥ 40,000.00'],
        ['应还总额', '¥ 48,550.00'],
        ['起始日期', '2026-01-15'],
        ['最后还款日', '2027-07-15'],
      ],
      tables: [
        tableOf(
          ['#', '还款日', '应还金额'],
          dates.map((d, i) => [String(i + 1), d, '2,697.22']),
        ),
      ],
      text: ['上一页', '第 1 / 2', '下一页'],
    });
    expect(t.termMonths).toBe(18);
  });
});

describe('refinancing: the loan paid off is not the loan', () => {
  it('takes the old loan’s rate as another loan’s and its payoff charge as none of this one', () => {
    const t = readSpec({
      pairs: [
        [
          '原借款',
          '澄川小额贷款有限公司，剩余本金82,000.00元，月利率1.5%，当期利息1,230.00元，提前结清手续费230.25元，合计结清金额83,460.25元。',
        ],
        ['借款金额', '¥120,000.00'],
        ['借款期限', '24期'],
        ['还款方式', '等额本息'],
        ['年利率（单利）', '10.80%'],
      ],
      text: ['逾期的，按逾期本金每日0.05%计收罚息。提前还款不收取违约金。'],
    });
    expect(t.statedRates.find((r) => r.value === '0.015')?.context).toBe('other-option');
    expect(t.prepayment?.penalty).toBe(false);
    expect(t.prepayment?.text).toContain('提前还款不收取违约金');
  });

  it('takes "原借款年利率18.00%" inside a contract’s clause as the old loan’s', () => {
    const t = readSpec({
      pairs: [['借款金额', '¥48,000.00']],
      text: [
        '本借款专项用于结清借款人在汀岸小额贷款有限公司的原借款（剩余本金47,620.00元，应付利息380.00元，原借款年利率18.00%）。',
        '借款期限12个月，借款年利率（单利）为7.20%，等额本金还款。',
      ],
    });
    expect(t.statedRates.find((r) => r.value === '0.18')?.context).toBe('other-option');
    expect(t.statedRates.find((r) => r.value === '0.072')?.primary).toBe(true);
  });

  it('reads the new loan’s amount, and the old loan’s row of its table as the old loan’s', () => {
    const t = readSpec({
      pairs: [
        ['新贷款金额', '¥680,000.00'],
        ['贷款期限', '240期'],
        ['还款方式', '等额本息'],
        ['年利率', '3.60%'],
      ],
      tables: [
        tableOf(
          ['项目', '内容', '说明'],
          [['原贷款银行', '汀岸银行', '剩余本金650,000.00元，年利率4.92%，月供4,261.04元']],
        ),
      ],
    });
    expect(t.principal).toBe('680000.00');
    expect(t.statedRates.find((r) => r.value === '0.0492')?.context).toBe('other-option');
  });

  it('reads a bank’s approval under its calculator as the reader’s loan', () => {
    const t = readSpec({
      lead: ['转按揭（他行房贷转入）月供计算器'],
      pairs: [
        ['贷款人', '溪禾银行股份有限公司'],
        ['贷款金额', '¥680,000.00'],
        ['贷款期限', '240期（20年）'],
        ['还款方式', '等额本息'],
        ['年利率', '3.45%'],
      ],
      text: ['本行审批结果'],
    });
    expect(t.principal).toBe('680000.00');
  });
});

describe('foreign banks’ bilingual pages', () => {
  it('reads 套现金额 and 预估每月供款, and keeps a rate’s Chinese name before its English gloss', () => {
    const t = readSpec({
      pairs: [
        ['套现金额:', 'RMB 60,000'],
        ['分期期数:', '24 个月'],
        ['预估每月供款:', 'RMB 2,710'],
        ['实际年利率 (APR)', '4.20%'],
      ],
      text: [
        '提前清还全部未偿本金的，未到期各期手续费不再收取，已入账手续费不予退还，不收取其他费用。',
      ],
    });
    expect(t.principal).toBe('60000.00');
    expect(amountsOf(t)[0]).toBe('2710.00');
    expect(t.statedRates.find((r) => r.value === '0.042')?.label).toBe('实际年利率 (APR)');
    expect(t.prepayment?.text).toContain('提前清还');
  });

  it('reads the amount a contract says the lender pays out ("向乙方发放个人贷款人民币贰拾万元整")', () => {
    const t = readSpec({
      text: [
        '甲方同意向乙方发放个人贷款人民币贰拾万元整（小写：RMB 200,000.00）。',
        '本合同项下贷款执行固定年利率6.60%，等额本息，共36期。',
      ],
    });
    expect(t.principal).toBe('200000.00');
  });

  it('reads no loan in a product page’s trial tool, where nothing was applied for', () => {
    const raw = rawOf({
      lead: ['柏思 Owner Card', '分期最长还款期', '长达 60 个月', 'Owner Card 大额资金分期试算机'],
      pairs: [
        ['拟提取 / 分期金额', 'RMB 360,000'],
        ['自选分期期数（月）', '36 期'],
        ['预计每月还款', 'RMB 10,504'],
        ['每月优惠手续费', 'RMB 504'],
        ['总还款额', 'RMB 378,144'],
      ],
      text: [
        '共 36 期',
        '月平息 0.14%',
        '总手续费 RMB 18,144',
        '* 试算结果仅供参考。实际月平息及每月还款额以最终审批结果为准。',
        '以此额度申请',
      ],
    });
    expect(readTerms(raw)).toBeNull();
  });
});

describe('phone and carrier instalments', () => {
  it('takes no phone plan’s prepaid credit for a fee, nor its months of rebate for the term', () => {
    const t = readSpec({
      pairs: [
        ['预存话费：', '￥4,800'],
        ['分期金额：', '￥4,800.00（预存话费，由澜信消费金融直接支付给青岚通信）'],
        ['分期期数：', '12期'],
        ['还款方式：', '等额本息'],
        ['年利率：', '7.20%'],
        ['分期服务费：', '每期 ￥28.80，随每期本息一并收取'],
        ['每期还款：', '￥444.57（末期 ￥444.58）'],
      ],
      text: ['199套餐(60G国内流量，预存话费分24个月返还，每月200元)'],
    });
    expect(t.termMonths).toBe(12);
    expect(t.fees.filter((f) => f.when === 'periodic').map((f) => f.amount)).toEqual(['28.80']);
  });

  it('reads a first rent "下单即付" as paid down: the rest of the price is lent', () => {
    const t = readSpec({
      text: [
        '支付成功！',
        '商品名称：星岩 S7 8GB+256GB（以租代购·租满12期归您）',
        '支付金额：￥279.00 * 12期',
      ],
      pairs: [
        ['本次实付：', '￥279.00（第1期租金，下单即付）'],
        ['商品价值：', '￥2,999.00'],
        ['租期：', '12期（按月）'],
        ['月租金：', '￥279.00 / 期'],
        ['租期届满：', '付清12期租金，手机即归您所有，无需另付买断款'],
        ['出租方：', '澄屿融资租赁有限公司'],
      ],
    });
    expect(t.principal).toBe('2720.00');
    expect(t.payments).toHaveLength(11);
  });

  it('takes no "129元套餐" for the amount, and the principal part the 月供 is made of', () => {
    const t = readSpec({
      pairs: [
        ['分期期数：', '24期'],
        ['月供金额：', '￥246.6'],
      ],
      text: ['（本金：￥225 +手续费:￥21.6）'],
      controls: [
        { kind: 'radio', checked: true, label: '129元套餐', locator: 'ul > li:nth-of-type(1)' },
        { kind: 'radio', checked: false, label: '169元套餐', locator: 'ul > li:nth-of-type(2)' },
      ],
    });
    expect(t.principal).toBe('5400.00');
  });

  it('takes no "分期银行：" label for the lender’s name', () => {
    const t = readSpec({
      text: ['分期银行：', '岚江银行'],
      pairs: [
        ['分期金额', '¥5,400.00'],
        ['分期期数', '24期'],
        ['每期还款', '¥246.60'],
      ],
    });
    expect(t.lender.name).toBe('岚江银行');
  });
});

describe('a P2P investor’s account', () => {
  it('reads no loan where the plan opens at the very sum "我的投资金额" says was put in', () => {
    const raw = rawOf({
      lead: ['我要借款', '投资账户'],
      pairs: [['我的投资金额', '¥10000.00']],
      tables: [
        tableOf(
          ['还款期数', '本期应还利息', '本期应还本金', '本期应还总额', '期初本金'],
          [
            ['1', '¥100.00', '¥788.49', '¥888.49', '¥10000.00'],
            ['2', '¥92.12', '¥796.37', '¥888.49', '¥9211.51'],
            ['3', '¥84.15', '¥804.34', '¥888.49', '¥8415.14'],
          ],
        ),
      ],
    });
    expect(readTerms(raw)).toBeNull();
  });
});

describe('pages read by the real scanner', () => {
  const chromium = chromiumPage();

  it('reads a loan list’s row and the first page of its plan (page 4320, 39.6 % before)', async () => {
    // The row's id cell is coloured as a link, and a pager sits under the plan's first ten rows.
    const t = await readPatternPage(chromium.page, 4320);
    expect(t?.principal).toBe('36000.00');
    expect(t?.termMonths).toBe(24);
  });

  it('takes an instalment said in an approval note when n of them are the stated total (page 4345)', async () => {
    // "…起始日期定为 2026-07-01，每月 960.00 元，共 12 期" beside "应还总额 ¥ 11,520.00" in the locked terms.
    const t = await readPatternPage(chromium.page, 4345);
    expect(t?.payments.map((p) => p.amount)).toEqual(Array<string>(12).fill('960.00'));
  });

  it('reads no loan on the investor’s side of the same site (page 4326)', async () => {
    expect(await readPatternPage(chromium.page, 4326)).toBeNull();
  });
});
