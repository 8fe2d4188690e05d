/**
 * Pages that are not a loan of the reader's (design.md §4): calculators, estimates, fee guides,
 * guarantees that lend nothing, settlement certificates, the reader's own savings or investments,
 * comparisons of products. Each is one decision with its reasons beside it; readTerms asks them in
 * turn and reads no terms where one says so.
 */
import type { RawExtraction } from '@/lib/model/extraction';
import type { Fee, Payment, StatedRate } from '@/lib/model/terms';
import type { Term } from '@/lib/parse/term';
import { dateTokens } from '@/lib/parse/date';
import { compactText } from '@/lib/parse/normalize';
import type { Candidates } from './candidates';
import type { View } from './facts';
import { APPLY_ACTION, conceptOf } from './lexicon';
import { leadingMoney } from './money-facts';
import { isDatedPlan } from './schedule';

type RawTable = RawExtraction['tables'][number];

/**
 * A calculator (贷款计算器, 费率计算, 车贷计算) works out what a loan would cost for the figures its
 * reader types in: it offers no loan, so no rule is checked against its sample figures. Named in
 * its title or in its own heading, the largest of the page's first runs.
 */
/** Any button that applies, confirms, pays or orders: a page with one offers something. */
const ANY_ACTION = new RegExp(`${APPLY_ACTION.source}|确认|支付|付款|提交|下单|购买`);

/**
 * A software library's documentation (a loan calculator's README: "npm install daikuan-calc",
 * "const plan = schedule({ amount: 1000000 … })", "console.log(plan.payment)"): code and its worked
 * output, nothing lent. Two runs of code at least.
 */
