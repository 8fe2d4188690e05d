/**
 * The page's own annual rate is lower than the rate its repayments imply. 人民银行公告〔2021〕第3号
 * 第三条 requires the annual rate to include every loan cost and to be computed on the principal
 * actually outstanding; a gap above 0.5 percentage points is a finding (understatement.ts says
 * why not design.md §3's 0.25).
 */
import { CITATIONS } from '@/lib/law/citations';
import { defineRule } from '../define-rule';
import {
  comparableApr,
  isUnderstated,
  MISSING_TRUE_RATE,
  primaryAnnual,
  rateEvidence,
  rateWords,
  understatement,
  unplacedFees,
} from '../facts';
import { percent, points } from '../format';

/** Which computed figure the stated one was compared with (design.md §3). */
const MEASURES = {
  compound: { zh: '复利（内部收益率法）年化', en: 'compound (IRR) annual rate' },
  nominal: {
    zh: '按内部收益率法计算的单利年化（期利率×期数）',
    en: 'simple annual rate by the IRR method (periodic rate × periods)',
  },
} as const;

export default defineRule({
  id: 'apr-understated',
  title: '页面标示的年化利率低于实际',
  titleEn: 'The annual rate shown is lower than the real one',
  severity: 'violation',
  appliesTo: 'all',
  basis: {
    pboc2021No3Art3: CITATIONS.pboc2021No3Art3,
    pboc2021No3Art5: CITATIONS.pboc2021No3Art5,
  },
  messages: {
    understated: {
      zh: '页面写明{shown}，但按页面自己的还款安排（实际到账金额、每期还款和所有费用）计算，{measure}为{computed}，比页面写的高{diff}个百分点。人民银行公告〔2021〕第3号第三条要求年化利率包含利息和与贷款直接相关的各类费用，并按实际占用的本金计算。您可以要求贷款方书面说明真实年化利率，并按其展示的利率重新计算或退还多收的费用。',
      en: "The page states {shownEn}, but by the page's own repayments (amount received, each instalment and every fee) the {measureEn} is {computed}, {diff} percentage points higher. PBOC Announcement [2021] No. 3, Art. 3 requires the annual rate to include interest and every loan-related fee, computed on the principal actually outstanding. You can ask the lender to state the true annual rate in writing and to recompute at the rate it showed, or refund the excess.",
      complaint:
        '贵方页面标示本笔借款{shown}，但按页面载明的到账金额、还款计划及各项费用，以内部收益率法计算的实际年化利率为{computed}，高出{diff}个百分点。《中国人民银行公告〔2021〕第3号》第三条规定，贷款年化利率应以对借款人收取的所有贷款成本与其实际占用的贷款本金的比例计算，贷款成本应包括利息及与贷款直接相关的各类费用。贵方标示的年化利率未如实反映借款成本。',
      demands: [
        '书面说明本笔借款按人民银行公告〔2021〕第3号计算的真实年化利率及计算过程；',
        '按贵方展示的年化利率{stated}重新核算本笔借款的全部息费，退还或抵减超出部分；',
        '更正页面及合同中的年化利率标示。',
      ],
    },
    accurate: {
      zh: '页面写明{shown}，与按还款安排计算的{measure}{computed}相符（差距不超过0.5个百分点）。',
      en: 'The page states {shownEn}, which matches the {measureEn} of {computed} (within 0.5 percentage points).',
    },
    feeUnplaced: {
      zh: '页面写明{shown}，不计{fees}时按还款安排计算的{measure}为{computed}，与之相符。但页面写了{fees}，没有写明何时收取，所以没有计入；如果它在放款时收取或从借款中扣除，{measure}为{computedWith}，页面写的利率就偏低了。请核对合同中这笔费用何时、怎样收取。',
      en: 'The page states {shownEn}; leaving out {fees}, the {measureEn} by the repayments is {computed}, which matches. But the page names {fees} without saying when it is charged, so it is left out; charged at payout or taken from the loan, it makes the {measureEn} {computedWith}, and the stated rate too low. Please check in the contract when and how this fee is charged.',
    },
    noPrimary: {
      zh: '页面没有给出本笔借款的年化利率，无法比较（是否缺少年化利率见「未展示年化利率」一项）。',
      en: 'The page gives no annual rate for this loan, so there is nothing to compare (see "annual rate not shown").',
    },
    noApr: {
      zh: '页面写明{shown}，但无法计算真实年化利率，无法核对这个数字。',
      en: 'The page states {shownEn}, but the true annual rate could not be computed, so it could not be checked.',
    },
  },
  check(input, report) {
    const primary = primaryAnnual(input);
    if (primary === null) return report.inapplicable('noPrimary', {});
    const shown = { shown: `「${rateWords(primary)}」`, shownEn: `"${rateWords(primary)}"` };
    const evidence = rateEvidence(primary);
    const apr = input.apr;
    if (apr === null) {
      return report.incomplete('noApr', { ...shown }, MISSING_TRUE_RATE, { evidence });
    }
    const measure = MEASURES[primary.kind === 'annual-compound' ? 'compound' : 'nominal'];
    const computed = comparableApr(primary.kind, apr);
    const gap = understatement(primary, apr);
    const data = {
      ...shown,
      measure: measure.zh,
      measureEn: measure.en,
      computed: percent(computed),
    };
    const extra = {
      evidence,
      figures: {
        stated: primary.value,
        computedValue: computed,
        diffPp: gap.times(100).toString(),
      },
      ...(input.lenderType === 'private'
        ? { severity: 'warning' as const, basis: ['pboc2021No3Art3', 'pboc2021No3Art5'] as const }
        : { basis: ['pboc2021No3Art3'] as const }),
    };
    if (!isUnderstated(primary, apr)) {
      // Fees the page names without saying when (UNPLACED_FEE): taken at payout, would the stated
      // rate fall short? Then no ✓.
      const fees = unplacedFees(input);
      const withFees = input.aprWithUnplacedFees;
      return fees !== null && withFees !== null && isUnderstated(primary, withFees)
        ? report.incomplete(
            'feeUnplaced',
            { ...data, fees, computedWith: percent(comparableApr(primary.kind, withFees)) },
            [`${fees}的收取时间`],
            extra,
          )
        : report.pass('accurate', data, extra);
    }
    return report.fail(
      'understated',
      { ...data, diff: points(gap.toString()), stated: primary.valueText },
      extra,
    );
  },
  examples: {
    pass: [{ name: '18.00% stated, 18.00% computed' }],
    fail: [
      {
        name: '15.60% stated, 27.57% computed after a deducted service fee',
        apr: {
          nominal: '0.275656',
          effective: '0.313293',
          method: 'monthly',
          periodic: '0.022971',
        },
        terms: {
          statedRates: [
            {
              label: '年化利率（单利）',
              kind: 'annual-simple',
              value: '0.156',
              valueText: '15.60%',
              primary: true,
            },
          ],
        },
      },
    ],
  },
});
