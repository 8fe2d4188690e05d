/**
 * What a letter says where only the borrower knows the fact (their details, the date of a first
 * complaint): visible 【】 blanks, listed by the composer so a letter is never sent with one left.
 */

/** The borrower's details a letter carries (the options page keeps them; empty means a blank). */
export interface BorrowerDetails {
  name: string;
  phone: string;
  idNumber: string;
  address: string;
  city: string;
}

/** No details at all: every one is a 【】 blank (what `audit --letters` and the docs use). */
export const NO_DETAILS: BorrowerDetails = {
  name: '',
  phone: '',
  idNumber: '',
  address: '',
  city: '',
};

export const BLANK = {
  name: '【您的姓名】',
  phone: '【联系电话】',
  idNumber: '【身份证号】',
  address: '【联系地址】',
  city: '【所在省市】',
  lender: '【放款机构名称】',
  lenderPrivate: '【出借人姓名】',
  firstComplaintDate: '【首次向机构投诉的日期】',
  hardship: '【困难原因，如失业、疾病、收入减少】',
  mediator: '【所在街道或乡镇】',
  court: '【有管辖权的】',
  counterpartContact: '【对方联系方式】',
  months: '【期数】',
  installment: '【每期金额】',
  received: '【实际到账金额】',
} as const;

export function borrowerField(borrower: BorrowerDetails, field: keyof BorrowerDetails): string {
  const value = borrower[field].trim();
  return value === '' ? BLANK[field] : value;
}

const BLANK_PATTERN = /【[^【】\n]*】/g;

/** Each distinct 【】 blank left in a text, in order of first appearance, with where it first is. */
export function blanksIn(text: string): { blank: string; index: number }[] {
  const seen = new Map<string, number>();
  for (const m of text.matchAll(BLANK_PATTERN)) {
    if (!seen.has(m[0])) seen.set(m[0], m.index);
  }
  return [...seen].map(([blank, index]) => ({ blank, index }));
}
