/**
 * Fees: deducted at disbursement (平台服务费 "放款时一次性扣除", fixture 03), behind a pre-ticked
 * checkbox (极速审核权益卡, 05), per period (每期担保费, 04; a fee column; a fee clause in fine
 * print, 11), overdue charges (罚息, 违约金, 逾期服务费, 10) and prepayment charges (11).
 */
import { Decimal } from '@/lib/finance/decimal';
import { sumMoney } from '@/lib/finance/money';
import type { RawControl } from '@/lib/model/extraction';
import type { Fee, Payment, PrepaymentTerms, Source } from '@/lib/model/terms';
import { dateTokens } from '@/lib/parse/date';
import { moneyTokens } from '@/lib/parse/money';
import { compactText, normalizeText } from '@/lib/parse/normalize';
import { rateTokens } from '@/lib/parse/rate';
import { type View, labelKey, sourceOf } from './facts';
import { itemsListedBelow } from './listed-below';
import { fundRecordFees } from './fund-record';
import { isPayoffPart } from './payoff-quote';
import { IN_TABLE_CELL } from './schedule';
import { isAmountRange, leadingMoney } from './money-facts';
import { CASH_ADVANCE } from './lexicon';
import { aboutAnOldLoan } from './old-loan';
import { withCaptionApart } from './table-caption';

// …and the packages sold beside a loan (贵宾服务包, 个人保障计划), charged like any fee.
// (…and a card sold with the loan: "开通极速放款卡 ¥88.00", "提额卡", "加速卡".)
// ("贷款保险: 240 元" on a back office's loan form: the loan's insurance, charged as a fee.)
const FEE_LABEL =
  /费|^(?:贷款|借款|信贷)保险$|权益|会员|保证金|意向金|保费|砍头|准备金|风险金|保障金|服务包|保障计划|(?:极速|加速|放款|提额|优先|审核)[\u4e00-\u9fa5]{0,3}卡$/;
// …nor an identifier that names a membership (乙方会员编号 700512) or an account.
// …nor a heading on how things are paid ("三、租金、保证金及房租费缴纳方式：" over its clauses).
// …nor an instalment named for what it pays ("界面设计就业班学费分期：分期本金 ¥9,600.00").
// (…nor is a charge for paying early: "提前还款手续费 50.00" on a settlement quote, prepayment().)
// …nor what a dispute costs (仲裁费用, 诉讼费, 案件受理费, 律师费): a tribunal's or a lawyer's, paid
// when the loan is fought over, never a charge of the loan.
// …nor a formula ("垫资金额 − 垫资服务费 | 295,500.00"), a clause ("占用费已于放款时预收，到期归还借款
// 本金 | 6000.00元") or a breakdown's heading (费用明细 | 5,140.49).
// …nor a phone contract's prepaid credit ("预存话费 ¥4,800 · 分24个月返还，每月200元"): calls paid
// for ahead, handed back month by month, the price of a service, not of the loan.
const NOT_A_FEE =
  /话费|[−－×÷=,，]|提前(?:还款|结清|清偿|还本|偿还|支取)|宽限|分期$|费率|利率费|试算|测算|计算|延迟还款|合计|总额|小计|利息|罚息|违约|逾期|催收|滞纳|本息|免|^无|其他费用|费用说明|费用明细|明细$|备注|示例|举例|收费说明|收费标准|计费|以上|上述|下列|如下|以下|实到|实得|到账|综合费用|总费用|费用总|公司|消费金融|消费$|银行|编号|账号|号码|卡号|编码|单号|方式$|赠送|返还|冲抵|抵扣|返现|补贴|奖励|仲裁|诉讼|受理费|律师费|保全费|运费(?!险)/;
/** "以上费用预先扣除，实到 1320.00元": one clause after a list of fees says how they are all paid. */
// …or "上述费用乙方同意丙方在向乙方交易账户拨付借款时一次性扣收": taken when the money is paid out.
const ALL_ABOVE_UPFRONT =
  /(?:以上|上述)(?:各项)?费用(?:均|都|将)?(?:于|在)?(?:放款时|放款前|预先|提前|一次性)?(?:从借款中)?(?:预先|一次性)?扣除|(?:以上|上述)(?:各项)?费用[^。；]{0,30}(?:拨付|发放|放款|划付|交付|付款)[^。；]{0,12}(?:扣除|扣收|收取)/;
/** "支付服务费人民币（大写）肆仟贰佰元，（小写）￥4,200.00": a fee to pay with its figure. */
const PAY_FEE_IN_FIGURES =
  /支付([\u4e00-\u9fa5]{1,8}?费)[^。；;]{0,30}?[¥￥]\s*([\d,]+(?:\.\d{1,2})?)/g;
/** Taken out of the money lent: "从出借人提供给甲方的借款中直接划转", "从借款中扣除". */
const FROM_LOAN =
  /费[^。]{0,40}?从[^。；]{0,20}?借款[^。；]{0,4}?中[^。；]{0,8}?(?:划转|划扣|扣除|扣收|扣取)/;
/** A card instalment's fee paid at once: "◉一次性收取", "手续费收取方式 首期收取". */
const AT_ONCE = /一次性(?:收取|支付|扣收|收)|首期(?:收取|支付)/;
/** A heading over fees paid before the money moves: "放款前您要支付", "签约当日需支付（不计入融资金额）：". */
const PAID_BEFORE_HEADING =
  /^(?:放款前|放款时|到账前|借款前|签约(?:当日|当天|时))[^。，,；;]{0,8}(?:支付|缴纳|扣除|收取|交纳)(?:以下|如下)?(?:费用)?[:：]?$/;
/**
 * Paid when the agreement is signed, before any money moves ("于借款人签署本协议时收取", "签约当日收取",
 * an extension's "于本协议签署时结清原借款期内利息…并一次性支付展期服务费"),
 * or with the order or its down payment on the page that confirms it ("今日随订单一次性支付",
 * "随首付支付", "下单时一次性支付").
 */
// (…"签约时从您的还款银行卡一次性划扣": taken from the card then.)
const AT_SIGNING =
  /(?:提车|交车)(?:时|前|当日|当天)[^，。；]{0,4}?(?:支付|付清|缴纳|交清)|签(?:约|订|署)[^，。；]{0,8}?(?:时|当日|当天)[^。；]{0,12}(?:支付|付清|缴纳|收取|另交|交纳|交清|结清|划扣|扣取|扣收|扣款)|随(?:订单|首付款?)[^，。；]{0,4}?(?:支付|付清|缴纳|交清|缴清)|(?:今日|今天)[^，。；]{0,6}一次性(?:支付|付清|缴纳)|(?:下单|提交订单|购买)(?:时|当日|当天)[^，。；]{0,4}?(?:一次性)?(?:支付|付清|缴纳)/;
/**
 * …or on the day the money starts running ("于展期起始日一次性缴纳", "于放款当日一次性收取",
 * "于收到基础合同约定的借款本金当日将服务费汇入").
 */
const AT_START =
  /于[^，。；]{0,12}?(?:起始日|开始日|起息日|生效日|放款(?:当)?日|借款(?:本金)?(?:当)?日)[^。；]{0,8}?(?:支付|付清|缴纳|交纳|收取|汇入)/;
/**
 * "请在到账后3日内（2026-04-23前）向鹿鸣助贷支付咨询服务费，金额为借款金额的4%： 1,200.00 元": a
 * broker's fee due days after the money arrives is paid out of it, as at payout (set AX's rule).
 */
const PAID_SOON_AFTER =
  /(?:放款|到账)后\s*\d{1,2}\s*个?(?:工作日|日|天)内[^。；]{0,30}?(?:支付|缴纳|交纳|转入|转账|付清|结清)/;
/** "在接到甲方放款通知前，须先付清…担保、保险费用，合计为人民币3,360.00": paid before the money comes. */
// (…or "先从您绑定的银行卡扣收贷款服务费600.00元，服务费扣收成功后，由…放款": taken first, then lent;
// or an approval's "客户已于上门评估时缴纳上门评估费800.00元": paid at a step before the loan.)
const PAID_BEFORE_PAYOUT =
  /放款(?:通知)?之?前[^。；]{0,40}?(?:须|需|应)?先?(?:付清|支付|缴纳|交纳|缴清)|先(?:从[^。；]{0,16}?)?(?:扣收|扣取|扣除|划扣|扣款)[^。；]{0,30}?(?:成功)?后[^。；]{0,16}?放款|(?:扣收|扣取|扣除|划扣|扣款|缴纳|缴费)成功后[^。；]{0,16}?放款|已于[^，。；]{0,16}?(?:评估|审核|申请|面签|验车|签约)时(?:缴纳|支付|交纳|付清)/;
// A car loan is paid to the dealer when the car is handed over: a fee "提车前一次付清" is paid then;
// so is a broker's fee due days after the money arrives ("银行放款后3个工作日内一次性支付给我司").
// A fee lent with the loan ("GPS费（计入融资额）"): owed, never received, as if taken at payout.
// A fee's own note: "已于签约当日（2026-03-25）一次性缴纳", the day's date in brackets. (Only in the
// fee's note: a clause before another's sum names its own fee — deductionClauses.)
const SIGNING_DAY_DATED =
  /签(?:约|订|署)(?:当日|当天)[(（][^)）]{0,12}[)）][^。；]{0,12}(?:支付|付清|缴纳|收取|交纳|交清|结清)/;
const UPFRONT = new RegExp(
  `^期初[\u4e00-\u9fa5]{0,6}费|(?:放款|提款|出款)时(?!间)|(?:提车|交车)(?:前|时|当日|当天)|(?:放款|到账)后\\s*\\d{1,2}\\s*个?(?:工作日|日|天)内|放款(?:通知)?前|(?:提交)?申请时(?:一次性)?(?:支付|缴纳)|放款当日|放款当天|到账当日|收到[^，。；]{0,16}?(?:借款|贷款)(?:本金)?当(?:日|天)|到账前|预先|预扣|一次性扣除|从借款中扣除|从借款金额中扣除|扣除|砍头|起租(?:日|时)|(?:计入|纳入|包含在)(?:融资额|融资金额|贷款金额|借款金额|借款本金)|${AT_SIGNING.source}|${SIGNING_DAY_DATED.source}`,
);

/** Taken with each period's repayment: "随每期还款一并扣除", "随月供收取". */
const WITH_EACH_REPAYMENT =
  /随(?:每期|每月|当期)?(?:还款|月供|本息|租金)[^，。；]{0,6}?(?:扣除|扣收|扣取|收取|支付)/;

/** Charged on applying: "提交申请将会产生", "发起借款申请时需支付", "提交申请后收取". */
const ON_APPLYING =
  /(?:提交|发起)(?:借款)?申请(?:时|后)?[^。；，,]{0,6}?(?:产生|收取|支付|缴纳|扣除|扣收|扣取)/;
/** "300元的审核费用": the figure before the fee it prices. */
const FIGURE_THEN_FEE =
  /^[^。；\d]{0,12}?([\d,]+(?:\.\d{1,2})?)\s*元(?:的)?([\u4e00-\u9fa5]{1,8}?费)/;

