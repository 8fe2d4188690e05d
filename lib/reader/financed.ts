/**
 * What an instalment purchase finances: the price less the down payment. A checkout, a car loan or
 * a 分期 contract states the price (价款 6799.0元, 商品单价 ￥8000.00, 车价) and the 首付 (1399.0元,
 * or 首付30%), and the loan is what is left; the page rarely names that figure. It is offered to
 * the interpretation as a principal candidate like any other, so it is the loan only where the
 * page's instalments, totals or rates agree with it.
 */
import { Decimal } from '@/lib/finance/decimal';
import { roundCents } from '@/lib/finance/money';
import type { RawTable } from '@/lib/model/extraction';
import type { Term } from '@/lib/parse/term';
import { compactText } from '@/lib/parse/normalize';
import type { Candidate } from './candidates';
import type { Fact, View } from './facts';
import { leadingMoney } from './money-facts';

/** The price of what is bought (not an original price struck through, not a range's floor). */
const PRICE =
  /(?:价款|价格|单价|售价|总价|现价|报价|成交价|指导价)(?:合计|总额)?$|^[\u4e00-\u9fa5]{1,3}价$|^(?:商品|订单|项目)(?:金额|总额|总价|总计|合计)$/;
/** Not what the buyer pays now: a struck-through or list price, a floor, a fee's own price. */
const NOT_PRICE = /原价|市场价|划线|最低|最高|起|保险|保费|运费|押金|租金|评价|差价|估价|代价/;
/** The down payment: an amount, or a share of the price ("首付30%"). */
const DOWN = /^首付(?:款|金额|款金额|比例)?$|^首期款$|^首付(?:款)?[(（][^)）]*[)）]$/;

interface Figure {
  value: string;
  order: number;
  text: string;
  /** A price with no label of its own (the figure under an item's name). */
  unlabelled: boolean;
}

/** Prices under a price label: a fact, or a table column headed by one (first row). */
function prices(view: View, tables: readonly RawTable[]): Figure[] {
  const out: Figure[] = [];
  view.facts.forEach((f, order) => {
    const v = PRICE.test(f.key) && !NOT_PRICE.test(f.key) ? leadingMoney(f.value) : null;
    if (v !== null && v !== '0.00')
      out.push({ value: v, order, text: f.source.text, unlabelled: false });
  });
  for (const t of tables) {
    t.headers.forEach((h, col) => {
      const key = compactText(h).replace(/[(（](?:元|人民币|RMB|¥)[)）]$/, '');
      const cell = t.rows[0]?.[col] ?? '';
      const v = PRICE.test(key) && !NOT_PRICE.test(key) ? leadingMoney(cell) : null;
      if (v !== null && v !== '0.00')
        out.push({ value: v, order: view.facts.length, text: `${h} ${cell}`, unlabelled: false });
    });
  }
  return out;
}

/** The words before a candidate's figure ("融资额： 94907.94元" → 融资额). */
const labelOf = (text: string): string =>
  compactText(/^[^\d¥￥:：]*/.exec(text)?.[0] ?? '').replace(/[(（][^)）]*[)）]$/, '');

function downPayment(fact: Fact, price: string): string | null {
  const share = /^\s*(?:首付)?\s*(\d{1,2}(?:\.\d+)?)\s*%\s*$/.exec(fact.value.normalize('NFKC'));
  if (share?.[1]) return roundCents(new Decimal(price).times(share[1]).div(100)).toFixed(2);
  return leadingMoney(fact.value);
}

/**
 * Price − down payment, for every price and 首付 the page states, as principal candidates. A
 * price with no label of its own (an item's figure) gives a candidate kept only where the
 * arithmetic agrees. With no 首付 at all, the price is a candidate only when nothing on the page
 * is labelled as the loan's amount, and only where the arithmetic agrees with it.
 */
export function financedAmounts(
  view: View,
  tables: readonly RawTable[],
  principals: readonly Candidate<string>[],
): Candidate<string>[] {
  const downs = view.facts.filter((f) => DOWN.test(f.key));
  const stated = prices(view, tables);
  // The page names the amount lent under a label of its own (融资额, 贷款金额, not a price): a car
  // loan finances its fees too, so the price less the down payment is offered only where it is
  // that amount.
  const named = principals
    .filter((c) => c.origin === 'label' && !PRICE.test(labelOf(c.source.text)))
    .map((c) => c.value);
  if (downs.length === 0) {
    if (principals.some((c) => c.origin === 'label')) return [];
    // Only where the page's arithmetic agrees: an order's price may include what was paid at the
    // shop (订单总价格 8999.00 beside 贷款总金额 7200, 首付 said only in a note).
    return stated.map((price) => ({
      value: price.value,
      source: { text: price.text, locator: '', finePrint: false },
      fontSize: 0,
      order: view.facts.length + view.raw.blocks.length + price.order,
      origin: 'unlabelled',
      chosen: false,
      derived: true,
    }));
  }
  const bare: Figure[] = principals
    .filter((c) => c.origin === 'unlabelled')
    .map((c) => ({ value: c.value, order: c.order, text: c.source.text, unlabelled: true }));
  const out: Candidate<string>[] = [];
  for (const price of [...stated, ...bare]) {
    for (const down of downs) {
      const d = downPayment(down, price.value);
      if (d === null) continue;
      const left = new Decimal(price.value).minus(d);
      if (left.lte(0)) continue;
      const value = left.toFixed(2);
      if (out.some((c) => c.value === value)) continue;
      out.push({
        value,
        source: {
          ...down.source,
          text: `${price.text} − ${down.label} ${down.value} = ${value}`,
        },
        fontSize: 0,
        // Before the price itself: with a down payment, the price is not what is lent.
        order: price.order - 0.5,
        origin: price.unlabelled ? 'unlabelled' : 'label',
        chosen: false,
        derived: true,
      });
    }
  }
  // A price that is itself another price less the down payment (商品清单 ￥5299.0, 首付 1099, the
  // calculator's 总价 ￥4200.0) is the amount financed, checked by the page's own arithmetic; the
  // down payment is not taken off it twice.
  const confirmed = out.filter((c) => stated.some((p) => p.value === c.value));
  const offered = confirmed.length > 0 ? confirmed : out;
  return named.length > 0 ? offered.filter((c) => named.includes(c.value)) : offered;
}

