/**
 * What a letter says for each claim: the point (facts and law) and the demand, as data. `{party}`
 * is the lender as the addressee sees it: 贵方 in a letter to the lender, 被投诉机构 to a
 * regulator, 被申请人 / 被告 in mediation and court papers, 出借人 to a private lender. A statute is
 * named through `{law…}`: the first mention in a letter quotes it whole, later ones only cite it.
 * Every sentence here was checked against legal.md; nothing here accuses where a rule did not fail.
 */
import type { ClaimKind } from '@/lib/claims/claim';

export interface PointWording {
  point: string;
  /** The demand to the lender (or the other side in mediation and court). */
  demand: string;
  /** The same demand as a request that a regulator act on the lender. */
  ask: string;
}

/** Keys: a claim kind, or a kind plus the variant the composer picks (see compose.ts). */
export type PointKey =
  | Exclude<ClaimKind, 'above-line' | 'disclosure'>
  | 'deduction-670-no-amount'
  | 'above-line-licensed'
  | 'above-line-if-licensed'
  | 'above-line-private'
  | 'above-line-private-legacy'
  | 'above-line-covered'
  | 'apr-understated'
  | 'apr-simple-unlabelled'
  | 'apr-missing'
  | 'apr-less-prominent'
  | 'lender-hidden'
  | 'contract-not-shown'
  | 'fee-no-amount';

