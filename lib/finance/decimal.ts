/**
 * The one configured Decimal for every money and rate computation (design.md §3). Nothing else
 * imports decimal.js; lint enforces it. 40 significant digits keep an IRR on a 360-period
 * schedule exact to far below a cent; ROUND_HALF_UP is how Chinese lenders round to the fen.
 */
import DecimalJs from 'decimal.js';

export const Decimal = DecimalJs.clone({
  precision: 40,
  rounding: DecimalJs.ROUND_HALF_UP,
  toExpNeg: -30,
  toExpPos: 40,
});
export type Decimal = InstanceType<typeof Decimal>;
