/**
 * Legal citations as data (legal.md, "cited rulebook"). Quotes are copied from legal.md, which
 * names the source of each; `confirmed: false` marks what legal.md calls UNCONFIRMED, and a
 * finding resting on such a basis is a warning that says so. Articles are in Chinese numerals
 * because the complaint texts quote them ("民法典第六百七十条").
 */
import type { LegalBasis } from '@/lib/model/report';
import { CIVIL_CODE_FROM, COST_DISCLOSURE_RULE_FROM, PRIVATE_LPR_REGIME_FROM } from './lines';

const LRB = 'https://github.com/LawRefBook/Laws/blob/2f4c5c23716267af9dbebbbbd6cbbf732b101981/';
const CIVIL_CODE = '《中华人民共和国民法典》';
const CIVIL_CODE_SOURCE = `${LRB}民法典/合同编.md`;
const PRIVATE_LENDING = '《最高人民法院关于审理民间借贷案件适用法律若干问题的规定》';
const PRIVATE_LENDING_SOURCE = `${LRB}司法解释/最高人民法院关于审理民间借贷案件适用法律若干问题的规定(2020-12-29).md`;
const PBOC_2021_3 = '《中国人民银行公告〔2021〕第3号》';
const PBOC_2021_3_SOURCE =
  '人民日报 2021-04-01 第10版 http://paper.people.com.cn/rmrb/html/2021-04/01/nw.D110000renmrb_20210401_4-10.htm';
/** The PBOC announcement is dated 2021-03-12 and was published on 2021-03-31 (legal.md §4). */
const PBOC_2021_3_FROM = '2021-03-31';