/** "每期本金 ¥450.00": the equal part of the amount each instalment repays. */
const PART = /^(?:每期|每月)(?:应还)?本金$/;
const PART_IN_PROSE = /(?:每期|每月)(?:应还)?本金\s*[:：]?\s*[¥￥]?\s*([\d,]+\.\d{2})/;

/**
 * An instalment's parts in the note under it, when they add up to it: "月供金额 ￥246.6 |
 * （本金：￥225 +手续费:￥21.6）" — the principal part, checked by the page's own sum.
 */
function partsUnder(view: View): { value: string; source: Fact['source'] } | null {
  for (const f of view.facts) {
    if (!/^(?:月供|每期|每月)(?:金额|应还|还款)?(?:金额)?$/.test(f.key)) continue;
    const whole = leadingMoney(f.value);
    const note = view.raw.blocks[f.block + 1]?.text.normalize('NFKC') ?? '';
    const m =
      /^\s*[(（]?\s*本金\s*[:：]?\s*¥?\s*([\d,]+(?:\.\d{1,2})?)\s*元?\s*[+＋]\s*[\u4e00-\u9fa5]{1,6}\s*[:：]?\s*¥?\s*([\d,]+(?:\.\d{1,2})?)\s*元?\s*[)）]?\s*$/.exec(
        note,
      );
    const principal = m?.[1] ? leadingMoney(`${m[1]}元`) : null;
    const rest = m?.[2] ? leadingMoney(`${m[2]}元`) : null;
    if (whole !== null && principal !== null && rest !== null)
      if (new Decimal(principal).plus(rest).eq(whole))
        return {
          value: `${principal}元`,
          source: { ...f.source, text: `${f.source.text} ${note}` },
        };
  }
  return null;
}

/**
 * The amount a plan of equal principal parts finances: the part times the number of periods
 * ("每期本金 ¥450.00" over 12期 = 5,400.00), on a checkout that names the amount no other way. A
 * candidate only, kept where the page's own arithmetic agrees with it.
 */
export function amountOfEqualParts(
  view: View,
  terms: readonly Candidate<Term>[],
  principals: readonly Candidate<string>[],
): Candidate<string>[] {
  if (principals.some((c) => c.origin === 'label')) return [];
  // …or the first part of an instalment written as its parts ("月供 | 本金500.00元 + 服务费45.00元 =
  // 545.00元").
  const partFirst = /^本金\s*[:：]?\s*[¥￥]?\s*([\d,]+\.\d{2})\s*元?\s*[+＋]/;
  const fact =
    view.facts.find((f) => PART.test(f.key)) ??
    view.facts
      .filter((f) => /^(?:月供|每期应还|每月应还)$/.test(f.key) && partFirst.test(f.value))
      .map((f) => ({ ...f, value: `${partFirst.exec(f.value)?.[1] ?? ''}元` }))[0];
  // …or said in a sentence: "分24期，每期本金 ￥237.00，每期手续费 ￥19.91".
  const said = fact
    ? null
    : view.sentences
        .map((s) => ({ s, m: PART_IN_PROSE.exec(s.text.normalize('NFKC')) }))
        .find((x) => x.m !== null);
  const part = fact
    ? { value: fact.value, source: fact.source }
    : said?.m?.[1]
      ? { value: `${said.m[1]}元`, source: said.s.source }
      : partsUnder(view);
  const each = part ? leadingMoney(part.value) : null;
  if (!part || each === null) return [];
  const counts = [...new Set(terms.flatMap((t) => (t.value.months ? [t.value.months] : [])))];
  return counts.map((n) => {
    const value = new Decimal(each).times(n).toFixed(2);
    return {
      value,
      source: { ...part.source, text: `${part.source.text} × ${String(n)}期 = ${value}` },
      fontSize: 0,
      order: view.facts.length + view.raw.blocks.length,
      origin: 'unlabelled' as const,
      chosen: false,
      derived: true as const,
    };
  });
}
