/**
 * Checkboxes and radios with their state and visible label: a pre-ticked 权益卡 checkbox
 * (fixture 05) and the selected 12期 radio among option cards (02) decide which fees and which
 * plan count. Links: agreement links (《借款协议》) show the contract is offered.
 */
import type { RawControl, RawLink } from '@/lib/model/extraction';
import type { Locators } from './locator';
import type { Run } from './walk';

const CONTROL = 'input, [role="radio"], [role="checkbox"]';

function labelElement(input: Element): Element | null {
  // A role="radio" chip (<button role="radio" aria-checked="true">12期</button>) is its own label;
  // its parent holds every option.
  if (input.localName !== 'input' && input.textContent.trim() !== '') return input;
  const wrapping = input.closest('label');
  if (wrapping) return wrapping;
  const id = input.id;
  if (id) {
    const root = input.getRootNode() as Document | ShadowRoot;
    const byFor = [...root.querySelectorAll('label')].find((l) => l.htmlFor === id);
    if (byFor) return byFor;
  }
  // An empty radio drawn beside its text: the option is the largest box around it that holds no
  // other control ("6期（￥418.00/期）" | "手续费：￥18.00/期 ◉" in one 分期 row of a checkout).
  let option = input.parentElement;
  const isRadio =
    input.getAttribute('role') === 'radio' || (input as HTMLInputElement).type === 'radio';
  for (let up = option?.parentElement; isRadio && option && up; up = up.parentElement) {
    const controls = up.querySelectorAll(CONTROL);
    if (controls.length > 1 || up.textContent.trim().length > 60) break;
    option = up;
  }
  return option;
}

/**
 * Options written as the text after each radio in one parent ("<input type=radio>等额本息<input
 * type=radio checked>先息后本"): each radio's option is the text up to the next control, not the
 * parent's text of every option.
 */
