/**
 * Who lends: a named licensed lender (by its legal suffix: 银行, 消费金融, 小额贷款), a private
 * person on an IOU (借条, 出借人), or only a platform brand ("资金由合作机构提供": platform-
 * unspecified). A guarantee or insurance company named on the page is not the lender.
 */
import { classifyLender } from '@/lib/model/lender';
import type { LenderInfo, LenderType } from '@/lib/model/terms';
import { compactText } from '@/lib/parse/normalize';
import type { View } from './facts';
import { CASH_ADVANCE } from './lexicon';

/** Each licensed kind by the words its legal name ends in. */
const LICENSED_KINDS: [RegExp, LenderType][] = [
  [/消费金融(?:股份)?有限公司|消费金融公司/, 'consumer-finance'],
  // An auto-finance company is a non-bank financial institution licensed as a consumer-finance
  // company is (汽车金融公司管理办法), under the same lines; LenderType has no value of its own.
  [/汽车金融(?:股份)?有限公司/, 'consumer-finance'],
  [/小额贷款(?:股份)?有限公司|小额贷款公司/, 'small-loan'],
  // A rural credit cooperative is a banking institution (银行业监督管理法第二条), under a bank's lines.
  // …and so is a rural mutual fund cooperative (农村资金互助社管理暂行规定第二条), licensed by the
  // banking regulator.
  [/信用合作联社|农村信用社|信用社|资金互助社/, 'bank'],
  // (A foreign bank's Chinese subsidiary: "汇丰银行（中国）有限公司".)
  [/银行(?:[（(]中国[)）])?(?:股份有限公司|有限责任公司|有限公司)?/, 'bank'],
  // A pawnshop lends on its ticket (典当管理办法第三条); licensed locally, as a small-loan company is.
  // (…not the trade: "典当行业统一当票" names no pawnshop.)
  [/典当(?:有限责任公司|(?:股份)?有限公司|行(?!业))/, 'small-loan'],
];
/** A licensed lender's name: up to twenty characters of its own before the kind. */
const LICENSED: [RegExp, LenderType][] = LICENSED_KINDS.map(([kind, type]) => [
  new RegExp(`[\\u4e00-\\u9fa5]{2,20}?(?:${kind.source})`),
  type,
]);
// (Not a way of paying out: "放款方式 银行转账（建设银行 尾号6217）".)
const LENDER_LABEL =
  /^(?:贷款人|典当行|典当机构|资金方(?!式)|垫资方(?!式)|垫资机构|融出方(?!式)|出借人|出借方(?!式)|出借单位|借出单位|出借机构|放款机构|贷款机构|资金提供方|出资方(?!式)|放款方(?!式)|放款人|(?:贷款)?发放(?:人|机构)|金融(?:平台|机构)|(?:贷款|贷款发放)银行|甲方|贷款人（甲方）)/;
/** A lender's label whose value may be any company, licensed or not. */
const COMPANY_LENDER_LABEL = /^(?:出借人|出借方|出借单位|借出单位|赊销方|赊销人|赊销单位|赊购方)$/;
const COMPANY = /^[\u4e00-\u9fa5]{2,30}(?:有限(?:责任)?公司|集团)$/;
/** A shop by the words its name ends in: 经营部, 商行, 门市部, 供销社. */
const SHOP = /^[\u4e00-\u9fa5]{2,20}(?:经营部|商行|门市部|商店|农资店|合作社|供销社)$/;
/** Companies whose trade is finance (a guarantor, an insurer, a lessor, a trust, a factor): not a
 *  company lending its own money. */
const NOT_PRIVATE_COMPANY = /担保|保险|租赁|信托|保理|科技|信息|网络|金融/;
/** Words by which a page says the money comes from someone it does not name (山西监管局 2025-10-20). */
const HIDING_WORDS =
  /(?:资金|借款服务|贷款服务|借款|贷款)由[^，。；,;]{0,10}?合作(?:机构|方|伙伴|银行|金融机构)提供|(?:放款|资金)(?:机构|方)[^，。；,;以]{0,6}以[^，。；,;]{0,12}为准/;
/** A card written with its last digits ("招商银行【6217】", "工商银行(尾号5519)"): an account. */
const CARD_WITH_DIGITS = /银行\s*[(（【[]\s*(?:尾号)?\d{4}\s*[)）】\]]/;
/**
 * The borrower's own account: "还款银行卡 招商银行(尾号1234)", "到账银行", "收款账户". A bank named
 * there is where the money goes or comes from, not who lends it.
 */
const BORROWER_ACCOUNT = new RegExp(
  String.raw`还款(?:银行)?卡|承兑(?:银行|行)|付款(?:银行|账户)|还款银行|提现(?:银行|卡)|还款账户|扣款(?:银行|账户|卡)|到账(?:银行|账户|卡)|收款(?:银行|账户|卡)|放款(?:账户|卡)|银行卡|储蓄卡|借记卡|信用卡|开户(?:行|银行)|开卡(?:行|银行)|绑定|尾号|卡号|提款卡|\*{3,}\s*\d{4}|账号|${CARD_WITH_DIGITS.source}|所属银行|发卡(?:行|银行)|^银行名称$`,
);
// (…and the words of a back office's menus and a record's states: "项目状态", "返回", "贷款进度",
// "待放款", "划扣", "贷后", "租约管理", "分期查询", "续期费用", "消费分期" are no one's name; nor is a
// section's bare heading, "融资", "贷款".)
const GENERIC_PAGE_WORDS =
  /账户|借款|借出|出借|还款|方案|详情|信息|确认|收银台|合同|申请|账单|网上银行|营业厅|签约|提交|订单|结果|成功|计划|提款|提现|我要|首页|主页|预览|协议|列表|记录|账本|明细|查看|已办|待办|结清|待还|我的|个人中心|会员中心|状态|返回|进度|查询|审核|审批|放款|划扣|借入|贷后|贷前|费用|金额|货款|管理|测算|试算|打印|录入|赎回|^(?:消费|信用卡|现金|账单)分期$|^(?:融资|贷款|分期)$/;

/** Words that name a page of a site rather than its line of business. */
const PAGE_NAME =
  /确认|详情|申请|列表|记录|账单|计划|结果|成功|提交|订单|首页|明细|合同|协议|方案|收银台/;

