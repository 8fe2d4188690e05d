/**
 * The citations the negotiation assistant adds to lib/law/citations.ts: credit-card negotiated
 * instalments, collection conduct and personal information (legal.md §1, §5, §9). Quotes are
 * copied from legal.md; `confirmed: false` marks what legal.md calls UNCONFIRMED (or where it says
 * the wording differs between the secondary sources), and every text built on such a basis says so.
 */
import type { LegalBasis } from '@/lib/model/report';

const LRB = 'https://github.com/LawRefBook/Laws/blob/2f4c5c23716267af9dbebbbbd6cbbf732b101981/';
const CARD_MEASURES = '《商业银行信用卡业务监督管理办法》';

export const NEGOTIATION_CITATIONS = {
  /**
   * 第70条, quoted by a secondary source citing 中国政府网 (legal.md §5). The text is not marked
   * UNCONFIRMED there, but the Measures' effective date is; it says "可以" (the bank may), so it is
   * a request, never a right.
   */
  cardMeasures70: {
    instrument: CARD_MEASURES,
    article: '第七十条',
    quote:
      '确认信用卡欠款金额超出持卡人还款能力、且持卡人仍有还款意愿的，发卡银行可以与持卡人平等协商，达成个性化分期还款协议。个性化分期还款协议的最长期限不得超过5年。…双方达成一致意见并签署分期还款协议的，发卡银行及其发卡业务服务机构应当停止对该持卡人的催收，持卡人不履行分期还款协议的情况除外。',
    source:
      'legal.md §5, quoting http://m.yktchina.com/xyk/xyk/2022/0913/46444.html (cites 中国政府网); effective date of the Measures not confirmed',
    confirmed: true,
  },
  /** 第68条: the secondary sources' wording differs (legal.md §9 marks it UNCONFIRMED). */
  cardMeasures68: {
    instrument: CARD_MEASURES,
    article: '第六十八条',
    quote:
      '发卡行应当向债务人本人及其保证人催收，不得向与债务无关的第三人催收，不得使用暴力、胁迫、恐吓、辱骂等不正当手段催收',
    source:
      'legal.md §9, quoting http://wwpfw.com/xinyongqiataoxian/96746.html ; http://glnlw.com/zhufuduanxin/w59s2vjq6m.html (wording differs between sources)',
    confirmed: false,
  },
  pipl10: {
    instrument: '《中华人民共和国个人信息保护法》',
    article: '第十条',
    quote: '不得非法收集、使用、加工、传输他人个人信息，不得非法买卖、提供或者公开他人个人信息',
    effective: '2021-11-01',
    source: `${LRB}行政法/个人信息保护法(2021-08-20).md`,
    confirmed: true,
  },
  civilCode1033: {
    instrument: '《中华人民共和国民法典》',
    article: '第一千零三十三条',
    quote: '以电话、短信、即时通讯工具、电子邮件、传单等方式侵扰他人的私人生活安宁',
    effective: '2021-01-01',
    source: `${LRB}民法典/人格权编.md`,
    confirmed: true,
  },
  /** Self-regulatory (中国银行业协会), for credit cards and personal consumer loans. */
  cbaCollectionGuideline: {
    instrument: '中国银行业协会《金融机构个人消费类贷款催收工作指引(试行)》',
    article: '（2026年1月30日发布，行业自律）',
    quote:
      '未经债务人同意，不得在22:00至次日8:00催收；不得向与债务无关的第三人催收；同一号码未接通每日不超过6次',
    effective: '2026-01-30',
    source:
      'legal.md §9, summaries at https://www.01caijing.com/article/344310.htm and https://www.163.com/dy/article/KKI3HJK90539AP40.html',
    confirmed: true,
  },
  /** The article number was not confirmed (legal.md §9). */
  consumerProtectionMeasures2023: {
    instrument: '《银行保险机构消费者权益保护管理办法》',
    article: '（催收条款，条号未核实）',
    quote:
      '不得冒用行政机关、司法机关等名义，采取暴力、恐吓、欺诈等不正当手段，采用其他违法违规和违背公序良俗的手段实施催收',
    effective: '2023-03-01',
    source: '北京商报 via 东方财富 http://finance.eastmoney.com/a/202212302601739220.html',
    confirmed: false,
  },
  criminalLaw293a: {
    instrument: '《中华人民共和国刑法》',
    article: '第二百九十三条之一',
    quote:
      '催收高利放贷等产生的非法债务，情节严重的…（一）使用暴力、胁迫方法的；（二）限制他人人身自由或者侵入他人住宅的；（三）恐吓、跟踪、骚扰他人的。',
    effective: '2021-03-01',
    source: `${LRB}刑法/刑法修正案（十一）.md`,
    confirmed: true,
  },
  bankCardDisputes2: {
    instrument: '《最高人民法院关于审理银行卡民事纠纷案件若干问题的规定》',
    article: '第二条',
    quote:
      '持卡人…主张总额过高的，人民法院应当综合考虑国家有关金融监管规定、未还款的数额及期限、当事人过错程度、发卡行的实际损失等因素…予以衡量',
    effective: '2021-05-25',
    source: `${LRB}司法解释/最高人民法院关于审理银行卡民事纠纷案件若干问题的规定(2021-05-24).md`,
    confirmed: true,
  },
  civilCode678: {
    instrument: '《中华人民共和国民法典》',
    article: '第六百七十八条',
    quote: '借款人可以在还款期限届满前向贷款人申请展期；贷款人同意的，可以展期。',
    effective: '2021-01-01',
    source: `${LRB}民法典/合同编.md`,
    confirmed: true,
  },
} as const satisfies Record<string, LegalBasis>;

export type NegotiationCitationId = keyof typeof NEGOTIATION_CITATIONS;
