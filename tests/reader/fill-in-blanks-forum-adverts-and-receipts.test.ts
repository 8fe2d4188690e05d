/**
 * Rounds seventy and seventy-one's patterns: a form contract whose blanks are filled in brackets,
 * each figure a run of its own; "¥ 0.00" beside a coupon; a forum lender's advert whose only loan
 * is its worked example; a reply's sum at another rate ("按12%算…利息是236.71元") beside an IOU's own
 * total after 还本付息; a receipt that voids the IOU; a daily rate said again in brackets at a rural
 * mutual fund cooperative; a calculator library's documentation; and a post quoting a settlement
 * certificate. Each expected figure is worked by hand beside it, not with lib/finance. A credit
 * given to the borrower and named like a fee ("每月向甲方赠送使用费【125】 元") is held by pattern page 2609,
 * and what reaches the borrower written in 大写 with its figure in brackets
 * ("实际到账金额为人民币贰万柒仟陆佰元整（¥27,600.00）") by 2654: built by hand, each reads right without its fix.
 */
import { describe, expect, it } from 'vitest';
import { readTerms } from '@/lib/reader';
import { rawOf, readSpec } from '../support/raw';

describe('a form contract’s blanks filled in brackets', () => {
  it('reads each figure under the words before its bracket, with the unit after it', () => {
    // 6,400 over 24 months 等额本息 at 0.5 % a month (6 % a year).
    const t = readSpec({
      text: [
        '一、乙方向丙方申请分期付款，金额【',
        '6400',
        '】元；',
        '三、贷款期限【',
        '24',
        '】个月，自2026年5月10日起至2028年5月10日止；年利率【',
        '6.00%',
        '】（月利率【',
        '0.50%',
        '】，单利）；还款方式为【',
        '等额本息',
        '】。',
      ],
    });
    expect(t.termMonths).toBe(24);
    expect(t.statedRates.map((r) => [r.kind, r.value])).toContainEqual(['annual-simple', '0.06']);
  });
});

describe('an amount of nothing', () => {
  it('beside a coupon ("优惠券 - ¥ 0.00") is no amount lent: the 放款金额 is', () => {
    // 2,000 for 30 days, 30.00 interest, paid back at once: 2,030.00.
    const t = readSpec({
      pairs: [
        ['放款日期', '2026-06-14'],
        ['到期日', '2026-07-14'],
        ['放款金额', '2,000.00'],
        ['借款期限', '30天'],
        ['还款方式', '到期一次性还本付息'],
        ['利息', '30.00'],
        ['应还金额', '2,030.00'],
      ],
      text: ['优惠券', '-', '¥', '0.00'],
    });
    expect(t.principal).toBe('2000.00');
  });
});

describe('a private lender’s advert on a forum', () => {
  it('offers the loan of its worked example, and asks to be contacted instead of a button', () => {
    // 20,000 for 3 months at 2 % a month, interest only: 400, 400, 20,400; a 10 % fee (2,000)
    // kept back, 18,000 paid out.
    const t = readTerms(
      rawOf({
        pairs: [
          ['放款金额', '5000-50000 元'],
          ['月息', '2 分'],
          ['借款期限', '1-6 个月'],
          ['还款方式', '先息后本'],
        ],
        text: [
          '服务费一次性收放款金额的10%，放款时直接扣除，之后不再收任何费用。',
          '举个例子：借20000元，期限3个月，服务费2000元放款时直接扣除，实际到手18000元；',
          '第1个月、第2个月每月付利息400元，第3个月连本带息还20400元，三个月一共还21200元。',
          '有需要的电话或者站内信联系钱先生，非诚勿扰。',
        ],
      }),
    );
    expect(t?.principal).toBe('20000.00');
    expect(t?.received).toBe('18000.00');
  });
});

describe('an IOU quoted on a forum, with a reply that works it at another rate', () => {
  it('takes the IOU’s own total after 还本付息, not the reply’s interest at the cap', () => {
    // 8,000 for 90 days at 0.05 % a day: 360.00 interest, 8,360.00 in all. At 12 % a year the
    // reply works 8,000 × 12 % × 90 / 365 = 236.71.
    const t = readSpec({
      text: [
        '今借到林知远人民币捌仟元整（￥８０００．００），借款期限９０天，自２０２６年６月１日起至２０２６年８月３０日止，日息万分之五，到期一次性还本付息，共计捌仟叁佰陆拾元整（￥８３６０．００）。',
        '按12%算，8000元借90天的利息是236.71元，比你们约定的360元少123.29元。',
      ],
    });
    expect(t.payments.map((p) => p.amount)).toEqual(['8360.00']);
  });
});

describe('a receipt for the whole debt', () => {
  it('that voids the IOU is no loan, whatever rate it recalls', () => {
    const raw = rawOf({
      text: [
        '当时说好借半年，月息1分，到期一起还本付息。',
        '今天我去把钱还上了：本金20000元，利息1200元，一共21200元。',
        '今收到郑晓峰归还借款本金贰万元整及利息壹仟贰佰元整，共计人民币贰万壹仟贰佰元整（¥21200.00）。双方于2025年12月1日所立借条就此作废，双方再无债权债务。',
      ],
    });
    expect(readTerms(raw)).toBeNull();
  });
});

describe('a member’s loan at a rural mutual fund cooperative', () => {
  it('reads a daily rate said again in brackets, and the cooperative as a bank', () => {
    // 5,000 for 30 days at 万分之3 a day: 5,000 × 0.0003 × 30 = 45.00, 5,045.00 at the end.
    const t = readSpec({
      pairs: [
        ['贷款人', '桐川农村资金互助社'],
        ['借款金额', '5,000.00 元'],
        ['日利率', '万分之3（0.03%）'],
        ['借款期限', '30天'],
        ['还款方式', '到期一次性还本付息'],
      ],
    });
    expect(t.statedRates.map((r) => [r.kind, r.value])).toEqual([['daily', '0.0003']]);
    expect(t.payments.map((p) => p.amount)).toEqual(['5045.00']);
    expect([t.lender.type, t.lender.name]).toEqual(['bank', '桐川农村资金互助社']);
  });
});

describe('pages that lend nothing', () => {
  it('a loan calculator library’s documentation, with its code and worked output', () => {
    const raw = rawOf({
      lead: ['daikuan-calc', '安装'],
      text: [
        'npm install daikuan-calc # 或者 pnpm add daikuan-calc',
        "const { schedule } = require('daikuan-calc') const plan = schedule({ amount: 1000000, months: 360, annualRate: 0.031, method: 'annuity' }) console.log(plan.payment) // 4270.16",
        '贷款金额 1,000,000.00 元，360 期，年利率 3.10%，每月还款 4,270.16 元，还款总额 1,537,260.03 元。',
      ],
    });
    expect(readTerms(raw)).toBeNull();
  });

  it('a blog post quoting a settlement certificate: settled in full, nothing owed', () => {
    const raw = rawOf({
      text: [
        '2023 年 6 月买车的时候贷了 12 万，分 60 期，年利率 4.50%，等额本息，每月还 2,237.16 元。',
        '借款人林泠于2023年6月18日在汀州汽车金融有限公司办理汽车贷款一笔，贷款金额人民币壹拾贰万元整（¥120,000.00），期限60期。',
        '截至2026年6月18日，该笔贷款本息已全部结清，借款人在我司无任何欠款。',
      ],
    });
    expect(readTerms(raw)).toBeNull();
  });
});
