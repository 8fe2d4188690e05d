/**
 * The negotiation assistant's computation, shared by the extension page and `npm run negotiate`:
 * a validated case → what the law supports (with steps) → plans sized to the borrower → the
 * letter and the phone script. Pure: no browser, no clock (dates come in).
 */
import type { UserLpr } from '@/lib/law/lpr';
import type { ContactEntry } from '@/lib/model/contact';
import type { Borrower } from '@/lib/model/settings';

import type { NegotiationCase } from './case';
import { composeLetter } from './letter';
import { phoneScript, type PhoneScript } from './phone-script';
import { sizePlans, type Plan, type PlanKind, type Plans } from './plans';
import { supportable, type Supportable } from './supportable';

export interface NegotiationOptions {
  borrower: Borrower;
  userLpr: readonly UserLpr[];
  contacts: readonly ContactEntry[];
  today: string;
  /** The plan the letter proposes; default: the first that fits. */
  chosen?: PlanKind | null;
}

export interface Negotiation extends Supportable, Plans {
  chosen: Plan | null;
  letter: string;
  phone: PhoneScript;
}

export function negotiate(c: NegotiationCase, options: NegotiationOptions): Negotiation {
  const result = supportable(c, options.userLpr);
  const plans = sizePlans(c, result.supportable.total);
  const chosen = plans.plans.find((p) => p.kind === options.chosen) ?? plans.plans[0] ?? null;
  return {
    ...result,
    ...plans,
    chosen,
    letter: composeLetter(c, result, {
      borrower: options.borrower,
      today: options.today,
      plan: chosen,
      contacts: options.contacts,
    }),
    phone: phoneScript(c, result.supportable.total, chosen, options.borrower),
  };
}

export type { NegotiationCase } from './case';
export type { Plan, PlanKind } from './plans';
export type { Step } from './supportable';
