/**
 * Round ninety-five's patterns (pages 3684–3775): a company lending to its own staff, repaid from
 * pay; farm inputs sold on credit (赊销, 赊购); fees paid from the card before the money is lent, at
 * an appraisal, or on payout day apart; a credit-sale ledger's 年息 and 本期合计; an approval's
 * 审批额度 and its instalment with its parts in brackets; a product list's rates beside a quote;
 * two column headers side by side; an investor's page whose fee names a party; fees and rates in
 * tooltips hidden until hovered.
 */
import { describe, expect, it } from 'vitest';

import type { LoanTerms } from '@/lib/model/terms';
import { readTerms } from '@/lib/reader';
import { chromiumPage } from '../support/chromium-page';
import { rawOf, readSpec, upfrontNamed } from '../support/raw';
import { scanPage } from '../support/scan-page';

const kinds = (t: LoanTerms): string[] =>
  t.statedRates.map((r) => `${r.kind}|${r.value}${r.context ? `|${r.context}` : ''}`);

describe('a company lending to its own staff', () => {
  it('names the company as a private lender where the loan is repaid from pay', () => {
    const t = readSpec({
      lead: ['宋以宁的员工借款申请（苏州霁川精密机械有限公司）'],
      pairs: [
        ['借款所属OU', '苏州霁川精密机械有限公司'],
        ['借款金额', '36,000.00元'],
        ['借款期限', '12个月（12期）'],
        ['借款年利率', '4.80%（按借款本金计息，每月144.00元）'],
        ['还款方式', '等本等息，工资代扣'],
        ['付款银行', '平安银行深圳福田支行'],
      ],
    });
    expect(t.lender).toMatchObject({ type: 'private', name: '苏州霁川精密机械有限公司' });
  });

  it('reads a salary advance: days of use, its fee by the day and what is taken back', () => {
    const t = readSpec({
      lead: ['深圳岚驰物流有限公司', '工资预支申请'],
      pairs: [
        ['借款金额', '5,000.00'],
        ['预计还款日期', '2026-07-10'],
        ['日费率', '0.05%（万分之5/日）'],
        ['工资发放日', '2026-07-10'],
        ['占用天数', '28天'],
        ['资金占用费', '70.00'],
        ['扣回合计', '5,070.00'],
      ],
      text: ['预支款项及资金占用费于发薪时一次从工资中扣回。'],
    });
    expect(t.termDays).toBe(28);
    expect(t.disbursementDate).toBeNull();
    expect(t.payments.map((p) => [p.dueDate, p.amount])).toEqual([['2026-07-10', '5070.00']]);
    expect(t.lender.type).toBe('private');
  });

  it('reads a requisition’s 借款金额合计, its 每月扣还 and what is left after the fee', () => {
    const t = readSpec({
      pairs: [
        [
          '借款用途及说明',
          '借款期限24个月，年利率3.6%，按等额本息方式每月10日发薪时从工资中扣还，每月扣还3,459.77元。',
        ],
        ['借款金额合计', '80,000.00'],
      ],
    });
    expect(t.principal).toBe('80000.00');
    expect(t.payments[0]?.amount).toBe('3459.77');
  });

  it('takes 扣除手续费后实得 for what arrives, not for a fee, and dates the loan by 预计放款日期', () => {
    const t = readSpec({
      pairs: [
        ['借款日期', '2026-06-03'],
        ['借款金额', '30000'],
        ['借款期限', '6个月'],
        ['还款方式', '到期一次性还本付息，从11月工资中一次扣回'],
        ['年利率', '12%（月息1%）'],
        ['预计放款日期', '2026-06-10'],
        ['到期扣款日', '2026-12-10（11月工资发放日）'],
        ['借款手续费', '300.00元'],
        ['扣除手续费后实得', '29,700.00元'],
      ],
    });
    expect(upfrontNamed(t)).toEqual(['借款手续费|300.00']);
    expect(t.received).toBe('29700.00');
    expect(t.disbursementDate).toBe('2026-06-10');
    expect(t.payments[0]?.dueDate).toBe('2026-12-10');
  });
});

describe('goods sold on credit', () => {
  it('reads a dealer’s credit sale: amount, term, 结账方式, due day and the shop as lender', () => {
    const t = readSpec({
      pairs: [
        ['赊销金额', '12680.00 元（货款全额赊销，发货即记账）'],
        ['赊销期限', '6个月（2026-04-15 至 2026-10-15）'],
        ['结账方式', '到期一次性还本付息'],
        ['赊销约定', '月息1.5% ，自发货之日起计息'],
        ['约定结清日', '2026-10-15'],
        ['到期应结', '13821.20 元'],
        ['赊销方', '禾沃农资经营部（个体工商户）'],
      ],
      text: ['提前结账按实际天数计息，不收其他费用。'],
    });
    expect(t.principal).toBe('12680.00');
    expect(t.repaymentMethod).toBe('到期一次性还本付息');
    expect(t.payments.map((p) => [p.dueDate, p.amount])).toEqual([['2026-10-15', '13821.20']]);
    expect(t.lender).toMatchObject({ type: 'private', name: '禾沃农资经营部' });
    expect(t.prepayment?.penalty).toBe(false);
  });

  it('reads a co-op ledger’s 赊购金额, 年息 and 本期合计 as a flat plan', () => {
    const t = readSpec({
      pairs: [
        ['赊购金额', '9,600 元'],
        ['赊购日期', '2026年3月10日'],
        ['还款期数', '8期（按月）'],
        ['月息', '0.8% （按赊购原额计）'],
        ['折合年息', '9.6%'],
        ['赊购方', '青垣镇供销合作社'],
        ['本期合计', '1,276.80元'],
      ],
    });
    expect(kinds(t)).toContain('annual-simple|0.096');
    expect(t.repaymentMethod).toBe('等本等息');
    expect(t.disbursementDate).toBe('2026-03-10');
    expect(t.lender.name).toBe('青垣镇供销合作社');
  });
});

