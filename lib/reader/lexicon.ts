/**
 * The label lexicon, organised by concept: which labels can name the principal, the term, the
 * per-period amount, the total repaid, the total interest, the amount received, the repayment
 * method and the due date. A match is only a role *guess*: the interpretation (interpret.ts)
 * decides between guesses by the page's own arithmetic, so a synonym list that misses the next
 * page's wording costs a check, not the whole reading. Labels are matched on the compact NFKC
 * key (facts.ts `labelKey`).
 */
import type { Role } from '@/lib/model/reading';

export interface Concept {
  /** Labels that name this concept. */
  label: RegExp;
  /** Labels that look like it but name something else (最高可借, 剩余本金, 每期本金…). */
  not?: RegExp;
}

export type LexiconRole = Exclude<Role, 'schedule' | 'method'>;

export const LEXICON: Record<LexiconRole, Concept> = {
  principal: {
    label:
      /^(?:借款|贷款|借贷|合同|分期|商品|订单|待?申请|消费|提现|取现|套现|借出|出借|借入|融资|租赁|代还|代偿|先享|代付|垫付|垫资|赊销|赊账|赊购|赊欠)(?:金额|本金|数额|额)$|^(?:借款|贷款|借贷)(?:审批|获批|核准|批准)金额$|^(?:借款|借出|出借)本金(?:数额|金额)?$|^(?:本次|此次|申请)借款(?:金额)?$|^贷款本金$|^(?:展期|续借|续贷)本金$|^借据金额$|^(?:本次|本笔|此次)?(?:预支|借支)(?:金额)?$|^(?:过桥|转贷|赎楼)(?:金额|资金|本金)$|^初始交易金额$|^(?:购买价款[(（])?回购本金[)）]?$|^融出(?:资金|金额)$|^(?:预支|借支)(?:运费|工资|货款|薪资|款项)(?:金额)?$|^平台(?:付款|代付|垫付|打款)(?:共计|合计|总额|金额)?$|^(?:融资租赁|融资|租赁|借款|贷款)合同金额$|^(?:总)?提款金额$|^已(?:提款|支用|用款|用信)(?:金额)?$|^(?:支用|用款|用信)(?:额度|金额)$|^签约(?:额度|金额)$|^(?:计息)?本金(?:金额)?$|^(?:您|你|我)?想?借多少钱?$|^共借款$|^总计分期金额$|^总分期金额$|^分期总金额$|^商品总价$|^回收价(?:格)?$|^打款本金$|^回租(?:金额|本金)$|^我(?:要|想)借$|^借$|^借款$|^贷款$|^融资$|^现价$|^商品价格$|^(?:全款|一次付清)(?:价|价格|金额)?$|^订单总额$|^分期总额$|^分期(?:货款|租金|房租|学费|保费)$|^(?:现金|账单)分期$|^总价$|^信用(?:支付|付款)(?:金额)?$|^信用金额$|^(?:已发放|原|续当)?(?:典当|当)(?:金额|款|金)$|^总当价$|^(?:借款|贷款)总(?:金额|额)$|^(?:借款|借支|贷款)金额合计$|^放款总(?:金额|额)$|(?:提供|出借)(?:借款|(?:赎楼|过桥)?垫资款)(?:人民币)?$|^借款人民币$|^(?:[甲乙丙]方|借款人)向(?:[甲乙丙]方|出借人|贷款人)借款(?:金额|本金)$|^已?借给$|借给(?:您|你)$|向(?:[甲乙丙]方|出借人|贷款人|本社)借(?:用|款|入)?[\u4e00-\u9fa5]{0,4}?人民币$|^(?:获批|审批|批核|核准|核定|批准|决议|批复)金额$|^原始(?:本金|贷款金额|借款金额)$|^loanamount$|^amount$|^principal$/i,
    // "放款总额 1500元 (到账 1275)": the whole sum paid out before anything is kept back; what
    // arrives is labelled apart (放款金额 alone stays a received amount).
    // "支用额度" is what was drawn, not a limit; so is a credit line's 已提款 (已支用, 已用款) beside
    // its 贷款额度.
    // "原借款金额" on a restructure or an extension: the old loan, not this one ("原典当金额" on a
    // pawn's renewal is the same money lent again; "原始本金" on a loan account's overview is this
    // loan's amount as first lent).
    // "平均每笔借款金额": an account's statistic over several loans, none of them.
    // A contract's clause cut at its blank is a label too: "乙方向甲方借款金额为 | 人民币伍仟元整".
    // A checkout's pay-in-full option ("一次付清 · 全款 ¥4,800.00") prices what its instalment
    // options finance, as 商品价格 does.
    // (…but "平台付款共计 35,200.00" on a rent loan is the rent the platform paid for the tenant.)
    not: /最高|最低|可借|可用|(?<!支用|用款|用信|签约)额度|到账|应还|每期|每月|利息|总额(?!$)|(?<!平台(?:付款|代付|垫付|打款)|(?:借款|借支|贷款)金额)合计|剩余|已还|待还|首期|未还|^原(?!典当|当|始)|累计|平均/,
  },
  received: {
    label:
      /到账金额|到款金额|实际到账|实际到款|实际放款|到手金额|预计到账|放款金额|^出款金额$|^实际出(?:账|款)金额$|实收金额|净收金额|净得金额|净融资额|待放金额|实放金额|实际发放|实际到手|实得金额|实得$|到账$|实到(?:金额)?$|(?:实际)?打款金额|实际收款(?:金额)?$|实际收到(?:价款|款项|金额)$|实际可提现(?:金额)?$|^收款金额$|实际提款(?:金)?额$|实际入账(?:金额)?$|^实际(?:出借|借出|转账|转出)(?:金额)?$|实际(?:划付|拨付)(?:金额)?$|^(?:应|实际)?走款金额$|^实(?:付|发)当金$|实际支付给[\u4e00-\u9fa5]{1,6}?的?(?:车款|款项|金额|资金)(?:为)?$/,
    // "融资期限为自实际放款之日起 6个月": a date the term runs from, not an amount.
    // "累计放款金额 1,286.40亿": a platform's statistic, every loan it ever made.
    // ("借款账户实际入账 490,000.00元" is what reached the account.)
    // "本次申请放款金额 600,000.00" is what was asked to be paid out, before what is taken off it.
    // A car loan's "应走款金额 112,220.00" is what the bank pays out (走款), the dealer's fees taken.
    // A back office's "出款金额" is what it paid out, 前置费用 taken ("借款金额 50,000.00 · 出款金额
    // 46,000.00 · 前置费用 4,000.00"): the page's own subtraction checks it.
    not: /最高|最快|时间|银行|账户(?!实际入账)|卡|期限|之日|日起|累计|申请/,
  },
  // A pawn ticket's 当期 is its term (典当管理办法第四十条: 当票应当载明…当期); on a bill the same word
  // is the current period, whose figure is no length of time and so never a term. A redemption
  // page's 上期典当期限 is the term of the pawn it redeems.
  // A quote form's "我想借 ¥9000 · 分 [1.5 年]": the term it is split over.
  term: {
    label:
      /^(?:借款|贷款|分期|还款|典当|融资|租赁|用款|用信|支用|提款|合同|签约|批借|批贷|审批|批准|核准|获批|核定|总|先享|回租|垫资|垫付|代付|预支|使用|赊销|赊账|赊欠)?(?:期限|期数)$|^(?:借款|贷款|分期|还款)期次$|^(?:借款|贷款|借)期$|^(?:展期|续期|续借|续贷|续当)(?:期限|天数)$|^(?:融资|贷款|借款)年限$|^借多久$|^分$|^(?:借款|贷款|分期|预支|垫付)(?:时间|周期|天数|时长)$|^(?:实际)?计息天数$|^(?:资金)?占用(?:天数|期限)$|^(?:回购|购回)期限$|^(?:实际)?(?:使用|用款|用资)天数$|^实际(?:借款|占用)天数$|^资金使用天数$|^(?:固定)?周期$|^租期$|^(?:还款|贷款|借款)?分期(?:月数|期数|次数|数)?$|^(?:借款|贷款|还款)月数$|^还款分期月数$|^当期$|^(?:上期|本期)典当期限$|^(?:借款)?期限[(（][^)）]*[)）]$|^term$/i,
    not: /最长|最短|最高|剩余|已还|当前|第/,
  },
  'per-period': {
    label:
      /^(?:每期|每月|每周)$|^(?:其余|其他|其后|以后|之后|剩余)?(?:每期|每月|每周|月|当期|本期|当月)(?:应还|还款|应付|付款|支付|还款额|供|供款|还款总额|还款金额|应还金额|应还款|还本付息|偿还|应缴|应交|扣还|扣款|应扣|扣账)(?:金额|额)?$|^月供$|^月还款(?:额|金额)?$|^月还(?:金额|款额)$|^(?:月均还款|平均月供|平均每月还款|平均每期还款)$|^月偿还本息(?:数额|金额)?$|^月还(?:款)?本息$|^每期(?:本息|还款)(?:金额)?$|^(?:首期|每期)?还款金额$|^(?:每期)?期供(?:金额|额)?$|^(?:月|每月|每期)租金?$|^(?:每月|每期)分期(?:金额|款|额)?$|^还款计划$|^首期(?:应还|还款)(?:金额|额)?$|^(?:本期|当期)(?:需支付|需还款?|合计|应还合计|应付合计)$|^(?:月供|每月还款|每期还款)合计$/,
    not: /本金|利息|服务费|担保费|手续费$|最后|末期/,
  },
  'total-repaid': {
    label:
      /^(?:还款|应还|待还|本息)(?:总额|合计|总计|本息合计)$|^应回款(?:总额|合计|金额)$|^(?:到期)?购回交易金额$|^(?:还款|应还|到期)本息$|^到期应付(?:合计|总额|金额)?$|^(?:总还款|共需还款|合计应还|合计应付|应还本息|总计应还|到期应还)(?:总额|合计|金额|总计|本息)?$|^应还本息合计$|^本息合计$|^还款总(?:金)?额$|^总还款额$|^到期(?:应还|还款)(?:本息)?(?:合计|金额|总额)?$|^实际应还(?:金额|总额)?$|^应还总金额$|^结算金额$|^需还款?(?:金额|总额)?$|^(?:到期)?一次(?:性)?还清(?:金额)?$|^到期应扣(?:金额|合计)?$|^(?!已|待)(?:到期)?(?:[\u4e00-\u9fa5]{1,4}?时)?(?:从[\u4e00-\u9fa5]{1,6}中)?应?扣回(?:金额|总额|合计)?$|^(?:到期)?赎当应付(?:金额|合计)?$|^(?:你|您)?一共需要?支付$|^到期应结(?:金额|合计|本息)?$/,
    not: /每期|每月|首期|剩余|已还|最高/,
  },
  'total-interest': {
    label:
      /^(?:总利息|利息总额|利息合计|共计利息|应还利息|应付利息|还款利息|欠款利息|总计利息|正常利息|借款利息|贷款利息|利息)(?:金额)?$/,
    not: /每期|每月|首期|日|月利|剩余|已还|罚/,
  },
};

