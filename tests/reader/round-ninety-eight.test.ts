/**
 * Round ninety-eight's patterns (pages 3948–4015): rural cooperatives' and mutual funds' contracts
 * ("向甲方借用互助金人民币"), shops' instalment records (a plan listed latest period first under 应缴
 * 金额 and 应缴款日, its row 0 the down payment, "分期总额（不含手续费）", "每月分期"), collectors' and
 * back offices' order details (the borrower's receiving bank, a 借款总额 column on every row of the
 * plan, headers read as pairs, a 展期金额 that is the fee to extend), a 等额本金 plan drawn as cards
 * with a late row, an offer said in one sentence, Tailwind's term chips and a borrower's tracker of
 * several debts.
 */
import { describe, expect, it } from 'vitest';

import { readTerms } from '@/lib/reader';
import { chromiumPage } from '../support/chromium-page';
import { readPatternPage } from '../support/read-pattern-page';
import { amountsOf, readSpec, tableOf } from '../support/raw';
import { scanPage } from '../support/scan-page';

describe('amounts lent in the words of contracts, offers and shops', () => {
  it('reads a mutual fund’s "向甲方借用互助金人民币" as the amount lent', () => {
    const t = readSpec({
      pairs: [
        ['作为本社社员，向甲方借用互助金人民币', '24,000.00'],
        ['元（大写', '贰万肆仟元整'],
      ],
      text: [
        '本笔借款分12期归还，每期应还2,120.00元，其中归还本金2,000.00元、互助金占用费120.00元。',
      ],
    });
    expect(t.principal).toBe('24000.00');
  });

  it('reads an offer said in one sentence: "我们愿意借给您¥18,000，期限三个月，每月还款¥6,600"', () => {
    const t = readSpec({
      text: ['恭喜，我们愿意借给您¥18,000，期限三个月，每月还款¥6,600。'],
    });
    expect(t.principal).toBe('18000.00');
    expect(amountsOf(t)).toEqual(['6600.00', '6600.00', '6600.00']);
  });

  it('reads "分期总额（不含手续费）" as lent and "（含手续费）" as repaid, "每月分期" as the instalment', () => {
    const t = readSpec({
      pairs: [
        ['分期总额（不含手续费）', '¥4,800.00'],
        ['分期总额（含手续费）', '¥5,940.00'],
        ['分期期数', '12 个月'],
        ['每月分期', '495 元'],
      ],
    });
    expect(t.principal).toBe('4800.00');
    expect(amountsOf(t)).toEqual(Array<string>(12).fill('495.00'));
  });
});

describe('plans as back offices and member centres list them', () => {
  it('reads a plan listed latest period first, under 应缴金额 and 应缴款日', () => {
    const rows = Array.from({ length: 12 }, (_, i) => {
      const n = 12 - i;
      const due = `${n <= 11 ? '2026' : '2027'}-${((n % 12) + 1).toString().padStart(2, '0')}-18`;
      return [String(n), due, '', n === 1 ? '662' : '542', '', ''];
    });
    const t = readSpec({
      pairs: [
        ['商品价格', '6,000 元'],
        ['期数', '12 期'],
      ],
      tables: [
        tableOf(['期数', '应缴款日', '实际缴款日', '应缴金额', '还款金额', '缴款方式'], rows),
      ],
    });
    expect(amountsOf(t)).toEqual(['662.00', ...Array<string>(11).fill('542.00')]);
    expect(t.payments[0]?.dueDate).toBe('2026-02-18');
  });

  it('leaves a shop plan’s row 0, the down payment, out of the instalments', () => {
    const t = readSpec({
      pairs: [
        ['分期总额（不含手续费）', '¥3,000.00'],
        ['首付', '¥599.00'],
        ['期数', '3 个月'],
      ],
      tables: [
        tableOf(
          ['期数', '到期日', '金额', '类别', '状态'],
          [
            ['0', '2026年2月5日', '¥599.00', '首付', '已付款'],
            ['1', '2026年3月5日', '¥1,050.00', '分期', '已付款'],
            ['2', '2026年4月5日', '¥1,050.00', '分期', '未付款'],
            ['3', '2026年5月5日', '¥1,050.00', '分期', '未付款'],
          ],
        ),
      ],
    });
    expect(amountsOf(t)).toEqual(['1050.00', '1050.00', '1050.00']);
  });

  it('does not take a 借款总额 column repeated on every row for the instalments', () => {
    const t = readSpec({
      pairs: [
        ['借款金额（元）', '12000'],
        ['借款期数', '3'],
      ],
      tables: [
        tableOf(
          ['借款期数', '借款总额', '当期应还金额', '借款本金', '利息', '订单状态'],
          [
            ['1/3', '12000', '4080.00', '3920.00', '160.00', '已还已结清'],
            ['2/3', '12000', '4080.00', '4000.00', '80.00', '待还款'],
            ['3/3', '12000', '4080.00', '4080.00', '0.00', '待还款'],
          ],
        ),
      ],
    });
    expect(amountsOf(t)).toEqual(['4080.00', '4080.00', '4080.00']);
  });

  it('reads 等额本金 cards, "本金¥1,000.00 +利息¥54.00", without a late row’s charge', () => {
    const card = (n: number, total: string, interest: string, late: string): string[] => [
      `${String(n)}/3`,
      `¥${total}`,
      `应还日期 2026-0${String(n + 1)}-18`,
      '本金¥1,000.00',
      `+利息¥${interest}`,
      `+逾期费¥${late}`,
    ];
    const t = readSpec({
      text: ['还款明细', '3期'],
      tables: [
        tableOf(
          [],
          [
            card(1, '1,027.00', '27.00', '0.00'),
            card(2, '1,020.57', '18.00', '2.57'),
            card(3, '1,009.00', '9.00', '0.00'),
          ],
        ),
      ],
    });
    expect(t.principal).toBe('3000.00');
    expect(amountsOf(t)).toEqual(['1027.00', '1018.00', '1009.00']);
  });
});

