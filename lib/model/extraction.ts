/**
 * What the scanner sends back from the page: strings exactly as rendered, each with where it came
 * from. No numbers are parsed here; the page is untrusted and the background validates this shape
 * with zod (`lib/messaging/schemas.ts`) before reading it.
 */
import type { Cut } from './extraction-limits';

/** One rendered run of text, in reading order. */
export interface RawBlock {
  text: string;
  /** A CSS selector path (through open shadow roots joined by ` >>> `) for "show on page". */
  locator: string;
  tag: string;
  fontSize: number;
  fontWeight: number;
  color: string;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Inside a closed `<details>` or collapsed panel: contract terms, but not prominently shown. */
  finePrint: boolean;
}

export type PairVia =
  'same-element' | 'colon' | 'table-row' | 'table-column' | 'dl' | 'grid' | 'distant' | 'control';

/** A label and the value the layout attaches to it. Indices point into `blocks`. */
export interface RawPair {
  label: string;
  value: string;
  via: PairVia;
  labelBlock: number;
  valueBlock: number;
}

export interface RawTable {
  locator: string;
  /** A title row above the header, one cell across every column ("还款中的借款"). */
  caption?: string | undefined;
  headers: string[];
  rows: string[][];
  finePrint: boolean;
}

export interface RawControl {
  kind: 'checkbox' | 'radio';
  checked: boolean;
  label: string;
  locator: string;
}

export interface RawLink {
  text: string;
  href: string;
}

export interface RawExtraction {
  url: string;
  title: string;
  lang: string;
  blocks: RawBlock[];
  pairs: RawPair[];
  tables: RawTable[];
  controls: RawControl[];
  links: RawLink[];
  stats: {
    nodesVisited: number;
    elapsedMs: number;
    /** True when a node or time bound stopped the walk early: the report says the read was partial. */
    truncated: boolean;
    /** How many times the page was re-read before it stopped changing. */
    rounds: number;
    /** What was cut to fit LIMITS (lib/model/extraction-limits.ts); absent or empty: nothing. */
    cut?: Cut[] | undefined;
  };
}
