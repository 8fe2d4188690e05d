/**
 * Overdue charges (罚息, 违约金, overdue "service" fees) above the protected line, annualised per
 * component: daily × 365, monthly × 12, annual as is, a multiple of the contract rate × that rate;
 * one-off charges are listed, not annualised. Licensed lenders: 法发〔2017〕22号 第二条 (interest,
 * 罚息, 违约金 and other fees together above 24% may be reduced). Private lending: 民间借贷规定
 * 第28–29条 cap overdue interest, 违约金 and other fees together at 4×LPR.
 */
import { Decimal } from '@/lib/finance/decimal';
import { CITATIONS } from '@/lib/law/citations';
import { fourTimesLpr, JUDICIAL_LINE_24, privateLendingRegime } from '@/lib/law/lines';
import { lprBasis } from '@/lib/law/lpr';
import type { Fee } from '@/lib/model/terms';
import type { RuleInput } from '../context';
import { defineRule } from '../define-rule';
import { contractAnnualRate, feeEvidence, isOver } from '../facts';
import { listEn, listZh, percent } from '../format';

const PER_YEAR = { day: 365, month: 12, year: 1 } as const;

type Component =
  | { kind: 'annual'; fee: Fee; annualised: Decimal }
  | { kind: 'one-off'; fee: Fee }
  | { kind: 'unreadable'; fee: Fee };

function annualise(fee: Fee, input: RuleInput): Component {
  if (fee.ratePer === 'once' || (fee.rate === undefined && fee.amount !== undefined)) {
    return { kind: 'one-off', fee };
  }
  if (fee.rate === undefined) return { kind: 'unreadable', fee };
  if (fee.rateBasis === 'contract-rate') {
    // "在借款利率基础上加收50%" → rate "1.5": a multiple of the contract's own annual rate.
    const contract = contractAnnualRate(input);
    if (contract === null) return { kind: 'unreadable', fee };
    return { kind: 'annual', fee, annualised: new Decimal(fee.rate).times(contract.value) };
  }
  if (fee.ratePer === undefined) return { kind: 'unreadable', fee };
  return { kind: 'annual', fee, annualised: new Decimal(fee.rate).times(PER_YEAR[fee.ratePer]) };
}

const DEMANDS = [
  '将逾期罚息、违约金及其他逾期费用合计调减至年利率{cap}以内；',
  '退还或抵减已收取的超出部分；',
  '出具逾期费用的计算明细。',
] as const;

