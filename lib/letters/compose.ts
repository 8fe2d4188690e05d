/**
 * A letter = channel + addressee + text, composed from the report's claims (lib/claims), never by
 * pasting findings: facts, the two or three strongest points, numbered demands with their amounts,
 * a deadline and an evidence checklist. The addressee decides the voice: 贵方 only to the lender;
 * a regulator reads of 被投诉机构 and is asked to 核查 / 督促 / 依法处理. All wording is data
 * (./wording); this file only chooses and fills it.
 */
import type { Claim } from '@/lib/claims/claim';
import type { CitationId } from '@/lib/law/citations';
import type { Report } from '@/lib/model/report';
import { formatMoney, formatRate } from '@/lib/text/format';
import { shownAnnualRate } from '@/lib/model/shown-rate';
import { fillTemplate } from '@/lib/text/template';

import { BLANK, borrowerField, type BorrowerDetails } from './blanks';
import { REGULATORS, type ChannelId } from './channels';
import { installmentPlan, nextMonthLabel } from './installment-plan';
import { FACTS, FRAMES } from './wording/channels';
import { NEGOTIATION } from './wording/negotiation';
import {
  LPR_NEWEST_NOTE,
  NOT_ADDED,
  POINTS,
  UNLICENSED_QUESTION,
  type PointKey,
} from './wording/points';
import { SHORT_CITE, STATUTES } from './wording/statutes';

export interface Letter {
  channel: ChannelId;
  /** Who the letter is sent to, in Chinese. */
  addressee: string;
  text: string;
}

export interface LetterOptions {
  borrower: BorrowerDetails;
  /** ISO date the letter is written. */
  today: string;
  /** `page`: read off a lending page; `borrower`: typed into the calculator by the borrower. */
  source: 'page' | 'borrower';
  /** For the repayment-plan request: how many monthly parts to propose. */
  months?: number;
}

const ORDINALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const MAX_POINTS = 3;
const MAX_DEMANDS = 6;

