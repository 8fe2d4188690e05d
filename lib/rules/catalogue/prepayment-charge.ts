/**
 * A charge for repaying early. 民法典第677条: unless agreed otherwise, interest runs only for the
 * actual period; 民间借贷规定第30条 says the same for private lending. An agreed penalty is not
 * void, but 民法典第585条 and 合同编通则解释第65条 (over 30% of the loss is "excessive") let the
 * borrower ask for it to be reduced — hence a warning, not a violation.
 */
import { CITATIONS } from '@/lib/law/citations';
import { defineRule } from '../define-rule';
import { evidence, feeEvidence } from '../facts';
import { listEn, listZh } from '../format';

export default defineRule({
  id: 'prepayment-charge',
  title: '提前还款要收违约金或费用',
  titleEn: 'A charge for repaying early',
  severity: 'warning',
  appliesTo: 'all',
  basis: {
    civilCode677: CITATIONS.civilCode677,
    privateLending30: CITATIONS.privateLending30,
    civilCode585: CITATIONS.civilCode585,
    contractInterpretation65: CITATIONS.contractInterpretation65,
  },
  messages: {
    charges: {
      zh: '页面写明：{clause}。也就是说提前还款要额外付钱。民法典第六百七十七条规定，提前还款的，除另有约定外，利息按实际借款的期间计算；即使合同约定了违约金，过分高于贷款方实际损失的（一般指超过损失的30%），可以请求减少（民法典第五百八十五条）。您可以要求只按实际借款天数付利息，并要求免除或降低提前还款费用。',
      en: "The page states: {clauseEn}. Repaying early therefore costs extra. Under Civil Code Art. 677 interest on early repayment runs only for the actual period unless agreed otherwise; even an agreed penalty can be reduced on request where it is excessive against the lender's actual loss, generally more than 30% above it (Civil Code Art. 585). You can ask to pay interest only for the days actually borrowed and for the charge to be waived or reduced.",
      complaint:
        '贵方约定提前还款须支付费用（{clause}）。《中华人民共和国民法典》第六百七十七条规定：“借款人提前返还借款的，除当事人另有约定外，应当按照实际借款的期间计算利息。”即使另有约定，根据民法典第五百八十五条及《最高人民法院关于适用〈中华人民共和国民法典〉合同编通则若干问题的解释》第六十五条，约定的违约金超过造成损失的百分之三十的，一般可以认定为过分高于造成的损失，借款人可以请求予以减少。',
      demands: [
        '说明提前还款费用的计算依据及贵方的实际损失；',
        '免除或按实际损失大幅降低提前还款违约金或手续费，并说明实际损失的计算依据。',
      ],
    },
    noCharge: {
      zh: '页面写明：{clause}。提前还款没有额外收费。',
      en: 'The page states: {clauseEn}. Repaying early costs nothing extra.',
    },
    noClause: {
      zh: '页面没有写明提前还款的规则，无法判断提前还款是否收费。请在合同中查看或向贷款方询问。',
      en: 'The page states no rule on early repayment, so whether it is charged could not be checked. Look in the agreement or ask the lender.',
    },
  },
  check(input, report) {
    const clause = input.terms.prepayment;
    const feeCharges = input.terms.fees.filter((f) => f.when === 'prepayment');
    const basis =
      input.lenderType === 'private'
        ? ([
            'civilCode677',
            'privateLending30',
            'civilCode585',
            'contractInterpretation65',
          ] as const)
        : (['civilCode677', 'civilCode585', 'contractInterpretation65'] as const);
    const proof = [
      ...(clause === null ? [] : evidence('提前还款条款', clause.source, clause.text)),
      ...feeCharges.flatMap(feeEvidence),
    ];
    if (clause?.penalty === true || feeCharges.length > 0) {
      const words = [...(clause === null ? [] : [clause.text]), ...feeCharges.map((f) => f.name)];
      return report.fail(
        'charges',
        { clause: listZh(words), clauseEn: listEn(words) },
        { basis, evidence: proof },
      );
    }
    if (clause === null) return report.incomplete('noClause', {}, ['提前还款条款'], { basis });
    return report.pass(
      'noCharge',
      { clause: `「${clause.text}」`, clauseEn: `"${clause.text}"` },
      { basis, evidence: proof },
    );
  },
  examples: {
    pass: [{ name: '不收取提前还款违约金' }],
    fail: [
      {
        name: '3% of the prepaid principal',
        terms: {
          prepayment: { text: '应按提前偿还本金的3%向贷款人支付提前还款违约金', penalty: true },
        },
      },
    ],
  },
});
