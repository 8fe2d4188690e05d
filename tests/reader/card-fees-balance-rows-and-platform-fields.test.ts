/**
 * Pages of rounds ninety and ninety-one the reader still misread: a fee taken from the borrower's
 * card when they apply, beside a 实际到款 that shows the whole loan; a plan whose second-last
 * balance is two instalments, so that row's figures add up twice; the platform named in its own
 * field (分期服务商); an application form with nothing chosen under a product's spans; a P2P
 * site's rate in a lender's words (年化收益).
 */
import { describe, expect, it } from 'vitest';
import { readTerms } from '@/lib/reader';
import { rawOf, readSpec, tableOf, upfrontNamed } from '../support/raw';

describe('a fee taken from the card when the borrower applies', () => {
  const confirm = (note: string) =>
    readSpec({
      pairs: [
        ['借款额度', '¥2,000.00'],
        ['借款期限', '7天'],
        ['实际到款金额', '¥2,000.00'],
        ['利息+管理费', '¥28.00'],
        ['到期应还', '¥2,028.00'],
      ],
      text: [note],
    });

  it('leaves less than the page says arrives: the borrower paid it first', () => {
    const t = confirm(
      '申请即表示阅读并同意借款协议，并同意支付¥99.00风控审核费（提交申请时从绑定银行卡扣除，审核结果不影响收取，不予退还）',
    );
    expect(upfrontNamed(t)).toEqual(['风控审核费|99.00']);
    expect(t.received).toBe('1901.00');
  });

  it('…but one taken out of the loan is in the amount arriving already', () => {
    const t = readSpec({
      pairs: [
        ['借款金额', '¥2,000.00'],
        ['借款期限', '7天'],
        ['实际到款金额', '¥1,901.00'],
        ['到期应还', '¥2,028.00'],
      ],
      text: ['风控审核费¥99.00，放款时从借款中扣除。'],
    });
    expect(t.received).toBe('1901.00');
  });
});

describe('a headerless plan whose balance column adds up in one row', () => {
  // 12 × (436.80 + 110.07): the balance after period 10 is exactly two instalments.
  const rows = Array.from({ length: 12 }, (_, i) => [
    String(i + 1),
    '546.87',
    '436.80',
    '110.07',
    (546.87 * (11 - i)).toFixed(2).replace(/\B(?=(\d{3})+\.)/g, ','),
  ]);

  it('takes every row’s instalment from the same place', () => {
    const t = readSpec({
      pairs: [
        ['分期金额', '5,241.60 元'],
        ['分期期数', '12期'],
        ['每月还款', '546.87 元'],
        ['还款总额', '6,562.44 元'],
      ],
      tables: [tableOf([], rows)],
    });
    expect(t.payments.map((p) => p.amount)).toEqual(Array(12).fill('546.87'));
  });
});

describe('the platform named in its own field', () => {
  const page = (value: string) =>
    readSpec({
      pairs: [
        ['分期服务商', value],
        ['分期金额', '26,208.00 元'],
        ['分期期数', '60期'],
        ['月手续费率', '0.42%'],
        ['每月还款', '546.87 元'],
      ],
    });

  it('is the platform the borrower deals with', () => {
    expect(page('融光分期').lender).toMatchObject({
      type: 'platform-unspecified',
      name: '融光分期',
    });
  });

  it('…not words that name no one', () => {
    expect(page('以合同约定为准').lender.name).toBeNull();
  });
});

describe('a drawdown on a credit line (用信)', () => {
  it('is the loan: 用信金额, 用信日期, 用信期限', () => {
    const t = readSpec({
      pairs: [
        ['授信额度（元）', '200,000.00'],
        ['用信金额', '50,000.00元'],
        ['用信日期', '2026-05-06'],
        ['到期日', '2026-08-06'],
        ['用信期限', '92天'],
        ['还款方式', '随借随还（到期一次性还本付息）'],
        ['日利率', '万分之1.8'],
        ['到期应还本息', '50,828.00元'],
      ],
    });
    expect([t.principal, t.termDays, t.disbursementDate]).toEqual(['50000.00', 92, '2026-05-06']);
  });
});

describe('an application form with nothing chosen yet', () => {
  const blurb =
    '小微快贷：额度10,000元至500,000元，期限3个月至36个月，年利率4.35%起（最高不超过12.00%），具体以审批结果为准。';

  it('is no loan: the span a product offers is not a term, a select read twice is one field', () => {
    const raw = rawOf({
      title: '申请贷款 - 银行小微快贷系统',
      text: [blurb],
      pairs: [
        ['贷款金额（元）', '请选择贷款金额'],
        ['贷款金额（元）', '请选择贷款金额'],
        ['贷款期限（月）', '请选择贷款期限'],
      ],
    });
    expect(readTerms(raw)).toBeNull();
  });

  it('…while one with its amount and term chosen is', () => {
    const t = readSpec({
      text: [blurb],
      pairs: [
        ['贷款金额（元）', '50,000元'],
        ['贷款期限（月）', '12个月'],
      ],
    });
    expect([t.principal, t.termMonths]).toEqual(['50000.00', 12]);
  });
});

