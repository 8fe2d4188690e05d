/**
 * Tables as rows of cell texts, from whatever markup draws them: `<table>` (fixtures 01, 03, 11),
 * a `role="table"` div grid (04), and repeated rows with no table semantics at all: an `<ol>` of
 * `<li>` periods (07), a card list of bills (10). Cell text is built from visible runs only, so a
 * hidden column never reaches the reader.
 */
import type { RawPair, RawTable } from '@/lib/model/extraction';
import type { Locators } from './locator';
import { isLabelLike } from './text-kind';
import type { Run } from './walk';
import { renderedParent } from './walk';

const CELL_UP = 6;

interface Shape {
  element: Element;
  rows: Element[][];
  /** Rows of a list have no cell elements: each run is a cell. */
  runsAsCells: boolean;
}

/** An element's children: a sibling loop costs a fifth of spreading the live HTMLCollection. */
function childElements(el: Element): Element[] {
  const out: Element[] = [];
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) out.push(c);
  return out;
}

function tableShape(el: Element): Shape {
  if (el.localName === 'table') {
    // Every row is this table's own unless a table is nested in it: ask each row only then.
    const all = [...el.querySelectorAll('tr')];
    const rows = el.querySelector('table') ? all.filter((tr) => tr.closest('table') === el) : all;
    return { element: el, rows: rows.map(childElements), runsAsCells: false };
  }
  const roleRows = [...el.querySelectorAll('[role="row"]')];
  const joined = roleRows.length > 0 ? rowsByAriaIndex(roleRows) : null;
  if (joined) return { element: el, rows: joined, runsAsCells: false };
  const rows = roleRows.length > 0 ? roleRows : childElements(el);
  return { element: el, rows: rows.map(childElements), runsAsCells: false };
}

const CELL_ROLES = new Set(['gridcell', 'columnheader', 'rowheader', 'cell']);
/** NaN where the attribute is missing: Number(null) is 0, and every row would share index 0. */
const ariaIndex = (el: Element, name: string): number => {
  const v = el.getAttribute(name);
  return v === null || v.trim() === '' ? Number.NaN : Number(v);
};

/**
 * A data grid that pins columns left and right (AG Grid) draws each row in three parts, one per
 * container, in whatever order each container keeps: the parts of one row share its
 * aria-rowindex, and each cell says its column by aria-colindex (WAI-ARIA grid). Null when the
 * rows do not all carry an index, or no index is shared.
 */
function rowsByAriaIndex(rows: Element[]): Element[][] | null {
  if (!rows.every((r) => Number.isInteger(ariaIndex(r, 'aria-rowindex')))) return null;
  const parts = new Map<number, Element[]>();
  for (const r of rows) {
    const i = ariaIndex(r, 'aria-rowindex');
    parts.set(i, [...(parts.get(i) ?? []), r]);
  }
  if (parts.size === rows.length) return null;
  return [...parts.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, ps]) => {
      const cells = ps.flatMap((p) => {
        const kids = childElements(p);
        const roled = kids.filter((c) => CELL_ROLES.has(c.getAttribute('role') ?? ''));
        return roled.length > 0 ? roled : kids;
      });
      return cells.every((c) => Number.isInteger(ariaIndex(c, 'aria-colindex')))
        ? cells.sort((a, b) => ariaIndex(a, 'aria-colindex') - ariaIndex(b, 'aria-colindex'))
        : cells;
    });
}

