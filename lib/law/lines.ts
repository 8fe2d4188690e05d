/**
 * The dated legal lines the rules compare the true annual rate with (legal.md §2–§3). Rates are
 * decimal fractions; dates are the first day a line applies.
 */
import { Decimal } from '@/lib/finance/decimal';
import type { LprUsed } from '@/lib/model/report';

/** 法发〔2017〕22号 第二条: financial-loan costs above 24%/year may be reduced on request. */
export const JUDICIAL_LINE_24 = '0.24';
/** 现金贷通知 (2017) and 非法放贷意见 (2019) 第二条: the 36% line. */
export const LINE_36 = '0.36';
/** 民间借贷规定 (Aug 2020 revision): 4 × one-year LPR for cases from this date (§2). */
export const PRIVATE_LPR_REGIME_FROM = '2020-08-20';
/** 民法典 in force (§1). */
export const CIVIL_CODE_FROM = '2021-01-01';
/** 个人贷款业务明示综合融资成本规定 in force (§3.7). */
export const COST_DISCLOSURE_RULE_FROM = '2026-08-01';

const LPR_MULTIPLE = 4;

/** 民间借贷规定第25条: four times the one-year LPR at contract formation. */
export function fourTimesLpr(lpr: LprUsed): string {
  return new Decimal(lpr.value).times(LPR_MULTIPLE).toString();
}

/**
 * Which private-lending regime governs a contract formed on `date` (民间借贷规定第31条): before
 * 2020-08-20 the 2015 interpretation's 24%/36% lines apply to interest up to 2020-08-19.
 */
export function privateLendingRegime(date: string): 'lpr' | 'legacy' {
  return date < PRIVATE_LPR_REGIME_FROM ? 'legacy' : 'lpr';
}
