/**
 * The rate engine (design.md §3): cash flows → IRR → annual rates, schedule builders, stated-rate
 * comparison and the 民法典第670条 recalculation. The background pipeline imports from here.
 */
export {
  computeApr,
  MAX_AMOUNT,
  MAX_PERIODS,
  type AprOutcome,
  type AprProblem,
  type LoanInput,
} from './compute-apr';
export { parseLoanInput } from './loan-input';
export { solveIrr, type IrrResult } from './irr';
export { loanCashFlows, type CashFlow } from './cash-flow';
