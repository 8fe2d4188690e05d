/**
 * The letter: the seed article's contents (hardship, a plan with dates, the written agreement and
 * its list, 第668/670条, a 结清证明), polite, no accusation unless the borrower adds a problem, the
 * contact log quoted, incidents with the rules they may breach, unconfirmed bases flagged.
 */
import { describe, expect, it } from 'vitest';

import { negotiate } from '@/lib/negotiate';
import type { ContactEntry } from '@/lib/model/contact';
import { defaultSettings } from '@/lib/storage/settings';

import { baseCase, caseOf } from './support';

const options = {
  borrower: { ...defaultSettings.borrower, name: '张三', phone: '13800000000' },
  userLpr: [],
  contacts: [] as ContactEntry[],
  today: '2026-11-30',
};

const call: ContactEntry = {
  id: 'a',
  at: '2026-11-03T14:20',
  channel: 'phone',
  direction: 'outgoing',
  lender: '',
  agentId: '1234',
  number: '',
  said: '说明失业情况，提出分期',
  promised: '三个工作日内回电',
  incidents: [],
};
const nightCall: ContactEntry = {
  id: 'b',
  at: '2026-11-05T23:10',
  channel: 'phone',
  direction: 'incoming',
  lender: '某某网络小额贷款有限公司',
  agentId: '',
  number: '95xxx',
  said: '催款',
  promised: '',
  incidents: ['third-party-contact'],
};

describe('the negotiation letter', () => {
  it('carries the seed article’s contents in order and accuses nothing by default', () => {
    const { letter } = negotiate(caseOf(baseCase), options);
    const order = [
      '致某某网络小额贷款有限公司',
      '本人张三',
      '因失业，本人目前暂时无法按原计划还款',
      '法律支持的金额为 14,710.15 元',
      '自2026年12月30日起分 10 期偿还，每月30日前还款 1,471.02 元（最后一期 1,470.97 元）',
      '暂停计收罚息',
      '不要联系本人的家人',
      '第六百六十八条',
      '借款人姓名及身份证号',
      '借款金额、利率、已还金额及剩余未还金额',
      '每期还款日期和金额',
      '违约情形的处理方式',
      '双方签字盖章确认',
      '第六百七十条：借款的利息不得预先在本金中扣除',
      '结清证明',
      '日期：2026年11月30日',
    ];
    let at = -1;
    for (const piece of order) {
      const next = letter.indexOf(piece);
      expect(next, piece).toBeGreaterThan(at);
      at = next;
    }
    expect(letter).not.toMatch(/发现以下问题|可能违反/);
    expect(letter).not.toMatch(/\{\w+\}/);
  });

  it('raises only the problems the borrower adds', () => {
    const { letter } = negotiate(
      caseOf({ ...baseCase, problems: ['放款时扣除了1,200元“服务费”'] }),
      options,
    );
    expect(letter).toContain('本人发现以下问题');
    expect(letter).toContain('1. 放款时扣除了1,200元“服务费”');
  });

  it('quotes the contact log and names the rules an incident may breach', () => {
    const { letter } = negotiate(caseOf(baseCase), { ...options, contacts: [nightCall, call] });
    expect(letter).toContain('本人于2026年11月3日14:20通过电话联系贵方（工号/姓名：1234）');
    expect(letter).toContain('对方表示/承诺：三个工作日内回电。');
    expect(letter).toMatch(/2026年11月5日23:10，联系与债务无关的第三人.*个人信息保护法》第十条/);
    // The night call is marked from its time alone.
    expect(letter).toMatch(/2026年11月5日23:10，在22:00至次日8:00之间催收/);
    // 信用卡办法第68条's wording is unconfirmed (legal.md §9): the letter says so.
    expect(letter).toMatch(/注：.*第六十八条.*未能核实/);
  });

  it('asks for 个性化分期 under 第70条 for card debt', () => {
    const { letter, steps } = negotiate(
      caseOf({ ...baseCase, lenderType: 'credit-card' }),
      options,
    );
    expect(letter).toContain('第七十条');
    expect(letter).toContain('应当停止催收');
    expect(steps.map((s) => s.id)).toContain('credit-card-instalment');
  });

  it('confirms the demand when the law supports all of it', () => {
    const { letter } = negotiate(
      caseOf({ ...baseCase, received: '20000', owed: { principal: '14200', interest: '800' } }),
      options,
    );
    expect(letter).toContain('均在法律保护的范围内');
    expect(letter).not.toContain('请求予以调减');
  });

  it('writes the settlement offer and the phone script', () => {
    const result = negotiate(caseOf({ ...baseCase, lumpSum: '10000' }), {
      ...options,
      chosen: 'settlement',
    });
    expect(result.letter).toContain(
      '于2026年12月30日前一次性支付 10,000.00 元，结清全部欠款，其余部分恳请贵方予以减免',
    );
    expect(result.phone.say.join('')).toContain('一次性支付 10,000.00 元结清');
    expect(result.phone.avoid.length).toBeGreaterThan(2);
  });

  it('asks the lender for a plan when 60 months at the capacity cannot carry the debt', () => {
    const { letter, plans } = negotiate(caseOf({ ...baseCase, monthlyCapacity: '100' }), options);
    expect(plans).toEqual([]);
    expect(letter).toContain('本人目前每月最多可还 100.00 元，按此在60期内无法还清');
  });
});
