/**
 * Which runs sit together: for every run, the nearest ancestor holding at least one other run.
 * That ancestor is the "row" a label and its value share, whatever the markup: a
 * `<div class="row"><span>借款期数</span><span>36期</span></div>`, a `<dt>`/`<dd>` pair inside a
 * `<dl>`, a card with a caption under a big number.
 */
import type { Run } from './walk';
import { renderedParent } from './walk';

/** Ancestors looked at per run: rows are shallow, and a 1,000-deep hostile page must stay linear. */
const MAX_UP = 8;

export interface Group {
  element: Element;
  members: number[];
}

export interface Grouping {
  groups: Group[];
  groupOf: (Group | undefined)[];
  /** Runs under each ancestor looked at. */
  counts: Map<Element, number>;
}

export function groupRuns(runs: Run[]): Grouping {
  const counts = new Map<Element, number>();
  const chains: Element[][] = runs.map((r) => {
    const chain: Element[] = [];
    for (let e: Element | null = r.owner; e && chain.length < MAX_UP; e = renderedParent(e)) {
      chain.push(e);
      counts.set(e, (counts.get(e) ?? 0) + 1);
    }
    return chain;
  });
  const byElement = new Map<Element, Group>();
  const groupOf: (Group | undefined)[] = runs.map((_, i) => {
    const chain = chains[i] ?? [];
    const el = chain.find((e) => (counts.get(e) ?? 0) >= 2);
    if (!el) return undefined;
    let g = byElement.get(el);
    if (!g) {
      g = { element: el, members: [] };
      byElement.set(el, g);
    }
    g.members.push(i);
    return g;
  });
  return { groups: [...byElement.values()], groupOf, counts };
}