/** The party that matched lender and borrower on a platform (居间服务人, 丙方（居间服务方）, 平台方), or
 * the company a premium is paid in instalments through (分期服务方, 分期机构). */
const BROKER_LABEL =
  /^(?:[甲乙丙丁]方[（(])?(?:居间(?:服务)?(?:人|方)|平台(?:方|运营方)|(?:线上)?平台名称|网络借贷信息中介(?:机构|平台)|分期(?:服务)?(?:方|机构|商|提供方))[)）]?$/;

/**
 * Regulators and the central bank are named on lending pages, but never lend; nor does the
 * interbank centre that publishes the LPR ("当前1年期LPR为3.00%（全国银行间同业拆借中心公布）").
 */
const NOT_A_LENDER =
  /中国人民银行|人民银行|银保监|金融监管|证监会|银行业协会|全国银行间同业拆借中心/g;

/**
 * Words that make a "…银行" a kind of lender or a role, not a name: "代收的利息归银行",
 * "通过第三方存管银行", "银行、信托等资金方", where the money goes ("再允许借款人提现至其银行账户"), or
 * the bank's site the page is on ("个人网上银行", "手机银行"), or what a note was copied from
 * ("数字都是照着银行 App 抄的"), or a bank a writer only points at ("另一家银行车贷广告上的…",
 * "某银行"), or a kind of lender praised ("资金由持牌消费金融公司提供"). A doubled 某 is the usual
 * mask of one lender's name ("放款机构 某某网络小额贷款有限公司" on a notice or a judgment): a name.
 */
// (…nor a document the borrower brings: "近3个月工资卡银行流水" names no bank; nor a broker's
// "熟悉本地银行与持牌机构产品", "对接各大银行".)
const NOT_A_NAME =
  /个月|工资卡|流水|网上|手机|的|归|等|和|或|及|存管|第三方|合作(?!银行)|授权|通过|资金|利息|指定|相关|各家|其他|至|其|允许|提现|借款人|转入|划转|汇入|存入|照着|按照|依照|参照|对照|根据|核对|预约|前往|另一|另外|这家|那家|别家|哪家|每家|(?<!某)某(?!某)|任何|同一|持牌|正规|合规|本地|当地|各大|多家|熟悉|国有|具体|选择|了/;

// (…and a checkout's "分期银行：" or "发卡银行" over the banks to pick among.)
const ROLE_BANK =
  /^(?:贷款|放款|发放|收款|付款|还款|开户|受托|经办|委托|结算|托管|代扣|代收|合作|贷款发放|签约|分期|发卡)银行$/;

function licensed(raw: string): { name: string; type: LenderType } | null {
  const text = raw.replace(NOT_A_LENDER, '，');
  for (const [re, type] of LICENSED) {
    for (const m of text.matchAll(new RegExp(re.source, `${re.flags.replace('g', '')}g`))) {
      // "贷款机构银杏消费金融有限公司" (label and value in one run): the role is not the name.
      // "推送鹭江农村商业银行审批", "推荐给…": where an application is sent is cut off too.
      let name = afterJoiningWord(m[0]).replace(
        // (…or a card's heading before it: "借款信息 沐岚消费金融有限公司".)
        /^.*(?:贷款机构|贷款人|资金方|出借人|出借方|债权人|放款机构|资金提供方|出资方|放款方|合作机构|(?:经|承)?办机构|(?:受理|办理)机构|(?:借款|贷款|放款|资金)信息)/,
        '',
      );
      // "青枫微贷 青枫小额贷款有限公司" run together: the brand before the name that repeats it.
      const again = name.indexOf(name.slice(0, 2), 2);
      if (again > 0 && (KIND.exec(name.slice(again))?.index ?? 0) >= 2) name = name.slice(again);
      // "贷款银行：澄州银行", "经办银行 澄江银行": the role's own word is no bank's name (nor what is
      // left of it once a joining word is cut: "经办银行" → "办银行"); the name after it is.
      if (ROLE_BANK.test(name) || ROLE_BANK.test(m[0])) continue;
      // (The suffix is the kind's own word: 信用合作联社 holds 合作, 资金互助社 资金.)
      const stem = name.replace(/(?:股份)?有限(?:责任)?公司$|信用合作联社$|资金互助社$/, '');
      // (A name's own first two characters may hold 和: "晟和消费金融", "中和银行".)
      if (NOT_A_NAME.test(stem.slice(0, 2).replace(/和/, '') + stem.slice(2))) continue;
      // "施工款由银行直接支付给装修公司": a kind of lender, not one lender's name.
      if (/^(?:银行|典当行|小额贷款公司)$/.test(name)) continue;
      // A legal name is written with full-width brackets ("汇丰银行（中国）有限公司"), whatever the
      // page's text was normalised to.
      return { name: name.replace(/\(/g, '（').replace(/\)/g, '）'), type };
    }
  }
  return null;
}

/** The kind of lender a licensed name ends in, after the name's own words. */
const KIND = new RegExp(LICENSED_KINDS.map(([kind]) => kind.source).join('|'));

/**
 * A licensed name after the word that joins it to the sentence ("借款由和信小额贷款有限公司提供" →
 * 和信小额贷款有限公司): cut at the last such word that leaves two characters of name before the
 * kind, so a name that holds one ("晟和消费金融股份有限公司") is kept whole.
 */
function afterJoiningWord(text: string): string {
  // (…and "本公司受汀州农村商业银行股份有限公司委托": the one on whose behalf a collector writes.)
  const cuts = [...text.matchAll(/[由向为是与和及经在送荐受：:]/g)].map((x) => x.index + 1);
  for (const at of [...cuts].reverse()) {
    const rest = text.slice(at);
    if ((KIND.exec(rest)?.index ?? 0) >= 2) return rest;
  }
  // None leaves a name: a joining word among the first two characters is the name's own; any
  // later one leaves only the kind ("施工款由银行…" → 银行), which names no lender.
  const last = cuts.at(-1);
  return last === undefined || last <= 2 ? text : text.slice(last);
}

/**
 * Under a lender's label, a short name is a name: "和信小贷", "云岫小额贷款" (a small-loan company),
 * "禾新消金" (a consumer-finance company). Only there: elsewhere 小贷 is a kind of lender, not one.
 */
