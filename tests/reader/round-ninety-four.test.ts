/**
 * Round ninety-four's patterns (pages 3564–3679): a phone plan with no word of lending; a price
 * per month on a chip; bilingual pages (an English label with its Chinese name under it, a key
 * terms table written twice, a foreign bank's "（中国）有限公司", 月平息); a pay-later order's 使用期限
 * with its dates; a term radio with its instalment; a unit written beside a field's label; a
 * form item whose label and colon sit in a box of their own (Formily); a fee's 缴纳方式; a first
 * due date in brackets; repaying "at any time".
 */
import { describe, expect, it } from 'vitest';

import type { LoanTerms } from '@/lib/model/terms';
import { readTerms } from '@/lib/reader';
import { chromiumPage } from '../support/chromium-page';
import { readSpec, rawOf, upfrontNamed } from '../support/raw';
import { scanPage } from '../support/scan-page';

const kinds = (t: LoanTerms): string[] => t.statedRates.map((r) => `${r.kind}|${r.value}`);

describe('pages read from their text alone', () => {
  it('reads no loan on a phone plan whose only span is a deposit handed back', () => {
    // "返还款" holds 还款 by accident: money handed back is no repayment.
    const t = readTerms(
      rawOf({
        title: '套餐详情 - 岚汐通信微店',
        pairs: [
          ['价格', '￥300'],
          ['商品金额', '￥300（预存话费，可全额用于缴纳话费）'],
        ],
        text: [
          '129元/月',
          '预存话费300元一次性存入，分12个月每月返还25元，返还款仅可用于抵扣本号码通信费。',
          '套餐月租129元/月，首月按日折算；欠费停机按千分之三每日收取滞纳金。',
        ],
      }),
    );
    expect(t).toBeNull();
  });

  it('reads a Hong Kong lender’s 月平息 as a month’s rate', () => {
    const t = readSpec({
      pairs: [
        ['贷款金额', 'RMB 120,000.00'],
        ['贷款期限', '24个月'],
        ['Monthly Flat Rate 月平息', '0.25%'],
        ['Monthly Instalment 每月还款额', 'RMB 5,300.00'],
      ],
    });
    expect(kinds(t)).toContain('monthly|0.0025');
    expect(t.repaymentMethod).toBe('等本等息');
  });

  it('reads a pay-later order’s 使用期限 and the dates beside it', () => {
    const t = readSpec({
      pairs: [
        ['垫付金额', '￥2,599.00（直接支付至星穹移动）'],
        ['使用期限', '90天（2026-06-03 至 2026-09-01）'],
        ['还款方式', '到期一次性还本付息'],
        ['日利率', '0.05%'],
        ['到期应还', '￥2,754.96（2026-09-01）'],
      ],
    });
    expect(t.termDays).toBe(90);
    expect(t.disbursementDate).toBe('2026-06-03');
  });

  it('takes a fee whose 缴纳方式 says it is paid before the loan as kept back', () => {
    const t = readSpec({
      pairs: [
        ['审批金额', '200,000.00 元'],
        ['审批期限', '12个月'],
        ['还款方式', '先息后本'],
        ['执行年利率', '9.00%'],
        ['担保服务费', '4,000.00 元'],
        ['缴纳方式', '签约后、放款前由借款人一次性缴纳至担保机构账户，缴纳成功后银行发放贷款'],
      ],
    });
    expect(upfrontNamed(t)).toEqual(['担保服务费|4000.00']);
    expect(t.received).toBe('196000.00');
  });

  it('takes a fee paid "于提款日或之前" apart from the loan as kept back', () => {
    const t = readSpec({
      pairs: [
        ['贷款金额', '人民币贰拾万元整（¥200,000.00）'],
        ['贷款期限', '36个月'],
        ['还款方式', '等额本息'],
        ['贷款年利率', '7.20%'],
        [
          '安排费',
          '贷款金额的2%，即人民币4,000.00元，借款人应于提款日或之前另行支付，不从贷款本金中扣除。',
        ],
      ],
    });
    expect(upfrontNamed(t)).toEqual(['安排费|4000.00']);
  });

  it('dates the plan from a first due date in brackets after 首期', () => {
    const t = readSpec({
      text: [
        '您的贷款已放款成功，贷款金额50,000.00元已于2026-04-22全额发放。',
        '本笔贷款期限24个月，还款方式为等额本金，执行年利率4.80%，每月22日为还款日。首期（2026-05-22）应还2,283.33元（本金2,083.33元，利息200.00元）。',
      ],
    });
    expect(t.payments[0]?.dueDate).toBe('2026-05-22');
    expect(t.payments[1]?.dueDate).toBe('2026-06-22');
  });

  it('reads repaying at any time, in part or in whole, as the prepayment clause', () => {
    const t = readSpec({
      pairs: [
        ['借款金额', '40,000.00'],
        ['借款期限', '6个月'],
        ['贷款利率', '5.25%'],
        ['还款方式', '到期一次性还本付息'],
      ],
      text: [
        '借款期间可随时申请保单还款（RF），部分或全部归还均可，利息按实际借款天数计算，不收取手续费。',
      ],
    });
    expect(t.prepayment?.text).toContain('随时申请保单还款');
    expect(t.prepayment?.penalty).toBe(false);
  });

  it('writes a foreign bank’s subsidiary with full-width brackets', () => {
    const t = readSpec({
      pairs: [
        ['贷款人', 'Harbourline Bank (China) Limited 汇岸银行（中国）有限公司'],
        ['贷款金额', 'RMB 120,000.00'],
        ['贷款期限', '24个月'],
        ['年利率', '6.00%'],
        ['还款方式', '等额本息'],
      ],
    });
    expect(t.lender).toMatchObject({ type: 'bank', name: '汇岸银行（中国）有限公司' });
  });
});