export const POINTS: Record<PointKey, PointWording> = {
  'deduction-670': {
    point:
      '{party}在放款时从合同借款金额{principal}元中预先扣除{deducted}元，借款人实际到账{received}元。{lawCivilCode670}按实际到账{received}元、以合同约定的同一利率和还款方式重新计算，应还本金和利息合计{lawfulTotal}元，而按合同应还本金和利息{contractTotal}元，多出{amount}元。',
    demand:
      '按实际到账金额{received}元重新计算本金和利息，退还或在后续还款中抵减多收的{amount}元（{shortBasis}）',
    ask: '督促被投诉机构按实际到账金额{received}元重新计算本金和利息，退还或抵减多收的{amount}元（{shortBasis}）',
  },
  'deduction-670-no-amount': {
    point:
      '{party}在放款时从合同借款金额{principal}元中预先扣除{deducted}元，借款人实际到账{received}元。{lawCivilCode670}',
    demand:
      '按实际到账金额{received}元重新计算本金和利息，退还或抵减以被扣除的{deducted}元为基数多收的利息（{shortBasis}）',
    ask: '督促被投诉机构按实际到账金额{received}元重新计算本金和利息（{shortBasis}）',
  },
  'above-line-licensed': {
    point:
      '计入全部利息和费用、以实际到账{received}元为本金计算，本笔借款的年化利率为{apr}（{method}），超过年利率24%。{lawFinancialJudicial2017}借款人据此请求调减：按年利率24%计算，按还款计划全部还清时超过部分为{amount}元。',
    demand:
      '将利息、罚息、违约金和各项费用合计调减至年利率24%以内，超过部分{amount}元予以退还或抵减（{shortBasis}）',
    ask: '督促被投诉机构对利息和各项费用合计超过年利率24%的部分（{amount}元）予以调减、退还或抵减（{shortBasis}）',
  },
  'above-line-if-licensed': {
    point:
      '计入全部利息和费用、以实际到账{received}元为本金计算，本笔借款的年化利率为{apr}（{method}），超过年利率24%。页面没有写明实际放款机构，适用的上限因放款方而不同：如放款方为持牌金融机构，{lawFinancialJudicial2017}按年利率24%计算，按还款计划全部还清时超过部分为{amount}元；如为民间借贷，上限为合同成立时一年期贷款市场报价利率的四倍（民间借贷规定第二十五条），低于24%。',
    demand:
      '书面告知实际放款机构的全称及其放贷资质；如放款方为持牌金融机构，将利息和各项费用合计调减至年利率24%以内，超过部分{amount}元予以退还或抵减（{shortBasis}）',
    ask: '核查本笔借款的实际放款机构及其放贷资质，并督促其将利息和各项费用合计调减至法定上限以内（如为持牌金融机构，超过年利率24%的部分为{amount}元）',
  },
  'above-line-private': {
    point:
      '本笔借款为民间借贷。{lawPrivateLending25}合同成立时的一年期贷款市场报价利率为{lpr}（{lprDate}公布），四倍为年利率{cap}{lprNote}。计入全部利息和费用、以实际到账{received}元为本金计算，本笔借款的年化利率为{apr}（{method}），超过该上限；按年利率{cap}计算，按还款计划全部还清时超过部分为{amount}元。',
    demand:
      '按年利率{cap}重新计算利息，超过部分{amount}元不再支付，已支付的予以返还或抵减本金（{shortBasis}）',
    ask: '按年利率{cap}重新计算利息，超过部分{amount}元不再支付，已支付的予以返还或抵减本金（{shortBasis}）',
  },
  'above-line-private-legacy': {
    point:
      '本笔民间借贷合同成立于2020年8月20日以前，计入全部利息和费用的年化利率为{apr}（{method}）。依照《最高人民法院关于审理民间借贷案件适用法律若干问题的规定》第三十一条，2020年8月19日以前的利息适用当时的司法解释，2020年8月20日以后的利息按起诉时一年期贷款市场报价利率的四倍计算。',
    demand: '依照民间借贷规定第三十一条分段重新计算利息，并出具计算明细（{shortBasis}）',
    ask: '依照民间借贷规定第三十一条分段重新计算利息，并出具计算明细（{shortBasis}）',
  },
  'above-line-covered': {
    point: '本笔借款的年化利率{apr}（{method}）超过36%。',
    demand: '出具按上述标准重新计算后的还款计划和费用明细',
    ask: '督促被投诉机构出具重新计算后的还款计划和费用明细',
  },
  fee: {
    point:
      '除利息外，{party}另收取{items}，页面标示的年化利率{shown}没有计入这些费用。{lawPboc2021No3Art3}',
    demand:
      '书面说明{item}（合计{amount}元）的收费依据、所提供的服务和收取主体，将其计入年化利率重新告知，对未如实披露的部分予以免除或退还（{shortBasis}）',
    ask: '核查被投诉机构收取{item}（合计{amount}元）而未计入年化利率的情况，督促其如实披露并对未如实披露的部分予以免除或退还（{shortBasis}）',
  },
  'fee-no-amount': {
    point:
      '除利息外，{party}另收取{items}，页面标示的年化利率{shown}没有计入这些费用。{lawPboc2021No3Art3}',
    demand:
      '书面说明{item}的收费依据、所提供的服务和收取主体，并将其计入年化利率重新告知（{shortBasis}）',
    ask: '核查被投诉机构收取{item}而未计入年化利率的情况，督促其如实披露（{shortBasis}）',
  },
  addon: {
    point:
      '{party}在借款页面默认勾选了{item}（{amount}元），借款人并未主动选择。《中华人民共和国消费者权益保护法》第二十六条禁止经营者利用格式条款并借助技术手段强制交易；国家金融监督管理总局山西监管局2025年10月20日风险提示亦将采用默认勾选方式收取会员费等费用列为变相推高综合融资成本的做法。',
    demand: '取消{item}并退还{amount}元（{shortBasis}）',
    ask: '督促被投诉机构取消默认勾选的{item}并退还{amount}元，停止以默认勾选方式搭售（{shortBasis}）',
  },
  prepayment: {
    point:
      '页面约定：“{item}”。{lawCivilCode677}本笔借款对提前还款另有约定，但{lawCivilCode585}依照《最高人民法院关于适用〈中华人民共和国民法典〉合同编通则若干问题的解释》第六十五条，约定的违约金超过造成损失的百分之三十的，人民法院一般可以认定为过分高于造成的损失。',
    demand:
      '说明提前还款违约金的计算依据和实际损失，对过分高于实际损失的部分予以减少（{shortBasis}）',
    ask: '督促被投诉机构说明提前还款违约金的计算依据，对过分高于实际损失的部分予以减少（{shortBasis}）',
  },
  overdue: {
    point: '页面约定的逾期收费为{components}，折合年利率合计{total}，超过年利率{cap}。',
    demand: '逾期时，逾期利息、违约金和其他费用合计不超过年利率{cap}（{shortBasis}）',
    ask: '督促被投诉机构将逾期利息、违约金和其他费用合计控制在年利率{cap}以内（{shortBasis}）',
  },
  'apr-understated': {
    point:
      '页面标示的年化利率为{shown}，而计入全部利息和费用、以实际到账金额计算的年化利率为{apr}（{method}），复利为{aprEffective}。{lawPboc2021No3Art3}',
    demand: '按全部贷款成本重新计算并以明显方式告知本笔借款的年化利率（{shortBasis}）',
    ask: '核查被投诉机构标示的年化利率是否计入全部贷款成本，督促其如实展示（{shortBasis}）',
  },
  'apr-simple-unlabelled': {
    point:
      '页面标示{shown}，没有说明是单利；按同一合同利率以复利计算为{contractCompound}。{lawPboc2021No3Art4}',
    demand: '说明所标示年化利率的计算方法，如为单利，在页面和合同中注明“单利”（{shortBasis}）',
    ask: '督促被投诉机构说明所标示年化利率的计算方法，采用单利的应说明是单利（{shortBasis}）',
  },
  'apr-missing': {
    point: '页面只展示了日利率或月利率，没有展示年化利率。{lawPboc2021No3Art1}',
    demand: '以明显方式展示并书面告知本笔借款的年化利率（{shortBasis}）',
    ask: '督促被投诉机构以明显方式展示年化利率（{shortBasis}）',
  },
  'apr-less-prominent': {
    point: '页面上日利率或月利率比年化利率更醒目。{lawPboc2021No3Art1}',
    demand: '以明显方式展示并书面告知本笔借款的年化利率（{shortBasis}）',
    ask: '督促被投诉机构以明显方式展示年化利率（{shortBasis}）',
  },
  'lender-hidden': {
    point:
      '页面只展示了平台名称，没有写明实际放款机构。国家金融监督管理总局山西监管局2025年10月20日风险提示将“刻意隐瞒贷款主体”列为需要警惕的做法。',
    demand: '书面告知实际放款机构的全称、统一社会信用代码及放贷资质，以及各项费用的收取主体',
    ask: '核查本笔借款的实际放款机构及各项费用的收取主体',
  },
  'contract-not-shown': {
    point: '签约前，页面没有展示或提供借款合同。{lawCivilCode668}',
    demand: '提供本笔借款的完整书面合同及全部费用明细（{shortBasis}）',
    ask: '督促被投诉机构向借款人提供完整的借款合同及全部费用明细（{shortBasis}）',
  },
};

/**
 * For a lender of unknown type whose true rate is above 36%: a question for the regulator, never
 * an accusation (非法放贷意见 concerns lenders 未经监管部门批准; legal.md §3.3).
 */
export const UNLICENSED_QUESTION =
  '本笔借款的年化利率超过36%。放款方是否经监管部门批准从事贷款业务，借款人无从得知；如其未经批准，以营利为目的经常性地向社会不特定对象发放贷款，可能涉及《最高人民法院、最高人民检察院、公安部、司法部关于办理非法放贷刑事案件若干问题的意见》所规定的情形，恳请核查其放贷资质。';

/** When two or more amounts are claimed: they rest on different rules and partly count the same money. */
export const NOT_ADDED = '上述金额分别依据不同规定计算，部分款项相互重叠，不应相加。';

/** The LPR note for private lending: the value is published; uncertain is whether a newer one applied. */
export const LPR_NEWEST_NOTE =
  '（合同成立前人民银行是否公布了更新的一年期贷款市场报价利率，借款人无法核实；如有，上限应按新值计算）';
