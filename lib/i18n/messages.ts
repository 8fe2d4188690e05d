/**
 * Every string the extension's own pages show, Chinese first. The English table must have the
 * same keys (the type says so), and `{name}` placeholders are filled by the one strict filler.
 */
import { fillTemplate } from '@/lib/text/template';

const zhCN = {
  appName: '借贷明镜',
  scanning: '正在读取本页的借款条款…',
  scanFailed: '读取失败',
  scanErrorPageNotReadable:
    '无法读取此页面：浏览器不允许扩展读取这类页面（如浏览器设置页、扩展商店），或需要在该页面上点击工具栏按钮。',
  scanErrorReadingMalformed: '页面内容无法读取（读取结果不完整或格式异常）。',
  scanErrorAnalysisFailed:
    '分析本页时出错。请把页面另存为 HTML 文件，用 audit 命令检查，或向我们报告这个页面。',
  scanErrorReportUnreadable:
    '本页的分析结果超出了可以显示的范围（例如利率位数多得不合常理），没有保存。页面上的数字可能读错了，请核对页面。',
  scanErrorStorageFull:
    '浏览器给扩展的存储空间已满，报告无法保存。请在"历史记录"中删除一些记录后重试。',
  scanErrorStorageFailed: '浏览器拒绝保存报告，请重试。',
  scanErrorWorkerGone:
    '扩展的后台进程在读取时停止了，没有得到结果。请关闭此窗口，再点一次工具栏按钮。',
  scanErrorTimedOut:
    '读取超过 {seconds} 秒仍未完成。请关闭此窗口，再点一次工具栏按钮；页面很大时可以先滚动到借款条款处。',
  historyNotSavedFull: '本次结果已显示，但未能加入历史记录：浏览器给扩展的存储空间已满。',
  historyNotSavedFailed: '本次结果已显示，但未能加入历史记录：浏览器拒绝保存。',
  reportUnreadable:
    '已保存的报告无法读取（可能来自旧版本或已损坏）。请再点一次工具栏按钮重新读取本页。',
  verdictNoTerms: '此页面未找到借款条款',
  verdictClean: '未发现问题',
  verdictUnpriced: '未能算出真实年化利率，请核对还款金额和期限',
  verdictFeesUnplaced: '页面写明的费用中有的没写何时收取，年化利率未计入，请核对',
  verdictDoubt: '读取可能有误，请核对',
  verdictDoubtWithIssues: '读取可能有误，请核对；条款另有 {count} 项问题',
  rateDoubt: '读取可能有误',
  doubtFiguresDisagree:
    '页面上的数字彼此对不上：{detail}。未据此计算年化利率，也未作出与利率有关的判断。请在下方计算器中核对。',
  doubtScheduleVsPrincipal: '还款计划的本金合计 {schedulePrincipal} 元，借款金额 {principal} 元',
  doubtPaymentsVsTotal: '各期还款合计 {sum} 元（{periods} 期），页面写的还款总额 {total} 元',
  doubtPaymentsVsRate:
    '各期还款合计 {sum} 元，只够归还借款金额 {principal} 元，页面却写明利率 {rate}',
  doubtReceivedBelowHalf:
    '读到的到账金额 {received} 元不到借款金额 {principal} 元的一半，页面列出的费用也解释不了差额',
  doubtPaymentsNotMonthly:
    '还款计划不是按月还款（第一期 {first}，第二期 {second}），页面却没有写明放款（起租）日期',
  doubtPeriodicFeeSinglePayment:
    '页面写明按期收取{fee}（每期 {amount} 元），读到的却只有到期一次还款 {payment} 元，每期的费用没有计入',
  doubtRateNegative:
    '按读到的数字算出的年化利率为负数（{apr}），不可能是真实借款。可能读错了金额或还款计划，请核对。',
  doubtRateAbsurd: '按读到的数字算出的年化利率高达 {apr}，不合常理。可能读错了金额或期限，请核对。',
  doubtPaymentsBelowReceived:
    '读到的还款合计 {totalRepaid} 元少于到账金额 {received} 元，可能读错了还款计划，请核对。',
  doubtReceivedAbovePrincipal: '读到的到账金额 {received} 元多于借款金额 {principal} 元，请核对。',
  doubtSinglePaymentNoTerm:
    '只读到一笔还款 {payment} 元，没有读到借款期限或到期日，无法按实际期限折算年化利率。请在计算器中补充。',
  doubtQuotes: '页面原文：',
  derivedSchedule: '页面没有列出还款计划，以下计划由页面写明的条款推算（推算）：{from}。',
  derivedFromRate: '借款金额、利率、期限和还款方式',
  derivedFromTotalInterest: '借款金额、总利息和期限',
  derivedFromTotalRepaid: '还款总额和期限',
  derivedFromNoInterest:
    '借款金额和还款日；借条没有写利息，依民法典第六百八十条第二款“借款合同对支付利息没有约定的，视为没有利息”',
  readingTitle: '这些数字是怎么读的',
  readingChecks: '核对页面上数字之间的关系：',
  readingCheckHeld: '✓ 对得上',
  readingCheckFailed: '✗ 对不上',
  checkPerPeriod: '每期还款 {shown} 元与{method}按利率 {rate} 算出的 {expected} 元',
  checkPaymentsTotal: '各期还款合计 {sum} 元与还款总额 {total} 元',
  checkInterestTotal: '总利息 {interest} 元与还款减本金 {computed} 元',
  checkReceived: '借款金额 {principal} 元减去扣费 {deductions} 元与到账金额 {received} 元',
  checkScheduleTerm: '还款计划行数 {rows} 与期数 {periods}',
  checkSchedulePrincipal: '还款计划本金合计 {schedulePrincipal} 元与借款金额 {principal} 元',
  checkRemainingPrincipal:
    '已还 {paid} 期后剩余本金 {remaining} 元与借款金额 {principal} 元按期还本后剩下的 {computed} 元',
  checkFeesOnEachInstalment:
    '页面所列 {payment} 元等于每期应还 {instalment} 元加上未写明何时收取的费用 {fees} 元，这些费用按每期收取计算',
  checkFeesInRepayment:
    '到期应还 {payment} 元与借款金额 {principal} 元、利息 {interest} 元和未写明何时收取的费用 {fees} 元之和',
  readingRejected: '没有采用的数字：',
  rejectedDisagrees: '与页面其他数字对不上',
  rejectedEnumeration: '是可选范围或列举，不是本笔借款',
  rejectedUnselected: '属于未选中的方案',
  rejectedNegated: '条款写明不收取',
  rejectedPlanRow: '是还款计划中某一期的数字，不是整笔借款的',
  rejectedLedgerEntry: '是账户流水中带正负号的进出款，不是借款金额',
  rejectedPayoffQuote: '是提前结清试算中的数字（剩余本金、计息天数），不是整笔借款的',
  readingOrigin: '还款计划来源：{origin}',
  originListed: '页面列出的还款计划',
  originPerPeriod: '页面写明的每期还款额',
  originSingle: '页面写明的一次性还款额',
  originDerived: '由页面条款推算',
  originNone: '未读到',
  verdictCounts: '发现 {violations} 项违规、{warnings} 项提醒',
  verdictWarningsOnly: '未发现违规，有 {warnings} 项提醒',
  verdictViolationsOnly: '发现 {violations} 项违规',
  noTermsHint:
    '这个页面上没有读到借款金额、期数或还款计划。如果这是借款页面，可以等页面加载完后再点一次工具栏按钮。',
  figuresTitle: '关键数字',
  principal: '合同借款金额',
  received: '实际到账金额',
  totalRepaid: '总还款',
  totalCost: '总成本（利息＋各项费用）',
  trueRate: '真实年化利率（IRR，单利）',
  trueRateEffective: '复利年化（IRR）',
  rateOnContract: '若按合同金额计（忽略被扣部分）',
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
  noteUnreadableValue: '页面上「{label}」写的是「{text}」，无法读取或数值不合理，未用于计算。',
  noteFeeNotPlaced:
    '页面写了「{label}」{text}元，但没写何时收取，页面的数字也没有把它放进还款里，所以未计入年化利率。',
  notePartialRead: '页面过大或一直在变化，只读取了一部分内容；结果可能不完整。',
  noteCutText: '页面上有超过 {limit} 字的文字，已分段或截断读取。',
  noteCutLocator: '页面元素嵌套过深（位置路径超过 {limit} 字），"在页面上显示"可能定位不准。',
  noteCutTitle: '页面标题超过 {limit} 字，只读取了开头。',
  noteCutUrl: '网址超过 {limit} 字，只记录了开头。',
  noteCutBlocks: '页面文字超过 {limit} 段，之后的没有读取。',
  noteCutPairs: '页面条目超过 {limit} 项，之后的没有读取。',
  noteCutTables: '页面表格超过 {limit} 个，只读取了其中含数字的前 {limit} 个。',
  noteCutColumns: '有表格超过 {limit} 列，之后的列没有读取。',
  noteCutRows: '有表格超过 {limit} 行，之后的行没有读取。',
  noteCutControls: '页面勾选框超过 {limit} 个，已勾选的优先，其余只读取了一部分。',
  noteCutLinks: '页面链接超过 {limit} 个，协议类链接优先，其余只读取了一部分。',
  noteReceivedAssumed: '页面没有写明实际到账金额，按借款金额计算。',
  noteRateKindUnknown:
    '无法从标签「{label}」判断利率种类，未用于比较；请在 kind 中写明（如 "annual-simple"）。',
  noteOcrRead: '其中 {pages} 页的文字由本机文字识别（OCR）读出，可能有识别错误。',
  noteFiguresToCheck:
    '请核对识别出的数字：有数字识别得不够清楚，核对之前，基于这些数字的结论暂不作出。',
  noteLegacyText: '{text}',
  aprNoAmount: '页面没有写明借款金额或到账金额，无法计算年化利率。',
  aprReceivedNotNumber: '到账金额“{received}”不是数字。',
  aprReceivedNotPositive: '到账金额必须大于零（读到 {received}）。',
  aprReceivedTooLarge: '到账金额 {received} 元超过一万亿元，不像真实借款，可能读错了。',
  aprNoPayments: '没有还款计划，无法计算年化利率。',
  aprTooManyPeriods: '还款期数 {count} 超过上限 {max} 期（100 年），不予计算。',
  aprPaymentNotNumber: '第 {period} 期还款额“{amount}”不是数字。',
  aprPaymentNegative: '第 {period} 期还款额不能为负数（读到 {amount}）。',
  aprPaymentTooLarge: '第 {period} 期还款额 {amount} 元超过一万亿元，不像真实借款，可能读错了。',
  aprPaymentsAllZero: '还款额全部为零，无法计算年化利率。',
  aprSeveralRoots: '现金流多次变号，每期利率有多个解（{rates}），无法给出唯一的年化利率。',
  aprRepaidBelowReceived: '还款总额 {repaid} 元远低于到账金额 {received} 元，利率低于可计算范围。',
  aprRateNegative:
    '按读到的数字算出的年化利率为负（{percent}%），不可能是真实的借款。读取可能有误，请核对页面上的金额和还款计划（可在计算器中修改）；未据此作出利率判断。',
  aprRateAbsurd:
    '按读到的数字算出的年化利率为 {percent}%，远超任何借款页面的报价。读取可能有误，请核对页面上的金额和还款计划（可在计算器中修改）；未据此作出利率判断。',
  aprRepaidOutOfProportion:
    '按读到的数字，还款总额 {repaid} 元是到手金额 {received} 元的十倍以上。读取可能有误，请核对页面上的金额和还款计划（可在计算器中修改）；未据此作出利率判断。',
  aprReadingInDoubt: '读取可能有误，请核对：页面上的数字对不上或不合常理，未据此计算年化利率。',
  aprNoRoot: '这组现金流没有可计算的内部收益率（利率超出 −99.99% 至 10 亿倍每期的范围）。',
  aprLegacyText: '{text}',
  rescan: '重新检查',
  optionsTitle: '借贷明镜 设置',
  optionsLanguage: '界面语言',
  optionsLenderType: '放款机构类型',
  optionsLenderTypeAuto: '自动判断（根据页面）',
  optionsSaved: '已保存',
  optionsFieldTooLong: '{field}最多 {max} 个字符（现在 {length} 个），这一项没有保存。',
  optionsDropped: '以下已保存的设置无法读取，已恢复为默认值：{fields}。其他设置都已保留。',
  storageFull:
    '保存失败：浏览器给本扩展的存储空间已满，这次更改没有保存。可以先导出历史记录，再删除一些旧记录。',
  storageSaveFailed: '保存失败（{reason}），这次更改没有保存。',
  lenderBank: '银行',
  lenderConsumerFinance: '消费金融公司',
  lenderSmallLoan: '小额贷款公司',
  lenderPlatform: '平台（未写明放款机构）',
  lenderPrivate: '个人（民间借贷）',
  lenderUnknown: '未知',
  showOnPage: '在页面上标出',
  highlightFailed: '没能在页面上标出（页面可能已变化）',
  demandsTitle: '你可以要求',
  showOnPageLabel: '在页面上标出：{label}',
  chartTitle: '利率与法定参考线',
  chartTrue: '真实 {rate}',
  chartShown: '页面 {rate}',
  chartLpr4: '4倍LPR {rate}',
  chartBeyond: '超出刻度 →',
  chartScaleEnd: '刻度 0 – {max}',
  chartRateSummary: '真实年化利率 {rate}；页面标示 {shown}；参考线 {lines}。',
  moneyTitle: '钱去了哪里（总还款 {total} 元）',
  segReceived: '到手本金',
  segInterest: '利息',
  segOther: '其他成本（含放款时扣除）',
  segOtherWithInterest: '利息及未单列的成本',
  howTitle: '这些数字是怎么算的',
  howMethodMonthly:
    '内部收益率（IRR）法，按月：月 IRR × 12 为单利年化（与法定参考线比较），(1 + 月 IRR)^12 − 1 为复利年化。',
  howMethodDaily: '内部收益率（IRR）法，按实际天数：日 IRR × 365。',
  howMethodSingle: '一次性还款：(还款总额 ÷ 到账金额 − 1) × 365 ÷ 借款天数。',
  howCashFlows: '现金流：CF0 为实际到账金额（正数），之后每期还款为负数。',
  colPeriod: '期',
  colDate: '日期',
  colAmount: '金额（元）',
  howLpr: '4倍LPR 参考线所用的一年期 LPR：{value}（{date} 公布）。',
  lprConfirmed: '',
  lprUnconfirmed:
    '这是本工具LPR表的最新一项；合同成立前人民银行是否公布了更新的一年期LPR，本工具无法确定，如有请在设置中补充。',
  lprUserSupplied: '该值由你在设置中添加。',
  lprTableAge: 'LPR 表最新一项为 {date}，距本次检查 {days} 天。',
  lprNone: '未使用 LPR（合同日期早于 2019-08-20 首次公布）。',
  complaintOptional: '需要时：投诉与协商文字',
  calcToggle: '修改/手动输入',
  calcTitle: '修改或手动输入借款条款',
  calcHint: '改动任一项，分析随之更新。金额单位：元；日期如 2026-11-20。',
  calcPrincipal: '合同借款金额',
  calcReceived: '实际到账（空 = 同合同金额）',
  calcMode: '还款计划',
  calcModeEqual: '每期金额相同',
  calcModeSchedule: '逐期填写',
  calcPeriods: '期数（月）',
  calcPayment: '每期还款金额',
  calcSchedule: '还款计划：每行一期，写“金额”或“日期 金额”',
  calcStatedRate: '页面标示年化 %（可空）',
  calcLenderType: '放款机构类型',
  calcLenderKeep: '按页面或设置判断',
  calcContractDate: '合同日期（可空）',
  calcErrRequired: '请填写这一项',
  calcErrMoney: '读不出金额，例如 10000 或 1.5万',
  calcErrPositive: '必须大于 0',
  calcErrPeriods: '期数须为 1 到 {max} 的整数',
  calcErrRate: '读不出利率，例如 14.4',
  calcErrDate: '读不出日期，例如 2026-11-20',
  calcErrScheduleLine: '第 {line} 行读不懂：写“金额”或“日期 金额”',
  calcErrScheduleDates: '要么每行都写日期，要么都不写',
  calcErrReceivedOverPrincipal: '到账金额不能大于合同金额',
  calcIncomplete: '请补全或更正标出的输入，分析随后显示。',
  calcResultNote: '按你输入的条款：',
  calcReset: '恢复页面读取的数值',
  historyLink: '历史记录',
  historyTitle: '借贷明镜 历史记录',
  historyEmpty: '还没有检查记录。',
  historyCount: '共 {count} 条记录',
  historyOpen: '查看',
  historyDelete: '删除',
  historyDeleteAll: '全部删除',
  historyConfirmDeleteAll: '确定删除全部 {count} 条记录吗？',
  historyExport: '导出全部（JSON）',
  historyImport: '导入 JSON 文件',
  historyImported: '已导入 {added} 条记录',
  historyBack: '返回列表',
  historyReadOnly: '{date} 的检查结果（只读）',
  colSite: '网站',
  colWhen: '时间',
  colVerdict: '结论',
  colRate: '真实年化',
  colPrincipal: '合同金额',
  importNotJson: '文件不是有效的 JSON。',
  importNotHistory: '文件不是借贷明镜导出的历史记录。',
  importBadEntry: '第 {index} 条不是有效的检查报告，没有导入任何记录。',
  importTooLarge: '文件太大（超过 {mb} MB）。',
  importDuplicates: '{count} 条已在历史记录中，没有重复导入',
  importOverCap: '{count} 条较早的记录因超过 {cap} 条的上限没有导入',
  importEvicted: '按您的确认删除了 {count} 条较早的记录',
  importConfirmEvict:
    '历史记录最多保存 {cap} 条。导入 {added} 条较新的记录会删除 {evicted} 条较早的现有记录。确定继续吗？（选择"取消"则不导入，现有记录不变）',
  importCancelled: '没有导入：现有记录保持不变。',
  optionsHistoryLink: '查看检查历史记录',
  optionsPrivacyLink: '隐私说明：读取什么、保存在哪里',
  lprTitle: '更新的一年期LPR（可选）',
  lprExplain:
    '内置的LPR表已核实到 {date}。民间借贷的4倍LPR上限按合同成立时的LPR计算；如果人民银行公布了更新的数值，可以在这里补充（只用于 {date} 之后的日期）。',
  lprDate: '公布日期',
  lprValue: '一年期LPR（%）',
  lprAdd: '添加',
  lprRemove: '删除',
  lprBadDate: '请输入公布日期，例如 2026-09-22',
  lprTooEarly: '{date} 及以前的数值已在内置表中核实，无需补充',
  lprBadValue: '请输入百分数，例如 2.90（表示 2.90%）',
  lprTooMany: '最多保存 {max} 个数值，请先删除较早的数值',
  autoCheckTitle: '自动检查（可选）',
  autoCheckExplain:
    '默认只在您点击工具栏按钮时检查当前页面。如果希望打开某个借款网站时自动检查、并在按钮上显示违规数量，可以在这里允许该网站。浏览器会请您确认，之后随时可以撤销。',
  autoCheckSite: '网站地址',
  autoCheckAllow: '允许自动检查',
  autoCheckRevoke: '撤销',
  autoCheckInvalid: '请输入网站地址，例如 https://loan.example.com',
  filesLink: '读截图/合同',
  filesTitle: '借贷明镜：读截图或合同',
  filesIntro:
    '选择、拖入或粘贴借款 App 的截图（PNG、JPEG、WebP，长截图也可以）或借款合同 PDF。一起给的几个文件算作同一笔借款（例如确认页和还款计划页）。文件只在本机读取，不会上传。',
  filesChoose: '选择文件',
  filesDrop: '把截图或 PDF 拖到这里，或按 Ctrl+V 粘贴截图',
  filesReading: '正在本机识别 {count} 个文件…（首次识别需要加载文字识别模型）',
  filesUnreadable: '无法读取「{name}」：不是可识别的图片或 PDF 文件。',
  filesFailed: '识别时出错，文件没有丢失，可以再试一次。',
  filesTooLarge:
    '文件中的文字太多，超出了一次能检查的范围。请只选借款确认页、还款计划或合同的相关页。',
  filesDone: '已读取：{names}（PDF 文字 {pdfMs} 毫秒，文字识别 {ocrPages} 页 {ocrMs} 毫秒）',
  filesPreview: '原图',
  filesCheckTitle: '请核对识别出的数字',
  filesCheckExplain:
    '下面这些文字识别得不够清楚（标黄的字）。请对照原图核对；如有识错，点“修改/手动输入”改正。核对之前，基于这些数字的结论暂不作出。',
  filesCheckConfirm: '我已核对，数字无误',
  filesCheckConfirmed: '已核对识别出的数字。',
  filesVerdictPending: '识别出的数字待核对，核对后给出结论',
  autoCheckDenied: '浏览器没有授予该网站的访问权限，未开启自动检查。',
  stakeRates: '实际年化约{rate}，页面写{shown}',
  stakeRatesNotShown: '实际年化约{rate}，页面没有写年化利率',
  stakeClaims: '；可主张：{list}',
  stakeNotAdded: '（依据不同，部分重叠，不能相加）',
  stakeCorrections: '；可要求更正{count}项问题',
  stakeNothing: '；没有发现可主张的款项',
  stakeEnd: '。',
  stakeListSep: '；',
  'stake-deduction-670': '按实际到账重算，多收的{amount}元（民法典第670条）',
  'stake-above-line': '超过年利率{line}的部分{amount}元',
  'stake-above-line-if-licensed': '如放款方为持牌机构，超过年利率24%的部分{amount}元',
  'stake-fee': '“{item}”{amount}元',
  'stake-addon': '默认勾选的“{item}”{amount}元',
  primaryLetter: '查看并编辑投诉信',
  primaryLetterPrivate: '查看并编辑协商函',
  channelsOffered: '这笔借款可用的渠道：{list}',
  blanksTitle: '还有 {count} 处【】需要您填写（点击可定位）：',
  blanksNone: '没有需要填写的空白。',
  letterReset: '恢复自动生成的文字',
  letterEdited: '已修改（复制和下载的是修改后的文字）',
  letterEditHint: '可以直接在框内修改。',
  findingDemandsEn: '你可以要求',
} as const;

