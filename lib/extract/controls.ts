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

function textWithin(el: Element, runs: Run[]): string {
  return runs
    .filter((r) => el === r.owner || el.contains(r.owner))
    .map((r) => r.text.trim())
    .join(' ');
}

export function extractControls(inputs: Element[], runs: Run[], locators: Locators): RawControl[] {
  const controls: RawControl[] = [];
  for (const input of inputs) {
    const native = input.localName === 'input';
    const type = native ? (input as HTMLInputElement).type : (input.getAttribute('role') ?? '');
    const checked = native
      ? (input as HTMLInputElement).checked
      : input.getAttribute('aria-checked') === 'true';
    const labelEl = labelElement(input);
    const label = labelEl ? textWithin(labelEl, runs) : '';
    // No visible label: a control inside a hidden block, not something the borrower sees.
    if (!label) continue;
    controls.push({
      kind: type === 'radio' ? 'radio' : 'checkbox',
      checked,
      label,
      locator: locators.of(input),
    });
  }
  return controls;
}

export function extractLinks(anchors: HTMLAnchorElement[], runs: Run[]): RawLink[] {
  const links: RawLink[] = [];
  for (const a of anchors) {
    const text = textWithin(a, runs);
    if (text) links.push({ text, href: a.href });
  }
  return links;
}