describe('who lends and what is extended', () => {
  it('does not take the borrower’s receiving bank, a field of its account, for the lender', () => {
    const t = readSpec({
      pairs: [
        ['借款金额（元）', '2000'],
        ['借款期限（天）', '14'],
        ['应还金额（元）', '2214'],
      ],
      text: ['收款账户', '银行', '汀溪农村商业银行', '银行代码', 'TXRCB'],
    });
    expect(t.lenderType).not.toBe('bank');
  });

  it('reads a 展期金额 the note calls the fee to extend as no amount extended', () => {
    const t = readSpec({
      pairs: [
        ['借款金额', '2000'],
        ['借款期限（天）', '14'],
        ['应还金额', '2214'],
        ['展期金额', '394'],
        ['展期应还日期', '2026-06-12'],
      ],
      text: [
        '客户无力结清，同意先付展期费用394元（利息14元、服务费200元、逾期费用180元），展期14天。',
      ],
    });
    expect(t.principal).toBe('2000.00');
  });
});

describe('layouts read by the real scanner', () => {
  const chromium = chromiumPage();

  it('reads the chosen term chip where utility classes are swapped, not added', async () => {
    await chromium.page.setContent(
      `<!doctype html><html lang="zh-CN"><head><style>
        .bg-white { background: #fff; } .text-gray-600 { color: #4b5563; }
        .bg-blue-600 { background: #2563eb; } .text-white { color: #fff; }
      </style></head><body>
        <label>选择期限</label>
        <div class="grid">
          <button type="button" class="rounded border bg-white text-gray-600">3 期</button>
          <button type="button" class="rounded border bg-white text-gray-600">6 期</button>
          <button type="button" class="rounded border bg-white text-gray-600">9 期</button>
          <button type="button" class="rounded border bg-blue-600 text-white">12 期</button>
        </div>
      </body></html>`,
      { waitUntil: 'load' },
    );
    const raw = await scanPage(chromium.page, { maxRounds: 1 });
    expect(raw.controls.filter((c) => c.checked).map((c) => c.label)).toEqual(['12 期']);
  });

  it('reads an offer whose amount is a bold figure inside its one sentence', async () => {
    await chromium.page.setContent(
      `<!doctype html><html lang="zh-CN"><body>
        <p>恭喜，我们愿意借给您<b>¥18,000</b>，期限三个月，每月还款<b>¥6,600</b>。</p>
      </body></html>`,
      { waitUntil: 'load' },
    );
    const t = readTerms(await scanPage(chromium.page, { maxRounds: 1 }));
    expect(t?.principal).toBe('18000.00');
    expect(t && amountsOf(t)).toEqual(['6600.00', '6600.00', '6600.00']);
  });

  it('reads no loan from a borrower’s tracker of several debts, each with its periods left (page 3990)', async () => {
    expect(await readPatternPage(chromium.page, 3990)).toBeNull();
  });

  it('reads a back office’s order detail: the loan, not the bank it pays into (page 3988)', async () => {
    // Its plan repeats 借款总额 12000 on every row, and the header row of its payout table
    // ("借款金额（元） | 预扣款（元）") is read as pairs: 借款金额 keeps its one value.
    const t = await readPatternPage(chromium.page, 3988);
    expect(t?.principal).toBe('12000.00');
    expect(t?.lenderType).not.toBe('bank');
    expect(t?.payments[0]?.amount).toBe('1079.71');
  });
});
