/**
 * Stated rates: every rate the page shows, with its exact label, its kind, and whether it is the
 * rate of this loan or context (a marketing minimum "日息低至万分之2", a cap claim
 * "综合年化资金成本不超过24%", a range, an option the borrower did not select).
 */
import { Decimal } from '@/lib/finance/decimal';
import { roundCents } from '@/lib/finance/money';
import type { Term } from '@/lib/parse/term';
import { presentedAnnualRate } from '@/lib/model/shown-rate';
import type { ReadingCheck } from '@/lib/model/reading';
import type { RateKind, StatedRate } from '@/lib/model/terms';
import { moneyTokens } from '@/lib/parse/money';
import { compactText, normalizeText } from '@/lib/parse/normalize';
import { type ParsedRate, parseRate, parseRateRange } from '@/lib/parse/rate';
import { askedButGranted } from './asked-and-granted';
import { type View, labelKey } from './facts';
import { EXAMPLE, conceptKey } from './lexicon';
import { aboutAnOldLoan } from './old-loan';
import { recommendedFrom } from './recommended';

// "年转化率 15%" (an IOU app's word): a 年…率 or 月…率 label names a rate of that period.
const RATE_LABEL =
  /利率|利息率|费率|年化|年华|日息|月息|年息|平息|息率|成本|IRR|APR|内部收益率|^[年月日][\u4e00-\u9fa5]{1,3}率$/i;
/** A note that says the figure was worked by the IRR method ("按照IRR方法计算", "内部收益率法"). */
const IRR_NOTE = /^(?!.*(?:非|不是|并非|而非)\s*(?:IRR|内部收益率))(?=.*(?:IRR|内部收益率))/i;

/**
 * "手续费率：0.05%" with no period, and the notes' formula "手续费 = 垫资金额 × 手续费率（日）× 垫资天数":
 * the clause that works the fee out names the rate's period, a day's. (A label or figure that names
 * a period of its own keeps it.)
 */
function perDayElsewhere(view: View, label: string, valueText: string): boolean {
  const name = compactText(label).replace(/[（(][^（()）]*[)）]$/, '');
  if (name.length < 2 || /[月日天年期]/.test(compactText(name + valueText))) return false;
  const daily = ['（日）', '(日)', '（天）', '(天)', '（按日）', '(按日)'].map(
    (unit) => name + unit,
  );
  return view.sentences.some((s) => {
    const text = compactText(s.text);
    return daily.some((d) => text.includes(d));
  });
}
/**
 * "为分期金额的3%，共1,080.00元": a share followed by what it comes to, when that total is the share
 * of a yuan amount the page states (1,080.00 = 36,000.00 × 3%) — a one-off charge, checked by the
 * page's own arithmetic. (A month's rate totalled over a term of several months does not come to one
 * share of a stated amount.)
 */
function sharePaidOnce(view: View, clause: string, written: string, share: string): boolean {
  if (new Decimal(share).isZero()) return false;
  // (The figure without the note the label's words left after it: "0.30%(发票金额的)".)
  const figure = written.replace(/[(（][^)）]*[)）]$/, '');
  const texts = [...view.sentences.map((s) => s.text), ...view.facts.map((f) => f.value)];
  // The figure's run, or the sentence it is written in when a blank cut it off there ("手续费费率：
  // 发票金额的 | 0.30% | ，即人民币 | 4,500.00 | 元", a Word form).
  const clauses = [clause, ...view.sentences.map((s) => compactText(s.text))];
  return clauses.some((c) => {
    const at = c.indexOf(figure);
    const rest = at < 0 ? '' : c.slice(at + figure.length);
    const said = /^[%％]?[，,]?(?:共计|合计|总计|共|计|即)(?:人民币)?/.exec(rest);
    const total = said ? moneyTokens(rest.slice(said[0].length))[0] : undefined;
    if (total?.index !== 0) return false;
    const base = roundCents(new Decimal(total.value).div(share));
    return texts.some((t) => moneyTokens(t).some((m) => new Decimal(m.value).eq(base)));
  });
}

/** Not this loan's rate: overdue and prepayment charges, reference rates, a whole term's total,
 *  an investor's yield (预期年化收益率 on a 理财 or P2P lender's page, "买了理财，年化2.3%" in a
 *  chat; not 内部收益率, the IRR of the loan's own flows, which is its cost), a subsidy the state
 *  pays (财政贴息), what a bank pays on a deposit (活期存款年利率 on the account a loan is repaid
 *  from). */
// "复利利率上浮 50.00 %", "利率浮动比例 | 上浮20%": how far a rate is raised, not a rate.
// (A 加权平均借款利率 is an account's statistic over several loans.)
// (…nor a teller voucher's "基准利率(年利率) 3.0 %" beside its 执行利率: the benchmark it is priced on.)
// (…nor a pledged bond's or deposit's own 票面利率, nor a 质押率: what the collateral earns and how
// much of it may be borrowed.)
const NOT_A_LOAN_RATE =
  /票面利率|质押率|抵押率|平均|逾期|宽限|罚息|违约|滞纳|提前还款|LPR|基准利率|市场报价|总(?:手续)?费率|(?<!内部)收益|贴息|补贴|存款|理财|(?:上|下)浮(?:比例|幅度)?$|浮动(?:比例|幅度|比率)$/;
/** A label or clause without its glosses in brackets ("年利率（即预期年收益率）"). */
const withoutGloss = (text: string): string => text.replace(/[(（][^)）]{1,12}[)）]/g, '');
/** A percent unit in a label's brackets, with the period it names: "(%)", "(%年)", "（年化%）", "(%/天)". */
// …or per mille or per ten thousand ("执行月利率(‰) 6.000000", "借款利率(‱) 5").
const LABEL_UNIT = /[(（]\s*(年化|年|月|日|天)?\s*([%‰‱])\s*(?:[/／每]?\s*(年|月|日|天))?\s*[)）]$/;
/** Words that make a rate the charge for not repaying on time. */
const OVERDUE_CONDITION =
  /未按(?:期|时|约定)|到期未(?:足额)?(?:还款|归还|偿还)|未足额还款|透支利息/;

