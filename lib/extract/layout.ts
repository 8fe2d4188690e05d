/**
 * The scanner's only questions to the browser about style and geometry. Each question is a trip
 * into the engine (measured on the 5,000-element bench page: about 0.3 µs per computed-style
 * property, 1 µs per bounding box, against 0.05 µs per text node for a bare walk), so each is
 * asked at most once per element and the answers are kept with the element's other facts. The
 * scanner never writes style, so every answer stays true for the whole read.
 */

import { MIN_FONT_PX, over, parseColor, type Rgba, textVisible, WHITE } from './visibility';
import { renderedParent } from './rendered-parent';

/** What a text run needs from the element it is drawn in. */
export interface TextStyle {
  fontSize: number;
  fontWeight: number;
  color: string;
}

/** What one read has learned about one element; fields are filled when first needed. */
export interface Facts {
  readonly el: Element;
  readonly style: CSSStyleDeclaration | null;
  readonly display: string;
  rect: DOMRect | undefined;
  /** null: the element draws no text (visibility other than visible, or font-size 0). */
  text: TextStyle | null | undefined;
  /** What is painted behind this element's content; null when an image or an unparsed colour. */
  background: Rgba | null | undefined;
  /** Whether its text can be seen against that background (asked once per element). */
  legible: boolean | undefined;
  /** overflow: auto or scroll. */
  scrolls: boolean | undefined;
  /** Whether a <canvas> among its children paints beneath the rest (Flutter web's flt-canvas). */
  canvas: boolean | undefined;
}

export class Layout {
  private readonly facts = new Map<Element, Facts>();
  private readonly ranges = new Map<Document, Range>();

  of(el: Element): Facts {
    let f = this.facts.get(el);
    if (!f) {
      const view = el.ownerDocument.defaultView;
      const style = view ? view.getComputedStyle(el) : null;
      // An element outside any window has no style; treat it as a plain block.
      f = {
        el,
        style,
        display: style?.display ?? 'block',
        rect: undefined,
        text: undefined,
        background: undefined,
        legible: undefined,
        scrolls: undefined,
        canvas: undefined,
      };
      this.facts.set(el, f);
    }
    return f;
  }

  rect(f: Facts): DOMRect {
    f.rect ??= f.el.getBoundingClientRect();
    return f.rect;
  }

  /**
   * A box too small to show anything that also cuts off what overflows it (the screen-reader-only
   * pattern). Overflow and clip are read only for the rare box of at most one pixel. A positioned
   * box of no size whose overflow shows (Flutter's flt-transform around each paragraph) cuts off
   * nothing: only its `clip` would.
   */
  clipsToNothing(f: Facts, st: CSSStyleDeclaration): boolean {
    const r = this.rect(f);
    if (r.width * r.height > 1) return false;
    const positioned = st.position === 'absolute' || st.position === 'fixed';
    // `clip` (deprecated, still honoured) cuts a positioned box: the screen-reader-only pattern.
    const clip = st.getPropertyValue('clip');
    return st.overflow !== 'visible' || (positioned && clip !== 'auto' && clip !== '');
  }

  /**
   * The colour behind an element's text: its own background over its parent's, up to the first
   * opaque one; the canvas (white) at the root, unknown on a page that asks for a dark scheme.
   * Positioned boxes are drawn where their ancestors are: an overlay is the hit test's concern.
   */
  background(f: Facts): Rgba | null {
    if (f.background !== undefined) return f.background;
    const chain: Facts[] = [];
    let under: Rgba | null;
    for (let g: Facts = f; ;) {
      if (g.background !== undefined) {
        under = g.background;
        break;
      }
      chain.push(g);
      const st = g.style;
      const own = st ? parseColor(st.backgroundColor) : WHITE;
      if (st && st.backgroundImage !== 'none') {
        under = null;
        break;
      }
      if (own?.a === 1) {
        under = own;
        g.background = own;
        chain.pop();
        break;
      }
      const up = renderedParent(g.el);
      if (!up) {
        under = /dark/.test(st?.colorScheme ?? '') ? null : WHITE;
        break;
      }
      g = this.of(up);
      // A box that paints its background on a canvas under its text (Flutter web's HTML renderer:
      // white 借款金额 on an orange card drawn in <canvas>): what is behind the text is unknown.
      g.canvas ??= [...g.el.children].some((c) => c.localName === 'canvas');
      if (g.canvas) {
        under = null;
        break;
      }
    }
    // Back down the chain, painting each translucent background over the one beneath it.
    for (let i = chain.length - 1; i >= 0; i--) {
      const g = chain[i];
      if (!g) continue;
      const own = g.style ? parseColor(g.style.backgroundColor) : null;
      if (own === null) under = null;
      else if (under !== null && own.a > 0) under = over(own, under);
      g.background = under;
    }
    return chain.length > 0 ? (chain[0]?.background ?? null) : under;
  }