const FEE_BEFORE_BRACKET =
  /[¥￥]\s*([\d,]+(?:\.\d{1,2})?)\s*元?(?:的)?([\u4e00-\u9fa5]{1,8}?费)用?[(（]$/;

/** Said not to be taken at payout: "放款时不扣除", "不从借款中扣除", "无需预扣". */
const NOT_TAKEN = /(?:不|无需|无须|免)(?:从[^，。；]{0,8}中)?(?:扣除|扣收|预扣|预收)/;

/**
 * A fee the borrower pays before the money arrives ("提交借单后需先支付审核费用，审核费用支付成功后
 * 进入人工审核"; a pawn renewal's "续当须先结清上期利息，并预交本期综合费用"), or with the down
 * payment before the car or the goods are handed over ("手续费首付时一次性收取"): it comes off what
 * the loan brings in, as a deduction does.
 */
// (…"将在提现前从您绑定的银行卡扣取": before the money is drawn to the card. Not "预付垫款", the
// advance a consignment shop pays out, which is the loan itself.)
// (…"分期服务费…于签约当日在门店一次性收取": at the till, the day the lender pays the shop.)
const BEFORE_LOAN =
  /(?:需|须|要)?先(?:行)?(?:通过[\u4e00-\u9fa5]{1,6})?(?:支付|缴纳|交纳|交|付清)|(?:放款|到账|提款)(?:当日|当天|时)[^。；，,]{0,10}?另行(?:支付|缴纳|交纳|付清)|预(?:交|缴|付)(?!垫款)|(?:放款|提现|下款|出款|提款)(?:日(?:或|及)?之?)?(?:通知)?前|到账前|审核前|借款前|(?:提交|发起)(?:借款)?申请时|(?:随|与)?首付款?(?:时|一并|同时)|(?:提车|交车)(?:前|时|当日|当天)|起租日?前|签(?:约|订|署)(?:时|当日|当天)|到账后方可放款|(?:付清|缴清|结清|到账)后(?:方可|才能|再)(?:放款|起租)/;
function paidBeforeLoan(name: string, view: View): boolean {
  return view.sentences.some((s) => {
    const t = compactText(s.text);
    const at = t.indexOf(name);
    if (at < 0) return false;
    const m = BEFORE_LOAN.exec(t);
    if (m === null) return false;
    // "按揭手续费、GPS费、家访费于提车时…交清": the first of a list of fees is as near as the last.
    const between = m.index > at ? t.slice(at + name.length, m.index) : '';
    return (
      Math.abs(m.index - at) <= 12 ||
      // "按揭费用3000元由本店代办银行分期、抵押登记收取，须在提车前与首付款一并结清": the fee the
      // sentence is about, no other fee named before the time it is paid.
      // (…or its subject after the loan it belongs to: "本笔抵押贷款的抵押物评估费2,400.00…已于…提交
      // 申请时支付".)
      ((at === 0 || /^(?:本|该|此)[\u4e00-\u9fa5]{0,8}的$/.test(t.slice(0, at))) &&
        m.index - at <= 40 &&
        !/费/.test(between) &&
        !/无需|不需|无须|不用|免/.test(t.slice(at, m.index + m[0].length + 8))) ||
      /^(?:[、,，和及与][\u4e00-\u9fa5A-Za-z]{1,8}费用?)+[)）]?[，,]?(?:均|都)?(?:于|在)?(?:提车|交车|签约)?(?:时|前|当日|当天)?$/.test(
        between,
      ) ||
      // "已于起租日前向我司付清首付款220,000.00元、租赁保证金90,000.00元及租赁手续费18,000.00元":
      // the fee among what the sentence says was paid by then — in its list, not in a clause after
      // it ("为先行支付新房首付款，申请换房过桥资金…，资金占用费按借款金额每月1.00%收取").
      (m.index < at &&
        /(?:付清|支付|缴纳|交纳|交清|缴清)/.test(t.slice(m.index, at)) &&
        at - m.index <= 80 &&
        !/[。；，]|,(?!\d{3})/.test(t.slice(m.index, at)))
    );
  });
}

/**
 * "展期服务费240.00元已于2026-03-25从尾号4416的银行卡扣缴": a fee paid on a day no later than any
 * other the page names — the day the loan (or its extension) starts, before any instalment — is
 * paid before anything is repaid, as one taken at payout is.
 */
function paidOnFirstDay(name: string, view: View, first: string | undefined): boolean {
  return (
    first !== undefined &&
    view.sentences.some((s) => {
      const t = compactText(s.text).normalize('NFKC');
      const at = t.indexOf(name);
      const m = at < 0 ? null : PAID_ON.exec(t.slice(at + name.length));
      const day = m ? dateTokens(m[1] ?? '')[0]?.value : undefined;
      return day !== undefined && day === first;
    })
  );
}
const PAID_ON =
  /^\s*[\d,]+(?:\.\d{1,2})?\s*元\s*已于\s*(\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?)\s*(?:从[^。；，,]{0,16}?)?(?:扣缴|扣除|扣收|扣款|支付|缴纳|收取)/;

/** Billed with the first instalment: "随首期账单扣收", "首期还款时收取", "第一期一并扣除". */
const WITH_FIRST =
  /随(?:首期|第[1一]期)|首期账单|首期还款时|第一期(?:一并|还款时)|首月账单|与首期|第一个月的?还款日|首个还款日|第一期还款日|首期还款日|首期(?:一次性)?(?:收取|扣收|支付)/;

/** "每期担保费" → "担保费"; "保证保险费" stays. */
function feeName(label: string): string {
  return (
    labelKey(label)
      .replace(/^[一二三四五六七八九十\d]{1,3}[、.．]/, '')
      .replace(/[:：]$/, '')
      .replace(/[(（][^)）]*[)）]$/, '')
      .replace(/^(?:每期|每月|当期|月(?!付))/, '')
      // "预计服务费 798.00元": how firmly the figure holds is no part of the fee's name.
      .replace(/^(?:预计|预估)(?=.{2})/, '')
      // "支付续期费用 140.00元" on the button that pays it: the fee is 续期费用.
      .replace(/^(?:立即|确认)?(?:支付|缴纳|缴付)(?=.{2})/, '')
      // …and on the box that buys it: "开通司机优享会员 ￥299.00" is the 司机优享会员.
      .replace(/^(?:勾选)?(?:并|同意)?(?:开通|购买|加购)(?=.{2})/, '')
  );
}

/**
 * "综合服务费 160元 · 利息费用 14元 · 借款申请费用 174元": a charge the figures right above it add up
 * to, the page's own total of them, not one more fee.
 */
function sumOfFiguresAbove(view: View, k: number, amount: string): boolean {
  const above: string[] = [];
  for (let j = k - 1; j >= 0 && j >= k - 6 && above.length < 4; j--) {
    const f = view.facts[j];
    const v = f && /费|息/.test(f.key) ? leadingMoney(f.value) : null;
    // (A field with no figure between them, "支付方式 支付宝", is passed over.)
    if (v === null && f && !/\d/.test(f.value)) continue;
    if (v === null) break;
    above.push(v);
    if (above.length >= 2 && sumMoney(above) === amount) return true;
  }
  return false;
}

function payeeFor(name: string, view: View): string | undefined {
  const stem = name.replace(/费$/, '').slice(-2);
  for (const s of view.sentences) {
    const t = compactText(s.text);
    const m = new RegExp(
      `${stem}[^，。；]{0,6}由([^，。；]{2,24}?(?:公司|平台|机构))(?:收取|承保|提供)`,
    ).exec(t);
    if (m?.[1]) return m[1];
  }
  return undefined;
}

