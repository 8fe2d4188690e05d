/**
 * Rent-to-own (先租后买, 信用租机, 租满即送): the lessee pays a monthly rent for a term and then a
 * buyout price (到期买断价), or nothing (租满即送), and the goods are theirs. The lessor has in
 * effect lent the goods' price (官网售价, 签约价) on the day the rent starts, repaid by the rents and
 * the buyout; the cost of that credit is what they add up to beyond the price. The page never calls
 * it a loan, so it is read as one only where it states each figure once — the price, the rent,
 * the number of rents and the buyout — and they add up to more than the price: a short rental
 * returned at its end (no buyout), a catalogue of many goods, or a buyout settlement after the
 * rental are not loans.
 */
import { Decimal } from '@/lib/finance/decimal';
import { addMonths } from '@/lib/dates/iso';
import { dateTokens } from '@/lib/parse/date';
import type { Source } from '@/lib/model/terms';
import type { Candidate } from './candidates';
import type { View } from './facts';
import { leadingMoney } from './money-facts';
import type { Schedule } from './schedule';

/** The goods become the lessee's at the end: a buyout, or ownership once every rent is paid. */
const OWNED =
  /买断|租满(?:\d{1,2}(?:期|个月))?(?:即|后)?(?:送|归)|(?:商品|设备)?归(?:您|承租人|乙方)所有/;
/** What the goods are worth when the rent starts: the price the lessor lends. */
const PRICE = /(?:官网|官方)?售价|官网价|签约价|(?:商品|设备)价值/;
/**
 * A yuan figure after its label: with a colon, the currency sign or 元 after it ("商品价值7299.00元"),
 * never a count ("买断价6个月").
 */
const YUAN = String.raw`(?:[:：]\s*[¥￥]?|[¥￥]|(?=\d[\d,]*(?:\.\d{1,2})?\s*元))\s*(\d[\d,]*(?:\.\d{1,2})?)(?!\s*(?:个月|期|天|%))`;
const PRICE_LABEL = new RegExp(`^(?:${PRICE.source})`);
const PRICE_FIGURE = new RegExp(`(?:${PRICE.source})(?:[(（]元[)）])?${YUAN}`, 'g');
/** "月租金 ¥399", "租金：¥558/月"; not a sum of rents ("12期租金 ¥5,508.00", "总租金 ¥4788"). */
const RENT_FIGURE = new RegExp(`(?<![期总])(?:月租金|每月租金|每期租金|租金)${YUAN}`, 'g');
// (…with a note or the row's status between: "到期买断金 提前买断享优惠 ¥3,299.00", "买断金 待支付
// ¥899.00".)
// (…or a plan's last line, its amount signed as a debit: "到期完结/租完买断 -￥1299.00".)
const BUYOUT_FIGURE = new RegExp(
  `买断(?:价|款|金额|金)(?:[^¥￥\\d。；,，(（共计加抵扣]{0,8}?(?=[¥￥]))?${YUAN}|付\\s*(\\d+(?:\\.\\d{1,2})?)\\s*元\\s*买断|(?:租完|到期)买断\\s*[-−]\\s*[¥￥]\\s*(\\d[\\d,]*(?:\\.\\d{1,2})?)`,
  'g',
);
/** The first rent, stated apart: "首期租金 ¥419.00", "首月租金 -¥348.00 ¥1.00" (after a discount). */
const FIRST_RENT_FIGURE = new RegExp(`首(?:期|月)租金(?:-[¥￥][\\d,.]+)?${YUAN}`, 'g');
/** The first rent and the rest side by side, with the count of the rest: "首期 | 剩余11期 ·
 *  ￥99.00/月（下单时支付） | ￥299.00/月". */
const FIRST_AND_REST =
  /首期\s*剩余(\d{1,2})期\s*[¥￥](\d[\d,]*(?:\.\d{1,2})?)\s*\/\s*月(?:[(（][^)）]*[)）])?\s*[¥￥](\d[\d,]*(?:\.\d{1,2})?)\s*\/\s*月/;
/** A first rent less a coupon, and what was paid: "首期租金 ￥539.00 - 30.00(券) = 509.00". */
const FIRST_LESS_COUPON =
  /首(?:期|月)租金[:：]?\s*[¥￥]?\s*(\d[\d,]*(?:\.\d{1,2})?)\s*[-−]\s*[¥￥]?\s*\d[\d,]*(?:\.\d{1,2})?\s*[(（]?(?:优惠)?券[)）]?\s*[=＝]\s*[¥￥]?\s*(\d[\d,]*(?:\.\d{1,2})?)/;
