/**
 * Round ninety's pages (cash-loan confirmations, gig workers' advances) and a lessor the reader
 * never named: a fee charged when the borrower applies; a wage advance taken back from pay
 * (扣回); the box that buys a membership; a bill whose first cell holds the period, its due date
 * and the instalment's parts; a label with its other name in a bracket; a finance lease's 出租方;
 * a lease bought out early (提前买断).
 */
import { describe, expect, it } from 'vitest';
import { readTerms } from '@/lib/reader';
import { rawOf, readSpec, tableOf, upfrontNamed } from '../support/raw';

const applyPage = (clause: string): string[] => [
  '禾苗借为您匹配的资金方：青岚网络小额贷款有限公司。',
  clause,
  '逾期罚息按逾期本金每日0.05%计收。',
];
const applyPairs: [string, string][] = [
  ['借款金额', '￥8,000.00'],
  ['借款期限', '6期'],
  ['还款方式', '等额本息'],
  ['月利率', '1.50%'],
  ['每期应还', '¥1,404.20'],
  ['应还总额', '¥8,425.22'],
];

describe('a fee charged when the borrower applies', () => {
  it('comes off what the loan brings in, though it is paid from the card', () => {
    const t = readSpec({
      pairs: applyPairs,
      text: applyPage(
        '提交申请将会产生300元的审核费用，用于判断您是否能够偿还，将从您提交的银行卡中进行扣款。审核费不从借款中扣除，借款本金将按申请金额发放。',
      ),
    });
    expect(upfrontNamed(t)).toEqual(['审核费|300.00']);
    expect(t.received).toBe('7700.00');
  });

  it('…and the fee named first, its figure after', () => {
    const t = readSpec({
      pairs: applyPairs,
      text: applyPage('提交申请时需支付评估费200元，评估通过后放款。'),
    });
    expect(upfrontNamed(t)).toEqual(['评估费|200.00']);
  });

  it('is none where applying costs nothing', () => {
    const t = readSpec({ pairs: applyPairs, text: applyPage('提交申请不收取任何费用。') });
    expect(upfrontNamed(t)).toEqual([]);
    expect(t.received).toBe('8000.00');
  });
});

describe('a wage advance taken back from pay', () => {
  const advance: [string, string][] = [
    ['本次预支', '￥800.00'],
    ['到账日期', '2026-07-01'],
    ['预支天数', '10天'],
    ['日费率', '0.3%'],
    ['预支服务费（800.00 × 0.3% × 10天）', '￥24.00'],
    ['结算扣回日', '2026-07-11'],
    ['结算时从工资中扣回', '￥824.00'],
  ];

  it('is lent on the day it arrives and repaid on the day it is taken back', () => {
    const t = readSpec({ pairs: advance });
    expect(t.principal).toBe('800.00');
    expect(t.disbursementDate).toBe('2026-07-01');
    expect(t.payments.map((p) => [p.dueDate, p.amount])).toEqual([['2026-07-11', '824.00']]);
  });

  it('counts a membership once, though the ledger lists it again under its kind', () => {
    const t = readSpec({
      pairs: [
        ...advance,
        ['预支会员（开通后方可预支，按月付）', '￥29.90'],
        ['支出 · 预支会员', '￥29.90'],
      ],
      text: ['预支会员费需在预支前单独支付，本月已于2026-07-01支付。'],
    });
    expect(upfrontNamed(t)).toEqual(['预支会员|29.90']);
    expect(t.received).toBe('770.10');
  });

  it('leaves a figure already taken back (已扣回) as no repayment', () => {
    const t = readTerms(
      rawOf({
        pairs: [
          ['本次预支', '￥800.00'],
          ['已扣回', '￥824.00'],
        ],
      }),
    );
    expect(t?.payments.map((p) => p.amount) ?? []).not.toContain('824.00');
  });
});

