/**
 * Rounds seventy-two and seventy-three's patterns: a plan with running sums beside each period's
 * figures (累计利息, 累计应还: pages 2682, 2700); a settled loan's record or certificate said with
 * 还清 and a nothing-owed line (2702, 2743); a shop's fund account whose flows are signed
 * (2694); a consolidation plan beside the old debts' 原每月利率 (2728); a lender under 贷款银行 (2730);
 * a private lender named in the run of his role (2731). Each expected figure is worked by hand.
 */
import { describe, expect, it } from 'vitest';
import { readTerms } from '@/lib/reader';
import { amountsOf, rawOf, readSpec, tableOf } from '../support/raw';

describe('a plan with running sums beside each period', () => {
  it('reads each period’s own instalment, not the interest so far added to it', () => {
    // 20,000.00 over 24 months at a flat 0.78 % a month on the original principal: interest
    // 20,000 × 0.0078 = 156.00 and principal 20,000 / 24 = 833.33 each month, 989.33 in all —
    // while 累计利息 runs 156.00, 312.00, 468.00 and 累计已还 989.33, 1,978.66, 2,967.99.
    const t = readSpec({
      pairs: [
        ['借款金额', '20,000.00元'],
        ['借款期限', '24期'],
        ['月息（按借款本金）', '0.78%'],
      ],
      tables: [
        tableOf(
          ['期数', '还款日', '应还金额', '利息', '本金', '剩余本金', '累计利息', '累计已还'],
          [
            ['1', '2026-06-20', '989.33', '156.00', '833.33', '19,166.67', '156.00', '989.33'],
            ['2', '2026-07-20', '989.33', '156.00', '833.33', '18,333.34', '312.00', '1,978.66'],
            ['3', '2026-08-20', '989.33', '156.00', '833.33', '17,500.01', '468.00', '2,967.99'],
          ],
        ),
      ],
    });
    expect(amountsOf(t).slice(0, 3)).toEqual(['989.33', '989.33', '989.33']);
  });
});

describe('a loan paid off', () => {
  it('a certificate that says 全部还清 and 当前待还 0.00元 reads no terms', () => {
    // 5,000.00 in 12 instalments of 449.88 at 1.20 % a month, all repaid: 5,398.53 in all.
    const t = readTerms(
      rawOf({
        text: [
          '结清证明：借款人 林*涵 在萤火速借的下列借款已于2026-04-18全部还清，截至本证明出具日无未结清款项。',
        ],
        pairs: [
          ['借款金额', '5,000.00元'],
          ['借款期限', '12期'],
          ['还款方式', '等额本息'],
          ['月利率', '1.20%'],
          ['每期还款', '449.88元（末期449.85元）'],
          ['已还总额', '5,398.53元'],
          ['当前待还', '0.00元'],
        ],
      }),
    );
    expect(t).toBeNull();
  });

  it('a record that says 借款已于…结清，无待还款项 reads no terms, though it says how to borrow again', () => {
    // 15,000.00 over 6 months equal principal at 1.00 % a month: interest 150 + 125 + … + 25 = 525.00.
    const t = readTerms(
      rawOf({
        text: [
          '本记录仅供查询。借款已于2025-12-20结清，无待还款项；如需再次借款，请重新提交申请。',
        ],
        pairs: [
          ['借款金额', '¥15,000.00'],
          ['剩余本金', '¥0.00'],
          ['月利率', '1.00%'],
          ['期限', '6 个月（等额本金）'],
          ['利息', '¥525.00'],
        ],
      }),
    );
    expect(t).toBeNull();
  });

  it('a loan with one period 结清 and nothing overdue is still read', () => {
    const t = readSpec({
      text: ['第1期已于2026-05-15结清。'],
      pairs: [
        ['借款金额', '¥24,000.00'],
        ['年利率', '9.60%'],
        ['期限', '12 个月'],
        ['还款方式', '等额本金'],
        ['逾期未还金额', '0.00元'],
      ],
    });
    expect(t.principal).toBe('24000.00');
  });
});

