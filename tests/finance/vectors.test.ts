/**
 * Independent test vectors (anchors.md §7): Reg Z Appendix J, the PBOC example, Excel's
 * documentation, the solver-robustness vectors from IRR libraries' issue trackers and the
 * Chinese-convention vectors. Expected values are the sources' (recomputed to 4 decimals of a
 * percent there), so the tolerance is half a unit of that last digit.
 */
import { describe, expect, it } from 'vitest';

import { computeApr, solveIrr, type AprOutcome, type CashFlow } from '@/lib/finance';
import { Decimal } from '@/lib/finance/decimal';
import { addMonths } from '@/lib/dates/iso';

import { expectNear } from './helpers';

function monthly(start: string, amounts: string[]): { amount: string; dueDate: string }[] {
  return amounts.map((amount, i) => ({ amount, dueDate: addMonths(start, i + 1) }));
}

function repeat(amount: string, times: number): string[] {
  return Array.from({ length: times }, () => amount);
}

function apr(outcome: AprOutcome) {
  if (!outcome.ok) throw new Error(outcome.problem.code);
  return outcome.apr;
}

function flows(amounts: (string | number)[]): CashFlow[] {
  return amounts.map((a, t) => ({ t, amount: new Decimal(a) }));
}

describe('Reg Z Appendix J (c) examples (monthly unit-period, actuarial)', () => {
  it('(c)(1)(i) 5,000 with 24 × 230.00 → 9.6857%', () => {
    const result = apr(
      computeApr({
        received: '5000',
        disbursedOn: '1978-01-10',
        payments: monthly('1978-01-10', repeat('230', 24)),
      }),
    );
    expect(result.method).toBe('monthly');
    expectNear(result.nominal, '0.096857');
  });
  it('(c)(2)(i) irregular first payment 250.00 then 23 × 230.00 → 10.0829%', () => {
    const payments = monthly('1978-01-10', ['250', ...repeat('230', 23)]);
    expectNear(
      apr(computeApr({ received: '5000', disbursedOn: '1978-01-10', payments })).nominal,
      '0.100829',
    );
  });
  it('(c)(3)(i) 23 × 230.00 and a final 280.00 → 10.5005%', () => {
    const payments = monthly('1978-01-10', [...repeat('230', 23), '280']);
    expectNear(
      apr(computeApr({ received: '5000', disbursedOn: '1978-01-10', payments })).nominal,
      '0.105005',
    );
  });
  it('(c)(5)(i) single payment of 1,080.00 after 255 days → 11.4510%', () => {
    const result = apr(
      computeApr({
        received: '1000',
        disbursedOn: '1978-01-03',
        payments: [{ amount: '1080', dueDate: '1978-09-15' }],
      }),
    );
    expect(result.method).toBe('single');
    expectNear(result.nominal, '0.114510');
  });
});

describe('PBOC 公告〔2021〕第3号 example', () => {
  it('99,000 received, 12 × 8,833.30 → 12.8038% nominal, 13.5826% effective', () => {
    const result = apr(
      computeApr({
        principal: '100000',
        received: '99000',
        payments: repeat('8833.30', 12).map((amount) => ({ amount })),
      }),
    );
    expectNear(result.nominal, '0.128038');
    expectNear(result.effective, '0.135826');
    expectNear(result.periodic, '0.01066983', '0.000000005');
  });
  it('without the fee (100,000 received) → 10.8957% nominal, 11.4566% effective', () => {
    const result = apr(
      computeApr({
        received: '100000',
        payments: repeat('8833.30', 12).map((amount) => ({ amount })),
      }),
    );
    expectNear(result.nominal, '0.108957');
    expectNear(result.effective, '0.114566');
  });
});

describe('Excel documentation examples', () => {
  it('RATE(48,-200,8000) × 12 → 9.2418%', () => {
    expectNear(
      apr(
        computeApr({ received: '8000', payments: repeat('200', 48).map((amount) => ({ amount })) }),
      ).nominal,
      '0.092418',
    );
  });
  it.each([
    [[-70000, 12000, 15000, 18000, 21000], '-0.021245'],
    [[-70000, 12000, 15000, 18000, 21000, 26000], '0.086631'],
    [[-70000, 12000, 15000], '-0.443507'],
  ])('IRR(%j) → %s', (values, expected) => {
    const result = solveIrr(flows(values));
    expect(result.kind).toBe('unique');
    if (result.kind === 'unique') expectNear(result.rate, expected);
  });
  it('XIRR of 5 dated flows → 0.373362535 (daily IRR compounded over 365 days)', () => {
    const result = apr(
      computeApr({
        received: '10000',
        disbursedOn: '2008-01-01',
        payments: [
          { amount: '2750', dueDate: '2008-03-01' },
          { amount: '4250', dueDate: '2008-10-30' },
          { amount: '3250', dueDate: '2009-02-15' },
          { amount: '2750', dueDate: '2009-04-01' },
        ],
      }),
    );
    expect(result.method).toBe('daily');
    expectNear(result.effective, '0.3733625', '0.0000006');
  });
});

