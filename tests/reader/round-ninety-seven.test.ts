/**
 * Round ninety-seven's patterns (pages 3876–3943): bridge loans and advances (过桥, 赎楼垫资) with
 * their own words for the amount, the days and the sum repaid; loans against securities (a stock
 * pledge repo's 初始交易金额 and 购回交易金额, a bank app's "期限/利率 | 6个月/4.35%", a pledged
 * bond's 票面利率); layouts whose drawing order is not the markup's (values before labels,
 * column-reverse cells); figures split across elements (a thousands comma drawn by CSS); a
 * contract's fee in capitals and full-width figures paid before payout. Also round ninety-six's
 * open pages: a subsidised loan's borrower rate, a quote over product cards, a monthly fee one
 * repayment at the end carries, a site's partner list, a freight advance.
 */
import { describe, expect, it } from 'vitest';

import { readTerms } from '@/lib/reader';
import { chromiumPage } from '../support/chromium-page';
import { readPatternPage } from '../support/read-pattern-page';
import { rawOf, readSpec, tableOf, upfrontNamed } from '../support/raw';
import { scanPage } from '../support/scan-page';

describe('rates the page’s own figures place', () => {
  it('reads a rate with no period a year’s where the plan’s interest shows it (a subsidy’s rest)', () => {
    const t = readSpec({
      pairs: [
        ['借款金额', '200,000.00元'],
        ['放款日期', '2026-05-20'],
        ['贷款期限', '12个月'],
        ['贷款合同利率', '4.00%（LPR加100个基点）'],
        ['财政贴息', '2.50%（县财政局于结息时直接拨付贷款银行）'],
        ['个人承担利率', '1.50%'],
        ['还款方式', '到期一次性还本付息'],
      ],
      tables: [
        tableOf(
          ['期次', '到期日', '应还本金', '合同利息', '财政贴息', '个人应付利息', '个人应还合计'],
          [['1', '2027-05-20', '200,000.00', '8,000.00', '-5,000.00', '3,000.00', '203,000.00']],
        ),
      ],
    });
    const own = t.statedRates.find((r) => r.label === '个人承担利率');
    expect(own?.kind).toBe('annual-simple');
    expect(t.payments.map((p) => p.amount)).toEqual(['203000.00']);
  });

  it('keeps a quote’s rate over product cards that each state their own', () => {
    const card = (rate: string): [string, string][] => [
      ['产品简介', '车辆抵押贷款，解决资金周转'],
      ['适用客户', '个人'],
      ['产品周期', '1-6个月'],
      ['产品利息', rate],
    ];
    const t = readSpec({
      pairs: [
        ['借款金额', '50,000.00元'],
        ['借款期限', '3个月'],
        ['还款方式', '到期一次性还本付息'],
        ['产品利息', '1.5%/月'],
        ['利息', '2,250.00元'],
        ['到期应还', '52,250.00元'],
        ...card('1% - 1.5%'),
        ...card('0.04%-0.05%'),
        ...card('16%'),
      ],
    });
    const own = t.statedRates.filter((r) => r.context === undefined);
    expect(own.map((r) => `${r.kind}|${r.value}`)).toEqual(['monthly|0.015']);
  });

  it('splits "期限/利率 | 6个月/4.35%" into the term and the rate', () => {
    const t = readSpec({
      pairs: [
        ['用款金额(人民币元)', '80,000.00'],
        ['期限/利率', '6个月/4.35%'],
        ['还款方式', '到期一次性还本付息'],
      ],
      text: ['上述利率为年利率（单利）。'],
    });
    expect(t.termMonths).toBe(6);
    expect(t.statedRates.map((r) => `${r.kind}|${r.value}`)).toContain('annual-simple|0.0435');
  });

  it('reads no rate of the loan in a pledged bond’s 票面利率 or its 质押率', () => {
    const t = readSpec({
      pairs: [
        ['用款金额', '36,000.00'],
        ['期限', '12个月'],
        ['年利率', '4.20%'],
        ['还款方式', '等额本金'],
        ['票面利率', '2.38%'],
      ],
    });
    expect(t.statedRates.map((r) => r.value)).toEqual(['0.042']);
  });
});