export default defineRule({
  id: 'overdue-penalty-excessive',
  title: '逾期罚息、违约金等合计过高',
  titleEn: 'Overdue charges above the protected line',
  severity: 'violation',
  appliesTo: 'all',
  basis: {
    financialJudicial2017: CITATIONS.financialJudicial2017,
    privateLending28: CITATIONS.privateLending28,
    privateLending29: CITATIONS.privateLending29,
    privateLending2015Art30: CITATIONS.privateLending2015Art30,
  },
  messages: {
    over: {
      zh: '页面写明的逾期收费有：{components}。换算成年利率合计为{total}，超过了{capName}（年利率{cap}）。{oneOff}{law}您可以要求把逾期罚息、违约金和其他逾期费用合计降到年利率{cap}以内，并退还或抵减多收的部分。',
      en: "The page's overdue charges are: {componentsEn}. Together they come to {total} a year, above {capNameEn} ({cap}). {oneOffEn}{lawEn}You can ask for overdue interest, penalties and other overdue fees together to be reduced to {cap} a year and for the excess to be refunded or offset.",
      complaint:
        '贵方约定的逾期收费为：{components}，折合年利率合计{total}，超过{capName}（年利率{cap}）。{lawComplaint}',
      demands: DEMANDS,
    },
    within: {
      zh: '页面写明的逾期收费有：{components}，换算成年利率合计{total}，没有超过{capName}（年利率{cap}）。{oneOff}',
      en: "The page's overdue charges are: {componentsEn}, together {total} a year, within {capNameEn} ({cap}). {oneOffEn}",
    },
    noOverdueTerms: {
      zh: '页面没有写明逾期罚息、违约金等逾期收费，无法核对。请在借款合同中查看逾期条款。',
      en: 'The page states no overdue interest or penalty, so they could not be checked. Look for the overdue clause in the loan agreement.',
    },
    periodAssumed: {
      zh: '页面写明的逾期收费有：{components}。其中{assumed}没有写明按日、按月还是按年计收；按日计收时合计折合年利率{total}，会超过{capName}（年利率{cap}），但页面没有写明，因此不下结论。请在借款合同中核对它的计收周期。',
      en: "The page's overdue charges are: {componentsEn}. {assumedEn} does not say whether it is charged by the day, month or year; by the day they would come to {total} a year, above {capNameEn} ({cap}), but the page does not say so, so no conclusion is drawn. Check its period in the loan agreement.",
    },
    unreadable: {
      zh: '页面写明的逾期收费中，{unreadable}无法换算成年利率（缺少费率或计费周期，或缺少合同利率），可以换算的部分合计{total}，未超过年利率{cap}，因此无法得出结论。',
      en: 'Of the overdue charges, {unreadableEn} could not be annualised (no rate, period or contract rate); the rest come to {total} a year, within {cap}, so no conclusion could be reached.',
    },
  },
  check(input, report) {
    const overdue = input.terms.fees.filter((f) => f.when === 'overdue');
    if (overdue.length === 0) {
      return report.incomplete('noOverdueTerms', {}, ['逾期罚息、违约金等逾期收费条款']);
    }
    const components = overdue.map((f) => annualise(f, input));
    const annual = components.filter((c) => c.kind === 'annual');
    const total = annual.reduce((sum, c) => sum.plus(c.annualised), new Decimal(0));
    const oneOffs = components.filter((c) => c.kind === 'one-off').map((c) => c.fee.name);
    const unreadable = components.filter((c) => c.kind === 'unreadable').map((c) => c.fee.name);

    const isPrivate = input.lenderType === 'private';
    const legacy = privateLendingRegime(input.contractDate) === 'legacy';
    const lpr = isPrivate && !legacy ? input.lpr : null;
    const cap = lpr === null ? JUDICIAL_LINE_24 : fourTimesLpr(lpr);

    const words = annual.map(
      (c) => `${c.fee.source?.text ?? c.fee.name}（折合年利率${percent(c.annualised.toString())}）`,
    );
    const data = {
      components: listZh(words),
      componentsEn: listEn(words),
      total: percent(total.toString()),
      cap: percent(cap),
      capName:
        lpr === null ? '年利率24%的保护上限' : `合同成立时一年期LPR（${percent(lpr.value)}）的四倍`,
      capNameEn:
        lpr === null
          ? 'the 24% line'
          : `four times the one-year LPR at contract formation (${percent(lpr.value)})`,
      oneOff: oneOffs.length === 0 ? '' : `另有一次性收费${listZh(oneOffs)}，未计入年化合计。`,
      oneOffEn:
        oneOffs.length === 0
          ? ''
          : `One-off charges (${listEn(oneOffs)}) are listed but not annualised. `,
    };
    const extra = {
      evidence: overdue.flatMap(feeEvidence),
      figures: { totalAnnualised: total.toString(), capValue: cap },
      basis: isPrivate
        ? legacy
          ? (['privateLending2015Art30'] as const)
          : (['privateLending28', 'privateLending29'] as const)
        : (['financialJudicial2017'] as const),
      extraBasis: lpr === null ? [] : [lprBasis(lpr)],
    };
    // Over the line only by a period the page never named (逾期罚息利率 0.10%, read as a day's by
    // its size): not an accusation, a question for the contract.
    const firm = annual
      .filter((c) => c.fee.periodAssumed !== true)
      .reduce((sum, c) => sum.plus(c.annualised), new Decimal(0));
    const assumed = annual.filter((c) => c.fee.periodAssumed === true).map((c) => c.fee.name);
    if (isOver(total.toString(), cap) && !isOver(firm.toString(), cap)) {
      return report.incomplete(
        'periodAssumed',
        { ...data, assumed: listZh(assumed), assumedEn: listEn(assumed) },
        assumed.map((n) => `逾期收费「${n}」的计收周期`),
        extra,
      );
    }
    if (isOver(total.toString(), cap)) {
      const law = isPrivate ? (legacy ? LAW.legacyPrivate : LAW.private) : LAW.financial;
      return report.fail(
        'over',
        { ...data, law: law.zh, lawEn: law.en, lawComplaint: law.complaint },
        input.lenderType === 'unknown' || input.lenderType === 'platform-unspecified'
          ? { ...extra, basis: ['financialJudicial2017', 'privateLending29'] }
          : extra,
      );
    }
    if (unreadable.length > 0) {
      return report.incomplete(
        'unreadable',
        {
          unreadable: listZh(unreadable),
          unreadableEn: listEn(unreadable),
          total: data.total,
          cap: data.cap,
        },
        unreadable.map((n) => `逾期收费「${n}」的费率与计费周期`),
        extra,
      );
    }
    return report.pass('within', data, extra);
  },
  examples: {
    pass: [{ name: '罚息 0.05% a day (18.25% a year)' }],
    fail: [
      {
        name: '罚息 0.06%/day + 违约金 0.04%/day = 36.5% a year, plus a one-off 30元',
        terms: {
          fees: [
            {
              name: '罚息',
              when: 'overdue',
              rate: '0.0006',
              ratePer: 'day',
              rateBasis: 'overdue-amount',
            },
            {
              name: '违约金',
              when: 'overdue',
              rate: '0.0004',
              ratePer: 'day',
              rateBasis: 'overdue-amount',
            },
            { name: '逾期服务费', when: 'overdue', amount: '30.00', ratePer: 'once' },
          ],
        },
      },
    ],
  },
});

