/**
 * The statutes a letter quotes, each quoted whole (a whole article, paragraph or sentence as
 * legal.md gives it, never cut before its exception): 民法典第677条 keeps "除当事人另有约定外".
 * A basis legal.md gives only in part (消费者权益保护法第26条, 民法典第585条 before its last
 * sentence, the 非法放贷 opinion) is cited, not quoted. Reviewed against legal.md §1–§4.
 */
import type { CitationId } from '@/lib/law/citations';

export interface Quoted {
  /** How the letter names it: "《中华人民共和国民法典》第六百七十条". */
  cite: string;
  /** The text, whole, without quotation marks. */
  text: string;
}

export const STATUTES: Partial<Record<CitationId, Quoted>> = {
  civilCode668: {
    cite: '《中华人民共和国民法典》第六百六十八条',
    text: '借款合同应当采用书面形式，但是自然人之间借款另有约定的除外。借款合同的内容一般包括借款种类、币种、用途、数额、利率、期限和还款方式等条款。',
  },
  civilCode670: {
    cite: '《中华人民共和国民法典》第六百七十条',
    text: '借款的利息不得预先在本金中扣除。利息预先在本金中扣除的，应当按照实际借款数额返还借款并计算利息。',
  },
  civilCode677: {
    cite: '《中华人民共和国民法典》第六百七十七条',
    text: '借款人提前返还借款的，除当事人另有约定外，应当按照实际借款的期间计算利息。',
  },
  // legal.md §1 quotes the last sentence of 第585条 whole; the earlier sentences are not quoted.
  civilCode585: {
    cite: '《中华人民共和国民法典》第五百八十五条',
    text: '约定的违约金过分高于造成的损失的，人民法院或者仲裁机构可以根据当事人的请求予以适当减少。',
  },
  privateLending25: {
    cite: '《最高人民法院关于审理民间借贷案件适用法律若干问题的规定》第二十五条第一款',
    text: '出借人请求借款人按照合同约定利率支付利息的，人民法院应予支持，但是双方约定的利率超过合同成立时一年期贷款市场报价利率四倍的除外。',
  },
  privateLending26: {
    cite: '《最高人民法院关于审理民间借贷案件适用法律若干问题的规定》第二十六条',
    text: '借据、收据、欠条等债权凭证载明的借款金额，一般认定为本金。预先在本金中扣除利息的，人民法院应当将实际出借的金额认定为本金。',
  },
  privateLending30: {
    cite: '《最高人民法院关于审理民间借贷案件适用法律若干问题的规定》第三十条',
    text: '借款人可以提前偿还借款，但是当事人另有约定的除外。借款人提前偿还借款并主张按照实际借款期限计算利息的，人民法院应予支持。',
  },
  // legal.md §3.1: wording as quoted identically by several law-firm sources (the original was not
  // available); one whole sentence of 第二条.
  financialJudicial2017: {
    cite: '《最高人民法院关于进一步加强金融审判工作的若干意见》（法发〔2017〕22号）第二条',
    text: '金融借款合同的借款人以贷款人同时主张的利息、复利、罚息、违约金和其他费用过高，显著背离实际损失为由，请求对总计超过年利率24%的部分予以调减的，应予支持，以有效降低实体经济的融资成本。',
  },
  pboc2021No3Art1: {
    cite: '《中国人民银行公告〔2021〕第3号》第一条',
    text: '所有从事贷款业务的机构，在网站、移动端应用程序、宣传海报等渠道进行营销时，应当以明显的方式向借款人展示年化利率，并在签订贷款合同时载明，也可根据需要同时展示日利率、月利率等信息，但不应比年化利率更明显。',
  },
  pboc2021No3Art3: {
    cite: '《中国人民银行公告〔2021〕第3号》第三条',
    text: '贷款年化利率应以对借款人收取的所有贷款成本与其实际占用的贷款本金的比例计算，并折算为年化形式。其中，贷款成本应包括利息及与贷款直接相关的各类费用。贷款本金应在贷款合同或其他债权凭证中载明。若采用分期偿还本金方式，则应以每期还款后剩余本金计算实际占用的贷款本金。',
  },
  // 第四条 allows a simple figure if it is labelled: a letter never says every product must show the IRR.
  pboc2021No3Art4: {
    cite: '《中国人民银行公告〔2021〕第3号》第四条',
    text: '贷款年化利率可采用复利或单利方法计算。复利计算方法即内部收益率法，具体示例见附件。采用单利计算方法的，应说明是单利。',
  },
};

/** Short names for the parenthesised basis after a demand ("民法典第六百七十条"). */
export const SHORT_CITE: Partial<Record<CitationId, string>> = {
  civilCode585: '民法典第五百八十五条',
  civilCode668: '民法典第六百六十八条',
  civilCode670: '民法典第六百七十条',
  civilCode677: '民法典第六百七十七条',
  consumerProtection26: '消费者权益保护法第二十六条',
  financialJudicial2017: '法发〔2017〕22号第二条',
  pboc2021No3Art1: '中国人民银行公告〔2021〕第3号第一条',
  pboc2021No3Art3: '中国人民银行公告〔2021〕第3号第三条',
  pboc2021No3Art4: '中国人民银行公告〔2021〕第3号第四条',
  privateLending25: '民间借贷规定第二十五条',
  privateLending28: '民间借贷规定第二十八条',
  privateLending29: '民间借贷规定第二十九条',
  privateLending31: '民间借贷规定第三十一条',
  shanxiRiskNotice2025: '国家金融监督管理总局山西监管局2025年10月20日风险提示',
};
