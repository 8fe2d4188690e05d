/**
 * What a text says where the borrower has not filled in their details (options page) or where only
 * the borrower knows the fact: visible brackets, so a text is never sent with a blank in it.
 */
import type { Borrower } from '@/lib/model/settings';

export const placeholder = {
  name: '【您的姓名】',
  phone: '【联系电话】',
  idNumber: '【身份证号】',
  address: '【联系地址】',
  city: '【所在省市】',
  lender: '【放款机构名称】',
  firstComplaintDate: '【首次向机构投诉的日期】',
  hardship: '【困难原因，如失业、疾病、收入减少】',
} as const;

export function borrowerField(borrower: Borrower, field: keyof Borrower): string {
  const value = borrower[field].trim();
  return value === '' ? placeholder[field] : value;
}
