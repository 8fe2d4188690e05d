/**
 * The negotiation letter (Chinese): the seed article's steps in order — who I am and what I owe,
 * the hardship in the borrower's own words, what the law supports, a plan with amounts and dates,
 * a pause of 罚息 and collection while it is discussed, no third parties, the agreement in writing
 * with its contents (民法典第668条), every fee itemised (第670条), a 结清证明 at the end. It accuses
 * nothing the borrower did not add: problems come only from the borrower (or the page's audit),
 * incidents only from the borrower's own contact log.
 */
import { NEGOTIATION_CITATIONS as N } from '@/lib/law/negotiation-citations';
import type { LegalBasis } from '@/lib/model/report';
import { formatMoney, formatRate } from '@/lib/text/format';
import type { Borrower } from '@/lib/model/settings';
import type { ContactEntry } from '@/lib/model/contact';

import type { NegotiationCase } from './case';
import { contactLine, entriesFor, incidentLines } from './contact-lines';
import { citationList, fill, shortBasis, zhDate } from './fill';
import type { Plan } from './plans';
import type { Supportable } from './supportable';
import { LETTER, LINE_NAMES, NOT_LEGAL_ADVICE } from './wording';
import { INCIDENT_BASIS, incidentsOf } from './incidents';

export interface LetterOptions {
  borrower: Borrower;
  /** ISO date the letter is dated. */
  today: string;
  plan: Plan | null;
  contacts: readonly ContactEntry[];
}

const PLACEHOLDER = {
  name: '【您的姓名】',
  phone: '【联系电话】',
  idNumber: '【身份证号】',
  lender: '【放款机构名称】',
  hardship: '【困难原因，如失业、疾病、收入减少】',
} as const;

const or = (value: string, placeholder: string): string =>
  value.trim() === '' ? placeholder : value.trim();
const m = (amount: string): string => formatMoney(amount);

function isLpr(b: LegalBasis): boolean {
  return b.instrument.startsWith('一年期贷款市场报价利率');
}

function planParagraph(plan: Plan | null, c: NegotiationCase, debt: string): string | null {
  if (plan === null)
    return debt === '0.00' ? null : fill(LETTER.planNone, { capacity: m(c.monthlyCapacity) });
  if (plan.kind === 'settlement')
    return fill(LETTER.planSettlement, {
      first: zhDate(plan.dueDates[0] ?? c.asOf),
      total: m(plan.total),
      waiverNote:
        plan.total === plan.capacity && plan.capacity !== '' ? LETTER.settlementWaiver : '',
    });
  const first = plan.dueDates[0] ?? c.asOf;
  return fill(LETTER.planInstalments, {
    debt: m(debt),
    interestNote:
      c.planRate === '0'
        ? LETTER.planInterestFree
        : fill(LETTER.planInterest, { rate: formatRate(c.planRate) }),
    total: m(plan.total),
    first: zhDate(first),
    periods: String(plan.periods),
    day: String(Number(first.slice(8, 10))),
    payment: m(plan.payment),
    lastNote: plan.last === plan.payment ? '' : fill(LETTER.planLastNote, { last: m(plan.last) }),
    lastDate: zhDate(plan.dueDates.at(-1) ?? first),
    capacity: m(c.monthlyCapacity),
  });
}

export function composeLetter(
  c: NegotiationCase,
  result: Supportable,
  options: LetterOptions,
): string {
  const b = options.borrower;
  const vars = {
    lender: or(c.lender, PLACEHOLDER.lender),
    name: or(b.name, PLACEHOLDER.name),
    phone: or(b.phone, PLACEHOLDER.phone),
    idNumber: or(b.idNumber, PLACEHOLDER.idNumber),
    hardship: or(c.hardship.replace(/[。.]+$/, ''), PLACEHOLDER.hardship),
    contractDate: zhDate(c.contractDate),
    principal: m(c.principal),
    received: m(c.received),
    asOf: zhDate(c.asOf),
    repaid: m(c.repaid),
    overdueSince: zhDate(c.overdueSince),
    owedPrincipal: m(result.demanded.principal),
    owedInterest: m(result.demanded.interest),
    penalty: m(result.demanded.penalty),
    damages: m(result.demanded.damages),
    fees: m(result.demanded.fees),
    demandedTotal: m(result.demanded.total),
    today: zhDate(options.today),
  };
  const used: LegalBasis[] = [];
  const paragraphs: string[] = [
    fill(LETTER.salutation, vars),
    fill(LETTER.opening, vars),
    fill(LETTER.hardship, vars),
  ];

  const contacts = entriesFor(options.contacts, c.lender);
  if (contacts.length > 0)
    paragraphs.push([LETTER.contacts, ...contacts.map(contactLine)].join('\n'));

  const lawSteps = result.steps.filter(
    (s) => s.basis.length > 0 && s.id !== 'credit-card-instalment',
  );
  const laws = lawSteps.flatMap((s) => s.basis).filter((x) => !isLpr(x));
  used.push(...laws);
  const figures = fill(LETTER.figures, vars);
  if (result.disputed.total === '0.00' || result.disputed.total.startsWith('-')) {
    paragraphs.push(`${figures}${LETTER.computedSame}`);
  } else {
    paragraphs.push(
      figures +
        fill(LETTER.computedLess, {
          laws: citationList(laws),
          lineName: LINE_NAMES[result.line.kind].zh,
          supportableTotal: m(result.supportable.total),
          principal: m(result.supportable.principal),
          interest: m(result.supportable.interest),
          overdue: m(result.supportable.overdueCharges),
          disputedTotal: m(result.disputed.total),
          askReduce: result.line.borrowerMustAsk
            ? LETTER.askReduceLicensed
            : LETTER.askReducePrivate,
        }),
    );
  }

  const plan = planParagraph(options.plan, c, result.supportable.total);
  if (plan !== null) paragraphs.push(plan);
  paragraphs.push(LETTER.pause);
  if (c.lenderType === 'credit-card') {
    paragraphs.push(LETTER.cardInstalment);
    used.push(N.cardMeasures70);
  }
  const thirdParty: LegalBasis[] =
    c.lenderType === 'credit-card'
      ? [N.pipl10, N.civilCode1033, N.cardMeasures68]
      : [N.pipl10, N.civilCode1033];
  used.push(...thirdParty);
  paragraphs.push(fill(LETTER.thirdParty, { thirdPartyLaws: citationList(thirdParty) }));

  const incidents = contacts.flatMap(incidentLines);
  if (incidents.length > 0) {
    paragraphs.push([LETTER.incidents, ...incidents.map((l, i) => `${i + 1}. ${l}`)].join('\n'));
    used.push(...contacts.flatMap((e) => incidentsOf(e).flatMap((k) => INCIDENT_BASIS[k])));
  }
  if (c.problems.length > 0)
    paragraphs.push([LETTER.problems, ...c.problems.map((p, i) => `${i + 1}. ${p}`)].join('\n'));

  paragraphs.push(
    [
      LETTER.writing,
      ...LETTER.writingItems.map((item, i) => `（${'一二三四五'[i] ?? String(i + 1)}）${item}`),
    ].join('\n'),
    LETTER.fees,
    LETTER.settlementProof,
    LETTER.closing,
    [fill(LETTER.signature, vars), fill(LETTER.date, vars)].join('\n'),
  );
  const uncertain = [...new Set(used.filter((x) => !x.confirmed).map(shortBasis))];
  if (uncertain.length > 0)
    paragraphs.push(fill(LETTER.uncertain, { names: uncertain.join('、') }));
  paragraphs.push(NOT_LEGAL_ADVICE);
  return paragraphs.join('\n\n');
}