/** Parents of at least three look-alike children that each hold two or more runs. */
function listShapes(counts: Map<Element, number>, inTable: (el: Element) => boolean): Shape[] {
  const parents = new Set<Element>();
  for (const [el, n] of counts) {
    const p = el.parentElement;
    if (n >= 2 && p && !inTable(p)) parents.add(p);
  }
  const shapes: Shape[] = [];
  for (const p of parents) {
    const kids = childElements(p).filter((c) => (counts.get(c) ?? 0) >= 2);
    if (kids.length < 3) continue;
    const sig = (c: Element): string => `${c.localName}.${c.classList[0] ?? ''}`;
    const tally = new Map<string, Element[]>();
    for (const k of kids) tally.set(sig(k), [...(tally.get(sig(k)) ?? []), k]);
    const best = [...tally.values()].sort((a, b) => b.length - a.length)[0] ?? [];
    if (best.length < 3 || best.length < kids.length * 0.6) continue;
    if (best.some((k) => (counts.get(k) ?? 0) > 14)) continue;
    // Rows of cell elements, as many in each, no text loose between them (a uni-app grid's
    // "view.tr > view.td" with "2026年3月<br>1/9期" in one cell): each cell one cell, its lines
    // together.
    const cells = best.map(childElements);
    const width = cells[0]?.length ?? 0;
    // (Each cell one value, its lines broken by <br> or wrapped once: not a card's title, note and
    // list, "第1期 已还 ¥569.09" over "本金473.09 利息60.00 账户管理费36.00".)
    const simple = (cell: Element): boolean =>
      childElements(cell).filter((k) => k.localName !== 'br').length <= 1;
    // (…under a header row of its own, whose columns the rows must keep.)
    const gridded =
      width >= 3 &&
      (cells[0] ?? []).every((c) => isLabelLike(c.textContent.trim())) &&
      cells.every((c) => c.length === width && c.every(simple)) &&
      best.every((k) =>
        Array.from(k.childNodes).every(
          (n) => n.nodeType !== Node.TEXT_NODE || (n.textContent ?? '').trim() === '',
        ),
      );
    shapes.push(
      gridded
        ? { element: p, rows: cells, runsAsCells: false }
        : { element: p, rows: best.map((k) => [k]), runsAsCells: true },
    );
  }
  // Keep the innermost lists: a card holding a list is not itself a table.
  const innermost = shapes.filter(
    (s) => !shapes.some((o) => o !== s && s.element.contains(o.element)),
  );
  return innermost;
}

/**
 * A cell's runs as one text. Runs on one line are one figure split for styling ("<i>¥</i>386
 * <small>.35</small>") and join as they are; a figure on a line of its own ("第1期<br>2026/06/20")
 * is kept apart from the words or figure above it, or the period and the date read as one number.
 */
function cellText(cell: readonly Run[]): string {
  let out = '';
  cell.forEach((r, k) => {
    const text = r.text.trim();
    const before = cell[k - 1];
    const newLine = before !== undefined && r.y >= before.y + before.height * 0.8;
    out += newLine && (/\d$/.test(out) || /^\d/.test(text)) ? ` ${text}` : text;
  });
  return out;
}

const isHeaderCell = (c: Element): boolean => c.localName === 'th' || c.closest('thead') !== null;
const span = (c: Element, name: 'colspan' | 'rowspan'): number =>
  Math.min(Math.max(Number(c.getAttribute(name) ?? '1') || 1, 1), 50);

/**
 * A header of two or three rows whose groups span columns (a back office's "应收" over 服务费 · 本金
 * · 利息 … and "实收" over the same, with 序号 and 还款日 spanning both rows): laid out as the
 * browser lays it out, each column is named by its lowest cell, with its group's name in front
 * when the lower cell does not already say it ("应收" + "本金" → "应收本金"). Null for a one-row
 * header or one with no spans. `texts` are the cells' texts, row for row with `cells`.
 */
function spannedHeader(
  cells: Element[][],
  texts: string[][],
): { headers: string[]; rows: number } | null {
  let depth = 0;
  while (depth < 3 && (cells[depth]?.length ?? 0) > 0 && cells[depth]?.every(isHeaderCell)) depth++;
  if (
    depth < 2 ||
    !cells
      .slice(0, depth)
      .flat()
      .some((c) => span(c, 'colspan') > 1)
  )
    return null;
  if (texts.length < depth || texts.slice(0, depth).some((r, i) => r.length !== cells[i]?.length))
    return null;
  const grid: string[][] = Array.from({ length: depth }, () => []);
  for (let r = 0; r < depth; r++) {
    let col = 0;
    (cells[r] ?? []).forEach((cell, k) => {
      while (grid[r]?.[col] !== undefined) col++;
      const text = texts[r]?.[k] ?? '';
      for (let dr = 0; dr < span(cell, 'rowspan') && r + dr < depth; dr++)
        for (let dc = 0; dc < span(cell, 'colspan'); dc++) {
          const row = grid[r + dr];
          if (row) row[col + dc] = text;
        }
      col += span(cell, 'colspan');
    });
  }
  const width = Math.max(...grid.map((r) => r.length));
  // A first row of one cell across every column (a printed statement's 客户姓名 · 分期合同号 · 对账日期
  // over its column heads, repeated on each page) is the table's caption, no column's group.
  const top = grid[0] ?? [];
  const caption = width > 1 && top.length === width && top.every((x) => x === top[0]);
  const headers = Array.from({ length: width }, (_, j) => {
    const leaf = grid[depth - 1]?.[j] ?? '';
    const group = caption ? '' : (grid[0]?.[j] ?? '');
    return group === '' || leaf.includes(group) ? leaf : group + leaf;
  });
  return { headers, rows: depth };
}