describe('solver-robustness vectors (anchors.md §7.6)', () => {
  it('[-50,-100,600,300,-100] has two roots, 185.44% and −76.89%: reported as several', () => {
    const result = solveIrr(flows([-50, -100, 600, 300, -100]));
    expect(result.kind).toBe('several');
    if (result.kind !== 'several') return;
    expect(result.rates).toHaveLength(2);
    expectNear(result.rates[0] ?? '0', '-0.7689', '0.00005');
    expectNear(result.rates[1] ?? '0', '1.8544', '0.00005');
  });
  it('8 flows ending in −1: roots 100.427% and −99.979%, both found', () => {
    const result = solveIrr(
      flows(['-1678.87', '771.96', '1814.05', '3520.30', '3552.95', '3584.99', '4789.91', '-1']),
    );
    expect(result.kind).toBe('several');
    if (result.kind !== 'several') return;
    expectNear(result.rates[0] ?? '0', '-0.99979', '0.000005');
    expectNear(result.rates[1] ?? '0', '1.00427', '0.000005');
  });
  it('37,155 with 144 × 560 → 1.2581796%/month', () => {
    const result = apr(
      computeApr({ received: '37155', payments: repeat('560', 144).map((amount) => ({ amount })) }),
    );
    expectNear(result.periodic, '0.012581796', '0.0000000005');
  });
  it('[-15000, 6630] → −55.8%', () => {
    const result = solveIrr(flows([-15000, 6630]));
    expect(result.kind === 'unique' && result.rate.toFixed(6)).toBe('-0.558000');
  });
  it('10,000 repaid by 16 × 327.24625 → −6.7654% per period, a negative rate, not an error', () => {
    const result = apr(
      computeApr({
        received: '10000',
        payments: repeat('327.24625', 16).map((amount) => ({ amount })),
      }),
    );
    expectNear(result.periodic, '-0.067654', '0.0000005');
  });
  it('172,545.848122807 with 480 × 787.735232517999 → 4.6081% nominal', () => {
    const result = apr(
      computeApr({
        received: '172545.848122807',
        payments: repeat('787.735232517999', 480).map((amount) => ({ amount })),
      }),
    );
    expectNear(result.nominal, '0.046081');
  });
  // XIRR compounds a daily rate over 365 days: solve on day counts, then (1+d)^365 − 1.
  it.each([
    ['55600', '-51094.83', 30, '-0.642308'],
    ['-99995', '97642', 6, '-0.765099'],
  ])('XIRR of %s then %s after %i days → %s', (first, second, days, expected) => {
    const result = solveIrr([
      { t: 0, amount: new Decimal(first) },
      { t: days, amount: new Decimal(second) },
    ]);
    expect(result.kind).toBe('unique');
    if (result.kind === 'unique') expectNear(result.rate.plus(1).pow(365).minus(1), expected);
  });
});

describe('Chinese-convention vectors (anchors.md §7.7)', () => {
  it('月费率 0.6%: 12,000 in 12 × 1,072 → 13.0342% nominal, 13.8418% effective', () => {
    const result = apr(
      computeApr({ received: '12000', payments: repeat('1072', 12).map((amount) => ({ amount })) }),
    );
    expectNear(result.nominal, '0.130342');
    expectNear(result.effective, '0.138418');
  });
  // The anchor's figures are for the unrounded instalment 10,000 × 1%/(1 − 1.01^−12) = 888.4879.
  it('砍头息: 9,000 received, 12 × the 1%/month instalment on 10,000 → 32.4998% nominal, 37.8058% effective', () => {
    const instalment = new Decimal(100)
      .div(new Decimal(1).minus(new Decimal('1.01').pow(-12)))
      .toFixed(12);
    const result = apr(
      computeApr({
        principal: '10000',
        received: '9000',
        payments: repeat(instalment, 12).map((amount) => ({ amount })),
      }),
    );
    expectNear(result.nominal, '0.324998');
    expectNear(result.effective, '0.378058');
  });
  it('e招贷: 50,000 with 36 × 1,576.39 → 8.4142% nominal, 8.7464% effective', () => {
    const result = apr(
      computeApr({
        received: '50000',
        payments: repeat('1576.39', 36).map((amount) => ({ amount })),
      }),
    );
    expectNear(result.nominal, '0.084142');
    expectNear(result.effective, '0.087464');
  });
  it.each([
    ['0.005', 12, '0.1090', '0.1146'],
    ['0.006', 12, '0.1303', '0.1384'],
    ['0.0075', 12, '0.1622', '0.1748'],
    ['0.01', 12, '0.2146', '0.2370'],
    ['0.01', 24, '0.2157', '0.2384'],
    ['0.006', 6, '0.1224', '0.1295'],
  ])(
    'legal.md §4 table: fee %s on the original principal over %i periods → %s / %s',
    (fee, n, nominal, effective) => {
      const principal = new Decimal(1200000);
      const payment = principal.div(n).plus(principal.times(fee)).toFixed(2);
      const result = apr(
        computeApr({
          received: principal.toFixed(2),
          payments: repeat(payment, n).map((amount) => ({ amount })),
        }),
      );
      expectNear(result.nominal, nominal, '0.00005');
      expectNear(result.effective, effective, '0.00005');
    },
  );
});