function labelledLender(raw: string): { name: string; type: LenderType } | null {
  const hit = licensed(raw);
  if (hit) return hit;
  const name = compactText(raw);
  if (/^[\u4e00-\u9fa5]{2,8}(?:小贷|小额贷款)$/.test(name)) return { name, type: 'small-loan' };
  if (/^[\u4e00-\u9fa5]{2,8}(?:消金|消费金融)$/.test(name))
    return { name, type: 'consumer-finance' };
  return null;
}

/** A loan's state as its card shows it beside the loan's name. */
const LOAN_STATE = /^(?:还款中|已结清|已逾期|逾期中|待还款|使用中|已放款|放款中)$/;

/** Fields naming the borrower a record is about. */
const CUSTOMER_KEY = /^(?:姓名|客户|客户姓名|借款人|借款人姓名|申请人|购买人|买家|当户)$/;

function brand(view: View): string | null {
  const blocks = view.raw.blocks;
  // "App名称 速融e贷" on a collector's case: the app the loan was taken in, not the system the
  // page belongs to (the title's "催收ONE").
  const app = view.facts.find((f) => /^(?:app|应用)名称$/i.test(compactText(f.key)));
  if (app && /^[\u4e00-\u9fa5A-Za-z0-9]{2,10}$/.test(compactText(app.value)))
    return compactText(app.value);
  // "分期服务商 融光分期", "平台名称 青禾借": the platform the page names in its own field.
  const platform = view.facts.find(
    (f) =>
      BROKER_LABEL.test(compactText(f.key)) &&
      /^[\u4e00-\u9fa5A-Za-z]{2,10}$/.test(compactText(f.value)) &&
      !GENERIC_PAGE_WORDS.test(compactText(f.value)) &&
      !/合作|机构|为准|银行$|公司$/.test(compactText(f.value)),
  );
  if (platform) return compactText(platform.value);
  // "申请产品 优米借-21天": the product an order was taken under, named for the app, less its term
  // (not a kind of loan: "个人消费贷款", "信用贷").
  const product = view.facts.find((f) => /^(?:申请|借款)产品(?:名称)?$/.test(compactText(f.key)));
  const named = compactText(product?.value ?? '').replace(
    /[-－—·(（]\s*\d+\s*(?:天|期|个月)[)）]?$/,
    '',
  );
  if (
    /^[\u4e00-\u9fa5A-Za-z0-9]{2,8}$/.test(named) &&
    !/贷款?$|借款$|分期$|信贷$|^(?:个人|信用|消费|经营|抵押)/.test(named) &&
    !GENERIC_PAGE_WORDS.test(named)
  )
    return named;
  const parts = view.raw.title
    .split(/\s*[-|·—–_]\s*/)
    .map((p) => p.trim())
    .filter(Boolean);
  // "青禾钱包管理后台": the platform, not its back office (…nor "衡川车融业务管理平台", nor a shop's
  // till, "泓景数码收银系统", nor "禾丰融后台管理系统").
  const names = parts.map((x) =>
    x.replace(/\s*(?:运营|收银|后台)?(?:管理)?(?:后台|系统)$|\s*(?:业务|运营)(?:管理)?平台$/, ''),
  );
  // "分期计划 - 林晓岚 - 泓景数码收银系统": the customer a record is titled by is no site.
  const customers = new Set(
    view.facts
      .filter((f) => CUSTOMER_KEY.test(compactText(f.key)))
      .map((f) => compactText(f.value)),
  );
  for (const [i, p] of [...names.entries()].reverse()) {
    if (p.length > 10 || GENERIC_PAGE_WORDS.test(p) || /\d/.test(p) || customers.has(p)) continue;
    // "借款申请-融资金额": a wizard's step named after the field it asks for is no site.
    if (/(?:金额|期限|利率|费率|额度|日期)$/.test(p)) continue;
    // The site's name opens a title of several parts ("栖桐周借 - 借款详情") though the page body
    // may never repeat it; another part counts only where the page says it too.
    if ((i === 0 && parts.length >= 2) || view.all.includes(compactText(p))) return p;
  }
  // "借款由闪米钱包撮合，资金方为合作持牌机构", "借款服务由速融借平台提供，资金方…以《借款合同》约定
  // 为准": the platform that matched the loan names itself. (…and "本垫资服务由驰汇车商提供", a
  // dealer's floor-plan advance.)
  for (const s of view.sentences) {
    const m =
      /(?:借款|贷款|垫资|融资|分期)(?:服务)?由([\u4e00-\u9fa5]{2,8}?)(?:平台)?(?:撮合|居间|提供)/.exec(
        compactText(s.text),
      );
    if (m?.[1] && !GENERIC_PAGE_WORDS.test(m[1]) && !/合作|机构|平台|公司|银行/.test(m[1]))
      return m[1];
    // "星橙借为您提供借款信息服务，借款资金由合作机构发放", "由鹿鸣帮帮平台先行垫付到您的银行卡":
    // the site that serves the borrower or advances the money names itself.
    const serving =
      /^([\u4e00-\u9fa5]{2,8}?)(?:平台)?为(?:您|你|用户)提供[\u4e00-\u9fa5]{0,10}?(?:借款|贷款|借贷|信贷|分期|预支)[\u4e00-\u9fa5]{0,6}?服务/.exec(
        compactText(s.text),
      ) ??
      /由([\u4e00-\u9fa5]{2,8}?)平台(?:先行)?(?:垫付|垫资|出借|放款|发放)/.exec(
        compactText(s.text),
      ) ??
      // "禾米贷为信息中介平台，出借有风险": a P2P site's own line under its pages.
      /^([\u4e00-\u9fa5]{2,8}?)(?:平台)?(?:为|是)(?:网络借贷|借贷)?(?:信息中介|撮合|居间)(?:服务)?平台/.exec(
        compactText(s.text),
      );
    if (
      serving?.[1] &&
      !GENERIC_PAGE_WORDS.test(serving[1]) &&
      !/^(?:本|我|该|此)|合作|机构|公司|银行/.test(serving[1])
    )
      return serving[1];
    // "澜川人力资源服务有限公司 提供工时预支服务": the company that says it provides the service.
    const provider =
      /^([\u4e00-\u9fa5（）()]{2,24}?有限(?:责任)?公司)提供[\u4e00-\u9fa5]{0,8}?(?:预支|借款|贷款|分期|信贷)服务$/.exec(
        compactText(s.text),
      );
    if (provider?.[1]) return provider[1];
  }
  // "速借花 | 还款中" at the head of a loan's card: the name the loan is shown under, beside its
  // state.
  for (let i = 0; i + 1 < Math.min(blocks.length, 12); i++) {
    const name = compactText(blocks[i]?.text ?? '');
    if (
      /^[\u4e00-\u9fa5]{2,8}$/.test(name) &&
      !GENERIC_PAGE_WORDS.test(name) &&
      LOAN_STATE.test(compactText(blocks[i + 1]?.text ?? ''))
    )
      return name;
  }
  // "运途宝 · 运费周转借款", "好帮手 · 小额周转": a run at the head or foot of the page naming the site
  // and its line of lending — not a heading naming the page ("极光分期 · 确认借款").
  for (const b of [...blocks.slice(0, 3), ...blocks.slice(-3)]) {
    const m = /^([\u4e00-\u9fa5]{2,6})\s*[·•|｜]\s*([\u4e00-\u9fa5]{2,10})$/.exec(b.text.trim());
    if (
      m?.[1] &&
      m[2] &&
      !GENERIC_PAGE_WORDS.test(m[1]) &&
      /借|贷|周转|分期/.test(m[2]) &&
      !PAGE_NAME.test(m[2])
    )
      return m[1];
  }
  // "速米借 · 借款编号 SM2026050600731" under a loan's card: the name its number is kept under.
  for (const b of blocks) {
    const m = /^([\u4e00-\u9fa5]{2,6})\s*[·•|｜]\s*(?:借款|贷款|借据|合同|订单)编号/.exec(
      b.text.trim(),
    );
    if (m?.[1] && !GENERIC_PAGE_WORDS.test(m[1])) return m[1];
  }
  // A borrower's post: "在“速米借”上借了5000" — the app in quotes where the money was borrowed.
  for (const s of view.sentences) {
    const m = /在[“「『"]([\u4e00-\u9fa5A-Za-z]{2,8})[”」』"](?:App|APP|app|平台)?上?借了/.exec(
      compactText(s.text),
    );
    if (m?.[1] && !GENERIC_PAGE_WORDS.test(m[1])) return m[1];
  }
  return null;
}

