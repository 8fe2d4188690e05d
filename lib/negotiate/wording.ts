/**
 * Every word the negotiation assistant puts in a step, the letter or the phone script: data,
 * reviewed like code (legal wording is never assembled in JSX). `{name}` placeholders are filled
 * by lib/negotiate/fill.ts. The letter and the script are Chinese (they go to a Chinese lender);
 * the steps are shown in both languages. The tone is the seed article's: polite, cooperative,
 * asking rather than accusing.
 */
import type { PlanKind } from './plans';
import type { StepId } from './supportable';
import type { IncidentKind, ContactChannel } from '@/lib/model/contact';

export const STEP_WORDS: Record<StepId, { zh: string; en: string }> = {
  'principal-670': {
    zh: '本金按实际到账金额认定：合同金额 {principal} 元，实际到账 {received} 元，放款时被扣除 {deduction} 元。利息不得预先在本金中扣除，被扣除的部分不算借到的钱。',
    en: 'The principal is what was received: {principal} yuan in the contract, {received} yuan received, {deduction} yuan deducted at disbursement. Interest may not be deducted in advance, so the deducted part was never lent.',
  },
  'principal-as-contract': {
    zh: '放款时没有扣款，本金即合同金额 {principal} 元。',
    en: 'Nothing was deducted at disbursement: the principal is the contract amount, {principal} yuan.',
  },
  'outstanding-principal': {
    zh: '尚欠本金：贵方主张 {owedPrincipal} 元，减去放款时被扣除的 {deduction} 元，法律支持的尚欠本金为 {lawfulOutstanding} 元。',
    en: 'Principal still owed: the lender claims {owedPrincipal} yuan; less the {deduction} yuan deducted at disbursement, the lawful outstanding principal is {lawfulOutstanding} yuan.',
  },
  'interest-within-line': {
    zh: '利息：贵方主张 {owedInterest} 元；合同年利率 {contractRate} 未超过 {line} 的上限{scaledZh}，法律支持 {supportableInterest} 元。',
    en: 'Interest: the lender claims {owedInterest} yuan; the contract rate {contractRate} is within the {line} line{scaledEn}, so {supportableInterest} yuan is supported.',
  },
  'interest-over-line': {
    zh: '利息：贵方主张 {owedInterest} 元；合同年利率 {contractRate} 超过 {line} 的上限，按上限折算（× {line} ÷ {contractRate}）{scaledZh}，法律支持 {supportableInterest} 元。',
    en: 'Interest: the lender claims {owedInterest} yuan; the contract rate {contractRate} is above the {line} line, so it is scaled to the line (× {line} ÷ {contractRate}){scaledEn}: {supportableInterest} yuan is supported.',
  },
  'interest-rate-unknown': {
    zh: '利息：贵方主张 {owedInterest} 元。合同年利率未填写，无法核对是否超过上限，暂按 {supportableInterest} 元计（如有放款时扣款，已按到账金额折算）。',
    en: 'Interest: the lender claims {owedInterest} yuan. The contract rate was not given, so it could not be checked against the line; {supportableInterest} yuan is counted (scaled to the amount received when something was deducted).',
  },
  'overdue-within-line': {
    zh: '逾期收费：罚息 {penalty} 元、违约金 {damages} 元、其他费用 {fees} 元，合计 {demandedOverdue} 元。自 {overdueSince} 至 {asOf} 共逾期 {days} 天，上限为 尚欠本金 {lawfulOutstanding} 元 × 年利率 {line} × {days} ÷ 365 = {cap} 元；贵方主张的未超过上限。',
    en: 'Overdue charges: penalty interest {penalty}, liquidated damages {damages}, other fees {fees}, together {demandedOverdue} yuan. Overdue {days} days ({overdueSince} to {asOf}); the line is outstanding principal {lawfulOutstanding} × {line} a year × {days} ÷ 365 = {cap} yuan; the claim is within it.',
  },
  'overdue-over-line': {
    zh: '逾期收费：罚息 {penalty} 元、违约金 {damages} 元、其他费用 {fees} 元，合计 {demandedOverdue} 元。自 {overdueSince} 至 {asOf} 共逾期 {days} 天，上限为 尚欠本金 {lawfulOutstanding} 元 × 年利率 {line} × {days} ÷ 365 = {cap} 元；法律支持 {supportableOverdue} 元。',
    en: 'Overdue charges: penalty interest {penalty}, liquidated damages {damages}, other fees {fees}, together {demandedOverdue} yuan. Overdue {days} days ({overdueSince} to {asOf}); the line is outstanding principal {lawfulOutstanding} × {line} a year × {days} ÷ 365 = {cap} yuan, so {supportableOverdue} yuan is supported.',
  },
  'set-off': {
    zh: '放款时被扣除的金额超过了贵方主张的尚欠本金，多还的本金 {overpaid} 元应从利息和费用中抵扣：{before} 元抵扣后为 {after} 元。',
    en: 'The deduction exceeds the principal the lender still claims: {overpaid} yuan of principal was repaid on money never lent and is set off against the charges: {before} becomes {after} yuan.',
  },
  total: {
    zh: '合计：贵方主张 {demandedTotal} 元，法律支持 {supportableTotal} 元，差额 {disputedTotal} 元。',
    en: 'In total: the lender claims {demandedTotal} yuan, the law supports {supportableTotal} yuan, a difference of {disputedTotal} yuan.',
  },
  'lender-take': {
    zh: '已还 {repaid} 元；若再按贵方主张还 {demandedTotal} 元，贵方共收回 {take} 元，是实际到账金额 {received} 元的 {times} 倍。',
    en: 'Repaid so far: {repaid} yuan; paying the {demandedTotal} yuan claimed would bring the total to {take} yuan, {times} times the {received} yuan received.',
  },
  'credit-card-instalment': {
    zh: '信用卡欠款超出还款能力、仍有还款意愿的，发卡银行可以与持卡人协商个性化分期，最长不超过 {months} 个月（5年）；双方签署协议后，发卡银行应当停止催收。这是银行“可以”做的，不是持卡人可以强制要求的权利。',
    en: 'When card debt exceeds the ability to repay and the cardholder is willing, the bank may agree a personalised instalment plan of up to {months} months (5 years); once it is signed, collection must stop. The bank "may": it is not a right the cardholder can enforce.',
  },
  'lender-type-unknown': {
    zh: '放款方类型未知，按较高的年利率 {line} 计算上限；如果实际是个人之间的民间借贷，上限更低（合同成立时一年期LPR的四倍）。',
    en: 'The lender type is unknown, so the higher line of {line} a year is used; if this is private lending between individuals, the line is lower (four times the one-year LPR at contract formation).',
  },
};

