/**
 * CSS selector paths for "show on page". Paths cross open shadow roots and same-origin iframes
 * with ` >>> ` (RawBlock.locator). Cached per element: a 36-row schedule asks for the same
 * ancestors hundreds of times.
 */
import { shortLocator } from './fit';

/** Well under LIMITS.locator: a path built on a shortened parent path stays under it too. */
const LOCATOR_MAX = 1000;

export class Locators {
  private readonly cache = new Map<Element, string>();

  of(el: Element): string {
    const hit = this.cache.get(el);
    if (hit !== undefined) return hit;
    // 95 nested divs make a path of 2,000 characters: keep its end, which still finds the element.
    const value = shortLocator(this.compute(el), LOCATOR_MAX);
    this.cache.set(el, value);
    return value;
  }

  private compute(el: Element): string {
    const tag = el.localName;
    const parent = el.parentNode;
    if (el.id && /^[A-Za-z][\w-]*$/.test(el.id)) {
      const scope = el.getRootNode() as Document | ShadowRoot;
      if (scope.querySelectorAll(`#${el.id}`).length === 1) return this.prefix(scope) + `#${el.id}`;
    }
    if (!parent || parent.nodeType === 9) return this.prefix(el.ownerDocument) + tag;
    if (parent.nodeType === 11) return this.prefix(parent as ShadowRoot) + tag;
    const index = this.nthOfType(el);
    return `${this.of(parent as Element)} > ${tag}:nth-of-type(${String(index)})`;
  }

  private readonly nth = new Map<Element, number>();

  /** Indexed once per parent: counting siblings per element is quadratic on a 50,000-child list. */
  private nthOfType(el: Element): number {
    const hit = this.nth.get(el);
    if (hit !== undefined) return hit;
    const seen = new Map<string, number>();
    for (let c = el.parentNode?.firstElementChild ?? null; c; c = c.nextElementSibling) {
      const n = (seen.get(c.localName) ?? 0) + 1;
      seen.set(c.localName, n);
      this.nth.set(c, n);
    }
    return this.nth.get(el) ?? 1;
  }

  /** What leads into a shadow root or an iframe's document. */
  private prefix(scope: Document | ShadowRoot): string {
    if ('host' in scope) return `${this.of(scope.host)} >>> `;
    const frame = scope.defaultView?.frameElement;
    return frame ? `${this.of(frame)} >>> ` : '';
  }
}
