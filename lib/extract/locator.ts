/**
 * CSS selector paths for "show on page". Paths cross open shadow roots and same-origin iframes
 * with ` >>> ` (RawBlock.locator). Cached per element: a 36-row schedule asks for the same
 * ancestors hundreds of times.
 */
export class Locators {
  private readonly cache = new Map<Element, string>();

  of(el: Element): string {
    const hit = this.cache.get(el);
    if (hit !== undefined) return hit;
    const value = this.compute(el);
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
    let index = 1;
    for (let s = el.previousElementSibling; s; s = s.previousElementSibling)
      if (s.localName === tag) index++;
    return `${this.of(parent as Element)} > ${tag}:nth-of-type(${String(index)})`;
  }

  /** What leads into a shadow root or an iframe's document. */
  private prefix(scope: Document | ShadowRoot): string {
    if ('host' in scope) return `${this.of(scope.host)} >>> `;
    const frame = scope.defaultView?.frameElement;
    return frame ? `${this.of(frame)} >>> ` : '';
  }
}