/** How each line is named in a step and in the letter. */
export const LINE_NAMES = {
  'licensed-24': {
    zh: '金融借款的年利率24%（借款人可请求调减超出部分）',
    en: 'the 24% line for loans from licensed lenders (the borrower may ask for the excess to be reduced)',
  },
  'credit-card-24': {
    zh: '年利率24%（信用卡纠纷中法院综合衡量，24%为参考）',
    en: 'the 24% line (card disputes are weighed case by case; 24% is a reference)',
  },
  'private-4x-lpr': {
    zh: '合同成立时一年期LPR的四倍（超出部分法院不予支持）',
    en: 'four times the one-year LPR at contract formation (the courts do not support the excess)',
  },
  'private-legacy-24': {
    zh: '2020年8月20日前成立的民间借贷适用的年利率24%',
    en: 'the 24% line for private loans formed before 2020-08-20',
  },
  'unknown-24': {
    zh: '年利率24%（放款方类型未知，按较高上限）',
    en: 'the 24% line (lender type unknown, the higher line is used)',
  },
} as const;

export const PLAN_NAMES: Record<PlanKind, { zh: string; en: string }> = {
  fewest: {
    zh: '最快还清（每月不超过您的还款能力）',
    en: 'Fewest months within your monthly capacity',
  },
  lowest: { zh: '月供最低（60期以内）', en: 'Lowest monthly payment within 60 months' },
  settlement: { zh: '一次性结清', en: 'One-off settlement' },
};

