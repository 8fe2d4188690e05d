/**
 * Whether text can be seen, from the colours and opacities the browser computed. A lender can keep
 * a contradicting row on the page in the background's colour, `transparent`, at `opacity: 0.01`,
 * under `filter: opacity(0)` or at `font-size: 1px`; a borrower sees nothing there, so it is not a
 * term (design.md §4). Grey fine print is a term: the lines below sit far under any real fine print
 * measured (README "What counts as visible").
 */

/** Below this contrast ratio (WCAG 2 formula) text does not stand out from its background. */
export const MIN_CONTRAST = 1.5;
/** Below this size in CSS pixels (computed, or the drawn height of the text) type is not readable. */
export const MIN_FONT_PX = 6;
/** With an unknown background (an image under it), text this faint is invisible on any. */
export const MIN_ALPHA = 0.1;

/** An sRGB colour with straight alpha, channels 0–255, alpha 0–1. */
export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

/** The page's canvas when nothing paints a background. */
export const WHITE: Rgba = { r: 255, g: 255, b: 255, a: 1 };

/**
 * Chromium serialises computed colours as `rgb(r, g, b)` / `rgba(r, g, b, a)`; a colour written in
 * another space (oklch(), color()) stays in it and is not parsed: null, and the caller assumes the
 * text is visible rather than guess.
 */
export function parseColor(css: string): Rgba | null {
  const m = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+)(%)?)?\s*\)$/.exec(
    css,
  );
  if (!m) return css === 'transparent' ? { r: 0, g: 0, b: 0, a: 0 } : null;
  const alpha = m[4] === undefined ? 1 : Number(m[4]) / (m[5] ? 100 : 1);
  return { r: Number(m[1]), g: Number(m[2]), b: Number(m[3]), a: Math.min(1, alpha) };
}

/** `top` painted over an opaque `under` with `top.a` scaled by `alpha`. */
export function over(top: Rgba, under: Rgba, alpha = 1): Rgba {
  const a = top.a * alpha;
  const mix = (t: number, u: number): number => t * a + u * (1 - a);
  return { r: mix(top.r, under.r), g: mix(top.g, under.g), b: mix(top.b, under.b), a: 1 };
}

function luminance(c: Rgba): number {
  const lin = (v: number): number => {
    const s = v / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(c.r) + 0.7152 * lin(c.g) + 0.0722 * lin(c.b);
}

/** WCAG 2 contrast ratio of two opaque colours, 1 (none) to 21 (black on white). */
export function contrast(a: Rgba, b: Rgba): number {
  const la = luminance(a);
  const lb = luminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** The product of the `opacity()` functions in a computed `filter` ("opacity(0.5) blur(2px)"). */
export function filterOpacity(filter: string): number {
  if (filter === 'none' || !filter.includes('opacity(')) return 1;
  let product = 1;
  for (const m of filter.matchAll(/opacity\(\s*([\d.]+)(%)?\s*\)/g)) {
    product *= Math.min(1, Number(m[1]) / (m[2] ? 100 : 1));
  }
  return product;
}

/**
 * Text in colour `color` drawn with the product of its ancestors' opacities over `background`
 * (null: an image or an unparsed colour, so only the alpha can be judged).
 */
export function textVisible(color: string, opacity: number, background: Rgba | null): boolean {
  const c = parseColor(color);
  if (!c) return true;
  if (c.a * opacity < MIN_ALPHA) return false;
  if (!background) return true;
  return contrast(over(c, background, opacity), background) >= MIN_CONTRAST;
}