/** Repayment-method labels: "还款方式 等额本息". */
export const METHOD_LABEL = /还款方式|还款方法|计息方式|结息方式|还款类型|结账方式/;

/** The first instalment stated apart: "首期应还 734.58元（含会员费）", "分期后首期应还金额". */
export const FIRST_INSTALMENT = /^首期(?:应还|还款|支付)(?:金额|额)?$/;

/**
 * A label without the words that only say when or how firmly a figure holds: a card's
 * "分期后首期应还金额" is 首期应还金额, a calculator's "预计每月还款" is 每月还款, a form's
 * "请选择借款金额" and "您获批的贷款金额" are 借款金额; and without a unit in brackets ("利息(CNY)", "借款期限（月）").
 */
export function conceptKey(key: string): string {
  return (
    key
      .replace(/帐/g, '账')
      // A form's prompt is its label: "请选择借款金额 [3000 ▾]".
      .replace(/^(?:请选择|请输入|请填写|请确认|选择|输入)(?=.{2})/, '')
      // …or after it: "分期选择 [12期 ▾]", "期限选择".
      .replace(/(?<=.{2})选择$/, '')
      // A unit in brackets first, so that what is left is the name ("批准金额（万元）" is 批准金额).
      .replace(/(?<=.{2})[(（][^)）]*[)）]$/, '')
      // What was approved is what is lent: "您获批的贷款金额", "审批金额", "核准本金".
      .replace(/^(?:您|你)?(?:获批|审批|批核|核准|核定|批准)(?:通过)?(?:的)?(?=.{3}|本金$)/, '')
      .replace(/^(?:分期后|调整后|变更后|预计|预估|参考|试算|计划|约)(?=.{2})/, '')
      // "实际借款金额 2500.00元 · 实际借款期限 21天" (an order's detail, beside what was applied for):
      // the loan as made.
      .replace(/^实际(?=借款(?:金额|本金|期限)$)/, '')
      // A refinance's new loan beside the one it pays off ("新贷款金额 ¥680,000.00" under "原贷款银行").
      .replace(/^新(?=(?:借款|贷款)(?:金额|本金|期限)$)/, '')
      // A contract's clause under its number: "16.1本合同项下的借款金额为", "本合同项下融资金额为（小写）".
      .replace(/^(?:\d+(?:\.\d+)*\s*)?(?:本合同|本协议)项下的?(?=.{4})/, '')
      // A contract's sentence cut at its colon: "借款期限为：15天", "借款日利率为：0.06%" — or at its
      // blank, "借款金额为人民币 | 捌万元整".
      .replace(/(?<=.{2})(?:为|是)(?:人民币)?$/, '')
  );
}