/** The kind a rate's label (and its unit, when the value says 每日/每月) names; null when it names none. */
export function rateKind(label: string, per: ParsedRate['per']): RateKind | null {
  // "折合年华": templates misspell 年化 with the homophone 华.
  const l = compactText(label).replace(/年华/g, '年化');
  // "借款日综合费率0.7%", "月综合费率": the period word names the period first.
  if (/日(?:综合)?(?:费率|利率)|^日综合|^日[\u4e00-\u9fa5]{1,4}费率/.test(l) && !/年化/.test(l))
    return 'daily';
  if (/月综合(?:费率|利率)/.test(l) && !/年化/.test(l)) return 'monthly';
  // "综合月租使用费率 0.58%": a month's, the word 月 inside the name.
  if (/综合/.test(l) && /月/.test(l) && !/年/.test(l)) return 'monthly';
  // "综合费率：2.2%/月" (a pawn's): the value's own unit names the period before the word 综合.
  if (/综合/.test(l) && !/年/.test(l) && per === 'month') return 'monthly';
  if (/综合/.test(l) && !/年/.test(l) && per === 'day') return 'daily';
  // …and "综合利率 7.80%/年", "综合年利率": a year's, by the unit or the word.
  if (/综合/.test(l) && (/年化|成本|费率|年/.test(l) || per === 'year'))
    return 'comprehensive-annual';
  if (/复利/.test(l)) return 'annual-compound';
  // "月平息 0.25%" (a Hong Kong lender's flat rate): a month's interest on the original principal.
  if (/月平息/.test(l)) return 'monthly';
  if (/IRR|内部收益率/i.test(l)) return 'annual-irr';
  if (/年化|年利率|年费率|APR|^年[\u4e00-\u9fa5]{1,3}率$|^年利息$|年息/i.test(l))
    return 'annual-simple';
  // Daily before the fee-rate reading: 日费率 is a rate per day, not a monthly 手续费率.
  if (/日利率|日息|日费率|日利息|每日|按日|每天/.test(l) || per === 'day') return 'daily';
  // A mutual-aid fund's 占用费率 (资金占用费, 互助金占用费) is what it charges instead of interest:
  // an interest rate, its period by its size.
  if (/占用费率/.test(l)) return null;
  if (/费率|费$/.test(l)) return 'fee-rate-monthly';
  if (/月利率|月息|月费率/.test(l) || per === 'month') return 'monthly';
  if (per === 'year') return 'annual-simple';
  return null;
}

/**
 * A rate whose label names no period ("借款利率 10.8%", "利率：0.05%"): a loan's rate of 3% or more
 * is a year's, one of 0.1% or less a day's, in between a month's — how lenders write them; 0% is
 * a year's too.
 */
function kindBySize(label: string, value: string): RateKind | null {
  if (!/利率|利息率|利息$|占用费率/.test(compactText(label))) return null;
  // "总利率(单利) 9.0000%": the interest over the whole term as a share of the amount, no period's;
  // so is "利率（整个借款期限） 6 %" on a private lender's offer.
  if (/^总|整个(?:借款)?期限|整期|全期/.test(compactText(label))) return null;
  const v = new Decimal(value);
  // "货款利率0%": no interest is none in any period; as a year's it is the rate the page states —
  // but an instalment's "分期利率 0.00%" is each period's, no year's.
  if (v.isZero() && /^分期/.test(compactText(label))) return 'monthly';
  if (v.isZero() || v.gte('0.03')) return 'annual-simple';
  // A housing loan's rate is a year's however low (公积金贷款利率 2.85%, set against LPR).
  if (/公积金|房贷|按揭|住房|LPR/i.test(label) && v.gte('0.01')) return 'annual-simple';
  if (v.lte('0.001')) return 'daily';
  return 'monthly';
}

/**
 * The words just before a label cut from prose, which may name the loan: "· 公积金贷款利率 2.85%" is
 * read as 贷款利率, and its 公积金 says what kind of loan it is.
 */
function wordsBefore(text: string, label: string): string {
  const t = compactText(text);
  const at = t.indexOf(compactText(label));
  return at > 0 ? (/[\u4e00-\u9fa5]{1,6}$/.exec(t.slice(0, at))?.[0] ?? '') : '';
}

function contextOf(label: string, value: string): StatedRate['context'] | undefined {
  const t = compactText(label + value);
  // "月费率一般 | 在0.8%以上": a floor the market's rates stand above, no rate of this loan.
  if (/低至|最低|起$|起[，,]|\d%起|[%‰]以上$/.test(t)) return 'marketing-minimum';
  if (/不超过|不高于|以内|最高|上限|封顶/.test(t)) return 'cap-claim';
  if (/示例|举例|例如/.test(compactText(label))) return 'example';
  // "原每期手续费率 0.75%" struck through beside a promotion's 0: the rate this loan does not carry.
  if (/^原/.test(compactText(label))) return 'other-option';
  return undefined;
}

/**
 * The words that name the rate, without the sentence or the product name before them:
 * "本合同项下借款利率为固定利率，年利率" → 年利率, "（月利率" → 月利率, "随心贷 年利率低至" → 年利率低至.
 */
