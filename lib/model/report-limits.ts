/**
 * The report's number formats (design.md §6), shared by the report schema and the pipeline that
 * must produce reports the schema accepts: a rate is a decimal fraction of at most nine integer
 * digits (one billion times the loan a year is no loan: a misreading).
 */
export const RATE_TEXT = /^-?\d{1,9}(\.\d{1,20})?$/;
export const MONEY_TEXT = /^-?\d{1,15}(\.\d{1,12})?$/;