describe('a shop’s fund account', () => {
  it('takes no signed flow ("提现金额 -5,000.00") for an amount lent, nor for one it could not read', () => {
    // 5,000.00 withdrawn at a 0.60 % fee: 30.00, so 4,970.00 arrives.
    const t = readTerms(
      rawOf({
        text: ['回款贷：待结算货款提前到账，日利率0.04%起', '提现到银行卡（尾号 5521）'],
        pairs: [
          ['可提现余额（元）', '12,846.30'],
          ['提现金额', '-5,000.00'],
          ['提现手续费（0.60%）', '30.00'],
          ['实际到账', '￥4,970.00'],
          ['结算金额', '+1,386.00'],
        ],
      }),
    );
    expect(t).toBeNull();
  });
});

describe('a consolidation loan beside the debts it clears', () => {
  it('reads the new loan, the old debts’ 原每月利率 being no products on offer', () => {
    // 120,000.00 over 36 months at 0.80 % a month: 120,000 × 0.008 / (1 − 1.008⁻³⁶) = 3,849.57.
    const t = readSpec({
      pairs: [
        ['借款金额', '120,000.00元'],
        ['借款期限', '36期'],
        ['还款方式', '等额本息'],
        ['年利率', '9.60%'],
        ['每月还款金额', '3,849.57元'],
      ],
      tables: [
        tableOf(
          ['债务机构', '现时欠款', '原每月利率', '每月利息开支'],
          [
            ['A银行信用卡', '36,800.00', '3.00%', '1,104.00'],
            ['C财务公司', '21,500.00', '2.50%', '537.50'],
            ['D网络小贷', '14,100.00', '2.00%', '282.00'],
            ['E网络小贷', '10,400.00', '1.80%', '187.20'],
          ],
          'main table:nth-of-type(1)',
        ),
        tableOf(
          ['期数', '还款日', '月供', '本金', '利息'],
          [
            // 120,000 × 0.008 = 960.00 of interest, 2,889.57 of principal; then 117,110.43 × 0.008.
            ['1', '2026-09-05', '3,849.57', '2,889.57', '960.00'],
            ['2', '2026-10-05', '3,849.57', '2,912.69', '936.88'],
            ['3', '2026-11-05', '3,849.57', '2,935.99', '913.58'],
          ],
          'main table:nth-of-type(2)',
        ),
      ],
    });
    expect(t.principal).toBe('120000.00');
  });
});

describe('who lends', () => {
  it('the bank under 贷款银行, not the words of a sentence that end in 银行', () => {
    const t = readSpec({
      lead: ['以下为客户黄*华的审批结果，请核对后预约银行面签。'],
      pairs: [
        ['贷款银行', '溪岸银行股份有限公司'],
        ['贷款金额', '500,000.00元'],
        ['年利率', '4.20%'],
        ['期限', '12个月'],
        ['还款方式', '先息后本'],
      ],
    });
    expect(t.lender.name).toBe('溪岸银行股份有限公司');
    expect(t.lender.type).toBe('bank');
  });

  it('not the bank of the card the money is paid to ("放款银行 广发银行 尾号 5520")', () => {
    const t = readSpec({
      pairs: [
        ['渠道名称', '岱山消费金融股份有限公司'],
        ['放款银行', '广发银行 尾号 5520'],
        ['借款金额', '10,000.00元'],
        ['年利率', '15.00%'],
        ['期限', '12个月'],
        ['还款方式', '等额本息'],
      ],
    });
    expect(t.lender.name).not.toBe('广发银行');
  });

  it('a person named in the run of his role, the note after it saying he lends as a person', () => {
    const t = readSpec({
      pairs: [
        ['出借人周立衡', '个人出借人，由言禾融通居间撮合，借款合同由借贷双方直接签署'],
        ['借款金额', '80,000.00元'],
        ['借款期限', '2个月'],
        ['月利率', '2%'],
        ['还款方式', '到期一次性还本付息'],
      ],
    });
    expect(t.lender.name).toBe('周立衡');
    expect(t.lender.type).toBe('private');
  });
});
