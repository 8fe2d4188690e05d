/**
 * The rule catalogue, explicit and alphabetical (aesthetics.md §5.3): greppable, and the catalogue
 * test checks it against the files in ./catalogue. Findings come out in this order.
 */
import type { AnyRule } from './define-rule';
import costOver24 from './catalogue/cost-over-24';
import costOver36 from './catalogue/cost-over-36';
import upfrontDeduction from './catalogue/upfront-deduction';

export const rules: readonly AnyRule[] = [costOver24, costOver36, upfrontDeduction];
