/**
 * The assistant's last form, kept in storage.local so closing the tab loses nothing the borrower
 * typed. Validated on read: anything that does not parse is dropped, and the form starts empty.
 */
import { browser } from 'wxt/browser';
import { z } from 'zod';

import { NEGOTIATION_LENDER_TYPES } from '@/lib/negotiate/case';
import type { NegotiationDraft } from '@/lib/negotiate/draft';

import { negotiationDraftKey } from './keys';

const text = z.string().max(4000);

const draftSchema = z.object({
  schemaVersion: z.literal(1),
  draft: z.object({
    lenderType: z.enum(NEGOTIATION_LENDER_TYPES),
    lender: text,
    contractDate: text,
    principal: text,
    received: text,
    annualRate: text,
    repaid: text,
    owedPrincipal: text,
    owedInterest: text,
    owedPenalty: text,
    owedDamages: text,
    owedFees: text,
    overdueSince: text,
    asOf: text,
    monthlyCapacity: text,
    lumpSum: text,
    planRate: text,
    firstDue: text,
    hardship: text,
    problems: text,
  }) satisfies z.ZodType<NegotiationDraft>,
});

export function parseNegotiationDraft(stored: unknown): NegotiationDraft | null {
  const parsed = draftSchema.safeParse(stored);
  return parsed.success ? parsed.data.draft : null;
}

export async function loadNegotiationDraft(): Promise<NegotiationDraft | null> {
  const got = await browser.storage.local.get(negotiationDraftKey);
  return parseNegotiationDraft(got[negotiationDraftKey]);
}

export async function saveNegotiationDraft(draft: NegotiationDraft): Promise<void> {
  await browser.storage.local.set({ [negotiationDraftKey]: { schemaVersion: 1, draft } });
}