export function upfrontAndPeriodicFees(
  view: View,
  controls: RawControl[],
): { fees: Fee[]; untimed: Fee[] } {
  const fees: Fee[] = [];
  const untimed: Fee[] = [];
  const tabled = feeTableRows(view);
  // One fee shown twice (a labelled figure and a contract clause) is one fee.
  const add = (fee: Fee): void => {
    if (fees.some((f) => f.when === fee.when && f.amount === fee.amount)) return;
    if (fees.some((f) => f.when === fee.when && f.name === fee.name)) return;
    fees.push(fee);
  };
  // A card instalment's chosen way of paying its fee: "手续费收取方式 ◉一次性收取 ○分期收取". Paid
  // at once, the whole fee goes on the first bill.
  // …or a field: "手续费收取方式 首期收取" (not "放款时从分期金额中一次性扣收全部手续费": at payout).
  const feeAtOnce =
    controls.some((c) => c.kind === 'radio' && c.checked && AT_ONCE.test(c.label)) ||
    view.facts.some(
      (f) =>
        /收取方式|收费方式|扣收方式/.test(f.key) && AT_ONCE.test(f.value) && !UPFRONT.test(f.value),
    );
  // "手续费扣取方式：放款时按代还金额的3.00%一次性从代还金额中扣除": that fee is taken at payout.
  // (…and a back office's "手续费支付方式 贷前扣除".)
  const takenAtPayout = view.facts
    .filter((f) => /(?:收取|扣取|扣收|收费|支付)方式$/.test(f.key) && UPFRONT.test(f.value))
    .map((f) => f.key.replace(/(?:收取|扣取|扣收|收费|支付)方式$/, ''))
    .filter((stem) => stem.length >= 2);
  const allAbove = view.sentences.find((x) => ALL_ABOVE_UPFRONT.test(compactText(x.text)));
  // The first day the page names (paidOnFirstDay).
  const firstDay = dateTokens(view.all.normalize('NFKC'))
    .map((d) => d.value)
    .sort()[0];
  // …or a heading above them: "放款前您要支付 · 担保费6000元 · 居间费10000元".
  // (A fee table's cell "放款时扣除" is its own row's way of charging, no heading over the rows below.)
  const headingAbove = view.sentences.find(
    (x) => PAID_BEFORE_HEADING.test(compactText(x.text)) && !IN_TABLE_CELL.test(x.source.locator),
  );
  // A fee inside an option the borrower did not choose ("3期（￥818.40/期） 手续费：￥18.40/期" beside
  // the chosen 6期) is that option's, not this loan's.
  const radios = controls.filter((c) => c.kind === 'radio');
  const notChosen = (block: number): boolean => {
    const text = view.raw.blocks[block]?.text.trim() ?? '';
    if (text === '') return false;
    const holders = radios.filter((c) => c.label.includes(text));
    return holders.length > 0 && holders.every((c) => !c.checked);
  };
  for (const [k, f] of view.facts.entries()) {
    if (notChosen(f.block)) continue;
    // "每月还款（含担保费）" is an instalment that includes a fee, not the fee.
    const named = f.key.replace(/[(（][^)）]*[)）]/g, '');
    // A pawn's 综合费用 is its one fee (典当管理办法第三十八条: 综合费用包括各种服务及管理费用),
    // not a sum of the fees above it.
    const pawnFee =
      /^(?:续当|典当|本期|当期)?综合费用$/.test(named) && /当金|当票|典当/.test(view.all);
    // …and so is a cash loan's 综合费用 where the page names no other fee with an amount ("借款金额
    // 20000.00元 · 综合费用 600.00元 · 到账金额 19400.00元"): there is nothing for it to sum.
    const onlyFee =
      /^综合费用$/.test(named) &&
      !view.facts.some((g, j) => {
        const other = g.key.replace(/[(（][^)）]*[)）]/g, '');
        return (
          j !== k &&
          other !== named &&
          FEE_LABEL.test(other) &&
          !NOT_A_FEE.test(other) &&
          leadingMoney(g.value) !== null
        );
      });
    if (!pawnFee && !onlyFee && (!FEE_LABEL.test(named) || NOT_A_FEE.test(named))) continue;
    // The 手续费 of a quote to pay off early is the charge for paying early (prepayment reads it).
    if (isPayoffPart(view.facts, k)) continue;
    // "二、费用 | 2.1 乙方同意向甲方支付平台服务费350.00元…": a contract's section heading over its
    // first clause, which names its own fee.
    if (/^[一二三四五六七八九十\d]{1,3}[、.．]\s*费用$/.test(compactText(f.key))) continue;
    // A policy loan is lent against the policy's cash value (现金价值): the policy's own premium
    // on the page (应缴保费 12000.00) is what the insurance costs, no charge of the loan.
    if (/保费|保险费/.test(named) && /现金价值/.test(view.all)) continue;
    // "请按本单实际运费填写借款金额：2000-20000元之间": a form's hint, and a range, are no fee.
    if (/^请/.test(named) || isAmountRange(f.value)) continue;
    // "借款本金的2%，计300.00元，于放款时扣除": the amount need not come first.
    const bare = f.value.replace(/^(?:每期|每月|按月|按期)\s*/, '');
    // "还款方式为每月等额本金加手续费：每期本金1,750.00元，手续费按…": the figure is the principal's.
    if (/^[^\d¥￥]{0,6}(?:本金|利息|月供|首付|租金)\s*[:：]?\s*[¥￥]?\s*\d/.test(bare)) continue;
    // "极速审核会员 | 开通后优先审核放款，放款当日从收款卡扣取 | ¥99.00": a note for its value, and
    // the price on the run after it.
    const near = normalizeText(f.near);
    const after = near.startsWith(f.value) ? near.slice(f.value.length).trim() : '';
    // …"担保服务费 | 担保服务费率0.40%/期，按借款金额计收… | 240.00元/期": per period, after a note.
    const priceAfter =
      /^[¥￥]\s*[\d,]+(?:\.\d{1,2})?\s*元?$|^[¥￥]?\s*[\d,]+(?:\.\d{1,2})?\s*元(?:\s*\/\s*(?:期|月))?$/.test(
        after,
      )
        ? leadingMoney(after.replace(/\s*\/\s*(?:期|月)$/, ''))
        : null;
    // …only under a name ("极速审核会员"), not a list of perks ("优先审核 · 专属提额 · 会员专享券包").
    const titled = /^[\u4e00-\u9fa5]{2,10}$/.test(f.key);
    // "管理服务费 | 512.00 /期": a back office's figure with no unit but its period is money.
    const perPeriodFigure = /^\s*([\d,]+\.\d{2})\s*\/\s*(?:期|月)\s*$/.exec(f.value)?.[1];
    // "撮合服务费 20元，双方各付10元": the borrower pays a share of it, not the whole.
    const share = /各(?:自)?(?:付|支付|承担|负担|缴纳)\s*[¥￥]?\s*([\d,]+(?:\.\d{1,2})?)\s*元/.exec(
      normalizeText(f.value),
    )?.[1];
    // "按取现金额的1%收取，单笔最低10元": a rate with its floor (or cap) states a rule, not this
    // fee's amount; the floor is no fee.
    const unbounded = f.value.replace(
      /(?:单笔)?(?:最低|最高|不低于|不超过|封顶|至少)[^，。；,;\d]{0,3}[\d,]+(?:\.\d{1,2})?\s*元/g,
      '',
    );
    const amount =
      (share !== undefined ? leadingMoney(`${share}元`) : null) ??
      leadingMoney(bare) ??
      moneyTokens(unbounded)[0]?.value ??
      (perPeriodFigure !== undefined ? leadingMoney(`${perPeriodFigure}元`) : null) ??
      (/\d/.test(f.value.replace(/\d+(?:\.\d+)?\s*[%‰]/g, '')) || !titled ? null : priceAfter);
    if (amount === null || amount === '0.00') continue;
    if (sumOfFiguresAbove(view, k, amount)) continue;
    // "手续费用 240元 (审核管理费:120元,借款管理费:106元,利息:14元)": a sum whose parts the page
    // names, each read as a fee of its own; the interest among them is charged with the fees.
    const parts = [
      ...normalizeText(f.near).matchAll(
        /([\u4e00-\u9fa5]{2,8})[:：]\s*([\d,]+(?:\.\d{1,2})?)\s*元/g,
      ),
    ];
    if (
      parts.length >= 2 &&
      sumMoney(parts.map((m) => leadingMoney(`${m[2] ?? ''}元`) ?? '0')) === amount
    ) {
      for (const m of parts) {
        const part = leadingMoney(`${m[2] ?? ''}元`);
        if (m[1] === '利息' && part !== null && part !== '0.00')
          untimed.push({ name: '利息', when: 'once', amount: part, source: f.source });
      }
      continue;
    }
    // (A clause cut at its figure names the fee at its end: "甲乙双方共应向丙方支付撮合服务费".)
    // (…and a perk's label names its fee in the value: "已开通借款会员：会员费 ¥39.00/月".)
    const inValue = /^([\u4e00-\u9fa5]{1,8}费)\s*[:：]?\s*[¥￥]?\s*\d/.exec(bare)?.[1];
    // "其它费用金额 CN¥3,000.00 · 其它费用描述 平台服务费，放款时从贷款金额中扣除": a form's fee in
    // two fields, the second naming it and saying when it is paid.
    const noted = view.facts[k + 1];
    const described =
      noted !== undefined &&
      noted.block - f.block <= 3 &&
      /^(?:[\u4e00-\u9fa5]{0,6}费用?)?(?:描述|说明)$/.test(noted.key)
        ? noted.value
        : null;
    const describedName =
      described === null
        ? undefined
        : /^([\u4e00-\u9fa5]{2,8}费)(?=[，,。；;\s]|$)/.exec(described)?.[1];
    const name = inValue ?? describedName ?? feeNameIn(feeName(f.label));
    // A fee table's row is read with its columns (feeTableRows), not as a label beside its rate.
    if (tabled.some((x) => x.name === name)) continue;
    // "不计入每月还款额", "不再按月分期": a period named only to say the fee is not paid in it.
    // …or in the unit run after the figure ("综合费用 | 810.00 | 元/月").
    // (…or in its note, "信用保证保险费（每期随月供收取）".)
    const perPeriod =
      /^(?:每期|每月|当期)|[(（](?:每期|每月|按月|元?\/(?:期|月)[)）])/.test(f.key) ||
      /\/(?:期|月)|每期|每月/.test(f.value.replace(/不(?:计入|含在|再按|再)[^，。；]*/g, '')) ||
      /^(?:[¥￥]?\s*[\d,]+(?:\.\d{1,2})?\s*)?元?\s*\/\s*(?:期|月)/.test(after);
    // "平台服务费 800.00元 · 收取方式 放款时从借款金额中扣除": a bare 收取方式 right after the fee is
    // that fee's.
    const next = view.facts[k + 1];
    const wayAfter =
      next !== undefined &&
      /^(?:收取|扣取|扣收|收费|支付|缴纳|缴费|付款)方式$/.test(next.key) &&
      next.block - f.block <= 3 &&
      UPFRONT.test(next.value);
    const upfrontDescribed =
      described !== null && UPFRONT.test(described) && !NOT_TAKEN.test(described);
    // The note may sit in the label ("平台服务费（放款时一次性扣除）") or after the value — not one
    // that takes a fee of each period with that period's repayment ("每期150元，随每期还款一并扣除").
    const withEach = perPeriod && WITH_EACH_REPAYMENT.test(compactText(f.near));
    // A value that is a charge per month ("600.00元/月，…随利息每月支付") says when it is paid itself:
    // the payout clause of the fee listed after it ("评估费 800.00元，放款时从借款中扣除") is not its.
    const ownWords = /^[¥￥]?\s*[\d,]+(?:\.\d{1,2})?\s*元?\s*\/\s*(?:期|月)/.test(f.value.trim())
      ? f.value
      : f.near;
    const upfront =
      !withEach &&
      ((UPFRONT.test(ownWords) && !NOT_TAKEN.test(ownWords)) ||
        UPFRONT.test(f.key) ||
        wayAfter ||
        upfrontDescribed ||
        takenAtPayout.includes(name) ||
        paidBeforeLoan(name, view) ||
        // "安排费 | 借款人应于提款日或之前另行支付，不从贷款本金中扣除": its own value says so.
        BEFORE_LOAN.test(f.value) ||
        paidOnFirstDay(name, view, firstDay) ||
        // "今天 ¥656.50 （含手续费：¥57.50）" on a pay-later plan: paid with today's share.
        (/^含/.test(f.key) &&
          view.facts.some(
            (g) => /^(?:今天|今日)$/.test(g.key) && f.block > g.block && f.block - g.block <= 2,
          )) ||
        (allAbove !== undefined && f.block < allAbove.block && allAbove.block - f.block <= 24) ||
        (headingAbove !== undefined &&
          f.block > headingAbove.block &&
          f.block - headingAbove.block <= 6));
    // "会员费 199元（随首期账单扣收）": charged once, with the first instalment.
    if (
      !perPeriod &&
      !upfront &&
      (WITH_FIRST.test(f.near) || WITH_FIRST.test(f.key) || (feeAtOnce && /手续费/.test(f.key)))
    ) {
      add({ name, when: 'once', amount, period: 1, source: f.source });
      continue;
    }
    // "综合服务费 90.00元（到期随本息一并收取）": charged once, with the last repayment.
    if (!perPeriod && !upfront && (WITH_LAST.test(f.near) || WITH_LAST.test(f.key))) {
      add({ name, when: 'once', amount, withLast: true, source: f.source });
      continue;
    }
    if (!perPeriod && !upfront) {
      // No word says when it is paid: the page's own figures may (deductions.ts placeUntimed).
      // …and shown twice (a list's column and its dialog), still one fee, even under a second name
      // of its kind (审核费 120.00 on the slider, 审批费用 120.00 in the confirmation).
      // (…or a ledger's "支出 · 预支会员 ￥29.90" below the card's "预支会员 ￥29.90": its kind, then the
      // same fee.)
      const same = (a: string, b: string): boolean =>
        a === b || a[0] === b[0] || a.endsWith(`·${b}`) || b.endsWith(`·${a}`);
      if (!untimed.some((u) => u.amount === amount && same(u.name, name)))
        untimed.push({ name, when: 'once', amount, source: f.source });
      continue;
    }
    const payee = perPeriod ? payeeFor(name, view) : undefined;
    add({
      name,
      when: upfront ? 'upfront' : 'periodic',
      amount,
      ...(payee ? { payee } : {}),
      source: f.source,
    });
    // "担保相关费用 | 担保费 20,000.00 元（…），评审服务费 5,000.00 元（0.50%），均于放款当日…缴纳":
    // the fees the value lists after the first, each named, are paid at payout with it (page 2797).
    if (upfront && inValue !== undefined)
      for (const m of bare.matchAll(
        /[，,]\s*([\u4e00-\u9fa5]{1,8}费)\s*[¥￥]?\s*([\d,]+(?:\.\d{1,2})?)\s*元/g,
      )) {
        const more = leadingMoney(`${m[2] ?? ''}元`);
        if (m[1] && more !== null && more !== '0.00' && !NOT_A_FEE.test(m[1]))
          add({ name: m[1], when: 'upfront', amount: more, source: f.source });
      }
  }
  for (const c of controls) {
    // The plan chosen among options names its fee per period: "6期（￥418.00/期） 手续费：￥18.00/期".
    const perPeriod =
      c.kind === 'radio' && c.checked
        ? /([\u4e00-\u9fa5]{1,6}费)\s*[:：]?\s*[¥￥]\s*([\d,]+(?:\.\d{1,2})?)\s*(?:元)?\s*\/\s*期/.exec(
            c.label,
          )
        : null;
    const each = perPeriod?.[2] ? leadingMoney(perPeriod[2]) : null;
    if (perPeriod?.[1] && each !== null && !NOT_A_FEE.test(perPeriod[1])) {
      add({
        name: perPeriod[1],
        when: 'periodic',
        amount: each,
        source: { text: c.label, locator: c.locator, finePrint: false },
      });
      continue;
    }
    if (c.kind !== 'checkbox' || !c.checked || /同意|已阅读|协议|授权/.test(c.label)) continue;
    const tokens = moneyTokens(c.label);
    const last = tokens[tokens.length - 1];
    if (!last) continue;
    // The item's own name: "勾选并开通极速借款会员（会员费¥99.00，放款时从借款中扣除）" → 极速借款会员.
    const name = (/「([^」]+)」/.exec(c.label)?.[1] ?? c.label.split(/\s/)[0] ?? c.label)
      .replace(/[(（].*$/, '')
      // (…and a shop's bracketed tag before it: "【岚石服务】一年碎屏宝".)
      .replace(/^【[^】]*】/, '')
      .replace(/^(?:勾选)?(?:并|同意)?(?:开通|购买|加购|选择)/, '');
    // "【岚石服务】一年碎屏宝 ¥99.00 · 购机时默认加购，与商品一起计入分期金额": bought with the
    // money lent, it is lent and never received, as a fee taken at payout is.
    const at = view.all.indexOf(compactText(c.label));
    const financed =
      at >= 0 &&
      /计入[^，。；]{0,4}?(?:分期|融资|借款|贷款)(?:金额|本金)/.test(
        view.all.slice(at, at + c.label.length + 40),
      );
    add({
      name: name === '' ? c.label : name,
      when: UPFRONT.test(c.label) || financed ? 'upfront' : 'once',
      amount: last.value,
      ...(WITH_FIRST.test(c.label) ? { period: 1 } : {}),
      preselected: true,
      source: { text: c.label, locator: c.locator, finePrint: false },
    });
  }
  // A one-off fee collected with the first instalment, said in a contract's clause: "手续费一次性
  // 收取…本次借款的手续费为人民币…￥1,200.00元。在第一个月的还款日收取".
  view.sentences.forEach((s, k) => {
    const both = `${s.text}${view.sentences[k + 1]?.text ?? ''}`.normalize('NFKC');
    // Not a field's label: "首期还款日2026-10-03" in a card read as one paragraph says when the
    // first instalment is due, not that a fee is paid with it.
    const first = WITH_FIRST.exec(both);
    // (…nor "首期还款日为放款日的次月对应日": when it falls, no fee paid with it.)
    const dated =
      first !== null &&
      /^\s*(?:[:：]|为)?\s*(?:\d|(?:放款|借款|到账|签约)日|每月)/.test(
        both.slice(first.index + first[0].length),
      );
    if (!first || dated || !/一次性|一次|本次借款的/.test(both) || isFree(both)) return;
    const m = feeAndAmount(s.text.normalize('NFKC'));
    if (!m || NOT_A_FEE.test(m[1])) return;
    const amount = leadingMoney(`${m[2]}元`);
    const name = feeNameIn(m[1]);
    if (amount) add({ name, when: 'once', amount, period: 1, source: s.source });
  });
  // A service contract's fee to each party in words and figures ("甲方应向乙方支付服务费人民币（大写）
  // 肆仟贰佰元，（小写）￥4,200.00；甲方应向丙方支付服务费…￥1,800.00"), paid out of the loan as a
  // clause there or just after says ("所有服务费…由丙方从出借人提供给甲方的借款中直接划转…"). Each
  // party's fee is a fee of its own, even under one name.
  view.sentences.forEach((s, k) => {
    const t = s.text.normalize('NFKC');
    const near = view.sentences
      .slice(k, k + 4)
      .map((x) => compactText(x.text))
      .join('');
    if (!FROM_LOAN.test(near) || isFree(t)) return;
    for (const m of t.matchAll(PAY_FEE_IN_FIGURES)) {
      const amount = m[2] ? leadingMoney(`${m[2]}元`) : null;
      if (!m[1] || !amount || NOT_A_FEE.test(m[1])) continue;
      if (fees.some((f) => f.amount === amount)) continue;
      fees.push({ name: feeNameIn(m[1]), when: 'upfront', amount, source: s.source });
    }
  });
  // A fee charged when the borrower applies ("提交申请将会产生300元的审核费用，…将从您提交的银行卡中
  // 进行扣款"): paid before any money is lent, it comes off what the loan brings in, as a fee taken
  // at payout does — even where the page adds "审核费不从借款中扣除" (it is paid from the card).
  for (const s of view.sentences) {
    const t = compactText(s.text).normalize('NFKC');
    const on = ON_APPLYING.exec(t);
    if (!on || isFree(t)) continue;
    const rest = t.slice(on.index);
    // (…or the fee just before a bracket that says so: "同意支付¥99.00风控审核费（提交申请时从绑定
    // 银行卡扣除）".)
    const m = FIGURE_THEN_FEE.exec(rest) ?? FEE_BEFORE_BRACKET.exec(t.slice(0, on.index));
    const named = m ? null : feeAndAmount(rest);
    const name = m?.[2] ?? named?.[1];
    const amount = leadingMoney(`${m?.[1] ?? named?.[2] ?? ''}元`);
    if (name && amount && amount !== '0.00' && !NOT_A_FEE.test(name))
      add({ name: feeNameIn(name), when: 'upfront', amount, source: s.source });
  }
  // A fee paid with the last repayment: "借款人在到期偿还借款本息时，将信息服务费一并支付给服务商".
  for (const s of view.sentences) {
    const t = s.text.normalize('NFKC');
    // "按月缴纳车辆监管费…与本息一并扣收", "自第一期起每期与本息一并扣收": paid with each
    // instalment, read as a monthly fee.
    if (
      !WITH_LAST.test(t) ||
      isFree(t) ||
      // (…or "服务费由平台按月随本金一并扣收".)
      /(?:按月|每月|按期|每期)(?:[^。；]{0,6}费|(?:与|随)(?:当期|借款)?本[息金])/.test(t)
    )
      continue;
    // "鉴定保管费和平台服务费在赎回时与本息一并收取": two fees or more named before when they are paid,
    // each at the amount its label gives.
    const several = new Set(namedBefore(view, t, t.search(WITH_LAST)).map(([name]) => name));
    const m = several.size >= 2 ? null : (feeAndAmount(t) ?? amountOnPage(view, t));
    // "服务费、账户管理费于到期日与本金、利息一并收取": each fee it names, at the amount its label
    // gives ("服务费 | 240.00").
    if (!m) {
      for (const [name, amount] of namedBefore(view, t, t.search(WITH_LAST)))
        add({ name, when: 'once', amount, withLast: true, source: s.source });
      continue;
    }
    if (!m[1] || !m[2] || NOT_A_FEE.test(m[1])) continue;
    const amount = leadingMoney(`${m[2]}元`);
    if (amount)
      add({ name: feeNameIn(m[1]), when: 'once', amount, withLast: true, source: s.source });
  }
  // A fee charged on a day of its own: "服务费150.00元，于2026年5月11日（借款第10天）单独扣收".
  for (const s of view.sentences) {
    const t = s.text.normalize('NFKC');
    const m = /([\u4e00-\u9fa5]{1,8}?费)[^。；\d]{0,6}?([\d,]+(?:\.\d+)?)\s*元/.exec(t);
    if (!m?.[1] || !m[2] || NOT_A_FEE.test(m[1]) || UPFRONT.test(t)) continue;
    // (Not a part of an instalment in brackets: "第4期应还680.00元（含利息520.00元、账户管理费160.00元）
    // 将于2026-05-18自动扣款" is the instalment's day.)
    const before = t.slice(0, m.index);
    if ((before.match(/\(/g)?.length ?? 0) > (before.match(/\)/g)?.length ?? 0)) continue;
    const rest = t.slice(m.index + m[0].length);
    const day = /^[^。；]{0,4}?于\s*/.exec(rest);
    const date = day ? dateTokens(rest.slice(day[0].length))[0] : undefined;
    if (!date || date.index !== 0) continue;
    if (!/(?:扣收|收取|扣除|扣款|支付|缴纳|缴付)/.test(rest.slice(day?.[0].length ?? 0))) continue;
    const amount = leadingMoney(`${m[2]}元`);
    if (amount) add({ name: m[1], when: 'once', amount, dueDate: date.value, source: s.source });
  }
  // A fee clause in prose: "乙方应按月向甲方支付账户管理费，费率为借款本金的0.25%/月，即每期37.50元"
  for (const s of view.sentences) {
    const t = s.text.normalize('NFKC');
    // …or the other way round: "另每期收取账户管理费12.50元".
    // …or "按月向丙方支付居间服务费，每月人民币壹佰元整（¥100.00）".
    const m =
      /([\u4e00-\u9fa5]{2,8}费)[^。；]*?每(?:期|月)\s*([\d,]+(?:\.\d+)?)\s*元/.exec(t) ??
      // …or a note under a plan: "应还金额含每期服务费180.00元", "每期手续费 ￥19.91".
      /每(?:期|月)(?:另)?(?:收取|加收|另收|支付|缴纳)?([\u4e00-\u9fa5]{2,8}?费)\s*[:：]?\s*(?:([\d,]+(?:\.\d+)?)\s*元|[¥￥]\s*([\d,]+(?:\.\d+)?))/.exec(
        t,
      ) ??
      monthlyFeeClause(t);
    // The fee's own name decides, not the payee before it ("向担保公司支付担保费").
    const figure = m?.[2] ?? m?.[3];
    if (!m?.[1] || !figure || NOT_A_FEE.test(feeNameIn(m[1]))) continue;
    const amount = leadingMoney(`${figure}元`);
    // "每期手续费 ￥0.00": an interest-free plan charges nothing.
    if (!amount || new Decimal(amount).isZero()) continue;
    const name = feeNameIn(m[1]);
    // The fee's own rate only where the clause gives one (费率), not the loan's interest rate.
    const rate = /费率/.test(t) ? rateTokens(t.slice(t.indexOf('费率')))[0] : undefined;
    add({
      name,
      when: 'periodic',
      amount,
      ...(rate
        ? { rate: rate.value, ratePer: 'month' as const, rateBasis: 'original-principal' as const }
        : {}),
      source: s.source,
    });
  }
  // An instalment written as its parts, "月供 ￥551.0(本金：￥500.0 + 服务费：￥36.0 + 财务费：￥15.0)",
  // "（本金￥306.60 + 手续费￥18.40）": each fee in it is paid with every instalment.
  // …unless the instalment is the first alone ("首期应还¥5,740.00（本金¥2,500.00 + 手续费¥3,240.00）"):
  // its fee is paid once, with it. (A plan's row "第1期" is one row of many, each with its fee.)
  const written = [
    // (A run of its own under its label: "首期应还 | ¥5,740.00（本金… + 手续费…）".)
    ...view.sentences.map((x) => ({
      text: x.text,
      label: view.raw.blocks[x.block - 1]?.text ?? '',
    })),
    ...view.facts.map((f) => ({ text: f.value, label: f.key })),
  ];
  const parts = written.flatMap(({ text, label }) => {
    const t = text.normalize('NFKC');
    const at = BREAKDOWN.exec(t)?.index ?? -1;
    const before = `${label}${t.slice(0, at)}`.slice(-24);
    const first = at >= 0 && /首期/.test(before);
    // "到期应还总额 = 借款本金20,000.00元 + 利息1,080.00元 + 担保费720.00元": the loan's whole, not
    // an instalment — its fee is charged once, and the clause that says when names it.
    if (
      at >= 0 &&
      /总额|总计|共计|一共|合计/.test(before) &&
      !/每期|每月|月供|首期|当期|本期/.test(before)
    )
      return [];
    return instalmentParts(t)
      .filter(([name]) => !NOT_A_FEE.test(name))
      .map(([name, amount]) => ({ name: feeNameIn(name), amount, first }));
  });
  // (The first's fee the same as every other period's — "首期 本金2,777.78 + 手续费350.00" above
  // "第2期至第35期 每期本金2,777.78 + 手续费350.00" — is that periodic fee, not one more.)
  const everyPeriod = (x: { name: string; amount: string }): boolean =>
    parts.some((o) => !o.first && o.name === x.name && o.amount === x.amount);
  for (const x of parts)
    add(
      x.first && !everyPeriod(x)
        ? { name: x.name, when: 'once', amount: x.amount, period: 1 }
        : { name: x.name, when: 'periodic', amount: x.amount },
    );
  for (const fee of [...tabled, ...feePlanColumns(view), ...fundRecordFees(view.raw.tables)])
    add(fee);
  // A fee's row that says only when it is paid ("交车服务费 | 提车当日向门店一次性支付"), its amount in
  // a sentence that names it ("需向门店支付交车服务费2500元").
  for (const f of view.facts) {
    if (!FEE_LABEL.test(f.key) || NOT_A_FEE.test(f.key) || !UPFRONT.test(f.value)) continue;
    if (moneyTokens(f.value).length > 0) continue;
    for (const x of view.sentences) {
      const t = x.text.normalize('NFKC');
      const at = t.indexOf(f.key);
      const m =
        at < 0
          ? null
          : /^\s*(?:人民币)?\s*([\d,]+(?:\.\d{1,2})?)\s*元/.exec(t.slice(at + f.key.length));
      const amount = m?.[1] ? leadingMoney(`${m[1]}元`) : null;
      if (amount) {
        add({ name: f.key, when: 'upfront', amount, source: x.source });
        break;
      }
    }
  }
  return {
    fees,
    untimed: untimed.filter((u) => !fees.some((f) => f.amount === u.amount && f.name === u.name)),
  };
}

