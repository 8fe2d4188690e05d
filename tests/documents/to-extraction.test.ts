/**
 * The adapter on hand-made positioned text: the layouts a phone screenshot and a PDF produce,
 * each with the pairing the page scanner would have made for the same layout in HTML.
 */
import { describe, expect, it } from 'vitest';

import { normalizeCjk } from '@/lib/documents/cjk-radicals';
import { rowsOf } from '@/lib/documents/layout';
import type { PositionedText } from '@/lib/documents/model';
import { parseRegion, regionLocator } from '@/lib/documents/region';
import { splitAtGaps } from '@/lib/documents/ocr/split-gaps';
import { toExtraction } from '@/lib/documents/to-extraction';

function run(text: string, x: number, y: number, h = 40, page = 0): PositionedText {
  return { text, x, y, width: Array.from(text).length * h * 0.6, height: h, page };
}

const doc = (items: PositionedText[]) =>
  toExtraction(
    {
      files: ['shot.png'],
      pages: [{ file: 0, pageInFile: 1, width: 1170, height: 2532, via: 'ocr' }],
      items,
    },
    '',
  );

describe('normalizeCjk', () => {
  it('folds Kangxi radicals by NFKC and Supplement radicals by the table', () => {
    expect(normalizeCjk('借款⾦额⻚⾯⺠')).toBe('借款金额页面民');
    expect(normalizeCjk('１２，０００．００元')).toBe('12,000.00元');
  });
});

describe('rowsOf', () => {
  it('keeps a wrapped table cell in its column and joins it', () => {
    const rows = rowsOf([
      run('第1期', 60, 120),
      run('2026-12-', 300, 100),
      run('20', 300, 145),
      run('899.75', 900, 120),
    ]);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.cells.map((c) => c.text)).toEqual(['第1期', '2026-12-20', '899.75']);
  });

  it('does not join lines of a paragraph that only touch', () => {
    const rows = rowsOf([run('第一行文字', 60, 100), run('第二行文字', 60, 150)]);
    expect(rows).toHaveLength(2);
  });

  it('joins a figure split over runs but not a label from its distant value', () => {
    const rows = rowsOf([run('¥', 600, 100), run('6,588.00', 630, 100), run('借款金额', 60, 100)]);
    expect(rows[0]?.cells.map((c) => c.text)).toEqual(['借款金额', '¥6,588.00']);
  });

  it('carries per-character confidence through the join', () => {
    const a = { ...run('12', 600, 100), confidence: [0.99, 0.5] };
    const b = { ...run('期', 650, 100), confidence: [0.98] };
    const [row] = rowsOf([a, b]);
    expect(row?.cells[0]?.confidence).toEqual([0.99, 0.5, 0.98]);
  });
});

describe('toExtraction', () => {
  it('pairs a phone row, a caption over a big figure, a colon and a label glued to its figure', () => {
    const raw = doc([
      run('借款金额', 60, 100),
      run('10,000.00元', 800, 100),
      run('年化利率（单利）', 60, 200),
      run('14.40%', 60, 250, 80),
      run('还款方式：等额本息', 60, 400),
      run('借款期限12期', 60, 500),
    ]);
    const pairs = raw.pairs.map((p) => `${p.label}=${p.value}`);
    expect(pairs).toEqual(
      expect.arrayContaining([
        '借款金额=10,000.00元',
        '年化利率（单利）=14.40%',
        '还款方式=等额本息',
        '借款期限=12期',
      ]),
    );
    const amount = raw.pairs.find((p) => p.label === '借款金额');
    const block = raw.blocks[amount?.valueBlock ?? -1];
    expect(parseRegion(block?.locator ?? '')).toMatchObject({ page: 0, y: 100 });
  });

  it('reads a repayment plan as a table, with and without a header row', () => {
    const header = ['期数', '还款日', '应还本金', '应还合计'].map((t, i) =>
      run(t, 60 + i * 250, 100),
    );
    const body = [1, 2].flatMap((n) =>
      [`第${String(n)}期`, `2026-0${String(n)}-20`, '800.00', '818.00'].map((t, i) =>
        run(t, 60 + i * 250, 100 + n * 60),
      ),
    );
    const [table] = doc([...header, ...body]).tables;
    expect(table?.headers).toEqual(['期数', '还款日', '应还本金', '应还合计']);
    expect(table?.rows).toEqual([
      ['第1期', '2026-01-20', '800.00', '818.00'],
      ['第2期', '2026-02-20', '800.00', '818.00'],
    ]);
    expect(doc(body).tables[0]?.headers).toEqual([]);
  });

  it('reads a row repeated by a second file of the same loan once', () => {
    const pages = [0, 1].map((file) => ({
      file,
      pageInFile: 1,
      width: 1170,
      height: 2532,
      via: 'ocr' as const,
    }));
    const raw = toExtraction(
      {
        files: ['confirm.png', 'contract.png'],
        pages,
        items: [
          run('逾期罚息按日0.05%计收。', 60, 100, 40, 0),
          run('逾期罚息按日0.05%计收。', 60, 100, 40, 1),
        ],
      },
      '',
    );
    expect(raw.blocks.map((b) => b.text)).toEqual(['逾期罚息按日0.05%计收。']);
  });

  it('round-trips a region locator', () => {
    const r = { page: 2, x: 10, y: 20, width: 30, height: 40 };
    expect(parseRegion(regionLocator(r))).toEqual(r);
    expect(parseRegion('#app > div')).toBeNull();
  });
});

describe('splitAtGaps', () => {
  it('cuts a recognised line at a space beside a figure, placing each part in proportion', () => {
    const parts = splitAtGaps({
      text: '2026-04-05 1,030.00',
      x: 0,
      y: 10,
      width: 190,
      height: 40,
      confidence: Array.from('2026-04-05 1,030.00').map((_, i) => i / 100),
    });
    expect(parts.map((p) => [p.text, p.x, p.width])).toEqual([
      ['2026-04-05', 0, 100],
      ['1,030.00', 110, 80],
    ]);
    expect(parts[1]?.confidence[0]).toBeCloseTo(0.11);
  });

  it('leaves a line of words alone', () => {
    const line = {
      text: '等额本息 Equal installments',
      x: 0,
      y: 0,
      width: 100,
      height: 20,
      confidence: [],
    };
    expect(splitAtGaps(line)).toEqual([line]);
  });
});