function rateLabel(label: string): string {
  const clause = lastClause(label.trim())
    // "借款年利率为：12.00%": the label without the verb the sentence gave it.
    .replace(/(?<=.{2})[为是]\s*[:：]?$/, '')
    .replace(/^[（(](?=[^)）]*$)/, '');
  const words = clause.split(/\s+/);
  const last = words[words.length - 1] ?? clause;
  // (A bilingual label's English name is the label too: "Monthly Interest Rate 月利率".)
  const english = /^[A-Za-z][A-Za-z '’&./-]*$/.test(words.slice(0, -1).join(' '));
  // (…nor is an English gloss in brackets after it: "实际年利率 (APR)" is named by its Chinese.)
  const gloss = /^[(（][A-Za-z][A-Za-z .'’&/-]*[)）]$/.test(last);
  return words.length > 1 && RATE_LABEL.test(last) && !english && !gloss ? last : clause;
}

/**
 * The words after a label's last clause break — one outside brackets: "综合年化成本（IRR，含担保费）"
 * keeps its note whole.
 */
function lastClause(text: string): string {
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    if (ch === '(' || ch === '（') depth++;
    else if (ch === ')' || ch === '）') depth = Math.max(0, depth - 1);
    else if (depth === 0 && /[，,。；;]/.test(ch)) start = i + 1;
  }
  // A bracket left open is no note around the label: the last break of all.
  if (depth > 0) return text.replace(/^.*[，,。；;]\s*/, '');
  return text.slice(start).trimStart();
}

interface Candidate {
  rate: StatedRate;
  block: number;
  fontSize: number;
  y: number;
}

/** Prose forms: "年化利率（复利）为 4.03%", "借款年利率为10.20%（单利）", "借款月利率1.5%",
 *  a product's name with its rate in brackets ("经营周转贷（年息15%）"),
 *  "综合年化资金成本不超过24%", "保费费率为借款本金的0.30%/月", "账户管理费，费率为借款本金的0.25%/月". */
const PROSE_RATE = new RegExp(
  String.raw`(综合年化[^，。,\d]{0,6}?(?:成本|费率)(?:[(（][^)）]{1,8}[)）])?(?:不超过|低至|最高|不高于)?|综合(?:资金|融资)成本(?:[(（](?:[^()（）]|[(（][^()（）]*[)）]){1,60}[)）])?(?:不超过|低至|最高|不高于)?|年化利率(?:[(（][^)）]{1,8}[)）])?(?:低至|不超过|不高于|最高)?|(?:年|月|日)利率(?:[(（][^)）]{1,8}[)）])?(?:低至|最低|不超过|不高于|最高)?|日息(?:低至)?|月息|年息(?:低至)?|借款利息|利息(?:为|是)?(?:每天|每日)|(?:每天|每日)(?:利息|利率)(?:低至)?|年利息(?=(?:为|是)?\s*\d+(?:\.\d+)?\s*%)|(?:借款|贷款|货款|融资)利率|年化(?=\s*\d)|[\u4e00-\u9fa5]{1,6}费(?:率(?:[(（][^)）]{1,8}[)）])?)?|费率)` +
    String.raw`[，,]?(?:费率)?(?:合计)?(?:为|是|约|:|：)?[（(]?(?:借款本金的|本金的|借款金额的|分期金额的)?\s*((?:年化|年利率|月利率|日利率)?\s*(?:(?:万分之|千分之|百分之)\s*(?:\d+(?:\.\d+)?|[一二三四五六七八九十点]+)|\d+(?:\.\d+)?\s*[%‰](?:\/(?:天|日|月|年|期))?))`,
  'g',
);

/**
 * A private loan's rate as people say it: "月息2分" is 2 % a month (一分 = 1 %). Written as a
 * percentage, one character for one, so a quote's positions still hold.
 */
function folkMonthly(text: string): string {
  return text.replace(/(月(?:息|利息?))(\d(?:\.\d)?)分(?![钟\d厘])/g, '$1$2%');
}

/**
 * The blocks of a calculator box on the page: from its title ("贷款计算器", "房贷计算器") to its
 * action ("计算", "求每月还款额") or the note on its result ("试算结果仅供参考"), a screenful at most.
 */
function calculatorBlocks(blocks: readonly { text: string }[]): Set<number> {
  const out = new Set<number>();
  blocks.forEach((b, i) => {
    if (!/^[\u4e00-\u9fa5]{0,4}(?:计算器|试算器|试算工具)$/.test(compactText(b.text))) return;
    const end = blocks
      .slice(i + 1, i + 40)
      .findIndex((x) =>
        /^(?:开始|立即|马上)?(?:计算|试算)$|^求[\u4e00-\u9fa5]{2,8}$|(?:试算|计算)结果/.test(
          compactText(x.text),
        ),
      );
    if (end >= 0) for (let k = i; k <= i + 1 + end; k++) out.add(k);
  });
  return out;
}

export function statedRates(
  view: View,
  unselectedOptionTexts: string[],
  selectedOptionTexts: string[],
): StatedRate[] {
  const { raw } = view;
  const found: Candidate[] = [];
  const calculator = calculatorBlocks(raw.blocks);
  const recommended = recommendedFrom(raw.blocks) ?? Infinity;
  const bridge = /垫资|过桥/.test(view.all);
  const asked = askedButGranted(view.facts);
  // A pawn's two monthly rates (典当管理办法第三十七、三十八条): "综合费率 2.2%/月" is its fee, the
  // 综合费用 of the ticket; "利息费率 0.5%/月" is its interest, whatever word follows 利息.
  const pawn = /当金|当票|典当/.test(view.all);
  const pawnKind = (label: string, per: ParsedRate['per']): RateKind | null => {
    if (!pawn || (per !== null && per !== 'month')) return null;
    const l = compactText(label);
    if (/^(?:月|本期|当期)?综合费(?:用)?率$/.test(l)) return 'fee-rate-monthly';
    if (/^(?:月|本期|当期)?利息费?率$/.test(l)) return 'monthly';
    return null;
  };
  // "执行利率为银行信用卡分期的总手续费率：分期手续费 = 实际贷款额 × 6.80%，分24期平均收取": the page
  // says the rate under that label is the whole term's fee, no year's or month's.
  const totalByDefinition = (label: string): boolean => {
    const name = compactText(label).replace(/[:：*\s]/g, '');
    if (name.length < 2) return false;
    return view.sentences.some((x) => {
      const t = compactText(x.text);
      const at = t.indexOf(`${name}为`);
      return at >= 0 && /^[^。；]{0,16}总(?:手续)?费率/.test(t.slice(at + name.length + 1));
    });
  };
  // A list of products, each card with its own rate under one label ("产品利息：1% - 1.5%" · "产品利息：
  // 0.04%-0.05%" · "产品利息：16%", each beside its card's 产品周期 and 适用客户): three figures or more
  // under one label, each with a card's other repeated fields around it, are products the page
  // offers, none of them the loan's own rate. (A quote above the cards, "测算结果 · 产品利息 1.5%/月"
  // beside 借款金额 and 利息 named once, is this loan's.)
  const shown = new Map<string, Set<string>>();
  const count = new Map<string, number>();
  for (const f of view.facts) {
    count.set(f.key, (count.get(f.key) ?? 0) + 1);
    if ((RATE_LABEL.test(f.key) || /利息$/.test(f.key)) && /[%‰]/.test(f.value))
      shown.set(f.key, (shown.get(f.key) ?? new Set()).add(f.value));
  }
  // (Not options to choose among, one of them chosen: the chosen one's rate is the loan's.)
  const choosing = raw.controls.some((c) => c.kind === 'radio' && c.checked);
  const products = new Set([...shown].filter(([, v]) => v.size >= 3 && !choosing).map(([k]) => k));
  // A card's rate has its card's other repeated fields right beside it.
  const byBlock = [...view.facts].sort((a, b) => a.block - b.block);
  const repeated = (f: (typeof byBlock)[number] | undefined): boolean =>
    f !== undefined && (count.get(f.key) ?? 0) >= 3;
  const cardBlocks = new Set(
    byBlock
      .filter(
        (f, i) => products.has(f.key) && (repeated(byBlock[i - 1]) || repeated(byBlock[i + 1])),
      )
      .map((f) => f.block),
  );
  const push = (
    label: string,
    valueText: string,
    block: number,
    fromPair: boolean,
    forced?: StatedRate['context'],
  ): void => {
    if (NOT_A_LOAN_RATE.test(withoutGloss(compactText(label)))) return;
    // …and a value that says it is a raise ("上浮20%", "下浮10%") under any label.
    if (/^(?:上浮|下浮|浮动|加点|减点)/.test(compactText(valueText))) return;
    if (totalByDefinition(label)) return;
    // "月利率1.5%（年化利率18%）", "9.00%（月利率0.75%）": the figure, and another rate the page
    // states for it in brackets under its own name, perhaps with the basis it is counted on
    // ("0.02%（年化利率7.30%，按365天计）").
    const glossed =
      /^(.*?\d\s*[%‰])\s*[(（]\s*([\u4e00-\u9fa5]{2,8}?)\s*[:：]?\s*(\d+(?:\.\d+)?\s*[%‰])\s*(?:[，,；;][^)）]*)?[)）]\s*$/.exec(
        valueText,
      );
    if (glossed?.[1] && glossed[2] && glossed[3] && RATE_LABEL.test(glossed[2])) {
      push(label, glossed[1], block, fromPair, forced);
      push(glossed[2], glossed[3], block, fromPair, forced);
      return;
    }
    // "1.5% 月利率* (18.00% 年化)": a drop-down's option, each figure before its own name.
    const optionRates =
      /^(\d+(?:\.\d+)?\s*[%‰])\s*([\u4e00-\u9fa5]{2,6})\s*[*＊]?\s*[(（]\s*(\d+(?:\.\d+)?\s*[%‰])\s*([\u4e00-\u9fa5]{2,6})\s*[)）]\s*$/.exec(
        valueText,
      );
    if (
      optionRates?.[1] &&
      optionRates[2] &&
      optionRates[3] &&
      optionRates[4] &&
      RATE_LABEL.test(optionRates[4])
    ) {
      push(
        RATE_LABEL.test(optionRates[2]) ? optionRates[2] : label,
        optionRates[1],
        block,
        fromPair,
        forced,
      );
      push(optionRates[4], optionRates[3], block, fromPair, forced);
      return;
    }
    // "年利率 | 9.6%（单利），月利率0.8%": the figure, then another rate under its own name after a
    // comma.
    const after =
      /^([^，,；;]*?\d\s*[%‰][^，,；;]*?)[，,；;]\s*([\u4e00-\u9fa5]{2,8}?)\s*[:：]?\s*(\d+(?:\.\d+)?\s*[%‰])\s*$/.exec(
        valueText,
      );
    if (after?.[1] && after[2] && after[3] && RATE_LABEL.test(after[2])) {
      push(label, after[1], block, fromPair, forced);
      push(after[2], after[3], block, fromPair, forced);
      return;
    }
    // "年利率（单利，月利率1.00%） | 12.00%": the label's own note states another rate under its own
    // name; each is a rate of the page, and the label is what stands before the note.
    const inLabel =
      /^(.*?)[(（][^)）]*?([\u4e00-\u9fa5]{2,8}?)\s*[:：]?\s*(\d+(?:\.\d+)?\s*[%‰])\s*[)）]\s*$/.exec(
        label.trim(),
      );
    if (inLabel?.[1] && inLabel[2] && inLabel[3] && RATE_LABEL.test(inLabel[2])) {
      push(inLabel[2], inLabel[3], block, fromPair, forced);
      push(inLabel[1], valueText, block, fromPair, forced);
      return;
    }
    const blk = raw.blocks[block];
    // Any other note in brackets after the figure is about it, not another rate: the same rate in
    // words ("0.05%（万分之五）"), its working ("9%（=0.75%×12）"), how it was set ("3.00%（5年期以上
    // LPR 3.50% 减50个基点）"), however many ("7.20%（单利）（按日计息，日利率 = 年利率 ÷ 360）").
    // "8.4+1.2%": a P2P project's base rate and its 加息, one rate written as their sum.
    const parts = /^\s*(\d+(?:\.\d+)?)\s*[+＋]\s*(\d+(?:\.\d+)?)\s*%\s*$/.exec(valueText);
    const plain =
      parts?.[1] && parts[2]
        ? `${new Decimal(parts[1]).plus(parts[2]).toString()}%`
        : // (…after the figure's own unit too: "0.5%/期（每期￥45.00，随每期还款收取）".)
          valueText.replace(
            /(?<=[%‰](?:\s*[/／]\s*[期月日天年])?)(?:\s*[(（][^)）]*[)）])+\s*$/,
            '',
          );
    const range = parseRateRange(plain);
    const single = parseRate(plain);
    let parsed: ParsedRate | null = null;
    let context = forced ?? contextOf(label, valueText);
    // A calculator beside the loan ("贷款计算器 · 年利率 [5.94] % · 求每月还款额"): its rate is the
    // tool's default, worked as an example, not this loan's.
    if (calculator.has(block)) context ??= 'example';
    // The products recommended under the page's own (recommended.ts) are other loans.
    if (block >= recommended) context ??= 'other-option';
    // A bridge loan's page quotes the bank loan it bridges to ("续贷审批：已通过，续贷年利率3.85%"):
    // that is the next loan's rate, not the bridge's.
    if (bridge && /续贷|新贷|转贷/.test(compactText(label + valueText))) context ??= 'other-option';
    // "申请利率（月） 1.00%" beside "批准利率（月） 0.85%": the rate asked for, not the one granted.
    if (asked.has(labelKey(label))) context ??= 'other-option';
    // "年化利率 10%，100.00元": the rate, then what it comes to in yuan after a comma.
    const lead = /^\s*([^，,；;]*?[%‰][^，,；;]*)[，,；;]\s*[¥￥]?\s*[\d,]+(?:\.\d+)?\s*元/.exec(
      valueText,
    );
    const first = lead?.[1] ? parseRate(lead[1]) : null;
    if ('value' in single) {
      parsed = single.value;
      // "10.8% - 36% （单利），实际以审核为准": a range with words after it is still a range.
      if (/^\s*\d+(?:\.\d+)?\s*[%‰]?\s*[-~～至到]\s*\d/.test(plain)) context = 'range';
    } else if ('value' in range) {
      parsed = range.value.low;
      context = 'range';
    } else if (first && 'value' in first) parsed = first.value;
    if (!parsed) return;
    // "借款费率 年化14.40%": the period word in front of the figure names the period.
    const said = /^(?:年化|年利率|月利率|日利率|月息|日息)/.exec(compactText(valueText))?.[0] ?? '';
    // (…before the label's: a three-line list's "年利率（单利） | 月利率0.95%，按月计息 | 11.40%" pairs
    // the title with the note under it, whose own word names its figure's period.)
    const named =
      pawnKind(label, parsed.per) ??
      (said !== '' ? rateKind(said, parsed.per) : null) ??
      rateKind(label, parsed.per) ??
      kindBySize(`${wordsBefore(blk?.text ?? '', label)}${label}`, parsed.value);
    if (!named) return;
    // "年化利率 | 5.68%（原文：“按照IRR方法计算的年化利率为5.68%”）": the note after the figure names
    // the method it was worked by (公告〔2021〕第3号's IRR), which the label left out. (A label that
    // says 单利 keeps its word: "年化利率（单利） | 3.45%（按内部收益率法计算）" is the nominal simple rate
    // the IRR method gives, as disclosures write it.)
    const note = valueText.startsWith(plain) ? valueText.slice(plain.length) : '';
    const kind =
      named === 'annual-simple' && IRR_NOTE.test(compactText(note)) && !/单利/.test(label)
        ? 'annual-irr'
        : named === 'fee-rate-monthly' && perDayElsewhere(view, label, valueText)
          ? 'daily'
          : named;
    // "服务费率 13%" with no 月, 日 or 年 anywhere: a fee rate that large is the whole term's or a
    // one-off charge's, not a month's (13 % a month would be 156 % a year); its period is unknown,
    // so it prices nothing.
    if (
      kind === 'fee-rate-monthly' &&
      parsed.per === null &&
      !/[月日天年期]/.test(compactText(label + valueText)) &&
      new Decimal(parsed.value).gte('0.03')
    )
      return;
    // "代还服务费（1.8%） | 900.00元", "居间服务费（借款金额的2%） | 16,000.00": a fee's share in its
    // label, its amount the value — one charge on the whole amount, no month's rate.
    if (
      kind === 'fee-rate-monthly' &&
      /费[（(](?:[\u4e00-\u9fa5]{2,8}的)?\s*\d+(?:\.\d+)?\s*[%％]\s*[)）]$/.test(
        compactText(raw.blocks[block]?.text ?? ''),
      ) &&
      !/[月日天年期]/.test(compactText(raw.blocks[block]?.text ?? ''))
    )
      return;
    // "履约保证保险费率 1.5%（按贷款金额一次性收取）": a one-off fee's rate, no month's.
    if (kind === 'fee-rate-monthly' && /一次性|一次收取|趸交/.test(compactText(label + valueText)))
      return;
    // …or in the clause around it: "平台服务费，费率为借款本金的2%，计2,000.00元，由平台在放款时
    // 从借款本金中一次性扣收".
    if (
      kind === 'fee-rate-monthly' &&
      !fromPair &&
      /一次性|一次收取|趸交/.test(compactText(raw.blocks[block]?.text ?? '')) &&
      !/每月|每期|按月|按期|月/.test(compactText(label + valueText))
    )
      return;
    // …or in a clause elsewhere that names the fee: "担保费（1%） ¥1,000.00" beside "担保费按贷款金额
    // 的1%一次性收取".
    if (kind === 'fee-rate-monthly' && !/[月日天年期]/.test(compactText(label + valueText))) {
      const name = /[\u4e00-\u9fa5]{1,6}费/.exec(compactText(label))?.[0];
      const once = (t: string): boolean =>
        name !== undefined &&
        t.includes(name) &&
        /一次性|一次收取|趸交/.test(t) &&
        !/每月|每期|按月|按期/.test(t);
      if (view.sentences.some((x) => once(compactText(x.text)))) return;
      // (…or in a field of its own: "手续费收取方式 | 起租日一次性收取".)
      if (view.facts.some((f) => once(compactText(`${f.key}${f.value}`)))) return;
    }
    // …or by its own arithmetic: "分期服务费为分期金额的3%，共 1,080.00 元" beside "分期金额
    // 36,000.00 元" — the share comes to its total once, 36,000 × 3%, so no month is in it. (The
    // 期 of 分期 names no period.)
    if (
      kind === 'fee-rate-monthly' &&
      !/[月日天年]|每期|按期|期费率/.test(compactText(label + valueText)) &&
      sharePaidOnce(
        view,
        compactText(raw.blocks[block]?.text ?? ''),
        compactText(valueText),
        parsed.value,
      )
    )
      return;
    const inOption = blk ? unselectedOptionTexts.some((t) => t.includes(blk.text)) : false;
    if (inOption || (fromPair && cardBlocks.has(block))) context = 'other-option';
    // (A chosen tab that holds a whole form — "添加借贷记录 选择朋友 … 交易说明 …月息4分…" — is no
    // chip: its prose states the loan.)
    if (blk && selectedOptionTexts.some((t) => t.length <= 80 && t.includes(blk.text)) && !fromPair)
      return;
    const rate: StatedRate = {
      label: rateLabel(label),
      kind,
      value: parsed.value,
      valueText: compactText(valueText),
      source: {
        text: blk?.text ?? valueText,
        locator: blk?.locator ?? '',
        finePrint: blk?.finePrint ?? false,
      },
      ...(blk ? { prominence: { fontSize: blk.fontSize, y: blk.y } } : {}),
      ...(context ? { context } : {}),
    };
    found.push({ rate, block, fontSize: blk?.fontSize ?? 0, y: blk?.y ?? 0 });
  };

  // The runs read as a labelled figure, and the figure read there.
  const readBlocks = new Map<number, string>();
  for (const f of view.facts) {
    // "借款利息 [10] %": a bare figure whose percent sign is the run after it.
    // …or whose label carries the unit: "日利率(%) 0.06", "折合年化（%） 10.95".
    const bare = /^\s*\d+(?:\.\d+)?\s*$/.test(f.value);
    // …or an annual rate written with no sign at all ("年化利率 14.8"): a year's rate is a percentage.
    // "利率(%年）10.8000", "日利率(%/天) 0.05": the label's unit names the period too.
    const labelUnit = LABEL_UNIT.exec(f.label.trim().replace(/[:：]$/, ''));
    const unit =
      bare &&
      (/^\S+\s*[%‰]/.test(f.near.trim()) ||
        labelUnit !== null ||
        (/年化|年利率/.test(f.key) &&
          new Decimal(f.value.trim()).gte(1) &&
          new Decimal(f.value.trim()).lte(60)));
    const per = labelUnit?.[1] ?? labelUnit?.[3];
    const sign = labelUnit?.[2] ?? '%';
    // "每期手续费率 | 按分期金额计算，每期 ¥31.20 | 0.65%", "利息 | 本订单不收取利息 | 0%": a note
    // for the value, and the rate alone on the run after it.
    const near = normalizeText(f.near);
    const after = near.startsWith(f.value) ? near.slice(f.value.length).trim() : '';
    const noted = !/[%‰]|分之/.test(f.value) && /^\d+(?:\.\d+)?\s*[%‰]$/.test(after);
    const value = unit
      ? `${f.value.trim()}${sign}${per ? `/${per === '天' ? '日' : per.replace('化', '')}` : ''}`
      : noted
        ? after
        : /^月(?:息|利)/.test(f.key)
          ? folkMonthly(`月息${f.value}`).slice(2)
          : f.value;
    // "利息 0%（¥0.00）": interest stated as a percentage is a rate.
    const labelled =
      RATE_LABEL.test(f.key) ||
      ((unit || /^\s*\d+(?:\.\d+)?\s*%/.test(value)) && /利息[%％]?$/.test(f.key));
    if (!labelled || !/[%‰]|分之/.test(value)) continue;
    // "借款利率 | 月利率 | 1.5%", "…为固定利率，月利率 | 1.5%": the rate word the value ends in names
    // the rate the run after it states.
    const named = noted
      ? /(年化利率|年利率|月利率|日利率)$/.exec(compactText(f.value))?.[1]
      : undefined;
    const label = named ?? f.label.replace(/[:：]$/, '');
    const before = found.length;
    // "利率 3.00% (1.00% x 3 个月)": the rate of a period of months, worked from a monthly rate — the
    // month's rate, where the page's own product holds (3.00 = 1.00 × 3); no year's.
    // (The working in the value's own run, or in the run after it.)
    const [, whole, inValue] = /^\s*(\d+(?:\.\d+)?)\s*%\s*(.*)$/.exec(value) ?? [];
    const worked = /^[(（]\s*(\d+(?:\.\d+)?)\s*%\s*[x×*]\s*(\d{1,2})\s*个?月\s*[)）]$/.exec(
      inValue || after,
    );
    if (worked?.[1] && worked[2] && whole && new Decimal(worked[1]).times(worked[2]).eq(whole)) {
      push(label, `${worked[1]}%/月`, f.block, true);
      if (found.length > before) readBlocks.set(f.block, f.value);
      continue;
    }
    // "分期手续费率 0.5%/期 · 年化利率 10.90%": a second rate under its own name after the first.
    // (…or a space and a note apart: "月利率 | 0.80% 年化利率（单利） 9.60%".)
    const next =
      /^(.*?[%‰](?:\/[天日月年期])?)(?:\s*[·•|｜,，;；]\s*|\s+)([\u4e00-\u9fa5]{2,8}?(?:[(（][\u4e00-\u9fa5]{1,4}[)）])?)\s*[:：]?\s*(\d+(?:\.\d+)?\s*[%‰](?:\/[天日月年期])?)\s*$/.exec(
        value,
      );
    if (next?.[1] && next[2] && next[3] && RATE_LABEL.test(next[2])) {
      push(label, next[1], f.block, true);
      push(next[2], next[3], f.block, true);
    } else push(label, value, f.block, true);
    if (found.length > before) readBlocks.set(f.block, f.value);
  }
  for (const s of view.sentences) {
    // A run read as a labelled figure is read no further — but for a second rate in the runs laid
    // out after it in one cell ("月利率 | 0.80% <em>年化利率（单利） 9.60%</em>").
    const read = readBlocks.get(s.block);
    const at = read === undefined ? 0 : s.text.indexOf(read);
    if (at < 0) continue;
    const original = read === undefined ? s.text : s.text.slice(at + read.length);
    if (read !== undefined && !/\d\s*[%‰]|分之/.test(original)) continue;
    // A full stop typed as "." ends a clause too ("…不超过24%.提示:若发生逾期…"), as long as no digit
    // follows it (a decimal point). One character for one: the quote's positions still hold.
    const text = folkMonthly(original.normalize('NFKC').replace(/\.(?!\d)/g, '。'));
    PROSE_RATE.lastIndex = 0;
    for (let m = PROSE_RATE.exec(text); m; m = PROSE_RATE.exec(text)) {
      const clauseStart = Math.max(
        ...['，', ',', '。', '；', ';'].map((c) => text.lastIndexOf(c, m.index - 1)),
      );
      // The whole clause decides: "每日按年化利率24%计收罚息" is an overdue charge, not the loan's rate.
      const clauseEnd = /[，,。；;]/.exec(text.slice(m.index + m[0].length));
      const clause = text.slice(
        clauseStart + 1,
        clauseEnd ? m.index + m[0].length + clauseEnd.index : text.length,
      );
      // A gloss in brackets names the same rate another way ("年利率（即预期年收益率）10.8%": the
      // lenders' yield on a P2P agreement is the borrower's rate); it does not make it another one.
      // (A note in brackets after the figure says how it was set, "执行年利率4.20%（一年期LPR 3.00%加120个
      // 基点）": the benchmark it names is not the rate.)
      const noted = clause.replace(/(\d\s*[%‰])\s*[(（][^)）]*[)）]/, '$1');
      if (NOT_A_LOAN_RATE.test(withoutGloss(noted))) continue;
      // …and so does the condition before it: "罚息：按借款利率上浮50%计收，即日利率0.06%",
      // "到期未足额还款的，未还部分按日利率0.05%计收透支利息".
      const before = text.slice(0, clauseStart + 1);
      const previous = /[^，,。；;]*[，,]\s*$/.exec(before)?.[0] ?? '';
      // (…but not how the rate was set: "贷款利率在…基准利率上浮，执行年利率8.40％" is the rate the
      // loan runs at.)
      const executed =
        /^\s*执行(?:年|月|日)?利率/.test(clause) && !/逾期|罚息|违约|滞纳|宽限|提前/.test(previous);
      if (
        (NOT_A_LOAN_RATE.test(previous) && !executed) ||
        OVERDUE_CONDITION.test(previous + clause)
      )
        continue;
      // "年化利率7.2%起": the word after the figure makes it a marketing minimum.
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 6);
      const tail = /^\s*(?:起|以上|左右)/.test(after);
      // "年利率4.35%～7.20%": the low end of a range, whatever sentence it sits in.
      const range = /^\s*[～~至到-]\s*\d/.test(after);
      // Quote the label as the page wrote it (full-width brackets) when normalising kept the length.
      const rawLabel =
        original.length === text.length
          ? original.substring(m.index, m.index + (m[1] ?? '').length)
          : (m[1] ?? '');
      // "借款利率为月利率0.8%": the rate word before the figure is its label.
      const word = /^(年利率|月利率|日利率)\s*/.exec(m[2] ?? '');
      // (The unit of an amount just before it is not the label's: "1,800.00 元 | 担保费率0.50%/月".)
      const own = /\d\s*$/.test(text.slice(0, m.index))
        ? rawLabel.replace(/^[元圆]\s*/, '')
        : rawLabel;
      const label = (word?.[1] ?? own)
        .replace(/^(?:借款|贷款|本合同项下借款|本合同)(?=.{3})/, '')
        .replace(/^.*(?:支付|收取|缴纳|缴付)(?=.+费)/, '')
        .replace(/为$/, '');
      // "例如年利率3.6%对应月利率0.3%", "如选择等额本金…年利率3.6%": a worked example's rate.
      // …or one the words after it call so ("月费率0.5%时的示例").
      // …or a question about it ("日利率0.05%折合年化是多少？", a help page's FAQ): asked, not stated;
      // …or a writer's own conversion of another rate ("月息1.5分…换成年利率是18%", "月息“1分”约等于年利率
      // 12%"): worked, not agreed.
      const example =
        EXAMPLE.test(text.slice(0, m.index + m[0].length)) ||
        /(?:换成|换算成|算成|折算成|等于)$/.test(text.slice(clauseStart + 1, m.index)) ||
        /^\s*时?的?(?:示例|举例)/.test(after) ||
        /[？?]\s*$/.test(clause);
      push(
        label,
        (m[2] ?? '').slice(word?.[0].length ?? 0),
        s.block,
        false,
        range
          ? 'range'
          : example
            ? 'example'
            : tail
              ? 'marketing-minimum'
              : (bridge && /续贷|新贷|转贷/.test(clause)) || aboutAnOldLoan(view, s.block, clause)
                ? 'other-option'
                : undefined,
      );
    }
  }
  // "平台每月按借款总额的0.5%收取借款管理费": a monthly fee named by its share of the amount lent.
  for (const s of view.sentences) {
    const t = s.text.normalize('NFKC');
    const m =
      /(?:每月|按月|每期|按期)按(?:借款|贷款)?(?:本金|总额|金额|总金额)的\s*(\d+(?:\.\d+)?\s*%)\s*(?:向[^，。；]{1,8})?(?:收取|计收|支付)([\u4e00-\u9fa5]{2,8}?费)/.exec(
        t,
      );
    if (!m?.[1] || !m[2] || OVERDUE_CONDITION.test(t) || /逾期|罚息/.test(m[2])) continue;
    push(`${m[2]}率`, m[1], s.block, false);
  }
  found.push(...optionTableRates(view, unselectedOptionTexts, selectedOptionTexts));
  return dedupe(found.map((c) => c.rate));
}