/**
 * A table of the loan's fees, one a row: "费用名称 | 收取方式 | 计费基数 | 月服务费率 | 每期金额 |
 * 收取期数 | 合计" over "平台服务费 | 按月收取（随每期还款） | 合同金额 | 0.90% | 324.00 | 12期 |
 * 3888.00". A row is read only where its way of charging says when: with each instalment (its
 * 每期金额), or at payout (its amount).
 */
function feeTableRows(view: View): Fee[] {
  const out: Fee[] = [];
  for (const table of view.raw.tables) {
    // A caption over the header row ("首期款明细（首期款须于放款前付清，不从融资额中扣除）" over "费用类型
    // | 费用名称 | 应收时间 | 费用金额"): the header is the first row, and the caption may say when.
    const { caption, table: t } = withCaptionApart(table);
    const heads = t.headers.map(compactText);
    // (…or a contract's 项目 column, its rows the loan's terms and fees: "GPS安装费 | 一次性 | 1,500.00 |
    // 放款时从借款中一次性扣除"; only a fee's name with its way of charging is read from it.)
    const named = heads.findIndex((h) =>
      /^(?:费用|收费|费用项目|收费项目)(?:名称|项目)?$|^项目(?:名称)?$/.test(h),
    );
    // (A back office's "费用类型 放款时一次性扣收" says how, as 收取方式 does.)
    // (…and so does a column that says when: "支付时间 | 银行放款当日".)
    const typed = heads.findIndex((h) =>
      /^(?:收取|收费|扣收|支付|扣取|缴纳)(?:方式|时间|日期)$|^费用类型$/.test(h),
    );
    // …unless its cells are the fees' names ("费用类型 | 费用标准 | 金额 | 计划到账日 | 备注" over "服务费
    // | 3.00 | 6,000.00 | 2026-03-06 | 放款当日由客户一次性支付至我司账户"): then the note says how.
    const typeNames =
      named < 0 &&
      typed >= 0 &&
      /^费用类型$/.test(heads[typed] ?? '') &&
      t.rows.length > 0 &&
      t.rows.every((r) => /费$/.test(compactText(r[typed] ?? '')));
    const name = typeNames ? typed : named;
    const way = typeNames ? heads.findIndex((h) => /^(?:备注|说明|收取说明)$/.test(h)) : typed;
    const each = heads.findIndex((h) => /^每期(?:金额|费用|应收)?(?:[(（]元[)）])?$/.test(h));
    // What was charged after any discount (实际收费 600.00 beside 标准收费 700.00) before the list price.
    const actual = heads.findIndex((h) => /^实际(?:收费|金额|收取)(?:[(（]元[)）])?$/.test(h));
    const once =
      actual >= 0
        ? actual
        : heads.findIndex((h) =>
            /^(?:金额|费用金额|收费金额|应收金额|标准收费)(?:[(（]元[)）])?$/.test(h),
          );
    // (…or, where no column says when, the caption: every fee in the table paid before the loan.)
    const captionSays = UPFRONT.test(caption) || BEFORE_LOAN.test(caption);
    if (name < 0 || (way < 0 && !captionSays) || (each < 0 && once < 0)) continue;
    for (const r of t.rows) {
      // (The share a fee is priced at is no part of its name: "居间服务费（借款金额的2%）".)
      const label = compactText(r[name] ?? '').replace(/(?<=费)[（(][^（）()]*[%％‰][)）]$/, '');
      const how = way < 0 ? '' : compactText(r[way] ?? '');
      if (!FEE_LABEL.test(label) || NOT_A_FEE.test(label) || isFree(how)) continue;
      const source = { text: r.join(' '), locator: t.locator, finePrint: t.finePrint };
      const perPeriod = /按月|每月|按期|每期|随[^，,。；]{0,6}还款/.test(how);
      // (…"59.52/期" under 金额: the figure, and the period it is charged in.)
      const amount = leadingMoney(
        ((perPeriod && each >= 0 ? r[each] : r[once >= 0 ? once : each]) ?? '').replace(
          /\s*元?\s*[/／]\s*(?:期|月)$/,
          '',
        ),
      );
      if (amount === null || amount === '0.00') continue;
      if (perPeriod) out.push({ name: label, when: 'periodic', amount, source });
      // (…a leasing system's 费用类型 "首期款": paid with the down payment, when the lease starts.)
      else if (UPFRONT.test(how) || captionSays || /^首期款$/.test(how))
        out.push({ name: label, when: 'upfront', amount, source });
    }
  }
  return out;
}

