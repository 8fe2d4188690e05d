import { chineseInteger } from '@/lib/parse/chinese-numerals';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateTokens, parseDate } from '@/lib/parse/date';
import { moneyTokens, parseMoney } from '@/lib/parse/money';
import { parseRate, parseRateRange, rateTokens } from '@/lib/parse/rate';
import { parseTerm } from '@/lib/parse/term';

const value = <T>(p: { value: T } | { unreadable: string }): T | undefined =>
  'value' in p ? p.value : undefined;

describe('parseMoney', () => {
  it.each([
    ['100,000.00 元', '100000.00'],
    ['¥6,588.00', '6588.00'],
    ['5万元', '50000.00'],
    ['1.5万', '15000.00'],
    ['5.36万元', '53600.00'],
    ['３５，０００．００', '35000.00'],
    ['人民币壹万伍仟元整', '15000.00'],
    ['叁万捌仟壹佰伍拾元整', '38150.00'],
    ['人民币（大写）叁万伍仟元整', '35000.00'],
    ['壹佰元伍角', '100.50'],
    ['2千元', '2000.00'],
  ])('%s → %s', (text, want) => {
    expect(value(parseMoney(text))).toBe(want);
  });
  it.each([
    '1,23,4.00',
    '12.3.4',
    '—',
    '约一些',
    '壹万万元',
    '伍仟仟元',
    '12期',
    '1,000.005元',
    '',
  ])('%s is unreadable', (text) => {
    expect('unreadable' in parseMoney(text)).toBe(true);
  });
  it('finds marked amounts in prose and skips terms and counts', () => {
    expect(moneyTokens('每期应还550.08元（末期550.07元），共12期').map((t) => t.value)).toEqual([
      '550.08',
      '550.07',
    ]);
    expect(
      moneyTokens('到期应还本息合计人民币（大写）叁万捌仟壹佰伍拾元整（￥３８，１５０．００）').map(
        (t) => t.value,
      ),
    ).toEqual(['38150.00', '38150.00']);
  });
});

describe('parseRate', () => {
  it.each([
    ['15.60%', '0.156', null],
    ['万分之6', '0.0006', null],
    ['万分之五', '0.0005', null],
    ['0.05%/天', '0.0005', 'day'],
    ['0.45%/月', '0.0045', 'month'],
    ['0.60%/期', '0.006', 'period'],
    ['3‰', '0.003', null],
    ['百分之十四点四', '0.144', null],
    ['日息0.05%', '0.0005', null],
    ['10.20%（单利）', '0.102', null],
    ['２４％', '0.24', null],
  ])('%s → %s', (text, want, per) => {
    const r = value(parseRate(text));
    expect(r?.value).toBe(want);
    expect(r?.per ?? null).toBe(per);
  });
  it.each(['1.2.3%', '年化利率', '7.2%~24%', '12期', 'abc%'])(
    '%s is unreadable as one rate',
    (text) => {
      expect('unreadable' in parseRate(text)).toBe(true);
    },
  );
  it('reads ranges', () => {
    const r = value(parseRateRange('7.2%~24%'));
    expect([r?.low.value, r?.high.value]).toEqual(['0.072', '0.24']);
    expect(value(parseRateRange('7.2-24%'))?.high.value).toBe('0.24');
  });
  it('finds every rate in a clause', () => {
    expect(rateTokens('罚息按日0.06%计收，违约金每日0.04%').map((r) => r.value)).toEqual([
      '0.0006',
      '0.0004',
    ]);
  });
});

describe('parseDate and parseTerm', () => {
  it.each([
    ['2026年4月18日', '2026-04-18'],
    ['2026/04/18', '2026-04-18'],
    ['2026.04.18', '2026-04-18'],
    ['2026-04-18', '2026-04-18'],
    ['２０２６年２月１日', '2026-02-01'],
    // A back office's datetime: the space keeps the day from running into the hour.
    ['2025-12-08 00:00:00', '2025-12-08'],
    ['2026-03-02 10:15', '2026-03-02'],
  ])('%s → %s', (text, want) => {
    expect(value(parseDate(text))).toBe(want);
  });
  it("finds a contract's date written in blanks, spaces round 年, 月 and 日", () => {
    expect(dateTokens('本合同于 2026 年 03 月 12 日在 杭州 签订').map((d) => d.value)).toEqual([
      '2026-03-12',
    ]);
    expect(dateTokens('共 2026 笔，3 月 12 日')).toEqual([]);
  });
  it.each(['2026-02-30', '2026-13-01', '每月18日', '2026'])('%s is unreadable', (text) => {
    expect('unreadable' in parseDate(text)).toBe(true);
  });
  it.each([
    ['12期', 12, null],
    ['24个月', 24, null],
    ['30天', null, 30],
    ['1年', 12, null],
    ['共６个月', 6, null],
    ['2周', null, 14],
    ['一周', null, 7],
    ['3个星期', null, 21],
    ['1期（30天）', null, 30],
    // A quote's years and a part of one.
    ['1.5 年', 18, null],
    ['2.25年', 27, null],
    ['半年', 6, null],
    ['一年半', 18, null],
    ['3年半', 42, null],
  ])('%s', (text, months, days) => {
    const t = value(parseTerm(text));
    expect([t?.months ?? null, t?.days ?? null]).toEqual([months, days]);
  });
  it.each([
    '第1期',
    '1/12期',
    '最快3分钟',
    '12期 24期',
    '1周年',
    '3期（90天）',
    '1.3年',
    '0.5个月',
  ])('%s is not a term', (text) => {
    expect('unreadable' in parseTerm(text)).toBe(true);
  });
});