/**
 * A table of options, one row per term with a radio in each ("24期 · 0.20% · 4.54%", "36期 ◉ …"):
 * the chosen row's rates are this loan's, the others' the options not taken. A table with no
 * chosen row is left alone (a comparison of products is not a loan, index.ts).
 */
function optionTableRates(view: View, unselected: string[], selected: string[]): Candidate[] {
  const out: Candidate[] = [];
  if (selected.length === 0) return out;
  const said = (texts: string[], row: string[]): boolean =>
    texts.some((t) => row.some((c) => compactText(c) === compactText(t)));
  for (const t of view.raw.tables) {
    const rows = t.rows.filter((r) => said(selected, r) || said(unselected, r));
    if (rows.length < 2 || !rows.some((r) => said(selected, r))) continue;
    t.headers.forEach((header, col) => {
      if (!RATE_LABEL.test(header) || NOT_A_LOAN_RATE.test(compactText(header))) return;
      for (const row of rows) {
        const single = parseRate(row[col] ?? '');
        if (!('value' in single)) continue;
        const kind = rateKind(header, single.value.per) ?? kindBySize(header, single.value.value);
        if (!kind) continue;
        const chosen = said(selected, row);
        out.push({
          rate: {
            label: rateLabel(header),
            kind,
            value: single.value.value,
            valueText: compactText(row[col] ?? ''),
            source: { text: row.join(' '), locator: t.locator, finePrint: t.finePrint },
            ...(chosen ? {} : { context: 'other-option' as const }),
          },
          block: -1,
          fontSize: 0,
          y: 0,
        });
      }
    });
  }
  return out;
}