export function extractTables(
  runs: Run[],
  tableEls: Element[],
  counts: Map<Element, number>,
  locators: Locators,
): { tables: RawTable[]; pairs: RawPair[] } {
  const shapes = tableEls.map(tableShape);
  const tableSet = new Set(tableEls);
  const inTable = (el: Element): boolean => {
    for (let e: Element | null = el; e; e = renderedParent(e)) if (tableSet.has(e)) return true;
    return false;
  };
  shapes.push(...listShapes(counts, inTable));

  // Each cell element maps straight to the list its runs are collected in.
  const cellOf = new Map<Element, number[]>();
  const cellRuns = shapes.map((s) =>
    s.rows.map((cells) =>
      cells.map((c) => {
        const list: number[] = [];
        cellOf.set(c, list);
        return list;
      }),
    ),
  );
  runs.forEach((r, i) => {
    let e: Element | null = r.owner;
    for (let up = 0; e && up < CELL_UP; up++, e = renderedParent(e)) {
      const list = cellOf.get(e);
      if (list) {
        list.push(i);
        break;
      }
    }
  });

  const tables: RawTable[] = [];
  const pairs: RawPair[] = [];
  shapes.forEach((s, si) => {
    // An empty <td> keeps its column in a <table> ("4 | 17 | 14.59 | 858.00 | 2026-04-20 | | | |
    // 逾期": no repayment date yet), so the cells after it stay under their headers.
    const keepEmpty = s.element.localName === 'table';
    const rowRuns = (cellRuns[si] ?? []).map((cells) =>
      s.runsAsCells
        ? cells.flat().map((i) => [i])
        : keepEmpty && cells.some((c) => c.length > 0)
          ? cells
          : cells.filter((c) => c.length > 0),
    );
    const rows = rowRuns
      .map((cells) => cells.map((c) => cellText(c.map((i) => runs[i]).filter((r) => !!r))))
      .filter((r) => r.some((c) => c !== ''));
    if (rows.length === 0) return;
    const firstRow = s.rows[0]?.[0];
    const headed =
      (s.element.localName === 'table' &&
        (firstRow?.localName === 'th' || firstRow?.closest('thead') !== null)) ||
      (rows.length > 1 && (rows[0] ?? []).every(isLabelLike));
    const finePrint = rowRuns.flat(2).some((i) => runs[i]?.finePrint === true);
    const spanned = headed && s.element.localName === 'table' ? spannedHeader(s.rows, rows) : null;
    // A title row of one cell across the columns over a row of column names ("<td colspan=11>
    // 还款中的借款</td>" over "标题 | 协议 | 类型 | 借款金额 | …", an old P2P template's list): the
    // caption, and the header under it.
    const titled =
      spanned === null &&
      headed &&
      s.element.localName === 'table' &&
      rows.length > 2 &&
      s.rows[0]?.length === 1 &&
      (rows[1]?.length ?? 0) >= 2 &&
      span(s.rows[0][0] as Element, 'colspan') >= (rows[1]?.length ?? 0) &&
      (rows[1] ?? []).every(isLabelLike);
    tables.push({
      locator: locators.of(s.element),
      ...(titled ? { caption: rows[0]?.[0] ?? '' } : {}),
      headers: titled ? (rows[1] ?? []) : (spanned?.headers ?? (headed ? (rows[0] ?? []) : [])),
      rows: rows.slice(titled ? 2 : (spanned?.rows ?? (headed ? 1 : 0))),
      finePrint,
    });
    for (const row of rowRuns) {
      const cells = row.filter((c) => c.length > 0);
      const [l, v] = cells;
      const li = l?.[0];
      const vi = v?.[0];
      if (
        cells.length === 2 &&
        li !== undefined &&
        vi !== undefined &&
        isLabelLike(runs[li]?.text ?? '')
      ) {
        pairs.push({
          label: (runs[li]?.text ?? '').trim(),
          value: (v ?? []).map((i) => runs[i]?.text.trim() ?? '').join(''),
          via: 'table-row',
          labelBlock: li,
          valueBlock: vi,
        });
      }
    }
  });
  return { tables: withSplitHeaders(tables), pairs };
}