export type MessageKey = keyof typeof zhCN;

const en: Record<MessageKey, string> = {
  appName: 'LoanLens',
  scanning: 'Reading the loan terms on this page…',
  scanFailed: 'Could not read the page',
  scanErrorPageNotReadable:
    'The browser does not let extensions read this kind of page (browser settings, the extension store), or the toolbar button has to be clicked on this page.',
  scanErrorReadingMalformed:
    'The page could not be read (the reading was incomplete or malformed).',
  scanErrorAnalysisFailed:
    'Something went wrong analysing this page. Save the page as an HTML file and check it with the audit command, or report the page to us.',
  scanErrorReportUnreadable:
    'The analysis of this page went beyond what can be shown (a rate with implausibly many digits) and was not saved. A figure on the page was probably misread: please check the page.',
  scanErrorStorageFull:
    "The browser's storage for the extension is full, so the report could not be saved. Delete some past checks and try again.",
  scanErrorStorageFailed: 'The browser refused to save the report. Please try again.',
  scanErrorWorkerGone:
    "The extension's background process stopped while reading, so there is no result. Close this window and click the toolbar button again.",
  scanErrorTimedOut:
    'Reading took more than {seconds} seconds. Close this window and click the toolbar button again; on a very large page, scroll to the loan terms first.',
  historyNotSavedFull:
    "The result is shown but was not added to past checks: the browser's storage for the extension is full.",
  historyNotSavedFailed:
    'The result is shown but was not added to past checks: the browser refused to save it.',
  reportUnreadable:
    'The saved report cannot be read (it may come from an older version or be damaged). Click the toolbar button again to read this page anew.',
  verdictNoTerms: 'No loan terms found on this page',
  verdictClean: 'No problems found',
  verdictUnpriced:
    'The true annual rate could not be worked out: please check the repayments and the term',
  verdictFeesUnplaced:
    'A fee the page names does not say when it is charged and is left out of the annual rate: please check',
  verdictDoubt: 'The figures may have been misread: please check them',
  verdictCounts: '{violations} {violationsWord}, {warnings} {warningsWord}',
  verdictWarningsOnly: 'No violations, {warnings} {warningsWord}',
  verdictViolationsOnly: '{violations} {violationsWord}',
  verdictDoubtWithIssues:
    'The page may have been misread: please check; {count} other problems in the terms',
  rateDoubt: 'possibly misread',
  doubtFiguresDisagree:
    'The figures on the page do not agree: {detail}. No annual rate was computed and no rate-based finding was made. Please check them in the calculator below.',
  doubtScheduleVsPrincipal:
    'the schedule repays {schedulePrincipal} yuan of principal; the loan amount is {principal} yuan',
  doubtPaymentsVsTotal:
    'the instalments add up to {sum} yuan ({periods} periods); the page says the total is {total} yuan',
  doubtPaymentsVsRate:
    'the repayments add up to {sum} yuan, no more than the {principal} yuan borrowed, yet the page states a rate of {rate}',
  doubtReceivedBelowHalf:
    'the amount read as received, {received} yuan, is less than half the amount lent, {principal} yuan, and the fees the page lists do not explain the gap',
  doubtPaymentsNotMonthly:
    'the plan is not monthly (first payment {first}, second {second}), yet the page gives no date the money was paid out',
  doubtPeriodicFeeSinglePayment:
    'the page charges {fee} every period ({amount} yuan each), yet only one repayment of {payment} yuan at the end was read, without those fees',
  doubtRateNegative:
    'The figures read give a negative annual rate ({apr}), which no real loan has. An amount or the schedule was probably misread; please check.',
  doubtRateAbsurd:
    'The figures read give an annual rate of {apr}, which is implausible. An amount or the term was probably misread; please check.',
  doubtPaymentsBelowReceived:
    'The repayments read add up to {totalRepaid} yuan, less than the {received} yuan received. The schedule was probably misread; please check.',
  doubtReceivedAbovePrincipal:
    'The amount received read ({received} yuan) is more than the loan amount ({principal} yuan); please check.',
  doubtSinglePaymentNoTerm:
    'Only one repayment ({payment} yuan) was read, and no term or due date, so it cannot be annualised over its real term. Add it in the calculator.',
  doubtQuotes: 'The page says:',
  derivedSchedule:
    'The page lists no schedule; the one below is derived from the terms it states: {from}.',
  derivedFromRate: 'amount, rate, term and repayment method',
  derivedFromTotalInterest: 'amount, total interest and term',
  derivedFromTotalRepaid: 'total repaid and term',
  derivedFromNoInterest:
    'amount and repayment date; the IOU states no interest, and under Civil Code Art. 680(2) a loan contract that agrees no interest carries none',
  readingTitle: 'How this was read',
  readingChecks: 'Checks between the figures on the page:',
  readingCheckHeld: '✓ agree',
  readingCheckFailed: '✗ disagree',
  checkPerPeriod: 'the instalment {shown} yuan against {expected} yuan by {method} at {rate}',
  checkPaymentsTotal: 'the instalments add up to {sum} yuan against the total {total} yuan',
  checkInterestTotal:
    'total interest {interest} yuan against repaid minus principal {computed} yuan',
  checkReceived:
    'amount {principal} yuan minus deductions {deductions} yuan against {received} yuan received',
  checkScheduleTerm: 'schedule rows {rows} against {periods} periods',
  checkSchedulePrincipal:
    'schedule principal {schedulePrincipal} yuan against the amount {principal} yuan',
  checkRemainingPrincipal:
    'principal left after {paid} periods, {remaining} yuan, against the {computed} yuan the amount {principal} yuan leaves',
  checkFeesOnEachInstalment:
    "the page's {payment} yuan is an instalment of {instalment} yuan plus the fees listed without a time, {fees} yuan, so they are counted every period",
  checkFeesInRepayment:
    'the repayment {payment} yuan against the amount {principal} yuan, interest {interest} yuan and the fees listed without a time {fees} yuan',
  readingRejected: 'Figures not used:',
  rejectedDisagrees: 'disagrees with the other figures',
  rejectedEnumeration: 'a range or list of options, not this loan',
  rejectedUnselected: 'belongs to an option not chosen',
  rejectedNegated: 'the clause says it is not charged',
  rejectedPlanRow: 'a figure of one instalment of the plan, not of the whole loan',
  rejectedLedgerEntry: 'a signed movement of an account’s ledger, not an amount lent',
  rejectedPayoffQuote:
    'a figure of a quote to pay the loan off early (what is left of it today, days of interest), not of the whole loan',
  readingOrigin: 'Schedule: {origin}',
  originListed: 'listed on the page',
  originPerPeriod: 'the instalment the page states',
  originSingle: 'the single repayment the page states',
  originDerived: "derived from the page's terms",
  originNone: 'not read',
  noTermsHint:
    'No loan amount, term or repayment plan was found on this page. If it is a loan page, wait until it has loaded and click the toolbar button again.',
  figuresTitle: 'Key figures',
  principal: 'Contract amount',
  received: 'Amount actually received',
  totalRepaid: 'Total repaid',
  totalCost: 'Total cost (interest + fees)',
  trueRate: 'True annual rate (IRR, simple)',
  trueRateEffective: 'Compounded annual (IRR)',
  rateOnContract: 'If the contract amount were received',
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
  noteUnreadableValue:
    'The page shows "{text}" for "{label}", which could not be read or is not a plausible value; it was not used in the computation.',
  noteFeeNotPlaced:
    'The page names "{label}" of {text} yuan but not when it is charged, and its figures put it in no repayment, so it is left out of the annual rate.',
  notePartialRead:
    'The page is very large or kept changing, so only part of it was read; the result may be incomplete.',
  noteCutText: 'Text longer than {limit} characters was read in pieces or cut.',
  noteCutLocator:
    'Elements are nested very deep (a path over {limit} characters); "show on page" may point near, not at, a figure.',
  noteCutTitle: 'The page title is longer than {limit} characters; only its start was read.',
  noteCutUrl: 'The address is longer than {limit} characters; only its start was kept.',
  noteCutBlocks: 'The page has more than {limit} blocks of text; the rest was not read.',
  noteCutPairs: 'The page has more than {limit} label–value items; the rest was not read.',
  noteCutTables: 'The page has more than {limit} tables; the first {limit} with figures were read.',
  noteCutColumns: 'A table has more than {limit} columns; the rest were not read.',
  noteCutRows: 'A table has more than {limit} rows; the rest were not read.',
  noteCutControls:
    'The page has more than {limit} checkboxes; ticked ones were kept first, the rest only in part.',
  noteCutLinks:
    'The page has more than {limit} links; agreement links were kept first, the rest only in part.',
  noteReceivedAssumed:
    'The page does not state the amount actually received, so the contract amount is used.',
  noteRateKindUnknown:
    'The kind of rate could not be told from the label "{label}", so it was not compared; give it in kind (such as "annual-simple").',
  noteOcrRead:
    'The text of {pages} page(s) was read by local text recognition (OCR) and may hold recognition errors.',
  noteFiguresToCheck:
    'Please check the recognised figures: some were not recognised clearly, and no conclusion that rests on them is drawn until you have.',
  noteLegacyText: '{text}',
  aprNoAmount:
    'The page states neither the loan amount nor the amount received, so no annual rate can be computed.',
  aprReceivedNotNumber: 'The amount received, "{received}", is not a number.',
  aprReceivedNotPositive: 'The amount received must be above zero (read: {received}).',
  aprReceivedTooLarge:
    'The amount received, {received} yuan, is over one trillion yuan: not a real loan, probably a misreading.',
  aprNoPayments: 'There is no repayment schedule, so no annual rate can be computed.',
  aprTooManyPeriods:
    '{count} repayment periods is over the limit of {max} (100 years); no rate is computed.',
  aprPaymentNotNumber: 'Payment {period}, "{amount}", is not a number.',
  aprPaymentNegative: 'Payment {period} cannot be negative (read: {amount}).',
  aprPaymentTooLarge:
    'Payment {period}, {amount} yuan, is over one trillion yuan: not a real loan, probably a misreading.',
  aprPaymentsAllZero: 'Every payment is zero, so no annual rate can be computed.',
  aprSeveralRoots:
    'The cash flows change sign more than once, so the periodic rate has several solutions ({rates}) and no single annual rate can be given.',
  aprRepaidBelowReceived:
    'The total repaid, {repaid} yuan, is far below the {received} yuan received: the rate is below the computable range.',
  aprRateNegative:
    'The figures read give a negative annual rate ({percent}%): no real loan does. They may have been misread: please check the amounts and the schedule (the calculator can correct them). No finding rests on this rate.',
  aprRateAbsurd:
    'The figures read give an annual rate of {percent}%, far beyond any lending page. They may have been misread: please check the amounts and the schedule (the calculator can correct them). No finding rests on this rate.',
  aprRepaidOutOfProportion:
    'The figures read repay {repaid} yuan for {received} yuan received, over ten times as much. They may have been misread: please check the amounts and the schedule (the calculator can correct them). No finding rests on a rate.',
  aprReadingInDoubt:
    'The page may have been misread: its figures do not add up or are implausible, so no annual rate was computed from them.',
  aprNoRoot:
    'These cash flows have no computable internal rate of return (the rate is outside −99.99% to one billion times per period).',
  aprLegacyText: '{text}',
  rescan: 'Check again',
  optionsTitle: 'LoanLens settings',
  optionsLanguage: 'Language',
  optionsLenderType: 'Lender type',
  optionsLenderTypeAuto: 'Detect from the page',
  optionsSaved: 'Saved',
  optionsFieldTooLong:
    '{field}: at most {max} characters ({length} now); this field was not saved.',
  optionsDropped:
    'These saved settings could not be read and are back to their defaults: {fields}. Everything else was kept.',
  storageFull:
    'Not saved: the storage the browser gives this extension is full. Export the history, then delete some old records.',
  storageSaveFailed: 'Not saved ({reason}).',
  lenderBank: 'Bank',
  lenderConsumerFinance: 'Consumer-finance company',
  lenderSmallLoan: 'Small-loan company',
  lenderPlatform: 'Platform (no lender named)',
  lenderPrivate: 'Individual (private lending)',
  lenderUnknown: 'Unknown',
  showOnPage: 'Show on page',
  highlightFailed: 'Could not mark it on the page (the page may have changed)',
  demandsTitle: 'What you can ask for',
  showOnPageLabel: 'Show on page: {label}',
  chartTitle: 'The rate against the legal lines',
  chartTrue: 'True {rate}',
  chartShown: 'Page {rate}',
  chartLpr4: '4×LPR {rate}',
  chartBeyond: 'off the scale →',
  chartScaleEnd: 'Scale 0 – {max}',
  chartRateSummary: 'True annual rate {rate}; the page shows {shown}; legal lines {lines}.',
  moneyTitle: 'Where the money goes (total repaid {total} yuan)',
  segReceived: 'Principal received',
  segInterest: 'Interest',
  segOther: 'Other cost (incl. deducted at payout)',
  segOtherWithInterest: 'Interest and cost not itemised',
  howTitle: 'How this was computed',
  howMethodMonthly:
    'Internal rate of return (IRR), monthly: monthly IRR × 12 is the simple annual rate (compared with the legal lines); (1 + monthly IRR)^12 − 1 the compounded one.',
  howMethodDaily: 'Internal rate of return (IRR) on actual days: daily IRR × 365.',
  howMethodSingle: 'Single repayment: (total repaid ÷ amount received − 1) × 365 ÷ days.',
  howCashFlows:
    'Cash flows: CF0 is the amount received (positive); each payment after it is negative.',
  colPeriod: 'Period',
  colDate: 'Date',
  colAmount: 'Amount (yuan)',
  howLpr: 'The 4×LPR line uses the one-year LPR {value} (published {date}).',
  lprConfirmed: '',
  lprUnconfirmed:
    'This is the newest entry in the LPR table; whether the PBOC published a newer one-year LPR before the contract date cannot be told here: if it did, add it in the settings.',
  lprUserSupplied: 'You added this value in the settings.',
  lprTableAge: 'The newest LPR in the table is from {date}, {days} days before this check.',
  lprNone: 'No LPR used (the contract predates the first LPR of 2019-08-20).',
  complaintOptional: 'If you need them: complaint and negotiation texts',
  calcToggle: 'Correct / enter terms',
  calcTitle: 'Correct or enter the loan terms',
  calcHint: 'Change any field and the analysis follows. Amounts in yuan; dates like 2026-11-20.',
  calcPrincipal: 'Contract amount',
  calcReceived: 'Received (empty = contract amount)',
  calcMode: 'Repayments',
  calcModeEqual: 'Same amount each period',
  calcModeSchedule: 'Period by period',
  calcPeriods: 'Number of periods (months)',
  calcPayment: 'Payment per period',
  calcSchedule: 'Schedule: one period per line, "amount" or "date amount"',
  calcStatedRate: 'Annual rate shown, % (optional)',
  calcLenderType: 'Lender type',
  calcLenderKeep: 'From the page or the settings',
  calcContractDate: 'Contract date (optional)',
  calcErrRequired: 'Please fill this in',
  calcErrMoney: 'Not an amount, e.g. 10000 or 1.5万',
  calcErrPositive: 'Must be more than 0',
  calcErrPeriods: 'A whole number from 1 to {max}',
  calcErrRate: 'Not a rate, e.g. 14.4',
  calcErrDate: 'Not a date, e.g. 2026-11-20',
  calcErrScheduleLine: 'Line {line} cannot be read: write "amount" or "date amount"',
  calcErrScheduleDates: 'Give a date on every line or on none',
  calcErrReceivedOverPrincipal: 'Cannot be more than the contract amount',
  calcIncomplete: 'Complete or correct the marked fields to see the analysis.',
  calcResultNote: 'With the terms you entered:',
  calcReset: 'Back to the values read from the page',
  historyLink: 'History',
  historyTitle: 'LoanLens history',
  historyEmpty: 'No checks yet.',
  historyCount: '{count} {recordsWord}',
  historyOpen: 'Open',
  historyDelete: 'Delete',
  historyDeleteAll: 'Delete all',
  historyConfirmDeleteAll: 'Delete all {count} {recordsWord}?',
  historyExport: 'Export all (JSON)',
  historyImport: 'Import a JSON file',
  historyImported: '{added} {recordsWord} imported',
  historyBack: 'Back to the list',
  historyReadOnly: 'Check of {date} (read-only)',
  colSite: 'Site',
  colWhen: 'When',
  colVerdict: 'Verdict',
  colRate: 'True rate',
  colPrincipal: 'Contract amount',
  importNotJson: 'The file is not valid JSON.',
  importNotHistory: 'The file is not a LoanLens history export.',
  importBadEntry: 'Entry {index} is not a valid report; nothing was imported.',
  importTooLarge: 'The file is too large (over {mb} MB).',
  importDuplicates: '{count} already in the history, not imported twice',
  importOverCap: '{count} older record(s) not imported: the history holds at most {cap}',
  importEvicted: '{count} older record(s) deleted as you confirmed',
  importConfirmEvict:
    'The history holds at most {cap} records. Importing {added} newer record(s) deletes {evicted} older record(s) you have. Continue? (Cancel imports nothing and keeps your records.)',
  importCancelled: 'Nothing imported: your records are unchanged.',
  optionsHistoryLink: 'See the history of checks',
  optionsPrivacyLink: 'Privacy: what is read and where it is kept',
  lprTitle: 'Newer one-year LPR (optional)',
  lprExplain:
    'The built-in LPR table is confirmed up to {date}. The 4×LPR cap on private lending uses the LPR in force when the contract was made; if the PBOC has published newer values, add them here (used only for dates after {date}).',
  lprDate: 'Published on',
  lprValue: 'One-year LPR (%)',
  lprAdd: 'Add',
  lprRemove: 'Remove',
  lprBadDate: 'Enter the publication date, such as 2026-09-22',
  lprTooEarly: 'Values up to {date} are confirmed in the built-in table',
  lprBadValue: 'Enter a percentage, such as 2.90 (for 2.90%)',
  lprTooMany: 'At most {max} values are kept: remove an older one first',
  autoCheckTitle: 'Automatic checking (optional)',
  autoCheckExplain:
    'By default a page is checked only when you click the toolbar button. To check a lending site automatically whenever you open it, with the number of violations on the button, allow the site here. The browser asks you to confirm; you can revoke it at any time.',
  autoCheckSite: 'Site address',
  autoCheckAllow: 'Allow automatic checking',
  autoCheckRevoke: 'Revoke',
  autoCheckInvalid: 'Enter a site address, such as https://loan.example.com',
  filesLink: 'Read a screenshot or contract',
  filesTitle: 'LoanLens: read a screenshot or a contract',
  filesIntro:
    'Choose, drop or paste screenshots of a lending app (PNG, JPEG, WebP, long screenshots too) or a loan contract PDF. Files given together are one loan (a confirmation screen and a repayment plan, say). Files are read on this computer only and never uploaded.',
  filesChoose: 'Choose files',
  filesDrop: 'Drop screenshots or PDFs here, or paste a screenshot with Ctrl+V',
  filesReading:
    'Reading {count} file(s) on this computer… (the first time loads the text recognition model)',
  filesUnreadable: 'Cannot read “{name}”: it is not an image or a PDF.',
  filesFailed: 'Something went wrong while reading; your files are untouched, try again.',
  filesTooLarge:
    'The files hold more text than one check can take. Give only the confirmation screen, the repayment plan or the relevant contract pages.',
  filesDone: 'Read: {names} (PDF text {pdfMs} ms, text recognition {ocrPages} page(s) {ocrMs} ms)',
  filesPreview: 'Original',
  filesCheckTitle: 'Please check the recognised figures',
  filesCheckExplain:
    'The highlighted characters below were not recognised clearly. Compare them with the picture; if one is wrong, correct it with “Edit / enter by hand”. Until then, no conclusion that rests on these figures is drawn.',
  filesCheckConfirm: 'I have checked them: the figures are right',
  filesCheckConfirmed: 'You checked the recognised figures.',
  filesVerdictPending: 'Recognised figures to check before a verdict',
  autoCheckDenied: 'The browser did not grant access to that site; automatic checking is off.',
  stakeRates: 'True annual rate about {rate}; the page says {shown}',
  stakeRatesNotShown: 'True annual rate about {rate}; the page shows no annual rate',
  stakeClaims: '; you can claim {list}',
  stakeNotAdded: ' (different bases that partly overlap: do not add them up)',
  stakeCorrections: '; you can ask for {count} {corrections}',
  stakeNothing: '; nothing to claim was found',
  stakeEnd: '.',
  stakeListSep: '; ',
  'stake-deduction-670': '{amount} yuan overcharged on the deducted money (Civil Code Art. 670)',
  'stake-above-line': '{amount} yuan above the {line} line',
  'stake-above-line-if-licensed': '{amount} yuan above 24% if the lender is licensed',
  'stake-fee': '{amount} yuan of the fee "{item}"',
  'stake-addon': '{amount} yuan for the pre-ticked "{item}"',
  primaryLetter: 'Open and edit the complaint letter',
  primaryLetterPrivate: 'Open and edit the letter to the lender',
  channelsOffered: 'Channels for this loan: {list}',
  blanksTitle: '{count} {blanks} in 【】 still to fill in (click to find):',
  blanksNone: 'Nothing left to fill in.',
  letterReset: 'Back to the generated text',
  letterEdited: 'Edited (copy and save use your version)',
  letterEditHint: 'You can edit the text in the box.',
  findingDemandsEn: 'What you can ask for',
};

