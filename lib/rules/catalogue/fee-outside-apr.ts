/**
 * Loan-linked fees (service, guarantee, insurance, membership…) left out of the annual rate shown.
 * 人民银行公告〔2021〕第3号 第三条 counts "利息及与贷款直接相关的各类费用"; from 2026-08-01 the
 * 明示综合融资成本规定 forbids any fee not in the disclosed cost table. Detected when the page's
 * own annual figure is more than 0.5 pp below the rate computed with every fee.
 */
import { CITATIONS } from '@/lib/law/citations';
import { COST_DISCLOSURE_RULE_FROM } from '@/lib/law/lines';
import type { Fee } from '@/lib/model/terms';
import { defineRule } from '../define-rule';
import {
  feeEvidence,
  isUnderstated,
  loanCostFees,
  MISSING_TRUE_RATE,
  primaryAnnual,
  rateEvidence,
  rateWords,
} from '../facts';
import { listEn, listZh, percent, yuan } from '../format';

function feeWords(fee: Fee): string {
  if (fee.amount !== undefined) return `${fee.name} ${yuan(fee.amount)}元`;
  if (fee.rate !== undefined) return `${fee.name} ${percent(fee.rate)}`;
  return fee.name;
}

export default defineRule({
  id: 'fee-outside-apr',
  title: '费用未计入年化利率',
  titleEn: 'Fees left out of the annual rate',
  severity: 'violation',
  appliesTo: 'all',
  basis: {
    pboc2021No3Art3: CITATIONS.pboc2021No3Art3,
    pboc2021No3Art5: CITATIONS.pboc2021No3Art5,
    costDisclosure2026: CITATIONS.costDisclosure2026,
  },
  messages: {
    outside: {
      zh: '除利息外，这笔借款还要付{fees}。页面写明{shown}，但把这些费用算进去后，真实年化利率是{apr}。人民银行公告〔2021〕第3号第三条要求年化利率包含与贷款直接相关的各类费用。您可以要求贷款方说明每项费用的性质和收取方，把费用计入年化利率重新告知；不合理的费用可以要求免除或退还。',
      en: 'Besides interest this loan charges {feesEn}. The page states {shownEn}, but with these fees counted the true annual rate is {apr}. PBOC Announcement [2021] No. 3, Art. 3 requires the annual rate to include every loan-related fee. You can ask the lender to explain each fee and who collects it, and to restate the annual rate with the fees included; unjustified fees can be contested and refunded.',
      complaint:
        '本笔借款除利息外另收取{fees}，贵方页面标示{shown}，未将上述费用计入年化利率；计入全部费用后的实际年化利率为{apr}。《中国人民银行公告〔2021〕第3号》第三条规定，贷款成本应包括利息及与贷款直接相关的各类费用。',
      demands: [
        '书面说明{fees}各项费用的收费依据、提供的服务及收取主体；',
        '将上述费用计入年化利率重新告知，并对未如实披露的费用予以免除或退还；',
        '提供包含全部费用的还款计划。',
      ],
    },
    included: {
      zh: '这笔借款另收{fees}，页面写明的{shown}已与计入这些费用后的真实年化利率{apr}相符。',
      en: 'This loan also charges {feesEn}; the {shownEn} shown already matches the true annual rate with them, {apr}.',
    },
    noFees: {
      zh: '页面没有列出利息以外的借款费用。',
      en: 'The page lists no loan fee besides interest.',
    },
    noAnnualFigure: {
      zh: '页面另收{fees}，但没有写年化利率可供比较（见「未展示年化利率」一项）。',
      en: 'The page charges {feesEn} but shows no annual rate to compare with (see "annual rate not shown").',
    },
    noApr: {
      zh: '页面另收{fees}，但无法计算真实年化利率，无法判断这些费用是否已计入页面的年化利率。',
      en: 'The page charges {feesEn}, but the true annual rate could not be computed, so whether the fees are in the rate shown could not be checked.',
    },
  },
  check(input, report) {
    const fees = loanCostFees(input.terms.fees);
    if (fees.length === 0) return report.pass('noFees', {});
    const words = fees.map(feeWords);
    const feeData = { fees: listZh(words), feesEn: listEn(words) };
    const primary = primaryAnnual(input);
    if (primary === null) return report.inapplicable('noAnnualFigure', feeData);
    const evidence = [...fees.flatMap(feeEvidence), ...rateEvidence(primary)];
    const apr = input.apr;
    if (apr === null) {
      return report.incomplete('noApr', { ...feeData }, MISSING_TRUE_RATE, { evidence });
    }
    const data = {
      ...feeData,
      shown: `「${rateWords(primary)}」`,
      shownEn: `"${rateWords(primary)}"`,
      apr: percent(apr.nominal),
    };
    if (!isUnderstated(primary, apr)) return report.pass('included', data, { evidence });
    const licensed = input.lenderType !== 'private';
    const disclosureRule = licensed && input.contractDate >= COST_DISCLOSURE_RULE_FROM;
    return report.fail('outside', data, {
      evidence,
      figures: { aprNominal: apr.nominal, stated: primary.value },
      ...(licensed
        ? {
            basis: disclosureRule
              ? (['pboc2021No3Art3', 'costDisclosure2026'] as const)
              : (['pboc2021No3Art3'] as const),
          }
        : { severity: 'warning' as const, basis: ['pboc2021No3Art3', 'pboc2021No3Art5'] as const }),
    });
  },
  examples: {
    pass: [{ name: 'no fee besides interest' }],
    fail: [
      {
        name: '担保费 and 服务费 outside a 12.00% rate',
        apr: {
          nominal: '0.276785',
          effective: '0.314743',
          method: 'monthly',
          periodic: '0.023065',
        },
        terms: {
          statedRates: [
            {
              label: '年化利率（单利）',
              kind: 'annual-simple',
              value: '0.12',
              valueText: '12.00%',
              primary: true,
            },
          ],
          fees: [
            {
              name: '担保费',
              when: 'periodic',
              amount: '90.00',
              rate: '0.0045',
              rateBasis: 'original-principal',
              ratePer: 'month',
            },
            {
              name: '服务费',
              when: 'periodic',
              amount: '60.00',
              rate: '0.003',
              rateBasis: 'original-principal',
              ratePer: 'month',
            },
          ],
        },
      },
    ],
  },
});
