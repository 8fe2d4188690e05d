/**
 * A membership, 权益卡, insurance or other add-on ticked in advance. 消费者权益保护法第26条 bars
 * using standard terms and technical means to force a transaction; the 山西监管局 risk notice
 * (2025-10-20) names 会员费 collected by 默认勾选 as a way of pushing up the cost of a loan.
 */
import { CITATIONS } from '@/lib/law/citations';
import type { Fee } from '@/lib/model/terms';
import { defineRule } from '../define-rule';
import { feeEvidence } from '../facts';
import { listEn, listZh, yuan } from '../format';

function addonWords(fee: Fee): string {
  return fee.amount === undefined ? fee.name : `${fee.name} ${yuan(fee.amount)}元`;
}

export default defineRule({
  id: 'addon-preselected',
  title: '默认勾选的会员、权益或保险等附加收费',
  titleEn: 'Add-on charge ticked in advance',
  severity: 'violation',
  appliesTo: 'all',
  basis: {
    consumerProtection26: CITATIONS.consumerProtection26,
    shanxiRiskNotice2025: CITATIONS.shanxiRiskNotice2025,
  },
  messages: {
    preselected: {
      zh: '页面默认替您勾选了{addons}，您没有主动选择，却要为它付钱。消费者权益保护法第二十六条规定经营者不得利用格式条款并借助技术手段强制交易；监管部门也把"默认勾选"收取会员费等列为变相推高借款成本的做法。您可以取消勾选；已经扣了的，可以要求退还，并要求把这笔钱计入借款成本重新计算。',
      en: 'The page ticked {addonsEn} for you in advance: you did not choose it but would pay for it. Consumer Rights Protection Law Art. 26 bars businesses from forcing a transaction through standard terms and technical means, and regulators name pre-ticked membership fees as a way of raising the cost of a loan. You can untick it; if it was charged, you can ask for a refund and for the cost of the loan to be recomputed with it.',
      complaint:
        '贵方在借款页面默认勾选{addons}，本人并未主动选择。《中华人民共和国消费者权益保护法》第二十六条规定，经营者不得利用格式条款并借助技术手段强制交易；国家金融监督管理总局山西监管局2025年10月20日风险提示亦明确指出，通过会员费等名目、采用默认勾选方式收取费用属于变相推高综合融资成本的违规行为。',
      demands: [
        '取消{addons}并全额退还已收取的相关费用；',
        '如该费用已从借款中扣除，按实际到账金额重新计算本金和利息；',
        '今后不得以默认勾选方式搭售任何产品或服务。',
      ],
    },
    noneTicked: {
      zh: '没有发现默认勾选的附加收费项目。',
      en: 'No add-on charge ticked in advance was found.',
    },
  },
  check(input, report) {
    const addons = input.terms.fees.filter((f) => f.preselected === true);
    if (addons.length === 0) return report.pass('noneTicked', {});
    const words = addons.map(addonWords);
    return report.fail(
      'preselected',
      { addons: listZh(words), addonsEn: listEn(words) },
      { evidence: addons.flatMap(feeEvidence) },
    );
  },
  examples: {
    pass: [{ name: 'nothing pre-ticked' }],
    fail: [
      {
        name: '极速审核权益卡 799元 pre-ticked',
        terms: {
          received: '9201.00',
          fees: [{ name: '极速审核权益卡', when: 'upfront', amount: '799.00', preselected: true }],
        },
      },
    ],
  },
});
