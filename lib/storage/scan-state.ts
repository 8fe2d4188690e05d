import { z } from 'zod';

import { scanErrors } from '@/lib/messaging/protocol';

/** What the popup shows while a scan runs or after it failed (the report itself is stored apart). */
export const scanStateSchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('scanning'), startedAt: z.string() }),
  z.object({
    state: z.literal('done'),
    finishedAt: z.string(),
    /** The report is shown, but the history could not take it (full: the storage quota). */
    historyNotSaved: z.enum(['full', 'failed']).optional(),
  }),
  z.object({ state: z.literal('error'), error: z.enum(scanErrors) }),
]);

export type ScanState = z.infer<typeof scanStateSchema>;
