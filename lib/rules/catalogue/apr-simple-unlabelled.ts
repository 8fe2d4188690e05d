/**
 * An annual rate computed by the simple method but not labelled 单利. 人民银行公告〔2021〕第3号
 * 第四条: the annual rate may be compound (IRR) or simple, "采用单利计算方法的，应说明是单利".
 * A stated annual figure more than 0.25 pp below the compound (IRR) rate is not an IRR figure,
 * so unless its label says 单利 the borrower cannot tell which it is.
 */
import { Decimal } from '@/lib/finance/decimal';
import { CITATIONS } from '@/lib/law/citations';
import type { StatedRate } from '@/lib/model/terms';
import { defineRule } from '../define-rule';
import { rateEvidence, rateWords, UNDERSTATEMENT_TOLERANCE } from '../facts';
import { listEn, listZh, percent } from '../format';

const SIMPLE_LABEL = /单利/;
const COMPOUND_LABEL = /复利|IRR|内部收益率/i;

function simpleKind(rate: StatedRate): boolean {
  return (
    rate.context === undefined &&
    (rate.kind === 'annual-simple' || rate.kind === 'comprehensive-annual')
  );
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
      zh: '页面写明{rates}，没有注明是单利。按内部收益率法（复利）计算，这笔借款的年化利率是{aprEffective}，比页面的数字高。人民银行公告〔2021〕第3号第四条规定，年化利率用单利方法计算的，应当说明是单利。您可以要求贷款方说明该利率的计算方法，并告知按复利（内部收益率法）计算的年化利率。',
      en: "The page states {ratesEn} without saying it is a simple rate. By the IRR (compound) method the annual rate of this loan is {aprEffective}, higher than the page's figure. PBOC Announcement [2021] No. 3, Art. 4 requires a rate computed by the simple method to be labelled as simple. You can ask the lender how the rate was computed and what the IRR (compound) annual rate is.",
      complaint:
        '贵方页面标示{rates}，未说明采用单利计算方法，而按内部收益率法计算的年化利率为{aprEffective}。《中国人民银行公告〔2021〕第3号》第四条规定，采用单利计算方法的，应说明是单利。',
      demands: [
        '书面说明所标示年化利率的计算方法；',
        '告知按内部收益率法（复利）计算的本笔借款年化利率；',
        '在页面和合同中注明"单利"。',
      ],
    },
    labelledOrCompound: {
      zh: '页面的年化利率{rates}已注明单利，或与复利（内部收益率法）年化利率{aprEffective}相符。',
      en: 'The annual rate shown ({ratesEn}) is labelled simple, or matches the IRR (compound) rate of {aprEffective}.',
    },
    noSimpleFigure: {
      zh: '页面没有需要注明单利或复利的年化利率（没有年化利率，或已写明是复利/IRR）。',
      en: 'The page shows no annual rate that would need a simple/compound label (none, or one stated as compound/IRR).',
    },
    noApr: {
      zh: '页面写明{rates}，未注明单利，但无法计算复利年化利率，无法判断它是不是单利。',
      en: 'The page states {ratesEn} without a simple label, but the compound rate could not be computed, so whether it is a simple rate could not be checked.',
    },
  },
  check(input, report) {
    const candidates = input.terms.statedRates.filter(simpleKind);
    const unlabelled = candidates.filter(
      (r) => !SIMPLE_LABEL.test(r.label) && !COMPOUND_LABEL.test(r.label),
    );
    if (candidates.length === 0) return report.inapplicable('noSimpleFigure', {});
    const words = (rs: StatedRate[]) => ({
      rates: listZh(rs.map(rateWords)),
      ratesEn: listEn(rs.map(rateWords)),
    });
    const apr = input.apr;
    if (unlabelled.length === 0) {
      return report.pass('labelledOrCompound', {
        ...words(candidates),
        aprEffective: apr === null ? '—' : percent(apr.effective),
      });
    }
    if (apr === null) {
      return report.incomplete('noApr', { ...words(unlabelled) }, ['复利（内部收益率法）年化利率']);
    }
    const below = unlabelled.filter((r) =>
      new Decimal(apr.effective).minus(r.value).greaterThan(UNDERSTATEMENT_TOLERANCE),
    );
    const data = { aprEffective: percent(apr.effective) };
    if (below.length === 0) {
      return report.pass('labelledOrCompound', { ...words(unlabelled), ...data });
    }
    return report.fail(
      'unlabelled',
      { ...words(below), ...data },
      { evidence: below.flatMap(rateEvidence), figures: { aprEffectiveValue: apr.effective } },
    );
  },
  examples: {
    pass: [{ name: '年化利率（单利） is labelled' }],
    fail: [
      {
        name: '年利率 10.20% with no 单利 label',
        terms: {
          statedRates: [
            {
              label: '年利率',
              kind: 'annual-simple',
              value: '0.102',
              valueText: '10.20%',
              primary: true,
            },
          ],
        },
      },
    ],
  },
});
