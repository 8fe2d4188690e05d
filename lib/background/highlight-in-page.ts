/**
 * Injected into the page by `scripting.executeScript({ func })`, which serialises the function's
 * source: it must stay self-contained (no imports, no outer variables). The locator comes from the
 * page itself, so it is only ever handed to querySelector, never evaluated or rendered.
 */
export function highlightInPage(locator: string): boolean {
  let scope: Document | ShadowRoot | null = document;
  let found: Element | null = null;
  // ` >>> ` steps into an open shadow root or a same-origin iframe's document (lib/extract/locator.ts).
  for (const part of locator.split(' >>> ')) {
    if (found !== null) {
      scope =
        found.shadowRoot ?? (found instanceof HTMLIFrameElement ? found.contentDocument : null);
    }
    if (scope === null) return false;
    try {
      found = scope.querySelector(part);
    } catch {
      return false;
    }
    if (found === null) return false;
  }
  if (!(found instanceof HTMLElement)) return false;
  const element = found;
  const before = { outline: element.style.outline, offset: element.style.outlineOffset };
  element.scrollIntoView({ block: 'center', behavior: 'smooth' });
  element.style.outline = '3px solid #e11d48';
  element.style.outlineOffset = '2px';
  setTimeout(() => {
    element.style.outline = before.outline;
    element.style.outlineOffset = before.offset;
  }, 4000);
  return true;
}