describe('a P2P loan whose annual figure is the lenders’ yield', () => {
  it('shows a rate, so the page is not one that shows none', () => {
    const t = readSpec({
      pairs: [
        ['借款金额', '36000元'],
        ['借款期限', '12个月'],
        ['年化收益（%）', '7.20'],
      ],
      text: [
        '等本等息：按月利率0.6%以借款本金计息，每期偿还本金3000元、利息216元，合计3216元，共12期。',
      ],
    });
    expect(t.unreadable).toContainEqual(
      expect.objectContaining({ reason: 'rate not placed', text: '年化收益（%） 7.20' }),
    );
  });
});

describe('the longest term a product allows', () => {
  it('is no loan’s term, in a card’s figure…', () => {
    const t = readSpec({
      pairs: [
        ['借款金额', '50,000.00元'],
        ['月利率', '0.80%'],
      ],
      text: ['贷款期限最长达5年'],
    });
    expect(t.termMonths).toBeNull();
  });

  it('…or in prose', () => {
    const t = readSpec({
      pairs: [
        ['借款金额', '50,000.00元'],
        ['月利率', '0.80%'],
      ],
      text: ['本产品贷款期限最长36个月，可提前还款。'],
    });
    expect(t.termMonths).toBeNull();
  });
});

describe('an IOU ledger’s card', () => {
  const card = (who: string) =>
    readSpec({
      title: '借有谱',
      text: [
        who,
        '总金额: 11200元',
        '已还: 0元',
        '自 2025-12-10',
        '至: 2026-06-10',
        '事由: 资金周转。本金10000元，月息2分，借期6个月，到期连本带利11200元一次还清。',
      ],
    });

  it('names the person I owe, and the days it runs', () => {
    const t = card('我 → 何振东');
    expect(t.lender).toMatchObject({ type: 'private', name: '何振东' });
    expect([t.disbursementDate, t.payments[0]?.dueDate]).toEqual(['2025-12-10', '2026-06-10']);
  });

  it('…but one owed to me names no lender of mine', () => {
    expect(card('宋宇 → 我').lender.name).not.toBe('宋宇');
  });
});

describe('banks a broker praises', () => {
  it('are no lender', () => {
    const t = readSpec({
      pairs: [
        ['借款金额', '50,000.00元'],
        ['借款期限', '12个月'],
        ['月利率', '0.80%'],
      ],
      text: ['顾问简介：原银行信贷客户经理，熟悉本地银行与持牌机构产品，对接各大银行。'],
    });
    expect(t.lender.type).not.toBe('bank');
  });
});

describe('a lender’s name among other words', () => {
  const loan: [string, string][] = [
    ['借款金额', '50,000.00元'],
    ['借款期限', '12个月'],
    ['年利率', '9.60%'],
  ];

  it('is cut from the brand run into it', () => {
    const t = readSpec({
      title: '贷后管理 - 还款计划明细',
      lead: ['青枫微贷 青枫小额贷款有限公司 · 信贷管理平台'],
      pairs: loan,
    });
    expect(t.lender.name).toBe('青枫小额贷款有限公司');
  });

  it('…and from the role before it', () => {
    const t = readSpec({ pairs: loan, text: ['经办机构溪川银行，客服热线95500。'] });
    expect(t.lender.name).toBe('溪川银行');
  });

  it('is not "具体以银行" in "具体以银行账单为准"', () => {
    const t = readSpec({
      pairs: loan,
      text: ['具体以银行账单为准！每期利息=剩余本金×日利率×当期实际天数。'],
    });
    expect(t.lender.type).not.toBe('bank');
  });
});

describe('a lease company’s own system', () => {
  const lease = (footer: string[]) =>
    readSpec({
      title: '租金管理 - 衡川租赁业务管理系统',
      pairs: [
        ['融资金额', '150,000.00元'],
        ['租赁期限', '24个月'],
        ['每期租金', '6,729.50元'],
      ],
      text: footer,
    });

  it('names the lessor in its footer', () => {
    expect(lease(['衡川融资租赁有限公司 · 内部业务系统']).lender.name).toBe('衡川融资租赁有限公司');
  });

  it('…but not where the page names two', () => {
    expect(
      lease(['衡川融资租赁有限公司 · 内部业务系统', '合作方：澜庭融资租赁有限公司']).lender.name,
    ).not.toBe('衡川融资租赁有限公司');
  });
});
