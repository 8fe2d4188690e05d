/**
 * Where a quote sits in a screenshot or a PDF page. It travels in the `locator` field of a block
 * (a web page's CSS path goes there), so findings, history and export carry it unchanged, and
 * the file page highlights the region instead of asking a tab to.
 */
export interface Region {
  page: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

const PREFIX = 'region:';

export function regionLocator(r: Region): string {
  const n = (v: number): string => String(Math.round(v));
  return `${PREFIX}${String(r.page)}:${n(r.x)},${n(r.y)},${n(r.width)},${n(r.height)}`;
}

export function parseRegion(locator: string): Region | null {
  const m = /^region:(\d+):(-?\d+),(-?\d+),(\d+),(\d+)$/.exec(locator);
  if (!m) return null;
  const [, page, x, y, width, height] = m.map(Number);
  if (page === undefined || x === undefined || y === undefined) return null;
  if (width === undefined || height === undefined) return null;
  return { page, x, y, width, height };
}
