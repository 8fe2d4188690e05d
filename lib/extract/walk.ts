/**
 * The visible-text model: walks the rendered tree the way a borrower sees it and returns runs of
 * text with style and position. Skipped: display:none, visibility:hidden, opacity:0, zero-size
 * and off-screen boxes (a CMS "legacy" block kept with display:none must not count, fixture 14),
 * images (numbers in alt text are not terms). Entered: open shadow roots with their slotted
 * content (fixture 13), same-origin iframes. Read as fine print: the body of a closed <details>
 * (fixture 11) and a panel collapsed behind aria-expanded="false".
 */
import type { Bounds } from './bounds';
import { continuesFigure } from './text-kind';

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

interface Frame {
  node: Node;
  finePrint: boolean;
  dx: number;
  dy: number;
  depth: number;
}

interface Ctx {
  finePrint: boolean;
  dx: number;
  dy: number;
  depth: number;
}

function styleOf(el: Element): CSSStyleDeclaration | null {
  const view = el.ownerDocument.defaultView;
  return view ? view.getComputedStyle(el) : null;
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

export function walk(doc: Document, bounds: Bounds, started: number): WalkResult {
  const runs: Run[] = [];
  const inputs: Element[] = [];
  const anchors: HTMLAnchorElement[] = [];
  const tables: Element[] = [];
  const containerCache = new Map<Element, Element>();
  const styleCache = new Map<Element, CSSStyleDeclaration | null>();
  const collapsed = collapsedPanels(doc);
  let nodesVisited = 0;
  let truncated = false;

  const cachedStyle = (el: Element): CSSStyleDeclaration | null => {
    let s = styleCache.get(el);
    if (s === undefined) {
      s = styleOf(el);
      styleCache.set(el, s);
    }
    return s;
  };

  const containerOf = (el: Element): Element => {
    const hit = containerCache.get(el);
    if (hit) return hit;
    let c: Element = el;
    for (let i = 0; i < 6; i++) {
      const d = cachedStyle(c)?.display ?? 'block';
      if (!d.startsWith('inline') && d !== 'contents') break;
      const up = renderedParent(c);
      if (!up) break;
      c = up;
    }
    containerCache.set(el, c);
    return c;
  };

  const stack: Frame[] = [];
  const pushChildren = (parent: Node, ctx: Ctx): void => {
    const kids: Node[] = [];
    for (let k = parent.firstChild; k; k = k.nextSibling) kids.push(k);
    for (let i = kids.length - 1; i >= 0; i--) {
      const node = kids[i];
      if (node) stack.push({ node, ...ctx });
    }
  };
  const pushList = (nodes: readonly Node[], ctx: Ctx): void => {
    for (let i = nodes.length - 1; i >= 0; i--) {
      const node = nodes[i];
      if (node) stack.push({ node, ...ctx });
    }
  };

  const scrollX = doc.defaultView?.scrollX ?? 0;
  const scrollY = doc.defaultView?.scrollY ?? 0;
  // A frameset or an XML document has no body.
  const body = doc.body as HTMLElement | null;
  if (body) pushChildren(body, { finePrint: false, dx: scrollX, dy: scrollY, depth: 0 });

  while (stack.length > 0) {
    const frame = stack.pop();
    if (!frame) break;
    nodesVisited++;
    if (
      nodesVisited > bounds.maxNodes ||
      ((nodesVisited & 255) === 0 && performance.now() - started > bounds.maxReadMs)
    ) {
      truncated = true;
      break;
    }
    const { node, finePrint, dx, dy, depth } = frame;
    if (node.nodeType === 3) {
      const text = (node as Text).data;
      if (!/\S/.test(text)) continue;
      const owner = renderedParent(node);
      if (!owner) continue;
      const st = cachedStyle(owner);
      if (!st || st.visibility !== 'visible' || parseFloatSafe(st.fontSize) === 0) continue;
      const rect = textRect(node as Text, owner);
      if (!finePrint && (rect.width === 0 || rect.height === 0)) continue;
      const run: Run = {
        text: text.replace(/\s+/g, ' '),
        owner,
        container: containerOf(owner),
        fontSize: parseFloatSafe(st.fontSize),
        fontWeight: Number(st.fontWeight) || 400,
        color: st.color,
        x: Math.round(rect.left + dx),
        y: Math.round(rect.top + dy),
        width: Math.round(rect.width),
        height: Math.round(rect.height),
        finePrint,
      };
      appendRun(runs, run);
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    const tag = el.localName;
    if (SKIP_TAGS.has(tag)) continue;
    if (tag === 'input') {
      // Checkout option cards hide the native radio and draw their own (fixture 02): the state
      // still counts; extractControls drops a control whose label is not visible.
      const type = (el as HTMLInputElement).type;
      if (type === 'checkbox' || type === 'radio') inputs.push(el);
      continue;
    }
    const st = cachedStyle(el);
    if (!st) continue;
    let fine = finePrint;
    if (st.display === 'none') {
      if (!collapsed.has(el)) continue;
      fine = true;
    } else if (collapsed.has(el)) {
      fine = true;
    }
    if (st.opacity === '0' && !fine) continue;
    if (!fine && st.display !== 'contents') {
      const r = el.getBoundingClientRect();
      const clips =
        st.overflow !== 'visible' || st.position === 'absolute' || st.position === 'fixed';
      if (r.width * r.height <= 1 && clips) continue;
      if (r.right + dx < 0 || r.bottom + dy < 0) continue;
    }
    const ctx: Ctx = { finePrint: fine, dx, dy, depth };
    const role = el.getAttribute('role');
    if (role === 'checkbox' || role === 'radio' || role === 'switch') inputs.push(el);
    if (tag === 'a' && (el as HTMLAnchorElement).href) anchors.push(el as HTMLAnchorElement);
    if (tag === 'table' || role === 'table' || role === 'grid') tables.push(el);
    if (tag === 'iframe') {
      if (depth >= bounds.maxDepth) {
        truncated = true;
        continue;
      }
      let inner: Document | null;
      try {
        inner = (el as HTMLIFrameElement).contentDocument;
      } catch {
        // Cross-origin: not ours to read.
        inner = null;
      }
      if (inner?.body) {
        const r = el.getBoundingClientRect();
        pushChildren(inner.body, {
          finePrint: fine,
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
        { ...ctx, finePrint: true },
      );
      if (summary) stack.push({ node: summary, ...ctx });
      continue;
    }
    if (tag === 'slot') {
      const assigned = (el as HTMLSlotElement).assignedNodes({ flatten: true });
      if (assigned.length > 0) pushList(assigned, ctx);
      else pushChildren(el, ctx);
      continue;
    }
    const shadow = el.shadowRoot;
    if (shadow) {
      if (depth >= bounds.maxDepth) {
        truncated = true;
        continue;
      }
      pushChildren(shadow, { ...ctx, depth: depth + 1 });
      continue;
    }
    pushChildren(el, ctx);
  }
  return { runs, inputs, anchors, tables, nodesVisited, truncated };
}

/** The element a node is rendered in: through slots and out of shadow roots. */
export function renderedParent(node: Node): Element | null {
  const slot = (node as Element | Text).assignedSlot;
  if (slot) return slot;
  const p = node.parentNode;
  if (!p) return null;
  if (p.nodeType === 1) return p as Element;
  if (p.nodeType === 11 && 'host' in p) return (p as ShadowRoot).host;
  return null;
}

function parseFloatSafe(px: string): number {
  const n = Number.parseFloat(px);
  return Number.isFinite(n) ? n : 0;
}

/** A text node's own box when its element mixes text and elements (label text beside a <b> value). */
function textRect(text: Text, owner: Element): DOMRect {
  if (owner.childElementCount === 0) return owner.getBoundingClientRect();
  const range = text.ownerDocument.createRange();
  range.selectNodeContents(text);
  const r = range.getBoundingClientRect();
  return r.width === 0 && r.height === 0 ? owner.getBoundingClientRect() : r;
}

/** Join a run to the previous one when both are pieces of one figure. */
function appendRun(runs: Run[], run: Run): void {
  const prev = runs[runs.length - 1];
  if (prev && prev.container === run.container && continuesFigure(prev.text, run.text)) {
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