/** The rents left after the first, as one sum with or without its sign: "剩余租金 7689.00". */
const REST_SUM = /剩余(?:总)?租金[:：]?\s*[¥￥]?\s*(\d[\d,]*(?:\.\d{1,2})?)(?![\d.]*\s*[×xX*])/;
/** The rents still to pay after the first, with their count: "剩余总租金 ¥419.00x11期". */
const LEFT_RENTS = /剩余(?:总)?租金[:：]?[¥￥]?(\d[\d,]*(?:\.\d{1,2})?)元?[×xX*](\d{1,2})期/;
/** All the rents together: "总租金 ¥5508.00" (not "总租金 ¥419.00x11期"). */
const TOTAL_RENT = new RegExp(`(?<!剩余)总租金${YUAN}(?![\\d,.]*\\s*[×xX*])`, 'g');
const TOTAL_RENT_AFTER = /[¥￥]\s*(\d[\d,]*(?:\.\d{1,2})?)\s*总租金/g;
/** What is taken each month with the rent (租金 ¥629 + 意外保障 ¥19): "每期扣款 ¥648.00", "每期应付合计
 *  ¥808.00". */
const EACH_FIGURE = new RegExp(`每期(?:扣款|应付|支付)(?:合计|金额)?${YUAN}`, 'g');
/** Rent until owned: no buyout is due ("租满即送", "付满12期租金，商品归您所有"). */
const NO_BUYOUT =
  /租满(?:\d{1,2}(?:期|个月))?(?:即|后)?(?:送|归您)|付满\d+期租金[^。；]{0,6}归您所有/;
/**
 * The first rent paid when the order is placed, not a month later ("首期租金549.00元及意外保障已于下单时
 * 支付", "审核通过后支付首期"): a down payment on the price, which lends only the rest.
 */
// (…"本次实付 ￥279.00（第1期租金，下单即付）" on the payment's receipt.)
const FIRST_AT_ORDER =
  /(?:首期|第[1一]期)[^。；]{0,16}?(?:于下单时(?:已)?(?:支付|付清)|下单(?:时|即)(?:已)?(?:支付|付清|付))|(?:下单|审核通过)后?[^。；]{0,4}?支付首期/;
/** A cover taken with each rent: "意外保障 (分期支付) 每期¥12.00". */
/** A cover sold with the rent: 意外保障, 碎屏险. */
const COVER = /意外保障(?:服务)?|碎屏(?:险|保障(?:服务)?)|保障服务/;
// (…"意外保障服务费 ¥39.00/月", "意外保障服务 首月随首期租金支付，之后每月随租金扣款￥19.00".)
const COVER_EACH = new RegExp(
  `(?:${COVER.source})(?:[^。；¥￥]{0,24}?每(?:期|月)[^。；¥￥\\d]{0,8}?${YUAN}|费?${YUAN}\\s*/\\s*(?:月|期))`,
);
/** …or once, with the first rent: "意外保障 (一次性付清) ¥199.00". */
// (…"碎屏保障服务 屏幕意外碎裂免费换屏1次，随首期租金支付￥149.00".)
const COVER_ONCE = new RegExp(
  `((?:${COVER.source}))(?:\\s*[(（]一次性(?:付清|支付)[)）]\\s*|[^。；¥￥]{0,24}?随首期(?:租金)?(?:一并)?支付\\s*)${YUAN}`,
);

export interface RentToOwn {
  price: Candidate<string>;
  rent: string;
  /** The first rent, paid with the order where it was ("首月租金 ¥1.00"); else the rent. */
  first: string;
  /** What is paid each month: the rent, with the services taken beside it where stated. */
  monthly: string;
  months: number;
  buyout: string;
  /** The day the rent starts (起租), when the page states it. */
  start: string | null;
  /** What the order paid for the first rent, a coupon taken off ("539.00 - 30.00(券) = 509.00"). */
  firstPaid: string;
  /** The first rent was paid with the order: the price less it is lent, and the rents left repay it. */
  firstAtOrder: boolean;
  /** A cover paid with the order beside the first rent (意外保障): it comes off what is lent. */
  atOrder: { name: string; amount: string } | null;
}

/**
 * Every distinct figure the page states for one thing: in its text, and under a label of its own
 * when the layout puts the value apart ("官网售价（签约价） | ¥4,299.00").
 */
