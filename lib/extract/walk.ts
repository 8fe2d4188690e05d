/**
 * The visible-text model: walks the rendered tree the way a borrower sees it and returns runs of
 * text with style and position. Skipped: display:none, visibility:hidden, opacity:0, zero-size
 * and off-screen boxes (a CMS "legacy" block kept with display:none must not count, fixture 14),
 * images (numbers in alt text are not terms). Entered: open shadow roots with their slotted
 * content (fixture 13), same-origin iframes. Read as fine print: the body of a closed <details>
 * (fixture 11) and a panel collapsed behind aria-expanded="false".
 */
import type { Bounds } from './bounds';
import { type Facts, Layout, type TextStyle } from './layout';
import { renderedParent } from './rendered-parent';
import { visibleText } from '@/lib/parse/normalize';

import { coveredRuns, type HitTest } from './cover';
import { inPieces } from './fit';
import { continuesFigure, hasDigit } from './text-kind';
import { filterOpacity, MIN_ALPHA, MIN_FONT_PX } from './visibility';

export { renderedParent };

export interface Run {
  text: string;
  /** The element whose box this text is drawn in (for merged runs: their common ancestor). */
  owner: Element;
  /** Nearest non-inline ancestor: runs only merge within one. */
  container: Element;
  fontSize: number;
  fontWeight: number;
  color: string;
  x: number;
  y: number;
  width: number;
  height: number;
  finePrint: boolean;
}

export interface WalkResult {
  runs: Run[];
  /** Visible controls, links and tables, resolved to text later from the runs inside them. */
  inputs: Element[];
  anchors: HTMLAnchorElement[];
  tables: Element[];
  nodesVisited: number;
  truncated: boolean;
}

const SKIP_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'head',
  'meta',
  'link',
  'title',
  'img',
  'picture',
  'video',
  'audio',
  'canvas',
  'svg',
  'math',
  'select',
  'option',
  'textarea',
  'object',
  'embed',
]);

/**
 * What a subtree inherits from the path that led to it. It changes only at a fine-print, frame or
 * shadow-root boundary, so one object is shared by every node below that boundary.
 */
interface Scope {
  finePrint: boolean;
  /** Product of the ancestors' opacity and filter opacity(). */
  alpha: number;
  /**
   * Inside a table too long to hit-test or colour-check cell by cell (a 36-period schedule is not):
   * its rows are checked by arithmetic. Also inside a line of over a thousand boxes.
   */
  longTable: boolean;
  /**
   * Inside a PDF viewer's text layer (PDF.js, pdfh5): transparent words laid over the canvas that
   * draws them. The canvas shows them; the layer is how they are selected and read.
   */
  overCanvas: boolean;
  /** Offset from this document's viewport to the top page's coordinates (scroll, iframe). */
  dx: number;
  dy: number;
  depth: number;
  /**
   * Inside a static box of no size that cuts off what overflows it: a collapsed panel (Framework7's
   * closed .accordion-item-content), read as fine print like a closed <details>; but a box placed
   * absolutely against an ancestor outside it is drawn where it lies (the views inside
   * `.framework7-root { overflow: hidden }`), as it would be without the clip. Holds whether the
   * walk was in fine print before it.
   */
  clipped: { finePrint: boolean } | null;
}

/** A box its absolutely placed descendants are placed against, though it is not positioned. */
function holdsPlacedBoxes(st: CSSStyleDeclaration): boolean {
  return (
    st.position !== 'static' ||
    st.transform !== 'none' ||
    st.filter !== 'none' ||
    st.perspective !== 'none' ||
    /paint|layout|strict|content/.test(st.contain) ||
    /transform|perspective|filter/.test(st.willChange)
  );
}

/** Panels a trigger with aria-expanded="false" says are collapsed: read them as fine print. */
function collapsedPanels(root: Document): Set<Element> {
  const out = new Set<Element>();
  for (const trigger of root.querySelectorAll('[aria-expanded="false"]')) {
    const ids = (trigger.getAttribute('aria-controls') ?? '').split(/\s+/).filter(Boolean);
    for (const id of ids) {
      const panel = root.getElementById(id);
      if (panel) out.add(panel);
    }
    if (ids.length === 0) {
      const next = trigger.nextElementSibling ?? trigger.parentElement?.nextElementSibling;
      if (next) out.add(next);
    }
  }
  return out;
}

