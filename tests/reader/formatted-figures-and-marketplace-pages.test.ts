/**
 * Round ninety-one's pages whose words come from i18n catalogs and whose figures come from
 * formatters (set JQ), solar loans (JO) and rent loans (JS): Intl.NumberFormat's "CN¥"; 借贷 for
 * 借款; a plan whose amount column is a bare 金额 between its number and its dates; a fee in two
 * form fields, the second naming it and saying when it is paid; a fee paid on applying, named
 * before a bracket that says so; a bare 借款额度 that the amount arriving confirms; a
 * marketplace's page that says it lends nothing; a fee paid on the day of signing, the date in
 * brackets.
 */
import { describe, expect, it } from 'vitest';
import { parseMoney } from '@/lib/parse/money';
import { readTerms } from '@/lib/reader';
import { rawOf, readSpec, tableOf, upfrontNamed } from '../support/raw';

describe('a figure from Intl.NumberFormat outside a zh-CN locale', () => {
  it('reads "CN¥300,000.00"', () => {
    expect(parseMoney('CN¥300,000.00')).toEqual({ value: '300000.00' });
  });
});

describe('a supply-chain loan on an Ant Design Pro form', () => {
  const due = ['2026/4/16', '2026/5/16', '2026/6/16', '2026/7/16', '2026/8/16', '2026/9/16'];
  const rows = due.map((d, i) => [
    String(i + 1),
    i === 5 ? 'CN¥302,400.00' : 'CN¥2,400.00',
    i === 0 ? '2026/3/16' : (due[i - 1] ?? ''),
    d,
  ]);
  const page = (more: [string, string][] = []) =>
    readSpec({
      pairs: [
        ['批准借贷金额', 'CN¥300,000.00'],
        ['开始日期', '2026/3/16'],
        ['审批年利率', '9.60%'],
        ['审批还款期数', '6 期'],
        ...more,
      ],
      tables: [tableOf(['分期编号', '金额', '开始日期', '结束日期'], rows)],
    });

  it('lends the approved 借贷金额 and repays it by the plan’s bare 金额 column, due at each period’s end', () => {
    const t = page();
    expect(t.principal).toBe('300000.00');
    const iso = ['04', '05', '06', '07', '08', '09'].map((m) => `2026-${m}-16`);
    expect(t.payments.map((p) => [p.dueDate, p.amount])).toEqual(
      iso.map((d, i) => [d, i === 5 ? '302400.00' : '2400.00']),
    );
  });

  it('takes the fee a second field names and says is deducted at payout', () => {
    const t = page([
      ['其它费用类别', '一次性'],
      ['其它费用金额', 'CN¥3,000.00'],
      ['其它费用描述', '平台服务费，放款时从贷款金额中扣除'],
    ]);
    expect(upfrontNamed(t)).toEqual(['平台服务费|3000.00']);
    expect(t.received).toBe('297000.00');
  });
});

describe('a confirmation whose amount is labelled 借款额度', () => {
  const confirm: [string, string][] = [
    ['借款额度', '¥6,000.00'],
    ['借款期限', '6期'],
    ['利息+管理费', '¥1,080.00'],
    ['实际到款金额', '¥6,000.00'],
    ['总还款金额', '¥7,080.00'],
  ];

  it('lends it where the amount arriving agrees', () => {
    const t = readSpec({
      pairs: confirm,
      text: [
        '共6期，每期¥1,180.00',
        '每期含本金¥1,000.00、利息¥60.00、管理费¥120.00（月利率1.00%，管理费率2.00%，均按借款额度计算）',
      ],
    });
    expect(t.principal).toBe('6000.00');
    expect(t.received).toBe('6000.00');
  });

  it('but a credit line with nothing arriving is no loan', () => {
    const t = readTerms(
      rawOf({
        pairs: [
          ['借款额度', '¥6,000.00'],
          ['借款期限', '6期'],
        ],
      }),
    );
    expect(t?.principal ?? null).toBeNull();
  });
});