/** The runs that hold the borrower's own account (还款银行卡, 到账银行 …): their banks lend nothing. */
// …nor does the bank under an account's masked number ("6225 **** **** 3086 · 青屿银行江岸支行").
function accountBlocks(view: View): Set<number> {
  const blocks = view.raw.blocks;
  const underNumber = blocks.flatMap((b, i) =>
    i > 0 && /\d{4}\s*(?:\*{4}\s*){1,3}\d{4}/.test(blocks[i - 1]?.text ?? '') && /银行/.test(b.text)
      ? [i]
      : [],
  );
  // "收款银行卡 | 青禾银行 | 储蓄卡（4417）": the bank under a bare account label, or one whose value
  // is the card itself — also as a field of the account's section ("收款账户 | 银行 | 岚州农村商业银行
  // | 银行代码 | …", a back office's order detail).
  const account = (k: number): boolean =>
    /^(?:收款|到账|还款|扣款|提现|放款)(?:银行)?(?:卡|账户)$/.test(
      compactText(blocks[k]?.text ?? ''),
    );
  const fieldOfBank = (k: number): boolean =>
    /^(?:银行|开户行|开户银行|银行名称)$/.test(compactText(blocks[k]?.text ?? ''));
  // …and a card written with its last digits.
  const card = blocks.flatMap((b, i) => (CARD_WITH_DIGITS.test(b.text) ? [i] : []));
  const underLabel = blocks.flatMap((b, i) =>
    /银行/.test(b.text) && (account(i - 1) || (account(i - 2) && fieldOfBank(i - 1))) ? [i] : [],
  );
  return new Set([
    ...view.facts
      .filter(
        (f) =>
          BORROWER_ACCOUNT.test(f.key) ||
          (/银行$/.test(f.key) && /^(?:储蓄卡|借记卡|信用卡|银行卡)/.test(compactText(f.value))),
      )
      .map((f) => f.block),
    ...underNumber,
    ...card,
    ...underLabel,
  ]);
}

/** An application's list of the borrower's other debts: "其他借款 · 借款 1 · 贷款机构：澄湾银行". */
const OTHER_DEBTS_HEADING =
  /^(?:其他|其它|已有|现有|他行)(?:借款|贷款|负债|债务)(?:情况|信息|明细)?$|^负债情况$/;

/**
 * The runs under a heading of the borrower's other debts (a cooperative's loan application lists
 * "其他借款 · 借款 1 · 贷款机构：澄湾银行 · 金额：50,000.00"): the lenders named there lent those
 * debts, not the loan on the page. The section runs a dozen runs at most.
 */
function otherDebtBlocks(view: View): Set<number> {
  const out = new Set<number>();
  view.raw.blocks.forEach((b, i) => {
    if (!OTHER_DEBTS_HEADING.test(compactText(b.text).replace(/[:：]$/, ''))) return;
    for (let k = i + 1; k <= i + 12; k++) out.add(k);
  });
  return out;
}

/** A site's list of partners ("官方合作 · 澄江农商银行 · 岚溪村镇银行 · 车估通"). */
const PARTNERS_HEADING = /^(?:官方|战略)?合作(?:伙伴|机构|银行|单位|品牌)?$|^合作金融机构$/;

/**
 * The names under a site's partner list: banks and firms the site works with, none of them the
 * lender of the loan on the page (a car-pledge broker's quote over "官方合作 澄江农商银行 …").
 */
function partnerBlocks(view: View): Set<number> {
  const blocks = view.raw.blocks;
  const out = new Set<number>();
  blocks.forEach((b, i) => {
    if (!PARTNERS_HEADING.test(compactText(b.text).replace(/[:：]$/, ''))) return;
    // The short names that follow it, each on a run of its own, up to the next sentence.
    for (let j = i + 1; j < blocks.length && j <= i + 16; j++) {
      const t = compactText(blocks[j]?.text ?? '');
      if (t.length > 16 || /[，。；,;:：\d]/.test(t)) break;
      out.add(j);
    }
  });
  return out;
}