/** "应收担保费(元)", "服务费": a column of one fee; not a sum of them (费用总额). */
const FEE_COLUMN = /^(?:应收|应缴|应付)?([\u4e00-\u9fa5]{1,6}?费)(?:[(（]元[)）])?$/;

/**
 * A back office's 费用计划, a column per fee, apart from the repayment plan: a row a period with
 * the same figure in every row ("期号 1 · 应收担保费(元) 225.00 · 应收服务费(元) 150.00") is a fee of
 * each period; one row under a note that says when all are taken ("费用收取方式：放款当日从放款金额
 * 中一次性扣收") is taken at payout.
 */
function feePlanColumns(view: View): Fee[] {
  const out: Fee[] = [];
  const atPayout = view.facts.some(
    (f) => /^费用(?:收取|扣收|扣取|收费)方式$/.test(f.key) && UPFRONT.test(f.value),
  );
  for (const t of view.raw.tables) {
    const heads = t.headers.map(compactText);
    const periods = heads.some((h) => /^(?:期号|期数|期次|期序|期)$/.test(h));
    // (A plan with a fee column beside what each period repays is the repayment plan: its fees
    // are read with it.)
    const repayments = heads.some((h) => /本金|利息|本息|期供|月供|还款|应还/.test(h));
    const each = periods && !repayments && t.rows.length >= 2;
    const once = atPayout && t.rows.length === 1;
    if (!each && !once) continue;
    heads.forEach((h, col) => {
      const fee = FEE_COLUMN.exec(h)?.[1];
      const amounts = new Set(t.rows.map((r) => leadingMoney(r[col] ?? '')));
      const [amount] = [...amounts];
      if (!fee || NOT_A_FEE.test(fee) || amounts.size !== 1 || !amount || amount === '0.00') return;
      const source = {
        text: `${t.headers[col] ?? ''} ${amount}`,
        locator: t.locator,
        finePrint: t.finePrint,
      };
      out.push({ name: fee, when: each ? 'periodic' : 'upfront', amount, source });
    });
  }
  return out;
}

const OVERDUE = /逾期|罚息|滞纳金|违约金|透支利息|未按期|到期未(?:足额)?还款/;
/**
 * A penalty for using the money for something else (挤占挪用罚息, 民法典第673条: the lender may stop
 * lending, call the loan in or rescind) is no charge for paying late.
 */
const MISUSE = /挤占|挪用|未按(?:合同)?约定(?:的)?用途|改变(?:借款|贷款)?用途/;
/** The names of charges for paying late. */
export const OVERDUE_NAME =
  /逾期服务费|逾期管理费|延迟还款(?:服务)?费|宽限(?:期)?(?:服务)?费用?|逾期利率|逾期利息|透支利息|催收服务费|催收费|逾期费(?!用)|罚息|违约金|滞纳金/;
/**
 * Overdue charges the page states in yuan (逾期罚息 274.77, 逾期费(元) 36.00), none of them 0.00,
 * each once: a summary line and the row under it show one charge twice (滞纳金 405.00, 应还滞纳金
 * 405.00).
 */
export function overdueChargesShown(view: View): string[] {
  // A cash advance's "透支利息（预估） 63.00元" is its own interest, not a charge for paying late.
  const advance = CASH_ADVANCE.test(view.all);
  const shown = view.facts
    .filter((f) => OVERDUE_NAME.test(f.key) && !(advance && /^透支利息/.test(f.key)))
    // "逾期费 | 3天，45.00元": the days it ran for, then the charge.
    .map((f) => leadingMoney(f.value.replace(/^\s*\d{1,4}\s*天\s*[，,、]\s*/, '')))
    .filter((v): v is string => v !== null && v !== '0.00');
  return [...new Set(shown)];
}

/**
 * …and those in an overdue list's column ("逾期天数 5 · 逾期费用 75.00 · 应还金额 1575.00"), where a
 * header names a charge in yuan (逾期费用 heads a figure there, not a rule).
 */
export function overdueChargeColumns(view: View): string[] {
  const shown: (string | null)[] = [];
  for (const t of view.raw.tables)
    t.headers.forEach((h, col) => {
      if (!OVERDUE_NAME.test(h) && !/^逾期费用/.test(compactText(h))) return;
      for (const r of t.rows) shown.push(leadingMoney(r[col] ?? ''));
    });
  return [...new Set(shown.filter((v): v is string => v !== null && v !== '0.00'))];
}

/**
 * A clause that says a charge is NOT made: "无违约金", "不收取提前还款违约金", "无需支付任何违约金
 * 或手续费", "免收罚息", or a form's blank for it filled with 无 ("提前还款违约金按下列第（一）项执行：
 * 无"). Such a clause is a promise to the borrower, never a charge.
 */
const NEGATED =
  /(?:违约金|手续费|费用)[^。；;]{0,24}[:：]\s*无(?![\u4e00-\u9fa5])|(?:无|免|不|毋|没有)(?:需|须|必|会|再|予|用|得)?(?:另行|另|额外)?(?:收取|支付|承担|缴纳|计收|加收|收)?(?:任何|其他)?(?:提前还款)?(?:违约金|罚息|手续费|滞纳金|费用|补偿金)|免(?:收|除)|[:：]?\s*(?<![\d.])(?:0|零)元/;
/**
 * The same promise worded with words between the negation and the charge ("不收取借款人提前还款
 * 违约金"), or after the charge ("剩余未入账的分期手续费不再收取", "违约金予以免除").
 */
const NEGATED_AROUND =
  /(?:无|免|不|毋|没有)(?:需|须|必|会|再|予|用|得)?(?:另行|另|额外)?(?:收取|支付|承担|缴纳|计收|加收|收)[^，,。；;!！]{0,12}?(?:违约金|罚息|手续费|滞纳金|费用|补偿金)|(?:违约金|罚息|手续费|滞纳金|费用|补偿金)[^，,。；;\d]{0,4}?(?:不再|不予|不|免于|无需|无须|免|予以免)(?:予以)?(?:收取|计收|支付|收|除)/;

/** A clause that makes no charge (NEGATED, NEGATED_AROUND). */
export function isFree(text: string): boolean {
  const t = compactText(text);
  return NEGATED.test(t) || NEGATED_AROUND.test(t) || ZERO_CHARGE.test(t);
}

/** A charge whose only figure is nothing: "提前还款手续费0%", "违约金：0.00元". */
const ZERO_CHARGE =
  /(?:违约金|罚息|手续费|滞纳金|补偿金)(?:率)?(?:为|是)?[:：]?[¥￥]?0(?:\.0+)?(?:%|元)(?![\d.])|(?<![\d.])[0零](?:手续费|费用|违约金)/;

/**
 * A one-off surcharge: "按逾期金额的10%一次性收取违约金", "一次性收取逾期本金15%的违约金".
 * A percentage charged once is not a daily rate and is never annualised as one.
 */
const ONE_OFF = /一次性|单次|每笔|一次/;

/** "每日按年化利率24%计收罚息": the rate's own words name its period, whatever 每日 says. */
/** The period a rate is charged by, and whether the page said it or only the rate's size did. */
function periodOf(
  clause: string,
  at: number,
  value: string,
  per: 'day' | 'month' | 'year' | null,
): { per: 'day' | 'month' | 'year'; assumed: boolean } {
  const said = (p: 'day' | 'month' | 'year'): { per: typeof p; assumed: boolean } => ({
    per: p,
    assumed: false,
  });
  if (per !== null) return said(per);
  const before = clause.slice(Math.max(0, at - 8), at);
  if (/年化|年利率|年费率|年息|按年/.test(before)) return said('year');
  if (/月利率|月息|月费率|按月/.test(before)) return said('month');
  if (/日利率|日息|日费率|每日|按日|每天|按天/.test(clause.slice(0, at + 2))) return said('day');
  if (/每月|按月/.test(clause)) return said('month');
  // "逾期罚息=剩余本金*1‰*逾期天数": a rate multiplied by the days late is a day's.
  if (/[×*xX]\s*(?:实际)?逾期(?:天数|日数)|按(?:实际)?逾期(?:天数|日数)/.test(clause))
    return said('day');
  // No word names the period: a penalty of 0.1% or less is a day's, as lenders write them, and
  // anything more a year's; either way the page did not say so.
  return { per: new Decimal(value).lte('0.001') ? 'day' : 'year', assumed: true };
}

/** An overdue charge at a rate of the overdue amount, marked when its period is only assumed. */
function overdueRate(
  name: string,
  rate: string,
  period: { per: 'day' | 'month' | 'year'; assumed: boolean },
  source: Source,
): Fee {
  return {
    name,
    when: 'overdue',
    rate,
    ratePer: period.per,
    ...(period.assumed ? { periodAssumed: true as const } : {}),
    rateBasis: 'overdue-amount',
    source,
  };
}

/** A raise over the contract rate: "上浮50%", "加收50%", "提高50%". */
const RAISE = /(?:上浮|加收|提高)\s*(\d+(?:\.\d+)?)%/;