export const INCIDENT_NAMES: Record<IncidentKind, { zh: string; en: string }> = {
  'third-party-contact': {
    zh: '联系与债务无关的第三人（家人、朋友、同事等）',
    en: 'Contacted third parties (family, friends, colleagues)',
  },
  'night-contact': { zh: '在22:00至次日8:00之间催收', en: 'Contact between 22:00 and 08:00' },
  threat: { zh: '威胁、恐吓', en: 'Threats or intimidation' },
  impersonation: {
    zh: '冒充公检法等国家机关',
    en: 'Impersonated police, courts or other authorities',
  },
  insult: { zh: '辱骂、侮辱', en: 'Insults' },
  'too-many-calls': {
    zh: '频繁来电（同一号码每日超过6次）',
    en: 'Too many calls (over 6 a day to one number)',
  },
  'privacy-disclosure': {
    zh: '泄露本人借款信息或个人信息',
    en: 'Disclosed the loan or personal information',
  },
};

export const CHANNEL_NAMES: Record<ContactChannel, { zh: string; en: string }> = {
  phone: { zh: '电话', en: 'Phone' },
  sms: { zh: '短信', en: 'SMS' },
  app: { zh: 'App/在线客服', en: 'App / online chat' },
  email: { zh: '电子邮件', en: 'Email' },
  letter: { zh: '信件', en: 'Letter' },
  visit: { zh: '上门/面谈', en: 'Visit / in person' },
  other: { zh: '其他', en: 'Other' },
};

/** The letter (Chinese), paragraph by paragraph, in the seed article's order. */
export const LETTER = {
  salutation: '致{lender}客户服务部门：',
  opening:
    '本人{name}（联系电话：{phone}，身份证号：{idNumber}）于{contractDate}向贵方借款，合同借款金额 {principal} 元，实际到账 {received} 元，截至{asOf}已还款 {repaid} 元。自{overdueSince}起，本人未能按期足额还款，对此深表歉意。',
  hardship:
    '因{hardship}，本人目前暂时无法按原计划还款。本人有还款意愿，希望通过贵方的官方渠道协商一个本人能够履行的还款方案，而不是逃避债务。',
  contacts: '此前的沟通情况：',
  figures:
    '贵方目前主张的欠款为：本金 {owedPrincipal} 元、利息 {owedInterest} 元、罚息 {penalty} 元、违约金 {damages} 元、其他费用 {fees} 元，合计 {demandedTotal} 元。',
  computedSame: '本人按法律规定核算，上述金额均在法律保护的范围内，本人予以确认。',
  computedLess:
    '本人依照{laws}核算（本金按实际到账金额计算，利息和逾期收费按{lineName}计算），法律支持的金额为 {supportableTotal} 元（尚欠本金 {principal} 元、利息 {interest} 元、逾期收费 {overdue} 元），与贵方主张相差 {disputedTotal} 元。{askReduce}恳请贵方据此重新核算，并书面告知每一项的计算明细。',
  askReduceLicensed: '对超出部分，本人请求予以调减。',
  askReducePrivate: '超出部分依法不受保护。',
  planInstalments:
    '本人提议：以 {debt} 元为欠款总额，{interestNote}自{first}起分 {periods} 期偿还，每月{day}日前还款 {payment} 元{lastNote}，最后一期于{lastDate}还清，合计 {total} 元。这是本人按目前收入（每月最多可还 {capacity} 元）能够履行的方案。',
  planInterestFree: '分期期间停止计息，',
  planInterest: '分期期间按年利率 {rate}（单利）计息，',
  planLastNote: '（最后一期 {last} 元）',
  planSettlement: '本人提议：于{first}前一次性支付 {total} 元，结清全部欠款{waiverNote}。',
  settlementWaiver: '，其余部分恳请贵方予以减免',
  planNone:
    '本人目前每月最多可还 {capacity} 元，按此在60期内无法还清。恳请贵方根据本人的还款能力提出分期方案，并考虑减免部分利息和逾期费用。',
  pause: '在协商期间，恳请贵方暂停计收罚息、违约金等逾期费用，并暂停催收。',
  cardInstalment:
    '本人申请办理个性化分期还款。依照《商业银行信用卡业务监督管理办法》第七十条，发卡银行可以与确有还款意愿的持卡人协商个性化分期，最长不超过5年；双方签署协议后，发卡银行及其发卡业务服务机构应当停止催收。',
  thirdParty:
    '请贵方及贵方委托的催收机构只与本人联系，不要联系本人的家人、朋友、同事等与债务无关的第三人，也不要向任何人透露本人的借款信息（{thirdPartyLaws}）。',
  incidents: '本人记录到以下情况，可能违反相关规定，请贵方核查并予以纠正：',
  problems: '此外，本人发现以下问题，请贵方一并核查：',
  writing:
    '达成一致后，请贵方提供书面还款协议（《中华人民共和国民法典》第六百六十八条：借款合同应当采用书面形式），写明：',
  writingItems: [
    '借款人姓名及身份证号；',
    '借款金额、利率、已还金额及剩余未还金额；',
    '分期还款的具体安排，包括每期还款日期和金额；',
    '违约情形的处理方式；',
    '双方签字盖章确认。',
  ],
  fees: '请同时逐项列明已收取和拟收取的全部利息和费用及其依据（《中华人民共和国民法典》第六百七十条：借款的利息不得预先在本金中扣除）。',
  settlementProof: '全部款项还清后，请贵方出具结清证明。',
  closing:
    '本人会严格按照协议按时还款；如遇特殊情况无法按期履约，会及时告知贵方。期待贵方的书面答复。',
  signature: '申请人：{name}',
  date: '日期：{today}',
  uncertain: '（注：{names}的原文未能核实，引用时请以官方文本为准。）',
} as const;