describe('a fee paid on applying, named before the bracket that says so', () => {
  it('is paid before the loan', () => {
    const t = readSpec({
      pairs: [
        ['借款金额', '¥2,000.00'],
        ['借款期限', '7天'],
        ['总还款金额', '¥2,028.00'],
      ],
      text: [
        '申请即表示阅读并同意借款协议，并同意支付¥99.00风控审核费（提交申请时从绑定银行卡扣除，审核结果不影响收取，不予退还）',
      ],
    });
    expect(upfrontNamed(t)).toEqual(['风控审核费|99.00']);
  });
});

describe('a fee paid on the day of signing, its date in brackets', () => {
  it('is paid before the loan', () => {
    const t = readSpec({
      pairs: [
        ['借款金额', '80,000.00元'],
        ['借款期限', '180期'],
        ['还款方式', '等额本金'],
        ['年化利率', '4.80%'],
        [
          '担保服务费',
          '3,200.00元（借款金额的4%），由担保公司收取，已于签约当日（2026-03-25）一次性缴纳至安装商代收账户，不计入上方还款计划。',
        ],
      ],
    });
    expect(upfrontNamed(t)).toEqual(['担保服务费|3200.00']);
  });
});

describe('a clause after a fee paid at signing', () => {
  it('names the premium the lender pays, no fee of the borrower', () => {
    const t = readSpec({
      pairs: [
        ['分期金额', '4,800.00元'],
        ['分期期数', '12期'],
        ['服务费', '192.00元（签约时一次性支付，保费的4%）'],
      ],
      text: [
        '服务费已于签约当日（2026-07-10）通过绑定银行卡支付，不计入各期还款。',
        '平台已于2026-07-10向承保公司全额支付保费4800.00元。',
      ],
    });
    expect(upfrontNamed(t)).toEqual(['服务费|192.00']);
  });
});

describe('a marketplace page that says it lends nothing', () => {
  it('is no loan', () => {
    const t = readTerms(
      rawOf({
        pairs: [
          ['最高可借', '50,000'],
          ['借款期限', '7(天) - 180(天)'],
          ['借款日利率', '约0.05 %'],
        ],
        text: ['按日计息，日利率约0.05%起。本平台仅展示产品信息，不提供借款服务。'],
      }),
    );
    expect(t).toBeNull();
  });
});

describe('a bare 金额 column', () => {
  it('is no plan in a reimbursement list beside its dates', () => {
    const t = readTerms(
      rawOf({
        title: '备用金或借款领用单',
        pairs: [
          ['借款金额', '3,000.00'],
          ['备注', '出差返回后凭发票报销冲账，多退少补；备用金不计利息、不收取任何费用'],
        ],
        tables: [
          tableOf(
            ['冲账日期', '报销单号', '报销内容', '金额（元）'],
            [
              ['2026-06-22', 'BX-2026-1187', '高铁票、市内交通', '1,186.50'],
              ['2026-06-22', 'BX-2026-1188', '住宿费（4晚）', '1,560.00'],
            ],
          ),
        ],
      }),
    );
    expect(t?.payments ?? []).toEqual([]);
  });
});

describe('a settled loan’s record with its paid plan', () => {
  it('is history, not a loan to check: "已于…全部还清", "当前待还: ¥0.00"', () => {
    const rows = Array.from({ length: 12 }, (_, i) => [
      '已结清',
      '1,307.60',
      `${String(2025 + Math.floor((i + 3) / 12))}-${String(((i + 3) % 12) + 1).padStart(2, '0')}-12`,
      `${String(i + 1)}/12`,
    ]);
    const t = readTerms(
      rawOf({
        pairs: [
          ['原借款金额', '¥15,000.00'],
          ['当前待还', '¥0.00'],
        ],
        tables: [tableOf(['状态', '金额', '应还日期', '期次'], rows)],
        text: [
          '该笔借款（合同年利率 8.40%，等额本息，2025-03-12 放款）已于 2026-03-12 全部还清，结清证明已出具。您当前无未结清借款，本页仅为历史记录。',
        ],
      }),
    );
    expect(t).toBeNull();
  });
});
