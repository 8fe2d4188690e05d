/** Letters per addressee, composed from claims: the rules of issue 13, each pinned. */
import { describe, expect, it } from 'vitest';

import { claimsOf } from '@/lib/claims/claims-of';
import { blanksIn, composeLetter, lettersFor, publicUrl, REGULATORS } from '@/lib/letters';
import { cardDemands } from '@/lib/letters/card-demands';
import { STATUTES } from '@/lib/letters/wording/statutes';
import type { Report } from '@/lib/model/report';
import { defaultSettings } from '@/lib/storage/settings';

import { fairBank, highCost, membership, privateIou, upfrontFee } from '../../cli/example-loans';

const options = {
  borrower: defaultSettings.borrower,
  today: '2026-11-30',
  source: 'page' as const,
};
const all = (r: Report) => lettersFor(r, options);
const channels = (r: Report) => all(r).offers.map((o) => o.channel);
const letter = (r: Report, channel: Parameters<typeof composeLetter>[2]) =>
  composeLetter(r, claimsOf(r), channel, options)?.text ?? '';

const samples: [string, () => Report][] = [
  ['membership', () => membership()],
  ['upfront fee', upfrontFee],
  ['fair bank', fairBank],
  ['private IOU', privateIou],
];

describe('channels by lender type', () => {
  it('bank and consumer-finance: the lender, then 12378; disclosure issues also 12363', () => {
    const bank = highCost({ type: 'bank', name: '示例银行股份有限公司', evidence: '示例银行' });
    expect(channels(bank)).toEqual(['lender', 'nfra-12378', 'pboc-12363', 'heimao', 'negotiation']);
  });

  it('small-loan: the lender, then the local financial regulator, never 12378', () => {
    expect(channels(upfrontFee())).toEqual([
      'lender',
      'local-regulator',
      'pboc-12363',
      'heimao',
      'negotiation',
    ]);
  });

  it('private lending: negotiation, mediation, the court — no regulator, no 黑猫 against a person', () => {
    const offered = channels(privateIou());
    expect(offered).toEqual(['lender', 'mediation', 'lawsuit', 'negotiation']);
    for (const c of offered) {
      expect(REGULATORS.has(c)).toBe(false);
      expect(c).not.toBe('heimao');
    }
  });

  it('a fair loan is offered only the repayment-plan request', () => {
    expect(channels(fairBank())).toEqual(['negotiation']);
  });
});

