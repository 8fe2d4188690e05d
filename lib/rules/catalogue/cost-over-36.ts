/**
 * The true annual rate above 36%: far beyond any protected line. For licensed lenders it is beyond
 * 法发〔2017〕22号's 24%; for private lending before 2020-08-20 the 2015 interpretation (第二十六条)
 * voided interest above 36%; for unlicensed lending 36% is the line of 非法放贷意见 第二条.
 */
import { CITATIONS } from '@/lib/law/citations';
import { LINE_36, privateLendingRegime } from '@/lib/law/lines';
import { defineRule } from '../define-rule';
import {
  costFigures,
  FEE_UNPLACED_AT_LINE,
  isOver,
  MISSING_TRUE_RATE,
  primaryEvidence,
  unplacedFeesCross,
} from '../facts';

const DEMANDS = [
  '立即停止按现有标准计收利息和费用，将全部息费调减至法定上限以内（以实际到账{received}元、实际占用期间计算）；',
  '退还或在后续还款中抵减超出部分的已付款项；',
  '书面告知实际放款机构名称及其放贷资质。',
] as const;

export default defineRule({
  id: 'cost-over-36',
  title: '真实年化成本超过36%',
  titleEn: 'True annual cost above 36%',
  severity: 'violation',
  appliesTo: 'all',
  basis: {
    financialJudicial2017: CITATIONS.financialJudicial2017,
    privateLending25: CITATIONS.privateLending25,
    privateLending2015Art26: CITATIONS.privateLending2015Art26,
    illegalLending2019: CITATIONS.illegalLending2019,
  },
  messages: {
    overFinancial: {
      zh: '把所有利息和费用都算进去、按实际到账{received}元计算，这笔借款的真实年化利率为{apr}（复利{aprEffective}），超过36%，远高于年利率24%的司法保护上限（法发〔2017〕22号第二条）。页面显示的年化利率：{shown}。您可以要求贷款方把总成本降到24%以内并退还多付部分，也可以向监管部门投诉。',
      en: 'Counting every interest and fee payment against the {received} yuan actually received, the true annual rate is {apr} ({aprEffective} compounded): above 36%, far beyond the 24% line of judicial protection (opinion Fa Fa [2017] No. 22 Art. 2). Rate shown: {shownEn}. You can ask the lender to bring the total cost within 24% and refund the excess, and complain to the regulator.',
      complaint:
        '经按贵方页面载明的还款安排计算（以实际到账{received}元为本金，计入全部利息和费用），本笔借款的实际年化利率高达{apr}，超过36%，远超《最高人民法院关于进一步加强金融审判工作的若干意见》（法发〔2017〕22号）第二条规定的年利率24%的保护上限。',
      demands: DEMANDS,
    },
    overPrivate: {
      zh: '把所有利息和费用都算进去、按实际到账{received}元计算，这笔民间借贷的真实年化利率为{apr}（复利{aprEffective}），超过36%，远高于民间借贷的上限（合同成立时一年期LPR的四倍，民间借贷规定第二十五条）。页面写明的利率：{shown}。您可以要求出借人按法定上限重新计算，超过部分不再支付，已付的退还或抵减本金。',
      en: 'Counting every interest and fee payment against the {received} yuan actually received, the true annual rate of this private loan is {apr} ({aprEffective} compounded): above 36%, far beyond the private-lending cap of four times the one-year LPR at contract formation (private-lending provisions Art. 25). Rate shown: {shownEn}. You can ask the lender to recompute at the legal cap, pay nothing above it and have any excess paid refunded or offset.',
      complaint:
        '经按借款约定计算（以实际到账{received}元为本金，计入全部利息和费用），本笔借款的实际年化利率高达{apr}，超过36%，远超合同成立时一年期贷款市场报价利率四倍的上限（《最高人民法院关于审理民间借贷案件适用法律若干问题的规定》第二十五条）。',
      demands: [
        '按合同成立时一年期贷款市场报价利率的四倍重新计算利息（以实际到账{received}元为本金）；',
        '超过部分不再支付，已支付的予以退还或抵减本金；',
        '出具重新计算后的还款明细。',
      ],
    },
    overOther: {
      zh: '把所有利息和费用都算进去、按实际到账{received}元计算，这笔借款的真实年化利率为{apr}（复利{aprEffective}），超过36%。页面显示的利率：{shown}。这远高于任何放款方的法定保护上限。页面没有写清放款机构，它是否经监管部门批准放贷无从得知：如果没有放贷资质，以超过36%的实际年利率放贷属于《关于办理非法放贷刑事案件若干问题的意见》第二条所列的情形之一，可以请监管部门核查。您可以要求平台告知放款机构及其资质，按法定上限重新计算并退还多付部分。',
      en: 'Counting every interest and fee payment against the {received} yuan actually received, the true annual rate is {apr} ({aprEffective} compounded), above 36%. Rate shown: {shownEn}. This is far beyond the protected line for any lender. The page does not make the lender clear, so whether it is licensed to lend cannot be told: if it is not, lending at an actual annual rate above 36% is one of the circumstances in Art. 2 of the opinions on illegal lending, which a regulator can check. You can ask the platform who lends and under what licence, and ask for a recomputation at the legal cap and a refund.',
      complaint:
        '经按页面载明的还款安排计算（以实际到账{received}元为本金，计入全部利息和费用），本笔借款的实际年化利率高达{apr}，超过36%，远超法定保护上限。贵方页面未写明实际放款机构，本人无从得知其是否经监管部门批准从事贷款业务，请贵方书面说明。',
      demands: DEMANDS,
    },
    overLegacyPrivate: {
      zh: '这笔民间借贷的合同日期（{contractDate}）早于2020年8月20日。按实际到账{received}元计算，真实年化利率为{apr}，超过36%。按当时适用的2015年司法解释第二十六条，超过年利率36%部分的利息约定无效，已付的可以要求返还。您可以要求出借人退还或抵减这部分。',
      en: 'This private loan was made on {contractDate}, before 2020-08-20. Against the {received} yuan actually received the true annual rate is {apr}, above 36%. Under Art. 26 of the 2015 interpretation then in force, interest above 36% a year is void and what was paid can be reclaimed. You can ask the lender to refund or offset it.',
      complaint:
        '本笔借款合同成立于{contractDate}，经计算实际年化利率为{apr}，超过年利率36%。根据《最高人民法院关于审理民间借贷案件适用法律若干问题的规定》第三十一条及当时适用的法释〔2015〕18号第二十六条，超过年利率36%部分的利息约定无效。',
      demands: DEMANDS,
    },
    within: {
      zh: '按实际到账{received}元、计入所有费用，真实年化利率为{apr}，没有超过36%。',
      en: 'Against the {received} yuan actually received and counting every fee, the true annual rate is {apr}, not above 36%.',
    },
    feeUnplaced: FEE_UNPLACED_AT_LINE,
    noApr: {
      zh: '无法计算这笔借款的真实年化利率，所以无法判断是否超过36%。',
      en: 'The true annual rate could not be computed, so the 36% line could not be checked.',
    },
  },
  check(input, report) {
    const apr = input.apr;
    if (apr === null) {
      return report.incomplete('noApr', {}, MISSING_TRUE_RATE);
    }
    const figures = costFigures(input, apr);
    const extra = {
      evidence: primaryEvidence(input),
      figures: { aprNominal: apr.nominal, aprEffectiveValue: apr.effective, line: LINE_36 },
    };
    if (!isOver(apr.nominal, LINE_36)) {
      // A fee the page names but does not time, which would cross the line at payout: no ✓.
      const unplaced = unplacedFeesCross(input, LINE_36);
      return unplaced === null
        ? report.pass('within', figures, extra)
        : report.incomplete('feeUnplaced', { ...figures, ...unplaced }, [
            `${unplaced.fees}的收取时间`,
          ]);
    }

    switch (input.lenderType) {
      case 'bank':
      case 'consumer-finance':
      case 'small-loan':
        return report.fail('overFinancial', figures, {
          ...extra,
          basis: ['financialJudicial2017'],
        });
      case 'private':
        if (privateLendingRegime(input.contractDate) === 'legacy') {
          return report.fail(
            'overLegacyPrivate',
            { ...figures, contractDate: input.contractDate },
            { ...extra, basis: ['privateLending2015Art26'] },
          );
        }
        return report.fail('overPrivate', figures, { ...extra, basis: ['privateLending25'] });
      case 'platform-unspecified':
      case 'unknown':
        return report.fail('overOther', figures, {
          ...extra,
          basis: ['financialJudicial2017', 'privateLending25', 'illegalLending2019'],
        });
    }
  },
  examples: {
    pass: [
      {
        name: 'exactly 36.00% is not above the line',
        apr: { nominal: '0.36', effective: '0.425761', method: 'monthly', periodic: '0.03' },
      },
    ],
    fail: [
      {
        name: '36.01%',
        apr: { nominal: '0.3601', effective: '0.425902', method: 'monthly', periodic: '0.030008' },
      },
    ],
  },
});
