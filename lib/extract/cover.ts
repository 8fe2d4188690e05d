/**
 * Hit tests for figures: is the first line of a figure the topmost thing at its own centre? The
 * browser's hit test knows what the scanner's style questions cannot: an opaque box laid over the
 * text, text pushed under its parent's background with `z-index: -1`, text cut away by
 * `clip-path`, `clip` or an `overflow: hidden` ancestor. Only figures are tested (each test costs
 * about 40 µs), once per read, in the top document.
 *
 * elementsFromPoint answers for the viewport only, so figures below the fold are tested by
 * scrolling the window there and back within one task: no frame is painted in between, so the
 * borrower sees no movement.
 */
import type { Layout } from './layout';
import { renderedParent } from './rendered-parent';
import { parseColor } from './visibility';
import type { Run } from './walk';

export interface HitTest {
  run: Run;
  owner: Element;
  /** The centre of the figure's first line, in page coordinates. */
  x: number;
  y: number;
}

/** A box that hides what is beneath it: an opaque background, not faded. */
function opaque(layout: Layout, el: Element): boolean {
  const st = layout.of(el).style;
  if (!st) return false;
  const bg = parseColor(st.backgroundColor);
  return bg !== null && bg.a * Number.parseFloat(st.opacity) >= 0.9;
}

/** The nearest element with a box (display: contents has none, so it is never hit). */
function boxed(layout: Layout, el: Element): Element {
  let e: Element | null = el;
  while (e && layout.of(e).display === 'contents') e = renderedParent(e);
  return e ?? el;
}

/**
 * A scrolling ancestor (other than the page) whose box does not contain the point: the figure is
 * scrolled out of sight there, and the borrower can scroll to it.
 */
function scrolledAway(layout: Layout, el: Element, vx: number, vy: number): boolean {
  const root = el.ownerDocument.scrollingElement;
  for (
    let e = renderedParent(el);
    e && e !== root && e.localName !== 'body';
    e = renderedParent(e)
  ) {
    const st = layout.of(e).style;
    if (!st || !/auto|scroll/.test(st.overflow)) continue;
    const r = e.getBoundingClientRect();
    if (vx < r.left || vx > r.right || vy < r.top || vy > r.bottom) return true;
  }
  return false;
}

function inFixedLayer(layout: Layout, el: Element): boolean {
  for (let e: Element | null = el; e && e.localName !== 'body'; e = renderedParent(e))
    if (layout.of(e).style?.position === 'fixed') return true;
  return false;
}

/** The point lies outside the element's own box, whose overflow is drawn. */
function outsideOwnBox(layout: Layout, el: Element, vx: number, vy: number): boolean {
  const st = layout.of(el).style;
  if (!st || /hidden|clip/.test(st.overflow)) return false;
  const r = el.getBoundingClientRect();
  return vx < r.left || vx > r.right || vy < r.top || vy > r.bottom;
}

function hidden(layout: Layout, t: HitTest, vx: number, vy: number): boolean {
  const target = boxed(layout, t.owner);
  const root = target.getRootNode() as Document | ShadowRoot;
  const stack = root.elementsFromPoint(vx, vy);
  const at = stack.findIndex((e) => e === target || target.contains(e));
  // Text drawn outside its own box (a pdf2htmlEX line: "font-size:1px" boxes scaled by a matrix,
  // the glyphs overflowing them) is not where the hit test looks for the box: it cannot tell.
  if (at < 0 && outsideOwnBox(layout, target, vx, vy)) return false;
  if (at < 0) {
    // Not at its own place: cut away, unless the page made it ignore the pointer (then the test
    // cannot tell) or it sits in a scrolled box.
    if (layout.of(target).style?.pointerEvents === 'none') return false;
    return !scrolledAway(layout, target, vx, vy);
  }
  for (let i = 0; i < at; i++) {
    const e = stack[i];
    if (e && opaque(layout, e) && !inDialogLayer(layout, e)) return true;
  }
  return false;
}