describe('letters', () => {
  it.each(samples)('%s: no regulator letter says 贵方', (_name, make) => {
    for (const l of all(make()).letters.filter((x) => REGULATORS.has(x.channel))) {
      expect(l.text, l.channel).not.toContain('贵方');
      expect(l.text).toContain('被投诉机构');
      expect(l.text).toMatch(/核查/);
    }
  });

  it('every letter fills every placeholder and carries the not-legal-advice line', () => {
    for (const [, make] of samples) {
      for (const l of all(make()).letters) {
        expect(l.text, l.channel).not.toMatch(/\{\w+\}/);
        expect(l.text).toContain('不构成法律意见');
      }
    }
  });

  it('membership, to the lender: numbered demands with 318.78 (670), 571.17 (24%), never summed', () => {
    const text = letter(membership(), 'lender');
    expect(text).toMatch(/^致【放款机构名称】：/);
    expect(text).toMatch(
      /\n1\. 按实际到账金额7,701\.00元重新计算本金和利息，退还或在后续还款中抵减多收的318\.78元（民法典第六百七十条）；/,
    );
    expect(text).toContain('超过部分571.17元');
    expect(text).toContain('不应相加');
    expect(text).not.toContain('1,038.84');
    expect(text).toContain('月内部收益率×12');
    expect(text).not.toMatch(/内部收益率法[^。]*（单利）/);
    for (const item of ['借款合同', '放款流水', '还款记录', '页面截图'])
      expect(text).toContain(item);
    expect(text).toContain('15日内');
  });

  it('quotes 民法典第677条 whole, with its exception', () => {
    expect(STATUTES.civilCode677?.text).toContain('除当事人另有约定外');
    // A loan whose only failure is a prepayment charge: the point quotes 677.
    const r = fairBank();
    const withCharge: Report = {
      ...r,
      findings: r.findings.map((f) =>
        f.id === 'prepayment-charge' ? { ...f, outcome: 'fail', demands: ['x'] } : f,
      ),
      terms:
        r.terms === null
          ? null
          : { ...r.terms, prepayment: { text: '提前还款收取3%违约金', penalty: true } },
    };
    const text = letter(withCharge, 'lender');
    expect(text).toContain(
      '第六百七十七条规定：“借款人提前返还借款的，除当事人另有约定外，应当按照实际借款的期间计算利息。”',
    );
    for (const [, make] of samples) {
      for (const l of all(make()).letters) {
        if (l.text.includes('第六百七十七条规定')) expect(l.text).toContain('除当事人另有约定外');
      }
    }
  });

  it('never cites the criminal 非法放贷 opinion for a licensed lender; asks it as a question for an unnamed one', () => {
    for (const type of ['bank', 'consumer-finance', 'small-loan'] as const) {
      const r = highCost({ type, name: '示例有限公司', evidence: '示例' });
      for (const l of all(r).letters)
        expect(l.text, `${type} ${l.channel}`).not.toContain('非法放贷');
      for (const f of r.findings) {
        expect(`${f.explanation.zh}${f.complaint ?? ''}`, `${type} ${f.id}`).not.toContain(
          '非法放贷',
        );
      }
    }
    const unnamed = highCost({ type: 'unknown', name: null, evidence: null });
    const regulator = letter(unnamed, 'local-regulator');
    expect(regulator).toMatch(/是否经监管部门批准[^。]*非法放贷[^。]*核查/);
    expect(letter(unnamed, 'lender')).not.toContain('非法放贷');
  });

  it('a private loan: the 4×LPR line (民间借贷规定第25条), not the 24% financial-loan opinion', () => {
    const text = letter(privateIou(), 'lender');
    expect(text).toMatch(/^致周明远（出借人）：/);
    expect(text).toContain('第二十五条第一款规定');
    expect(text).toContain('359.08');
    expect(text).not.toContain('法发〔2017〕22号');
    expect(text).not.toContain('贵方');
    expect(letter(privateIou(), 'mediation')).toContain('人民调解申请书');
    expect(letter(privateIou(), 'lawsuit')).toMatch(/诉讼请求[\s\S]*359\.08/);
  });

  it('a fair loan: the only text accuses nothing', () => {
    const { letters } = all(fairBank());
    expect(letters.map((l) => l.channel)).toEqual(['negotiation']);
    for (const word of ['违规', '违法', '投诉', '多收', '超过', '预先扣除', '默认勾选', '不透明']) {
      expect(letters[0]?.text, word).not.toContain(word);
    }
  });

  it('the repayment-plan request pastes no accusation even when checks failed', () => {
    const text = letter(membership(), 'negotiation');
    for (const word of ['违规', '默认勾选', '超过年利率24%', '法发〔2017〕22号']) {
      expect(text, word).not.toContain(word);
    }
    expect(text).toContain('以7,701.00元为本金');
  });

  it('黑猫: the form fields, no ID number, the page URL without query or fragment', () => {
    const text = letter(membership(), 'heimao');
    for (const field of ['投诉对象：', '投诉问题：', '投诉要求：', '涉诉金额：', '投诉内容：']) {
      expect(text).toContain(field);
    }
    expect(text).not.toContain('身份证');
    expect(text).toContain('https://loan.example.com/h5/confirm');
    expect(text).not.toMatch(/token|uid=|#step/);
    expect(text).toContain('涉诉金额：318.78元');
    expect(publicUrl('http://a.example/p?x=1#y')).toBe('http://a.example/p');
  });

  it('12363 hears only how the rate is shown (公告〔2021〕第3号), and never that every product must show the IRR', () => {
    const text = letter(membership(), 'pboc-12363');
    expect(text).toContain('第3号');
    expect(text).not.toContain('第六百七十条');
    expect(text).not.toContain('所有贷款产品明示');
  });

  it('a loan typed by the borrower is "借款人提供的数据", not the page', () => {
    const text =
      composeLetter(membership(), claimsOf(membership()), 'lender', {
        ...options,
        source: 'borrower',
      })?.text ?? '';
    expect(text).toContain('根据借款人提供的数据：');
    expect(text).not.toContain('借款页面（');
  });

  it('lists the 【】 blanks a borrower must fill in', () => {
    const blanks = blanksIn(letter(membership(), 'local-regulator')).map((b) => b.blank);
    expect(blanks).toEqual(
      expect.arrayContaining([
        '【所在省市】',
        '【您的姓名】',
        '【首次向机构投诉的日期】',
        '【放款机构名称】',
      ]),
    );
    expect(new Set(blanks).size).toBe(blanks.length);
  });
});

describe('private lending and 公告〔2021〕第3号', () => {
  it('demands nothing of a private lender under the PBOC announcement (第五条: only encouraged)', () => {
    const r = privateIou();
    expect(r.findings.find((f) => f.id === 'apr-simple-unlabelled')?.outcome).toBe('fail');
    expect(claimsOf(r).map((c) => c.basis)).toEqual(['privateLending25']);
    for (const l of all(r).letters) expect(l.text, l.channel).not.toContain('第3号第四条');
  });
});

describe("the findings cards list the letters' demands", () => {
  it('with their amounts, in Chinese and in English', () => {
    const r = membership();
    const zh = cardDemands(r, claimsOf(r), 'zh-CN');
    const en = cardDemands(r, claimsOf(r), 'en');
    expect(zh['upfront-deduction']?.[0]).toContain('多收的318.78元（民法典第六百七十条）');
    expect(en['upfront-deduction']?.[0]).toContain('refund or offset the 318.78 yuan overcharged');
    expect(en['cost-over-24']?.[0]).toContain('571.17');
  });
});
