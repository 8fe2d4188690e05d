/**
 * Runs the catalogue: settles the lender type, the contract date and the LPR once, then every rule
 * in registry order, and turns each verdict into a report Finding (texts filled from the rule's
 * message data, bases picked, honesty notes added). Pure: no DOM, no browser APIs.
 */
import { LPR_INSTRUMENT, lprOn } from '@/lib/law/lpr';
import { isIsoDate } from '@/lib/dates/iso';
import type { Finding, LegalBasis, LprUsed, Severity } from '@/lib/model/report';
import type { LenderType } from '@/lib/model/terms';
import type { RuleContext, RuleInput } from './context';
import type { AnyRule, MessageText, Reporter } from './define-rule';
import { rules } from './index';
import { resolveLender } from './lender-type';
import { LENDER_TYPE_NAMES, SHARED_MESSAGES } from './shared-messages';
import { fillTemplate } from '@/lib/text/template';

export interface RulesResult {
  findings: Finding[];
  lpr: LprUsed | null;
  lenderType: LenderType;
  lenderEvidence: string | null;
}

export function runRules(ctx: RuleContext): RulesResult {
  const input = prepare(ctx);
  return {
    findings: rules.map((rule) => evaluate(rule, input)),
    lpr: input.lpr,
    lenderType: input.lenderType,
    lenderEvidence: input.lenderEvidence,
  };
}

/** One rule on one context, as `runRules` would report it (for the rule tests and examples). */
export function evaluateRule(rule: AnyRule, ctx: RuleContext): Finding {
  return evaluate(rule, prepare(ctx));
}

function prepare(ctx: RuleContext): RuleInput {
  const lender = resolveLender(ctx.terms, ctx.lenderTypeOverride);
  const shown = ctx.terms.contractDate;
  const contractDateShown = shown !== null && isIsoDate(shown);
  const contractDate = contractDateShown ? shown : ctx.today;
  return {
    ...ctx,
    lenderType: lender.type,
    lenderEvidence: lender.evidence,
    contractDate,
    contractDateShown,
    lpr: lprOn(contractDate, ctx.userLpr),
  };
}

const reporter: Reporter<Record<string, MessageText>, string> = {
  pass: (messageId, data, extra) => ({ outcome: 'pass', messageId, data, ...extra }),
  fail: (messageId, data, extra) => ({ outcome: 'fail', messageId, data, ...extra }),
  incomplete: (messageId, data, missing, extra) => ({
    outcome: 'incomplete',
    messageId,
    data,
    missing,
    ...extra,
  }),
  inapplicable: (messageId, data, extra) => ({
    outcome: 'inapplicable',
    messageId,
    data,
    ...extra,
  }),
};

function evaluate(rule: AnyRule, input: RuleInput): Finding {
  const allBasis = Object.values(rule.basis);
  if (rule.appliesTo !== 'all' && !rule.appliesTo.includes(input.lenderType)) {
    return notForLenderType(rule, rule.appliesTo, input.lenderType, allBasis);
  }
  const verdict = rule.check(input, reporter);
  const message = rule.messages[verdict.messageId];
  if (message === undefined) throw new Error(`${rule.id}: unknown message ${verdict.messageId}`);
  const basis = [
    ...(verdict.basis === undefined ? allBasis : verdict.basis.map((key) => pick(rule, key))),
    ...(verdict.extraBasis ?? []),
  ];

  let severity: Severity = verdict.severity ?? rule.severity;
  let zh = fillTemplate(message.zh, verdict.data);
  let en = fillTemplate(message.en, verdict.data);
  if (verdict.outcome === 'fail') {
    const unconfirmed = basis.filter((b) => !b.confirmed && b.instrument !== LPR_INSTRUMENT);
    if (unconfirmed.length > 0) {
      severity = lower(severity);
      const data = {
        instruments: unconfirmed.map((b) => `${b.instrument}${b.article}`).join('、'),
      };
      zh += fillTemplate(SHARED_MESSAGES.unconfirmedBasis.zh, data);
      en += ` ${fillTemplate(SHARED_MESSAGES.unconfirmedBasis.en, data)}`;
    }
    const lprUncertain = basis.find((b) => !b.confirmed && b.instrument === LPR_INSTRUMENT);
    if (lprUncertain !== undefined) {
      severity = lower(severity);
      const data = { date: lprUncertain.effective ?? '' };
      zh += fillTemplate(SHARED_MESSAGES.lprNewerUnknown.zh, data);
      en += ` ${fillTemplate(SHARED_MESSAGES.lprNewerUnknown.en, data)}`;
    }
    const notYet = notYetInForce(basis, input);
    if (notYet !== null) {
      severity = lower(severity);
      const data = { effective: notYet, contractDate: input.contractDate };
      zh += fillTemplate(SHARED_MESSAGES.notYetInForce.zh, data);
      en += ` ${fillTemplate(SHARED_MESSAGES.notYetInForce.en, data)}`;
    }
  }

  const finding: Finding = {
    id: rule.id,
    severity,
    outcome: verdict.outcome,
    title: rule.title,
    titleEn: rule.titleEn,
    explanation: { zh, en },
    basis,
    evidence: [...(verdict.evidence ?? [])],
    data: { ...verdict.figures, ...verdict.data },
  };
  if (verdict.outcome === 'fail') {
    if (message.complaint === undefined || message.demands === undefined) {
      throw new Error(`${rule.id}: message ${verdict.messageId} fails without a complaint`);
    }
    finding.complaint = fillTemplate(message.complaint, verdict.data);
    finding.demands = message.demands.map((d) => fillTemplate(d, verdict.data));
  }
  if (verdict.outcome === 'incomplete') finding.missing = [...(verdict.missing ?? [])];
  return finding;
}

function pick(rule: AnyRule, key: string): LegalBasis {
  const basis = rule.basis[key];
  if (basis === undefined) throw new Error(`${rule.id}: unknown basis ${key}`);
  return basis;
}

/** A warning stays a warning; a violation resting on a doubtful basis becomes one. */
function lower(severity: Severity): Severity {
  return severity === 'violation' ? 'warning' : severity;
}

/** The earliest effective date, when every dated basis took effect after the shown contract date. */
function notYetInForce(basis: readonly LegalBasis[], input: RuleInput): string | null {
  if (!input.contractDateShown) return null;
  const dates = basis.map((b) => b.effective);
  if (dates.length === 0 || dates.some((d) => d === undefined || d <= input.contractDate))
    return null;
  return dates.filter((d): d is string => d !== undefined).sort()[0] ?? null;
}

function notForLenderType(
  rule: AnyRule,
  types: readonly LenderType[],
  actual: LenderType,
  basis: LegalBasis[],
): Finding {
  const data = {
    types: types.map((t) => LENDER_TYPE_NAMES[t].zh).join('、'),
    typesEn: types.map((t) => LENDER_TYPE_NAMES[t].en).join(', '),
    type: LENDER_TYPE_NAMES[actual].zh,
    typeEn: LENDER_TYPE_NAMES[actual].en,
  };
  return {
    id: rule.id,
    severity: rule.severity,
    outcome: 'inapplicable',
    title: rule.title,
    titleEn: rule.titleEn,
    explanation: {
      zh: fillTemplate(SHARED_MESSAGES.notForLenderType.zh, data),
      en: fillTemplate(SHARED_MESSAGES.notForLenderType.en, data),
    },
    basis,
    evidence: [],
    data,
  };
}