/** One entry per (kind, value, context): a page repeats its headline rate. */
function dedupe(rates: StatedRate[]): StatedRate[] {
  const seen = new Map<string, StatedRate>();
  for (const r of rates) {
    const key = `${r.kind}|${r.value}|${r.context ?? ''}`;
    if (!seen.has(key)) seen.set(key, r);
  }
  // A worked example at the loan's own rate ("以借款10,000元为例：日利率万分之6") restates that rate.
  // …and so does a loose "年化5.68%" beside the page's "按照IRR方法计算的年化利率为5.68%": the
  // same figure, whose method the page names once (never a rate the page calls 单利).
  const irr = (r: StatedRate): boolean =>
    r.kind === 'annual-simple' &&
    r.context === undefined &&
    !/单利/.test(r.label + r.valueText) &&
    rates.some((o) => o.kind === 'annual-irr' && o.context === undefined && o.value === r.value);
  return [...seen.values()].filter(
    (r) =>
      !irr(r) &&
      (r.context !== 'example' ||
        !rates.some((o) => o.context === undefined && o.kind === r.kind && o.value === r.value)),
  );
}

/** Marks the annual figure the page presents as this loan's rate (lib/model/shown-rate.ts). */
export function markPrimary(rates: StatedRate[]): void {
  const presented = presentedAnnualRate(rates);
  if (presented) presented.primary = true;
}