describe('the box that buys a membership', () => {
  it('names the membership, not the act of buying it', () => {
    const t = readSpec({
      pairs: [
        ['借款金额', '10000.00'],
        ['借款期限', '12期'],
        ['开通司机优享会员', '￥299.00（放款时从借款中一次性扣除）'],
      ],
    });
    expect(upfrontNamed(t)).toEqual(['司机优享会员|299.00']);
  });
});

describe("a bill whose first cell holds the period, its due date and the instalment's parts", () => {
  it('reads the due date as the row’s, not the day the bill was paid', () => {
    const rows = [
      ['第1期 2026-04-05 本金700.00 + 利息63.00 + 车辆管理费15.00', '￥778.00 已还 2026-04-05'],
      ['第2期 2026-05-05 本金700.00 + 利息52.50 + 车辆管理费15.00', '￥767.50 已还 2026-05-06'],
      ['第3期 2026-06-05 本金700.00 + 利息42.00 + 车辆管理费15.00', '￥757.00 待还'],
    ];
    const t = readSpec({
      pairs: [
        ['分期金额', '￥2,100.00'],
        ['还款方式', '等额本金'],
        ['月利率', '1.5%'],
        ['提车日期', '2026-03-05'],
      ],
      tables: [tableOf([], rows)],
    });
    expect(t.payments.map((p) => [p.dueDate, p.amount])).toEqual([
      ['2026-04-05', '778.00'],
      ['2026-05-05', '767.50'],
      ['2026-06-05', '757.00'],
    ]);
    expect(t.disbursementDate).toBe('2026-03-05');
  });
});

describe('a label with its other name in a bracket', () => {
  it('reads 起租（放款）日期 as the day the money moved, after the day of signing', () => {
    const t = readSpec({
      pairs: [
        ['融资金额', '120000.00'],
        ['租期', '12期'],
        ['还款方式', '等额本息'],
        ['年利率', '7.2%'],
        ['签约日期', '2026-06-18'],
        ['起租（放款）日期', '2026-06-20'],
      ],
    });
    expect(t.contractDate).toBe('2026-06-18');
    expect(t.disbursementDate).toBe('2026-06-20');
  });
});

describe('a finance lease names its lessor', () => {
  const lease: [string, string][] = [
    ['融资金额', '120000.00'],
    ['租期', '12期'],
    ['还款方式', '等额本息'],
    ['年利率', '7.2%'],
  ];

  it('as the lender, its name as printed', () => {
    const t = readSpec({ pairs: [...lease, ['出租方', '行远融资租赁（天津）有限公司']] });
    expect(t.lender.name).toBe('行远融资租赁（天津）有限公司');
    expect(t.lenderType).toBe('platform-unspecified');
  });

  it('…or in a clause', () => {
    const t = readSpec({ pairs: lease, text: ['出租人：浙江盈途融资租赁有限公司，承租人：张三'] });
    expect(t.lender.name).toBe('浙江盈途融资租赁有限公司');
  });

  it('but a landlord letting a flat is no lender', () => {
    const t = readSpec({ pairs: [...lease, ['出租方', '栖岸物业管理有限公司']] });
    expect(t.lender.name ?? null).not.toBe('栖岸物业管理有限公司');
  });
});

describe('a lease bought out early', () => {
  it('is paying it off early', () => {
    const t = readSpec({
      pairs: [
        ['融资金额', '60000.00'],
        ['租期', '24期'],
        ['还款方式', '等额本金'],
        ['月利率', '0.65%'],
      ],
      text: ['提前买断只需支付剩余未付设备款，免收剩余租息，无违约金。'],
    });
    expect(t.prepayment?.source?.text).toContain('提前买断');
  });
});

describe('a site that says it serves the borrower', () => {
  const loan: [string, string][] = [
    ['借款金额', '5000.00'],
    ['借款期限', '6期'],
    ['还款方式', '等额本息'],
    ['月利率', '1.5%'],
  ];

  it('names itself', () => {
    const t = readSpec({
      pairs: loan,
      text: ['星橙借为您提供借款信息服务，借款资金由合作机构发放。'],
    });
    expect(t.lender.name).toBe('星橙借');
  });

  it('…but "本平台" names no one', () => {
    const t = readSpec({
      pairs: loan,
      text: ['本平台为您提供借款信息服务，借款资金由合作机构发放。'],
    });
    expect(t.lender.name ?? null).toBeNull();
  });
});

