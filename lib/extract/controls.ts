/**
 * Checkboxes and radios with their state and visible label: a pre-ticked 权益卡 checkbox
 * (fixture 05) and the selected 12期 radio among option cards (02) decide which fees and which
 * plan count. Links: agreement links (《借款协议》) show the contract is offered.
 */
import type { RawControl, RawLink } from '@/lib/model/extraction';
import type { Locators } from './locator';
import type { Run } from './walk';

function labelElement(input: Element): Element | null {
  const wrapping = input.closest('label');
  if (wrapping) return wrapping;
  const id = input.id;
  if (id) {
    const root = input.getRootNode() as Document | ShadowRoot;
    const byFor = [...root.querySelectorAll('label')].find((l) => l.htmlFor === id);
    if (byFor) return byFor;
  }
  return input.parentElement;
}

/**
 * The visible text inside each of `els`, from one pass up each run's ancestors: asking every
 * element for every run was quadratic, and 2,500 links froze the tab for seconds.
 */
function textsWithin(els: Iterable<Element>, runs: Run[]): Map<Element, string> {
  const parts = new Map<Element, string[]>();
  for (const el of els) parts.set(el, []);
  for (const r of runs) {
    for (let e: Element | null = r.owner; e; e = e.parentElement) parts.get(e)?.push(r.text.trim());
  }
  const out = new Map<Element, string>();
  for (const [el, texts] of parts) out.set(el, texts.join(' '));
  return out;
}

export function extractControls(inputs: Element[], runs: Run[], locators: Locators): RawControl[] {
  const controls: RawControl[] = [];
  const labels = inputs.map(labelElement);
  const texts = textsWithin(
    labels.filter((l) => l !== null),
    runs,
  );
  inputs.forEach((input, i) => {
    const native = input.localName === 'input';
    const type = native ? (input as HTMLInputElement).type : (input.getAttribute('role') ?? '');
    const checked = native
      ? (input as HTMLInputElement).checked
      : input.getAttribute('aria-checked') === 'true';
    const labelEl = labels[i];
    const label = labelEl ? (texts.get(labelEl) ?? '') : '';
    // No visible label: a control inside a hidden block, not something the borrower sees.
    if (!label) return;
    controls.push({
      kind: type === 'radio' ? 'radio' : 'checkbox',
      checked,
      label,
      locator: locators.of(input),
    });
  });
  return controls;
}

export function extractLinks(anchors: HTMLAnchorElement[], runs: Run[]): RawLink[] {
  const links: RawLink[] = [];
  const texts = textsWithin(anchors, runs);
  for (const a of anchors) {
    const text = texts.get(a) ?? '';
    if (text) links.push({ text, href: a.href });
  }
  return links;
}
