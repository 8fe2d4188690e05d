/**
 * The repayment-plan request (the seed article's steps: hardship, plan, writing, fees). It asks;
 * it accuses nothing, whatever the checks found: a plea for a plan is not a complaint.
 */
export const NEGOTIATION = {
  salutation: '致{lender}：',
  opening: '本人{name}（联系电话：{phone}）是{you}借款人。',
  hardship:
    '因{hardship}，本人目前暂时无法按原计划足额还款。本人有还款意愿，希望与{you}协商还款方案，而不是逃避债务。',
  plan: '本人提议：以{base}元为本金，自{startMonth}起分{months}期偿还，每期{installment}元{lastNote}。利息和费用请在法律保护的范围内核算后告知本人。',
  planOnReceived:
    '（本人实际到账{received}元；《中华人民共和国民法典》第六百七十条规定：“借款的利息不得预先在本金中扣除。利息预先在本金中扣除的，应当按照实际借款数额返还借款并计算利息。”）',
  lastNote: '（最后一期{last}元）',
  writing:
    '达成一致后，请{you}提供书面还款协议，写明借款金额、利率、已还金额、剩余未还金额、每期还款日期和金额以及违约处理方式，并由双方签字或盖章确认。',
  fees: '同时，请{you}逐项列明已收取和拟收取的全部利息和费用（包括服务费、会员费、担保费、保险费、罚息和违约金），以便本人核对。',
  closing: '本人会按协议还款。期待{you}答复。',
  signature: '申请人：{name}',
} as const;