/** A URL without its query or fragment: H5 loan pages carry tokens and user ids there. */
export function publicUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.origin === 'null' ? `${u.protocol}//` : u.origin}${u.pathname}`;
  } catch {
    return url.replace(/[?#].*$/, '');
  }
}

const yuan = (s: string) => formatMoney(s);

function methodWords(report: Report): string {
  switch (report.apr?.method) {
    case 'daily':
      return FACTS.methodDaily;
    case 'single':
      return FACTS.methodSingle;
    default:
      return FACTS.methodMonthly;
  }
}

function shownWords(report: Report): string | null {
  const shown = shownAnnualRate(report.terms?.statedRates ?? []);
  return shown === null ? null : `“${shown.label} ${shown.valueText}”`;
}

export function factsParagraph(report: Report, options: LetterOptions): string {
  const terms = report.terms;
  if (terms === null) return '';
  const parts: string[] = [];
  const put = (template: string, value: string) => parts.push(fillTemplate(template, { value }));
  if (terms.principal !== null) put(FACTS.principal, yuan(terms.principal));
  if (terms.received !== null) put(FACTS.received, yuan(terms.received));
  if (terms.termMonths !== null) put(FACTS.termMonths, String(terms.termMonths));
  if (terms.termDays !== null) put(FACTS.termDays, String(terms.termDays));
  if (report.money !== null) put(FACTS.totalRepaid, yuan(report.money.totalRepaid));
  const shown = shownWords(report);
  if (shown === null) parts.push(FACTS.notShown);
  else put(FACTS.shown, shown);
  const source =
    options.source === 'page'
      ? fillTemplate(FACTS.sourcePage, { url: publicUrl(report.url) })
      : FACTS.sourceBorrower;
  const rate =
    report.apr === null
      ? ''
      : fillTemplate(FACTS.rate, {
          apr: formatRate(report.apr.nominal),
          aprEffective: formatRate(report.apr.effective),
          method: methodWords(report),
        });
  return `${source}：${parts.join('，')}。${rate}`;
}

/** Names a statute in a letter: quoted whole the first time, cited after that. */
class Statutes {
  private readonly quoted = new Set<CitationId>();
  constructor(private readonly quote: boolean) {}

  vars(template: string): Record<string, string> {
    const out: Record<string, string> = {};
    for (const m of template.matchAll(/\{law([A-Z][A-Za-z0-9]*)\}/g)) {
      const key = m[1] ?? '';
      const id = (key.charAt(0).toLowerCase() + key.slice(1)) as CitationId;
      const statute = STATUTES[id];
      if (statute === undefined) throw new Error(`no statute text for ${id}`);
      const first = this.quote && !this.quoted.has(id);
      this.quoted.add(id);
      out[`law${key}`] = first ? `${statute.cite}规定：“${statute.text}”` : `（${statute.cite}）`;
    }
    return out;
  }
}

interface Group {
  key: PointKey;
  claims: Claim[];
}

/** Strongest first: statute-based money claims, then the rate lines, add-ons, fees, disclosure. */
const ORDER: readonly PointKey[] = [
  'deduction-670',
  'deduction-670-no-amount',
  'above-line-licensed',
  'above-line-private',
  'above-line-if-licensed',
  'above-line-private-legacy',
  'addon',
  'fee',
  'fee-no-amount',
  'apr-understated',
  'lender-hidden',
  'apr-missing',
  'apr-less-prominent',
  'apr-simple-unlabelled',
  'prepayment',
  'overdue',
  'contract-not-shown',
];

export function keyOf(claim: Claim): PointKey | null {
  switch (claim.kind) {
    case 'deduction-670':
      return claim.amount === null ? 'deduction-670-no-amount' : 'deduction-670';
    case 'above-line':
      if (claim.noAmount === 'covered-by-other-claim') return null;
      if (claim.basis === 'privateLending31') return 'above-line-private-legacy';
      if (claim.basis === 'privateLending25') return 'above-line-private';
      return claim.ifLicensed === true ? 'above-line-if-licensed' : 'above-line-licensed';
    case 'fee':
      return 'fee';
    case 'addon':
      return 'addon';
    case 'prepayment':
      return 'prepayment';
    case 'overdue':
      return 'overdue';
    case 'disclosure':
      return (ORDER as readonly string[]).includes(claim.findingId)
        ? (claim.findingId as PointKey)
        : null;
  }
}

function groups(claims: readonly Claim[]): Group[] {
  const byKey = new Map<PointKey, Claim[]>();
  for (const c of claims) {
    const key = keyOf(c);
    if (key !== null) byKey.set(key, [...(byKey.get(key) ?? []), c]);
  }
  return [...byKey]
    .map(([key, cs]) => ({ key, claims: cs }))
    .sort((a, b) => ORDER.indexOf(a.key) - ORDER.indexOf(b.key));
}

export function claimData(report: Report, claim: Claim): Record<string, string> {
  const f = claim.figures;
  const apr = report.apr;
  const lprUncertain = report.lpr !== null && !report.lpr.confirmed;
  return {
    amount: claim.amount === null ? '' : yuan(claim.amount),
    shortBasis: SHORT_CITE[claim.basis] ?? claim.basis,
    item: claim.item ?? '',
    principal: f.principal === undefined || f.principal === '' ? '' : yuan(f.principal),
    received: yuan(
      report.money?.received ?? report.terms?.received ?? report.terms?.principal ?? '0',
    ),
    deducted: f.deducted === undefined || f.deducted === '' ? '' : yuan(f.deducted),
    contractTotal: f.contractTotal === undefined ? '' : yuan(f.contractTotal),
    lawfulTotal: f.lawfulTotal === undefined ? '' : yuan(f.lawfulTotal),
    apr: apr === null ? '' : formatRate(apr.nominal),
    aprEffective: apr === null ? '' : formatRate(apr.effective),
    method: methodWords(report),
    cap: claim.line === undefined ? '' : formatRate(claim.line),
    lpr: f.lpr === undefined || f.lpr === '' ? '' : formatRate(f.lpr),
    lprDate: f.lprDate ?? '',
    lprNote: lprUncertain ? LPR_NEWEST_NOTE : '',
    shown: shownWords(report) ?? '（未标示）',
    components: f.components ?? '',
    total: f.total === undefined || f.total === '' ? '' : formatRate(f.total),
    contractCompound: f.contractCompound === undefined ? '' : formatRate(f.contractCompound),
  };
}

function itemsWords(claims: readonly Claim[]): string {
  return claims
    .map((c) =>
      c.amount === null ? `“${c.item ?? ''}”` : `“${c.item ?? ''}”合计${yuan(c.amount)}元`,
    )
    .join('、');
}

interface Composed {
  points: string[];
  demands: string[];
  asks: string[];
  /** Two or more amounts were claimed. */
  several: boolean;
}

function compose(
  report: Report,
  claims: readonly Claim[],
  party: string,
  statutes: Statutes,
  maxPoints = MAX_POINTS,
): Composed {
  const ranked = groups(claims);
  const points: string[] = [];
  const demands: string[] = [];
  const asks: string[] = [];
  ranked.forEach((group, i) => {
    const first = group.claims[0];
    if (first === undefined) return;
    const key =
      group.key === 'fee' && group.claims.every((c) => c.amount === null)
        ? 'fee-no-amount'
        : group.key;
    const wording = POINTS[key];
    const data = { ...claimData(report, first), party, items: itemsWords(group.claims) };
    if (i < maxPoints)
      points.push(fillTemplate(wording.point, { ...data, ...statutes.vars(wording.point) }));
    for (const c of group.claims) {
      const cd = { ...data, ...claimData(report, c) };
      const per = c.kind === 'fee' && c.amount === null ? POINTS['fee-no-amount'] : wording;
      demands.push(fillTemplate(per.demand, cd));
      asks.push(fillTemplate(per.ask, cd));
    }
  });
  const unique = (xs: string[]) => [...new Set(xs)].slice(0, MAX_DEMANDS);
  return {
    points,
    demands: unique(demands),
    asks: unique(asks),
    several: claims.filter((c) => c.amount !== null).length > 1,
  };
}

function numbered(items: readonly string[]): string[] {
  return items.map((d, i) => `${String(i + 1)}. ${d}${i === items.length - 1 ? '。' : '；'}`);
}

function vars(report: Report, options: LetterOptions): Record<string, string> {
  const b = options.borrower;
  const privateLoan = report.terms?.lenderType === 'private';
  return {
    lender: report.terms?.lender.name ?? (privateLoan ? BLANK.lenderPrivate : BLANK.lender),
    name: borrowerField(b, 'name'),
    phone: borrowerField(b, 'phone'),
    address: borrowerField(b, 'address'),
    city: borrowerField(b, 'city'),
    firstComplaintDate: BLANK.firstComplaintDate,
    hardship: BLANK.hardship,
    mediator: BLANK.mediator,
    court: BLANK.court,
    counterpartContact: BLANK.counterpartContact,
    today: options.today,
    date: options.today,
    source: options.source === 'page' ? FACTS.generatedFromPage : FACTS.generatedFromBorrower,
  };
}

function evidence(report: Report, v: Record<string, string>, heading: string): string[] {
  const items = report.terms?.lenderType === 'private' ? FRAMES.evidencePrivate : FRAMES.evidence;
  return [heading, ...items.map((e, i) => `${String(i + 1)}. ${fillTemplate(e, v)}`)];
}

function footer(v: Record<string, string>, signature: string): string[] {
  return [
    '',
    fillTemplate(signature, v),
    fillTemplate(FRAMES.dateLine, v),
    '',
    fillTemplate(FRAMES.notLegalAdvice, v),
  ];
}

function paragraphs(points: readonly string[]): string[] {
  return points.map((p, i) => `（${ORDINALS[i] ?? String(i + 1)}）${p}`);
}

function lenderLetter(report: Report, claims: readonly Claim[], options: LetterOptions): Letter {
  const v = vars(report, options);
  const type = report.terms?.lenderType;
  const frame = type === 'private' ? FRAMES.lenderPrivate : FRAMES.lender;
  const c = compose(report, claims, type === 'private' ? '您' : '贵方', new Statutes(true));
  const deadline =
    type === 'bank' || type === 'consumer-finance' ? FRAMES.lender.deadlineBanking : frame.deadline;
  const text = [
    fillTemplate(frame.salutation, v),
    '',
    fillTemplate(frame.opening, v),
    '',
    FRAMES.sections.facts,
    factsParagraph(report, options),
    '',
    FRAMES.sections.points,
    ...paragraphs(c.points),
    '',
    frame.demandsIntro,
    ...numbered(c.demands),
    ...(c.several ? [NOT_ADDED] : []),
    deadline,
    '',
    ...evidence(report, v, FRAMES.sections.evidence),
    ...footer(v, frame.signature),
  ].join('\n');
  return { channel: 'lender', addressee: v.lender ?? BLANK.lender, text };
}

const DISCLOSURE = new Set([
  'apr-understated',
  'apr-missing',
  'apr-less-prominent',
  'apr-simple-unlabelled',
  'fee-outside-apr',
]);

function regulatorLetter(
  report: Report,
  claims: readonly Claim[],
  channel: 'nfra-12378' | 'pboc-12363' | 'local-regulator',
  options: LetterOptions,
): Letter {
  const v = vars(report, options);
  const frame = FRAMES[channel];
  const mine =
    channel === 'pboc-12363' ? claims.filter((c) => DISCLOSURE.has(c.findingId)) : claims;
  const c = compose(report, mine, '被投诉机构', new Statutes(true));
  const type = report.terms?.lenderType;
  const over36 = claims.some((x) => x.findingId === 'cost-over-36');
  // The criminal 非法放贷 opinion concerns lenders 未经监管部门批准: only asked about, and only
  // where the page does not show who lends (legal.md §3.3).
  const question =
    over36 && channel !== 'pboc-12363' && (type === 'unknown' || type === 'platform-unspecified')
      ? [`（${ORDINALS[c.points.length] ?? ''}）${UNLICENSED_QUESTION}`]
      : [];
  const asks = [FRAMES.regulator.first, ...c.asks, FRAMES.regulator.last];
  const text = [
    fillTemplate(frame.salutation, v),
    '',
    fillTemplate(FRAMES.regulator.opening, v),
    '',
    FRAMES.sections.facts,
    factsParagraph(report, options),
    '',
    FRAMES.sections.points,
    ...paragraphs(c.points),
    ...question,
    '',
    FRAMES.regulator.demandsIntro,
    frame.request,
    ...numbered(asks),
    ...(c.several ? [NOT_ADDED] : []),
    FRAMES.regulator.deadline,
    '',
    ...evidence(report, v, FRAMES.sections.evidence),
    ...footer(v, FRAMES.regulator.signature),
  ].join('\n');
  return { channel, addressee: fillTemplate(frame.addressee, v), text };
}

function heimao(report: Report, claims: readonly Claim[], options: LetterOptions): Letter {
  const v = vars(report, options);
  const c = compose(report, claims, '该机构', new Statutes(false), Number.POSITIVE_INFINITY);
  const titles = [
    ...new Set(
      claims
        .map((cl) => report.findings.find((f) => f.id === cl.findingId)?.title)
        .filter((t): t is string => t !== undefined),
    ),
  ];
  // The strongest claim with an amount (never a sum of several).
  const top = groups(claims)
    .flatMap((g) => g.claims)
    .find((cl) => cl.amount !== null);
  const h = FRAMES.heimao;
  const text = [
    fillTemplate(h.object, v),
    fillTemplate(h.problem, { problems: titles.join('；') }),
    fillTemplate(h.demands, { demands: numbered(c.demands).join(' ') }),
    top?.amount == null
      ? h.amountNone
      : fillTemplate(h.amount, {
          amount: `${yuan(top.amount)}元（${SHORT_CITE[top.basis] ?? ''}${c.several ? `；${NOT_ADDED}` : ''}）`,
        }),
    fillTemplate(h.content, { content: `${factsParagraph(report, options)}${c.points.join('')}` }),
    '',
    fillTemplate(FRAMES.notLegalAdvice, v),
  ].join('\n');
  return { channel: 'heimao', addressee: '黑猫投诉', text };
}

function mediation(report: Report, claims: readonly Claim[], options: LetterOptions): Letter {
  const v = vars(report, options);
  const m = FRAMES.mediation;
  const c = compose(report, claims, '被申请人', new Statutes(true));
  const text = [
    m.title,
    fillTemplate(m.salutation, v),
    '',
    fillTemplate(m.parties, v),
    '',
    m.factsHeading,
    factsParagraph(report, options),
    '',
    m.pointsHeading,
    ...paragraphs(c.points),
    '',
    m.demandsIntro,
    ...numbered(c.demands),
    ...(c.several ? [NOT_ADDED] : []),
    m.close,
    '',
    ...evidence(report, v, '四、证据清单'),
    ...footer(v, m.signature),
  ].join('\n');
  return { channel: 'mediation', addressee: `${BLANK.mediator}人民调解委员会`, text };
}

function lawsuit(report: Report, claims: readonly Claim[], options: LetterOptions): Letter {
  const v = vars(report, options);
  const l = FRAMES.lawsuit;
  const c = compose(report, claims, '被告', new Statutes(true));
  const text = [
    l.title,
    '',
    fillTemplate(l.parties, v),
    '',
    l.demandsIntro,
    ...numbered(c.demands),
    ...(c.several ? [NOT_ADDED] : []),
    '',
    l.factsHeading,
    factsParagraph(report, options),
    ...paragraphs(c.points),
    '',
    ...evidence(report, v, '三、证据清单'),
    '',
    fillTemplate(l.close, v),
    ...footer(v, l.signature),
  ].join('\n');
  return { channel: 'lawsuit', addressee: `${BLANK.court}人民法院`, text };
}

function negotiation(report: Report, claims: readonly Claim[], options: LetterOptions): Letter {
  const v: Record<string, string> = {
    ...vars(report, options),
    you: report.terms?.lenderType === 'private' ? '您' : '贵方',
  };
  const w = NEGOTIATION;
  const terms = report.terms;
  const on670 = claims.some((c) => c.kind === 'deduction-670');
  const base = on670 ? (terms?.received ?? null) : (terms?.principal ?? terms?.received ?? null);
  const plan = base === null ? null : installmentPlan(base, options.months ?? 12);
  const planLine = fillTemplate(w.plan, {
    base: base === null ? BLANK.received : yuan(base),
    startMonth: nextMonthLabel(options.today),
    months: plan === null ? BLANK.months : String(plan.months),
    installment: plan === null ? BLANK.installment : yuan(plan.installment),
    lastNote:
      plan === null || plan.last === plan.installment
        ? ''
        : fillTemplate(w.lastNote, { last: yuan(plan.last) }),
  });
  const text = [
    fillTemplate(w.salutation, v),
    '',
    fillTemplate(w.opening, v) + factsParagraph(report, options),
    '',
    fillTemplate(w.hardship, v),
    '',
    planLine +
      (on670 && terms?.received != null
        ? fillTemplate(w.planOnReceived, { received: yuan(terms.received) })
        : ''),
    '',
    fillTemplate(w.writing, v),
    '',
    fillTemplate(w.fees, v),
    '',
    fillTemplate(w.closing, v),
    ...footer(v, w.signature),
  ].join('\n');
  return { channel: 'negotiation', addressee: v.lender ?? BLANK.lender, text };
}

/** The letter for one channel. A report without loan terms has no letters. */
export function composeLetter(
  report: Report,
  claims: readonly Claim[],
  channel: ChannelId,
  options: LetterOptions,
): Letter | null {
  if (report.terms === null) return null;
  if (REGULATORS.has(channel)) {
    return regulatorLetter(
      report,
      claims,
      channel as 'nfra-12378' | 'pboc-12363' | 'local-regulator',
      options,
    );
  }
  switch (channel) {
    case 'lender':
      return lenderLetter(report, claims, options);
    case 'heimao':
      return heimao(report, claims, options);
    case 'mediation':
      return mediation(report, claims, options);
    case 'lawsuit':
      return lawsuit(report, claims, options);
    case 'negotiation':
      return negotiation(report, claims, options);
    default:
      return null;
  }
}