/** The concept a label names, or null. */
export function conceptOf(label: string): LexiconRole | null {
  const key = conceptKey(label);
  const role = roleOf(key);
  // "分期总额（本金+手续费）": a sum its own gloss says holds the charges is what is repaid (not
  // "分期总额（不含手续费）", which says the opposite).
  if (
    role === 'principal' &&
    /[(（][^)）]*(?:[+＋]|(?<!不)含)[^)）]*(?:费|息)[^)）]*[)）]$/.test(label)
  )
    return 'total-repaid';
  // "申请分期金额", "申请期数", "本次借款期限": the words that say it is this application's.
  if (role !== null) return role;
  // …or the instalment's own ("分期还款总额", "分期利息" on a premium or purchase in instalments).
  // "3期总利息(元)": the plan's periods counted before its total.
  const own = key.replace(/^(?:申请|本次|此次|本笔|本期|纳入|分期|\d{1,3}期(?=总))(?=.{2})/, '');
  if (own !== key) return roleOf(own);
  // "年租金（分期金额）": a gloss in brackets names the concept the page means by its own word.
  const gloss = /[(（]([^)）]{2,8})[)）]$/.exec(label)?.[1];
  return gloss ? roleOf(conceptKey(gloss)) : null;
}

function roleOf(key: string): LexiconRole | null {
  for (const [role, c] of Object.entries(LEXICON) as [LexiconRole, Concept][]) {
    if (c.label.test(key) && !(c.not?.test(key) ?? false)) return role;
  }
  return null;
}

