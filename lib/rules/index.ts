/**
 * The rule catalogue, explicit and alphabetical (aesthetics.md §5.3): greppable, and the catalogue
 * test checks it against the files in ./catalogue. Findings come out in this order.
 */
import addonPreselected from './catalogue/addon-preselected';
import aprLessProminent from './catalogue/apr-less-prominent';
import aprMissing from './catalogue/apr-missing';
import aprSimpleUnlabelled from './catalogue/apr-simple-unlabelled';
import aprUnderstated from './catalogue/apr-understated';
import contractNotShown from './catalogue/contract-not-shown';
import costOver24 from './catalogue/cost-over-24';
import costOver36 from './catalogue/cost-over-36';
import costOver4xLpr from './catalogue/cost-over-4x-lpr';
import feeOutsideApr from './catalogue/fee-outside-apr';
import flatFeeOriginalPrincipal from './catalogue/flat-fee-original-principal';
import lenderHidden from './catalogue/lender-hidden';
import overduePenaltyExcessive from './catalogue/overdue-penalty-excessive';
import prepaymentCharge from './catalogue/prepayment-charge';
import upfrontDeduction from './catalogue/upfront-deduction';
import type { AnyRule } from './define-rule';

export const rules: readonly AnyRule[] = [
  addonPreselected,
  aprLessProminent,
  aprMissing,
  aprSimpleUnlabelled,
  aprUnderstated,
  contractNotShown,
  costOver24,
  costOver36,
  costOver4xLpr,
  feeOutsideApr,
  flatFeeOriginalPrincipal,
  lenderHidden,
  overduePenaltyExcessive,
  prepaymentCharge,
  upfrontDeduction,
];