/**
 * Tooltips and popovers hidden until hovered ("费用说明 (i)" over "借款管理费：每期108.00元…";
 * Element's el-tooltip__popper, Vant's van-popover, antd's ant-tooltip), and a bubble right after
 * an info icon of its own: what the page discloses there, read as fine print while hidden.
 */
function hiddenBubbles(root: Document): Set<Element> {
  const out = new Set<Element>(root.querySelectorAll(BUBBLES));
  for (const icon of root.querySelectorAll('a, i, span, em, b, button')) {
    if (icon.childElementCount > 1 || !INFO_ICON.test(icon.textContent)) continue;
    const next = icon.nextElementSibling ?? icon.parentElement?.nextElementSibling;
    if (next && next.childElementCount <= 12) out.add(next);
  }
  return out;
}

/**
 * A short text with the words its element's CSS draws around it (`::before { content: "￥" }`,
 * `::after { content: "期" }`, a responsive table's `td::before { content: attr(data-label) }`):
 * on screen they are one line, "￥6,000.00", "12期", "借款金额 10,000.00". Only words, signs and
 * units — not an icon font's private glyphs — and only for a text that is its element's first or
 * last, as the generated box stands before or after all of it.
 */
function withGeneratedText(
  node: Text,
  owner: Element,
  text: string,
  drawingRoots: Map<Node, boolean>,
): string {
  if (text.trim().length > 30 || !drawsWords(owner, drawingRoots)) return text;
  const view = owner.ownerDocument.defaultView;
  if (!view) return text;
  const blank = (n: ChildNode | null): boolean =>
    n !== null && n.nodeType === 3 && !/\S/.test(n.textContent ?? '');
  let before: ChildNode | null = node.previousSibling;
  while (blank(before)) before = before?.previousSibling ?? null;
  let after: ChildNode | null = node.nextSibling;
  while (blank(after)) after = after?.nextSibling ?? null;
  const drawn = (which: '::before' | '::after'): { words: string; label: boolean } => {
    const content = view.getComputedStyle(owner, which).content;
    const quoted = /^"((?:[^"\\]|\\.)*)"$/.exec(content)?.[1];
    // A thousands comma drawn before a group of three digits ("<i>12</i><i>000</i>" with
    // ".int i+i::before { content: ',' }", mand-mobile's md-amount): part of the figure.
    if (which === '::before' && (quoted === ',' || quoted === '，') && /^\d{3}(?!\d)/.test(text))
      return { words: ',', label: false };
    const attr = /^attr\(([\w-]+)\)$/.exec(content)?.[1];
    const words = quoted?.replace(/\\(.)/g, '$1') ?? (attr ? (owner.getAttribute(attr) ?? '') : '');
    const noWords = /[\ue000-\uf8ff]/.test(words) || !/[\u4e00-\u9fa5¥￥%‰$A-Za-z]/.test(words);
    // (Chrome may hand back attr()'s value already resolved, quoted: the element still holds it.)
    const fromAttr =
      attr !== undefined || [...owner.attributes].some((a) => a.value !== '' && a.value === words);
    return { words: noWords ? '' : words, label: fromAttr };
  };
  // A figure's own marks only ("￥" before "6,000.00", "期" after "12") — not a sign an icon rule
  // draws before a label ("申请金额(元)") — and a field's name from its cell's data-label.
  const figureFirst = /^\s*\d/.test(text);
  const figureLast = /\d\s*$/.test(text);
  const before0 = before === null ? drawn('::before') : null;
  const after0 = after === null ? drawn('::after') : null;
  const head = before0 && (before0.label || figureFirst) ? before0.words : '';
  const tail = after0 && figureLast ? after0.words : '';
  if (head === '' && tail === '') return text;
  // A label drawn before a figure is a field's name: a space between, as a row would show it.
  const gap = /[\u4e00-\u9fa5A-Za-z)）:：]$/.test(head) && /^\s*\d/.test(text) ? ' ' : '';
  return `${head}${gap}${text.trim()}${tail}`;
}

