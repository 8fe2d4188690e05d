/**
 * The true annual rate above 24%. For loans from licensed lenders 法发〔2017〕22号 第二条 lets the
 * borrower have everything above 24% reduced; for private lending the cap (4×LPR, 民间借贷规定第25条)
 * is lower still, and before 2020-08-20 the 2015 interpretation protected at most 24%. So 24% is
 * beyond judicial protection for every lender type.
 */
import { CITATIONS } from '@/lib/law/citations';
import { JUDICIAL_LINE_24, privateLendingRegime } from '@/lib/law/lines';
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
  '将本笔借款的利息、罚息、违约金及各项费用合计调减至年利率24%以内（以实际到账{received}元、实际占用期间计算）；',
  '退还或在后续还款中抵减超过年利率24%部分的已付款项；',
  '出具按上述标准重新计算的还款计划及费用明细。',
] as const;

export default defineRule({
  id: 'cost-over-24',
  title: '真实年化成本超过24%',
  titleEn: 'True annual cost above 24%',
  severity: 'violation',
  appliesTo: 'all',
  basis: {
    financialJudicial2017: CITATIONS.financialJudicial2017,
    privateLending25: CITATIONS.privateLending25,
    privateLending2015Art26: CITATIONS.privateLending2015Art26,
  },
  messages: {
    overFinancial: {
      zh: '把所有利息和费用都算进去、按实际到账{received}元计算，这笔借款的真实年化利率为{apr}（复利{aprEffective}），超过年利率24%。页面显示的年化利率：{shown}。对持牌机构的借款，法发〔2017〕22号第二条规定借款人可以请求把利息、罚息、违约金和其他费用中超过年利率24%的部分调减。您可以要求贷款方把总成本降到年利率24%以内，并退还或抵减多付的部分。',
      en: "Counting every interest and fee payment against the {received} yuan actually received, the true annual rate is {apr} ({aprEffective} compounded), above 24%. Rate shown on the page: {shownEn}. For loans from licensed lenders, Supreme People's Court opinion Fa Fa [2017] No. 22 Art. 2 lets the borrower ask for everything above 24% a year to be reduced. You can ask the lender to bring the total cost within 24% and refund or offset the excess.",
      complaint:
        '经按贵方页面载明的还款安排计算（以实际到账{received}元为本金，计入全部利息和费用），本笔借款的实际年化利率为{apr}，已超过年利率24%。根据《最高人民法院关于进一步加强金融审判工作的若干意见》（法发〔2017〕22号）第二条，金融借款合同的借款人请求对利息、复利、罚息、违约金和其他费用总计超过年利率24%的部分予以调减的，应予支持。本人现依据该规定提出调减请求。',
      demands: DEMANDS,
    },
    overPrivate: {
      zh: '把所有利息和费用都算进去、按实际到账{received}元计算，这笔借款的真实年化利率为{apr}，超过年利率24%。页面显示的利率：{shown}。民间借贷的利率上限是合同成立时一年期LPR的四倍（民间借贷规定第二十五条），比24%还低，超出部分法院不予支持。您可以要求出借人按法定上限重新计算，并退还或抵减多付的部分。',
      en: 'Counting every interest and fee payment against the {received} yuan actually received, the true annual rate is {apr}, above 24%. Rate shown: {shownEn}. For private lending the cap is four times the one-year LPR at contract formation (private-lending provisions Art. 25), lower than 24%; courts do not support the excess. You can ask the lender to recompute at the legal cap and refund or offset the excess.',
      complaint:
        '经按借款约定计算（以实际到账{received}元为本金，计入全部利息和费用），本笔借款的实际年化利率为{apr}，已超过年利率24%，更超过合同成立时一年期贷款市场报价利率的四倍。根据《最高人民法院关于审理民间借贷案件适用法律若干问题的规定》第二十五条，超过该上限的利息不受法律保护。',
      demands: DEMANDS,
    },
    overLegacyPrivate: {
      zh: '这笔民间借贷的合同日期（{contractDate}）早于2020年8月20日。按实际到账{received}元计算，真实年化利率为{apr}，超过年利率24%。按民间借贷规定第三十一条，2020年8月19日以前的利息适用2015年司法解释：超过24%的部分借款人没有义务支付，2020年8月20日以后的利息还要按起诉时一年期LPR的四倍计算。您可以要求出借人按这些标准重新计算。',
      en: 'This private loan was made on {contractDate}, before 2020-08-20. Against the {received} yuan actually received the true annual rate is {apr}, above 24%. Under Art. 31 of the private-lending provisions, interest up to 2020-08-19 falls under the 2015 interpretation, which protects at most 24%; interest from 2020-08-20 is measured against four times the LPR at the time of suit. You can ask the lender to recompute on that basis.',
      complaint:
        '本笔借款合同成立于{contractDate}，经计算实际年化利率为{apr}，超过年利率24%。根据《最高人民法院关于审理民间借贷案件适用法律若干问题的规定》第三十一条及当时适用的法释〔2015〕18号第二十六条，超过年利率24%部分的利息不受法律保护。',
      demands: [
        '尚未支付的利息按不超过年利率24%重新计算，2020年8月20日以后的利息按起诉时一年期贷款市场报价利率的四倍计算；',
        '已支付的利息中超过年利率36%的部分予以退还或抵减；',
        '出具按上述标准重新计算的还款明细。',
      ],
    },
    overOther: {
      zh: '把所有利息和费用都算进去、按实际到账{received}元计算，这笔借款的真实年化利率为{apr}（复利{aprEffective}），超过年利率24%。页面显示的年化利率：{shown}。页面没有写清放款机构，适用哪条线取决于放款方：如果是持牌金融机构，法发〔2017〕22号第二条允许借款人请求把超过年利率24%的部分调减；如果是民间借贷，上限是合同成立时一年期LPR的四倍（民间借贷规定第二十五条），比24%更低。您可以先要求平台书面告知放款机构，再按适用的上限要求调减并退还或抵减多付的部分。',
      en: 'Counting every interest and fee payment against the {received} yuan actually received, the true annual rate is {apr} ({aprEffective} compounded), above 24%. Rate shown: {shownEn}. The page does not make the lender clear, and the line depends on who lends: for a licensed lender, opinion Fa Fa [2017] No. 22 Art. 2 lets the borrower ask for the part above 24% a year to be reduced; for private lending the cap is four times the one-year LPR at contract formation (private-lending provisions Art. 25), lower still. You can first ask the platform in writing who lends, then ask for the reduction under the applicable line and a refund or offset of the excess.',
      complaint:
        '经按贵方页面载明的还款安排计算（以实际到账{received}元为本金，计入全部利息和费用），本笔借款的实际年化利率为{apr}，已超过年利率24%。贵方页面未写明实际放款机构：如放款方为持牌金融机构，依照《最高人民法院关于进一步加强金融审判工作的若干意见》（法发〔2017〕22号）第二条，借款人可以请求对总计超过年利率24%的部分予以调减；如为民间借贷，适用的上限为合同成立时一年期贷款市场报价利率的四倍（《最高人民法院关于审理民间借贷案件适用法律若干问题的规定》第二十五条）。',
      demands: [
        '书面告知本笔借款实际放款机构的全称及其放贷资质；',
        '按适用的上限（持牌金融机构为年利率24%）调减利息和各项费用，并退还或抵减超过部分；',
        '出具按上述标准重新计算的还款计划及费用明细。',
      ],
    },
    within: {
      zh: '按实际到账{received}元、计入所有费用，真实年化利率为{apr}，没有超过年利率24%。',
      en: 'Against the {received} yuan actually received and counting every fee, the true annual rate is {apr}, not above 24%.',
    },
    feeUnplaced: FEE_UNPLACED_AT_LINE,
    noApr: {
      zh: '无法计算这笔借款的真实年化利率，所以无法判断是否超过年利率24%。',
      en: 'The true annual rate could not be computed, so the 24% line could not be checked.',
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
      figures: {
        aprNominal: apr.nominal,
        aprEffectiveValue: apr.effective,
        line: JUDICIAL_LINE_24,
      },
    };
    if (!isOver(apr.nominal, JUDICIAL_LINE_24)) {
      // A fee the page names but does not time, which would cross the line at payout: no ✓.
      const unplaced = unplacedFeesCross(input, JUDICIAL_LINE_24);
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
        return privateLendingRegime(input.contractDate) === 'legacy'
          ? report.fail(
              'overLegacyPrivate',
              { ...figures, contractDate: input.contractDate },
              { ...extra, basis: ['privateLending2015Art26'], severity: 'warning' },
            )
          : report.fail('overPrivate', figures, { ...extra, basis: ['privateLending25'] });
      case 'platform-unspecified':
      case 'unknown':
        return report.fail('overOther', figures, {
          ...extra,
          basis: ['financialJudicial2017', 'privateLending25'],
        });
    }
  },
  examples: {
    pass: [
      { name: '18% stated and computed' },
      {
        name: 'exactly 24.00% is not above the line',
        apr: { nominal: '0.24', effective: '0.268242', method: 'monthly', periodic: '0.02' },
      },
    ],
    fail: [
      {
        name: '24.01%',
        apr: { nominal: '0.2401', effective: '0.268354', method: 'monthly', periodic: '0.020008' },
      },
    ],
  },
});