function textAfter(input: Element): string {
  const parent = input.parentElement;
  if (!parent || parent.querySelectorAll(CONTROL).length < 2) return '';
  let text = '';
  for (let n = input.nextSibling; n; n = n.nextSibling) {
    // (nodeType, not instanceof: a frame's nodes come from another realm.)
    if (
      n.nodeType === 1 &&
      ((n as Element).matches(CONTROL) || (n as Element).querySelector(CONTROL))
    )
      break;
    text += n.textContent ?? '';
  }
  return text.replace(/\s+/g, ' ').trim();
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
    const shown = labelEl ? (texts.get(labelEl) ?? '') : '';
    const after = labelEl === input.parentElement ? textAfter(input) : '';
    // (Only text the borrower sees: the option's words must be among the parent's visible text.)
    const label = after !== '' && shown.includes(after) ? after : shown;
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

/** A class token, ARIA state or mark that says "this option is the chosen one" (templates also
 *  write "curr" and "curron" for current). */
const CHOSEN_CLASS =
  /^(?:active|on|sel|selected|cur|curr|curron|current|checked|chosen|is-active|is-selected|is-checked)$/i;
// …or the button that would choose it, once pressed: "已选择该分期方式" beside "选择该分期方式".
const CHOSEN_MARK =
  /^[✔✓√]?\s*(?:已选择|已选中|当前选择|已选)(?:该|此|这个)?(?:分期|还款|借款)?(?:方式|方案|期数|套餐)?$/;
/** A chip is short: "12期", "6个月", "5000元", "方案B ✔ 已选择 …" cards stay under this. */
const MAX_CHIP_TEXT = 80;

function marksChosen(el: Element): boolean {
  if (el.getAttribute('aria-pressed') === 'true' || el.getAttribute('aria-selected') === 'true')
    return true;
  // "item-selected", "tab-active", and the other way round, "active-class", "selected-item".
  return [...el.classList].some(
    (c) =>
      CHOSEN_CLASS.test(c) ||
      /[-_](?:active|selected|on|checked|current)$/.test(c) ||
      /^(?:active|selected|checked|current)[-_]/.test(c),
  );
}

/**
 * A site's menu by its element or its component kit's class (el-menu, ant-menu, layui-nav). (Not
 * Bootstrap's bare "nav", whose tabs and pills may be a term picker.) A pager ("<ul class="pager">
 * <li class="active">1</li><li>2</li>…下一页", el-pager, ant-pagination) is one too: which page of a
 * plan is shown, no option of the loan.
 */
const SITE_MENU_CLASS =
  /^(?:el-menu|ant-menu|arco-menu|t-menu|n-menu|layui-nav|navbar|sidebar|sidenav|side-menu)(?:$|-(?:item|vertical|horizontal|inline|root|submenu))|^(?:pager|pagination|el-pager|layui-laypage)$|-pagination$/;

function inSiteMenu(el: Element): boolean {
  if (el.closest('nav, [role="navigation"], [role="menubar"]')) return true;
  for (let e: Element | null = el, up = 0; e && up < 4; e = e.parentElement, up++)
    if ([...e.classList].some((c) => SITE_MENU_CLASS.test(c))) return true;
  return false;
}

/**
 * Option chips and cards that are not form controls: a term picker "3期 6期 12期 24期" whose
 * chosen chip is marked only by a class (`active`, `on`, `selected`, `cur`), `aria-pressed`,
 * `aria-selected`, or a card carrying "✔ 已选择". Reported as radios: the marked one checked,
 * its siblings of the same kind unchecked, so the reader treats them like option cards.
 */
export function extractChips(runs: Run[], locators: Locators): RawControl[] {
  const chosen = new Set<Element>();
  for (const r of runs) {
    for (let el: Element | null = r.owner, up = 0; el && up < 3; el = el.parentElement, up++) {
      if (el.localName === 'body' || el.localName === 'html') break;
      if (marksChosen(el)) chosen.add(el);
    }
    if (CHOSEN_MARK.test(r.text.trim())) {
      // The card the mark sits in: the nearest ancestor with siblings of the same tag.
      for (let el = r.owner.parentElement; el?.parentElement; el = el.parentElement) {
        const tag = el.localName;
        const same = [...el.parentElement.children].filter((c) => c.localName === tag);
        if (same.length >= 2) {
          chosen.add(el);
          break;
        }
      }
    }
  }
  // Chips marked by style alone (<div class="choose-btn" style="color:#1abc9c">1000</div> among
  // plain ones): of sibling options of one kind, the one coloured by its own inline style, in a
  // colour no other option shares, is the chosen one.
  for (const el of chosenByStyle(runs)) chosen.add(el);
  const controls: RawControl[] = [];
  const seen = new Set<Element>();
  // Every candidate option's text in one pass over the runs.
  // (A site menu's current item — "首页" marked active in <nav>, a back office's side menu
  // "<li class="el-menu-item is-active">七天结算</li>" — is where the borrower is on the site, no
  // option of the loan.)
  const marked = [...chosen].filter((el) => !inSiteMenu(el));
  const groups = marked.map((el) => ({ el, options: optionsOf(el) }));
  const texts = textsWithin(new Set(groups.flatMap((g) => g.options)), runs);
  const textWithin = (el: Element): string => texts.get(el) ?? '';
  for (const { el, options: all } of groups) {
    if (seen.has(el)) continue;
    // Options are siblings of one kind; a lone highlighted element is a style, not a choice.
    const options = all.filter((c) => textWithin(c) !== '');
    if (options.length < 2) continue;
    for (const o of options) {
      if (seen.has(o)) continue;
      seen.add(o);
      // The option holds the mark itself, or wraps the chip that does (Node.contains is inclusive).
      const picked = marked.some((c) => o.contains(c));
      const label = textWithin(o);
      if (label.length > MAX_CHIP_TEXT * (picked ? 3 : 1)) continue;
      controls.push({ kind: 'radio', checked: picked, label, locator: locators.of(o) });
    }
  }
  // Several chosen siblings are tabs or a styled list, not one choice among options.
  return controls.filter((c, _, all) => {
    const group = all.filter(
      (o) =>
        o.locator.replace(/:nth-of-type\(\d+\)$/, '') ===
        c.locator.replace(/:nth-of-type\(\d+\)$/, ''),
    );
    return group.filter((o) => o.checked).length === 1;
  });
}

/**
 * The options a chosen element is one of: its siblings of its own tag, or — a chip wrapped alone in
 * an element of its own (<div><button class="active">12月</button></div><div><button>24月</button>
 * </div>), or in two or three (uni-app's <uni-col><items><view class="active">12个月</view></items>
 * </uni-col>) — the outermost wrapper's siblings that hold a chip of the same tag the same way.
 */
function optionsOf(el: Element): Element[] {
  let wrapper = el;
  for (let depth = 0; depth < 4; depth++) {
    const up = wrapper.parentElement;
    const same = [...(up?.children ?? [])].filter(
      (c) => c.localName === wrapper.localName && chipIn(c, depth)?.localName === el.localName,
    );
    if (same.length >= 2 || !up?.parentElement || up.children.length !== 1) return same;
    wrapper = up;
  }
  return [];
}

/** The element down `depth` only children (a wrapped chip's own element). */
function chipIn(el: Element, depth: number): Element | null {
  if (depth === 0) return el;
  return el.children.length === 1 ? chipIn(el.firstElementChild as Element, depth - 1) : null;
}

/** Amount or term chips of one tag and class, of which one alone is coloured by its own style. */
function chosenByStyle(runs: Run[]): Element[] {
  const byParent = new Map<Element, Map<Element, string>>();
  for (const r of runs) {
    const el = r.owner;
    const parent = el.parentElement;
    // Amount and term chips only ("1000", "500元", "14天", "12期"), not a row of figures.
    if (!parent || !/^\d[\d,.]*\s*(?:元|期|天|个月|月)?$/.test(r.text.trim())) continue;
    const colours = byParent.get(parent) ?? new Map<Element, string>();
    colours.set(el, r.color);
    byParent.set(parent, colours);
  }
  const out: Element[] = [];
  for (const colours of byParent.values()) {
    const els = [...colours.keys()];
    const kind = (e: Element): string => `${e.localName}.${e.className}`;
    const odd = oddByClassAndColour(els, colours);
    if (odd) out.push(odd);
    if (els.length < 2 || new Set(els.map(kind)).size !== 1) continue;
    if (els.some((e) => marksChosen(e))) continue;
    // A table row's cells are no chips ("<td style="color:#47a7e1">2026031807</td><td>36000.00</td>
    // <td>24个月</td>": a loan list's id cell coloured as a link).
    if (els.some((e) => e.localName === 'td' || e.localName === 'th')) continue;
    const counts = new Map<string, number>();
    for (const c of colours.values()) counts.set(c, (counts.get(c) ?? 0) + 1);
    if (counts.size !== 2) continue;
    // Of two, the one whose colour is set on the element itself; of more, the odd one out.
    const styled = els.filter((e) => /color/.test(e.getAttribute('style') ?? ''));
    const oddColour = [...counts.entries()].find(([, n]) => n === 1)?.[0];
    const pick = styled.length === 1 ? styled[0] : undefined;
    if (pick && (els.length === 2 || colours.get(pick) === oddColour)) out.push(pick);
  }
  return out;
}

/** A class whose own word says chosen or set apart as the one in force. */
const CHOSEN_WORD = /primary|select|active|current|check|chosen/i;

/** A class that marks an option out of reach or merely labelled, never the one chosen. */
const NOT_CHOSEN_CLASS =
  /dis|gr[ae]y|unavail|off|hid|lock|sold|invalid|expire|first|last|odd|even|hot|new|tag|tip|badge|recommend|more|no[-_]|not-allowed|opacity|line-through/i;

/**
 * Of three or more chips of one tag, the one that alone carries a class and alone is drawn in
 * another colour (<li>7天</li> … <li class="enabled">28天</li>, styled `li.enabled`) is the chosen
 * one, whatever the template calls the class; of two, only where the class says so.
 */
function oddByClassAndColour(els: Element[], colours: Map<Element, string>): Element | null {
  if (els.length < 2 || new Set(els.map((e) => e.localName)).size !== 1) return null;
  // A table row's cells are no chips: its first cell, a link to the row's details, is styled apart.
  if (els.some((e) => e.closest('td, th') !== null)) return null;
  const own = (e: Element): string[] => [...e.classList];
  const [first] = els;
  if (!first) return null;
  const shared = own(first).filter((c) => els.every((e) => e.classList.contains(c)));
  const extra = els.filter((e) => own(e).some((c) => !shared.includes(c)));
  // Utility-class pages swap classes rather than add one (Tailwind: "bg-white text-gray-600" on
  // each chip, "bg-blue-600 text-white" on the chosen): of three or more, the one whose class list
  // alone differs from the others', which all share one.
  const list = (e: Element): string => own(e).sort().join(' ');
  const lists = new Set(els.map(list));
  const apart =
    els.length > 2 && lists.size === 2
      ? els.filter((e) => els.filter((o) => list(o) === list(e)).length === 1)
      : [];
  const pick = extra.length === 1 ? extra[0] : apart.length === 1 ? apart[0] : undefined;
  if (!pick || els.some((e) => marksChosen(e))) return null;
  const others = els.filter((e) => e !== pick);
  if (
    own(pick).some((c) => !others.every((o) => o.classList.contains(c)) && NOT_CHOSEN_CLASS.test(c))
  )
    return null;
  // (Of two, only a class that says so: Bootstrap's "btn btn-primary" beside "btn", 7天 | 14天.)
  if (els.length === 2 && !own(pick).some((c) => !shared.includes(c) && CHOSEN_WORD.test(c)))
    return null;
  const drawn = others.map((e) => colours.get(e));
  return new Set(drawn).size === 1 && colours.get(pick) !== drawn[0] ? pick : null;
}