/**
 * Whether the styles that reach `el` draw any words at all (a `::before`/`::after` rule whose
 * content is a string or an attr()): asked once per document or shadow root, so a page without
 * such a rule pays for no generated-content lookups, one per text. (Kept per walk: a later scan
 * sees rules added since.)
 */
function drawsWords(el: Element, drawingRoots: Map<Node, boolean>): boolean {
  const root = el.getRootNode();
  const known = drawingRoots.get(root);
  if (known !== undefined) return known;
  const sheets: CSSStyleSheet[] = [];
  if (root instanceof Document || root instanceof ShadowRoot)
    sheets.push(...root.styleSheets, ...root.adoptedStyleSheets);
  const draws = (rules: CSSRuleList): boolean =>
    [...rules].some((r) =>
      'cssRules' in r && (r as CSSGroupingRule).cssRules.length > 0
        ? draws((r as CSSGroupingRule).cssRules)
        : /:(?:before|after)\b[^{]*\{[^}]*content\s*:\s*(?:"[^"]|'[^']|attr\()/.test(r.cssText),
    );
  const found = sheets.some((sheet) => {
    try {
      return draws(sheet.cssRules);
    } catch {
      // A sheet from another origin cannot be read; it may draw words.
      return true;
    }
  });
  drawingRoots.set(root, found);
  return found;
}

/** Elements that are tooltips or popovers by their role or their kit's class. */
const BUBBLES =
  '[role="tooltip"], .el-tooltip__popper, .el-popover, .van-popover, .ant-tooltip, .ant-popover, .tooltip, .popover, .layui-layer-tips';
/** An info icon's glyph: "i", "?", "ⓘ". */
const INFO_ICON = /^\s*[iI?？ⓘ]\s*$/;

