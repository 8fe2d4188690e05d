/**
 * How much of a page one reading carries (issue 12). The scanner cuts to these sizes and says
 * what it cut (`stats.cut`); the background's schema checks the same numbers. A page never gets
 * past them, and never makes the whole reading fail by exceeding one of them either.
 */
export const LIMITS = {
  /** One block, pair side, cell, label or link text: a longer paragraph is kept in pieces. */
  text: 4000,
  locator: 2000,
  title: 1000,
  url: 4000,
  lang: 40,
  tag: 40,
  color: 64,
  blocks: 50_000,
  pairs: 20_000,
  tables: 200,
  columns: 100,
  rows: 5_000,
  controls: 1_000,
  links: 2_000,
} as const;

/** What a reading lost to the limits; the report names each (lib/analysis/analyse.ts). */
export type Cut =
  | 'text'
  | 'locator'
  | 'title'
  | 'url'
  | 'blocks'
  | 'pairs'
  | 'tables'
  | 'columns'
  | 'rows'
  | 'controls'
  | 'links';

export const CUTS: readonly Cut[] = [
  'text',
  'locator',
  'title',
  'url',
  'blocks',
  'pairs',
  'tables',
  'columns',
  'rows',
  'controls',
  'links',
];
