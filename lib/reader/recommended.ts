/**
 * A product's own page with other products recommended under it ("同类推荐 · 橙子周转 可借额度
 * 500-8000元 参考：利率日0.03% · 鲸鱼速贷 …"): the list below the heading is other loans, neither
 * this page's terms nor a comparison the page makes of them.
 */
const HEADING =
  /^(?:同类|相关|热门|更多|其他|精选)?(?:产品)?推荐(?:产品|贷款|口子)?$|^(?:为你|为您)推荐$|^猜你喜欢$|^看了(?:又看|还看)$/;

/** The block that heads the recommended products, or null: only below the page's own terms. */
export function recommendedFrom(blocks: readonly { text: string }[]): number | null {
  const at = blocks.findIndex((b) => HEADING.test(b.text.replace(/\s+/g, '')));
  return at > 0 ? at : null;
}
