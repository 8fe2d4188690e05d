/**
 * The complaint channels and their fixed wording (legal.md §7). Wording is data, reviewed like
 * code: the composer only fills in `{placeholders}`. The lender's own channel comes first: a 投诉
 * (a civil demand) must in principle go to the institution before a regulator, and the regulators'
 * texts say that it did.
 */
export type ChannelId =
  'lender' | 'nfra-12378' | 'pboc-12363' | 'local-regulator' | 'heimao' | 'negotiation';

export interface LetterChannel {
  id: ChannelId;
  layout: 'letter';
  title: { zh: string; en: string };
  /** When to use it, shown beside the channel's name. */
  hint: { zh: string; en: string };
  salutation: string;
  opening: string;
  closing: string;
}

export interface FormChannel {
  id: ChannelId;
  layout: 'heimao' | 'negotiation';
  title: { zh: string; en: string };
  hint: { zh: string; en: string };
}

export type Channel = LetterChannel | FormChannel;

const firstComplaint =
  '本人已于{firstComplaintDate}向被投诉机构投诉，对其处理结果不满意（如尚未向机构投诉，请先使用“向放款机构/平台投诉”的文字）。';

export const channels: Record<ChannelId, Channel> = {
  lender: {
    id: 'lender',
    layout: 'letter',
    title: { zh: '向放款机构/平台投诉', en: 'To the lender or platform' },
    hint: {
      zh: '第一步：先向机构本身投诉，机构一般应在15日内答复。',
      en: 'First step: the institution should answer within 15 days.',
    },
    salutation: '致{lender}客户服务与投诉部门：',
    opening: '本人{name}（联系电话：{phone}）就在贵方办理/查看的借款提出投诉。',
    closing:
      '请贵方依照《银行业保险业消费投诉处理管理办法》，在规定期限内（一般为15日内）对上述问题作出书面答复，并告知复核、调解等后续途径。',
  },
  'nfra-12378': {
    id: 'nfra-12378',
    layout: 'letter',
    title: { zh: '国家金融监督管理总局 12378', en: 'NFRA hotline 12378' },
    hint: {
      zh: '适用于银行、消费金融公司；小额贷款公司等的投诉据报道也会转交地方处理。',
      en: 'For banks and consumer-finance companies; complaints about other lenders are reportedly passed on locally.',
    },
    salutation: '致国家金融监督管理总局（12378 银行保险消费者投诉维权热线）：',
    opening:
      '投诉人{name}（联系电话：{phone}，身份证号：{idNumber}），被投诉机构：{lender}。' +
      firstComplaint,
    closing:
      '恳请贵局依法督促被投诉机构纠正上述行为、退还多收款项并书面答复；如被投诉机构存在违法违规行为，请依法处理。',
  },
  'pboc-12363': {
    id: 'pboc-12363',
    layout: 'letter',
    title: { zh: '中国人民银行 12363', en: 'PBOC hotline 12363' },
    hint: {
      zh: '适用于年化利率展示（中国人民银行公告〔2021〕第3号）、征信等人民银行职责范围内的问题。',
      en: 'For annual-rate display (PBOC Announcement [2021] No. 3), credit records and other PBOC matters.',
    },
    salutation: '致中国人民银行（12363 金融消费权益保护咨询投诉电话）：',
    opening:
      '投诉人{name}（联系电话：{phone}，身份证号：{idNumber}），被投诉机构：{lender}。' +
      firstComplaint,
    closing:
      '中国人民银行公告〔2021〕第3号要求所有贷款产品明示按内部收益率法计算的年化利率，恳请贵行督促被投诉机构依规展示并答复本人。',
  },
  'local-regulator': {
    id: 'local-regulator',
    layout: 'letter',
    title: { zh: '地方金融管理局', en: 'Local financial regulator' },
    hint: {
      zh: '小额贷款公司、融资担保公司等地方金融组织由所在地的地方金融管理局监管。',
      en: 'Small-loan and guarantee companies are supervised by the local financial regulator.',
    },
    salutation: '致{city}地方金融管理局：',
    opening:
      '投诉人{name}（联系电话：{phone}，联系地址：{address}），被投诉机构：{lender}。' +
      firstComplaint,
    closing: '恳请贵局依法核查，督促被投诉机构纠正上述行为、退还多收款项，并将处理结果告知本人。',
  },
  heimao: {
    id: 'heimao',
    layout: 'heimao',
    title: { zh: '黑猫投诉', en: 'Heimao (public complaint platform)' },
    hint: {
      zh: '公开投诉平台，不是监管机构；按平台表单逐栏填写。',
      en: 'A public complaint platform, not a regulator; fill in its form field by field.',
    },
  },
  negotiation: {
    id: 'negotiation',
    layout: 'negotiation',
    title: { zh: '协商还款申请', en: 'Negotiated repayment request' },
    hint: {
      zh: '还款有困难时，主动通过官方客服渠道提出分期方案，并要求书面协议。',
      en: 'When repayment is hard: propose an installment plan through official channels and ask for a written agreement.',
    },
  },
};

export const channelOrder: readonly ChannelId[] = [
  'lender',
  'nfra-12378',
  'pboc-12363',
  'local-regulator',
  'heimao',
  'negotiation',
];

/** Fixed wording of the negotiation letter (the seed article's steps: hardship, plan, writing, fees). */
export const negotiationWording = {
  salutation: '致{lender}：',
  opening: '本人{name}（联系电话：{phone}，身份证号：{idNumber}）是贵方借款人。',
  hardship:
    '因{hardship}，本人目前暂时无法按原计划足额还款。本人有还款意愿，希望与贵方协商还款方案，而不是逃避债务。',
  plan: '本人提议：以实际到账金额 {received} 元为本金（《中华人民共和国民法典》第六百七十条：利息不得预先在本金中扣除），自{startMonth}起分 {months} 期偿还，每期 {installment} 元{lastNote}。利息和费用请按法律保护的上限以内重新核算后告知本人。',
  writing:
    '达成一致后，请贵方提供书面还款协议（《中华人民共和国民法典》第六百六十八条：借款合同应当采用书面形式），写明借款金额、利率、已还金额、剩余未还金额、每期还款日期和金额，以及违约处理方式，并由双方签字或盖章确认。',
  fees: '同时，请贵方逐项列明已收取和拟收取的全部利息和费用（包括服务费、会员费、担保费、保险费、罚息和违约金）及其依据，本人将逐项核对。',
  closing: '本人会严格按协议还款。期待贵方答复。',
} as const;

export const notLegalAdvice = '（本文由“借贷明镜”根据页面内容自动生成，供参考，不构成法律意见。）';