/**
 * A card instalment page speaks as the card's issuer ("沧澜银行信用卡 · 账单分期"): the bank that
 * issued the card lends the instalment. A card named with its number or as the account the
 * borrower repays from ("还款卡 招商银行信用卡 尾号1234") is the borrower's, not the lender.
 */
const CARD_ISSUER =
  /([\u4e00-\u9fa5]{2,12}?银行)(?:股份有限公司)?(?:白金|金|普|钻石|经典|标准|无限)?卡?信用卡(?:中心|部)?/;
/** A card's own instalment: the card's issuer lends it. */
const CARD_INSTALMENT = /信用卡[\u4e00-\u9fa5]{0,6}分期|账单分期|现金分期|预借现金|取现/;
/** The card's role words alone: on a cash advance the card drawn on, "尾号6618", is the issuer's. */
const ACCOUNT_ROLE = /还款|扣款|到账|收款|绑定/;
const NOT_ISSUER = new RegExp(`${ACCOUNT_ROLE.source}|尾号|卡号|\\d{4}|\\*{3,}`);

function cardIssuer(view: View): LenderInfo | null {
  const accounts = accountBlocks(view);
  const texts = [
    view.raw.title,
    ...view.sentences.filter((s) => !accounts.has(s.block)).map((s) => s.text),
  ];
  // (A cash advance, 预借现金 or 取现, is drawn on the card it names: "鹭川银行 白金信用卡（尾号6618）".)
  const advance = CASH_ADVANCE.test(view.all);
  for (const text of texts) {
    const t = compactText(text);
    const m = CARD_ISSUER.exec(t);
    if (m?.[1] && !(advance ? ACCOUNT_ROLE : NOT_ISSUER).test(t))
      // "本现金分期由鹭洲银行信用卡中心办理": the bank, not the words before it.
      return { type: 'bank', name: m[1].replace(/^.*[由向为是与和及经在]/, ''), evidence: text };
  }
  return null;
}

const PERSONAL_LEDGER = /朋友借贷|我欠别人|别人欠我|我借入|我借出|应付[(（]我欠的[)）]/;
/** Money borrowed from family or friends ("2025-10-10向表哥借36000元买车"): 民间借贷. */
const KIN_LOAN =
  /向(?:我的?)?(?:(?:表|堂)?(?:哥|姐|弟|妹)|叔叔|阿姨|舅舅|姑姑|姨妈|朋友|同学|同事|亲戚|老乡|邻居|父母|爸妈)[\u4e00-\u9fa5]{0,3}?借(?:了|款)?(?=\s*[¥￥]?\d|\s*人民币)/;
const PRIVATE_TITLE = /(?:民间|私人|个人间)借贷(?!.*(?:规定|解释|案件|新闻|法))/;

/** A person's name: two to four characters, never a column's heading ("借款金额", "年利率", a
 *  table of lenders headed "姓名 | 网站用户名 | 身份证号"), nor a party's role ("出借人 | 借款人"
 *  in a site's menu). */
const PERSON =
  /^(?![\u4e00-\u9fa5]*(?:金额|期限|利率|日期|本息|方式|详见|以下|见下|备注|编号|账号|姓名|名称|用户名|身份证))(?!(?:借款|出借|贷款|担保|保证|委托|受托|经办|联系|投资|债权|债务|代理|收款|付款)人$|[甲乙丙丁]方$|平台$)[\u4e00-\u9fa5]{2,4}$/;
// "出借人（甲方）", "出借人（以下简称甲方）": the party's gloss in brackets.
// …or the party's letter first: "甲方（出借人）", with the word 姓名 after it ("乙方（出借人）姓名"),
// or an app's own word for the party: "请求对象（出借人）".
const LENDER_PARTY =
  /^(?:[\u4e00-\u9fa5]{1,6}\s*[（(]\s*)?出借(?:人|方)[)）]?(?:[（(][^)）]{0,8}[)）])?(?:姓名)?[:：]?$/;

/**
 * The person who lends on an IOU or a private agreement: "出借人：王建国", "出借人（甲方）：孙明远",
 * an app's "出借人 | 林书远" in two elements, "今借到出借人王建国人民币…".
 */