export function walk(doc: Document, bounds: Bounds, started: number): WalkResult {
  const runs: Run[] = [];
  const inputs: Element[] = [];
  const anchors: HTMLAnchorElement[] = [];
  const tables: Element[] = [];
  const layout = new Layout();
  const hitTests: HitTest[] = [];
  const page = pageExtent(doc);
  const containerCache = new Map<Element, Element>();
  const collapsed = collapsedPanels(doc);
  const bubbles = hiddenBubbles(doc);
  const drawingRoots = new Map<Node, boolean>();
  let nodesVisited = 0;
  let truncated = false;

  const containerOf = (owner: Facts): Element => {
    if (!flowsInline(owner.display)) return owner.el;
    const hit = containerCache.get(owner.el);
    if (hit) return hit;
    let c: Element = owner.el;
    for (let i = 0; i < 6; i++) {
      if (!flowsInline(layout.of(c).display)) break;
      const up = renderedParent(c);
      if (!up) break;
      c = up;
    }
    containerCache.set(owner.el, c);
    return c;
  };

  /** A run of `text` drawn in `owner` at `box` (viewport), placed on the page by the scope's offset. */
  const runAt = (
    text: string,
    owner: Element,
    facts: Facts,
    st: TextStyle,
    box: DOMRect,
    scope: Scope,
  ): Run => ({
    text,
    owner,
    container: containerOf(facts),
    fontSize: st.fontSize,
    fontWeight: st.fontWeight,
    color: st.color,
    x: Math.round(box.left + scope.dx),
    y: Math.round(box.top + scope.dy),
    width: Math.round(box.width),
    height: Math.round(box.height),
    finePrint: scope.finePrint,
  });

  /** The value a form field shows (an input's text, a drop-down's chosen option), as a run. */
  const fieldRun = (el: Element, shown: string, scope: Scope): void => {
    const value = visibleText(shown).trim();
    const facts = layout.of(el);
    const st = value === '' || facts.display === 'none' ? null : layout.textStyle(facts);
    const r = st ? layout.rect(facts) : null;
    if (!st || !r || r.width === 0 || r.height === 0 || !layout.legible(facts, scope.alpha, false))
      return;
    appendRun(runs, runAt(value, el, facts, st, r, scope));
  };

  // Depth first in document order: children are pushed last to first. Parallel stacks, not an
  // object per node: each node carries its scope and the facts of the element whose children
  // these are (null when the walk has not asked about it), and most nodes share both.
  const nodes: Node[] = [];
  const parents: (Facts | null)[] = [];
  const scopes: Scope[] = [];
  const push = (node: Node, parent: Facts | null, scope: Scope): void => {
    nodes.push(node);
    parents.push(parent);
    scopes.push(scope);
  };
  const pushChildren = (of: Node, parent: Facts | null, scope: Scope): void => {
    for (let k = of.lastChild; k; k = k.previousSibling) push(k, parent, scope);
  };
  const pushList = (list: readonly Node[], parent: Facts, scope: Scope): void => {
    for (let i = list.length - 1; i >= 0; i--) {
      const node = list[i];
      if (node) push(node, parent, scope);
    }
  };
  const asFinePrint = (scope: Scope): Scope =>
    scope.finePrint ? scope : { ...scope, finePrint: true };

  // A frameset or an XML document has no body.
  const body = doc.body as HTMLElement | null;
  if (body) {
    const view = doc.defaultView;
    pushChildren(body, null, {
      finePrint: false,
      alpha: 1,
      longTable: false,
      overCanvas: false,
      dx: view?.scrollX ?? 0,
      dy: view?.scrollY ?? 0,
      depth: 0,
      clipped: null,
    });
  }

  for (;;) {
    const node = nodes.pop();
    const parent = parents.pop() ?? null;
    const scope = scopes.pop();
    if (!node || !scope) break;
    nodesVisited++;
    if (
      nodesVisited > bounds.maxNodes ||
      ((nodesVisited & 255) === 0 && performance.now() - started > bounds.maxReadMs)
    ) {
      truncated = true;
      break;
    }
    const { finePrint, dx, dy, depth } = scope;
    if (node.nodeType === 3) {
      // What the borrower sees: no zero-width joiners inside a figure, no 10⁴ read as 104.
      const own = visibleText((node as Text).data);
      if (!/\S/.test(own)) continue;
      const owner = renderedParent(node);
      if (!owner) continue;
      const text = withGeneratedText(node as Text, owner, own, drawingRoots);
      // Usually the element just entered; through a slot or out of a shadow root, another one.
      const facts = parent?.el === owner ? parent : layout.of(owner);
      const st = layout.textStyle(facts);
      if (!st) continue;
      if (
        scope.overCanvas
          ? st.fontSize < MIN_FONT_PX
          : !layout.legible(facts, scope.alpha, !scope.longTable)
      )
        continue;
      // A figure's own line box, not its element's: text-indent moves the text and not the box,
      // and the hit test needs a point on the glyphs.
      const figure =
        !finePrint && !scope.longTable && owner.ownerDocument === doc && hasDigit(text);
      const rect = layout.textRect(node as Text, facts);
      if (!finePrint && (rect.width === 0 || rect.height === 0)) continue;
      const line = figure ? layout.firstLine(node as Text, facts) : rect;
      if (figure && (line.height < MIN_FONT_PX || outside(line, dx, dy, page, layout, owner)))
        continue;
      for (const piece of inPieces(text.replace(/\s+/g, ' '))) {
        appendRun(runs, runAt(piece, owner, facts, st, rect, scope));
      }
      const last = runs[runs.length - 1];
      if (figure && last && hitTests.length < MAX_HIT_TESTS) {
        hitTests.push({
          run: last,
          owner,
          x: line.left + line.width / 2 + dx,
          y: line.top + line.height / 2 + dy,
        });
      }
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    const tag = el.localName;
    if (tag === 'select') {
      // A drop-down shows its chosen option ("分期月数 [12月 ▾]"); the others are not on screen.
      fieldRun(el, (el as HTMLSelectElement).selectedOptions[0]?.text ?? '', scope);
      continue;
    }
    // …and so does a text box, a back office's read-only 备注 above all ("<textarea readonly>资金方：…
    // 执行利率日0.02%…</textarea>"): its text is on screen as any field's is.
    if (tag === 'textarea') {
      fieldRun(el, (el as HTMLTextAreaElement).value, scope);
      continue;
    }
    if (SKIP_TAGS.has(tag)) continue;
    // A required-field marker drawn as an element of its own (<i class="star">*</i>分期金额) is no
    // text of the form: read, it would split the label from its field.
    if (el.childElementCount === 0 && /^\s*[*＊]\s*$/.test(el.textContent)) continue;
    if (tag === 'input') {
      // Checkout option cards hide the native radio and draw their own (fixture 02): the state
      // still counts; extractControls drops a control whose label is not visible.
      const type = (el as HTMLInputElement).type;
      if (type === 'checkbox' || type === 'radio') inputs.push(el);
      // A borrow form's amount field (<input value="6000">) is on screen like any text; so is a
      // back office's read-only date field (<input type="date" value="2026-05-12">, 发当日期).
      else if (/^(?:text|number|tel|search|date)$/.test(type))
        fieldRun(el, (el as HTMLInputElement).value, scope);
      continue;
    }
    const facts = layout.of(el);
    const { style: st, display } = facts;
    if (!st) continue;
    const isCollapsed = collapsed.has(el) || (display === 'none' && bubbles.has(el));
    if (display === 'none' && !isCollapsed) continue;
    // Out of a collapsed box: a box placed against an ancestor beyond it is drawn as if it were
    // not there; a box its own placed boxes are placed against keeps them in it.
    const base =
      scope.clipped === null
        ? scope
        : st.position === 'absolute' || st.position === 'fixed'
          ? { ...scope, finePrint: scope.clipped.finePrint, clipped: null }
          : holdsPlacedBoxes(st)
            ? { ...scope, clipped: null }
            : scope;
    const small = base.finePrint;
    // Fine print is read however it is hidden, so its boxes are never asked for.
    let inner = isCollapsed ? asFinePrint(base) : base;
    if (!small && !isCollapsed && !scope.overCanvas && textLayerOverCanvas(el, layout))
      inner = { ...inner, overCanvas: true, alpha: 1 };
    if (!small && !isCollapsed && !inner.overCanvas) {
      if (st.opacity === '0') continue;
      const fade = Number.parseFloat(st.opacity) * filterOpacity(st.filter);
      if (fade < 1) {
        if (scope.alpha * fade < MIN_ALPHA) continue;
        inner = { ...inner, alpha: scope.alpha * fade };
      }
      if (display !== 'contents') {
        if (layout.clipsToNothing(facts, st)) {
          // A panel folded to no height in the flow (not the screen-reader-only box, placed out of
          // it): what it folds is read as fine print.
          const folded =
            st.position !== 'absolute' && st.position !== 'fixed' && layout.rect(facts).width > 1;
          if (folded)
            pushChildren(el, facts, {
              ...asFinePrint(inner),
              clipped: holdsPlacedBoxes(st) ? null : { finePrint: false },
            });
          continue;
        }
        const r = layout.rect(facts);
        // An empty box whose overflow shows (an Ionic <ion-nav> of no height holding an absolutely
        // placed page) says nothing of where its children are drawn: they are checked each.
        // Nor does one whose content spills out of it: an iView tab strip slid translateX(-300%)
        // lies off-screen while the fourth pane it holds is drawn in view (page 2691).
        const spills =
          st.overflow === 'visible' &&
          (r.width * r.height <= 1 ||
            el.scrollWidth > el.clientWidth + 1 ||
            el.scrollHeight > el.clientHeight + 1);
        if (!spills && outside(r, dx, dy, el.ownerDocument === doc ? page : null, layout, el))
          continue;
      }
    }
    const role = el.getAttribute('role');
    if (role === 'checkbox' || role === 'radio' || role === 'switch') inputs.push(el);
    if (tag === 'a' && (el as HTMLAnchorElement).href) anchors.push(el as HTMLAnchorElement);
    if (tag === 'table' || role === 'table' || role === 'grid') {
      tables.push(el);
      if (!inner.longTable && rowCount(el) > HIT_TEST_ROWS) inner = { ...inner, longTable: true };
    }
    // So is a line of over a thousand boxes (MAX_LINE_SIBLINGS).
    if (!inner.longTable && el.childElementCount > MAX_LINE_SIBLINGS)
      inner = { ...inner, longTable: true };
    // (…and a frameset's frames, an old e-banking's top, menu and main pages: same-origin documents
    // as an iframe's.)
    if (tag === 'iframe' || tag === 'frame') {
      if (depth >= bounds.maxDepth) {
        truncated = true;
        continue;
      }
      let frameDoc: Document | null;
      try {
        // (A <frame> holds its document as an iframe does; its own DOM type is deprecated.)
        frameDoc = (el as HTMLIFrameElement).contentDocument;
      } catch {
        // Cross-origin: not ours to read.
        frameDoc = null;
      }
      if (frameDoc?.body) {
        const r = layout.rect(facts);
        pushChildren(frameDoc.body, null, {
          ...inner,
          dx: dx + r.left,
          dy: dy + r.top,
          depth: depth + 1,
        });
      }
      continue;
    }
    if (tag === 'details' && !(el as HTMLDetailsElement).open) {
      const kids: Node[] = [];
      for (let k = el.firstChild; k; k = k.nextSibling) kids.push(k);
      const summary = kids.find((k) => k.nodeType === 1 && (k as Element).localName === 'summary');
      pushList(
        kids.filter((k) => k !== summary),
        facts,
        asFinePrint(inner),
      );
      if (summary) push(summary, facts, inner);
      continue;
    }
    if (tag === 'slot') {
      const assigned = (el as HTMLSlotElement).assignedNodes({ flatten: true });
      if (assigned.length > 0) pushList(assigned, facts, inner);
      else pushChildren(el, facts, inner);
      continue;
    }
    const shadow = el.shadowRoot;
    if (shadow) {
      if (depth >= bounds.maxDepth) {
        truncated = true;
        continue;
      }
      pushChildren(shadow, facts, { ...inner, depth: depth + 1 });
      continue;
    }
    pushChildren(el, facts, inner);
  }
  // 300 tests take about 12 ms; on a page of 50,000 figures each test is slower, and the
  // re-reads of a page that never settles must not spend their whole time here.
  const deadline = Math.min(started + bounds.maxReadMs, performance.now() + HIT_TEST_MS);
  const { covered, complete } = coveredRuns(doc, layout, hitTests, deadline);
  return {
    runs: covered.size === 0 ? runs : runs.filter((r) => !covered.has(r)),
    inputs,
    anchors,
    tables,
    nodesVisited,
    truncated: truncated || !complete,
  };
}

/**
 * A PDF viewer draws each page on a canvas and lays the same words over it as transparent, faded
 * text for selection (PDF.js's .textLayer beside its .canvasWrapper; pdfh5 the same): the words
 * show, drawn by the canvas under them. Only a layer whose sibling is that canvas (or holds it
 * alone) and which lies on it counts; transparent text anywhere else stays hidden. pdfh5 turns
 * each drawn canvas into an <img class="canvasImg…"> beside the layer: an image counts only under a
 * layer that PDF.js's own class names (textLayer), since words over a picture are otherwise hidden.
 */
function textLayerOverCanvas(el: Element, layout: Layout): boolean {
  const drawn = /(?:^|\s)textLayer(?:\s|$)/.test(el.getAttribute('class') ?? '')
    ? /^(?:canvas|img)$/
    : /^canvas$/;
  const canvasOf = (sib: Element | null): Element | null =>
    sib === null
      ? null
      : drawn.test(sib.localName)
        ? sib
        : sib.childElementCount === 1 && drawn.test(sib.firstElementChild?.localName ?? '')
          ? sib.firstElementChild
          : null;
  const canvas = canvasOf(el.previousElementSibling) ?? canvasOf(el.nextElementSibling);
  if (canvas === null) return false;
  const a = layout.rect(layout.of(el));
  const c = layout.rect(layout.of(canvas));
  const w = Math.min(a.right, c.right) - Math.max(a.left, c.left);
  const h = Math.min(a.bottom, c.bottom) - Math.max(a.top, c.top);
  return w > 0 && h > 0 && w * h >= 0.9 * a.width * a.height;
}

/**
 * An inline element among thousands of siblings shares its line box with all of them, and
 * Chromium's hit test walks every fragment of that line: one test on a hostile page of 50,000
 * spans took 13 s, and a paragraph of 2,500 links spent a read's whole time. Their parent is
 * checked like a long table. Slotted children are covered too: their host is entered first, and
 * its own children are the ones a slot hands on.
 */
const MAX_LINE_SIBLINGS = 1000;

/** Hit tests cost about 40 µs each: a long schedule's rows are checked by arithmetic instead. */
const HIT_TEST_ROWS = 60;
const MAX_HIT_TESTS = 300;
const HIT_TEST_MS = 100;

function rowCount(table: Element): number {
  return table.localName === 'table'
    ? (table as HTMLTableElement).rows.length
    : table.querySelectorAll('[role="row"]').length;
}

/** The top document's scrollable area, in page coordinates. */
interface Extent {
  width: number;
  height: number;
}

/**
 * Where a borrower can scroll to. A fixed box does not widen it, so one parked at top: 99999px
 * lies outside; so does anything past an edge the page forbids scrolling (overflow: hidden).
 */
function pageExtent(doc: Document): Extent | null {
  const root = doc.documentElement as HTMLElement | null;
  const view = doc.defaultView;
  if (!root || !view) return null;
  const body = doc.body as HTMLElement | null;
  const st = [view.getComputedStyle(root), ...(body ? [view.getComputedStyle(body)] : [])];
  const locked = (axis: 'overflowX' | 'overflowY'): boolean =>
    st.some((s) => s[axis] === 'hidden' || s[axis] === 'clip');
  return {
    width: locked('overflowX') ? view.innerWidth : Math.max(root.scrollWidth, view.innerWidth),
    height: locked('overflowY') ? view.innerHeight : Math.max(root.scrollHeight, view.innerHeight),
  };
}

/**
 * A box (viewport coordinates, offset by dx/dy to the page) wholly outside the page. Past the far
 * edges only when no box between scrolls: an inner scroller's rows lie past the page's end and
 * are one scroll away (fixture 03's 36-row plan).
 */
function outside(
  r: DOMRect,
  dx: number,
  dy: number,
  page: Extent | null,
  layout: Layout,
  el: Element,
): boolean {
  if (r.right + dx <= 0) return true;
  if (r.bottom + dy <= 0) return !layout.scrolledAbove(el, r);
  if (page === null || (r.left + dx < page.width && r.top + dy < page.height)) return false;
  return !layout.inScroller(el);
}

/** Inline boxes (and display:contents, which has none) flow inside their parent's block. */
function flowsInline(display: string): boolean {
  return display.startsWith('inline') || display === 'contents';
}

/**
 * A figure drawn one digit to a box, the boxes side by side ("countup-num" 2 | 0 | 0 | 0 | 0 元 on a
 * loan form): each digit touches the one before it on the same line. Not in a table, whose cells
 * are read as cells.
 */
function nextDigitBox(prev: Run, run: Run): boolean {
  // (…and the unit after the last box: "20000 | 元".)
  if (!/^\d+$/.test(prev.text.trim()) || !/^(?:\d|元|万元)$/.test(run.text.trim())) return false;
  if (prev.owner.closest('td, th') !== null || run.owner.closest('td, th') !== null) return false;
  const gap = run.x - (prev.x + prev.width);
  // A unit set smaller sits inside the digits' line; another digit box is the same height.
  const sameLine = /\d/.test(run.text)
    ? Math.abs(run.y - prev.y) <= 2 && Math.abs(run.height - prev.height) <= 2
    : run.y >= prev.y - 2 && run.y + run.height <= prev.y + prev.height + 2;
  return sameLine && gap >= -1 && gap <= run.fontSize * 0.6;
}

/** Join a run to the previous one when both are pieces of one figure. */
function appendRun(runs: Run[], run: Run): void {
  const prev = runs[runs.length - 1];
  if (
    prev &&
    ((prev.container === run.container && continuesFigure(prev.text, run.text)) ||
      nextDigitBox(prev, run))
  ) {
    const right = Math.max(prev.x + prev.width, run.x + run.width);
    const bottom = Math.max(prev.y + prev.height, run.y + run.height);
    prev.text = prev.text.replace(/\s+$/, '') + run.text.trimStart();
    prev.owner = commonAncestor(prev.owner, run.owner);
    prev.x = Math.min(prev.x, run.x);
    prev.y = Math.min(prev.y, run.y);
    prev.width = right - prev.x;
    prev.height = bottom - prev.y;
    prev.fontSize = Math.max(prev.fontSize, run.fontSize);
    prev.fontWeight = Math.max(prev.fontWeight, run.fontWeight);
    return;
  }
  runs.push(run);
}

function commonAncestor(a: Element, b: Element): Element {
  if (a === b || a.contains(b)) return a;
  for (let p = renderedParent(a); p; p = renderedParent(p)) if (p.contains(b)) return p;
  return a;
}
