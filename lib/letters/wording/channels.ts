/**
 * The channels and the words around a letter's points, as data (legal.md §7). Which channel a
 * lender type gets is decided in ../channels.ts; the reason shown beside it is here, in Chinese
 * and English (words at the view; the letters themselves stay Chinese).
 */
import type { ChannelId, OfferReason } from '../channels';

export const CHANNEL_TITLES: Record<ChannelId, { zh: string; en: string }> = {
  lender: { zh: '致放款机构/平台', en: 'To the lender or platform' },
  'nfra-12378': { zh: '国家金融监督管理总局 12378', en: 'NFRA hotline 12378' },
  'pboc-12363': { zh: '中国人民银行 12363', en: 'PBOC hotline 12363' },
  'local-regulator': { zh: '地方金融管理局', en: 'Local financial regulator' },
  heimao: { zh: '黑猫投诉（公开平台）', en: 'Heimao (public complaint platform)' },
  negotiation: { zh: '协商还款申请', en: 'Request for a repayment plan' },
  mediation: { zh: '人民调解申请', en: "Application to a people's mediation committee" },
  lawsuit: { zh: '起诉状提纲', en: 'Outline of a civil complaint (court)' },
};

/** The lender channel's name when the lender is a private person. */
export const PRIVATE_LENDER_TITLE = { zh: '致出借人（协商）', en: 'To the lender (negotiation)' };

export const OFFER_REASONS: Record<OfferReason, { zh: string; en: string }> = {
  'licensed-first': {
    zh: '第一步：先向机构本身提出，一般应在15日内答复；不满意再找监管部门。',
    en: 'First step: the institution itself, which should answer within 15 days; then the regulator.',
  },
  'small-loan-first': {
    zh: '第一步：先向放款机构提出并保留记录；不满意再向地方金融管理局投诉。',
    en: 'First step: the lender itself, keeping a record; then the local financial regulator.',
  },
  'platform-name-lender': {
    zh: '页面没有写明放款机构：先请平台书面告知放款机构，才能确定适用的利率上限和监管部门。',
    en: 'The page does not name the lender: ask the platform in writing who lends, which decides the rate line and the regulator.',
  },
  'private-negotiate': {
    zh: '个人之间的借贷：先与出借人协商，保留书面记录。',
    en: 'A loan between individuals: first negotiate with the lender, in writing.',
  },
  'nfra-banks': {
    zh: '银行、消费金融公司由国家金融监督管理总局监管；先向机构投诉，不满意再拨打12378。',
    en: 'Banks and consumer-finance companies are supervised by the NFRA: complain to the institution first, then call 12378.',
  },
  'nfra-if-licensed': {
    zh: '放款机构类型不明：如为银行或消费金融公司，由国家金融监督管理总局（12378）监管。',
    en: 'Lender type unknown: if it is a bank or consumer-finance company, the NFRA (12378) supervises it.',
  },
  'local-small-loan': {
    zh: '小额贷款、融资担保、典当等地方金融组织由所在地的地方金融管理局监管。',
    en: 'Small-loan, guarantee and pawn companies are supervised by the local financial regulator.',
  },
  'local-if-small-loan': {
    zh: '放款机构类型不明：如为小额贷款公司等地方金融组织，由地方金融管理局监管。',
    en: 'Lender type unknown: if it is a small-loan company or other local financial organisation, the local regulator supervises it.',
  },
  'pboc-disclosure': {
    zh: '年化利率的展示（中国人民银行公告〔2021〕第3号）属于人民银行的规定；原则上先向机构投诉。',
    en: 'How the annual rate is shown (PBOC Announcement [2021] No. 3) is a PBOC rule; complain to the institution first.',
  },
  'public-company': {
    zh: '公开投诉平台，不是监管机构；只针对机构，不公开身份证号等个人信息。',
    en: 'A public platform, not a regulator; against a company only, without your ID number.',
  },
  'hardship-plan': {
    zh: '还款有困难时，主动提出分期方案并要求书面协议；不涉及投诉。',
    en: 'When repayment is hard: propose a plan and ask for a written agreement; no complaint involved.',
  },
  'private-mediation': {
    zh: '民间借贷纠纷可以申请所在地的人民调解委员会调解，不收费。',
    en: "A private-lending dispute can go to the local people's mediation committee, free of charge.",
  },
  'private-court': {
    zh: '协商和调解不成时的起诉要点；立案前请咨询律师或法院诉讼服务中心。',
    en: 'The points of a lawsuit if negotiation and mediation fail; consult a lawyer or the court service centre first.',
  },
};