/** Which law the over-the-line texts cite, by lender kind. */
const LAW = {
  financial: {
    zh: '法发〔2017〕22号第二条规定，借款人可以请求把利息、罚息、违约金和其他费用中超过年利率24%的部分调减。',
    en: 'Under opinion Fa Fa [2017] No. 22 Art. 2 the borrower may ask for interest, penalty interest, penalties and other fees above 24% a year to be reduced. ',
    complaint:
      '根据《最高人民法院关于进一步加强金融审判工作的若干意见》（法发〔2017〕22号）第二条，借款人请求对利息、复利、罚息、违约金和其他费用总计超过年利率24%的部分予以调减的，应予支持。',
  },
  legacyPrivate: {
    zh: '这笔民间借贷成立于2020年8月20日以前，按当时的司法解释（法释〔2015〕18号第三十条），逾期利息、违约金和其他费用合计以年利率24%为限。',
    en: 'This private loan predates 2020-08-20; under the interpretation then in force (2015, Art. 30) overdue interest, penalties and other fees together are capped at 24% a year. ',
    complaint:
      '根据《最高人民法院关于审理民间借贷案件适用法律若干问题的规定》第三十一条及当时适用的法释〔2015〕18号第三十条，逾期利息、违约金和其他费用总计超过年利率24%的部分不受法律保护。',
  },
  private: {
    zh: '民间借贷规定第二十八条、第二十九条规定，逾期利息、违约金和其他费用合计超过合同成立时一年期LPR四倍的部分，法院不予支持。',
    en: 'Under Arts. 28–29 of the private-lending provisions, overdue interest, penalties and other fees together above four times the one-year LPR at contract formation are not supported by the courts. ',
    complaint:
      '根据《最高人民法院关于审理民间借贷案件适用法律若干问题的规定》第二十八条、第二十九条，逾期利息、违约金或者其他费用总计超过合同成立时一年期贷款市场报价利率四倍的部分，人民法院不予支持。',
  },
} as const;
