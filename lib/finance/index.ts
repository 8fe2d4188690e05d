/**
 * The rate engine (design.md §3): cash flows → IRR → annual rates, schedule builders and the
 * 民法典第670条 recalculation. The background pipeline imports from here.
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
export { npv } from './npv';
export {
  buildSchedule,
  scheduleLoanInput,
  totalRepaid,
  type PeriodicFee,
  type Repayment,
  type Schedule,
  type ScheduleRow,
  type ScheduleSpec,
} from './schedule';
export { dailyRateFromAnnual } from './repayment-structures';
export {
  deductionUnder670,
  lawfulRepayment,
  overchargeOnDeduction,
  overchargeUnder670,
  type Deduction670,
} from './deduction-670';
export { excessOverLine, type LinePeriods } from './excess-over-line';
