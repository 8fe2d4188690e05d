/**
 * Rounds sixty-six to sixty-eight's patterns and the pawn renewal left over from round sixty-five:
 * a plan row's parts named as due or written as a sum; a wizard's step numbers; a checkout's term
 * options above the plan in force; overdue interest that is the loan's own interest fallen due; a
 * rural credit cooperative as the lender; a pay-later amount and a rate that is its fee annualised;
 * a row's note in brackets; an order's 月供 written as a sum; an account's statistics; a record that
 * moves each instalment from 待还总额 to 已还总额; bills listed with their 账单金额 and the day each was paid;
 * a fee schedule by credit grade; and a pawn renewal's 综合费用 paid in advance. Each expected figure
 * is worked by hand beside it, not with lib/finance. Three more are held by pattern pages, because
 * built by hand they read right without the fix: a total that holds the fee paid with each
 * instalment (2473), a figure shown in an unchosen option and again in the chosen plan's details
 * (2486), a settlement certificate under the lender's brand (2515).
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

describe('a plan row whose parts are named as due', () => {
  it('reads 应还本金 and 应还利息 as the row’s principal and interest, not as a fee on top', () => {
    // 12,000 over 6 months 等额本金 at 0.90 %: 2,000 a month + 0.9 % of the balance
    // (12,000 → 108.00, 10,000 → 90.00, … 2,000 → 18.00).
    const rows = [108, 90, 72, 54, 36, 18].map((i, k) => [
      String(k + 1),
      `2026-${String(k + 7).padStart(2, '0')}-18`,
      '(未出账)',
      `${String(2000 + i)}.00元`,
      `期数：${String(k + 1)}/6期`,
      '应还本金：2000.00元',
      `应还利息：${String(i)}.00元`,
    ]);
    const t = readSpec({
      pairs: [
        ['借款金额', '12000.00元'],
        ['借款期限', '6期'],
        ['还款方式', '等额本金'],
        ['年化利率（单利）', '10.80%'],
      ],
      tables: [tableOf([], rows, '#bills')],
    });
    expect(amounts(t)).toEqual(['2108.00', '2090.00', '2072.00', '2054.00', '2036.00', '2018.00']);
  });
});

describe('a plan row written as the sum of its parts', () => {
  it('is no amount lent: the form’s 借多少钱 and the plan’s 共借款 are', () => {
    const t = readSpec({
      pairs: [
        ['借多少钱', '8000'],
        ['借多久', '12期'],
        ['每月还', '765.44'],
        ['共借款', '￥8000元'],
      ],
      text: [
        '2026-7-15',
        '￥765.44',
        '本金￥613.44+利息￥152.00',
        '2026-8-15',
        '￥765.44',
        '本金￥622.64+利息￥142.80',
      ],
    });
    expect(t.principal).toBe('8000.00');
  });

  it('nor under 本金 with a fee beside it ("本金¥547.73＋手续费¥24.65")', () => {
    const t = readTerms(
      rawOf({
        pairs: [['分期期数', '6期']],
        text: ['第1期 · 2026-08-09', '本金¥547.73＋手续费¥24.65', '¥572.38'],
      }),
    );
    expect(t?.principal ?? null).not.toBe('572.38');
  });
});

describe('a wizard’s step numbers', () => {
  it('are no amount lent ("1 实名认证 · 2 评估额度 · 3 借款")', () => {
    const t = readTerms(
      rawOf({
        pairs: [
          ['实名认证', '1'],
          ['评估额度', '2'],
          ['借款', '3'],
          ['提现', '4'],
          ['恭喜您获得额度(元)', '20000.00'],
        ],
        text: ['马上拿钱', '参考：借 10,000 元分 12期，月利率1.00%，等额本息每期应还 888.49 元'],
      }),
    );
    expect(t?.principal ?? null).not.toBe('3.00');
  });
});

describe('a checkout’s term options, each with its rate, above the plan in force', () => {
  it('is one loan, not a list of products', () => {
    // 9,600 over 24 months at 0.65 %: 9,600 × 0.0065 / (1 − 1.0065^−24) = 433.31.
    const rows = Array.from({ length: 24 }, (_, k) => [
      `第${String(k + 1)}期`,
      `${String(2026 + Math.floor((k + 5) / 12))}-${String(((k + 5) % 12) + 1).padStart(2, '0')}-20`,
      k === 23 ? '￥433.22' : '￥433.31',
    ]);
    const t = readSpec({
      text: [
        '分6期 每期￥1633.77 · 年化利率（单利）7.20%',
        '分12期 每期￥832.87 · 年化利率（单利）7.50%',
        '分24期 每期￥433.31 · 年化利率（单利）7.80%',
      ],
      pairs: [
        ['分期金额', '￥9600.00'],
        ['分期期数', '24期'],
        ['还款方式', '等额本息'],
        ['年化利率（单利）', '7.80%'],
      ],
      tables: [tableOf(['期数', '还款日', '应还'], rows)],
    });
    expect(t.payments).toHaveLength(24);
    expect(t.payments[0]?.amount).toBe('433.31');
  });
});

describe('overdue interest that is the loan’s own interest fallen due', () => {
  const page = {
    pairs: [
      ['贷款机构', '汀川县农村信用合作联社'],
      ['贷款金额', '50,000.00'],
      ['贷款期限', '90天'],
      ['日利率', '万分之4'],
      ['还款方式', '到期一次性还本付息'],
      ['应还利息', '1,800.00'],
      ['到期应还本息', '51,800.00'],
      ['逾期本金', '50,000.00'],
      ['逾期利息', '1,800.00'],
      ['已计罚息', '450.00'],
    ] as [string, string][],
    title: '贷款信息 - 汀川农信个人网上银行',
  };

  it('stays in the repayment: 50,000 + 50,000 × 0.04 % × 90 = 51,800.00', () => {
    expect(amounts(readSpec(page))).toEqual(['51800.00']);
  });

  it('names the credit cooperative as the lender, a bank, not the bank’s website', () => {
    const t = readSpec(page);
    expect(t.lender.name).toBe('汀川县农村信用合作联社');
    expect(t.lenderType).toBe('bank');
  });
});

describe('a pay-later order whose rate is its fee annualised', () => {
  it('repays the amount and the fee at the end; nothing is kept back', () => {
    // 服务费 = 2,400 × 0.50 % = 12.00; 12 ÷ 2,400 ÷ 30 × 365 = 6.08 %, the page's 折合年化利率.
    const t = readSpec({
      pairs: [
        ['先享金额', '￥2400.00元'],
        ['代付日期', '2026-06-05'],
        ['到期还款日', '2026-07-05'],
        ['先享期限', '30天'],
        ['服务费率', '0.50%（一次性）'],
        ['服务费', '￥12.00元'],
        ['到期应还', '￥2412.00元'],
        ['折合年化利率', '6.08%'],
      ],
    });
    expect(t.principal).toBe('2400.00');
    expect(t.received).toBe('2400.00');
    expect(upfront(t)).toEqual([]);
    expect(amounts(t)).toEqual(['2412.00']);
  });
});

describe('a plan row with a note in brackets', () => {
  it('is a row: "￥400.00（手续费券减免）" before the rows that carry the fee', () => {
    // 4,800 in 12: 400.00 of principal a month, + 0.60 % × 4,800 = 28.80 from the fourth on.
    const text = Array.from({ length: 12 }, (_, k) => [
      `第${String(k + 1)}期 · ${String(2026 + Math.floor((k + 6) / 12))}-${String(((k + 6) % 12) + 1).padStart(2, '0')}-10`,
      k < 3 ? '￥400.00（手续费券减免）' : '￥428.80（含手续费28.80）',
    ]).flat();
    const t = readSpec({
      pairs: [
        ['分期金额', '￥4800.00'],
        ['分期期数', '12期'],
        ['每期手续费率', '0.60%（按分期金额计收）'],
        ['应还总额', '￥5059.20'],
        ['首期还款日', '2026-07-10（此后每月10日）'],
      ],
      text,
    });
    expect(amounts(t)).toEqual([
      ...Array.from({ length: 3 }, () => '400.00'),
      ...Array.from({ length: 9 }, () => '428.80'),
    ]);
  });
});

describe('a pawn renewal whose fee for the new term is paid in advance', () => {
  const renewal = (clause: string) => ({
    pairs: [
      ['典当行', '岑川典当有限责任公司'],
      ['当金', '30,000.00元'],
      ['月利率', '0.5%'],
      ['月综合费率', '2.4%'],
      ['上期利息（当金×月利率×1个月）', '150.00元'],
      ['本期综合费用（当金×月综合费率×1个月）', '720.00元'],
      ['本次续当应付', '870.00元'],
      ['续当期限', '2026-06-12 至 2026-07-12（1个月）'],
    ] as [string, string][],
    text: [clause, '本期利息150.00元于赎当时与当金一并支付，到期赎当应付 30,150.00元。'],
  });

  it('takes the prepaid 本期综合费用 from what the renewal brings in', () => {
    // 30,000 × 2.4 % = 720.00 paid on the renewal day: 29,280.00 in hand, 30,150.00 a month later.
    const t = readSpec(renewal('续当须先结清上期利息，并预交本期综合费用。'));
    expect(upfront(t)).toEqual(['本期综合费用|720.00']);
    expect(t.received).toBe('29280.00');
    expect(amounts(t)).toEqual(['30150.00']);
  });
});

describe('an order whose 月供 is written as its parts and their sum', () => {
  it('reads the 月供, and no amount lent from the part cut before its "+"', () => {
    // 3,000 in 6: 500.00 of principal + 服务费 27.00 (0.9 % of 3,000) = 527.00 a month.
    const t = readSpec({
      pairs: [
        ['分期数', '6个月'],
        ['月供', '本金:500.00元 + 服务费:27.00元 = 527.00元'],
        ['本金', '500.00元 +'],
        ['商品总价', '3000元'],
        ['总计分期金额', '3000元'],
      ],
    });
    expect(t.principal).toBe('3000.00');
    expect(amounts(t)).toEqual(Array.from({ length: 6 }, () => '527.00'));
  });
});

describe('an account’s statistics over several loans', () => {
  it('are no loan: 平均每笔借款金额 and 加权平均借款利率 describe none of them', () => {
    const t = readTerms(
      rawOf({
        pairs: [
          ['总借款额', '¥86,500.00'],
          ['成功借款笔数', '3'],
          ['待还本息', '¥0.00'],
          ['加权平均借款利率', '11.84%'],
          ['平均每笔借款金额', '¥28,833.33'],
        ],
        title: '贷款统计 - 苇岸贷',
      }),
    );
    expect(t).toBeNull();
  });
});

describe('a repayment record that moves each instalment from 待还总额 to 已还总额', () => {
  it('reads each period as the two together, the fee in it', () => {
    // 36,000 over 12 at 1 % a month: 本息 3,198.56 (last 3,198.50) + 管理费 108.00 (0.30 % of
    // 36,000) = 3,306.56, under 已还总额 once paid and 待还总额 before.
    const rows = Array.from({ length: 12 }, (_, k) => {
      const last = k === 11;
      const each = last ? '¥3,306.50' : '¥3,306.56';
      const paid = k < 4;
      return [
        `${String(2026 + Math.floor((k + 1) / 12))}-${String(((k + 1) % 12) + 1).padStart(2, '0')}-20`,
        paid ? each : '¥0.00',
        paid ? '¥0.00' : each,
        last ? '¥3,198.50' : '¥3,198.56',
        '¥108.00',
        paid ? '正常还款' : '待还',
      ];
    });
    const t = readSpec({
      pairs: [
        ['借款金额', '¥36,000.00'],
        ['年利率', '12.00%'],
        ['期限', '12个月'],
        ['还款方式', '等额本息'],
        ['借款管理费率', '0.30%/月'],
      ],
      tables: [tableOf(['还款日', '已还总额', '待还总额', '待还本息', '管理费', '状态'], rows)],
    });
    expect(amounts(t)).toEqual([...Array.from({ length: 11 }, () => '3306.56'), '3306.50']);
  });
});

describe('an order’s bills listed with their 账单金额 and the day each was paid', () => {
  it('repays each bill on its 最晚还款时间, the amount lent twelve 本金 parts', () => {
    // 月供 = 本金 500.00 + 服务费 45.00 = 545.00, twelve of them: 6,000 lent.
    const rows = Array.from({ length: 12 }, (_, k) => [
      String(k + 1),
      `${String(2026 + Math.floor((k + 2) / 12))}-${String(((k + 2) % 12) + 1).padStart(2, '0')}-28`,
      '¥545.00',
      k < 3 ? '¥0.00' : '¥545.00',
      k < 3 ? `2026-0${String(k + 3)}-2${String(k)} 10:12:45` : '',
      k < 3 ? '正常还款' : '待还',
    ]);
    const t = readSpec({
      pairs: [
        ['分期数', '12个月'],
        ['月供', '本金500.00元 + 服务费45.00元 = 545.00元'],
      ],
      tables: [
        tableOf(['期数', '最晚还款时间', '账单金额', '应还款金额', '还款时间', '还款状态'], rows),
      ],
    });
    expect(t.principal).toBe('6000.00');
    expect(amounts(t)).toEqual(Array.from({ length: 12 }, () => '545.00'));
    expect(t.payments[0]?.dueDate).toBe('2026-03-28');
  });
});

describe('a fee schedule by the borrower’s credit grade', () => {
  it('is the platform’s price list, not products: the loan beside it is read', () => {
    // 8,000 for 20 days at 15 % ÷ 360: 66.67 of interest, 8,066.67 repaid; 3.5 % = 280.00 kept back.
    const t = readSpec({
      pairs: [
        ['到期需还本金', '￥8,000.00'],
        ['到期需还利息', '￥66.67'],
        ['到期应还本息', '￥8,066.67'],
      ],
      text: [
        '成交服务费于满标放款时从借款金额中一次性扣除。按您当前等级D，服务费率3.5%，本次成交服务费 ￥280.00 ，借款成功后实际到账 ￥7,720.00 ，到期仍按借款金额8,000.00元、年利率15.0%计算并归还本息。',
      ],
      tables: [
        tableOf(
          ['信用等级', 'AA', 'A', 'B', 'C', 'D', 'E', 'HR'],
          [
            ['服务费率', '5%', '4%', '3.5%', '3%', '2.5%', '2%', '1.5%'],
            ['服务费', '400.00', '320.00', '280.00', '240.00', '200.00', '160.00', '120.00'],
          ],
        ),
      ],
    });
    expect(t.principal).toBe('8000.00');
  });
});

describe('round sixty-eight: extensions, adverts and phone lease-backs', () => {
  it('extends what is left to repay beside the extension’s own days', () => {
    // 2,000 for 7 more days at 0.05 % a day: 7.00 of interest, 2,007.00 at the end; the 360.00
    // 展期费用 is paid before the extension runs.
    const t = readSpec({
      pairs: [
        ['待还本金(元)', '2000.00'],
        ['原应还款日', '2026-07-10'],
        ['展期天数(天)', '7'],
        ['展期还款日', '2026-07-17'],
        ['到期应还(元)', '2007.00'],
        ['展期费用(元)', '360.00'],
      ],
      text: [
        '*申请展期须先支付总费用367.00元（展期费用360.00元及原借款期的利息7.00元），支付成功后展期生效。展期期间按日利率0.05%计息，到期一次性还本付息，应还2007.00元。',
      ],
    });
    expect(t.principal).toBe('2000.00');
    expect(amounts(t)).toEqual(['2007.00']);
  });

  it('takes no term or interest from an advert’s floor ("日利率低至0.05%，借1000元用7天，利息仅3.5元")', () => {
    const t = readTerms(
      rawOf({
        pairs: [
          ['借款金额（元）', '5000.00'],
          ['期限(天)', '7/14'],
          ['起借金额', '1000元'],
        ],
        text: ['立即提现', '日利率低至0.05%，借1000元用7天，利息仅3.5元'],
      }),
    );
    expect(t?.payments ?? []).toEqual([]);
  });

  it('reads a phone lease-back as the loan it is: the price paid for the phone, repaid with rent', () => {
    // 2,000 paid for the phone, 200 kept back; 14 days' rent 168.00 + buy-back 2,000 = 2,168.00.
    const t = readSpec({
      pairs: [
        ['回收价（打款本金）', '2,000.00元'],
        ['回租期限', '回租14天'],
        ['日租金', '12.00元/天'],
        ['到期回购价', '2,000.00元'],
        ['到期应付合计', '2,168.00元'],
        ['鉴定服务费（打款时扣除）', '200.00元'],
        ['实际到账', '1,800.00元'],
      ],
    });
    expect(t.principal).toBe('2000.00');
    expect(t.received).toBe('1800.00');
    expect(amounts(t)).toEqual(['2168.00']);
  });

  it('reads a form’s blank for the prepayment penalty filled with 无 as none', () => {
    const t = readSpec({
      pairs: [
        ['支用金额', '100,000.00元'],
        ['支用期限', '90天'],
        ['执行年利率', '5.40%'],
        ['还款方式', '到期一次性还本付息'],
      ],
      text: [
        '二、借款人提前还款的，单次提前归还本金不低于10,000.00元，提前还款违约金按下列第（一）项执行：无',
        '（一）无须支付提前还款违约金。',
      ],
    });
    expect(t.prepayment?.penalty ?? false).toBe(false);
  });
});
