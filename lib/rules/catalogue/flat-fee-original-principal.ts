/**
 * A per-period fee or interest charged on the original principal while the principal is repaid
 * (等本等息, 分期手续费, 担保费 on the loan amount). 人民银行公告〔2021〕第3号 第三条 computes the
 * rate on the principal still outstanding after each repayment, so such a charge costs about twice
 * its "monthly rate × 12" (legal.md §4 table). Informational: it explains the gap, and passes when
 * the page's own annual figure already reflects it.
 */
import { Decimal } from '@/lib/finance/decimal';
import { CITATIONS } from '@/lib/law/citations';
import type { Fee } from '@/lib/model/terms';
import { defineRule } from '../define-rule';
import { feeEvidence, isUnderstated, MISSING_TRUE_RATE, primaryAnnual, rateWords } from '../facts';
import { listEn, listZh, percent } from '../format';

const NOT_AMORTISING = new Set(['先息后本', '到期一次性还本付息']);

function flatFeeWords(fee: Fee): string {
  return fee.rate === undefined ? fee.name : `${fee.name}（每期按借款本金的${percent(fee.rate)}）`;
}

export default defineRule({
  id: 'flat-fee-original-principal',
  title: '按原始本金收取每期费用或利息',
  titleEn: 'Per-period charge on the original principal',
  severity: 'info',
  appliesTo: 'all',
  basis: { pboc2021No3Art3: CITATIONS.pboc2021No3Art3 },
  messages: {
    flatCharge: {
      zh: '这笔借款每期按最初的借款本金收取{items}，但本金每期都在减少，到后面您实际占用的本金越来越少，费用却不减。所以真实年化利率（按每期剩余本金计算）为{apr}，远高于"月费率×12"。页面写明的年化利率：{shown}。人民银行公告〔2021〕第3号第三条要求按每期还款后剩余本金计算年化利率。您可以要求贷款方按剩余本金说明真实年化利率，并据此协商降低费用。',
      en: 'Each period this loan charges {itemsEn} on the original loan amount, although the principal falls every period, so later charges are on money you no longer hold. The true annual rate, on the balance outstanding, is {apr}, far above "monthly rate × 12". Annual rate shown: {shownEn}. PBOC Announcement [2021] No. 3, Art. 3 requires the annual rate to be computed on the principal outstanding after each repayment. You can ask the lender to state the true annual rate on that basis and negotiate lower charges.',
      complaint:
        '本笔借款每期按原始借款本金收取{items}，而本金逐期偿还，按每期剩余本金计算的实际年化利率为{apr}。《中国人民银行公告〔2021〕第3号》第三条规定，采用分期偿还本金方式的，应以每期还款后剩余本金计算实际占用的贷款本金。',
      demands: [
        '书面告知按每期剩余本金计算的本笔借款年化利率；',
        '按剩余本金重新核定每期费用或利息，退还或抵减多收部分。',
      ],
    },
    disclosed: {
      zh: '这笔借款每期按原始本金收取{items}，但页面写明的年化利率{shown}已与按剩余本金计算的{apr}相符。',
      en: 'This loan charges {itemsEn} on the original principal each period, but the annual rate shown ({shownEn}) already matches the {apr} computed on the outstanding balance.',
    },
    noFlatCharge: {
      zh: '没有发现按原始本金收取的每期费用或利息。',
      en: 'No per-period charge on the original principal was found.',
    },
    noApr: {
      zh: '这笔借款每期按原始本金收取{items}，但无法计算真实年化利率。',
      en: 'This loan charges {itemsEn} on the original principal each period, but the true annual rate could not be computed.',
    },
  },
  check(input, report) {
    const { repaymentMethod, fees } = input.terms;
    const amortising = repaymentMethod === null || !NOT_AMORTISING.has(repaymentMethod);
    const flatFees = amortising
      ? fees.filter((f) => f.when === 'periodic' && f.rateBasis === 'original-principal')
      : [];
    // Equal parts of the principal and nothing more (an interest-free 分期) charge nothing flat.
    // No charge each period: a rate of nothing, or instalments that only repay the principal (6 ×
    // 424.00 on 2,544.00 — a fee taken at the start makes the rate, not the method).
    const repaid = input.terms.payments.reduce((s, p) => s.plus(p.amount), new Decimal(0));
    const onlyPrincipal =
      input.terms.principal !== null &&
      input.terms.payments.length > 0 &&
      repaid
        .minus(input.terms.principal)
        .lte(new Decimal('0.01').times(input.terms.payments.length));
    const free =
      (input.apr !== null && new Decimal(input.apr.nominal).abs().lt('0.00005')) || onlyPrincipal;
    const items = [
      ...(repaymentMethod === '等本等息' && !free ? ['利息（还款方式为"等本等息"）'] : []),
      ...flatFees.map(flatFeeWords),
    ];
    if (items.length === 0) return report.pass('noFlatCharge', {});
    const itemData = { items: listZh(items), itemsEn: listEn(items) };
    const evidence = flatFees.flatMap(feeEvidence);
    const apr = input.apr;
    if (apr === null) {
      return report.incomplete('noApr', { ...itemData }, MISSING_TRUE_RATE, { evidence });
    }
    const primary = primaryAnnual(input);
    const data = {
      ...itemData,
      apr: percent(apr.nominal),
      shown: primary === null ? '（未显示）' : `「${rateWords(primary)}」`,
      shownEn: primary === null ? '(none)' : `"${rateWords(primary)}"`,
    };
    if (primary !== null && !isUnderstated(primary, apr)) {
      return report.pass('disclosed', data, { evidence });
    }
    return report.fail('flatCharge', data, { evidence, figures: { aprNominal: apr.nominal } });
  },
  examples: {
    pass: [{ name: '等额本息 with no per-period fee' }],
    fail: [
      {
        name: '分期手续费 0.60% of the price every month, 12 instalments',
        apr: {
          nominal: '0.130349',
          effective: '0.138425',
          method: 'monthly',
          periodic: '0.010862',
        },
        terms: {
          repaymentMethod: '等本等息',
          statedRates: [
            { label: '每期手续费率', kind: 'fee-rate-monthly', value: '0.006', valueText: '0.60%' },
          ],
          fees: [
            {
              name: '分期手续费',
              when: 'periodic',
              amount: '39.53',
              rate: '0.006',
              rateBasis: 'original-principal',
              ratePer: 'month',
            },
          ],
        },
      },
    ],
  },
});