/**
 * A box inside a fixed layer over most of the window, or beside or under its own dimmed mask, or
 * in a layer marked as a dialog: an open dialog (iView's ivu-modal-wrap, el-dialog__wrapper, a
 * van-popup's overlay, a bottom sheet, Bootstrap's role="dialog").
 * The page beneath is the page, shown again when the borrower closes it; only a box laid over the
 * text itself hides it.
 */
function inDialogLayer(layout: Layout, el: Element): boolean {
  const view = el.ownerDocument.defaultView;
  if (!view) return false;
  const whole = DOMRect.fromRect({ width: view.innerWidth, height: view.innerHeight });
  for (let e: Element | null = el; e && e.localName !== 'body'; e = renderedParent(e)) {
    // A layer the page marks as a dialog (Bootstrap's <div class="modal" role="dialog">, aria-modal):
    // a second one may open over the first, which stays the page beneath it.
    if (e.getAttribute('role') === 'dialog' || e.getAttribute('aria-modal') === 'true') return true;
    const position = layout.of(e).style?.position;
    if (position !== 'fixed' && position !== 'absolute') continue;
    const r = e.getBoundingClientRect();
    if (
      position === 'fixed' &&
      r.width >= view.innerWidth * 0.6 &&
      r.height >= view.innerHeight * 0.6
    )
      return true;
    // A popup layer over an app's column: its own dimmed mask under the dialog box
    // ("<div class=popup><div class=popup-mask> <div class=popup-content>").
    if (hasMask(layout, e, el, r)) return true;
    // A bottom sheet beside a mask over the whole window ("<div class=mask> <div class=popup>").
    if (position === 'fixed' && e.parentElement && hasMask(layout, e.parentElement, e, whole))
      return true;
  }
  return false;
}

/** A child of the layer, beside the box, that dims the whole layer (rgba(0,0,0,.5)). */
function hasMask(layout: Layout, layer: Element, box: Element, r: DOMRect): boolean {
  for (const child of Array.from(layer.children)) {
    if (child === box || child.contains(box)) continue;
    const bg = parseColor(layout.of(child).style?.backgroundColor ?? '');
    if (!bg || bg.a <= 0 || bg.a >= 0.9) continue;
    const m = child.getBoundingClientRect();
    if (m.width * m.height >= r.width * r.height * 0.8) return true;
  }
  return false;
}

/**
 * Whether a figure stays hidden when the nearest box that scrolls it vertically brings it to that
 * box's middle; the box is scrolled back at once (same task: nothing is painted in between). With
 * no such box, it stays hidden.
 */
function hiddenInItsScroller(layout: Layout, t: HitTest, vx: number, vy: number): boolean {
  let box: Element | null = renderedParent(t.owner);
  const root = t.owner.ownerDocument.scrollingElement;
  for (; box && box !== root && box.localName !== 'body'; box = renderedParent(box)) {
    const st = layout.of(box).style;
    if (st && /auto|scroll/.test(st.overflowY) && box.scrollHeight > box.clientHeight + 1) break;
  }
  if (!box || box === root || box.localName === 'body') return true;
  const r = box.getBoundingClientRect();
  const before = box.scrollTop;
  box.scrollTop = before + (vy - (r.top + r.height / 2));
  const moved = box.scrollTop - before;
  try {
    return moved === 0 || hidden(layout, t, vx, vy - moved);
  } finally {
    box.scrollTop = before;
  }
}

/**
 * A phone page's toolbar sized in vw ("+签名 +日期" over 拒签 · 签署, 40vw high) fills the middle of a
 * wide window: what it covers there shows near the top or the bottom edge once scrolled there. A
 * box laid over the text itself moves with it and covers it at every scroll.
 */
