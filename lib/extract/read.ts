/**
 * One read of the page: the visible-text model and everything built from it.
 */
import type { RawBlock, RawExtraction } from '@/lib/model/extraction';
import { visibleText } from '@/lib/parse/normalize';
import type { Bounds } from './bounds';
import { extractChips, extractControls, extractLinks } from './controls';
import { fitExtraction } from './fit';
import { groupRuns } from './groups';
import { Locators } from './locator';
import { pairRuns } from './pairs';
import { extractTables } from './tables';
import { walk } from './walk';

export function readOnce(doc: Document, bounds: Bounds): RawExtraction {
  const started = performance.now();
  const w = walk(doc, bounds, started);
  const locators = new Locators();
  const grouping = groupRuns(w.runs);
  const pairs = pairRuns(w.runs, grouping);
  const { tables, pairs: tablePairs } = extractTables(w.runs, w.tables, grouping.counts, locators);
  const paired = new Set(pairs.map((p) => p.labelBlock));
  for (const p of tablePairs) if (!paired.has(p.labelBlock)) pairs.push(p);
  const blocks: RawBlock[] = w.runs.map((r) => ({
    text: r.text.trim(),
    locator: locators.of(r.owner),
    tag: r.owner.localName,
    fontSize: r.fontSize,
    fontWeight: r.fontWeight,
    color: r.color,
    x: r.x,
    y: r.y,
    width: r.width,
    height: r.height,
    finePrint: r.finePrint,
  }));
  return fitExtraction({
    url: doc.URL,
    title: visibleText(doc.title),
    lang: doc.documentElement.lang,
    blocks,
    pairs,
    tables,
    controls: [...extractControls(w.inputs, w.runs, locators), ...extractChips(w.runs, locators)],
    links: extractLinks(w.anchors, w.runs),
    stats: {
      nodesVisited: w.nodesVisited,
      elapsedMs: Math.round((performance.now() - started) * 100) / 100,
      truncated: w.truncated,
      rounds: 1,
    },
  });
}