/** The rate a raise comes to, stated after it: "上浮50%即年利率5.40%", "上浮50%（5.40%）". */
function comesTo(
  text: string,
  rates: ReturnType<typeof rateTokens>,
  raise: RegExpExecArray,
): ReturnType<typeof rateTokens>[number] | undefined {
  const end = raise.index + raise[0].length;
  return rates.find(
    (r) =>
      r.index >= end &&
      /(?:即|为|折合|相当于|[（(])\s*(?:年化|年利率|月利率|日利率|年|月|日|每日)?\s*$/.test(
        text.slice(end, r.index),
      ),
  );
}

export function overdueFees(view: View): Fee[] {
  const fees: Fee[] = [];
  // The raises a label's value states with the rate they come to: the same raise in a clause
  // ("逾期罚息利率为执行利率上浮50%") is that charge again, not a second one.
  const raisedTo: { name: string; multiple: string }[] = [];
  // A rate under its own label: "罚息率(日) 0.05%", "逾期罚息利率 日0.05%".
  for (const f of view.facts) {
    const name = OVERDUE_NAME.exec(f.key)?.[0];
    // 提前还款违约金率 is what prepaying costs, not a charge for paying late; "逾期利率上浮 50%" is
    // how far the 逾期利率 beside it is raised, not a second rate.
    if (!name || !/率/.test(f.key) || /提前|[上下]浮/.test(f.key) || isFree(f.value)) continue;
    if (MISUSE.test(f.key)) continue;
    // "罚息利率 | 执行利率上浮50%（5.40%）": the rate the raise comes to, or none (the clause below
    // reads a raise alone as a multiple of the contract rate).
    const raise = RAISE.exec(f.value);
    const rate = raise ? comesTo(f.value, rateTokens(f.value), raise) : rateTokens(f.value)[0];
    if (!rate) continue;
    if (raise?.[1])
      raisedTo.push({ name, multiple: new Decimal(raise[1]).div(100).plus(1).toString() });
    const per = rate.per === 'day' || rate.per === 'month' || rate.per === 'year' ? rate.per : null;
    // The label names the period ("罚息率(日)"), or the size does.
    const period =
      per !== null
        ? { per, assumed: false }
        : /日|天/.test(f.key)
          ? { per: 'day' as const, assumed: false }
          : /月/.test(f.key)
            ? { per: 'month' as const, assumed: false }
            : periodOf(f.value, f.value.length, rate.value, null);
    fees.push(overdueRate(name, rate.value, period, f.source));
  }
  // A rent loan's page holds the lease's own late-rent clause ("丙方应向甲方缴纳的款项…逾期未付的，
  // 每逾期一天按月租金的3%支付违约金") beside the loan's ("按逾期金额每日0.05%向资金方支付逾期违约金"):
  // where a clause names the lender as the one paid, a clause that pays the landlord is the lease's.
  const toLender = view.sentences.some(
    (s) => OVERDUE.test(s.text) && /向(?:资金方|贷款人|出借人|贷款方)/.test(s.text),
  );
  for (const s of view.sentences) {
    if (!OVERDUE.test(s.text) || /提前还款违约金|提前还款/.test(s.text)) continue;
    if (toLender && /向(?:甲方|出租方|出租人|房东)/.test(s.text)) continue;
    // "甲方逾期支付居间服务费的，每逾期一日…支付违约金": a broker's charge for paying its fee late,
    // not the loan's for a late instalment.
    // (Not "逾期支付本息及费用的": the loan's own.)
    if (
      /逾期(?:支付|缴纳|交纳|付清|结清)[^。；，,]{0,6}?(?:居间|服务|咨询|中介|包装|顾问)费/.test(
        s.text,
      )
    )
      continue;
    // "催收服务费：逾期超过15天的，一次性收取50元": a charge named in one clause, its sum in the next.
    let named: string | undefined;
    for (const clause of s.text.normalize('NFKC').split(/[，,；;。]/)) {
      // "自逾期之日起按年利率14.60%继续计息": interest that runs on past the due date is charged for
      // paying late, though the clause gives it no name.
      // "逾期利息按日万分之五计收复利": interest on unpaid interest, a charge of its own (复利).
      const own =
        (/(?:计收|收取|计付|加收)复利/.test(clause) ? '复利' : undefined) ??
        OVERDUE_NAME.exec(clause)?.[0] ??
        (/逾期/.test(clause) && /计息|计收利息|计付利息|支付利息/.test(clause) && /%/.test(clause)
          ? '逾期利息'
          : undefined);
      const rates = rateTokens(clause);
      const monies = moneyTokens(clause);
      // (A sum in yuan only: a rate in the next clause may be another charge's.)
      const sum = monies.length > 0 && rates.length === 0;
      const name = own ?? (sum && /收取|支付|缴纳/.test(clause) ? named : undefined);
      named = own !== undefined && monies.length + rates.length === 0 ? own : undefined;
      if (!name || isFree(clause) || MISUSE.test(clause)) continue;
      // "提前结清需按剩余本金的3%支付违约金；逾期按…计收罚息": the first clause prices paying early.
      if (/提前(?:结清|清偿|还本|偿还|还清)/.test(clause)) continue;
      const source = { ...s.source, text: clause };
      // "借款利率上浮50%" is 1.5 times the contract rate; "年化利率的1.5倍" says so outright.
      const uplift = RAISE.exec(clause);
      const times = /(\d+(?:\.\d+)?)\s*倍/.exec(clause);
      // "贷款利率：年化14.4%（月利率1.2%）逾期费：0.05%/天" run together: the charge's own rate is the
      // one after its name.
      const at = clause.indexOf(name);
      const rate = rates.find((r) => r.index > at) ?? rates[0];
      // …and so is its own figure ("本金:¥600.00手续费:¥21.60违约金:¥3.73": 3.73).
      const money = monies.find((x) => x.index > at) ?? monies[0];
      if ((uplift?.[1] || times?.[1]) && /利率|合同|执行/.test(clause)) {
        const multiple = uplift?.[1]
          ? new Decimal(uplift[1]).div(100).plus(1)
          : new Decimal(times?.[1] ?? '1');
        fees.push({
          name,
          when: 'overdue',
          rate: multiple.toString(),
          rateBasis: 'contract-rate',
          source,
        });
      } else if (
        rate &&
        // "逾期时另收取本金2%的违约金": a 违约金 of a whole percent or more with no period is charged once.
        (ONE_OFF.test(clause) ||
          (name === '违约金' &&
            new Decimal(rate.value).gte('0.01') &&
            !/[日天月年]/.test(clause))) &&
        !/每日|按日|每天/.test(clause)
      ) {
        fees.push({
          name,
          when: 'overdue',
          rate: rate.value,
          ratePer: 'once',
          rateBasis: 'overdue-amount',
          source,
        });
      } else if (rate) {
        const period = periodOf(
          clause,
          rate.index,
          rate.value,
          rate.per === 'day' || rate.per === 'month' || rate.per === 'year' ? rate.per : null,
        );
        fees.push(overdueRate(name, rate.value, period, source));
      } else if (money && !/当前|截至|截止|已产生|累计/.test(clause)) {
        // "当前滞纳金19.91元", "截至今日逾期利息23.67元": what has run up so far, not a charge's term.
        fees.push({ name, when: 'overdue', amount: money.value, ratePer: 'once', source });
      }
    }
  }
  // One charge stated under its label and again in a clause is one charge: also when the label
  // names its rate and the clause the charge ("逾期利率 0.05%/天" · "逾期后按日0.05%计收逾期利息"), for
  // 逾期利息, 罚息 and their rate are one interest for paying late; the charge's own name is kept.
  const named = [...fees].sort((a, b) => Number(/率$/.test(a.name)) - Number(/率$/.test(b.name)));
  const same = (f: Fee, g: Fee): boolean =>
    (g.name === f.name || (LATE_INTEREST.test(g.name) && LATE_INTEREST.test(f.name))) &&
    g.rate === f.rate &&
    g.ratePer === f.ratePer &&
    g.rateBasis === f.rateBasis &&
    g.amount === f.amount;
  const restated = (f: Fee): boolean =>
    f.rateBasis === 'contract-rate' &&
    raisedTo.some(
      (r) =>
        r.multiple === f.rate &&
        (r.name === f.name || (LATE_INTEREST.test(r.name) && LATE_INTEREST.test(f.name))),
    );
  // "另计罚息8.38元" on an overdue bill beside "按逾期未还金额每日0.1%收取罚息": interest for paying
  // late runs by the day, so a sum of it is what that rate has run up, not a charge of its own.
  const accrued = (f: Fee): boolean =>
    f.amount !== undefined &&
    LATE_INTEREST.test(f.name) &&
    fees.some((g) => g.rate !== undefined && g.ratePer !== 'once' && LATE_INTEREST.test(g.name));
  const kept = named.filter(
    (f, i) => named.findIndex((g) => same(f, g)) === i && !restated(f) && !accrued(f),
  );
  return fees.filter((f) => kept.includes(f));
}

/** Interest charged for paying late, under any of its names (a 违约金 or 滞纳金 is a charge apart). */
const LATE_INTEREST = /^(?:逾期利率|逾期利息|罚息|逾期罚息|罚息利率|逾期罚息利率)$/;

/** What was paid is not refunded: "不退还已收手续费", "已收取的分期服务费不予退还", "放款手续费不予退还",
 * "分期手续费已于首期一次性收取，提前还款时不予退还". */
const NO_REFUND =
  /提前(?:还款|结清|清偿)(?:时|的)?不(?:予)?退(?:还|回)?|不(?:予)?退(?:还|回)?(?:已收|已付|已缴|已经收取)[^，,。；;]*|(?:已收|已付|已缴|已出账|已扣|已经收取)[^，,。；;]{0,10}?不(?:予)?退(?:还|回)?|[\u4e00-\u9fa5]{1,8}费[^，,。；;]{0,4}?不(?:予)?退(?:还|回)?/g;

/** A prepayment sentence: 提前还款, 提前还本, 提前偿还, 提前结清, 提前清偿, 提前归还, 提前还清 (not
 *  提前3天提醒), and a lease's 提前买断 (buying out the goods early is paying the lease off early). */
// (…and "借款期间可随时申请保单还款，部分或全部归还均可": repaying at any time is repaying early; so
// are a credit sale's 提前结账 and a pledge's 提前赎回.)
const PREPAY =
  /提前(?:还款|还本|偿还|结清|清偿|清还|归还|还清|全部还款|部分还款|结账|赎回|赎当)|提前买断|随时(?:申请)?[^，,。；;]{0,8}?(?:还款|归还|还清|结清)/;

export function prepayment(view: View): { terms: PrepaymentTerms | null; fees: Fee[] } {
  // The sentence that says what prepaying costs; one that only mentions prepaying comes last.
  const candidates = view.sentences.filter((s) => {
    const t = s.text.normalize('NFKC');
    // (Not what paying off the loan a refinance replaces costs: old-loan.ts.)
    return (
      PREPAY.test(t) &&
      /违约金|手续费|补偿|费|利息|收取|免/.test(t) &&
      !aboutAnOldLoan(view, s.block, t)
    );
  });
  const charging = (t: string): boolean => /违约金|手续费|补偿金|罚金|收取/.test(t);
  // …and of those, the rule ("提前结清需按剩余本金的3%支付违约金") before one settlement's sum
  // ("8,545.41（剩余本金 8,197.04 + 当期利息 102.46 + 提前结清违约金 245.91）").
  const rule = (t: string): boolean => /\d\s*[%‰]|百分之|万分之|千分之/.test(t);
  const rank = (t: string): number => Number(charging(t)) * 2 + Number(rule(t));
  const ranked = [...candidates].sort((a, b) => rank(b.text) - rank(a.text));
  for (const s of ranked) {
    // A label alone ("提前还款手续费" in a fee table) says what it costs only with its value.
    const fact = view.facts.find((f) => f.block === s.block && f.label.trim() === s.text.trim());
    const said = fact ? `${fact.label} ${fact.value}` : s.text;
    if (!fact && !/[，,。；;]|[\d%]|收取|支付|承担|免|不/.test(said)) continue;
    const t = said.normalize('NFKC');
    // "如需提前结清，请在“提前还款”中查看违约金": a pointer to where the charge is shown says
    // nothing of it.
    if (/(?:查看|详见|参见|参阅|咨询)[^，,。；;]{0,8}(?:违约金|手续费|费用)/.test(t)) continue;
    // …nor does a general clause that asks whether and points to the special terms ("5.4 提前还款是否
    // 支付补偿金及其比例，见本合同第十九条", a bank's 通用条款): the clause it points to says.
    if (/是否[^，,。；;]{0,8}(?:违约金|补偿金|手续费|费用)[^。；;]{0,12}[，,]?\s*(?:详)?见/.test(t))
      continue;
    const clauses = t.split(/[，,；;。]/).filter((c) => /提前|违约金|手续费|补偿/.test(c));
    const sentence = said.trim().replace(/[。；;]$/, '');
    const text = sentence.length <= 80 ? sentence : clauses.join('，');
    // "提前结清不退还已收手续费", "已收取的分期服务费不予退还", "放款手续费不予退还": what was already
    // paid is not refunded, which charges nothing more for prepaying (unlike "剩余各期服务费" still
    // owed, below). The clause is set aside and a penalty in the rest still charges ("收取1%违约金，
    // 已收手续费不退").
    const kept = text.replace(NO_REFUND, '');
    const noRefund = kept !== text;
    // "提前还款时，借款人须支付当月应还本息及剩余未还本金、…逾期还款违约金（如有）": what is owed for
    // paying late, settled with the rest, is no charge for paying early.
    const rest = kept.replace(
      /逾期[^，,、。；;]{0,6}?(?:违约金|罚息|罚金)(?:[(（]如有[)）])?/g,
      '',
    );
    // "提前还款需结清剩余本金及当期手续费": the period now running is paid as it would be; nothing
    // is charged for the periods not borrowed.
    const currentOnly =
      /剩余本金(?:及|和|与|加|[+＋])当期(?:分期)?(?:利息|手续费|费用|息费)(?=[，,。；;]|$)/.test(
        text,
      );
    const free = isFree(text) || /免违约金|无任何费用|不收费/.test(text) || currentOnly;
    // "提前还款的，仍应按约定期限支付全部居间服务费": fees for months not borrowed are a charge.
    // …and so are "剩余各期居间咨询服务费应于结清当日一次性付清" (a broker's fee for every month left).
    const stillOwed =
      /仍(?:应|需|须|要)[^。；]{0,24}(?:支付|缴纳|承担|收取)[^。；]{0,12}(?:费|利息)/.test(text) ||
      /剩余(?:各期|全部|所有|未到期|未出账)[^，,。；;]{0,12}?(?:费|利息)[^，,。；;]{0,12}?(?<![不免再需予])(?:付清|支付|缴纳|结清|收取|承担)/.test(
        text,
      );
    // A 手续费 beside a refusal to refund is the fee refused (分期手续费 billed each month); only a
    // penalty named besides charges for prepaying.
    const charged =
      (/违约金|补偿金|罚金/.test(rest) || (!noRefund && /手续费/.test(text)) || stillOwed) && !free;
    const fees: Fee[] = [];
    const rate = rateTokens(text)[0];
    if (charged && rate) {
      fees.push({
        name: '提前还款违约金',
        when: 'prepayment',
        rate: rate.value,
        rateBasis: 'prepaid-principal',
        ratePer: 'once',
        source: { ...sourceOf(view.raw, s.block), text },
      });
    }
    return { terms: { text, penalty: charged, source: { ...s.source, text } }, fees };
  }
  return { terms: null, fees: [] };
}

/**
 * Deductions written as clauses: "服务费300元从借款中直接扣除", "放款时预先扣除前三个月利息".
 * An amount is an upfront fee; interest for N months taken from the principal is returned as
 * months, for the reader to price at the loan's own rate.
 */
/**
 * A fee named in a clause and the first amount after it in the same sentence: "服务费 90.00（放款时
 * 扣除）", "已扣除 极速会员费 ¥299.00", "综合服务费，金额为人民币贰仟肆佰元整（¥2,400.00）".
 */
const PART = String.raw`[:：]?\s*¥?\s*([\d,]+(?:\.\d+)?)\s*元?`;
// (A rent loan's instalment is the month's rent it repays: "每期还款金额=月租金3,200.00+服务费160.00".)
const BREAKDOWN = new RegExp(
  String.raw`(?:本金|月租金)${PART}((?:\s*[+＋]\s*[\u4e00-\u9fa5]{1,6}${PART})+)`,
);

/** The fees after the principal in an instalment's breakdown, as [name, amount]. */
function instalmentParts(t: string): [string, string][] {
  const parts = BREAKDOWN.exec(t)?.[2] ?? '';
  const out: [string, string][] = [];
  for (const m of parts.matchAll(
    new RegExp(String.raw`[+＋]\s*([\u4e00-\u9fa5]{1,6})${PART}`, 'g'),
  )) {
    const amount = m[1] && /费$/.test(m[1]) ? leadingMoney(`${m[2] ?? ''}元`) : null;
    if (m[1] && amount) out.push([m[1], amount]);
  }
  return out;
}

/**
 * "动用手续费于放款时从借款金额中一次性扣收", "快速申请费、息费、用户管理费于放款时…扣除" in a note:
 * each fee it names, with the amount the page gives under that name as a label ("动用手续费
 * 150.00元"), wherever that stands.
 */
function namedAbove(view: View, clause: string): [string, string][] {
  return namedBefore(view, clause, clause.search(/扣除|扣收|扣减|扣取/));
}

/** Each fee a clause names before `at`, with the amount the page gives under its name as a label. */
function namedBefore(view: View, clause: string, at: number): [string, string][] {
  if (at < 0) return [];
  const out: [string, string][] = [];
  for (const m of clause.slice(0, at).matchAll(/[\u4e00-\u9fa5]{1,8}?费/g)) {
    const name = m[0].replace(/^(?:及|和|与|以及)/, '');
    const f = view.facts.find((x) => feeName(x.label) === name || x.key === name);
    const amount = f ? leadingMoney(f.value) : null;
    // "服务费 144.00元/期": a fee of each period, never one paid once.
    if (f && /[/每](?:期|月)/.test(f.value)) continue;
    if (amount && !NOT_A_FEE.test(name)) out.push([name, amount]);
  }
  return out;
}

function feeAndAmount(t: string): [string, string, string] | null {
  // The first amount in the sentence, and the last fee named in the 40 characters before it —
  // unless the words between make it another sum ("…甲方实际向乙方划付人民币47,500.00元").
  for (const token of moneyTokens(t.split(/[。；;]/)[0] ?? '')) {
    // "借款金额应在500元至5,000,000元之间": a range's end, not a fee.
    const next = t.slice(token.index + token.raw.length);
    if (
      /^\s*(?:至|到|~|～|-|—)\s*[¥￥\d]/.test(next) ||
      /(?:至|到|~|～|-|—)\s*$/.test(t.slice(0, token.index))
    )
      continue;
    const before = t.slice(Math.max(0, token.index - 40), token.index);
    // "收费说明：", "收费标准": a heading about fees, no fee's name.
    // (…nor a fee's rate: "手续费费率" names 手续费.)
    const names = [...before.matchAll(/[\u4e00-\u9fa5]{1,6}(?:费|准备金|保证金)(?!说明|标准|率)/g)];
    const last = names[names.length - 1];
    // "支付人民币2,500.00元作为居间服务费": the fee named after its figure.
    const named = /^\s*元?\s*(?:作为|用作|系|为)([\u4e00-\u9fa5]{1,6}费)/.exec(next)?.[1];
    if (!last && named !== undefined) return [named, named, token.value];
    if (!last) continue;
    const between = before.slice(last.index + last[0].length);
    // …or the principal's ("从贷款金额中扣除，贷款本金仍按¥20,000.00计息"), or the amount lent in
    // the fee's own example ("综合服务费（借款3000元收取150元）").
    // A share of the principal before the fee's figure is the fee's own rate ("费率为借款本金的2%，
    // 计2,000.00元").
    // …and so is a formula on the principal ("服务费=借款本金×6%×借款月数/12，即人民币18,000.00").
    const share = between
      .replace(/(?:借款|贷款)?本金的\s*\d+(?:\.\d+)?\s*%\s*[，,]?\s*(?:计|即|合计|共计)?/, '')
      .replace(/^[=＝]\s*(?:借款|贷款)?本金\s*[×*xX][^，,；;]*[，,]\s*(?:即|计|合计|共计)/, '');
    // …nor what is left once it is taken ("扣除前述服务费，并将扣除后的余额人民币50,400.00元支付至").
    if (/实际|实付|到账|划付|发放|收到|放款金额|本金|余额|余款|扣除后|剩余/.test(share)) continue;
    if (/(?:借款|贷款|借)(?:金额)?(?:为)?\s*$/.test(between)) continue;
    // …nor the interest's, named after the fee ("平台服务费率3%），本次含借款利息42.00元、平台服务费
    // 90.00元").
    if (/利息\s*(?:为|是|[:：])?\s*(?:人民币)?\s*[¥￥]?\s*$/.test(between)) continue;
    const name = feeNameIn(last[0]);
    // "该咨询服务费…": a fee named before; its amount is there (earlier()).
    if (/^(?:该|上述|此|前述)/.test(last[0])) return null;
    return [name, name, token.value];
  }
  return null;
}

/** Fees written one after another, each with its figure ("包装费（…） 3,000.00 元 + 前期费用 500.00 元"). */
function feeList(t: string): [string, string][] {
  const out: [string, string][] = [];
  for (const m of t.matchAll(
    // (…with its basis between: "保证金按车价3%计3600.00元".)
    /([\u4e00-\u9fa5A-Za-z]{1,8}?费用?|[\u4e00-\u9fa5A-Za-z]{0,8}?保证金)\s*(?:[(（][^)）]{0,16}[)）])?\s*(?:按[\u4e00-\u9fa5]{1,6}\d+(?:\.\d+)?\s*[%‰]\s*(?:计|为|合计|共计)\s*)?[:：]?\s*(?:人民币)?\s*[¥￥]?\s*([\d,]+(?:\.\d{1,2})?)\s*元/g,
  )) {
    const name = m[1] ? feeNameIn(m[1]) : '';
    const amount = m[2] ? leadingMoney(`${m[2]}元`) : null;
    if (name && amount && !NOT_A_FEE.test(name)) out.push([name, amount]);
  }
  return out;
}