function seenNearAnEdge(view: Window, layout: Layout, t: HitTest): boolean {
  const h = view.innerHeight;
  for (const at of [0.1, 0.9]) {
    view.scrollTo({ left: view.scrollX, top: t.y - h * at, behavior: 'instant' });
    const vx = t.x - view.scrollX;
    const vy = t.y - view.scrollY;
    if (vy < 0 || vy >= h) continue;
    if (!hidden(layout, t, vx, vy)) return true;
  }
  return false;
}

/**
 * The runs whose figures are covered or cut away. Stops at `deadline` (performance.now()): what is
 * left untested then counts as seen, and `complete` says the check was cut short.
 */
export function coveredRuns(
  doc: Document,
  layout: Layout,
  tests: HitTest[],
  deadline: number,
): { covered: Set<Run>; complete: boolean } {
  const out = new Set<Run>();
  let complete = true;
  const view = doc.defaultView;
  if (!view || tests.length === 0 || typeof doc.elementsFromPoint !== 'function')
    return { covered: out, complete };
  const startX = view.scrollX;
  const startY = view.scrollY;
  const w = view.innerWidth;
  const h = view.innerHeight;
  // What is on screen first, where it is (a fixed bar is only ever there); then the rest top to
  // bottom, so each scroll serves every figure within the next screenful.
  const onScreen = (t: HitTest): boolean =>
    t.x >= startX && t.x < startX + w && t.y >= startY && t.y < startY + h;
  const order = [
    ...tests.filter(onScreen),
    ...tests.filter((t) => !onScreen(t)).sort((a, b) => a.y - b.y),
  ];
  try {
    for (const t of order) {
      if (performance.now() > deadline) {
        complete = false;
        break;
      }
      if (out.has(t.run)) continue;
      // A figure on screen is tested where the borrower sees it: after a figure before it was
      // looked at from the middle of the screen, the window goes back, or a figure in a fixed
      // layer (a bottom sheet, which moves with the window) is tested at a point beside it.
      if (onScreen(t) && (view.scrollX !== startX || view.scrollY !== startY))
        view.scrollTo({ left: startX, top: startY, behavior: 'instant' });
      const vx = t.x - view.scrollX;
      const vy = t.y - view.scrollY;
      const inView = vx >= 0 && vx < w && vy >= 0 && vy < h;
      if (inView && !hidden(layout, t, vx, vy)) continue;
      // A figure in a fixed layer (a dialog's scrolling list) moves with the window: scrolling
      // shows no other place of it, and past the screen's edge it is one scroll of its own list
      // away — where it is, whatever the window was scrolled to for the figures before it (a SKU
      // sheet's 分期金额 below the fold of its overflow: auto box).
      if (inFixedLayer(layout, t.owner)) {
        if (onScreen(t)) out.add(t.run);
        continue;
      }
      // Off screen, or covered where it is now: a fixed footer or a sticky header hides the edges
      // of the screen, not the page. Seen from the middle of the screen, it is hidden for good.
      view.scrollTo({ left: t.x - w / 2, top: t.y - h / 2, behavior: 'instant' });
      const mx = t.x - view.scrollX;
      const my = t.y - view.scrollY;
      // The page does not scroll there (a fixed layout, an inner scroller): untestable.
      if (mx < 0 || mx >= w || my < 0 || my >= h) continue;
      if (mx === vx && my === vy && hidden(layout, t, mx, my)) {
        // The window does not move (an app whose page scrolls in a box of its own, Framework7's
        // .page-content under a fixed toolbar): that box brings the figure out from under the bar.
        if (!hiddenInItsScroller(layout, t, mx, my)) continue;
        out.add(t.run);
      } else if (hidden(layout, t, mx, my) && !seenNearAnEdge(view, layout, t)) out.add(t.run);
    }
  } finally {
    if (view.scrollX !== startX || view.scrollY !== startY) {
      view.scrollTo({ left: startX, top: startY, behavior: 'instant' });
    }
  }
  return { covered: out, complete };
}
