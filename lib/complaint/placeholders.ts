/**
 * What a complaint says where the borrower has not filled in their details in the options page:
 * visible brackets, so a text is never sent with an empty name.
 */
import type { Borrower } from '@/lib/storage/settings';

export const placeholder = {
  name: '【您的姓名】',
  phone: '【联系电话】',
  idNumber: '【身份证号】',
  address: '【联系地址】',
  city: '【所在城市】',
  lender: '【放款机构名称】',
  contractNo: '【借款合同编号】',
} as const;

export function borrowerField(borrower: Borrower, field: keyof Borrower): string {
  const value = borrower[field].trim();
  return value === '' ? placeholder[field] : value;
}
