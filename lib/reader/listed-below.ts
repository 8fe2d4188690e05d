/**
 * The items a clause announces and the page lists under it: "…各项费用，于放款日当天一次性扣除，
 * 应付丙方及甲方的费用如下：撮合费：人民币（大写：拾）元整，（小写：10）元整。利息：¥100.00元 管理费：
 * ¥150.00元" (a three-party loan contract's 1.6). Each item is a name ending in 费 or 利息, a colon,
 * and its amount — the 小写 figure where the blank gives both forms.
 */
import { leadingMoney } from './money-facts';

/** An item's name and colon: "撮合费：", "利息:" (not the 大写 / 小写 of a filled blank). */
// (A name does not start with the 元 or 整 that closes the item before it: "…100.00元管理费：".)
const ITEM = /((?:(?![元整])[\u4e00-\u9fa5]){0,8}?(?:费|利息))\s*[:：]/g;
/** Where the list stops: the next article's number ("1.7乙方…", "二、"), read on the text after it. */
const NEXT_ARTICLE =
  /\d{1,2}\.\d{1,2}(?=[\u4e00-\u9fa5])(?!元)|[一二三四五六七八九十]+、|第[一二三四五六七八九十\d]+条/;
/** How far after the clause a list is looked for. */
const REACH = 240;

export function itemsListedBelow(all: string, clause: string): { name: string; amount: string }[] {
  const at = all.indexOf(clause);
  if (at < 0) return [];
  let region = all.slice(at + clause.length, at + clause.length + REACH);
  const stop = NEXT_ARTICLE.exec(region);
  if (stop) region = region.slice(0, stop.index);
  const starts = [...region.matchAll(ITEM)];
  // The list starts right under the clause; what comes later is other text.
  if (starts[0]?.index !== 0) return [];
  const items: { name: string; amount: string }[] = [];
  for (const [i, m] of starts.entries()) {
    const end = starts[i + 1]?.index ?? region.length;
    const body = region.slice(m.index + m[0].length, end);
    const written = /小写\s*[:：)）]?\s*[(（]?\s*[¥￥]?\s*([\d,]+(?:\.\d{1,2})?)/.exec(body);
    const amount = leadingMoney(written?.[1] ? `${written[1]}元` : body);
    // An item with no figure ends the list: what follows is not one of its items.
    if (!m[1] || amount === null) break;
    items.push({ name: m[1], amount });
  }
  return items;
}
