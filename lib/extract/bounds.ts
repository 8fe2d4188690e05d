/**
 * Limits that keep a scan from freezing the tab on a hostile page (100,000 nodes, endless
 * mutation, shadow roots nested hundreds deep). Hitting one sets stats.truncated.
 */
export interface ScanBounds {
  /** Nodes (elements and text) visited in one read. */
  maxNodes?: number;
  /** Milliseconds one read may take. */
  maxReadMs?: number;
  /** Total milliseconds including waiting for a page that renders late. */
  maxTotalMs?: number;
  /** Quiet time after a DOM change before re-reading (debounce). */
  quietMs?: number;
  /** Reads at most. */
  maxRounds?: number;
  /** Shadow-root / iframe nesting followed at most. */
  maxDepth?: number;
}

export type Bounds = Required<ScanBounds>;

const DEFAULT_BOUNDS: Bounds = {
  maxNodes: 60000,
  maxReadMs: 400,
  maxTotalMs: 3000,
  quietMs: 150,
  maxRounds: 10,
  maxDepth: 24,
};

export function withDefaults(b: ScanBounds | undefined): Bounds {
  return { ...DEFAULT_BOUNDS, ...b };
}