describe('layouts read by the real scanner', () => {
  const chromium = chromiumPage();

  async function read(body: string): Promise<LoanTerms | null> {
    await chromium.page.setContent(
      `<!doctype html><html lang="zh-CN"><body>${body}</body></html>`,
      {
        waitUntil: 'load',
      },
    );
    return readTerms(await scanPage(chromium.page, { maxRounds: 1 }));
  }

  const row = (label: string, note: string, value: string): string =>
    `<div style="display:flex;justify-content:space-between;align-items:center;padding:12px 0;font-size:14px">
      <span>${label}<small style="display:block;font-size:11px">${note}</small></span>
      <span style="font-weight:600">${value}</span></div>`;

  it('reads a bilingual confirmation: English labels with Chinese names and notes under them', async () => {
    const t = await read(`<div style="width:420px">
      ${row('Loan Amount', '借款金额', 'RMB 30,000.00')}
      ${row('Tenor', '借款期数', '12期')}
      ${row('Monthly Interest Rate 月利率', 'Interest on reducing balance 按剩余本金计息', '1.50%')}
      ${row('Repayment Method', '还款方式', 'Equal Instalments 等额本息')}
      ${row('Monthly Instalment', '月供', 'RMB 2,750.40')}
      ${row('Processing Fee 手续费 (5%)', 'Deducted from the payout 放款时从借款金额中扣除', '- RMB 1,500.00')}
      ${row('Amount you receive', '到账金额', 'RMB 28,500.00')}
    </div>`);
    expect(t).not.toBeNull();
    expect(kinds(t as LoanTerms)).toContain('monthly|0.015');
    expect(upfrontNamed(t as LoanTerms)).toEqual(['手续费|1500.00']);
    expect(t?.received).toBe('28500.00');
    expect(t?.payments[0]?.amount).toBe('2750.40');
  });

  it('reads a key-terms table whose cells give each label and value in English, then Chinese', async () => {
    const cell = (en: string, zh: string): string => `<td><span>${en}</span><br />${zh}</td>`;
    const t = await read(`<table>
      <tr>${cell('Lender', '贷款人')}${cell('Landmere Bank (China) Co., Ltd.', '澜德银行（中国）有限公司')}</tr>
      <tr>${cell('Loan Amount', '贷款金额')}${cell('RMB 200,000.00', '人民币贰拾万元整（¥200,000.00）')}</tr>
      <tr>${cell('Tenor', '贷款期限')}${cell('36 months from the Drawdown Date', '36个月，自提款日起算')}</tr>
      <tr>${cell('Interest Rate', '贷款年利率')}${cell('7.20% per annum, fixed', '固定年利率7.20%')}</tr>
      <tr>${cell('Repayment Method', '还款方式')}${cell('Equal monthly instalments', '等额本息，按月还款')}</tr>
    </table>`);
    expect(t?.lender.name).toBe('澜德银行（中国）有限公司');
    expect(t?.principal).toBe('200000.00');
    expect(t?.termMonths).toBe(36);
    expect(t?.repaymentMethod).toBe('等额本息');
  });

  it('reads a term radio with its instalment, and an amount whose unit is a note beside its label', async () => {
    // (An app's amount slider, then a picker of term rows, as 3672 lays them out.)
    const term = (n: number, each: string, checked = ''): string =>
      `<label style="display:flex;justify-content:space-between"><input type="radio" name="n" ${checked} /><span>${String(n)}期</span><span>¥${each}(含寿险金额¥30.00)</span></label>`;
    const t = await read(`<div style="width:420px">
      <div><div style="display:flex;justify-content:space-between;padding:0 0 4px">
        <span>贷款金额</span><span>单位：元</span></div>
        <div style="font-size:28px;font-weight:700">20,000</div>
        <input type="range" min="3000" max="50000" value="20000" aria-label="贷款金额" />
        <div style="display:flex;justify-content:space-between"><span>3,000</span><span>50,000</span></div>
      </div>
      <div><div>贷款期数</div>
        ${term(6, '3,504.72')}${term(12, '1,829.51', 'checked')}${term(18, '1,272.06')}
      </div>
      <div><span>还款方式</span> <span>等额本息</span></div>
      <div><span>月利率</span> <span>1.20%</span></div>
    </div>`);
    expect(t?.principal).toBe('20000.00');
    expect(t?.termMonths).toBe(12);
    expect(t?.payments).toHaveLength(12);
  });

  it('pairs a form item’s label and colon in a box of their own with the control beside them', async () => {
    const item = (label: string, value: string): string =>
      `<div class="item" style="display:flex">
        <div class="item-label" style="width:120px"><div><label>${label}</label></div><span>:</span></div>
        <div class="item-control"><div><div class="preview">${value}</div></div></div></div>`;
    const t = await read(`<div style="width:600px">
      ${item('审批金额', '200,000.00 元')}
      ${item('审批期限', '12个月')}
      ${item('还款方式', '先息后本')}
      ${item('执行年利率', '9.00%')}
      ${item('贷款人', '澄溪村镇银行股份有限公司')}
    </div>`);
    expect(kinds(t as LoanTerms)).toContain('annual-simple|0.09');
    expect(t?.lender.name).toBe('澄溪村镇银行股份有限公司');
  });
});
