/**
 * An annual rate computed by the simple method but not labelled 单利. 人民银行公告〔2021〕第3号
 * 第四条: the annual rate may be compound (IRR) or simple, "采用单利计算方法的，应说明是单利".
 * The page's figure is compared with the contract's own rate — the monthly rate its principal-and-
 * interest schedule charges — in its simple (× 12) and compound ((1 + r)^12 − 1) forms. A figure
 * equal to the simple form and below the compound one, with no 单利 label, is the finding. Fees are
 * not part of this comparison: a figure that leaves fees out is `fee-outside-apr`'s finding.
 */
import { solveIrr } from '@/lib/finance';
import { Decimal } from '@/lib/finance/decimal';
import { parseDecimal } from '@/lib/finance/money';
import { CITATIONS } from '@/lib/law/citations';
import type { StatedRate } from '@/lib/model/terms';
import type { RuleInput } from '../context';
import { defineRule } from '../define-rule';
import { loanCostFees, rateEvidence, rateWords, UNDERSTATEMENT_TOLERANCE } from '../facts';
import { listEn, listZh, percent } from '../format';

const SIMPLE_LABEL = /单利/;
const COMPOUND_LABEL = /复利|IRR|内部收益率/i;
/** A stated figure within 0.1 pp of monthly rate × 12 is that simple figure. */
const SAME_FIGURE = new Decimal('0.001');

function simpleKind(rate: StatedRate): boolean {
  return (
    rate.context === undefined &&
    (rate.kind === 'annual-simple' || rate.kind === 'comprehensive-annual')
  );
}

/**
 * The contract's monthly rate: the IRR of the contract amount against each payment's principal
 * and interest, or — when the page splits no payment and charges no fee — the rate on the
 * contract amount. Null when neither can be read.
 */
function contractMonthlyRate(input: RuleInput): Decimal | null {
  const { principal, payments, fees } = input.terms;
  const p = principal === null ? null : parseDecimal(principal);
  if (
    p !== null &&
    payments.length > 0 &&
    payments.every((x) => x.principal !== undefined && x.interest !== undefined)
  ) {
    const irr = solveIrr([
      { t: 0, amount: p },
      ...payments.map((x, i) => ({
        t: i + 1,
        amount: new Decimal(x.principal ?? '0').plus(x.interest ?? '0').negated(),
      })),
    ]);
    return irr.kind === 'unique' ? irr.rate : null;
  }
  const onContract = input.aprOnContract;
  if (loanCostFees(fees).length === 0 && onContract?.method === 'monthly') {
    return new Decimal(onContract.nominal).div(12);
  }
  return null;
}

export default defineRule({
  id: 'apr-simple-unlabelled',
  title: '单利年化利率未注明"单利"',
  titleEn: 'A simple annual rate is not labelled as simple',
  severity: 'warning',
  appliesTo: 'all',
  basis: { pboc2021No3Art4: CITATIONS.pboc2021No3Art4 },
  messages: {
    unlabelled: {
      zh: '页面写明{rates}，没有注明是单利。按页面自己的还款计划，合同利率为每月{monthly}，页面的数字正是月利率×12的单利算法；同一利率按复利（内部收益率法）计算为{contractCompound}。人民银行公告〔2021〕第3号第四条允许用单利方法计算年化利率，但应当说明是单利。您可以要求贷款方注明“单利”，或告知按复利计算的年化利率。（把各项费用算进去的真实年化利率，见其他检查项。）',
      en: "The page states {ratesEn} without saying it is a simple rate. By the page's own schedule the contract rate is {monthly} a month, and the page's figure is that monthly rate × 12, the simple method; compounded, the same rate is {contractCompound}. PBOC Announcement [2021] No. 3, Art. 4 allows a simple annual rate but requires it to be labelled as simple. You can ask the lender to label it, or to state the compound annual rate. (The true rate with every fee counted is in the other checks.)",
      complaint:
        '贵方页面标示{rates}，未说明采用单利计算方法；按同一合同利率以复利计算为{contractCompound}。《中国人民银行公告〔2021〕第3号》第四条规定：“贷款年化利率可采用复利或单利方法计算。复利计算方法即内部收益率法，具体示例见附件。采用单利计算方法的，应说明是单利。”',
      demands: [
        '书面说明所标示年化利率的计算方法；',
        '如为单利，在页面和合同中注明“单利”，或同时告知按复利计算的年化利率。',
      ],
    },
    labelledOrCompound: {
      zh: '页面的年化利率{rates}已注明单利或复利，或不是月利率×12的单利数字。',
      en: 'The annual rate shown ({ratesEn}) is labelled simple or compound, or is not the monthly rate × 12.',
    },
    noSimpleFigure: {
      zh: '页面没有需要注明单利或复利的年化利率（没有年化利率，或已写明是复利/IRR）。',
      en: 'The page shows no annual rate that would need a simple/compound label (none, or one stated as compound/IRR).',
    },
    noContractRate: {
      zh: '页面写明{rates}，未注明单利，但页面没有分列每期的本金和利息，无法判断它是不是按单利计算的。',
      en: 'The page states {ratesEn} without a simple label, but it does not split each payment into principal and interest, so whether the figure is a simple rate could not be checked.',
    },
  },
  check(input, report) {
    const candidates = input.terms.statedRates.filter(simpleKind);
    if (candidates.length === 0) return report.inapplicable('noSimpleFigure', {});
    // The words the page puts on the figure: its label, or the value itself ("贷款利率：年化利率
    // （单利）14.4%").
    const named = (r: StatedRate): string => `${r.label} ${r.valueText}`;
    const unlabelled = candidates.filter(
      (r) => !SIMPLE_LABEL.test(named(r)) && !COMPOUND_LABEL.test(named(r)),
    );
    const words = (rs: StatedRate[]) => ({
      rates: listZh(rs.map(rateWords)),
      ratesEn: listEn(rs.map(rateWords)),
    });
    if (unlabelled.length === 0) return report.pass('labelledOrCompound', words(candidates));
    const monthly = contractMonthlyRate(input);
    if (monthly === null) {
      return report.incomplete('noContractRate', words(unlabelled), ['每期应还本金和利息']);
    }
    const simple = monthly.times(12);
    const compound = monthly.plus(1).pow(12).minus(1);
    const simpleFigures = unlabelled.filter(
      (r) =>
        simple.minus(r.value).abs().lte(SAME_FIGURE) &&
        compound.minus(r.value).greaterThan(UNDERSTATEMENT_TOLERANCE),
    );
    if (simpleFigures.length === 0) return report.pass('labelledOrCompound', words(unlabelled));
    const compoundText = compound.toDecimalPlaces(6).toString();
    return report.fail(
      'unlabelled',
      {
        ...words(simpleFigures),
        monthly: percent(monthly.toDecimalPlaces(8).toString()),
        contractCompound: percent(compoundText),
      },
      {
        evidence: simpleFigures.flatMap(rateEvidence),
        figures: {
          contractCompoundValue: compoundText,
          contractMonthlyValue: monthly.toDecimalPlaces(8).toString(),
        },
      },
    );
  },
  examples: {
    pass: [{ name: '年化利率（单利） is labelled' }],
    fail: [
      {
        name: '年利率 18.00% on a 1.5%-a-month schedule, with no 单利 label',
        terms: {
          statedRates: [
            {
              label: '年利率',
              kind: 'annual-simple',
              value: '0.18',
              valueText: '18.00%',
              primary: true,
            },
          ],
        },
      },
    ],
  },
});