/**
 * Of two annual rates, the one the loan's own instalments were worked at (the reading's
 * per-period check held at its monthly rate): "客户利率 7.20%" beside a funder's "资金方利率 4.35%"
 * named first. The first-named figure stays, no longer the page's rate for this loan.
 */
export function primaryByInstalments(rates: StatedRate[], checks: readonly ReadingCheck[]): void {
  const held = checks.find((k) => k.id === 'per-period-vs-method' && k.held)?.figures.rate;
  const primary = rates.find((r) => r.primary === true);
  if (held === undefined || primary === undefined || primary.kind !== 'annual-simple') return;
  // The check names the rate it held at: the annual one itself, or a 月利率 stated beside it.
  const agreed = new Decimal(held);
  const agrees = (r: StatedRate): boolean =>
    new Decimal(r.value).eq(agreed) || new Decimal(r.value).div(12).eq(agreed);
  if (agrees(primary)) return;
  const other = rates.find(
    (r) => r.kind === 'annual-simple' && r.context === undefined && agrees(r),
  );
  if (!other) return;
  delete primary.primary;
  other.primary = true;
}

/**
 * Wording of an annual rate anywhere on the page: "年利率（即预期年收益率）10.8%" in a clause, a
 * table column headed 年利率 with percentages under it, "不超过借款本金的36%/年".
 */