/** A row of labels, with blank cells over a grid's row-number and checkbox columns (EasyUI). */
const labelRow = (cells: string[]): boolean =>
  cells.every((c) => c.trim() === '' || isLabelLike(c)) && cells.filter(isLabelLike).length >= 2;

/**
 * A plan broken across two tables, as a printed letter breaks it at a page ("期数 | 还款日期 |
 * 应还款额 …" over periods 1–10, then a table of the same width with no header from period 11
 * on): the second carries on the first when its first cell numbers on from the first's last row.
 */
function continues(head: RawTable, t: RawTable): boolean {
  const last = head.rows[head.rows.length - 1];
  const next = t.rows[0];
  const width = head.headers.length;
  if (width < 2 || t.headers.length > 0 || !last || !next) return false;
  if (!t.rows.every((r) => r.length === width) || last.length !== width) return false;
  const n = /^\d{1,3}$/.exec(last[0]?.trim() ?? '');
  return n !== null && (next[0] ?? '').trim() === String(Number(n[0]) + 1);
}

/**
 * Admin grids (Element UI's el-table, layui's table) draw their header row in one <table> and
 * their body in another, so the columns stay put while the body scrolls: a header-only table
 * followed by a headless one as wide is one table. The header table may hold its one row in
 * plain cells, with no <th> or <thead> ("序号 | 期数 | 期初本金 | 剩余本金 …" in a JSP back office):
 * a lone row of labels is that header.
 */
/**
 * A grid with locked columns draws each row in two tables, its header too (Kendo's
 * k-grid-header-locked and k-grid-header-wrap, then k-grid-content-locked and k-grid-content:
 * "期次 | 计划日期" beside "租金(元) | 本金(元) | …", then "1 | 2026-05-15" beside "16,150.79 | …"):
 * the two headers, then the two bodies of as many rows, each as wide as its header, are one table.
 */
function withLockedColumns(tables: RawTable[]): RawTable[] {
  const out: RawTable[] = [];
  for (let i = 0; i < tables.length; i++) {
    const [h1, h2, b1, b2] = tables.slice(i, i + 4);
    const headOnly = (t: RawTable | undefined): t is RawTable =>
      t !== undefined && t.rows.length === 0 && t.headers.length >= 1;
    const bodyOf = (t: RawTable | undefined, width: number): t is RawTable =>
      t !== undefined &&
      t.headers.length === 0 &&
      t.rows.length >= 2 &&
      t.rows.every((r) => r.length === width);
    if (
      headOnly(h1) &&
      headOnly(h2) &&
      bodyOf(b1, h1.headers.length) &&
      bodyOf(b2, h2.headers.length) &&
      b1.rows.length === b2.rows.length
    ) {
      out.push({
        locator: b2.locator,
        headers: [...h1.headers, ...h2.headers],
        rows: b1.rows.map((r, k) => [...r, ...(b2.rows[k] ?? [])]),
        finePrint: b1.finePrint || b2.finePrint,
      });
      i += 3;
      continue;
    }
    const t = tables[i];
    if (t) out.push(t);
  }
  return out;
}

function withSplitHeaders(all: RawTable[]): RawTable[] {
  const tables = withLockedColumns(all);
  const out: RawTable[] = [];
  for (const t of tables) {
    const head = out[out.length - 1];
    const lone = head?.headers.length === 0 && head.rows.length === 1 ? head.rows[0] : undefined;
    const drawn =
      head?.rows.length === 0 ? head.headers : lone && labelRow(lone) ? lone : undefined;
    // (el-table's header row ends in an empty "gutter" cell over the body's scrollbar, a column
    // the body does not have: page 2808.)
    const headers =
      drawn !== undefined &&
      drawn.length === (t.rows[0]?.length ?? 0) + 1 &&
      drawn[drawn.length - 1]?.trim() === ''
        ? drawn.slice(0, -1)
        : drawn;
    if (
      head !== undefined &&
      headers !== undefined &&
      headers.length >= 2 &&
      t.headers.length === 0 &&
      t.rows.length > 0 &&
      t.rows.every((r) => r.length === headers.length)
    ) {
      out[out.length - 1] = { ...t, headers, finePrint: head.finePrint || t.finePrint };
      continue;
    }
    if (head !== undefined && continues(head, t)) {
      out[out.length - 1] = { ...head, rows: [...head.rows, ...t.rows] };
      continue;
    }
    out.push(t);
  }
  return out;
}