describe('a P2P site and a back office name themselves', () => {
  const loan: [string, string][] = [
    ['借款金额', '50000.00'],
    ['借款期限', '12个月'],
    ['还款方式', '等额本息'],
    ['年化利率', '12%'],
  ];

  it('in the line under its pages', () => {
    const t = readSpec({ pairs: loan, text: ['禾米贷为信息中介平台，出借有风险，投资需谨慎'] });
    expect(t.lender.name).toBe('禾米贷');
  });

  it('…and in the title, not as its 业务管理平台', () => {
    const t = readSpec({
      title: '融资租赁申请 - 衡川车融业务管理平台',
      lead: ['衡川车融 · 业务管理平台'],
      pairs: loan,
    });
    expect(t.lender.name).toBe('衡川车融');
  });

  it('but a menu word in the title names no one', () => {
    const t = readSpec({ title: '项目状态 - 贷后管理', pairs: loan, text: ['项目状态'] });
    expect(t.lender.name ?? null).toBeNull();
  });
});

describe('more names for the day the money moves', () => {
  const loan: [string, string][] = [
    ['借款金额', '20000.00'],
    ['借款期限', '12个月'],
    ['还款方式', '等额本息'],
    ['年利率', '9.6%'],
  ];

  it.each([
    ['约定放贷日', '2026-03-20'],
    ['合同起始日', '2026-03-20'],
    ['合同开始日', '2026-03-20'],
    ['生效时间', '2026-03-20 10:12:05'],
    ['到账时间', '2026-03-20 14:30'],
    ['预计起租日', '2026-03-20'],
    ['放款日（预计）', '2026-03-20'],
  ])('%s', (label, value) => {
    expect(readSpec({ pairs: [...loan, [label, value]] }).disbursementDate).toBe('2026-03-20');
  });

  it('but a 到账时间 that is no date names no day', () => {
    expect(readSpec({ pairs: [...loan, ['到账时间', '约2小时内']] }).disbursementDate).toBeNull();
  });
});

describe('a document the borrower brings', () => {
  it('names no bank: "近3个月工资卡银行流水"', () => {
    const t = readSpec({
      pairs: [
        ['借款金额', '50000.00'],
        ['借款期限', '12个月'],
        ['还款方式', '等额本息'],
        ['年利率', '12%'],
      ],
      text: ['所需材料 ★ 身份证 ★ 个人信用报告 ★ 近3个月工资卡银行流水'],
    });
    expect(t.lenderType).not.toBe('bank');
  });
});

describe('earnest money paid at signing and set against the last instalment', () => {
  it('is paid out before the loan and comes back in the instalment it covers', () => {
    const due = [
      ...['04', '05', '06', '07', '08', '09', '10', '11', '12'].map((m) => `2026-${m}-16`),
      ...['01', '02', '03'].map((m) => `2027-${m}-16`),
    ];
    const rows = due.map((d, i) => [
      String(i + 1),
      d,
      '1,000.00',
      '132.00',
      i === 11 ? '132.00' : '1,132.00',
    ]);
    const t = readSpec({
      pairs: [
        ['贷款金额', '12,000.00'],
        ['贷款期限', '12期'],
        ['意向金', '1,000.00'],
        ['放款日', '2026-03-16'],
      ],
      text: [
        '2.4 出借人要求借款人于签约时预付【1】期本金作为意向金，即 1,000.00 元；意向金于第12期抵扣该期应还本金。',
      ],
      tables: [tableOf(['期数', '还款日期', '应还本金', '应还利息', '月还款额'], rows)],
    });
    expect(upfrontNamed(t)).toEqual(['意向金|1000.00']);
    expect(t.received).toBe('11000.00');
    expect(t.payments.at(-1)?.amount).toBe('132.00');
  });
});

