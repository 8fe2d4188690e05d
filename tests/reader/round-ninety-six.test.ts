/**
 * Round ninety-six's patterns (pages 3780–3859): an old e-banking frameset; a contract's price list
 * by term beside the loan's own term; words drawn by CSS around a figure; a one-column table of
 * labels over their values; a product's setup with its bounds; fees paid apart before the money
 * is lent (from a shop's balance, at signing, with the application); a summary line of fields set
 * apart by "·"; two fees named before when they are paid; early redemption of a pledge. Also round
 * ninety-five's: a fee in an instalment's brackets, "月利率费", a collector's or a new creditor's
 * words before the lender's name.
 */
import { describe, expect, it } from 'vitest';

import { readTerms } from '@/lib/reader';
import { chromiumPage } from '../support/chromium-page';
import { rawOf, readSpec, tableOf, upfrontNamed } from '../support/raw';
import { scanPage } from '../support/scan-page';

describe('fees paid apart before the money is lent', () => {
  const loan: [string, string][] = [
    ['借款金额', '¥80,000.00'],
    ['借款期限', '6个月'],
    ['还款方式', '先息后本'],
    ['年化利率', '15.00%'],
  ];

  it('takes a fee taken from a shop’s balance, the loan paid out once it is', () => {
    const t = readSpec({
      pairs: loan,
      text: [
        '费用说明：本笔借款的平台服务费1,200.00元已于借款申请当日从店铺余额中扣除，扣款成功后放款80,000.00元至店铺提现账户。',
      ],
    });
    expect(upfrontNamed(t)).toEqual(['平台服务费|1200.00']);
    expect(t.received).toBe('78800.00');
  });

  it('takes off what arrives a fee "签约时已另行支付，不在放款中扣除"', () => {
    const t = readSpec({
      pairs: [
        ...loan,
        ['资料审核费', '1,000.00 元（签约时已另行支付，不在放款中扣除）'],
        ['到账金额', '80,000.00 元'],
      ],
    });
    expect(t.received).toBe('79000.00');
  });

  it('takes off what arrives a fee a clause elsewhere says is paid before payout', () => {
    const t = readSpec({
      pairs: [...loan, ['放款金额（元）', '80,000.00'], ['平台服务费（元）', '1600.00']],
      text: [
        '平台服务费按借款金额2%收取，借款主体须在放款前向运链通平台一次性支付，支付后方可放款。',
      ],
    });
    expect(t.received).toBe('78400.00');
  });

  it('takes an appraisal fee paid when the application was made', () => {
    const t = readSpec({
      pairs: [...loan, ['抵押物评估费(元)', '2,400.00(已支付)']],
      text: [
        '本笔抵押贷款的抵押物评估费2,400.00由借款人承担，已于2026-04-08提交申请时支付给评估机构，不在放款金额中扣除。',
      ],
    });
    expect(upfrontNamed(t)).toEqual(['抵押物评估费|2400.00']);
  });
});

describe('terms on record pages', () => {
  it('reads 每期扣账金额 as the instalment of a card’s car instalment', () => {
    const t = readSpec({
      pairs: [
        ['申请金额(元)', '110,600.00'],
        ['还款期数(月)', '24期'],
        ['每期扣账金额(元)', '4,940.13'],
        ['每期手续费率', '0.30%'],
      ],
      text: [
        '分期本金按期数平均摊还，分期手续费按月收取，每期手续费率0.30%（每期手续费331.80元）。',
      ],
    });
    expect(t.payments[0]?.amount).toBe('4940.13');
    expect(t.repaymentMethod).toBe('等本等息');
  });

  it('starts a student loan on the day it moves into repayment, from a line of fields', () => {
    const t = readSpec({
      text: [
        '校园地国家助学贷款 · 合同签订日期 2022-09-05 · 贷款总额 32,000.00元 · 转入还款期日期 2026-07-20 · 执行年利率 2.80%',
      ],
      pairs: [
        ['贷款金额', '32,000.00元'],
        ['还款期限', '48个月'],
        ['还款方式', '等额本息'],
      ],
    });
    expect(t.disbursementDate).toBe('2026-07-20');
  });

  it('takes both fees a redemption collects, and early redemption as prepaying', () => {
    const t = readSpec({
      title: '赎回',
      pairs: [
        ['借款金额', '8,000.00元'],
        ['借款期限', '30天'],
        ['还款方式', '到期一次性还本付息'],
        ['日利率', '0.05%'],
        ['鉴定保管费', '160.00元'],
        ['平台服务费', '280.00元'],
        ['赎回应付合计', '8,560.00元'],
      ],
      text: [
        '赎回金额=本金+利息+鉴定保管费+平台服务费，鉴定保管费和平台服务费在赎回时与本息一并收取。',
        '可提前赎回，利息按实际天数计算，鉴定保管费及平台服务费不退。',
      ],
    });
    expect(t.payments.map((p) => p.amount)).toEqual(['8560.00']);
    expect(t.prepayment?.penalty).toBe(false);
    expect(t.lender.name).toBeNull();
  });

  it('does not take an instalment’s fee in brackets for a fee due on its day', () => {
    const t = readSpec({
      pairs: [
        ['贷款金额', '80,000.00'],
        ['期限', '12期'],
        ['还款方式', '先息后本'],
        ['执行年利率', '7.8%'],
        ['账户管理费', '0.2%/月（160.00元/期）'],
      ],
      text: [
        '您的生猪养殖贷第4期应还680.00元（含利息520.00元、账户管理费160.00元）将于2026-05-18自动扣款。',
      ],
    });
    expect(t.fees.filter((f) => f.dueDate !== undefined)).toEqual([]);
  });

  it('names the lender after a new creditor’s or a collector’s words', () => {
    const a = readSpec({
      pairs: [
        ['借款金额', '10,000.00元'],
        ['借款期限', '12期'],
        ['还款方式', '等本等息'],
      ],
      text: ['原债权人岚桥消费金融有限公司已将上述债权转让给本公司。'],
    });
    expect(a.lender.name).toBe('岚桥消费金融有限公司');
    const b = readSpec({
      pairs: [
        ['借款金额', '50,000.00元'],
        ['借款期限', '12个月'],
        ['年利率', '7.20%'],
      ],
      text: ['本公司受汀州农村商业银行股份有限公司委托，就您的借款催收如下。'],
    });
    expect(b.lender.name).toBe('汀州农村商业银行股份有限公司');
  });
});