describe('fees and when they are paid', () => {
  it('sums a monthly fee one repayment at the end carries, as the repayment bears out', () => {
    const t = readSpec({
      pairs: [
        ['借款金额', '50,000.00元'],
        ['借款期限', '3个月'],
        ['还款方式', '到期一次性还本付息'],
        ['产品利息', '1.5%/月'],
        ['利息', '2,250.00元'],
        ['停车费', '600.00元/月 × 3个月 = 1,800.00元'],
        ['到期应还', '54,050.00元'],
      ],
      text: ['押车期间车辆停放于本公司车库，停车费到期与本息一并支付。'],
    });
    const parking = t.fees.filter((f) => f.name === '停车费');
    expect(parking.map((f) => `${f.when}|${f.amount ?? ''}|${String(f.withLast)}`)).toEqual([
      'once|1800.00|true',
    ]);
    expect(t.payments.map((p) => p.amount)).toEqual(['54050.00']);
  });

  it('does not take a fee paid with each period for one paid before the loan', () => {
    const t = readSpec({
      pairs: [
        ['金额', '300,000.00'],
        ['计息方式', '等本等息（按月）'],
        ['期数', '3期'],
        ['每期资金占用费', '3,000.00'],
      ],
      text: [
        '为先行支付新房首付款，申请换房过桥资金300,000.00元，由汀岚小额贷款有限公司出借，按月等额归还本金，资金占用费按借款金额每月1.00%收取，随每期本金一并支付。',
      ],
    });
    expect(upfrontNamed(t)).toEqual([]);
  });

  it('reads a consignment advance’s monthly fee as monthly, "预付垫款" being the loan itself', () => {
    const t = readSpec({
      pairs: [
        ['预付垫款', '36,000.00元'],
        ['垫款期限', '3个月'],
        ['还款方式', '先息后本'],
        ['垫款手续费', '720.00元（2%）'],
        ['实际到账', '35,280.00元'],
        ['垫款服务费', '324.00元/月'],
      ],
      text: ['2. 垫款服务费按预付垫款的月服务费率0.9%按月收取，每月20日从绑定银行卡扣款。'],
    });
    expect(t.fees.find((f) => f.name === '垫款服务费')?.when).toBe('periodic');
    expect(t.received).toBe('35280.00');
  });

  it('takes a contract’s fee in capitals and full-width figures, paid before the money', () => {
    const t = readSpec({
      pairs: [
        ['借款金额', '人民币35,000.00元'],
        ['借款期限', '6个月'],
        ['还款方式', '按月付息、到期还本'],
        ['借款年利率', '14.40%'],
      ],
      text: [
        '乙方应于本合同签订当日、甲方放款之前，向甲方指定的服务机构汀澜融信咨询服务有限公司一次性支付借款咨询服务费人民币（大写）壹仟零伍拾元整（小写：￥１，０５０．００元）。',
      ],
    });
    expect(upfrontNamed(t)).toEqual(['借款咨询服务费|1050.00']);
    expect(t.received).toBe('33950.00');
  });
});