function figures(view: View, all: string, re: RegExp, label?: RegExp): string[] {
  const out = new Set<string>();
  for (const m of all.matchAll(re)) {
    const text = m.slice(1).find(Boolean);
    const v = text ? leadingMoney(`${text}元`) : null;
    if (v !== null) out.add(v);
  }
  for (const f of label ? view.facts : []) {
    const v = label?.test(f.key) ? leadingMoney(f.value) : null;
    if (v !== null) out.add(v);
  }
  return [...out];
}

/**
 * The number of rents: the rent's own "× 12期", else the term (租期12个月, 共12期) when only one is
 * stated — "租期选择 6个月 12个月" lists options and says nothing.
 */
function rentCount(all: string, rent: string): number | null {
  const r = leadingMoney(`${rent}元`);
  for (const m of all.matchAll(
    /[¥￥]?\s*(\d[\d,]*(?:\.\d{1,2})?)\s*元?\s*(?:\/月)?\s*[×xX*]\s*(\d{1,2})\s*期/g,
  ))
    if (m[1] && m[2] && leadingMoney(`${m[1]}元`) === r) return Number(m[2]);
  return statedTerm(all);
}

/** The term when only one is stated (租期12个月, 共12期). */
function statedTerm(all: string): number | null {
  const stated = new Set<number>();
  for (const m of all.matchAll(
    /租期[^\d。；]{0,16}?(\d{1,2})\s*个月(?![、/\s]?\d)|共(\d{1,2})期/g,
  )) {
    const n = Number(m[1] ?? m[2]);
    // (A bill page's "¥463.13 共1期" counts the bills chosen to pay, no term.)
    if (n > 1) stated.add(n);
  }
  return stated.size === 1 ? ([...stated][0] ?? null) : null;
}

/** "2026-02-10起租", "起租日 2026-02-10", "安装当天（2026-07-12）起租". */
function startOf(all: string): string | null {
  const before = /(\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?)[)）]?起租/.exec(all)?.[1];
  const after = /起租(?:日|日期|时间)[:：]?(\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?)/.exec(all)?.[1];
  // "租期:2026.01.20-2027.01.19": the rent runs from the first day of its term.
  const term = /租期[:：]?(\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?)\s*[-~～至到]\s*\d{4}/.exec(
    all,
  )?.[1];
  const text = before ?? after ?? term;
  return text ? (dateTokens(text)[0]?.value ?? null) : null;
}

/** Where the page states the price: the run or the labelled field that holds it. */
function priceSource(view: View, price: string): Source {
  for (const s of view.sentences)
    for (const m of s.text.normalize('NFKC').matchAll(PRICE_FIGURE))
      if (m[1] && leadingMoney(`${m[1]}元`) === price) return s.source;
  const fact = view.facts.find((f) => PRICE_LABEL.test(f.key) && leadingMoney(f.value) === price);
  return fact?.source ?? { text: `官网售价 ¥${price}`, locator: '', finePrint: false };
}