function personLending(view: View): string | null {
  // "韩立诚 (id:30217)": a name with an account number after it (not a unit: "借款金额（元）").
  const bare = (t: string): string => compactText(t).replace(/[(（][^)）]*\d[^)）]*[)）]$/, '');
  for (const f of view.facts) {
    const v = bare(f.value);
    if (LENDER_PARTY.test(f.key) && PERSON.test(v)) return v;
    // A card that writes the name above its role ("周启航 | 出借人"), read the other way round.
    if (LENDER_PARTY.test(v) && PERSON.test(f.key)) return f.key;
    // …or the role and the name in one run, a note after them ("出借人 周立衡 | 个人出借人，由…
    // 居间撮合"): the name is the label's end.
    const named = /^出借(?:人|方)[:：]?([\u4e00-\u9fa5]{2,3})$/.exec(f.key)?.[1];
    if (named && PERSON.test(named) && /个人|自然人/.test(f.value)) return named;
  }
  const blocks = view.raw.blocks.map((b) => bare(b.text));
  // A section of its own: "出借人信息 · 姓名：孟庆川".
  for (const [i, b] of blocks.entries()) {
    if (!/^出借(?:人|方)(?:信息|资料|详情)$/.test(b)) continue;
    const name = view.facts.find((f) => f.block > i && f.block <= i + 6 && f.key === '姓名');
    if (name && PERSON.test(bare(name.value))) return bare(name.value);
  }
  // A P2P contract's parties table: "出借人：(如下表所述) | 姓名 | 用户名 | 身份证号 | 胡清远 | …", the
  // first name under its 姓名 (a company there is read by its licence, or not at all).
  for (const [i, b] of blocks.entries()) {
    if (!/^出借(?:人|方)[:：]?[(（](?:如|见)下表所?[述示列][)）]$/.test(b)) continue;
    const head = blocks.findIndex((x, j) => j > i && j <= i + 3 && x === '姓名');
    const name =
      head < 0 ? undefined : blocks.slice(head + 1, head + 9).find((x) => PERSON.test(x));
    if (name) return name;
  }
  for (let i = 0; i + 1 < blocks.length; i++) {
    // An avatar's initial between the role and the name ("出借人 | 闻 | 闻致远").
    const initial = /^[\u4e00-\u9fa5]$/.test(blocks[i + 1] ?? '');
    const next =
      (initial && blocks[i + 2]?.startsWith(blocks[i + 1] ?? '') ? blocks[i + 2] : blocks[i + 1]) ??
      '';
    if (LENDER_PARTY.test(blocks[i] ?? '') && PERSON.test(next)) return next;
    // …or a card's name over its role ("何振宇 | 出借人"), where no role stands before the name and
    // no name or other role after it (a menu's "首页 | 出借人 | 借款人" names no one).
    if (
      LENDER_PARTY.test(blocks[i + 1] ?? '') &&
      PERSON.test(blocks[i] ?? '') &&
      !GENERIC_PAGE_WORDS.test(blocks[i] ?? '') &&
      !/人$|方$/.test(blocks[i - 1] ?? '') &&
      !/人$|方$/.test(blocks[i + 2] ?? '') &&
      !PERSON.test(blocks[i + 2] ?? '')
    )
      return blocks[i] ?? null;
    // An IOU voucher drawn as "韩知远 » 借款给 » 苏晚晴": the name before the arrow lends.
    if (blocks[i] === '借款给') {
      const before = blocks
        .slice(Math.max(0, i - 3), i)
        .reverse()
        .find((b) => PERSON.test(b));
      if (before) return before;
    }
  }
  for (const s of view.sentences) {
    const t = compactText(s.text);
    const m =
      /出借(?:人|方)[)）]?(?:[（(][^)）]{0,8}[)）])?[:：]([\u4e00-\u9fa5]{2,4}?)(?=借款|乙方|[（(，,；;。·\s]|$)/.exec(
        t,
      ) ??
      /(?:今|现|兹)借到出借人([\u4e00-\u9fa5]{2,4}?)(?=人民币|现金|[（(，,])/.exec(t) ??
      // "出借人周以宁向您发起借条", "您（出借人韩子墨）出借的本笔借款".
      /出借人([\u4e00-\u9fa5]{2,4}?)(?=向您|向你|向借款人)|[（(]出借人([\u4e00-\u9fa5]{2,4})[)）]/.exec(
        t,
      ) ??
      // "乙方与出借方邵家明已于2026年4月18日签署一份《借款合同》".
      /与出借(?:人|方)([\u4e00-\u9fa5]{2,4}?)(?=已于|于\d)/.exec(t) ??
      // A paper IOU's "周立新因门店装修周转需要向韩建军今借到（人民币）…".
      /向([\u4e00-\u9fa5]{2,4}?)(?:今|现|兹)借到/.exec(t);
    const name = m?.[1] ?? m?.[2];
    // "出借人同意向借款人提供…": a verb where a name would stand names no one; nor does a kind
    // of lender ("向银行借到").
    if (name && !CLAUSE_VERB.test(name) && PERSON.test(name) && !INSTITUTION.test(name))
      return name;
  }
  return null;
}

/** A kind of lender where a person's name would stand ("向银行借到"). */
const INSTITUTION = /银行|公司|平台|机构|小贷|网贷|信用社|典当|单位/;
/** What a contract's party does, in the place its name would take ("出借人同意向借款人…"). */
const CLAUSE_VERB =
  /^(?:同意|应当?|有权|可以?|将|已经?|未|需|须|承诺|确认|按照?|根据|通过|直接|拟|不|亦|在|委托|授权|负责|保证|愿意?)/;

/** The lender the page names, typed by the one classifier (lib/model/lender.ts). */
/** "我欠 周敏": the one owed is named; or a record of the kind "应付(我欠的)" beside its 相关方. */
function owedTo(view: View): string | undefined {
  const iOwe = view.facts.some((f) => /类型$/.test(f.key) && /我欠/.test(f.value));
  // An IOU's own words: "今借到周敏人民币贰万元整" names who lent.
  const iou = /今借到([\u4e00-\u9fa5]{2,3}?)(?:[(（][^)）]*[)）])?(?:人民币|现金|[¥￥]|\d)/.exec(
    view.all,
  )?.[1];
  if (iou !== undefined && PERSON.test(iou)) return iou;
  return (
    // (…or an IOU ledger's card "我 → 何振东", the debt running from me to the one I owe.)
    view.raw.blocks
      .map((b) => /^我(?:欠|[→➜➔⇒])([\u4e00-\u9fa5]{2,3})$/.exec(compactText(b.text))?.[1])
      .find((n) => n !== undefined) ??
    (iOwe
      ? view.facts
          .filter((f) => /^(?:相关方|对方|往来方|交易对象)$/.test(f.key))
          .map(
            (f) => /^([\u4e00-\u9fa5]{2,3})(?:[(（][^)）]*[)）])?$/.exec(compactText(f.value))?.[1],
          )
          .find((n) => n !== undefined)
      : undefined)
  );
}

export function lender(view: View): LenderInfo {
  const named = namedLender(view);
  // (Read from the page's own runs, its brackets as printed: "（汀州）", not NFKC's "(汀州)".)
  const printed = view.raw.blocks.map((b) => b.text.replace(/\s+/g, '')).join('');
  const found = named.name === null ? named : { ...named, name: legalName(named.name, printed) };
  const classified = classifyLender(found);
  if (classified.type === found.type) return found;
  return { ...found, type: classified.type, evidence: classified.evidence ?? found.evidence };
}

/**
 * The company's whole name where the page also writes it: a seal's "霁川小额贷款" beside the header's
 * "霁川小额贷款有限公司", a brand "禾悦分期" beside "甲方：禾悦分期（汀州）科技有限公司". A letter to the
 * lender, or to its regulator, names it as registered. (Not across a word that joins two parties:
 * "禾悦分期与某某银行股份有限公司".)
 */
function legalName(name: string, all: string): string {
  if (/公司$|银行$|行$|社$/.test(name)) return name;
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const whole = new RegExp(
    `${escaped}(?:[(（][\u4e00-\u9fa5]{2,6}[)）])?(?:(?![与和及向由为的在或、])[\u4e00-\u9fa5]){0,6}?(?:股份)?有限(?:责任)?公司`,
  ).exec(all);
  return whole?.[0] ?? name;
}