export function isCodeDocs(view: View): boolean {
  const code =
    /\b(?:npm|pnpm|yarn)\s+(?:install|add|i)\s|\brequire\(\s*['"]|console\.log\(|^\s*(?:const|let|import|export)\s+[\w{]|=>\s*\{|\bfunction\s*\w*\(/m;
  return view.raw.blocks.filter((b) => code.test(b.text)).length >= 2;
}

export function isCalculator(view: View): boolean {
  const { raw } = view;
  const first = raw.blocks.slice(0, 5);
  const heading = first.reduce<(typeof first)[number] | undefined>(
    (a, b) => (a === undefined || b.fontSize > a.fontSize ? b : a),
    undefined,
  );
  // "费用计算" also heads a loan's own cost sheet: a calculation is a calculator only where nothing
  // on the page pays money to the reader (到账, 立即借款).
  // (A trial's "预计到账金额" is what its example would pay, not money on its way to the reader.)
  const borrowing = /(?<!预计|预估|估算)到账|立即借款|申请借款|确认借款/.test(view.all);
  // …and so is a trial run ("贷前咨询试算打印") on a page that says it offers nothing ("不构成贷款
  // 承诺"); a bank's 试算结果 for the borrower's own application is that loan.
  const noOffer = /不构成(?:任何)?(?:贷款|借款|放款)?(?:承诺|要约)/.test(view.all);
  // A loan that was paid out (a 放款日期 with its date, a contract's number) is a loan, even on a
  // calculator site's page ("房贷计算器 - 还款详情 · 贷款银行 … 放款日期 2026-03-18").
  const paidOut =
    /合同编号/.test(view.all) ||
    view.facts.some(
      (f) => /^(?:放款|贷款发放)(?:日期|时间)$/.test(f.key) && dateTokens(f.value).length > 0,
    );
  // …and so is one customer's own sheet at a dealer ("来访登记：贺一凡 … 购车计算（只读）", "购车人
  // 邵明远"): the figures are that customer's loan, not a visitor's inputs.
  const forCustomer = view.facts.some(
    (f) =>
      /^(?:购车人|客户|客户姓名|来访登记|借款人|申请人)$/.test(f.key) &&
      isPersonName(f.value.trim().split(/\s+/)[0] ?? ''),
  );
  // …and so is a bank's answer to the reader's own application under its calculator ("转按揭月供计算器
  // … 本行审批结果 · 贷款人 溪禾银行股份有限公司 · 贷款金额 ¥680,000.00"): a lender named as a field
  // beside its approval is no visitor's trial.
  const approved =
    /审批结果|审批通过|已获批/.test(view.all) &&
    view.facts.some((f) => /^(?:贷款人|出借人|贷款银行)$/.test(f.key) && f.value.trim() !== '');
  const names = (t: string): boolean =>
    (/计算器|calculator/i.test(t) && !paidOut && !approved) ||
    (!borrowing && !forCustomer && (/计算$/.test(compactText(t)) || (noOffer && /试算/.test(t))));
  // …or a help centre's tool under a heading of its own ("常用工具 · 利息计算器 … 计算结果仅供参考，
  // 不构成借款要约").
  const tool =
    noOffer &&
    !borrowing &&
    raw.blocks.some(
      (b) =>
        /^[\u4e00-\u9fa5]{0,6}计算器$/.test(compactText(b.text)) &&
        (b.fontSize >= 16 || b.fontWeight >= 600),
    );
  // …or a form whose only action is to work something out (a "计算" or "试算" button, no way to
  // apply): the figures in its fields are the visitor's own ("贷款金额 [120] 万元 · 贷款利率 [4.1] %
  // · 计算").
  const computeOnly =
    !borrowing &&
    !paidOut &&
    raw.blocks.some((b) => /^(?:开始|立即|马上)?(?:计算|试算)$/.test(compactText(b.text))) &&
    !raw.blocks.some((b) => ANY_ACTION.test(compactText(b.text)));
  // …or a product page's trial tool ("大额资金分期试算机 … 试算结果仅供参考，实际…以最终审批结果为准 ·
  // 以此额度申请"), where nothing was applied for, approved or paid out.
  const paidNow = /审批成功|款项已(?:发出|转入|到账)|放款成功|已放款/.test(view.all);
  const trialTool =
    !borrowing &&
    !paidOut &&
    !approved &&
    !paidNow &&
    !forCustomer &&
    /仅供参考/.test(view.all) &&
    raw.blocks.some((b) => /试算(?:器|机)$/.test(compactText(b.text)));
  return (
    tool ||
    computeOnly ||
    trialTool ||
    names(raw.title) ||
    (heading !== undefined && names(heading.text))
  );
}

/**
 * A landing page's estimate ("每月还款 2543~2459 元 · 以上为估算区间，平台会根据您的信用属性，提供
 * 给您最终的借款金额、期限及费率"): the amount and term in its calculator are the visitor's inputs,
 * its only repayment figure a range it calls an estimate, and it states no rate. Nothing is offered.
 */
export function isEstimateOnly(view: View, candidates: Candidates, rates: StatedRate[]): boolean {
  const ranged = candidates.rejected.some(
    (r) => r.reason === 'enumeration' && (r.role === 'per-period' || r.role === 'total-repaid'),
  );
  return (
    ranged &&
    /估算|预估/.test(view.all) &&
    candidates['per-period'].length === 0 &&
    candidates['total-repaid'].length === 0 &&
    !rates.some((r) => r.context === undefined)
  );
}

/**
 * A guarantee that says it lends nothing ("本保函不涉及放款，展期仅延长保证责任期间", 非融资性担保):
 * read as no loan where the page states no amount lent either.
 */
// …nor does a marketplace's product page that says so ("本平台仅展示产品信息，不提供借款服务").
export function saysNothingIsLent(view: View): boolean {
  // (…not a guarantor's own name, "恒泰非融资性担保有限公司", on a sale-and-buyback it guarantees.)
  return /不涉及(?:放款|借款|贷款)|非融资性(?:担保(?!有限|股份|公司|[(（])|保函)|不提供(?:任何)?(?:借款|贷款|放款|借贷)(?:服务)?/.test(
    view.all,
  );
}

/**
 * A utility's or a phone company's bill (缴费确认, 欠费金额, 滞纳金, 分期缴清): what is owed for a
 * service, never lent, however it is split ("分3个月缴纳"). Only on a page with no word of lending
 * at all; a loan repaid through a bill-payment site still says 借款 or 贷款 somewhere.
 */
const UTILITY_BILL = /缴费|欠费|话费|电费|水费|燃气费|物业费|收费单位/g;
const LENDING_WORD = /借|贷|放款|出借|典当|融资|授信|额度/;
export function isUtilityBill(view: View): boolean {
  const marks = new Set(view.all.match(UTILITY_BILL) ?? []);
  return marks.size >= 3 && !LENDING_WORD.test(view.all);
}

/**
 * A fee guide (费用说明, 资费说明, 收费标准, 息费公示) or a help article (帮助详情, 常见问题) that names no
 * amount lent: the terms of a product in general — its tiers of rates, its overdue table, a worked
 * example "不代表您的实际借款", what 最低还款 and 循环利息 are — and no loan of the reader's to check.
 */
export function isFeeGuide(view: View): boolean {
  return [view.raw.title, ...view.raw.blocks.slice(0, 3).map((b) => b.text)].some((t) =>
    /^(?:[\u4e00-\u9fa5]{0,6}[-·|｜])?(?:(?:贷款|借款)?(?:费用|资费|收费|费率|息费)(?:说明|标准|公示|介绍)|帮助(?:详情|中心)?|常见问题|问题详情)$/.test(
      compactText(t),
    ),
  );
}

/**
 * A news or blog article ("来源：财经频道 2026-06-22 · 评论(86) · 原标题 … · 相关阅读 · 标签："): its
 * loans are worked examples for every reader ("假设贷款100万元、期限30年"), none of them the reader's.
 * Two of an article's marks, not one: a lender's page may carry a 来源 or a 标签 too.
 */
const ARTICLE_MARKS = [
  /原标题[:：]/,
  /责任编辑[:：]/,
  /来源[:：][^，。；]{1,20}?\d{4}-\d{2}-\d{2}/,
  /评论[(（]\d+[)）]/,
  /相关阅读|相关文章|延伸阅读|推荐阅读/,
  /(?:^|[。\s])标签[:：]/,
  /阅读(?:量)?[(（:：]\s*\d+/,
];

export function isArticle(view: View): boolean {
  const all = view.all.normalize('NFKC');
  return ARTICLE_MARKS.filter((m) => m.test(all)).length >= 2 && !view.raw.tables.some(isDatedPlan);
}

/**
 * A contract's sample text (协议范本, 示范文本) whose fields are blank ("借款本金 ________ 元"): the
 * terms of no loan yet — "不构成任何借款要约" — so nothing of it is checked as the reader's.
 */
export function isBlankSample(view: View): boolean {
  if (!/范本|样本|示范文本|模板预览|不构成(?:任何)?(?:借款)?要约/.test(view.all)) return false;
  // Blanks to fill ("借款金额：________元"), or fields left empty with no sum of a hundred yuan or
  // more anywhere ("利息：￥元", only the platform's own 10元 fee filled in).
  return (
    view.facts.some((f) => /^[_＿\s]{3,}(?:元)?$/.test(f.value)) ||
    !/\d{3,}(?:\.\d{1,2})?\s*元|[¥￥]\s*\d{3,}/.test(view.all.replace(/(?<=\d),(?=\d{3})/g, ''))
  );
}

/**
 * A list of products, each with its own apply button ("现金贷 最高5000 期限7天 … 去申请 ›", "丽人贷 …
 * 去申请 ›"), that names no amount lent: three or more of the same action offer several loans, not
 * one of the reader's.
 */
export function isProductList(view: View): boolean {
  const apply = new RegExp(`^(?:${APPLY_ACTION.source}|申请|借钱)\\s*[›>〉»]?$`);
  return view.raw.blocks.filter((b) => apply.test(compactText(b.text))).length >= 3;
}

/**
 * A lender's own setup of a product or a repayment scheme in its back office (还款方案管理: 方案名称 ·
 * 发布状态 已发布 · 期数 24 · 利率 1.20% · 融资最小金额 30,000.00 · 融资最大金额 300,000.00 · its fee
 * items): the terms any loan of it would carry, between the least and the most it lends; a shop's
 * setup of the instalment plans it offers at checkout (分期方案设置 · 订单金额区间 · 商户手续费 ·
 * 顾客手续费), each plan with its range of order amounts. It is
 * shown to no borrower and lends nothing, so no disclosure rule is checked on it. (A product page
 * shown to borrowers is read as one: an offer without its annual rate breaks 公告〔2021〕第3号.)
 */
const LEAST = /^(?:融资|借款|贷款|授信)?(?:最小|最低|起借)(?:融资|借款|贷款)?(?:金额|额度)$/;
const MOST = /^(?:融资|借款|贷款|授信)?(?:最大|最高)(?:融资|借款|贷款)?(?:金额|额度)$/;
const SETUP = /发布状态|取消发布|新增方案|方案名称|(?:产品|方案|费率|模块)(?:配置|设置)/;
/** A shop's setup of its instalment plans gives each plan its range ("订单金额区间 ¥100.00 至 …"). */
const RANGE = /(?:金额|额度)(?:区间|范围)$/;
export function isProductSetup(view: View): boolean {
  const has = (re: RegExp): boolean => view.facts.some((f) => re.test(f.key) && /\d/.test(f.value));
  return SETUP.test(view.all) && ((has(LEAST) && has(MOST)) || has(RANGE));
}

/**
 * A lender's certificate that a loan is paid off (结清证明: "该笔贷款的本金、利息及相关费用已全部
 * 结清…债权债务关系已经终止") names the old loan's amount and term but offers and asks nothing: no
 * rate and no plan to audit, so no terms rather than a loan with its annual rate "missing".
 */
export function isSettledCertificate(view: View, rates: StatedRate[]): boolean {
  const titled = [view.raw.title, ...view.raw.blocks.slice(0, 8).map((b) => b.text)].some((t) =>
    // (…after the lender's brand: "梓岚钱包 结清证明".)
    /^[\u4e00-\u9fa5]{0,8}?(?:贷款|借款)?结清(?:证明|证明书|确认书)$/.test(compactText(t)),
  );
  const settled = /已(?:全部)?结清|已还清|(?:债权债务|借贷)关系(?:已经?)?终止/.test(view.all);
  // …or a record of the repayments made, under a notice that the loan is settled and nothing is
  // owed ("合同…已于2026-03-18全部结清，欠款0.00元", "本息已全部结清，借款人在我司无任何欠款"): what
  // was paid, not a plan to audit — unless the page offers a loan again ("可再次借款").
  // (…said as 还清 too, "已于2026-04-18全部还清…当前待还 0.00元", or with a nothing-owed line of a
  // record: "借款已于2025-12-20结清，无待还款项", "剩余本金 ¥0.00", "当前待还: ¥0.00", "您当前无未结清
  // 借款".) A button to renew (续借) says the loan runs on; one to borrow again ("再借一笔 老用户专享
  // 日息低至0.03%") offers a new loan, none of whose terms are on the page, and "如需再次借款，请重新
  // 提交申请" in the record's note offers none.
  const paidOff =
    /已(?:于[^。；]{0,16})?全部(?:结清|还清)|(?:借款|贷款)已于[^。；]{0,16}结清/.test(view.all) &&
    /(?:无任何|再无(?:任何)?)欠款|无(?:任何)?(?:待还|未结清|未还)(?:款项|借款)|(?:欠款|待还|剩余应还|未还)(?:金额|本金|本息)?\s*[:：]?\s*(?:0(?:\.00)?\s*元|[¥￥]\s*0(?:\.00)?(?![\d.]))|剩余(?:应还)?本金[:：]?[¥￥]0(?:\.00)?(?![\d.])/.test(
      view.all,
    ) &&
    !view.raw.blocks.some(
      (b) => APPLY_ACTION.test(b.text) || (/续借/.test(b.text) && b.text.length <= 12),
    ) &&
    // …unless settling cost a charge for settling early ("提前还款违约金 427.83" on a payoff's
    // receipt) and the receipt restates the loan's plan: what the borrower paid for it is a term
    // to audit (民法典第677条), on the loan's own terms.
    !(
      view.raw.tables.some(isDatedPlan) &&
      view.facts.some(
        (f) =>
          /^提前(?:还款|结清|清偿)(?:违约金|手续费|补偿金)/.test(f.key) &&
          /[1-9]/.test(leadingMoney(f.value) ?? ''),
      )
    );
  // …or a receipt for the whole debt that voids the IOU ("今收到…归还借款本金贰万元整及利息…双方于
  // 2025年12月1日所立借条就此作废，双方再无债权债务"): what its rates were is history.
  const voided =
    /今收到|收条|收据/.test(view.all) &&
    /借条[^。；]{0,6}(?:就此|已经?|现已)作废|(?<!后[^。；]{0,12})再无(?:任何)?债权债务/.test(
      view.all,
    );
  return (
    voided ||
    paidOff ||
    (!rates.some((r) => r.context === undefined) &&
      settled &&
      titled &&
      !view.raw.tables.some(isDatedPlan))
  );
}

/**
 * A queue of other people's applications or loans (a lender's back office: "借款人：韩栖梧 · 借款金额：
 * 2000.00 元 · 放款", then "借款人：邵砚秋 · 借款金额：4500.00 元 · 放款"): two or more borrowers named
 * under one label are several loans, none of them the reader's to check.
 */
export function listsSeveralBorrowers(view: View): boolean {
  const names = new Set(
    view.facts
      .filter((f) => BORROWER_KEY.test(f.key))
      .map((f) => compactText(f.value))
      .filter(isPersonName),
  );
  // …or a back office's table with a column of them ("编号 · 状态 · 本金 · 手续费 · 姓名 · 手机"): one
  // row a borrower, where one borrower's plan repeats one name in every row.
  // (Every cell of the column a name, beside a column of what each borrowed: a form's table of
  // label | value pairs, a list of contacts, or a P2P loan's lenders with what each lent is no list
  // of loans.)
  // …unless one row is opened over the list with its own dated plan (an order list under a drawer
  // or dialog: "借款人 张**（身份证3502…）" or "借款编号：L000000212", the plan, "合计"): that
  // record is the loan read.
  const opened = view.facts.flatMap((f) => {
    const v = compactText(f.value);
    if (RECORD_KEY.test(f.key)) return [v];
    const name = BORROWER_KEY.test(f.key)
      ? /^[\u4e00-\u9fa5][\u4e00-\u9fa5*＊]{1,3}/.exec(v)
      : null;
    return name ? [name[0]] : [];
  });
  const inTable = view.raw.tables.some((t) => {
    const heads = t.headers.map(compactText);
    if (!heads.some((h) => LENT_COLUMN.test(h)) || heads.some((h) => /出借|投资|投标/.test(h)))
      return false;
    return heads.some((h, col) => {
      const cells = t.rows.map((r) => compactText(r[col] ?? '')).filter((c) => c !== '');
      // (An application's 申请人 may be the applicant's login, "qian_lu".)
      const who = (c: string): boolean => isPersonName(c) || /^[A-Za-z][\w.]{2,20}$/.test(c);
      const detailed =
        t.rows.filter((r) => r.some((c) => opened.includes(compactText(c)))).length === 1 &&
        view.raw.tables.some((p) => p !== t && isDatedPlan(p));
      return PERSON_COLUMN.test(h) && cells.every(who) && new Set(cells).size >= 2 && !detailed;
    });
  });
  return names.size >= 2 || inTable;
}

/**
 * A list of court or arbitration cases (a judgment search's results: "钟某平与罗某民间借贷纠纷…
 * 案号：（2026）岚0105民初1826号", then the next case with its own 案号): each item is someone else's
 * loan. Three or more case numbers, each under its own label — a judgment cites the first
 * instance's number in its text, a lawyer's report lists similar cases in a table.
 */
export function listsSeveralCases(view: View): boolean {
  const numbers = view.all
    .normalize('NFKC')
    .matchAll(/案号[:：]\s*(\(\s*\d{4}\s*\)[^\s号]{2,24}号)/g);
  return new Set([...numbers].map((m) => compactText(m[1] ?? ''))).size >= 3;
}

/**
 * A borrower's own tracker of several debts, each on a card of its own with what is left of it
 * ("信用卡 · 每月 ¥106.70 · 5 日 · ¥1,280.40 · 剩 12 期", "表姐 … 剩 4 期", "车贷 … 剩 27 期"): many
 * loans' balances, none of them one loan's terms. Three different counts of periods left, each
 * alone in its block — one loan's plan leaves one count.
 */
export function listsSeveralDebts(view: View): boolean {
  const left = view.raw.blocks.map(
    (b) => /^(?:剩|剩余|还剩)(\d+)期$/.exec(compactText(b.text))?.[1],
  );
  return new Set(left.filter((n) => n !== undefined)).size >= 3;
}

const BORROWER_KEY = /^(?:借款人|借款人姓名|申请人|客户姓名)$/;
const RECORD_KEY = /^(?:借款|贷款|订单|合同|借据)(?:编号|单号|号)$/;
const LENT_COLUMN = /^(?:主债权)?本金|^(?:借款|贷款|合同|借支|预支)(?:金额|本金)/;
const PERSON_COLUMN =
  /^(?:姓名|借款人(?:姓名|名称)?|客户(?:姓名|名称)?|申请人(?:姓名|名称)?|真实姓名|用户名|(?:员工|职工|会员)(?:姓名)?)$/;

/** A person's name ("韩栖梧", "邵*秋"), not a header paired with the next ("借款人 | 期数"). */
function isPersonName(v: string): boolean {
  return (
    /^[\u4e00-\u9fa5][\u4e00-\u9fa5*＊]{1,3}$/.test(v) &&
    !/[数额期率日号金费息款间型态称名人方]$/.test(v)
  );
}

/**
 * A borrower's list of loans all settled ("已结清 · 借款金额：1500元 · 借款期限：14 · 展期记录 …" three
 * times, "没有更多订单了"): each was repaid, and none is left to check. Two amounts lent or more, a
 * 已结清 for each, and no word of anything still owed.
 */
export function isSettledList(view: View): boolean {
  const lent = view.facts.filter(
    (f) => conceptOf(f.key) === 'principal' && /\d/.test(f.value),
  ).length;
  const settled = (view.all.match(/已结清|已还清/g) ?? []).length;
  return (
    lent >= 2 &&
    settled >= lent &&
    !/待还|应还|未还|还款中|逾期|剩余|本期|下期|到期日|去还款|立即还款/.test(view.all)
  );
}

/**
 * A purchase paid in full ("购车方式 现款", "付款方式 全款"): whatever finance the page quotes beside
 * it ("客户来店时咨询过按揭方案…上述方案不适用") was not taken.
 */
export function isPaidInFull(view: View): boolean {
  // "购买方式 | 全款购车 · ◉分期购车（0息）": the first of two options is no choice made.
  const notChosen = new Set(
    view.raw.controls
      .filter((c) => c.kind === 'radio' && !c.checked)
      .map((c) => compactText(c.label)),
  );
  return view.facts.some(
    (f) =>
      /^(?:购车|购买|付款|购房)方式$/.test(f.key) &&
      /^(?:现款|全款|一次性(?:全款|付款|付清))(?:购车|购买|支付)?$/.test(compactText(f.value)) &&
      !notChosen.has(compactText(f.value)),
  );
}

/**
 * An application for a credit line, not for a loan ("借款管理-额度申请": 申请类型 借款信用额度 ·
 * 申请金额 80,000.00 · 授信额度 50,000.00): the amounts are limits asked for or granted, and nothing
 * is borrowed until a loan is drawn on them; so is a line granted and not used. Only where the page
 * shows no loan drawn: no plan, no instalment, no total to repay.
 */
export function isCreditLineApplication(view: View): boolean {
  // (…or a line granted with no drawing on it: "审批额度 100,000.00 · 可用余额 100,000.00 · 暂无用款
  // 记录 · 去借款" — not a drawdown being confirmed, whose 已用额度 is still 0.00.)
  const unused =
    /暂无(?:用款|借款|支用|提款)记录/.test(view.all) &&
    /授信|审批额度|可用额度|可用余额/.test(view.all);
  const forLine =
    unused ||
    /额度申请|授信申请|提额申请|申请提额/.test(compactText(view.raw.title)) ||
    view.facts.some((f) => /^申请类型$/.test(f.key) && /额度|授信/.test(f.value));
  if (!forLine) return false;
  const drawn = view.facts.some((f) =>
    ['per-period', 'total-repaid', 'total-interest'].includes(conceptOf(f.key) ?? ''),
  );
  return !drawn && !view.raw.tables.some(isDatedPlan);
}

/**
 * An application the lender turned down ("审批结论 拒绝", "审批额度 0.00 元"): what was asked for was
 * never lent.
 */
export function isDeclined(view: View): boolean {
  return view.facts.some(
    (f) =>
      (/^(?:审批|审核|授信)(?:结论|结果|状态|意见)$/.test(f.key) &&
        /^(?:审批|审核)?(?:拒绝|未通过|不通过|驳回|已拒绝)$/.test(compactText(f.value))) ||
      (/^(?:审批|核准|授信)(?:额度|金额)$/.test(f.key) &&
        /^[¥￥]?0(?:\.0+)?元?$/.test(compactText(f.value))),
  );
}

/**
 * An employee's advance from the company (备用金, a travel advance settled against expenses:
 * "还款方式：报销冲账", 一级科目 · 二级科目): money for the employer's costs, repaid with receipts and
 * no interest — not a loan to a consumer.
 */
export function isStaffAdvance(view: View): boolean {
  return (
    /报销冲账|冲账|报销单|备用金|差旅借款|费用报销|[一二三]级科目|费用科目/.test(view.all) &&
    !/利息|利率|息费|年化|费率/.test(view.all)
  );
}

/**
 * "分期 1期 · 月供 ¥2399" on a shop's product page: one instalment of the whole price, with no
 * interest and no fee, is paying in full, not credit.
 */
export function paysInFull(
  payments: readonly Payment[],
  principal: string | null,
  term: Term | null,
  rates: readonly StatedRate[],
  fees: readonly Fee[],
): boolean {
  const [only, ...more] = payments;
  return (
    only !== undefined &&
    more.length === 0 &&
    only.amount === principal &&
    term?.periods === true &&
    term.months === 1 &&
    rates.every((r) => r.context !== undefined) &&
    fees.every((f) => f.when === 'overdue')
  );
}

/**
 * Money the reader lends, not borrows (design.md §4: deposit products are not loans): a savings or
 * wealth product ("您持有的理财产品即将到期 · 认购金额 · 业绩比较基准（年化）· 理财非存款"), or an
 * investor's own account on a lending platform (我的投资 · 投资金额 · 预期收益 · 待收款 · 收款记录),
 * or a platform's product offered to lenders (出借有风险 · 收益试算 · 起息时间 · 立即出借), or a
 * bank's deposit account.
 * Not where the page also borrows (借款金额, 应还).
 */
export function readerLends(view: View): boolean {
  const investing = new Set(
    view.all.match(
      /我的投资|投资金额|预期收益|待收款|待收本息|已收款|收款记录|回款计划|立即(?:出借|投资|加入)|(?:出借|投资)有风险|预计可得收益|收益试算|起息时间|已投笔数|投资人数|投资收益|投资编号|投资人[:：]/g,
    ) ?? [],
  );
  // (…a cooperative member's 定期投资: "投资编号 · 投资人： · 投资金额 · 投资收益表".)
  // A bank's deposit account by its own fields (存款账号 · 存期 · 转存方式 · 支取方式), whatever its
  // menu says of loans ("贷款账户查询 · 还款计划查询"): none of its fields is a loan's.
  const depositFields = view.facts.filter((f) =>
    /^(?:存期|存款账号|转存方式|支取方式|储种|存款种类|存款类型|起存金额)$/.test(f.key),
  ).length;
  const loanFields = view.facts.some((f) => /借款|贷款|还款|应还|待还|欠款/.test(f.key));
  return (
    ((/理财产品|理财非存款|认购金额|业绩比较基准|定期存款|大额存单/.test(view.all) ||
      investing.size >= 3) &&
      !/借款金额|贷款金额|借款期限|贷款期限|还款计划|应还|待还|我的借款/.test(view.all)) ||
    (depositFields >= 2 && !loanFields) ||
    offeredToLenders(view.all) ||
    fundsThePlan(view)
  );
}

/**
 * A P2P investor's account showing the loan they fund in the borrower's own columns ("我的投资金额：
 * ¥10000.00" over a plan "还款期数 · 本期应还本金 · 期初本金" whose first row opens at 10000.00): the
 * plan is their share of someone else's loan, money they get back — checked by the plan opening at
 * the very sum they put in, whatever the menu says ("我要借款").
 */
function fundsThePlan(view: View): boolean {
  const invested = view.facts
    .filter((f) => /^我的(?:投资|出借)(?:金额|本金)?$/.test(f.key))
    .map((f) => leadingMoney(f.value))
    .filter((v): v is string => v !== null);
  return view.raw.tables.some(
    (t) =>
      t.rows.length >= 3 &&
      (t.rows[0] ?? []).some((c) => {
        const v = leadingMoney(c);
        return v !== null && invested.includes(v);
      }),
  );
}

/**
 * The step where an investor commits to a project: the borrower's 借款金额 · 借款期限 · 应还本息 are on
 * it, but what the reader is doing is lending ("本次投资金额 5,000.00 · 预期收益 297.30 · 确认投资").
 * Not a project page with only its 立即投资 button: there the project's loan is read, as the
 * borrower's (an auditor's question of the platform). Not where the reader also borrows or repays.
 */
function offeredToLenders(all: string): boolean {
  const lending = new Set(
    all.match(
      /投资金额|预期收益|预计收益|预期年化|待收本息|回款计划|确认(?:投资|出借|投标)|立即(?:出借|投资|投标)|我要投资|(?:出借|投资)(?:有风险|需谨慎)|投标(?:记录|人|金额)|起投|募集(?:开始|结束)?时间|可投金额|剩余可投|出借条件|债权转让|我的出借|出借人中心|出借项目|出借金额|投资回款|收回的?金额|收益率/g,
    ) ?? [],
  );
  // (…or collects what it lent, with its return: "领取资金 · 出借金额 5,000.00 · 投资回款 5,525.00";
  // or checks a project before lending to it: "请再次核对本次出借的详情 · 您将收回的金额 57000 元".)
  const asked = /确认(?:投资|出借|投标)|本次(?:投资|出借|投标)|领取(?:资金|回款|收益)/.test(all);
  const borrowing =
    /我的借款|申请借款|确认借款|立即借款|我要借款|借款申请|立即还款|马上还款|去还款|提前还款|放款至|到账金额|实际到账|收款账户|还款账户|借款人[(（]?(?:签|盖)/.test(
      all,
    );
  return lending.size >= 3 && asked && !borrowing;
}

/** A plan's dated rows (its 合计 row has no date). */
function datedRows(plan: RawTable): number {
  return plan.rows.filter((r) => r.some((c) => dateTokens(c).length > 0)).length;
}

/**
 * A table of the terms one could have had ("其他期限参考: 6期 8.40% 8,538.69 · 12期 9.60% 4,386.50 ·
 * …", a note's "当时给的几个方案") beside the dated plan of the loan taken: one row carries the
 * instalment the plan repeats (4,386.50 in eleven of its rows), so the page says which option is in
 * force, as a ticked radio would. Checked by the page's own figures, never by its words.
 */
function inForceBelow(t: RawTable, tables: readonly RawTable[]): boolean {
  const amounts = (cells: readonly string[]): string[] =>
    cells.map(compactText).filter((c) => /^[¥￥]?\d{1,3}(?:,?\d{3})*\.\d{2}(?:元)?$/.test(c));
  const plainAmount = (c: string): string => c.replace(/[¥￥,元]/g, '');
  return tables.some((plan) => {
    if (plan === t || datedRows(plan) < 3) return false;
    const rowsWith = new Map<string, number>();
    for (const r of plan.rows)
      for (const a of new Set(amounts(r).map(plainAmount)))
        rowsWith.set(a, (rowsWith.get(a) ?? 0) + 1);
    const repeated = (a: string): boolean => (rowsWith.get(plainAmount(a)) ?? 0) >= 3;
    return t.rows.filter((r) => amounts(r).some(repeated)).length === 1;
  });
}

/**
 * A contract's price list by term ("分期付款期数（月） | 3 | 6 | 12" over "月分期手续费率 | 1% | 0.8% |
 * 0.6%") beside the loan's own term in a field ("分期期数 12期"): the line of it that applies, not
 * products to compare.
 */
function byOwnTerm(t: RawExtraction['tables'][number], facts: View['facts']): boolean {
  const own = new Set(
    facts
      .filter((f) => /期数|期限/.test(f.key))
      .map((f) => /^\s*(\d{1,3})\s*(?:期|个月|月)?/.exec(f.value)?.[1])
      .filter((n): n is string => n !== undefined),
  );
  if (own.size === 0) return false;
  const terms = (cells: readonly string[]): string[] =>
    cells.map((c) => /^\s*(\d{1,3})\s*(?:期|个月|月)?\s*$/.exec(c)?.[1] ?? '').filter(Boolean);
  // (Only a list laid on its side, terms across: a list of products down the page, each with its
  // term, may hold the term of the product being edited too.)
  const sideways = t.rows.find((r) => /期数|期限|月数/.test(r[0] ?? ''));
  const listed = sideways ? terms(sideways.slice(1)) : [];
  return listed.length >= 2 && listed.some((n) => own.has(n));
}

/**
 * A page comparing products (design.md §4: not a loan): one rate label repeated with three or more
 * different values, and no option chosen among them.
 */
export function isComparison(
  rates: StatedRate[],
  controls: RawExtraction['controls'],
  tables: RawExtraction['tables'],
  facts: View['facts'],
): boolean {
  // A chosen tab of the site's own menu ("我要买车 · 我要卖车 · ◉分期购车") picks no product: only
  // an option with a figure in it (a term, an amount, a plan) does.
  const chosen = controls.filter((c) => c.kind === 'radio' && c.checked && /\d/.test(c.label));
  // A table with a rate column holding three or more different rates or ranges, one per product —
  // unless the borrower chose one of its rows ("3期 · 1.80%" checked).
  const picked = (t: RawExtraction['tables'][number]): boolean =>
    chosen.some((c) =>
      t.rows.some((r) =>
        r.some((cell) => /\d/.test(cell) && compactText(c.label).includes(compactText(cell))),
      ),
    );
  // A fee schedule by the borrower's credit grade ("信用等级 | AA | A | … · 服务费率 | 5% | 4% | …") is
  // one platform's price list, whose line the page applies ("按您当前等级D，服务费率3.5%"), not products.
  const byGrade = (t: RawExtraction['tables'][number]): boolean =>
    [...t.headers, ...t.rows.map((r) => r[0] ?? '')].some((c) => /等级|级别/.test(c)) ||
    byOwnTerm(t, facts);
  // A plan whose rows are dated periods may show a rate per row (实时年利率 9.00%, 9.82%, …): one
  // loan's periods, not products.
  const rateColumns = tables.flatMap((t) =>
    t.headers.flatMap((h, col) =>
      /利率|费率|年化/.test(h) &&
      !/逾期|罚息/.test(h) &&
      !picked(t) &&
      !isDatedPlan(t) &&
      !byGrade(t) &&
      !inForceBelow(t, tables) &&
      // "原每月利率 3.00% · 2.50% · …": what the debts a consolidation loan clears cost before it,
      // beside the dated plan of that loan (page 2728), not products on offer.
      !(/^原/.test(compactText(h)) && tables.some((plan) => plan !== t && datedRows(plan) >= 3))
        ? [
            t.rows
              .map((r) => compactText(r[col] ?? ''))
              // "费率（%） | 1.80": the percent sign in the header.
              .filter(
                (v) => /\d\s*[%‰]/.test(v) || (/[(（]%[)）]/.test(h) && /^\d+(?:\.\d+)?$/.test(v)),
              ),
          ]
        : [],
    ),
  );
  // …or the same table turned on its side, a column per term ("期数 | 3期 | 6期 | 12期", then
  // "每期手续费率 | 0.65% | 0.62% | 0.60%"): a row of rates, one per product.
  // (Every other cell of the row a rate: a form's row of label · value pairs, "日费率 0.070% ·
  // 日利率 0.025%", is one loan's.)
  const rateRows = tables.flatMap((t) =>
    picked(t) || isDatedPlan(t) || byGrade(t) || inForceBelow(t, tables)
      ? []
      : t.rows
          .filter((r) => /利率|费率|年化/.test(r[0] ?? '') && !/逾期|罚息/.test(r[0] ?? ''))
          .map((r) =>
            r
              .slice(1)
              .map(compactText)
              .filter((v) => v !== ''),
          )
          .filter((cells) => cells.every((v) => /^\d+(?:\.\d+)?%$/.test(v))),
  );
  // …or a list with no header row of its own whose column holds only percents, one per listed
  // loan (an investors' 散标 list: "12% · 14.4% · 15%"; its header row is drawn apart).
  // Each row is a loan of its own: an amount and a term beside its rate.
  const loanRow = (r: string[]): boolean =>
    r.some((c) => /^[\d,.]+\s*(?:万)?元$/.test(compactText(c))) &&
    r.some((c) => /^\d+\s*(?:个月|天|期)$/.test(compactText(c)));
  const bare = tables.flatMap((t) =>
    t.headers.length > 0 || t.rows.length < 3 || picked(t) || !t.rows.every(loanRow)
      ? []
      : (t.rows[0] ?? []).map((_, col) => t.rows.map((r) => compactText(r[col] ?? ''))),
  );
  if (
    bare.some(
      (values) => values.every((v) => /^\d+(?:\.\d+)?%$/.test(v)) && new Set(values).size >= 3,
    )
  )
    return true;
  if ([...rateColumns, ...rateRows].some((values) => new Set(values).size >= 3)) return true;
  // Any option chosen on the page makes the rest its terms, not a comparison.
  if (chosen.length > 0) return false;
  const byLabel = new Map<string, Set<string>>();
  for (const r of rates) {
    // Product cards each with its own "年化利率12%起 · 参考利率": a floor per product is a product.
    if (r.context !== undefined && r.context !== 'marketing-minimum') continue;
    const key = compactText(r.label);
    const values = byLabel.get(key) ?? new Set<string>();
    values.add(r.value);
    byLabel.set(key, values);
  }
  // (A checkout's term options each with its rate, "分6期 · 7.20% · 分12期 · 7.50% · 分24期 · 7.80%",
  // above the dated plan of the one in force: one loan, its plan shown, not a list of products.)
  const planShown = tables.some((t) => isDatedPlan(t) && t.rows.length >= 3);
  if (!planShown && [...byLabel.values()].some((v) => v.size >= 3)) return true;
  // A form's own fields repeated in its layout are no products once anything on it is chosen.
  if (controls.some((c) => c.kind === 'radio' && c.checked)) return false;
  // A list of products, each with its own 额度 and 期限 ("额度 1000-20000元", "期限 7-30天"): one
  // product label repeated with three or more different values.
  const byProduct = new Map<string, Set<string>>();
  for (const f of facts) {
    if (!PRODUCT_LABEL.test(f.key)) continue;
    const values = byProduct.get(f.key) ?? new Set<string>();
    values.add(compactText(f.value));
    byProduct.set(f.key, values);
  }
  return [...byProduct.values()].some((v) => v.size >= 3);
}

/** What each product of a list states: its line and its term. */
const PRODUCT_LABEL = /^(?:额度|可借额度|最高额度|贷款额度|借款额度|期限|借款期限|贷款期限)$/;