import type { Language } from '@/lib/model/settings';

export type { Language };

export function translator(
  language: Language,
): (key: MessageKey, vars?: Record<string, string | number>) => string {
  const table = language === 'en' ? en : zhCN;
  return (key, vars = {}) => {
    const template = table[key];
    // {violationsWord} and the like follow the count they stand beside (English plurals).
    const nouns: Record<string, string> = {};
    for (const [, name = ''] of template.matchAll(/\{(\w+)\}/g)) {
      const noun = pluralNoun(name);
      const counted = noun === null ? undefined : COUNT_OF[noun].find((k) => k in vars);
      if (noun !== null && counted !== undefined && !(name in vars)) {
        nouns[name] = nounFor(language, noun, Number(vars[counted]));
      }
    }
    return fillTemplate(template, { ...vars, ...nouns });
  };
}

export type Translate = ReturnType<typeof translator>;

/** English nouns by count (Intl.PluralRules), so no text reads "5 violation(s)". Chinese has no plural. */
const NOUNS = {
  violationsWord: ['violation', 'violations'],
  warningsWord: ['warning', 'warnings'],
  recordsWord: ['record', 'records'],
  blanks: ['blank', 'blanks'],
  corrections: ['correction', 'corrections'],
} as const;

export type Noun = keyof typeof NOUNS;

/** Which count a noun placeholder follows: {violationsWord} the `violations` value, and so on. */
const COUNT_OF: Record<Noun, readonly string[]> = {
  violationsWord: ['violations'],
  warningsWord: ['warnings'],
  recordsWord: ['count', 'added'],
  blanks: ['count'],
  corrections: ['count'],
};

function pluralNoun(name: string): Noun | null {
  return name in NOUNS ? (name as Noun) : null;
}

/** The noun for a count in the language: English singular or plural, nothing in Chinese. */
export function nounFor(language: Language, noun: Noun, count: number): string {
  if (language !== 'en') return '';
  const [one, other] = NOUNS[noun];
  return new Intl.PluralRules('en').select(count) === 'one' ? one : other;
}