/** The fee's own name in a clause: "本次借款的手续费" → 手续费, "向乙方收取手续费" → 手续费. */
function feeNameIn(words: string): string {
  return (
    words
      // (…and a formula's words: "商品金额乘以每期手续费率" names 每期手续费.)
      .replace(/^.*(?:支付|收取|缴纳|缴付|扣除|扣收|另交|交纳|的|乘以)/, '')
      .replace(/^(?:本次|此次|本笔|该笔|及|和|与|以及)/, '')
      // "（含手续费：¥57.50）" in a payment's note, "费用为平台服务费 ¥1,350.00" in a receipt's: the
      // fee is 手续费, 平台服务费.
      .replace(/^(?:含|费?用(?:为|是))(?=[\u4e00-\u9fa5]{1,8}费$)/, '')
  );
}

/** "按月向丙方支付居间服务费，每月人民币壹佰元整（¥100.00）": the amount after 每月/每期, in any form. */
function monthlyFeeClause(t: string): [string, string, string] | null {
  // …or "随当期还款一并支付账户管理费人民币53.50元": paid with every instalment.
  const m =
    // "借款人每月按借款本金的0.6%向本网站支付借款管理费，即每月￥180.00".
    /(?:按月|每月|按期|每期)[^。；]{0,20}?(?:支付|缴纳|收取)([\u4e00-\u9fa5]{2,8}?费)[，,]?\s*(?:即|合|计)?\s*(?:每月|每期)/.exec(
      t,
    ) ??
    // (…or "另随息收取GPS服务费100.00元": with each interest payment, a fee named in letters and words.)
    /随(?:当期|每期|各期|息)(?:还款|本息)?[^。；]{0,6}?(?:支付|缴纳|收取)((?:[A-Z]{2,5})?[\u4e00-\u9fa5]{2,8}?费)/.exec(
      t,
    );
  // …or the amount right after the fee: "每期还款时一并向保证人…公司支付担保费450.00元", "在每个
  // 付息日随利息支付咨询服务费1,000元" (a 先息后本 loan's periods are its interest days).
  const direct =
    /(?:按月|每月|按期|每期|每个?(?:付息|还款|扣款)日)[^。；]{0,30}?(?:支付|缴纳)([\u4e00-\u9fa5]{2,8}?费)\s*(?:人民币)?\s*([\d,]+(?:\.\d+)?)\s*元/.exec(
      t,
    );
  // …or one charged on top, per period: "每期应还本息1725.48元，另收担保服务费150.00元/期".
  const onTop =
    /(?:另收|另行收取|另外收取|加收)((?:[A-Z]{2,5})?[\u4e00-\u9fa5]{2,8}?费)\s*(?:人民币)?\s*([\d,]+(?:\.\d+)?)\s*元\s*[/／每]\s*(?:期|月)/.exec(
      t,
    ) ?? direct;
  if (!m?.[1])
    return onTop?.[1] && onTop[2] ? [onTop[0], onTop[1], onTop[2].replace(/,/g, '')] : null;
  const token = moneyTokens(t.slice(m.index + m[0].length, m.index + m[0].length + 30))[0];
  return token && token.index <= 8 ? [m[0], m[1], token.value] : null;
}

/** The amount of a fee a clause refers back to ("该咨询服务费", "上述服务费") in the sentences before. */
function earlier(
  before: readonly { text: string }[],
  clause: string,
): RegExpExecArray | [string, string, string] | null {
  const named = /(?:该|上述|此|前述)(?:项|笔)?([\u4e00-\u9fa5]{2,8}?费)/.exec(clause)?.[1];
  // "甲方通过以下第2种方式支付上述费用：2、授权乙方于付款当日直接从融资款中扣除": the fee the clause
  // just before names with its figure ("手续费费率：发票金额的0.30%，即人民币4,500.00元"), the only one.
  if (!named && /(?:该|上述|此|前述|以上)(?:各项)?费用/.test(clause)) {
    const found = before
      .map((b) => feeAndAmount(b.text.normalize('NFKC')))
      .filter((m) => m !== null);
    return found.length === 1 ? (found[0] ?? null) : null;
  }
  if (!named) return null;
  for (const b of [...before].reverse()) {
    const m = statedAmount(named, b.text.normalize('NFKC'), '[^。；]{0,12}?');
    if (m) return m;
  }
  return null;
}

/** A contract's sum in capitals before its figure: "人民币（大写）玖仟陆佰元整，￥（小写）", "（大写）
 *  壹仟零伍拾元整（小写：￥1,050.00元）". */
const CAPITALS_FIRST = String.raw`(?:\s*(?:人民币)?\s*[(（]?大写[)）]?[:：]?\s*[零壹贰叁肆伍陆柒捌玖拾佰仟万亿元圆角分整正]+[，,、]?)?\s*(?:人民币)?\s*[¥￥]?\s*(?:[(（]?小写[)）]?[:：]?\s*[¥￥]?\s*)?`;

/** A sum as written, with its separators: "21,866.39". */
const FIGURE = String.raw`[\d,]+(?:\.\d+)?`;

