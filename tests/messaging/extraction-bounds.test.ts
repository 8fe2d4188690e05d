/**
 * Bounded, never all-or-nothing (issue 12): a reading over a limit is cut to it, says what was cut,
 * and still gives the loan's terms; something that is not a reading is still refused.
 */
import { describe, expect, it } from 'vitest';

import { analyseExtraction } from '@/lib/analysis/analyse';
import { fitExtraction, inPieces, shortLocator } from '@/lib/extract/fit';
import { parseExtraction, rawExtractionSchema } from '@/lib/messaging/raw-extraction-schema';
import type { RawBlock, RawExtraction } from '@/lib/model/extraction';
import { LIMITS } from '@/lib/model/extraction-limits';
import { defaultSettings } from '@/lib/storage/settings';

const block = (text: string, i: number, locator = `body > p:nth-of-type(${i + 1})`): RawBlock => ({
  text,
  locator,
  tag: 'p',
  fontSize: 14,
  fontWeight: 400,
  color: 'rgb(0, 0, 0)',
  x: 0,
  y: i * 20,
  width: 300,
  height: 18,
  finePrint: false,
});

/** A 20,000 loan over 12 months, plus whatever `extra` adds. */
function reading(extra: Partial<RawExtraction> = {}): RawExtraction {
  const texts = ['借款金额', '20,000.00元', '借款期限', '12期', '年化利率（单利）', '6.00%'];
  return {
    url: 'https://bank.example/loan',
    title: '借款确认',
    lang: 'zh-CN',
    blocks: texts.map((t, i) => block(t, i)),
    pairs: [0, 2, 4].map((i) => ({
      label: texts[i] ?? '',
      value: texts[i + 1] ?? '',
      via: 'same-element' as const,
      labelBlock: i,
      valueBlock: i + 1,
    })),
    tables: [],
    controls: [],
    links: [],
    stats: { nodesVisited: 10, elapsedMs: 1, truncated: false, rounds: 1 },
    ...extra,
  };
}

const analyse = (raw: RawExtraction) =>
  analyseExtraction(raw, { input: 't', settings: defaultSettings, now: '2026-11-20T00:00:00Z' });

describe('a reading over the limits', () => {
  const long = '本合同条款。'.repeat(1000);
  const cases: [string, Partial<RawExtraction>, string][] = [
    ['a 6,000-character block', { blocks: [...reading().blocks, block(long, 6)] }, 'text'],
    ['a 1,500-character title', { title: '标'.repeat(1500) }, 'title'],
    ['a 5,000-character link', { links: [{ text: 'a'.repeat(5000), href: 'https://x/' }] }, 'text'],
    [
      '2,500 links',
      { links: Array.from({ length: 2500 }, (_, i) => ({ text: `链接${i}`, href: 'https://x/' })) },
      'links',
    ],
    [
      '1,200 checkboxes',
      {
        controls: Array.from({ length: 1200 }, (_, i) => ({
          kind: 'checkbox' as const,
          checked: false,
          label: `选项${i}`,
          locator: 'input',
        })),
      },
      'controls',
    ],
    [
      '210 tables',
      {
        tables: Array.from({ length: 210 }, () => ({
          locator: 'table',
          headers: [],
          rows: [['a', 'b']],
          finePrint: false,
        })),
      },
      'tables',
    ],
    [
      '120 columns',
      {
        tables: [
          { locator: 'table', headers: [], rows: [Array<string>(120).fill('1')], finePrint: false },
        ],
      },
      'columns',
    ],
    [
      '5,100 rows',
      {
        tables: [
          {
            locator: 'table',
            headers: [],
            rows: Array<string[]>(5100).fill(['1', '2']),
            finePrint: false,
          },
        ],
      },
      'rows',
    ],
    [
      'a 3,000-character locator',
      {
        blocks: reading().blocks.map((b) => ({
          ...b,
          locator: 'body' + ' > div:nth-of-type(1)'.repeat(150) + ' > p',
        })),
      },
      'locator',
    ],
  ];
  for (const [name, extra, cut] of cases) {
    it(`${name}: refused by the strict schema, accepted cut, the terms still read`, () => {
      const raw = reading(extra);
      expect(rawExtractionSchema.safeParse(raw).success).toBe(false);
      const parsed = parseExtraction(raw);
      expect(parsed?.stats.cut).toContain(cut);
      const report = analyse(parsed ?? reading());
      expect(report.terms?.principal).toBe('20000.00');
      expect(report.terms?.termMonths).toBe(12);
      expect(report.notes.map((n) => n.code)).toContain(`cut-${cut}`);
    });
  }

  it('what is not a reading is still refused', () => {
    expect(parseExtraction({ ...reading(), blocks: 'x' })).toBeNull();
    expect(parseExtraction(null)).toBeNull();
  });

  it('a reading within bounds passes unchanged, with nothing said', () => {
    const raw = reading();
    expect(parseExtraction(raw)).toEqual(raw);
    expect(analyse(raw).notes.some((n) => n.code.startsWith('cut-'))).toBe(false);
  });
});

describe('cutting keeps what the reader needs', () => {
  it('the agreement link past 2,000 others is kept', () => {
    const links = [
      ...Array.from({ length: 2100 }, (_, i) => ({ text: `广告${i}`, href: 'https://ad/' })),
      { text: '《借款合同》', href: 'https://bank/contract' },
    ];
    const fitted = fitExtraction(reading({ links }));
    expect(fitted.links).toHaveLength(LIMITS.links);
    expect(fitted.links.at(-1)?.text).toBe('《借款合同》');
  });

  it('a ticked box past 1,000 unticked ones is kept', () => {
    const controls = Array.from({ length: 1001 }, (_, i) => ({
      kind: 'checkbox' as const,
      checked: i === 1000,
      label: i === 1000 ? '开通会员权益卡' : `选项${i}`,
      locator: 'input',
    }));
    const fitted = fitExtraction(reading({ controls }));
    expect(fitted.controls).toHaveLength(LIMITS.controls);
    expect(fitted.controls.some((c) => c.checked && c.label === '开通会员权益卡')).toBe(true);
  });

  it('a long paragraph is kept whole, in pieces ending at sentences', () => {
    const text = '第一条借款金额为20,000.00元。'.repeat(400);
    const pieces = inPieces(text);
    expect(pieces.join('')).toBe(text);
    expect(pieces.every((p) => p.length <= LIMITS.text)).toBe(true);
    expect(pieces.slice(0, -1).every((p) => p.endsWith('。'))).toBe(true);
  });

  it('a deep locator keeps its end, from a step boundary', () => {
    const deep = 'body' + ' > div:nth-of-type(2)'.repeat(150) + ' > span:nth-of-type(1)';
    const short = shortLocator(deep);
    expect(short.length).toBeLessThanOrEqual(LIMITS.locator);
    expect(short.startsWith('div:nth-of-type(2) > ')).toBe(true);
    expect(short.endsWith(' > span:nth-of-type(1)')).toBe(true);
  });
});