describe('fees paid before the money is lent', () => {
  it('takes a fee the card pays before the loan is paid out', () => {
    const t = readSpec({
      pairs: [
        ['贷款金额', '30,000.00元'],
        ['贷款期限', '6个月'],
        ['还款方式', '先息后本（按月付息，到期还本）'],
        ['月利率', '1.0%'],
      ],
      text: [
        '确认后系统将先从您绑定的银行卡（尾号7320）扣收贷款服务费 600.00 元，服务费扣收成功后，由青禾小额贷款有限公司放款 30,000.00 元至该银行卡。',
      ],
    });
    expect(upfrontNamed(t)).toEqual(['贷款服务费|600.00']);
  });

  it('takes a fee paid at the home appraisal, and an approval’s 审批额度 with its instalment', () => {
    const t = readSpec({
      pairs: [
        ['批准期数', '36期'],
        ['审批额度', '100,000.00'],
        [
          '总公司审核意见',
          '同意。审批额度100,000.00元，36期，还款方式等本等息，月利率0.88%，按原始本金计息，每期还款3,657.78元（本金2,777.78元 + 利息880.00元，末期3,657.70元）。客户已于上门评估时缴纳上门评估费800.00元。',
        ],
      ],
    });
    expect(t.principal).toBe('100000.00');
    expect(t.payments[0]?.amount).toBe('3657.78');
    expect(upfrontNamed(t)).toEqual(['上门评估费|800.00']);
  });

  it('takes a fee paid apart on payout day, and one paid first by WeChat', () => {
    const t = readSpec({
      pairs: [
        ['借款金额', '36,000.00元'],
        ['借款期限', '24期'],
        ['还款方式', '等额本金'],
        ['执行年利率', '7.8%'],
        ['咨询服务费', '720.00元（放款当日由借款人另行支付给担保人，不从借款本金中扣除）'],
      ],
    });
    expect(upfrontNamed(t)).toEqual(['咨询服务费|720.00']);
  });
});

describe('figures that are no terms of this loan', () => {
  it('leaves a product list’s rates out of the quote’s', () => {
    const t = readSpec({
      pairs: [
        ['借款金额', '50,000.00元'],
        ['借款期限', '3个月'],
        ['还款方式', '到期一次性还本付息'],
        ['产品利息', '1.5%/月'],
        ['到期应还', '51,000.00元'],
        ['产品利息', '1% - 1.5%'],
        ['产品利息', '0.04%-0.05%'],
        ['产品利息', '16%'],
      ],
    });
    // (The quote's own rate, among fields named once, stays the loan's: round ninety-seven.)
    const own = t.statedRates.filter((r) => r.context === undefined);
    expect(own.map((r) => `${r.kind}|${r.value}`)).toEqual(['monthly|0.015']);
    expect(t.statedRates.some((r) => r.primary)).toBe(false);
  });

  it('reads no loan from an expense claim whose two headers sit side by side', () => {
    const t = readTerms(
      rawOf({
        title: '一般费用报销',
        pairs: [
          ['金额', '金额(RMB)'],
          ['报销金额(大写)', '肆仟叁佰捌拾陆元伍角'],
          ['期数', '4期'],
        ],
        text: ['本次冲抵借款 4,386.50 元。'],
      }),
    );
    expect(t).toBeNull();
  });

  it('reads no loan from an investor’s product page whose fee names the lender', () => {
    const t = readTerms(
      rawOf({
        title: '我要出借',
        pairs: [
          ['预期年化收益率', '9.60%'],
          ['项目期限', '12个月'],
          ['回款方式', '等额本息（按月回款）'],
          ['出借人服务费', '按回款利息收取'],
        ],
      }),
    );
    expect(t).toBeNull();
  });
});

describe('a tooltip hidden until hovered, read by the real scanner', () => {
  const chromium = chromiumPage();

  it('reads a fee stated only in a hidden bubble by an info icon, as fine print', async () => {
    await chromium.page.setContent(
      `<!doctype html><html lang="zh-CN"><body>
        <p><span>借款金额</span> <span>36,000.00元</span></p>
        <p><span>借款期限</span> <span>12个月</span></p>
        <p><span>还款方式</span> <span>等额本息</span></p>
        <p><span>年利率</span> <span>12.00%</span></p>
        <span>费用说明 <a href="#"><span class="i-icon">i</span></a>
          <div style="display:none;position:absolute">借款管理费：每期按借款本金的0.30%收取，即108.00元/期，随每期还款一并扣收。</div>
        </span>
        <div class="el-tooltip__popper" style="display:none">逾期后每日按未还本金的0.1%收取逾期费。</div>
      </body></html>`,
      { waitUntil: 'load' },
    );
    const raw = await scanPage(chromium.page, { maxRounds: 1 });
    const bubble = raw.blocks.find((b) => b.text.includes('借款管理费'));
    expect(bubble?.finePrint).toBe(true);
    expect(raw.blocks.some((b) => b.text.includes('逾期费'))).toBe(true);
    const t = readTerms(raw);
    expect(t?.fees.find((f) => f.when === 'periodic')?.amount).toBe('108.00');
  });
});