/**
 * "信息服务费【2,400.00】元", "咨询服务费，金额为人民币2,400.00元", "信息咨询服务费人民币（大写）玖仟陆佰
 * 元整，￥（小写）9,600.00元", a Word contract's "平台服务费人民币（大写）贰仟肆佰元整（¥2,400.00）": a fee
 * named with its amount in `text` (before 元, or after ¥ in brackets), the words between them
 * allowed by `between`. A bare "¥21,866.39" after a fee's name is the next field's figure
 * ("不含已扣除的服务费 | ¥21,866.39" under 还款总额), not the fee's.
 */
function statedAmount(fee: string, text: string, between: string): RegExpExecArray | null {
  return new RegExp(
    `(${fee})${between}${CAPITALS_FIRST}\\s*(?:人民币)?\\s*(?:[(（]\\s*(?=[¥￥]\\s*${FIGURE}\\s*[)）])|(?=[¥￥]?\\s*${FIGURE}\\s*[】)）]?\\s*元))[¥￥]?\\s*(${FIGURE})`,
  ).exec(text);
}

/** A fee's share of the amount before its figure: "，为借款本金的6.00%，计". */
const SHARE_THEN_AMOUNT = String.raw`[，,]?\s*(?:为|按)[^。；，,\d]{0,10}\d+(?:\.\d+)?\s*%[，,]?\s*(?:计|即|合计|共计|金额为)?`;

/**
 * A clause that names a fee without its amount ("金融服务费计入融资额", "从借款本金中直接扣除全部应付
 * 信息服务费"): the amount where the page states that fee ("金融服务费4990.00元", "信息服务费
 * 【2,400.00】元").
 */
function amountOnPage(view: View, clause: string): RegExpExecArray | null {
  const names = [...clause.matchAll(/[\u4e00-\u9fa5]{2,8}?费(?!用)/g)];
  const named = names[names.length - 1]?.[0];
  if (!named) return null;
  const page = view.all.normalize('NFKC');
  // The words before the fee's name are the clause's ("将信息服务费", "全部应付信息服务费"): the
  // longest tail of them the page states with an amount is the fee.
  for (let from = 0; named.length - from >= 3; from++) {
    const fee = named.slice(from);
    if (NOT_A_FEE.test(fee)) return null;
    // …or with its share of the amount between ("收取平台服务费，为借款本金的6.00%，计人民币6,000.00元").
    // …or its total ("服务费、居间费总额为：人民币¥400.00元").
    const m = statedAmount(
      fee,
      page,
      `(?:${SHARE_THEN_AMOUNT}|\\s*(?:总额|金额|合计|共计|总计)?\\s*(?:为|是)?\\s*[:：【(（]?)`,
    );
    if (m) return m;
  }
  return null;
}

/**
 * Paid with the principal at the end: "到期偿还借款本息时…一并支付", "与本金一并归还", "随本息一并收取",
 * "与本金、利息一并于到期还款日归还".
 */
const WITH_LAST =
  /到期[^。；]{0,16}?(?:一并|同时|一起)(?:支付|偿还|归还|缴纳|收取|扣收|划扣|扣划|扣款)|(?:与|连同|随)(?:借款)?本(?:金|息)[^。；]{0,8}?一并[^。；，,]{0,10}?(?:支付|偿还|归还|缴纳|收取|扣收|划扣)/;

const FINANCED_FEE =
  /费[^，。；]{0,12}(?:计入|纳入|包含在|含在)(?:融资额|融资金额|贷款本金|借款本金|贷款金额|借款金额|本金)/;

export function deductionClauses(view: View): {
  fees: Fee[];
  interestMonths: number | null;
  /** Interest listed among the fees taken at payout ("费用如下：…利息：¥100.00元"). */
  interestTaken: string | null;
  source: Source | null;
} {
  const fees: Fee[] = [];
  let interestMonths: number | null = null;
  let interestTaken: string | null = null;
  let source: Source | null = null;
  view.sentences.forEach((s, k) => {
    const t = s.text.normalize('NFKC');
    // "金融服务费计入融资额，不另行支付": a fee lent with the loan is never paid out, as a deduction.
    const financed = FINANCED_FEE.test(t) && !/不(?:得)?计入/.test(t);
    // "…于借款人签署本协议时收取；本次展期服务费为99.99元": the amount in the clause after the one
    // that says when, in the same paragraph (a fee table's cell "签约时一次性支付" says when its own
    // row's fee is paid, not the next paragraph's "垫资费16,200.00元").
    const prev = view.sentences[k - 1];
    const said = prev?.source.locator === s.source.locator ? `${prev.text}${t}` : t;
    const signed =
      AT_SIGNING.test(said) ||
      AT_START.test(t) ||
      PAID_BEFORE_PAYOUT.test(t) ||
      PAID_SOON_AFTER.test(t);
    // "贷款利息7680元在提车前随首付一并交清，按揭期间每月只还本金": the whole interest paid before the
    // money is lent, as a fee taken out of it would be (砍头息, 民法典第670条).
    const interestFirst =
      /(?:^|[:：]\s*)(?:贷款|借款)?利息\s*[:：]?\s*[¥￥]?\s*([\d,]+(?:\.\d{1,2})?)\s*元/.exec(t);
    if (interestFirst?.[1] && (signed || BEFORE_LOAN.test(t)) && !isFree(t)) {
      const amount = leadingMoney(`${interestFirst[1]}元`);
      if (amount) fees.push({ name: '贷款利息', when: 'upfront', amount, source: s.source });
      return;
    }
    // (…not "经保证金冲抵3000.00元后实付19704.55元": a deposit set against a rent is not paid again.)
    if (signed && !isFree(t) && !/(?:冲抵|抵扣)\s*[¥￥]?\s*\d/.test(t)) {
      // "放款前需向贷款顾问支付：包装费（批贷金额的3%） 3,000.00 元 + 前期费用（资料、评估、公证）
      // 500.00 元，合计 3,500.00 元": each fee the list names, not its total.
      // (…or a sum paid then: "提车时支付：首付租金￥8,980.00 + GPS及服务费￥5,800.00 = ￥14,780.00",
      // of which the fee is the part named a fee.)
      const yuan = t.replace(/([¥￥]\s*[\d,]+(?:\.\d{1,2})?)(?!\s*元|[\d.])/g, '$1元');
      const listed = PAID_BEFORE_PAYOUT.test(t) || AT_SIGNING.test(t) ? feeList(yuan) : [];
      if (listed.length >= 2 || (listed.length === 1 && /[+＋]/.test(t))) {
        for (const [name, amount] of listed)
          fees.push({ name, when: 'upfront', amount, source: s.source });
        return;
      }
      const m = feeAndAmount(t);
      const amount = m && !NOT_A_FEE.test(m[1]) ? leadingMoney(`${m[2]}元`) : null;
      if (m && amount)
        fees.push({ name: feeNameIn(m[1]), when: 'upfront', amount, source: s.source });
      if (m) return;
    }
    // "乙方于付款当日…一次性预收全部融资期利息，本笔预收利息为人民币10,800.00元，到期只需归还融资本金":
    // the whole term's interest kept back the day the money is paid (砍头息, 民法典第670条).
    const prepaid =
      /预收(?:全部)?[^，。；]{0,8}利息[^。；]{0,12}?(?:人民币)?\s*[¥￥]?\s*([\d,]+(?:\.\d{1,2})?)\s*元/.exec(
        t,
      );
    const amountPrepaid = prepaid?.[1] ? leadingMoney(`${prepaid[1]}元`) : null;
    if (amountPrepaid && /(?:付款|放款|发放|划付|拨付)(?:当日|当天|时)/.test(t) && !isFree(t)) {
      fees.push({ name: '预收利息', when: 'upfront', amount: amountPrepaid, source: s.source });
      interestTaken = amountPrepaid;
      source = s.source;
      return;
    }
    if (!/扣除|预扣|先扣|扣收|扣减|扣取|直接扣/.test(t) && !financed) return;
    // "已扣除 极速会员费 ¥299.00" on a result page: taken before the money arrived.
    if (
      !financed &&
      !/从借款|从本金|从贷款|从融资款|借款中|本金中|放款时|放款前|放款当日|放款日当[天日]|放款次日|到账前|发放时|(?:划付|拨付|转账)[^，。；]{0,8}?时|当场|预先|先行|已扣除|已扣/.test(
        t,
      )
    )
      return;
    // "放款时不扣除，到期与本金、利息一并归还", "保险费不在放款时扣除，按期随还款一并收取": the fee
    // is not taken from the loan.
    if (
      isFree(t) ||
      /不得|禁止|严禁|不(?:会|予|作)?(?:预先|提前|直接)?(?:扣除|预扣|扣收|扣减|扣取)/.test(t) ||
      /不(?:在|于|从)[^，,。；;]{1,8}(?:扣除|预扣|扣收|扣减|扣取)/.test(t)
    )
      return;
    // "…各项费用，于放款日当天一次性扣除…费用如下：" and the list under it: each item taken, the
    // interest among them too (砍头息, 民法典第670条).
    const below = /如下[:：]?$/.test(t) ? itemsListedBelow(view.all.normalize('NFKC'), t) : [];
    if (below.length >= 2) {
      for (const { name, amount } of below) {
        fees.push({ name, when: 'upfront', amount, source: s.source });
        if (/利息/.test(name)) interestTaken = amount;
      }
      source = s.source;
      return;
    }
    const months =
      // (…or the whole term's, taken on the spot: "两个月利息400元转账时当场先扣了".)
      /(?:前|首)\s*(\d{1,2}|[一二两三四五六七八九十]+)\s*(?:个)?(?:月|期)(?:的)?利息|(?<![\d一二两三四五六七八九十])(\d{1,2}|[一二两三四五六七八九十]+)\s*个月(?:的)?利息[^，。；]{0,16}?(?:当场|预先|提前)?先?扣/.exec(
        t,
      );
    const count = months?.[1] ?? months?.[2];
    if (count) {
      const n = /^\d+$/.test(count)
        ? Number(count)
        : '一二三四五六七八九十'.indexOf(count) + 1 || (count === '两' ? 2 : 0);
      if (n > 0) {
        interestMonths = n;
        source = s.source;
      }
      return;
    }
    // "放款时从转让款中扣除服务费4800.00元、GPS安装费1200.00元": each fee of the list taken.
    const after = feeList(t.slice(Math.max(0, t.search(/扣除|预扣|先扣|扣收|扣减|扣取/))));
    if (after.length >= 2) {
      for (const [name, amount] of after)
        fees.push({ name, when: 'upfront', amount, source: s.source });
      return;
    }
    // "该咨询服务费于放款时从借款本金中一次性扣收": the fee named with its amount just before.
    const above = namedAbove(view, t);
    const m =
      feeAndAmount(t) ??
      earlier(view.sentences.slice(Math.max(0, k - 2), k), t) ??
      (above.length > 0 ? null : amountOnPage(view, t));
    if (!m) {
      for (const [name, amount] of above)
        fees.push({ name, when: 'upfront', amount, source: s.source });
      return;
    }
    if (!m[1] || !m[2] || NOT_A_FEE.test(m[1])) return;
    const amount = leadingMoney(`${m[2]}元`);
    if (amount === null) return;
    fees.push({
      name: feeNameIn(m[1]),
      when: 'upfront',
      amount,
      source: s.source,
    });
  });
  return { fees, interestMonths, interestTaken, source };
}

/**
 * The fees a listed plan shows in columns of their own (服务费 50.00 in every row, 会员费 only in
 * the first) and the page states nowhere else: each becomes the loan's fee, periodic or charged
 * once with its period, so the report and the letters name it. Their money is already in the
 * instalments; this only names it.
 */
export function feesOfPlan(payments: readonly Payment[], stated: readonly Fee[]): Fee[] {
  const names = [...new Set(payments.flatMap((p) => Object.keys(p.fees ?? {})))];
  const out: Fee[] = [];
  for (const name of names) {
    if (OVERDUE_NAME.test(name)) continue;
    const rows = payments
      .map((p, i) => ({ period: i + 1, amount: p.fees?.[name] ?? null }))
      .filter(
        (r): r is { period: number; amount: string } =>
          r.amount !== null && new Decimal(r.amount).gt(0),
      );
    const first = rows[0];
    if (!first) continue;
    const known = stated.some(
      (f) =>
        f.when !== 'overdue' &&
        (f.name.includes(name) || name.includes(f.name) || f.amount === first.amount),
    );
    if (known) continue;
    out.push(
      rows.length === 1 && payments.length > 1
        ? { name, when: 'once', amount: first.amount, period: first.period }
        : { name, when: 'periodic', amount: first.amount },
    );
  }
  return out;
}