export function rentToOwn(view: View, plans: readonly Schedule[] = []): RentToOwn | null {
  const all = view.all.normalize('NFKC');
  if (!OWNED.test(all)) return null;
  const prices = figures(view, all, PRICE_FIGURE, PRICE_LABEL);
  const split = FIRST_AND_REST.exec(all);
  const splitFirst = split?.[2] ? leadingMoney(`${split[2]}元`) : null;
  const splitRent = split?.[3] ? leadingMoney(`${split[3]}元`) : null;
  const left = LEFT_RENTS.exec(all);
  const leftRent = left?.[1] ? leadingMoney(`${left[1]}元`) : null;
  const totals = figures(view, all, TOTAL_RENT);
  // (…or the figure before its label, as a spec card writes it: "￥3388.00 总租金 · ￥1.00 买断价" —
  // which one is the label's, only the sum of the rents can tell.)
  const sums = [...new Set([...totals, ...figures(view, all, TOTAL_RENT_AFTER)])];
  const firsts = splitFirst !== null ? [splitFirst] : figures(view, all, FIRST_RENT_FIGURE);
  const stated = figures(view, all, RENT_FIGURE, /^(?:月租金|每月租金|每期租金)$/).filter(
    (v) => !new Decimal(v).isZero(),
  );
  // The rents after the first, where only they carry their count; else the one rent stated.
  const rents = splitRent !== null ? [splitRent] : leftRent !== null ? [leftRent] : stated;
  if (prices.length !== 1 || rents.length > 1 || firsts.length > 1) return null;
  const price = prices[0] ?? '0';
  // No rent stated alone: the whole of the rents over the term, where they split into equal
  // months to the fen ("总租金 ¥5508.00 · 租期12个月": 459.00 a month).
  const term = statedTerm(all);
  const even =
    rents.length === 0 && totals.length === 1 && term !== null
      ? new Decimal(totals[0] ?? '0').div(term)
      : null;
  // …or the first rent, where the whole of the rents, or the rest after it, is a whole number of
  // it ("首期租金 ￥699.00 · 剩余租金 7689.00 · 总租金 ￥8388.00": 11 and 12 rents of 699.00).
  const byFirst = rents.length === 0 ? rentsOfFirst(all, firsts[0], sums) : null;
  // …or a listed plan of equal rents ("第1/12期 … ￥459.00" to "第12/12期"), where nothing else says.
  const listed = rents.length === 0 && byFirst === null ? equalRows(plans) : null;
  const rent =
    rents[0] ??
    (even !== null && even.decimalPlaces() <= 2 ? even.toFixed(2) : undefined) ??
    byFirst?.rent ??
    listed?.rent;
  if (rent === undefined) return null;
  const months =
    split?.[1] !== undefined
      ? Number(split[1]) + 1
      : left?.[2] !== undefined && firsts.length === 1
        ? Number(left[2]) + 1
        : (byFirst?.months ?? rentCount(all, rent) ?? listed?.months ?? null);
  const buyouts = figures(view, all, BUYOUT_FIGURE, /^(?:到期)?买断(?:价|款|金额)$/);
  // The rent with the services taken beside it each month, where the page states that total.
  const each = figures(view, all, EACH_FIGURE).filter((v) => new Decimal(v).gt(rent));
  const buyout = NO_BUYOUT.test(all) ? '0.00' : buyouts.length === 1 ? buyouts[0] : undefined;
  if (months === null || buyout === undefined) return null;
  // The rents and the buyout must repay more than the price, and a buyout at or above the price is
  // no purchase on credit.
  const coverMatch = COVER_EACH.exec(all);
  const coverEach = coverMatch?.[1] ?? coverMatch?.[2];
  const cover = coverEach ? leadingMoney(`${coverEach}元`) : null;
  const monthly =
    each.length === 1
      ? (each[0] ?? rent)
      : cover !== null
        ? new Decimal(rent).plus(cover).toFixed(2)
        : rent;
  // The first rent stated apart ("首月租金 ¥1.00"): where the page gives the whole of the rents
  // after its label, one of its figures must add up ("总租金 ¥3840.00" = 1.00 + 11 × 349.00). (A
  // figure before the label only counts for it: "意外保障 ¥199.00 总租金 6588.00" is the cover's.)
  const first = firsts[0];
  const rentsTogether = new Decimal(rent).times(months - 1).plus(first ?? rent);
  if (first !== undefined && totals.length > 0 && !sums.some((t) => rentsTogether.eq(t)))
    return null;
  const repaid = new Decimal(monthly)
    .times(months - 1)
    .plus(first ?? monthly)
    .plus(buyout);
  if (!repaid.gt(price) || new Decimal(buyout).gte(price)) return null;
  // A first rent the page states apart is paid with the order, before the goods are lent.
  const firstAtOrder = FIRST_AT_ORDER.test(all) || first !== undefined;
  const once = COVER_ONCE.exec(all);
  const onceAmount = once?.[2] ? leadingMoney(`${once[2]}元`) : null;
  // …or the cover whose figure, with the first rent, makes what the order paid ("首期实付金额 ¥518.00"
  // = 首期租金 ¥419.00 + 碎屏险金额 ¥99.00).
  const coverFigure = new RegExp(`(${COVER.source})(?:金额|费)?${YUAN}`).exec(all);
  const coverPaid = coverFigure?.[2] ? leadingMoney(`${coverFigure[2]}元`) : null;
  const paidAtOrder = figures(view, all, new RegExp(`首期实付(?:金额)?${YUAN}`, 'g'));
  const withFirst =
    coverFigure?.[1] &&
    coverPaid !== null &&
    paidAtOrder.some((v) => new Decimal(first ?? rent).plus(coverPaid).eq(v))
      ? { name: coverFigure[1], amount: coverPaid }
      : null;
  const atOrder = !firstAtOrder
    ? null
    : once?.[1] && onceAmount !== null
      ? { name: once[1], amount: onceAmount }
      : cover !== null
        ? { name: COVER.exec(all)?.[0] ?? '保障服务', amount: cover }
        : withFirst;
  return {
    price: {
      value: price,
      source: priceSource(view, price),
      fontSize: 0,
      order: view.facts.length + view.sentences.length,
      origin: 'label',
      chosen: false,
      derived: true,
    },
    monthly,
    rent,
    first: first ?? rent,
    firstPaid: firstLessCoupon(all, first) ?? first ?? rent,
    months,
    buyout,
    start: startOf(all),
    firstAtOrder,
    atOrder,
  };
}

