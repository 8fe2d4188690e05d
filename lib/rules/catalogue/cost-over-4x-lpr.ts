/**
 * Private lending above four times the one-year LPR in force when the contract was made
 * (民间借贷规定第25条). Contracts made before 2020-08-20 fall under 第31条: interest up to
 * 2020-08-19 is judged by the 2015 interpretation (24%), interest from 2020-08-20 by 4×LPR at
 * the time of suit. Licensed lenders are outside this interpretation (第1条; 2020 批复).
 */
import { addToDate } from '@/lib/dates/iso';
import { CITATIONS } from '@/lib/law/citations';
import {
  fourTimesLpr,
  JUDICIAL_LINE_24,
  PRIVATE_LPR_REGIME_FROM,
  privateLendingRegime,
} from '@/lib/law/lines';
import { lprBasis, lprOn } from '@/lib/law/lpr';
import type { RuleInput } from '../context';
import { defineRule } from '../define-rule';
import {
  contractDateWords,
  costFigures,
  isOver,
  MISSING_TRUE_RATE,
  primaryEvidence,
} from '../facts';
import { percent } from '../format';

const DEMANDS = [
  '将利率调减至不超过合同成立时一年期贷款市场报价利率四倍（即年利率{cap}）重新计算利息（以实际到账{received}元为本金）；',
  '已支付的超出部分利息予以退还或抵减本金；',
  '出具重新计算后的还款明细。',
] as const;

/** The day the last payment is due: the schedule's last date, else contract date + term. */
function loanEnd(input: RuleInput): string | null {
  const last = input.terms.payments.at(-1)?.dueDate ?? null;
  if (last !== null) return last;
  if (!input.contractDateShown) return null;
  const { termMonths, termDays } = input.terms;
  if (termMonths === null && termDays === null) return null;
  return addToDate(input.contractDate, termMonths ?? 0, termDays ?? 0);
}