const RATE_LABEL_NO_UNIT =
  /^(?:年化)?(?:利率|年利率|执行利率|合同利率|贷款利率|借款利率|租赁利率)$/;

export function annualWording(view: View): string | null {
  // …or a headline figure over its caption ("10.80% +0.50% | 年利率").
  const prose =
    /(?:年化|年利率)[^%％\d。；;]{0,14}\d+(?:\.\d+)?\s*[%％]|\d+(?:\.\d+)?\s*[%％]\s*\/\s*年|\d+(?:\.\d+)?\s*[%％](?:\s*[+＋]\s*\d+(?:\.\d+)?\s*[%％])?\s*(?:年化利率|年利率)/.exec(
      view.all,
    );
  if (prose) return prose[0];
  // …or a rate label over a bare figure ("利率： 0.07800000", a lease system's stored 7.8%; "合同
  // 利率 14.400 (固定)"): a rate is there, in a unit the page does not say.
  const bare = view.facts.find(
    (f) =>
      RATE_LABEL_NO_UNIT.test(conceptKey(f.key)) && /^(?:0|[1-9]\d?)\.\d+$/.test(f.value.trim()),
  );
  if (bare) return `${bare.label} ${bare.value.trim()}`;
  // …or the investor's side of it on a P2P site's loan ("年化收益（%） 7.20", "综合收益率 12.00%"):
  // what the lenders earn is the rate the borrower pays, in a lender's words.
  const yieldShown = view.facts.find(
    (f) =>
      /^(?:年化|综合|预期年化)收益率?(?:[(（][%％][)）])?$/.test(compactText(f.key)) &&
      /^(?:0|[1-9]\d?)(?:\.\d+)?\s*[%％]?$/.test(f.value.trim()),
  );
  if (yieldShown) return `${yieldShown.label} ${yieldShown.value.trim()}`;
  for (const t of view.raw.tables) {
    const col = t.headers.findIndex((h) => /年化|年利率/.test(h));
    const cell = col < 0 ? undefined : t.rows.find((r) => /\d\s*[%％]/.test(r[col] ?? ''));
    if (cell) return `${t.headers[col] ?? ''} ${cell[col] ?? ''}`;
  }
  return null;
}