  /**
   * Whether the element lies in what a box around it has scrolled past, above its top (a chat's
   * history above the newest messages): the borrower scrolls back to it as to the rest of the page.
   * Asked only of boxes above the page's start, where an off-screen decoy (left: -9999px) lies too:
   * that one is outside its scroller's width or above all it holds.
   */
  scrolledAbove(el: Element, r: DOMRect): boolean {
    for (
      let e = renderedParent(el);
      e && e !== el.ownerDocument.scrollingElement;
      e = renderedParent(e)
    ) {
      const f = this.of(e);
      if (!this.scrolls(f) || e.scrollTop <= 0) continue;
      const box = this.rect(f);
      return (
        r.bottom > box.top - e.scrollTop - 1 && r.left >= box.left - 1 && r.right <= box.right + 1
      );
    }
    return false;
  }

  /** overflow: auto or scroll, asked once per element. */
  private scrolls(f: Facts): boolean {
    f.scrolls ??= f.style !== null && /auto|scroll/.test(f.style.overflow);
    return f.scrolls;
  }

  /** Whether a box between the element and the page scrolls (asked only of boxes past the page's end). */
  inScroller(el: Element): boolean {
    const root = el.ownerDocument.scrollingElement;
    for (let e = renderedParent(el); e && e !== root; e = renderedParent(e)) {
      if (this.scrolls(this.of(e)) && e.localName !== 'body') return true;
    }
    return false;
  }

  /**
   * Whether an element's text shows: readable size, and enough contrast once faded by `alpha`
   * (its ancestors' opacity). Asked once per element; its text nodes share the answer. Without
   * `againstBackground` only the alpha is judged (the backgrounds of a long schedule's thousands
   * of cells cost more than the rest of the read; its rows are checked by arithmetic).
   */
  legible(f: Facts, alpha: number, againstBackground: boolean): boolean {
    if (f.legible === undefined) {
      const st = this.textStyle(f);
      f.legible =
        st !== null &&
        st.fontSize >= MIN_FONT_PX &&
        textVisible(st.color, alpha, againstBackground ? this.background(f) : null);
    }
    return f.legible;
  }

  /** The first line box of a text node: where its glyphs start (text-indent moves them, not the box). */
  firstLine(text: Text, f: Facts): DOMRect {
    const range = this.range(text.ownerDocument);
    range.selectNodeContents(text);
    const rects = range.getClientRects();
    for (let i = 0; i < rects.length; i++) {
      const r = rects[i];
      if (r && r.width > 0 && r.height > 0) return r;
    }
    return this.rect(f);
  }

  private range(doc: Document): Range {
    let range = this.ranges.get(doc);
    if (!range) {
      range = doc.createRange();
      this.ranges.set(doc, range);
    }
    return range;
  }

  textStyle(f: Facts): TextStyle | null {
    if (f.text === undefined) f.text = readTextStyle(f.style);
    return f.text;
  }

  /**
   * A text node's own box when its element mixes text and elements (label text beside a <b>
   * value); otherwise the element's box, usually read already when the walk entered it. One
   * Range per document moves from node to node instead of a new Range per text node.
   */
  textRect(text: Text, f: Facts): DOMRect {
    if (f.el.childElementCount === 0) return this.rect(f);
    const range = this.range(text.ownerDocument);
    range.selectNodeContents(text);
    const r = range.getBoundingClientRect();
    return r.width === 0 && r.height === 0 ? this.rect(f) : r;
  }
}

function readTextStyle(st: CSSStyleDeclaration | null): TextStyle | null {
  if (!st || st.visibility !== 'visible') return null;
  const fontSize = parseFloatSafe(st.fontSize);
  if (fontSize === 0) return null;
  return { fontSize, fontWeight: Number(st.fontWeight) || 400, color: st.color };
}

function parseFloatSafe(px: string): number {
  const n = Number.parseFloat(px);
  return Number.isFinite(n) ? n : 0;
}