const DAXIE = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'];
/** Independent writer of 大写 amounts (integer yuan < 1亿) for the round trip. */
function daxie(n: number): string {
  const units = ['', '拾', '佰', '仟'];
  const section = (x: number): string => {
    let out = '';
    let zero = false;
    for (let i = 3; i >= 0; i--) {
      const d = Math.floor(x / 10 ** i) % 10;
      if (d === 0) {
        if (out) zero = true;
        continue;
      }
      if (zero) out += '零';
      zero = false;
      out += (DAXIE[d] ?? '') + (units[i] ?? '');
    }
    return out;
  };
  const wan = Math.floor(n / 10000);
  const rest = n % 10000;
  if (n === 0) return '零元整';
  let s = wan ? `${section(wan)}万` : '';
  if (rest) s += (wan && rest < 1000 ? '零' : '') + section(rest);
  return `${s}元整`;
}

const withThousands = (int: string): string => int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
const fullWidth = (s: string): string =>
  s.replace(/[0-9.,]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

describe('properties', () => {
  it('money round-trips in every written form', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 99_999_999 }),
        fc.integer({ min: 0, max: 99 }),
        (yuan, fen) => {
          const want = `${String(yuan)}.${String(fen).padStart(2, '0')}`;
          const plain = `${String(yuan)}.${String(fen).padStart(2, '0')}`;
          const forms = [
            plain,
            `¥${withThousands(String(yuan))}.${String(fen).padStart(2, '0')}`,
            `${plain}元`,
            fullWidth(withThousands(String(yuan)) + `.${String(fen).padStart(2, '0')}`),
          ];
          for (const f of forms) expect(value(parseMoney(f))).toBe(want);
          if (fen === 0 && yuan > 0)
            expect(value(parseMoney(daxie(yuan)))).toBe(`${String(yuan)}.00`);
          if (yuan % 100 === 0)
            expect(value(parseMoney(`${String(yuan / 10000)}万元`))).toBe(`${String(yuan)}.00`);
        },
      ),
    );
  });
  it('percentages and 万分之 round-trip', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99999 }), (bp) => {
        // bp hundredths of a percent: "12.34%" → 0.1234
        const pct = `${String(Math.floor(bp / 100))}.${String(bp % 100).padStart(2, '0')}%`;
        const want = (bp / 10000).toFixed(4).replace(/0+$/, '').replace(/\.$/, '');
        expect(value(parseRate(pct))?.value).toBe(want);
        const wan = value(parseRate(`万分之${String(bp)}`))?.value;
        expect(wan).toBe(want);
      }),
    );
  });
  it('never throws, and text without digits or numerals is never a number', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (s) => {
        expect(() => [
          parseMoney(s),
          parseRate(s),
          parseDate(s),
          parseTerm(s),
          parseRateRange(s),
          moneyTokens(s),
          rateTokens(s),
        ]).not.toThrow();
        if (!/[0-9０-９零〇一二两三四五六七八九十百千万壹贰叁肆伍陆柒捌玖拾佰仟萬亿億]/.test(s)) {
          expect('unreadable' in parseMoney(s)).toBe(true);
          expect('unreadable' in parseRate(s)).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });
  it('a number with a broken separator is never read', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99 }), fc.integer({ min: 0, max: 99 }), (a, b) => {
        expect('unreadable' in parseMoney(`${String(a)},${String(b)}.00`)).toBe(true);
      }),
    );
  });
});

describe('spoken Chinese amounts', () => {
  it('reads a last digit after a unit as the next lower unit (一万二 = 12000)', () => {
    expect(chineseInteger('一万二')).toBe(12000n);
    expect(chineseInteger('三千五')).toBe(3500n);
    expect(chineseInteger('一百二')).toBe(120n);
    expect(chineseInteger('一万零二')).toBe(10002n);
    expect(chineseInteger('一千零九十六')).toBe(1096n);
    expect(chineseInteger('二十五')).toBe(25n);
    expect(parseMoney('一万二元')).toEqual({ value: '12000.00' });
  });
});