/** A contact-log line in the letter. */
export const CONTACT_LINES = {
  outgoing: '本人于{when}通过{channel}联系贵方{agent}，{said}{promised}',
  incoming: '{when}，贵方{agent}通过{channel}联系本人{number}，{said}{promised}',
  agent: '（工号/姓名：{agentId}）',
  number: '（来电号码：{number}）',
  said: '沟通内容：{said}。',
  promised: '对方表示/承诺：{promised}。',
  incident: '{when}，{what}（{number}）——{laws}。',
} as const;

/** The short script for the official hotline: what to say, what to ask for, what not to do. */
export const PHONE_SCRIPT = {
  title: '拨打{lender}官方客服热线时可以这样说',
  say: [
    '您好，我是借款人{name}，想协商逾期借款的还款方案，请问您的工号是多少？（记下工号和通话时间）',
    '因{hardship}，我暂时无法按原计划还款，但我有还款意愿，不是要逃避。',
    '我核算法律支持的欠款是 {supportableTotal} 元。我每月最多能还 {capacity} 元，提议：{planLine}。',
    '协商期间，请暂停计收罚息和违约金，并暂停催收。',
    '请只联系我本人，不要联系我的家人、朋友或同事。',
  ],
  ask: [
    '请把还款方案以书面形式（短信、App消息、邮件或盖章协议）发给我，写明还款总额、每期日期和金额。',
    '请发给我全部利息、罚息和费用的计算明细。',
    '全部还清后，请出具结清证明。',
  ],
  avoid: [
    '不要在电话里同意超出自己能力的金额或期数，可以说“我需要看到书面方案再确认”。',
    '不要向个人账户或催收人员提供的账户还款，只还到官方渠道（App、对公账户）。',
    '不要为了还这笔钱再去借新的网贷（以贷养贷）。',
    '不要提供家人、朋友的联系方式。',
  ],
  plan: {
    instalments: '分 {periods} 期，每月 {payment} 元，合计 {total} 元',
    settlement: '一次性支付 {total} 元结清',
    none: '请贵方根据我的还款能力提出分期方案',
  },
  headings: { say: '要说的', ask: '要求书面提供的', avoid: '不要做的' },
} as const;

export const NOT_LEGAL_ADVICE =
  '（本文由“借贷明镜”协商还款助手根据您填写的信息生成，供参考，不构成法律意见。）';
