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
  /** Runs under each ancestor looked at, in the order the ancestors were first met. */
  counts: Map<Element, number>;
}

/**
 * Consecutive runs whose owners share one parent: every ancestor above the owners is the same,
 * so it is counted once per batch instead of once per run (a 1,000-row schedule is 1,000 batches
 * of four cells, not 4,000 walks up eight levels).
 */
interface Batch {
  start: number;
  end: number;
  /** The owners' parent and its ancestors, MAX_UP - 1 at most. */
  above: Element[];
}

function batchesOf(runs: Run[]): Batch[] {
  const batches: Batch[] = [];
  for (let start = 0; start < runs.length;) {
    const parent = renderedParent((runs[start] as Run).owner);
    let end = start + 1;
    if (parent) {
      while (end < runs.length && renderedParent((runs[end] as Run).owner) === parent) end++;
    }
    const above: Element[] = [];
    for (let e = parent; e && above.length < MAX_UP - 1; e = renderedParent(e)) above.push(e);
    batches.push({ start, end, above });
    start = end;
  }
  return batches;
}

export function groupRuns(runs: Run[]): Grouping {
  const counts = new Map<Element, number>();
  const count = (e: Element, n: number): void => {
    counts.set(e, (counts.get(e) ?? 0) + n);
  };
  const batches = batchesOf(runs);
  // Same first-met order as walking each run's chain: a batch's first owner, its ancestors, then
  // the other owners (listShapes reads the map in this order).
  for (const b of batches) {
    count((runs[b.start] as Run).owner, 1);
    for (const e of b.above) count(e, b.end - b.start);
    for (let i = b.start + 1; i < b.end; i++) count((runs[i] as Run).owner, 1);
  }

  const heavy = (e: Element): boolean => (counts.get(e) ?? 0) >= 2;
  const byElement = new Map<Element, Group>();
  const groupOf: (Group | undefined)[] = [];
  for (const b of batches) {
    const shared = b.above.find(heavy);
    for (let i = b.start; i < b.end; i++) {
      const owner = (runs[i] as Run).owner;
      const el = heavy(owner) ? owner : shared;
      let g: Group | undefined;
      if (el) {
        g = byElement.get(el);
        if (!g) {
          g = { element: el, members: [] };
          byElement.set(el, g);
        }
        g.members.push(i);
      }
      groupOf.push(g);
    }
  }
  return { groups: [...byElement.values()], groupOf, counts };
}