/** What is lent: the price, less the first rent where it was paid with the order. */
export function rentToOwnLent(r: RentToOwn): string {
  return r.firstAtOrder ? new Decimal(r.price.value).minus(r.firstPaid).toFixed(2) : r.price.value;
}

/** The rent and their number where the rents' whole, or the rest after the first, is a whole
 *  number of first rents. */
function rentsOfFirst(
  all: string,
  first: string | undefined,
  totals: readonly string[],
): { rent: string; months: number } | null {
  if (first === undefined || new Decimal(first).isZero()) return null;
  const times = (sum: string | undefined): number | null => {
    if (sum === undefined) return null;
    const n = new Decimal(sum).div(first);
    return n.isInteger() && n.gte(1) && n.lte(60) ? n.toNumber() : null;
  };
  const rest = REST_SUM.exec(all)?.[1];
  const fromRest = times(rest ? (leadingMoney(`${rest}元`) ?? undefined) : undefined);
  const fromTotal = totals.map(times).find((n) => n !== null) ?? null;
  // Both, where both are stated, must agree.
  if (fromRest !== null && fromTotal !== null && fromRest + 1 !== fromTotal) return null;
  const months = fromTotal ?? (fromRest !== null ? fromRest + 1 : null);
  return months !== null && months >= 2 ? { rent: first, months } : null;
}

/** A listed plan of three or more rows, each the same amount. */
function equalRows(plans: readonly Schedule[]): { rent: string; months: number } | null {
  for (const s of plans) {
    const first = s.rows[0]?.total;
    if (s.rows.length >= 3 && first && s.rows.every((r) => r.total === first))
      return { rent: first, months: s.rows.length };
  }
  return null;
}

/** What the order paid for the first rent where a coupon came off it. */
function firstLessCoupon(all: string, first: string | undefined): string | null {
  const m = FIRST_LESS_COUPON.exec(all);
  if (!m?.[1] || !m[2] || first === undefined) return null;
  return leadingMoney(`${m[1]}元`) === first ? leadingMoney(`${m[2]}元`) : null;
}

/**
 * The rents month by month from the start, the buyout with the last rent; where the first rent was
 * paid with the order, the others from a month on and the buyout on its own when the term ends.
 */
export function rentToOwnSchedule(r: RentToOwn): Schedule {
  const row = (period: number, total: Decimal): Schedule['rows'][number] => ({
    period,
    dueDate: r.start ? addMonths(r.start, period) : null,
    total: total.toFixed(2),
    principal: null,
    interest: null,
    fees: {},
  });
  const monthly = new Decimal(r.monthly);
  const buyout = new Decimal(r.buyout);
  const rows = r.firstAtOrder
    ? [
        ...Array.from({ length: r.months - 1 }, (_, k) => row(k + 1, monthly)),
        ...(buyout.gt(0) ? [row(r.months, buyout)] : []),
      ]
    : Array.from({ length: r.months }, (_, k) =>
        row(k + 1, k + 1 === r.months ? monthly.plus(buyout) : monthly),
      );
  return { rows, finePrint: false, locator: r.price.source.locator };
}

/**
 * A listed plan of the rents alone — as many rows as rents, each the rent — with the buyout added
 * to its last row; any other plan as it is.
 */
export function withBuyout(s: Schedule, r: RentToOwn): Schedule {
  const buyout = new Decimal(r.buyout);
  const rents = s.rows.length === r.months && s.rows.every((row) => row.total === r.monthly);
  if (!rents || buyout.isZero()) return s;
  const rows = s.rows.map((row, i) =>
    i === s.rows.length - 1
      ? { ...row, total: new Decimal(row.total ?? '0').plus(buyout).toFixed(2) }
      : row,
  );
  return { ...s, rows };
}