describe('rent loans (租金贷)', () => {
  const plan = (n: number, each: string, last = each): string[][] =>
    Array.from({ length: n }, (_, i) => [
      `第${String(i + 1)}期`,
      `${String(2026 + Math.floor((i + 1) / 12))}-${String(((i + 1) % 12) + 1).padStart(2, '0')}-08`,
      i === n - 1 ? last : each,
      '待还',
    ]);

  it('lends what the platform paid the apartment, over the plan’s eleven rows, not the lease’s twelve months', () => {
    const t = readSpec({
      pairs: [
        ['月租金', '2,650.00'],
        ['起租日', '2026-01-08'],
        ['租期', '12月'],
        ['还款方式', '等额本息'],
        ['月利率', '1.20%'],
        ['平台付款共计', '29,150.00 元'],
      ],
      tables: [
        tableOf(['期数', '还款日期', '还款金额', '还款状态'], plan(11, '2,844.59', '2,844.63')),
      ],
    });
    expect(t.principal).toBe('29150.00');
    expect(t.termMonths).toBe(11);
    expect(t.payments.map((p) => p.amount)).toEqual([
      ...Array<string>(10).fill('2844.59'),
      '2844.63',
    ]);
  });

  it('keeps the labelled term where the plan shows only its first rows', () => {
    const t = readSpec({
      pairs: [
        ['借款金额', '12,000.00'],
        ['借款期限', '12期'],
        ['还款方式', '等额本息'],
        ['月利率', '1.00%'],
      ],
      tables: [tableOf(['期数', '还款日期', '还款金额', '还款状态'], plan(3, '1,066.19'))],
    });
    expect(t.termMonths).toBe(12);
  });

  it('reads a rent advance’s own term and day (垫付期限, 垫付日期), not the rent bill above it', () => {
    const bill = [
      ['第1期 2026-01-10 季付', '7,200.00 已付'],
      ['第2期 2026-04-10 季付', '7,200.00 已付'],
      ['第3期 2026-07-10 季付', '7,200.00 待付'],
      ['第4期 2026-10-10 季付', '7,200.00 未出账'],
    ];
    const t = readSpec({
      tables: [tableOf([], bill)],
      pairs: [
        ['垫付机构', '随安小额贷款有限公司'],
        ['垫付金额', '7,200.00元（今日直接支付给公寓）'],
        ['垫付日期', '2026-07-10'],
        ['垫付期限', '60天'],
        ['日利率', '0.06%'],
        ['还款方式', '到期一次性还本付息'],
        ['到期日', '2026-09-08'],
        ['到期应还', '7,459.20元'],
      ],
    });
    expect(t.termDays).toBe(60);
    expect(t.disbursementDate).toBe('2026-07-10');
    expect(t.payments.map((p) => [p.dueDate, p.amount])).toEqual([['2026-09-08', '7459.20']]);
  });
});

describe("a rent loan's instalment written as the month's rent and its fee", () => {
  it('bills the fee with every instalment', () => {
    const rows = Array.from({ length: 11 }, (_, i) => [
      `第${String(i + 1)}期`,
      `${String(2026 + Math.floor((i + 3) / 12))}-${String(((i + 3) % 12) + 1).padStart(2, '0')}-15`,
      '3,360.00',
      '待还',
    ]);
    const t = readSpec({
      pairs: [
        ['月租金', '3,200.00'],
        ['起租日', '2026-03-15'],
        ['还款期数', '11期'],
        ['平台付款共计', '35,200.00 元'],
      ],
      tables: [tableOf(['期数', '还款日期', '还款金额', '还款状态'], rows)],
      text: ['租户按月向栖居分期还款；每期还款金额=月租金3,200.00+服务费160.00。'],
    });
    expect(t.fees.filter((f) => f.when === 'periodic').map((f) => [f.name, f.amount])).toEqual([
      ['服务费', '160.00'],
    ]);
  });
});