export default defineRule({
  id: 'cost-over-4x-lpr',
  title: '民间借贷利率超过一年期LPR的四倍',
  titleEn: 'Private loan above four times the one-year LPR',
  severity: 'violation',
  appliesTo: ['private'],
  basis: {
    privateLending25: CITATIONS.privateLending25,
    privateLending31: CITATIONS.privateLending31,
    privateLending2015Art26: CITATIONS.privateLending2015Art26,
  },
  messages: {
    over: {
      zh: '这是一笔民间借贷（{dateZh}）。当时的一年期LPR为{lpr}（{lprDate}公布），四倍即年利率{cap}。按实际到账{received}元、计入所有费用，真实年化利率为{apr}，超过了这个上限。页面写明的利率：{shown}。民间借贷规定第二十五条：超过合同成立时一年期LPR四倍的利息，法院不予支持。您可以要求出借人按年利率{cap}重新计算，多付的利息退还或抵减本金。',
      en: 'This is a private loan ({dateEn}). The one-year LPR then was {lpr} (published {lprDate}); four times that is {cap} a year. Against the {received} yuan actually received and counting every fee, the true annual rate is {apr}, above that cap. Rate shown: {shownEn}. Under Art. 25 of the private-lending provisions, courts do not support interest above four times the one-year LPR at contract formation. You can ask the lender to recompute at {cap} and refund or offset what was overpaid.',
      complaint:
        '本笔借款为民间借贷，合同成立时一年期贷款市场报价利率为{lpr}（{lprDate}公布），其四倍为年利率{cap}。经计算，本笔借款以实际到账{received}元为本金、计入全部利息和费用的实际年化利率为{apr}，超过上述上限。根据《最高人民法院关于审理民间借贷案件适用法律若干问题的规定》第二十五条，双方约定的利率超过合同成立时一年期贷款市场报价利率四倍的，超过部分不受法律保护。',
      demands: DEMANDS,
    },
    overLegacy: {
      zh: '这笔民间借贷成立于{contractDate}，早于2020年8月20日。按民间借贷规定第三十一条，2020年8月19日以前的利息按当时的司法解释以年利率24%为保护上限，2020年8月20日以后的利息按起诉时一年期LPR的四倍计算；按今天的一年期LPR{lpr}（{lprDate}公布），四倍为年利率{cap}。真实年化利率为{apr}，超过了适用的上限。您可以要求出借人按上述标准分段重新计算。',
      en: "This private loan was made on {contractDate}, before 2020-08-20. Under Art. 31 of the private-lending provisions, interest up to 2020-08-19 is protected up to 24% a year under the interpretation then in force, and interest from 2020-08-20 is measured against four times the one-year LPR at the time of suit; with today's LPR of {lpr} (published {lprDate}) that is {cap}. The true annual rate is {apr}, above the applicable cap. You can ask the lender to recompute the two periods on that basis.",
      complaint:
        '本笔民间借贷合同成立于{contractDate}，实际年化利率为{apr}。根据《最高人民法院关于审理民间借贷案件适用法律若干问题的规定》第三十一条，2020年8月19日以前的利息应按当时的司法解释（年利率24%）计算，2020年8月20日以后的利息应按起诉时一年期贷款市场报价利率四倍（目前为年利率{cap}）计算，超出部分不受法律保护。',
      demands: DEMANDS,
    },
    overLegacyEnded: {
      zh: '这笔民间借贷成立于{contractDate}，并在2020年8月20日前到期，适用当时的司法解释：年利率24%以内受保护。真实年化利率为{apr}，超过了24%；超过部分借款人没有支付义务。',
      en: 'This private loan was made on {contractDate} and fell due before 2020-08-20, so the interpretation then in force applies: up to 24% a year is protected. The true annual rate is {apr}, above 24%; the borrower owes nothing above that.',
      complaint:
        '本笔民间借贷合同成立于{contractDate}并于2020年8月20日前到期，实际年化利率为{apr}。根据《最高人民法院关于审理民间借贷案件适用法律若干问题的规定》第三十一条及当时适用的法释〔2015〕18号第二十六条，超过年利率24%部分的利息不受法律保护。',
      demands: [
        '尚未支付的利息按不超过年利率24%重新计算；',
        '已支付的利息中超过年利率36%的部分予以退还或抵减；',
        '出具重新计算后的还款明细。',
      ],
    },
    within: {
      zh: '这是一笔民间借贷（{dateZh}），一年期LPR为{lpr}（{lprDate}公布），四倍为年利率{cap}；真实年化利率{apr}没有超过这个上限。',
      en: 'This is a private loan ({dateEn}); the one-year LPR was {lpr} (published {lprDate}), four times that is {cap}; the true annual rate of {apr} is within it.',
    },
    withinLegacy: {
      zh: '这笔民间借贷成立于{contractDate}（2020年8月20日以前），真实年化利率{apr}没有超过适用的上限。',
      en: 'This private loan was made on {contractDate} (before 2020-08-20); the true annual rate of {apr} is within the applicable cap.',
    },
    noApr: {
      zh: '无法计算这笔借款的真实年化利率，所以无法与一年期LPR的四倍比较。',
      en: 'The true annual rate could not be computed, so it could not be compared with four times the LPR.',
    },
  },
  check(input, report) {
    const apr = input.apr;
    if (apr === null) {
      return report.incomplete('noApr', {}, MISSING_TRUE_RATE);
    }
    const figures = costFigures(input, apr);
    const evidence = primaryEvidence(input);

    if (privateLendingRegime(input.contractDate) === 'legacy') {
      const end = loanEnd(input);
      const legacy = { apr: figures.apr, contractDate: input.contractDate };
      const basis = ['privateLending31', 'privateLending2015Art26'] as const;
      if (end !== null && end < PRIVATE_LPR_REGIME_FROM) {
        return isOver(apr.nominal, JUDICIAL_LINE_24)
          ? report.fail('overLegacyEnded', legacy, { basis, evidence, severity: 'warning' })
          : report.pass('withinLegacy', legacy, { basis, evidence });
      }
      // 第31条: from 2020-08-20 the cap is 4×LPR "at the time of suit", i.e. today's.
      const atSuit = lprOn(input.today, input.userLpr);
      const cap = atSuit === null ? JUDICIAL_LINE_24 : fourTimesLpr(atSuit);
      if (!isOver(apr.nominal, cap))
        return report.pass('withinLegacy', legacy, { basis, evidence });
      const data = {
        ...figures,
        contractDate: input.contractDate,
        cap: percent(cap),
        lpr: atSuit === null ? '—' : percent(atSuit.value),
        lprDate: atSuit?.date ?? '—',
      };
      return report.fail('overLegacy', data, {
        basis,
        evidence,
        severity: 'warning',
        extraBasis: atSuit === null ? [] : [lprBasis(atSuit)],
        figures: { capValue: cap },
      });
    }

    const lpr = input.lpr;
    if (lpr === null) throw new Error('cost-over-4x-lpr: no LPR for a date after 2020-08-20');
    const cap = fourTimesLpr(lpr);
    const dates = contractDateWords(input);
    const data = {
      ...figures,
      dateZh: dates.zh,
      dateEn: dates.en,
      cap: percent(cap),
      lpr: percent(lpr.value),
      lprDate: lpr.date,
    };
    const extra = {
      basis: ['privateLending25'] as const,
      extraBasis: [lprBasis(lpr)],
      evidence,
      figures: { capValue: cap, lprValue: lpr.value, aprNominal: apr.nominal },
    };
    return isOver(apr.nominal, cap)
      ? report.fail('over', data, extra)
      : report.pass('within', data, extra);
  },
  examples: {
    pass: [
      {
        name: 'private loan at 12.00% with the LPR at 3.00% (cap 12%, not above)',
        apr: { nominal: '0.12', effective: '0.126825', method: 'monthly', periodic: '0.01' },
        terms: {
          lenderType: 'private',
          lender: { type: 'private', name: '周明远', evidence: '借条' },
          contractDate: '2026-02-01',
        },
      },
    ],
    fail: [
      {
        name: 'private IOU at 18% a year in 2026',
        terms: {
          lenderType: 'private',
          lender: { type: 'private', name: '周明远', evidence: '借条' },
          contractDate: '2026-02-01',
        },
      },
    ],
  },
});
