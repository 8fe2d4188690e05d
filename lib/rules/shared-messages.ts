/**
 * Wording the runner adds to every rule's texts: the lender-type applicability line and the two
 * honesty notes (a basis legal.md marks UNCONFIRMED; a basis not yet in force on the contract
 * date). Data like the rules' own messages, filled by the same template formatter.
 */
import type { LenderType } from '@/lib/model/terms';

export const LENDER_TYPE_NAMES: Readonly<Record<LenderType, { zh: string; en: string }>> = {
  bank: { zh: '银行', en: 'a bank' },
  'consumer-finance': { zh: '消费金融公司', en: 'a consumer-finance company' },
  'small-loan': {
    zh: '小额贷款公司等地方金融组织',
    en: 'a small-loan company or other local financial organisation',
  },
  'platform-unspecified': {
    zh: '未写明放款机构的借款平台',
    en: 'a lending platform that names no lender',
  },
  private: { zh: '民间借贷（个人或非金融机构出借）', en: 'private lending' },
  unknown: { zh: '无法判断类型的放款方', en: 'a lender of unknown type' },
};

export const SHARED_MESSAGES = {
  notForLenderType: {
    zh: '本项检查只适用于{types}；本页放款方为{type}，因此不适用。',
    en: 'This check applies only to {typesEn}; the lender here is {typeEn}, so it does not apply.',
  },
  unconfirmedBasis: {
    zh: '请注意：本项所依据的{instruments}的内容来自新闻或二手来源的报道，本工具未能核实原文，因此只作为提醒，不认定为违规。',
    en: 'Note: the basis ({instruments}) is reported by news or secondary sources and could not be confirmed against the original text, so this is a warning, not a violation.',
  },
  // The LPR value used is a published one; what cannot be checked is whether a newer fixing (the
  // months legal.md §6 marks UNVERIFIED) was in force on the contract date.
  lprNewerUnknown: {
    zh: '请注意：所用的一年期LPR（{date}公布）是已公布的数值；合同成立前人民银行是否公布了更新的一年期LPR，本工具无法核实，因此只作为提醒。如有更新的公布值，可以在设置页补充。',
    en: 'Note: the one-year LPR used (published {date}) is a published value; whether the PBOC published a newer one before the contract date cannot be checked here, so this is a warning. If it did, add the newer value in the settings.',
  },
  notYetInForce: {
    zh: '请注意：所引依据自{effective}起施行，而{contractDate}早于该日；当时适用的条文本工具未能核实，因此只作为提醒。',
    en: 'Note: the basis took effect on {effective}, after the contract date {contractDate}; the rule in force at the time could not be verified here, so this is a warning.',
  },
} as const;
