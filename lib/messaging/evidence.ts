/**
 * extension page → background: "save the evidence of this tab" (the popup, under the toolbar
 * click's activeTab grant) and "give me this tab's visible text" (the negotiation assistant,
 * to pre-fill an overdue notice's figures). Codes come back, never sentences: the page words them.
 */
import { z } from 'zod';

const tabId = z.number().int().nonnegative();

export const evidenceRequestSchema = z.object({ type: z.literal('evidencePack'), tabId });
export const pageTextRequestSchema = z.object({ type: z.literal('pageText'), tabId });

export type EvidenceRequest = z.infer<typeof evidenceRequestSchema>;
export type PageTextRequest = z.infer<typeof pageTextRequestSchema>;

export const evidenceProblems = [
  'no-report',
  'not-active',
  'capture-failed',
  'page-unreadable',
] as const;
export type EvidenceProblem = (typeof evidenceProblems)[number];

export const evidenceResponseSchema = z.union([
  z.object({ ok: z.literal(true), fileName: z.string().max(300), base64: z.string() }),
  z.object({
    ok: z.literal(false),
    problem: z.enum(evidenceProblems),
  }),
]);

export const pageTextResponseSchema = z.union([
  z.object({ ok: z.literal(true), text: z.string(), url: z.string() }),
  z.object({ ok: z.literal(false) }),
]);

export type EvidenceResponse = z.infer<typeof evidenceResponseSchema>;
export type PageTextResponse = z.infer<typeof pageTextResponseSchema>;
