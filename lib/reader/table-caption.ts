/**
 * A table whose first row is its header, a caption above it ("本笔借款资金记录" over "类型 | 操作金额 |
 * … | 备注", "首期款明细（首期款须于放款前付清）" over "费用类型 | 费用名称 | …"): the scanner takes the
 * caption for the header where the table is drawn without one (the scanner sets a <table>'s title row
 * apart itself). The caption is returned apart, as it may say something of every row.
 */
import type { RawTable } from '@/lib/model/extraction';
import { compactText } from '@/lib/parse/normalize';

export function withCaptionApart(table: RawTable): { caption: string; table: RawTable } {
  if (table.caption !== undefined) return { caption: compactText(table.caption), table };
  const captioned =
    table.headers.length <= 1 &&
    (table.rows[0]?.length ?? 0) > 2 &&
    !(table.rows[0] ?? []).some((c) => /\d/.test(c));
  return captioned
    ? {
        caption: compactText(table.headers[0] ?? ''),
        table: { ...table, headers: table.rows[0] ?? [], rows: table.rows.slice(1) },
      }
    : { caption: '', table };
}
