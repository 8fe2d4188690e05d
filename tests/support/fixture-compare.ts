/**
 * Compares LoanTerms with a truth.json-shaped expectation (the shared corpus format, also used by
 * tests/pages/*.expected.json) and lists every difference, so one failing case says all that is
 * wrong with it.
 */
import { Decimal } from '@/lib/finance/decimal';
import type { LoanTerms } from '@/lib/model/terms';

export interface Expected {
  principal: string | null;
  received: string | null;
  termMonths: number | null;
  termDays: number | null;
  repaymentMethod: string | null;
  lenderType?: string;
  lenderName?: string | null;
  contractDate?: string | null;
  disbursementDate?: string | null;
  payments: { dueDate: string | null; amount: string }[];
  statedRates: {
    label: string;
    kind: string;
    value: string;
    primary?: boolean;
    context?: string;
  }[];
  upfrontDeductions?: { name: string; amount: string }[];
  periodicFees?: { name: string; amountPerPeriod: string | string[] }[];
  overdue?: { name: string }[] | null;
  prepay?: string | null;
  unreadable?: string[];
}

const nfkc = (s: string): string => s.normalize('NFKC').replace(/\s+/g, '');

export function differences(t: LoanTerms | null, e: Expected): string[] {
  const d: string[] = [];
  // A loan page whose amount cannot be read: terms are reported, with the amount as unreadable.
  if (e.principal === null && (e.unreadable ?? []).length > 0) {
    if (t === null) return ['expected terms with unreadable values, got null'];
    if (t.principal !== null) d.push(`principal ${t.principal} should have been unreadable`);
    for (const label of e.unreadable ?? []) {
      if (!t.unreadable.some((u) => u.label.includes(label)))
        d.push(`${label} not listed as unreadable`);
    }
    return d;
  }
  if (e.principal === null) {
    if (t !== null) d.push(`expected no terms, got principal ${String(t.principal)}`);
    return d;
  }
  if (!t) return ['expected terms, got null'];
  const eq = (name: string, got: unknown, want: unknown): void => {
    if (JSON.stringify(got) !== JSON.stringify(want))
      d.push(`${name}: got ${JSON.stringify(got)}, want ${JSON.stringify(want)}`);
  };
  eq('principal', t.principal, e.principal);
  eq('received', t.received, e.received);
  eq('termMonths', t.termMonths, e.termMonths);
  eq('termDays', t.termDays, e.termDays);
  eq('repaymentMethod', t.repaymentMethod, e.repaymentMethod);
  if (e.lenderType !== undefined) eq('lenderType', t.lenderType, e.lenderType);
  if (e.lenderName !== undefined) eq('lenderName', t.lender.name, e.lenderName);
  // The shared corpus's pages that show only a 放款日 give it as contractDate too (its cases 01, 03,
  // 08, 10). A truth that leaves contractDate empty beside a 放款日 therefore accepts either.
  const disbursedStandsIn =
    e.contractDate === null && e.disbursementDate != null && t.contractDate === e.disbursementDate;
  if (e.contractDate !== undefined && !disbursedStandsIn)
    eq('contractDate', t.contractDate, e.contractDate);
  if (e.disbursementDate !== undefined)
    eq('disbursementDate', t.disbursementDate, e.disbursementDate);
  eq('payment count', t.payments.length, e.payments.length);
  e.payments.forEach((p, i) => {
    const g = t.payments[i];
    if (!g || g.amount !== p.amount || g.dueDate !== p.dueDate) {
      d.push(
        `payment ${String(i + 1)}: got ${JSON.stringify(g ? [g.dueDate, g.amount] : null)}, want ${JSON.stringify([p.dueDate, p.amount])}`,
      );
    }
  });
  const rateKey = (r: {
    kind: string;
    value: string;
    primary?: boolean;
    context?: unknown;
  }): string =>
    `${r.kind}|${new Decimal(r.value).toString()}|${r.primary === true ? 'primary' : ''}|${r.context ? 'context' : ''}`;
  const got = t.statedRates.map(rateKey).sort();
  // A charge for paying late is no stated rate of the loan: the shared corpus lists a page's 罚息
  // and 违约金 rates under its overdue charges only (its case 10). Pattern truths that list them
  // as context rates as well are compared without them.
  const lateCharge = (r: Expected['statedRates'][number]): boolean =>
    r.context !== undefined && /罚息|逾期|违约|滞纳/.test(r.label);
  const want = e.statedRates
    .filter((r) => !lateCharge(r))
    .map(rateKey)
    .sort();
  eq('statedRates (kind|value|primary|context)', got, want);
  for (const r of e.statedRates) {
    const g = t.statedRates.find((x) => x.kind === r.kind && new Decimal(x.value).eq(r.value));
    if (g && nfkc(g.label) !== nfkc(r.label))
      d.push(`rate ${r.value} label: got ${g.label}, want ${r.label}`);
  }
  const upfront = t.fees
    .filter((f) => f.when === 'upfront')
    .map((f) => `${f.name}|${f.amount ?? ''}`)
    .sort();
  eq(
    'upfront fees',
    upfront,
    (e.upfrontDeductions ?? []).map((f) => `${f.name}|${f.amount}`).sort(),
  );
  // A fee billed with one given instalment (when 'once', period k, or with the last one) is the
  // truth's periodic fee with periods [k].
  const periodic = t.fees
    .filter(
      (f) =>
        f.when === 'periodic' ||
        (f.when === 'once' && (f.period !== undefined || f.withLast === true)),
    )
    .map((f) => f.amount ?? '')
    .sort();
  const wantPeriodic = (e.periodicFees ?? [])
    .map((f) =>
      Array.isArray(f.amountPerPeriod) ? (f.amountPerPeriod[0] ?? '') : f.amountPerPeriod,
    )
    .sort();
  eq('periodic fee amounts', periodic, wantPeriodic);
  if (e.overdue !== undefined) {
    // 逾期罚息 and 罚息, 逾期付款违约金 and 违约金, 逾期滞纳金 and 滞纳金 name one charge (the shared corpus says 罚息).
    const same = (n: string): string => n.replace(/^逾期(?:付款)?(?=罚息|违约金|滞纳金)/, '');
    const names = t.fees
      .filter((f) => f.when === 'overdue')
      .map((f) => same(f.name))
      .sort();
    eq('overdue fee names', names, (e.overdue ?? []).map((o) => same(o.name)).sort());
  }
  if (e.prepay) {
    const text = nfkc(t.prepayment?.text ?? '');
    if (!text.includes(nfkc(e.prepay).replace(/[。.]$/, '')))
      d.push(
        `prepayment: got ${JSON.stringify(t.prepayment?.text)}, want it to contain ${e.prepay}`,
      );
  }
  if (e.unreadable)
    eq('unreadable labels', t.unreadable.map((u) => u.label).sort(), [...e.unreadable].sort());
  return d;
}

/** A shared-corpus truth.json as the comparison's expectation (overdue and prepayment from its facts). */
export function expectedFromTruth(truth: Record<string, unknown>): Expected {
  const facts = (truth.facts ?? {}) as Record<string, unknown>;
  return {
    ...(truth as unknown as Expected),
    overdue: (facts.overduePenaltyComponents as { name: string }[] | undefined) ?? null,
    prepay: (facts.prepaymentTerms as string | undefined) ?? null,
  };
}
