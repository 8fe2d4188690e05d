/**
 * 砍头息: the borrower receives less than the contract amount. 民法典第670条 makes the amount
 * actually received the principal; 民间借贷规定第26条 says the same for private lending.
 */
import { Decimal } from '@/lib/finance/decimal';
import { CITATIONS } from '@/lib/law/citations';
import { defineRule } from '../define-rule';
import { evidence, feeEvidence, unplacedFees } from '../facts';
import { listEn, listZh, yuan } from '../format';

const COMPLAINT =
  '本人通过贵方页面借款，页面及合同载明借款金额为人民币{principal}元，但本人实际到账仅{received}元，差额{deducted}元在放款时被预先扣除。根据《中华人民共和国民法典》第六百七十条"借款的利息不得预先在本金中扣除。利息预先在本金中扣除的，应当按照实际借款数额返还借款并计算利息"的规定，本笔借款的本金应当认定为实际到账的{received}元，贵方按{principal}元计收利息和费用缺乏法律依据。';

export default defineRule({
  id: 'upfront-deduction',
  title: '放款时预先扣除本金（砍头息）',
  titleEn: 'Money deducted from the principal at disbursement',
  severity: 'violation',
  appliesTo: 'all',
  basis: {
    civilCode670: CITATIONS.civilCode670,
    privateLending26: CITATIONS.privateLending26,
  },
  messages: {
    deductedWithRefund: {
      zh: '页面写明借款金额{principal}元，实际到账{received}元，放款时少给了{deducted}元（{items}）。民法典第六百七十条规定利息不得预先在本金中扣除，扣了的，本金按实际到账的{received}元算。按此重新计算，多收的金额为{refund}元。您可以要求按{received}元重新计算本金和利息，并退还或抵减这{refund}元。',
      en: 'The page states a loan of {principal} yuan, but {received} yuan is paid out: {deducted} yuan is kept back at disbursement ({itemsEn}). Under Civil Code Art. 670 interest may not be deducted from the principal in advance; if it is, the principal is the amount actually received, {received} yuan. Recomputed that way, {refund} yuan was overcharged. You can ask for the loan to be recomputed on {received} yuan and for the {refund} yuan to be refunded or offset.',
      complaint: `${COMPLAINT}按实际到账金额重新计算，贵方多收取{refund}元。`,
      demands: [
        '按实际到账金额{received}元重新计算借款本金和利息，并出具新的还款计划；',
        '退还（或在后续还款中抵减）多收取的{refund}元；',
        '提供完整的借款合同和全部费用明细。',
      ],
    },
    deducted: {
      zh: '页面写明借款金额{principal}元，实际到账{received}元，放款时少给了{deducted}元（{items}）。民法典第六百七十条规定利息不得预先在本金中扣除，扣了的，本金按实际到账的{received}元算。您可以要求按{received}元重新计算本金和利息，并退还或抵减按被扣的{deducted}元多收的利息和费用。',
      en: 'The page states a loan of {principal} yuan, but {received} yuan is paid out: {deducted} yuan is kept back at disbursement ({itemsEn}). Under Civil Code Art. 670 interest may not be deducted from the principal in advance; if it is, the principal is the amount actually received, {received} yuan. You can ask for the loan to be recomputed on {received} yuan and for what was charged on the deducted {deducted} yuan to be refunded or offset.',
      complaint: COMPLAINT,
      demands: [
        '按实际到账金额{received}元重新计算借款本金和利息，并出具新的还款计划；',
        '退还（或在后续还款中抵减）以被扣除的{deducted}元为基数多收取的全部利息和费用；',
        '提供完整的借款合同和全部费用明细。',
      ],
    },
    notDeducted: {
      zh: '页面写明借款金额{principal}元，实际到账{received}元，没有发现放款时预先扣钱。',
      en: 'The page states a loan of {principal} yuan and {received} yuan is paid out: nothing is deducted at disbursement.',
    },
    feeUnplaced: {
      zh: '页面写明借款金额{principal}元，按页面的数字实际到账{received}元，没有看到放款时少给。但页面还写了{fees}，没有写明何时收取；如果它在放款时从借款中扣除，就是预先扣除。请核对到账金额和这笔费用的收取方式。',
      en: 'The page states a loan of {principal} yuan and, by its figures, {received} yuan is paid out: no deduction is seen. But the page also names {fees} without saying when it is charged; if it is taken from the loan at payout, that is a deduction in advance. Please check the amount that arrived and how this fee is charged.',
    },
    amountsMissing: {
      zh: '页面上没有同时读到借款金额和实际到账金额，无法判断放款时是否被预先扣钱。请核对到账短信或银行流水。',
      en: 'The page does not show both the loan amount and the amount paid out, so a deduction at disbursement could not be checked. Compare with the bank record of the payout.',
    },
  },
  check(input, report) {
    const { principal, received, fees, sources } = input.terms;
    if (principal === null || received === null) {
      const missing = [
        ...(principal === null ? ['借款金额（合同金额）'] : []),
        ...(received === null ? ['实际到账金额'] : []),
      ];
      return report.incomplete('amountsMissing', {}, missing);
    }
    const proof = [
      ...evidence('借款金额', sources.principal, `借款金额 ${principal}`),
      ...evidence('实际到账金额', sources.received, `实际到账 ${received}`),
    ];
    const amounts = { principal: yuan(principal), received: yuan(received) };
    const deducted = new Decimal(principal).minus(received);
    if (!deducted.greaterThan(0)) {
      // Fees the page names without saying when (UNPLACED_FEE) may be taken at payout all the same.
      const fees = unplacedFees(input);
      return fees === null
        ? report.pass('notDeducted', amounts, { evidence: proof })
        : report.incomplete('feeUnplaced', { ...amounts, fees }, [`${fees}的收取时间`], {
            evidence: proof,
          });
    }

    const upfront = fees.filter((f) => f.when === 'upfront');
    const named = upfront.map((f) =>
      f.amount === undefined ? f.name : `${f.name} ${yuan(f.amount)}元`,
    );
    const data = {
      ...amounts,
      deducted: yuan(deducted.toString()),
      items: named.length > 0 ? `页面列出的扣除项：${listZh(named)}` : '页面未列明扣除项目',
      itemsEn: named.length > 0 ? `items listed: ${listEn(named)}` : 'no item is named',
    };
    const extra = {
      basis:
        input.lenderType === 'private'
          ? (['civilCode670', 'privateLending26'] as const)
          : (['civilCode670'] as const),
      evidence: [...proof, ...upfront.flatMap(feeEvidence)],
      figures: {
        principalValue: principal,
        receivedValue: received,
        deductedValue: deducted.toFixed(2),
      },
    };
    if (input.overcharge670 !== null) {
      return report.fail(
        'deductedWithRefund',
        { ...data, refund: yuan(input.overcharge670) },
        extra,
      );
    }
    return report.fail('deducted', data, extra);
  },
  examples: {
    pass: [{ name: 'the full amount is paid out' }],
    fail: [
      {
        name: '800元 service fee kept back',
        terms: {
          received: '9200.00',
          fees: [{ name: '平台服务费', when: 'upfront', amount: '800.00' }],
        },
      },
      {
        name: 'deduction with the 第670条 refund known',
        terms: { received: '9500.00' },
        context: { overcharge670: '612.34' },
      },
    ],
  },
});