/**
 * A rate whose label names no period, which the page's own interest shows to be the whole term's:
 * a ledger's "利率 7.2%" beside 本金 80,000 and 利息 5,760 over six months (80,000 × 7.2% = 5,760,
 * where a year's 7.2% would be 2,880). Read by its size it would pass for an annual rate; it is
 * no annual rate, so it leaves the list (the page shows none).
 */
export function wholeTermRates(
  rates: readonly StatedRate[],
  principals: readonly string[],
  interests: readonly string[],
  term: Term | null,
): StatedRate[] {
  if (term === null || term.months === 12 || term.days === 365 || term.days === 360) return [];
  return rates.filter(
    (r) =>
      rateKind(r.label, null) === null &&
      !/[年月日天期]/.test(r.valueText) &&
      principals.some((p) =>
        interests.some((i) => roundCents(new Decimal(p).times(r.value)).toFixed(2) === i),
      ),
  );
}

/**
 * A rate whose label names no period, between 0.1 % and 3 % and so read by its size as a month's,
 * which the page's own interest shows to be a year's: a subsidised loan's "个人承担利率 1.50%" beside
 * 借款金额 200,000.00 over 12 months and its plan's 个人应付利息 3,000.00 (200,000 × 1.5% = 3,000,
 * where a month's 1.5% would be 36,000). It is read as a year's, as the interest bears out.
 */
export function yearlyByInterest(
  rates: StatedRate[],
  principals: readonly string[],
  interests: readonly string[],
  term: Term | null,
  repaidOnce: boolean,
): StatedRate[] {
  const months = term?.months ?? null;
  if (months === null || months <= 1) return [];
  // Over twelve instalments a year's rate and the whole term's come to the same interest ("12期总
  // 利率仅2.4%" on a car loan repaid monthly is no annual rate); repaid at once, they are one.
  if (months === 12 && !repaidOnce) return [];
  const comesTo = (r: StatedRate, perYear: boolean): boolean =>
    principals.some((p) =>
      interests.some(
        (i) =>
          roundCents(
            new Decimal(p)
              .times(r.value)
              .times(months)
              .div(perYear ? 12 : 1),
          ).toFixed(2) === new Decimal(i).toFixed(2),
      ),
    );
  const yearly = rates.filter(
    (r) =>
      r.kind === 'monthly' &&
      rateKind(r.label, null) === null &&
      !/[年月日天期]/.test(r.valueText) &&
      comesTo(r, true) &&
      !comesTo(r, false),
  );
  for (const r of yearly) r.kind = 'annual-simple';
  return yearly;
}

/**
 * Several options' annual rates under one label with nothing on the page to say which was chosen
 * ("年化利率（单利） 9.60% · 10.80% · 12.00%" on three term cards, the chosen one marked only in its
 * heading): the plan's first interest (P × rate ÷ 12) names this loan's; the others are other
 * options. Left alone unless exactly one agrees; says whether any rate was set aside.
 */
export function ratesOfOtherOptions(
  rates: StatedRate[],
  principal: string | null,
  firstInterest: string | undefined,
): boolean {
  if (principal === null || firstInterest === undefined) return false;
  let changed = false;
  const annual = rates.filter((r) => r.context === undefined && r.kind === 'annual-simple');
  const labels = [...new Set(annual.map((r) => compactText(r.label)))];
  for (const label of labels) {
    const same = annual.filter((r) => compactText(r.label) === label);
    if (new Set(same.map((r) => r.value)).size < 2) continue;
    const agree = same.filter(
      (r) =>
        roundCents(new Decimal(principal).times(r.value).div(12)).toFixed(2) ===
        new Decimal(firstInterest).toFixed(2),
    );
    if (agree.length !== 1) continue;
    for (const r of same) {
      if (r === agree[0]) continue;
      r.context = 'other-option';
      changed = true;
    }
  }
  // The primary figure is chosen again among what is left.
  if (changed) for (const r of rates) delete r.primary;
  return changed;
}

/**
 * "用款前30天日利率为万分之5；超过30天的部分日利率为万分之7" on a loan of 30 days: the tier past the
 * term is never charged, a rate of another case than this loan's.
 */
export function markTiersNotReached(
  rates: StatedRate[],
  days: number | null,
  months: number | null = null,
): void {
  for (const r of rates) {
    const text = compactText(r.source?.text ?? '');
    const at = text.indexOf(compactText(r.valueText));
    const before = at > 0 ? text.slice(0, at) : '';
    const tier = /(?:超过|超出|满)\s*(\d{1,3})\s*天(?:的部分|以上|后)?[^，。；]{0,12}$/.exec(
      before,
    );
    if (days !== null && tier?.[1] && days <= Number(tier[1]) && r.context === undefined)
      r.context = 'other-option';
    if (r.context === undefined && quotedForAnotherTerm(before, months)) r.context = 'other-option';
  }
}

/**
 * "12期每期手续费率0.40%、36期每期手续费率0.50%" under a plan of 24: the rate after `before` (the
 * text up to its figure) is another term's.
 */
export function quotedForAnotherTerm(before: string, months: number | null): boolean {
  const term = /(?:^|[，,、；;。])(\d{1,3})期(?:每期)?[\u4e00-\u9fa5]{0,6}率$/.exec(before);
  return months !== null && term?.[1] !== undefined && Number(term[1]) !== months;
}