/** The frame of each channel: who it is addressed to, the party word, the opening and the close. */
export const FRAMES = {
  lender: {
    salutation: '致{lender}：',
    opening: '本人{name}（联系电话：{phone}）是贵方借款人，现就本笔借款提出以下问题和请求。',
    demandsIntro: '三、本人的请求',
    deadline: '请于收到本函之日起15日内书面答复。',
    deadlineBanking:
      '请于收到本函之日起15日内书面答复（《银行业保险业消费投诉处理管理办法》规定，一般投诉应在15日内处理并答复），并告知复核、调解等后续途径。',
    signature: '借款人：{name}',
  },
  lenderPrivate: {
    salutation: '致{lender}（出借人）：',
    opening:
      '本人{name}（联系电话：{phone}）是您的借款人，现就双方的借款提出以下问题，希望协商解决。',
    demandsIntro: '三、本人的请求',
    deadline: '请于收到本函之日起15日内答复，以便双方协商。',
    signature: '借款人：{name}',
  },
  regulator: {
    opening:
      '投诉人：{name}，联系电话：{phone}，联系地址：{address}\n被投诉机构：{lender}\n投诉人已于{firstComplaintDate}向被投诉机构投诉，对其处理结果不满意。',
    demandsIntro: '三、请求事项',
    first: '核查被投诉机构的上述行为',
    last: '如查实存在违法违规行为，依法处理，并将处理结果告知投诉人',
    deadline: '恳请依规定的期限处理，并将处理结果书面告知投诉人。',
    signature: '投诉人：{name}',
  },
  'nfra-12378': {
    salutation: '致国家金融监督管理总局（12378 银行保险消费者投诉维权热线）：',
    addressee: '国家金融监督管理总局（12378）',
    request: '恳请贵局：',
  },
  'pboc-12363': {
    salutation: '致中国人民银行（12363 金融消费权益保护咨询投诉电话）：',
    addressee: '中国人民银行（12363）',
    request: '恳请贵行：',
  },
  'local-regulator': {
    salutation: '致{city}地方金融管理局：',
    addressee: '{city}地方金融管理局',
    request: '恳请贵局：',
  },
  mediation: {
    title: '人民调解申请书',
    salutation: '致{mediator}人民调解委员会：',
    parties:
      '申请人：{name}，联系电话：{phone}，住址：{address}\n被申请人（出借人）：{lender}，联系方式：{counterpartContact}',
    factsHeading: '一、纠纷事实',
    pointsHeading: '二、争议要点',
    demandsIntro: '三、申请调解事项',
    close: '申请人愿意在调解员主持下与被申请人协商解决。',
    signature: '申请人：{name}',
  },
  lawsuit: {
    title: '民事起诉状（提纲，供咨询律师或法院诉讼服务中心时使用）',
    parties:
      '原告：{name}，联系电话：{phone}，住址：{address}\n被告（出借人）：{lender}，联系方式：{counterpartContact}',
    demandsIntro: '一、诉讼请求',
    factsHeading: '二、事实与理由',
    close: '此致\n{court}人民法院',
    signature: '具状人：{name}',
  },
  heimao: {
    object: '投诉对象：{lender}',
    problem: '投诉问题：{problems}',
    demands: '投诉要求：{demands}',
    amount: '涉诉金额：{amount}',
    amountNone: '涉诉金额：无（非金钱诉求）',
    content: '投诉内容：{content}',
  },
  sections: {
    facts: '一、基本事实',
    points: '二、主要问题',
    evidence: '四、证据清单',
  },
  evidence: [
    '借款合同（电子协议截图或下载件）',
    '放款流水（银行到账记录）',
    '还款记录',
    '借款页面截图（{date}保存）',
  ],
  evidencePrivate: [
    '借条或借款合同',
    '放款流水（转账记录）',
    '还款记录',
    '聊天记录或页面截图（{date}保存）',
  ],
  dateLine: '日期：{today}',
  notLegalAdvice: '（本文由“借贷明镜”根据{source}自动生成，供参考，不构成法律意见。）',
} as const;

/** Facts: where the figures come from, then the figures. */
export const FACTS = {
  sourcePage: '借款页面（{url}）显示',
  sourceBorrower: '根据借款人提供的数据',
  generatedFromPage: '页面内容',
  generatedFromBorrower: '借款人提供的数据',
  principal: '合同借款金额{value}元',
  received: '实际到账金额{value}元',
  termMonths: '期限{value}期（月）',
  termDays: '期限{value}天',
  totalRepaid: '应还总额{value}元',
  shown: '标示年化利率{value}',
  notShown: '未标示年化利率',
  rate: '按中国人民银行公告〔2021〕第3号的内部收益率法，以实际到账金额计算，本笔借款的年化利率为{apr}（{method}），复利为{aprEffective}。',
  methodMonthly: '月内部收益率×12',
  methodDaily: '日内部收益率×365',
  methodSingle: '（还款总额÷到账金额−1）×365÷借款天数',
} as const;
