/**
 * Every string the extension's own pages show, Chinese first. The English table must have the
 * same keys (the type says so), and `{name}` placeholders are filled by `format`.
 */
export const zhCN = {
  appName: '借贷明镜',
  scanning: '正在读取本页的借款条款…',
  scanFailed: '读取失败',
  verdictNoTerms: '此页面未找到借款条款',
  verdictClean: '未发现问题',
  verdictCounts: '发现 {violations} 项违规、{warnings} 项提醒',
  verdictWarningsOnly: '未发现违规，有 {warnings} 项提醒',
  noTermsHint:
    '这个页面上没有读到借款金额、期数或还款计划。如果这是借款页面，可以等页面加载完后再点一次工具栏按钮。',
  figuresTitle: '关键数字',
  principal: '合同借款金额',
  received: '实际到账金额',
  totalRepaid: '总还款',
  totalCost: '总成本（利息＋各项费用）',
  trueRate: '真实年化利率（IRR，单利）',
  trueRateEffective: '复利年化（IRR）',
  shownRate: '页面标示的年化利率',
  notShown: '页面未标示',
  rateUnknown: '无法计算',
  findingsTitle: '检查结果',
  groupViolation: '违规',
  groupWarning: '提醒',
  groupInfo: '说明',
  groupIncomplete: '无法核实',
  groupPassed: '已通过的检查',
  legalBasis: '法律依据',
  basisUnconfirmed: '（该依据来自转述，原文未能核实）',
  pageWords: '页面原文',
  missingFacts: '页面缺少：',
  copyComplaint: '复制文字',
  downloadComplaint: '下载为 .txt',
  complaintChannel: '投诉渠道',
  copied: '已复制',
  copyFailed: '复制失败，请手动选择文字复制',
  complaintTitle: '投诉与协商文字（可复制）',
  notLegalAdvice: '本工具的分析不构成法律意见。',
  yuan: '元',
  notes: '说明',
  rescan: '重新检查',
  optionsTitle: '借贷明镜 设置',
  optionsLanguage: '界面语言',
  optionsLenderType: '放款机构类型',
  optionsLenderTypeAuto: '自动判断（根据页面）',
  optionsSaved: '已保存',
  lenderBank: '银行',
  lenderConsumerFinance: '消费金融公司',
  lenderSmallLoan: '小额贷款公司',
  lenderPlatform: '平台（未写明放款机构）',
  lenderPrivate: '个人（民间借贷）',
  lenderUnknown: '未知',
} as const;

export type MessageKey = keyof typeof zhCN;

export const en: Record<MessageKey, string> = {
  appName: 'LoanLens',
  scanning: 'Reading the loan terms on this page…',
  scanFailed: 'Could not read the page',
  verdictNoTerms: 'No loan terms found on this page',
  verdictClean: 'No problems found',
  verdictCounts: '{violations} violation(s), {warnings} warning(s)',
  verdictWarningsOnly: 'No violations, {warnings} warning(s)',
  noTermsHint:
    'No loan amount, term or repayment plan was found on this page. If it is a loan page, wait until it has loaded and click the toolbar button again.',
  figuresTitle: 'Key figures',
  principal: 'Contract amount',
  received: 'Amount actually received',
  totalRepaid: 'Total repaid',
  totalCost: 'Total cost (interest + fees)',
  trueRate: 'True annual rate (IRR, simple)',
  trueRateEffective: 'Compounded annual (IRR)',
  shownRate: 'Annual rate shown on the page',
  notShown: 'not shown',
  rateUnknown: 'cannot be computed',
  findingsTitle: 'Checks',
  groupViolation: 'Violations',
  groupWarning: 'Warnings',
  groupInfo: 'Notes',
  groupIncomplete: 'Could not verify',
  groupPassed: 'Checks passed',
  legalBasis: 'Legal basis',
  basisUnconfirmed: '(reported by secondary sources; the original text could not be confirmed)',
  pageWords: 'On the page',
  missingFacts: 'Missing on the page: ',
  copyComplaint: 'Copy text',
  downloadComplaint: 'Save as .txt',
  complaintChannel: 'Channel',
  copied: 'Copied',
  copyFailed: 'Copy failed: select the text and copy it by hand',
  complaintTitle: 'Complaint and negotiation texts (Chinese)',
  notLegalAdvice: 'This analysis is not legal advice.',
  yuan: 'yuan',
  notes: 'Notes',
  rescan: 'Check again',
  optionsTitle: 'LoanLens settings',
  optionsLanguage: 'Language',
  optionsLenderType: 'Lender type',
  optionsLenderTypeAuto: 'Detect from the page',
  optionsSaved: 'Saved',
  lenderBank: 'Bank',
  lenderConsumerFinance: 'Consumer-finance company',
  lenderSmallLoan: 'Small-loan company',
  lenderPlatform: 'Platform (no lender named)',
  lenderPrivate: 'Individual (private lending)',
  lenderUnknown: 'Unknown',
};

export type Language = 'zh-CN' | 'en';

export function translator(
  language: Language,
): (key: MessageKey, vars?: Record<string, string | number>) => string {
  const table = language === 'en' ? en : zhCN;
  return (key, vars = {}) =>
    table[key].replace(/\{(\w+)\}/g, (whole, name: string) =>
      name in vars ? String(vars[name]) : whole,
    );
}

export type Translate = ReturnType<typeof translator>;
