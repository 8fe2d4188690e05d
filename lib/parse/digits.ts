/**
 * Exact decimal arithmetic on digit strings via BigInt: the parsers only ever scale by powers of
 * ten (%, ‰, 万分之, 万, 千), add and multiply small integers (大写 amounts), so a scaled integer
 * is enough and no float ever touches a figure.
 */
export interface Scaled {
  /** The digits as an integer. */
  units: bigint;
  /** How many of them are after the decimal point. */
  scale: number;
}

const PLAIN = /^(\d+)(?:\.(\d+))?$/;

/** "1234.50" → {units: 123450n, scale: 2}; null for anything that is not plain digits. */
export function scaledFromPlain(text: string): Scaled | null {
  const m = PLAIN.exec(text);
  if (!m) return null;
  const int = m[1] ?? '0';
  const frac = m[2] ?? '';
  if (int.length + frac.length > 30) return null;
  return { units: BigInt(int + frac), scale: frac.length };
}

export function fromInteger(n: bigint): Scaled {
  return { units: n, scale: 0 };
}

/** Multiply by 10^k (k may be negative). */
export function shift(x: Scaled, k: number): Scaled {
  if (k >= 0) {
    if (x.scale >= k) return { units: x.units, scale: x.scale - k };
    return { units: x.units * 10n ** BigInt(k - x.scale), scale: 0 };
  }
  return { units: x.units, scale: x.scale - k };
}

export function add(a: Scaled, b: Scaled): Scaled {
  const scale = Math.max(a.scale, b.scale);
  return {
    units: a.units * 10n ** BigInt(scale - a.scale) + b.units * 10n ** BigInt(scale - b.scale),
    scale,
  };
}

function digitsOf(x: Scaled): { int: string; frac: string } {
  const s = x.units.toString().padStart(x.scale + 1, '0');
  return { int: s.slice(0, s.length - x.scale), frac: s.slice(s.length - x.scale) };
}

/** Shortest plain form: trailing fractional zeros dropped ("0.1560" → "0.156", "24.00" → "24"). */
export function toPlain(x: Scaled): string {
  const { int, frac } = digitsOf(x);
  const f = frac.replace(/0+$/, '');
  return f ? `${int}.${f}` : int;
}

/** Rounded half-up to `places` decimals, always written with them ("15000" → "15000.00"). */
export function toFixed(x: Scaled, places: number): string {
  let units = x.units;
  let scale = x.scale;
  if (scale > places) {
    const div = 10n ** BigInt(scale - places);
    units = (units + div / 2n) / div;
    scale = places;
  }
  const { int, frac } = digitsOf({ units, scale });
  return places > 0 ? `${int}.${frac.padEnd(places, '0')}` : int;
}
