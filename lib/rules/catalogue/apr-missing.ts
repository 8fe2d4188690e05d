/**
 * Only a daily, monthly or fee rate is shown, no annual rate. 人民银行公告〔2021〕第3号 第一条:
 * every lender and display platform must show the annual rate prominently; 第五条 only
 * encourages private lending to follow, so for private lending this is a warning.
 */
import { CITATIONS } from '@/lib/law/citations';
import { defineRule } from '../define-rule';
import { evidence, isAnnual, isShortPeriod, rateEvidence, rateWords } from '../facts';
import { listEn, listZh } from '../format';

export default defineRule({
  id: 'apr-missing',
  title: '只展示日利率或月利率，未展示年化利率',
  titleEn: 'Only a daily or monthly rate is shown, no annual rate',
  severity: 'violation',
  appliesTo: 'all',
  basis: {
    pboc2021No3Art1: CITATIONS.pboc2021No3Art1,
    pboc2021No3Art5: CITATIONS.pboc2021No3Art5,
  },
  messages: {
    onlyShort: {
      zh: '页面只写了{rates}，没有写年化利率。日利率、月利率看起来很低，但不能直接看出一年的真实成本。人民银行公告〔2021〕第3号第一条要求所有放贷机构和展示贷款的平台以明显方式展示年化利率。您可以要求贷款方书面告知本笔借款的年化利率（含全部费用）。',
      en: 'The page shows only {ratesEn} and no annual rate. Daily and monthly rates look small but do not show the cost over a year. PBOC Announcement [2021] No. 3, Art. 1 requires every lender and loan display platform to show the annual rate prominently. You can ask the lender to state the annual rate of this loan, all fees included, in writing.',
      complaint:
        '贵方页面仅展示{rates}，未展示本笔借款的年化利率。《中国人民银行公告〔2021〕第3号》第一条规定，所有从事贷款业务的机构在营销时应当以明显的方式向借款人展示年化利率，并在签订贷款合同时载明。',
      demands: [
        '书面告知本笔借款按人民银行公告〔2021〕第3号计算的年化利率（包含全部利息和费用）；',
        '在页面和合同中以明显方式补充展示年化利率。',
      ],
    },
    annualShown: {
      zh: '页面展示了年化利率：{rates}。',
      en: 'The page shows an annual rate: {ratesEn}.',
    },
    noRates: {
      zh: '页面上没有读到任何利率，无法判断是否展示了年化利率。',
      en: 'No rate at all was read on the page, so whether an annual rate is shown could not be checked.',
    },
    rateUnread: {
      zh: '页面上有“{text}”这样的利率文字，但没能确定它是不是本笔借款的年化利率，所以不判断是否缺少年化利率。请您核对页面或合同中写明的年化利率。',
      en: 'The page has rate wording such as "{text}", but whether it is this loan\'s annual rate could not be settled, so whether an annual rate is missing is not judged. Please check the annual rate the page or contract states.',
    },
    noneShown: {
      zh: '页面展示了借款（{loan}），却没有写任何利率，更没有年化利率。人民银行公告〔2021〕第3号第一条要求所有放贷机构和展示贷款的平台以明显方式展示年化利率，并在合同中载明。您可以要求贷款方书面告知本笔借款的年化利率（含全部费用）。',
      en: 'The page shows a loan ({loanEn}) but no rate at all, let alone an annual one. PBOC Announcement [2021] No. 3, Art. 1 requires every lender and loan display platform to show the annual rate prominently and state it in the contract. You can ask the lender to state the annual rate of this loan, all fees included, in writing.',
      complaint:
        '贵方页面展示了借款（{loan}），但未展示任何利率，更未展示年化利率。《中国人民银行公告〔2021〕第3号》第一条规定，所有从事贷款业务的机构在营销时应当以明显的方式向借款人展示年化利率，并在签订贷款合同时载明。',
      demands: [
        '书面告知本笔借款按人民银行公告〔2021〕第3号计算的年化利率（包含全部利息和费用）；',
        '在页面和合同中以明显方式补充展示年化利率。',
      ],
    },
  },
  check(input, report) {
    const rates = input.terms.statedRates;
    const annual = rates.filter(isAnnual);
    if (annual.length > 0) {
      const words = annual.map(rateWords);
      return report.pass('annualShown', { rates: listZh(words), ratesEn: listEn(words) });
    }
    const short = rates.filter(isShortPeriod);
    // A loan with figures and no rate anywhere is the plainest breach of 第一条, not a gap in
    // the reading: the amount and the term or repayments were read, and no rate sits beside them.
    const loan = input.terms.principal;
    const { payments, termMonths, termDays } = input.terms;
    const isLoan = payments.length > 0 || termMonths !== null || termDays !== null;
    // Rate wording the reader could not place ("年利率（即预期年收益率）10.8%" in a clause it did not
    // follow): never "no rate shown", which would be a wrong accusation.
    const unplaced = input.terms.unreadable.find((u) => u.reason === 'rate not placed');
    if (unplaced)
      return report.incomplete('rateUnread', { text: unplaced.text }, ['页面展示的年化利率']);
    if (rates.length === 0 && loan !== null && isLoan) {
      return report.fail(
        'noneShown',
        { loan: `借款金额 ${loan} 元`, loanEn: `amount ${loan} yuan` },
        {
          evidence: evidence('借款金额', input.terms.sources.principal, loan),
          ...(input.lenderType === 'private'
            ? {
                severity: 'warning' as const,
                basis: ['pboc2021No3Art1', 'pboc2021No3Art5'] as const,
              }
            : { basis: ['pboc2021No3Art1'] as const }),
        },
      );
    }
    if (short.length === 0) return report.incomplete('noRates', {}, ['页面展示的利率']);
    const words = short.map(rateWords);
    return report.fail(
      'onlyShort',
      { rates: listZh(words), ratesEn: listEn(words) },
      {
        evidence: short.flatMap(rateEvidence),
        ...(input.lenderType === 'private'
          ? { severity: 'warning' as const, basis: ['pboc2021No3Art1', 'pboc2021No3Art5'] as const }
          : { basis: ['pboc2021No3Art1'] as const }),
      },
    );
  },
  examples: {
    pass: [{ name: 'an annual rate is shown' }],
    fail: [
      {
        name: 'a loan with payments and no rate at all',
        terms: { statedRates: [] },
      },
      {
        name: 'only 日利率 万分之6',
        terms: {
          statedRates: [{ label: '日利率', kind: 'daily', value: '0.0006', valueText: '万分之6' }],
        },
      },
    ],
  },
});