describe('pages that are no loan', () => {
  it('reads no loan from a product’s setup with its bounds in fields', () => {
    const t = readTerms(
      rawOf({
        title: '产品详情',
        pairs: [
          ['产品名称', '岚途车贷'],
          ['期限范围(月)', '12'],
          ['最大期限(月)', '60'],
          ['执行年利率范围(%)', '6.80'],
          ['还款方式', '等额本息'],
          ['贷款人', '澄江银行股份有限公司'],
        ],
      }),
    );
    expect(t).toBeNull();
  });

  it('reads no loan from an application the lender declined', () => {
    const t = readTerms(
      rawOf({
        title: '授信审批详情',
        pairs: [
          ['申请金额', '50,000.00 元'],
          ['申请期数', '12期'],
          ['产品还款方式', '等额本息'],
          ['审批结论', '拒绝'],
          ['审批额度', '0.00 元'],
        ],
      }),
    );
    expect(t).toBeNull();
  });

  it('reads a contract’s price list by term as the loan’s own, not a comparison', () => {
    const t = readSpec({
      pairs: [
        ['分期期数', '12期'],
        ['每期还款额', '643.20'],
      ],
      text: [
        '分期总金额￥7,200.00元，选择的分期期数：12期，您该笔分期适用的手续费率为6‰（按分期总金额按月计收）。',
      ],
      tables: [
        tableOf(
          [],
          [
            ['分期付款期数（月）', '3', '6', '12'],
            ['月分期手续费率', '1%', '0.8%', '0.6%'],
          ],
        ),
      ],
    });
    expect(t.principal).toBe('7200.00');
    expect(t.payments).toHaveLength(12);
  });
});

describe('layouts read by the real scanner', () => {
  const chromium = chromiumPage();

  it('reads an e-banking frameset whose frames a script fills', async () => {
    await chromium.page.setContent(
      `<!doctype html><html lang="zh-CN"><head><title>个人网上银行</title><script>
        // (The frames are filled from the head on load, as the page's own scripts do.)
        window.addEventListener('load', function () {
          var d = window.frames['main'].document;
          d.open();
          d.write('<p><span>贷款金额：</span><span>60,000.00元</span></p><p><span>贷款期限：</span><span>24个月</span></p>' +
            '<p><span>还款方式：</span><span>等额本金</span></p><p><span>执行年利率：</span><span>4.20%</span></p>');
          d.close();
        });
      </script></head>
      <frameset rows="60,*"><frame name="top" src="about:blank"><frame name="main" src="about:blank"></frameset></html>`,
      { waitUntil: 'load' },
    );
    const raw = await scanPage(chromium.page, { maxRounds: 1 });
    expect(raw.blocks.some((b) => b.text.includes('60,000.00'))).toBe(true);
    expect(readTerms(raw)?.principal).toBe('60000.00');
  });

  it('reads words drawn by CSS around a figure and a card table’s data-label', async () => {
    await chromium.page.setContent(
      `<!doctype html><html lang="zh-CN"><head><style>
        .yuan::before { content: "￥"; } .qi::after { content: "期"; }
        td::before { content: attr(data-label); }
      </style></head><body>
        <p><span>借款金额</span> <span class="yuan">10,000.00</span></p>
        <p><span>借款期数</span> <span class="qi">12</span></p>
        <table><tr><td data-label="还款方式">等额本息</td></tr></table>
      </body></html>`,
      { waitUntil: 'load' },
    );
    const raw = await scanPage(chromium.page, { maxRounds: 1 });
    const texts = raw.blocks.map((b) => b.text.trim());
    expect(texts).toContain('￥10,000.00');
    expect(texts).toContain('12期');
    expect(texts.some((t) => t.startsWith('还款方式'))).toBe(true);
  });

  it('pairs a one-column table of labels over their values, not across the page', async () => {
    const column = (rows: [string, string][]): string =>
      `<table>${rows.map(([l, v]) => `<tr><th>${l}</th></tr><tr><td>${v}</td></tr>`).join('')}</table>`;
    await chromium.page.setContent(
      `<!doctype html><html lang="zh-CN"><body><div style="display:flex;gap:80px">
        ${column([
          ['贷款金额', '¥53000.00'],
          ['贷款期限', '24个月'],
          ['月还款金额', '¥2334.69'],
        ])}
        ${column([
          ['贷款类型', '消费贷'],
          ['还款方式', '等额本息'],
          ['月利率', '0.45%'],
        ])}
      </div></body></html>`,
      { waitUntil: 'load' },
    );
    const t = readTerms(await scanPage(chromium.page, { maxRounds: 1 }));
    expect(t?.termMonths).toBe(24);
    expect(t?.repaymentMethod).toBe('等额本息');
  });
});