describe('advances and pledges in their own words', () => {
  it('reads a bridge order’s amount, days, what went out and what came back', () => {
    const t = readSpec({
      pairs: [
        ['过桥金额', '3,000,000.00'],
        ['出款日', '2026-09-15'],
        ['资金占用费率(‰/日)', '0.800‰'],
        ['用款天数', '10天'],
        ['服务费', '15,000.00'],
        ['实际出账金额', '2,985,000.00'],
        ['还款方式', '到期一次性还本付息'],
        ['应回款总额', '3,024,000.00'],
        ['原贷款金额', '3,000,000.00'],
        ['续贷期限', '12个月'],
      ],
      text: ['服务费按过桥金额一次性收取，出账时从过桥资金中扣收。'],
    });
    expect(t.principal).toBe('3000000.00');
    expect(t.termDays).toBe(10);
    expect(t.received).toBe('2985000.00');
    expect(t.payments.map((p) => p.amount)).toEqual(['3024000.00']);
  });

  it('reads an emergency fund’s 实际使用天数 as its term', () => {
    const t = readSpec({
      pairs: [
        ['使用金额', '1,000,000.00'],
        ['还款方式', '到期一次性还本付息'],
        ['实际使用天数', '6天'],
        ['使用费率', '0.01%/日'],
      ],
    });
    expect(t.termDays).toBe(6);
  });

  it('reads a redemption advance’s 垫资款 in a contract as the amount lent', () => {
    const t = readSpec({
      // (The contract's blanks are spans of their own: the clause up to a blank labels it.)
      pairs: [['甲方同意向乙方提供赎楼垫资款人民币（大写）', '肆拾伍万元整']],
      text: [
        '（小写：¥450,000.00元）。',
        '垫资期限为30天，自2026年3月2日起至2026年4月1日止。',
        '乙方应于2026年4月1日前向甲方归还垫资本金人民币450,000.00元及利息人民币10,800.00元，合计人民币460,800.00元。',
      ],
    });
    expect(t.principal).toBe('450000.00');
  });

  it('reads a stock pledge repo’s 初始交易金额, 回购期限 and 购回交易金额', () => {
    const t = readSpec({
      pairs: [
        ['初始交易金额', '人民币1,000,000.00元（大写：人民币壹佰万元整）'],
        ['初始交易日', '2026年4月10日'],
        ['回购期限', '182天'],
        ['购回利率（年化）', '6.80%'],
        ['购回交易金额', '人民币1,034,377.78元'],
      ],
    });
    expect(t.principal).toBe('1000000.00');
    expect(t.termDays).toBe(182);
    expect(t.payments.map((p) => p.amount)).toEqual(['1034377.78']);
  });

  it('reads a freight advance as the amount lent, and freight as no fee', () => {
    const t = readSpec({
      pairs: [
        ['预支运费金额', '24600.00元（上列6箱运费，按平台账期应于运费结算日支付）'],
        ['预支日利率', '0.06%'],
        ['服务费', '246.00元 （按预支运费金额1%收取，办理时一次扣收）'],
      ],
    });
    expect(t.principal).toBe('24600.00');
    expect(t.fees.some((f) => /运费/.test(f.name))).toBe(false);
  });

  it('names the 垫资方 the lender, not the bank the advance repays', () => {
    const t = readSpec({
      pairs: [
        ['赎楼金额', '680,000.00元'],
        ['垫资天数', '20天'],
        ['日垫资费率', '0.1%'],
        ['垫资方', '澄湾小额贷款有限公司'],
      ],
      text: ['说明：垫资款由垫资方直接划入原按揭银行还款账户，不经过业主本人账户。'],
    });
    expect([t.lenderType, t.lender.name]).toEqual(['small-loan', '澄湾小额贷款有限公司']);
  });

  it('names no partner bank under a site’s 官方合作 the lender', () => {
    const t = readSpec({
      pairs: [
        ['借款金额', '50,000.00元'],
        ['借款期限', '3个月'],
        ['月利率', '1.5%'],
      ],
      text: ['官方合作', '澄江农商银行', '岚溪村镇银行', '车估通'],
    });
    expect(t.lenderType).not.toBe('bank');
  });
});

describe('pages that are no loan to check', () => {
  it('reads no loan from a settled record whose button offers to borrow again', () => {
    const t = readTerms(
      rawOf({
        title: '借款记录详情',
        pairs: [
          ['借款金额', '3,000.00元'],
          ['借款期限', '30天'],
          ['日利率', '0.05%'],
          ['应还本息', '3,045.00元'],
          ['已还金额', '3,045.00元'],
          ['剩余应还', '0.00元'],
        ],
        text: ['再借一笔', '老用户专享 日息低至0.03%', '1. 本笔借款已全部结清，无需再还款。'],
      }),
    );
    expect(t).toBeNull();
  });
});