/**
 * Prose forms of the same concepts, for contracts, IOUs, notices and spoken-style blurbs
 * ("借一万二，分十二期，每月还一千零九十六元", "您于2026年4月8日在嘉沅借平台借款 5,000.00 元", an
 * SMS's "您申请的2,000.00元借款已经成功"; a chat's "您于2026-02-03借款3,000.00元", "我在小橙周转借了
 * 3,000元", "额度批了10万，期限12个月" — an approval said with its term): the text before the figure
 * names the role. What a lender pays another party for the borrower ("由资金方…向甲方一次性支付本合同
 * 12个月租金共计33600.00元", a rent loan) is what is lent; so is the sum a quote was worked on
 * ("按借款50,000元、分24期、等额本息…试算" under the 月供 it shows), which the page's own figures check;
 * and so is what a contract says the lender pays out ("甲方同意向乙方发放个人贷款人民币贰拾万元整").
 */
export const PROSE: Record<
  'principal' | 'received' | 'per-period' | 'total-repaid' | 'total-interest',
  RegExp
> = {
  principal:
    /(?:发放[\u4e00-\u9fa5]{0,4}?(?:贷款|借款)(?=\s*(?:人民币|[¥￥]|RMB))|由(?:资金方|出借人|贷款人)[^，。；,;]{0,30}?(?:一次性)?(?:支付|代付|划付|垫付)[^，。；,;]{0,16}?(?:共计|合计)(?=\s*(?:人民币)?\s*[¥￥]?\s*\d)|(?:借款|贷款)(?:金额|本金)(?:为|是|[:：])?(?=\s*(?:人民币|¥|RMB|\d|[壹贰叁肆伍陆柒捌玖拾]))|(?:展期|续借|续贷|借款展期的|借款的)本金(?:金额|数额)?(?:为|是)(?=\s*(?:人民币|¥|RMB|\d))|分期(?:货款|本金)(?:为|[:：])?(?=\s*(?:人民币|[¥￥]|\d))|(?:余款|(?:剩余|余下)?本金)(?:为)?(?=\s*(?:人民币)?\s*[¥￥]?\s*[\d,.]+\s*元?\s*(?:按月|分期|分\s*\d))|今借到|现借到|兹借到|出借约(?=\s*(?:人民币|¥|\d))|(?:您|本次)?申请的(?=\s*[¥￥]?\s*[\d,]+(?:\.\d{1,2})?\s*元的?借款)|(?:您|本次)申请的借款(?=\s*[¥￥]?\s*[\d,]+(?:\.\d{1,2})?\s*元)|(?<![他她])在[^，。；,;]{1,16}?借(?:款|了)(?=\s*(?:人民币|[¥￥]|RMB|\d))|(?<=于\s*\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s*)借款(?=\s*(?:人民币|[¥￥]|RMB|\d))|(?:额度|借款|贷款)?(?:批了|批下来了?|获批)(?=\s*[¥￥]?\s*[\d,.]+\s*万?\s*元?[，,]\s*(?:期限|分|借)?\s*\d{1,3}\s*(?:个月|期|天))|(?<!面|方|导|意)向[^，。；,;]{1,20}借款(?!本金的|金额的|本息的)(?:的?总?(?:金额|本金|数额)(?:为|是))?|(?:提供|出借|发放)(?:借款)?总额为(?=\s*(?:人民币|[¥￥]|\d))|(?<!面|方|导|意)向[\u4e00-\u9fa5]{1,8}借(?=\s*(?:人民币|[¥￥]|\d))|(?:提供|出借)借款(?=\s*(?:人民币|¥|RMB|\d))|借款人民币[:：]?|^\s*[\d.、]+\s*(?:借款)?金额[:：]|按借款(?:金额)?(?=\s*(?:人民币)?\s*[¥￥]?\s*\d))\s*(?:人民币)?/,
  // "乙方实际收款金额为人民币294,000.00元", "借款人实际可提现金额为94,000.00元": what is left to
  // the borrower after a fee taken at payout, in a contract's clause (in 大写 too, its figure in
  // brackets after it: "实际到账金额为人民币贰万柒仟陆佰元整（¥27,600.00）").
  // …and "下列费用已于放款时从当金中扣除，实付77000.00元": what is paid out once they are taken.
  // …or a borrower's own words for it: "签完字他当天只转了78,800元" (the rest kept back), or a
  // lender's in a chat: "到手相当于98,000元"; or an IOU app's notice to the borrower: "您已收到对方
  // 打款 9000 元（借款10000元，先息方式已扣除利息1000元）".
  received:
    /(?:(?<=当天|当日|实际|放款时|签完字?)(?:只|仅)(?:转账?|打款?|汇款?|给|放款|到账|到手|收到)了?我?|实际(?:可)?(?:收款|到账|到手|提现|收到|可提现|入账)(?:的)?(?:金额|款项|资金)?|到手(?:相当于|只有|就是|才)|(?<!未|没|没有)收到(?:对方|出借人)?的?(?:打款|转账|汇款|放款)|(?<=扣除[^。；]{0,12})(?:实付|实发|实际支付)(?:金额)?)(?:为|是|共计|[:：])?(?=\s*(?:人民币)?\s*(?:[¥￥]?\s*[\d,]+(?:\.\d{1,2})?\s*元|[壹贰叁肆伍陆柒捌玖拾佰仟万零]+元整?\s*[(（]))\s*(?:人民币)?/,
  // (…and a salary advance's "每月扣回1,500.00元", taken from the pay.)
  'per-period':
    /(?:每月|每期|每个月)(?:需|只需?|就)?(?:应还|还款|还|偿还|归还|支付|付息|扣回|扣还|代扣|扣款)(?:本息|利息)?(?:金额)?(?:为|约)?/,
  // Not what another party pays for the borrower ("由丁方向甲方一次性支付12个月租金"): that is the
  // money lent.
  'total-repaid':
    /(?:共需?还款?|一共还款?|合计(?:还款|应还)|(?<=\d\s*(?:天|日|个月))\s*后[，,]?\s*(?:需|应)?(?:一次性)?(?:还款|归还|偿还)|(?<!由[^，。；,;]{1,12})一次性(?:归还|偿还|支付|还款)(?:本金及利息|本息)?(?:共计|合计)?|到期(?:赎当|赎回)?应(?:还|付)(?!利息|本金)(?:本息)?(?:合计)?|赎当(?:时)?应(?:付|还|支付)(?:金额)?(?:合计)?|到期(?:一次性)?(?:归还|偿还)(?!利息)(?:本息)?(?:合计)?|应还本息合计|本息合计|还款总额|(?<=还本付息|连本带(?:利|息))[,，]?\s*(?:共计|合计|总计)|(?:还款日|到期日)应(?:归还|偿还|还)(?:借款)?(?:金额|本金|本息)?)(?:为|约|共计)?/,
  // Not "每月利息600元": interest of one period is no total.
  // Not an investor's "利息收益": what a lender earns on a bid is no total of this loan.
  'total-interest':
    /(?:总利息|(?<![月日期])利息(?:共|合计|总计)|共计利息|(?<![月日期])利息(?!收益|余额))(?:为|约|是)?/,
};

/**
 * A whole loan said in one breath, as an offer states it: "借一万二，分十二期，每月还一千零九十六元",
 * "借5万元，分36期，年利率7.2%，等额本息还款". Only with a term and an instalment, a total, a rate
 * or a method in the same sentence, and never in a question or a story about someone else.
 */
export const SPOKEN_LOAN =
  /(?:^|[，,。；\s]|申请|我要|我想|本次|此次|这次|愿意|可以)借(?:款|给(?:您|你))?(?=[¥￥]?[\d零一二两三四五六七八九十百千万壹贰叁肆伍陆柒捌玖拾佰仟])/;
/** A sentence that works through an example or a hypothetical ("按12%算，8000元借90天的利息是236.71元"),
 *  or promises how low a cost can go ("借1万元每天利息低至3元"), is not this loan's terms. */
export const EXAMPLE =
  /例如|比如|举例|举[一两三几]?个例子|打个比方|示例|假如|假设|如借|若借|如选择|若选择|以借款?\d|计算公式|按\s*\d+(?:\.\d+)?\s*%\s*(?:来)?(?:算|计算)|Example/i;
/**
 * A credit card's cash advance (取现, 预借现金): drawn on the card, so the card's bank lends, and
 * its 透支利息 runs from the day it is drawn (no free period), as interest, not a late charge.
 */
export const CASH_ADVANCE = /取现|预借现金/;
/**
 * A lender's advert asking the reader to get in touch ("有需要的电话或者站内信联系钱先生",
 * "需要的直接回帖"): an offer, as an apply button is.
 */
export const CONTACT_OFFER =
  /有需要的?(?:请|可以?)?(?:直接)?(?:电话|私信|联系|回帖|站内信|加微信)|需要的(?:直接)?(?:回帖|私信|联系|电话)|欢迎(?:来电|咨询)/;
/** An offer's call to act: "立即申请", "马上借", "一键借款", a broker's "报单" (hand in an application). */
export const APPLY_ACTION =
  /(?:立即|马上|在线|去|我要|一键)(?:申请|借款|办理|贷款|借钱|借)|申请贷款|即可申请|报单/;
/**
 * What follows a term that is one of several a product offers ("期限为7天、14天或30天"), or the
 * low end of the span it offers ("期限3个月至36个月").
 */
export const MORE_OPTIONS = /^\s*(?:[、/|｜或~～—－-]|至|到)\s*\d/;
/** "借款期限 | 剩余 6 天" on a loan card: the time left before it falls due, not the loan's length. */
export const TIME_LEFT = /^(?:剩余|还剩|尚余|仅剩|距(?:离)?(?:到期|还款))/;
// (A borrower's own note names the friend as the one lent to or repaid: "还他5000元", "欠她".)
export const NARRATIVE = /(?<!其|[借还给欠])[她他](?!人)|读者|记者|网友|某平台|本报|笔者/;
export const SPOKEN_NOT =
  /[?？]|低至|最低|最高|(?<!其)[她他](?!人)|读者|记者|网友|某平台|本报|例|如果|假如/;