function namedLender(view: View): LenderInfo {
  const otherDebts = otherDebtBlocks(view);
  const accounts = new Set([...accountBlocks(view), ...partnerBlocks(view), ...otherDebts]);
  // Only the clause that names the borrower's account is left out: "分期资金由鹿鸣消费金融有限公司
  // 提供，每月2日自动从绑定储蓄卡扣款" still names the lender.
  const sentences = view.sentences
    .filter((s) => !accounts.has(s.block))
    .flatMap((s) =>
      s.text
        .split(/(?<=[，,；;])/)
        .filter((c) => !BORROWER_ACCOUNT.test(compactText(c)))
        .map((text) => ({ ...s, text: text.replace(/[，,；;]$/, '') })),
    );
  for (const f of view.facts) {
    // (…but a bank with the borrower's card under it, "放款银行 广发银行 尾号 5520", is where the
    // money goes.)
    if (!LENDER_LABEL.test(f.key) || /尾号|\*{3,}\s*\d{4}/.test(f.value)) continue;
    if (otherDebts.has(f.block)) continue;
    const hit = labelledLender(f.value);
    if (hit) return { type: hit.type, name: hit.name, evidence: f.value };
  }
  // "出租方： 远通融资租赁有限公司": in a finance lease the lessor is who lends (民法典第七百三十五
  // 条: the lessor buys what the lessee chose and lets it for rent). LenderType has no kind of its
  // own for a lessor, so it is shown by name, as a platform is.
  const lessor = lessorOf(view);
  if (lessor)
    return {
      type: 'platform-unspecified',
      name: lessor.name,
      evidence: lessor.evidence,
      platform: lessor.name,
    };
  // "出借单位 鼎泰恒建设集团有限公司" on a ledger of 往来借款: a company with no lender's licence
  // lending its own money lends as a private lender does (民间借贷规定第一条: 法人之间), under the
  // 4×LPR line.
  for (const f of view.facts) {
    if (!COMPANY_LENDER_LABEL.test(compactText(f.key))) continue;
    // (…or a shop that sells on credit, "赊销方 禾沃农资经营部（个体工商户）": a seller's deferred price
    // with interest is money lent as any private lender lends it.)
    const name = compactText(f.value).replace(/[(（][^)）]*[)）]$/, '');
    const shop = /^赊[销购]/.test(compactText(f.key)) && SHOP.test(name);
    if ((COMPANY.test(name) || shop) && !NOT_PRIVATE_COMPANY.test(name))
      return { type: 'private', name, evidence: `${f.key} ${f.value}` };
  }
  // "发卡行 沣溪银行股份有限公司" on a card's own instalment (信用卡购车分期, 账单分期, 现金分期): the
  // bank that issued the card lends the instalment. Elsewhere, or with a card's number beside it,
  // 发卡行 is the bank of the borrower's card (BORROWER_ACCOUNT).
  if (CARD_INSTALMENT.test(view.all))
    for (const f of view.facts) {
      if (!/^发卡(?:行|银行)$/.test(compactText(f.key)) || /尾号|\d{4}|\*{3,}/.test(f.value))
        continue;
      const hit = licensed(f.value);
      if (hit?.type === 'bank') return { type: hit.type, name: hit.name, evidence: f.value };
    }
  // A role on a run of its own, its name in the next ("贷款发放人 | 和信小贷"), when the layout
  // paired the name with something else.
  const blocks = view.raw.blocks;
  for (let i = 0; i + 1 < blocks.length; i++) {
    const label = compactText(blocks[i]?.text ?? '').replace(/[:：]$/, '');
    const next = blocks[i + 1]?.text ?? '';
    if (!LENDER_LABEL.test(label) || label.length > 8 || /尾号|\*{3,}\s*\d{4}/.test(next)) continue;
    if (otherDebts.has(i)) continue;
    const hit = labelledLender(next);
    if (hit) return { type: hit.type, name: hit.name, evidence: `${label} ${hit.name}` };
  }
  for (const s of sentences) {
    const t = compactText(s.text);
    const m = /(?:贷款人|资金方|出借人)[（(]?[甲乙]?方?[)）]?[:：]([^，。；\s]+)/.exec(t);
    // "借款机构 澄源消费金融，合同约定…": a role in running text and the short name after it.
    const role = /(?:借款|贷款|放款)机构[:：]?([\u4e00-\u9fa5]{2,14}?)(?=[，。；,;]|$)/.exec(t);
    const hit = (m?.[1] ? licensed(m[1]) : null) ?? (role?.[1] ? labelledLender(role[1]) : null);
    if (hit) return { type: hit.type, name: hit.name, evidence: s.text };
  }
  const iou = /借条|欠条|今借到/.test(view.all);
  const person = personLending(view);
  // A page that calls itself a record of private lending ("个人账本（民间借贷记账）"): the deals
  // on it are between persons; a page quoting the 民间借贷规定 is not one.
  const titled = PRIVATE_TITLE.test(view.raw.title) ? view.raw.title : null;
  if (iou || titled !== null || (person !== null && !/公司|银行|机构/.test(person))) {
    const evidence = iou ? '借条' : (titled ?? `出借人 ${person ?? ''}`);
    return { type: 'private', name: person ?? owedTo(view) ?? null, evidence };
  }
  for (const s of sentences) {
    const t = compactText(s.text);
    if (/融资担保|保险股份|担保有限公司/.test(t) && !/消费金融|小额贷款|银行/.test(t)) continue;
    const hit = licensed(
      t.replace(/[\u4e00-\u9fa5]*(?:融资担保|保险)[\u4e00-\u9fa5]*有限公司/g, ''),
    );
    if (hit) return { type: hit.type, name: hit.name, evidence: s.text };
  }
  // A person's own ledger of money between friends ("朋友借贷 · 我借入", "别人欠我 · 我欠别人"),
  // naming no institution that lends: the lender is a person (民间借贷).
  const ledger = PERSONAL_LEDGER.exec(view.all)?.[0] ?? KIN_LOAN.exec(view.all)?.[0];
  const owed = owedTo(view);
  if (ledger !== undefined || owed !== undefined)
    return {
      type: 'private',
      name: owed ?? null,
      evidence: owed ? `我欠 ${owed}` : (ledger ?? ''),
    };
  const employer = employerLending(view);
  if (employer) return employer;
  const issuer = cardIssuer(view);
  if (issuer) return issuer;
  // "居间服务人：澜江融信信息服务有限公司" on a P2P agreement whose lenders are its users: the
  // platform that matched them is who the borrower deals with.
  const broker = view.facts.find(
    (f) => BROKER_LABEL.test(f.key) && /公司$/.test(compactText(f.value)),
  );
  const b = broker ? compactText(broker.value) : brand(view);
  // "消息中心 - 青岚银行": a licensed lender's own site, its name in the title alone (its messages
  // name it only beside the borrower's account number).
  const own = broker ? null : b !== null ? licensed(b) : null;
  if (own) return { type: own.type, name: own.name, evidence: view.raw.title };
  const hiding = view.sentences.find((s) => HIDING_WORDS.test(compactText(s.text)))?.text ?? null;
  const hiddenBy = hiding === null ? {} : { hiddenBy: hiding };
  return b
    ? { type: 'platform-unspecified', name: b, evidence: null, platform: b, ...hiddenBy }
    : { type: 'unknown', name: null, evidence: null, ...hiddenBy };
}