describe('layouts read by the real scanner', () => {
  const chromium = chromiumPage();

  it('pairs labels drawn above their figures by column-reverse, not the section heading', async () => {
    await chromium.page.setContent(
      `<!doctype html><html lang="zh-CN"><head><style>
        .it { display: flex; flex-direction: column-reverse; padding: 8px; }
        .two { display: grid; grid-template-columns: 1fr 1fr; }
      </style></head><body>
        <h4>借款明细</h4>
        <div class="two">
          <div class="it"><span>3,000.00元</span><span>借款金额</span></div>
          <div class="it"><span>30天</span><span>借款期限</span></div>
          <div class="it"><span>0.05%</span><span>日利率</span></div>
          <div class="it"><span>到期一次性还本付息</span><span>还款方式</span></div>
        </div>
      </body></html>`,
      { waitUntil: 'load' },
    );
    const t = readTerms(await scanPage(chromium.page, { maxRounds: 1 }));
    expect(t?.principal).toBe('3000.00');
    expect(t?.termDays).toBe(30);
  });

  it('reads a figure whose thousands comma CSS draws between its groups', async () => {
    await chromium.page.setContent(
      `<!doctype html><html lang="zh-CN"><head><style>
        .int i { font-style: normal; } .int i + i::before { content: ","; }
      </style></head><body>
        <p><span>到账金额</span> <span class="amt"><span>¥</span><span class="int"><i>11</i><i>400</i></span><span>.00</span></span></p>
      </body></html>`,
      { waitUntil: 'load' },
    );
    const raw = await scanPage(chromium.page, { maxRounds: 1 });
    expect(raw.blocks.map((b) => b.text.trim())).toContain('¥11,400.00');
  });

  it('reads a fee’s row of items set apart by "·", and a fee paid at application off what arrives', async () => {
    const row = (items: string[]): string =>
      `<p>${items.map((x) => `<span>${x}</span>`).join('<span>·</span>')}</p>`;
    await chromium.page.setContent(
      `<!doctype html><html lang="zh-CN"><body>
        <p><span>借款金额（元）</span> <span>20,000.00</span></p>
        <p><span>借款期限</span> <span>12期</span></p>
        <p><span>还款方式</span> <span>等额本息</span></p>
        <p><span>月利率</span> <span>1.20%</span></p>
        <p><span>每期应还</span> <span>1,799.51元</span></p>
        ${row(['资料审核费', '申请阶段', '¥300.00', '已从预付款核销'])}
        ${row(['放款服务费', '放款阶段', '¥400.00', '放款时从借款金额中扣除'])}
        <p><span>实际到账（放款金额扣除放款服务费后）</span> <span>¥19,600.00</span></p>
      </body></html>`,
      { waitUntil: 'load' },
    );
    const t = readTerms(await scanPage(chromium.page, { maxRounds: 1 }));
    expect(t && upfrontNamed(t)).toEqual(['放款服务费|400.00', '资料审核费|300.00']);
    expect(t?.received).toBe('19300.00');
  });

  it('reads the chosen one of two term buttons by a class that says so and its colour', async () => {
    await chromium.page.setContent(
      `<!doctype html><html lang="zh-CN"><head><style>
        .btn { color: #00b4ff; background: #fff; } .btn-primary { color: #fff; background: #00b4ff; }
      </style></head><body>
        <p>请选择借款时长</p>
        <div><button class="btn num" type="button">7天</button><button class="btn btn-primary num" type="button">14天</button></div>
      </body></html>`,
      { waitUntil: 'load' },
    );
    const raw = await scanPage(chromium.page, { maxRounds: 1 });
    expect(raw.controls.filter((c) => c.checked).map((c) => c.label)).toEqual(['14天']);
  });

  it('reads no option of the loan in a site menu’s current item', async () => {
    await chromium.page.setContent(
      `<!doctype html><html lang="zh-CN"><body>
        <ul class="el-menu"><li class="el-menu-item">现金结算</li><li class="el-menu-item is-active">七天结算</li><li class="el-menu-item">司机报表</li></ul>
        <nav><a class="active">首页</a><a>我要贷款</a><a>关于我们</a></nav>
        <p>借款金额：5,000.00元</p>
      </body></html>`,
      { waitUntil: 'load' },
    );
    const raw = await scanPage(chromium.page, { maxRounds: 1 });
    expect(raw.controls.filter((c) => c.checked)).toEqual([]);
  });

  it('does not read another row’s figure after a fee a clause names, values drawn before labels', async () => {
    // Page 3900: each row's value floated right before its label in the markup; the clause under
    // the plan names the fee the list states.
    const t = await readPatternPage(chromium.page, 3900);
    expect(t && upfrontNamed(t)).toEqual(['平台服务费|300.00']);
  });
});
