/**
 * No loan agreement can be read before signing. 民法典第668条 requires institutional loans in
 * writing, stating the rate, term and repayment method; 第496条 lets a term the borrower was not
 * properly shown be excluded from the contract. Natural persons may agree otherwise (第668条), so
 * private lending is out of scope.
 */
import { CITATIONS } from '@/lib/law/citations';
import { defineRule } from '../define-rule';

export default defineRule({
  id: 'contract-not-shown',
  title: '签约前看不到借款合同',
  titleEn: 'The loan agreement is not shown before signing',
  severity: 'warning',
  appliesTo: ['bank', 'consumer-finance', 'small-loan', 'platform-unspecified', 'unknown'],
  basis: {
    civilCode668: CITATIONS.civilCode668,
    civilCode496: CITATIONS.civilCode496,
  },
  messages: {
    notShown: {
      zh: '这个页面没有展示或链接借款合同。民法典第六百六十八条要求借款合同采用书面形式，写明利率、期限和还款方式；格式条款没有合理提示的，您可以主张该条款不成为合同内容（民法典第四百九十六条）。签约前，您可以要求先查看并保存完整的借款合同和费用说明。',
      en: 'This page neither shows nor links the loan agreement. Civil Code Art. 668 requires a written loan contract stating the rate, term and repayment method, and under Art. 496 a standard term you were not properly alerted to may be excluded from the contract. Before signing, you can ask to read and keep the full agreement and fee schedule.',
      complaint:
        '贵方借款页面未向本人展示或提供借款合同文本。《中华人民共和国民法典》第六百六十八条规定，借款合同应当采用书面形式，内容一般包括借款种类、币种、用途、数额、利率、期限和还款方式等条款；第四百九十六条规定，提供格式条款的一方未履行提示或者说明义务的，对方可以主张该条款不成为合同的内容。',
      demands: [
        '提供本笔借款完整的借款合同及全部附件（含费用说明、担保或保险合同）；',
        '在签约前以显著方式展示合同条款，供本人阅读和保存。',
      ],
    },
    shown: {
      zh: '页面展示或链接了借款合同。',
      en: 'The page shows or links the loan agreement.',
    },
    unknown: {
      zh: '无法判断页面是否提供了借款合同。签约前请确认能查看并保存完整合同。',
      en: 'Whether the page offers the loan agreement could not be determined. Make sure you can read and keep the full agreement before signing.',
    },
  },
  check(input, report) {
    const shown = input.terms.agreementShown;
    if (shown === null) return report.incomplete('unknown', {}, ['页面是否展示或链接借款合同']);
    return shown ? report.pass('shown', {}) : report.fail('notShown', {});
  },
  examples: {
    pass: [{ name: 'the agreement is linked' }],
    fail: [{ name: 'no agreement anywhere', terms: { agreementShown: false } }],
  },
});