/** A loan a company makes its own staff, repaid out of their pay. */
const STAFF_LOAN =
  /员工(?:互助)?借款|职工(?:互助)?借款|员工借支|工资预支|预支工资|工资(?:代扣|扣款|扣还|扣回)|(?:工资|薪资|薪水)中(?:一次)?(?:代扣|扣还|扣回|扣除|扣款)|发薪(?:日|时)[^，。；]{0,8}(?:代扣|扣还|扣回|扣款)/;

/**
 * "员工借款申请（苏州霁川精密机械有限公司）… 工资代扣": a company lending to its own employee, repaid
 * from pay. A loan between a legal person and a natural person is private lending (民间借贷规定第一
 * 条), under the 4×LPR line; the company is named on its own (a header, a field, a bracket).
 */
function employerLending(view: View): LenderInfo | null {
  const said = STAFF_LOAN.exec(view.all)?.[0];
  if (said === undefined) return null;
  for (const b of view.raw.blocks) {
    for (const part of b.text.split(/[\s·|()（）【】[\]:：，,>/\\]+/)) {
      const name = compactText(part);
      // (Any trade but finance's: a 科技 or 信息 company pays its own staff too.)
      if (!COMPANY.test(name) || /担保|保险|租赁|信托|保理|金融/.test(name) || KIND.test(name))
        continue;
      return { type: 'private', name, evidence: `${name} · ${said}` };
    }
  }
  return null;
}

const LESSOR_LABEL = /^(?:[甲乙]方[（(])?出租(?:人|方)[)）]?(?:[（(][甲乙]方[)）])?[:：]?$/;
const LEASING_COMPANY =
  /[\u4e00-\u9fa5]{2,16}?融资租赁(?:[（(][\u4e00-\u9fa5]{2,4}[)）])?(?:股份)?有限(?:责任)?公司/;

/** The lessor a finance lease names under 出租人 / 出租方, in a field, the run after it, or a clause. */
function lessorOf(view: View): { name: string; evidence: string } | null {
  const found = lessorNamed(view);
  if (!found) return null;
  // The name as the page prints it ("（天津）"), not as the reader's facts normalised it ("(天津)").
  const printed = new RegExp(
    found.name.replace(/[()（）]/g, (c) => (/[(（]/.test(c) ? '[(（]' : '[)）]')),
  ).exec(view.raw.blocks.map((b) => b.text.replace(/\s+/g, '')).join('\n'));
  return { ...found, name: printed?.[0] ?? found.name };
}

function lessorNamed(view: View): { name: string; evidence: string } | null {
  for (const f of view.facts) {
    const m = LESSOR_LABEL.test(compactText(f.key))
      ? LEASING_COMPANY.exec(f.value.replace(/\s+/g, ''))
      : null;
    if (m) return { name: m[0], evidence: `${f.key} ${f.value}` };
  }
  const blocks = view.raw.blocks;
  for (let i = 0; i + 1 < blocks.length; i++) {
    if (!LESSOR_LABEL.test(compactText(blocks[i]?.text ?? ''))) continue;
    const m = LEASING_COMPANY.exec((blocks[i + 1]?.text ?? '').replace(/\s+/g, ''));
    if (m) return { name: m[0], evidence: `${blocks[i]?.text ?? ''} ${m[0]}` };
  }
  for (const x of view.sentences) {
    const t = x.text.replace(/\s+/g, '');
    const m = /出租(?:人|方)[)）]?[:：]/.exec(t);
    const name = m ? LEASING_COMPANY.exec(t.slice(m.index + m[0].length)) : null;
    if (name && name.index === 0) return { name: name[0], evidence: x.text };
    // "金融服务由 鼎衡融资租赁（天津）有限公司 提供": the lessor that provides the finance.
    const by = /(?:金融服务|融资服务|融资|资金|租赁服务)由([^，。；]{4,40}?)提供/.exec(t);
    const lessor = by?.[1] ? LEASING_COMPANY.exec(by[1]) : null;
    if (lessor && lessor.index === 0) return { name: lessor[0], evidence: x.text };
  }
  // A lease company's own system or letter, its name opening a line (the banner "远驰融资租赁有限公司
  // 业务系统", the footer "衡川融资租赁有限公司 · 内部业务系统", the seal "晟业融资租赁有限公司（盖章）"):
  // the lessor, where the page names no other.
  const opening = blocks.flatMap((b) => {
    const m = LEASING_COMPANY.exec(b.text.replace(/\s+/g, ''));
    return m?.index === 0 ? [{ name: m[0], evidence: b.text }] : [];
  });
  const first = opening[0];
  if (!first || opening.some((o) => o.name !== first.name)) return null;
  const all = [...view.all.matchAll(new RegExp(LEASING_COMPANY.source, 'g'))];
  const same = (m: string): boolean => m.normalize('NFKC').endsWith(first.name.normalize('NFKC'));
  return all.every((m) => same(m[0])) ? first : null;
}