export const CITATIONS = {
  civilCode496: {
    instrument: CIVIL_CODE,
    article: '第四百九十六条',
    quote:
      '提供格式条款的一方应当遵循公平原则…并采取合理的方式提示对方注意免除或者减轻其责任等与对方有重大利害关系的条款…',
    effective: CIVIL_CODE_FROM,
    source: CIVIL_CODE_SOURCE,
    confirmed: true,
  },
  civilCode585: {
    instrument: CIVIL_CODE,
    article: '第五百八十五条',
    quote:
      '约定的违约金过分高于造成的损失的，人民法院或者仲裁机构可以根据当事人的请求予以适当减少。',
    effective: CIVIL_CODE_FROM,
    source: CIVIL_CODE_SOURCE,
    confirmed: true,
  },
  civilCode668: {
    instrument: CIVIL_CODE,
    article: '第六百六十八条',
    quote:
      '借款合同应当采用书面形式，但是自然人之间借款另有约定的除外。借款合同的内容一般包括借款种类、币种、用途、数额、利率、期限和还款方式等条款。',
    effective: CIVIL_CODE_FROM,
    source: CIVIL_CODE_SOURCE,
    confirmed: true,
  },
  civilCode670: {
    instrument: CIVIL_CODE,
    article: '第六百七十条',
    quote:
      '借款的利息不得预先在本金中扣除。利息预先在本金中扣除的，应当按照实际借款数额返还借款并计算利息。',
    effective: CIVIL_CODE_FROM,
    source: CIVIL_CODE_SOURCE,
    confirmed: true,
  },
  civilCode677: {
    instrument: CIVIL_CODE,
    article: '第六百七十七条',
    quote: '借款人提前返还借款的，除当事人另有约定外，应当按照实际借款的期间计算利息。',
    effective: CIVIL_CODE_FROM,
    source: CIVIL_CODE_SOURCE,
    confirmed: true,
  },
  contractInterpretation65: {
    instrument: '《最高人民法院关于适用〈中华人民共和国民法典〉合同编通则若干问题的解释》',
    article: '第六十五条',
    quote: '约定的违约金超过造成损失的百分之三十的，人民法院一般可以认定为过分高于造成的损失',
    effective: '2023-12-05',
    source: `${LRB}司法解释/最高人民法院关于适用《民法典》合同编通则若干问题的解释(2023-12-04).md`,
    confirmed: true,
  },
  privateLending25: {
    instrument: PRIVATE_LENDING,
    article: '第二十五条',
    quote:
      '出借人请求借款人按照合同约定利率支付利息的，人民法院应予支持，但是双方约定的利率超过合同成立时一年期贷款市场报价利率四倍的除外。',
    effective: PRIVATE_LPR_REGIME_FROM,
    source: PRIVATE_LENDING_SOURCE,
    confirmed: true,
  },
  privateLending26: {
    instrument: PRIVATE_LENDING,
    article: '第二十六条',
    quote: '预先在本金中扣除利息的，人民法院应当将实际出借的金额认定为本金。',
    effective: CIVIL_CODE_FROM,
    source: PRIVATE_LENDING_SOURCE,
    confirmed: true,
  },
  privateLending28: {
    instrument: PRIVATE_LENDING,
    article: '第二十八条',
    quote:
      '借贷双方对逾期利率有约定的，从其约定，但是以不超过合同成立时一年期贷款市场报价利率四倍为限。',
    effective: PRIVATE_LPR_REGIME_FROM,
    source: PRIVATE_LENDING_SOURCE,
    confirmed: true,
  },
  privateLending29: {
    instrument: PRIVATE_LENDING,
    article: '第二十九条',
    quote:
      '出借人与借款人既约定了逾期利率，又约定了违约金或者其他费用…总计超过合同成立时一年期贷款市场报价利率四倍的部分，人民法院不予支持。',
    effective: PRIVATE_LPR_REGIME_FROM,
    source: PRIVATE_LENDING_SOURCE,
    confirmed: true,
  },
  privateLending30: {
    instrument: PRIVATE_LENDING,
    article: '第三十条',
    quote:
      '借款人可以提前偿还借款，但是当事人另有约定的除外。借款人提前偿还借款并主张按照实际借款期限计算利息的，人民法院应予支持。',
    effective: CIVIL_CODE_FROM,
    source: PRIVATE_LENDING_SOURCE,
    confirmed: true,
  },
  privateLending31: {
    instrument: PRIVATE_LENDING,
    article: '第三十一条',
    effective: PRIVATE_LPR_REGIME_FROM,
    source: PRIVATE_LENDING_SOURCE,
    confirmed: true,
  },
  privateLending2015Art26: {
    instrument: '《最高人民法院关于审理民间借贷案件适用法律若干问题的规定》（法释〔2015〕18号）',
    article: '第二十六条',
    effective: '2015-09-01',
    source:
      'legal.md §2, quoting https://m.64365.com/ask/7224081.aspx and http://lnmlw.com/Loanconsultation/denotxwaes.html',
    confirmed: true,
  },
  privateLending2015Art30: {
    instrument: '《最高人民法院关于审理民间借贷案件适用法律若干问题的规定》（法释〔2015〕18号）',
    article: '第三十条',
    effective: '2015-09-01',
    source:
      'legal.md §2, quoting https://m.64365.com/ask/7224081.aspx and http://lnmlw.com/Loanconsultation/denotxwaes.html',
    confirmed: true,
  },
  financialJudicial2017: {
    instrument: '《最高人民法院关于进一步加强金融审判工作的若干意见》（法发〔2017〕22号）',
    article: '第二条',
    quote:
      '金融借款合同的借款人以贷款人同时主张的利息、复利、罚息、违约金和其他费用过高，显著背离实际损失为由，请求对总计超过年利率24%的部分予以调减的，应予支持',
    source:
      'http://scmkls.com/news/296-cn.html ; http://fl160.com/news_browse.php?id=6910 (issue date 2017-08-04 or 2017-08-09, unresolved)',
    confirmed: true,
  },
  illegalLending2019: {
    instrument:
      '《最高人民法院、最高人民检察院、公安部、司法部关于办理非法放贷刑事案件若干问题的意见》',
    article: '第二条',
    quote: '以超过36%的实际年利率实施…非法放贷行为',
    source: 'http://www.sdjlnm.com/changshi/264164.html',
    confirmed: true,
  },
  pboc2021No3Art1: {
    instrument: PBOC_2021_3,
    article: '第一条',
    quote:
      '应当以明显的方式向借款人展示年化利率，并在签订贷款合同时载明，也可根据需要同时展示日利率、月利率等信息，但不应比年化利率更明显。',
    effective: PBOC_2021_3_FROM,
    source: PBOC_2021_3_SOURCE,
    confirmed: true,
  },
  pboc2021No3Art3: {
    instrument: PBOC_2021_3,
    article: '第三条',
    quote:
      '贷款年化利率应以对借款人收取的所有贷款成本与其实际占用的贷款本金的比例计算，并折算为年化形式。其中，贷款成本应包括利息及与贷款直接相关的各类费用。…若采用分期偿还本金方式，则应以每期还款后剩余本金计算实际占用的贷款本金。',
    effective: PBOC_2021_3_FROM,
    source: PBOC_2021_3_SOURCE,
    confirmed: true,
  },
  pboc2021No3Art4: {
    instrument: PBOC_2021_3,
    article: '第四条',
    quote:
      '贷款年化利率可采用复利或单利方法计算。复利计算方法即内部收益率法…采用单利计算方法的，应说明是单利。',
    effective: PBOC_2021_3_FROM,
    source: PBOC_2021_3_SOURCE,
    confirmed: true,
  },
  pboc2021No3Art5: {
    instrument: PBOC_2021_3,
    article: '第五条',
    quote: '鼓励民间借贷参照本公告执行。',
    effective: PBOC_2021_3_FROM,
    source: PBOC_2021_3_SOURCE,
    confirmed: true,
  },
  consumerProtection26: {
    instrument: '《中华人民共和国消费者权益保护法》',
    article: '第二十六条',
    quote:
      '经营者…应当以显著方式提请消费者注意…价款或者费用…不得利用格式条款并借助技术手段强制交易。',
    source: `${LRB}民法商法/消费者权益保护法(2013-10-25).md`,
    confirmed: true,
  },
  shanxiRiskNotice2025: {
    instrument: '国家金融监督管理总局山西监管局',
    article: '2025年10月20日风险提示',
    quote:
      '在贷款合同外，通过会员费、咨询费、增信服务费等名目，采用默认勾选、强制授权等方式，违规收取费用，变相推高综合融资成本…刻意隐瞒贷款主体',
    effective: '2025-10-20',
    source: 'https://www.jiemian.com/article/13493443.html',
    confirmed: true,
  },
  costDisclosure2026: {
    instrument: '《个人贷款业务明示综合融资成本规定》',
    article: '综合融资成本明示表条款',
    quote: '贷款人及其合作机构不再向借款人收取其他与贷款相关的任何息费',
    effective: COST_DISCLOSURE_RULE_FROM,
    source: '新华社 via 光明网 https://m.gmw.cn/2026-03/17/content_1304379580.htm',
    confirmed: true,
  },
} as const satisfies Record<string, LegalBasis>;

/** The id of a citation ("civilCode670"): how claims and letters name their legal basis. */
export type CitationId = keyof typeof CITATIONS;

/** The id of a basis a finding carries, found by its instrument and article; null when none matches. */
export function citationIdOf(basis: Pick<LegalBasis, 'instrument' | 'article'>): CitationId | null {
  for (const [id, c] of Object.entries(CITATIONS)) {
    if (c.instrument === basis.instrument && c.article === basis.article) return id as CitationId;
  }
  return null;
}
