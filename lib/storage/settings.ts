/**
 * The borrower's settings, kept only in this browser (storage.local). Versioned: `migrateSettings`
 * turns whatever an older version stored into the current shape, and anything unreadable falls
 * back to the defaults instead of breaking the popup.
 */
import { z } from 'zod';

import type { Borrower, Settings } from '@/lib/model/settings';
import { lenderTypeSchema } from '@/lib/model/vocabulary-schemas';

const borrowerSchema: z.ZodType<Borrower> = z.object({
  name: z.string().max(100),
  phone: z.string().max(40),
  idNumber: z.string().max(40),
  address: z.string().max(300),
  city: z.string().max(100),
});

const settingsSchema: z.ZodType<Settings> = z.object({
  schemaVersion: z.literal(1),
  language: z.enum(['zh-CN', 'en']),
  lenderTypeOverride: lenderTypeSchema.nullable(),
  userLpr: z
    .array(
      z.object({
        date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
        value: z.string().regex(/^0\.\d{1,6}$/),
      }),
    )
    .max(120),
  borrower: borrowerSchema,
});

export type { Borrower, Settings } from '@/lib/model/settings';

export const defaultSettings: Settings = {
  schemaVersion: 1,
  language: 'zh-CN',
  lenderTypeOverride: null,
  userLpr: [],
  borrower: { name: '', phone: '', idNumber: '', address: '', city: '' },
};

export function migrateSettings(stored: unknown): Settings {
  const parsed = settingsSchema.safeParse(stored);
  if (parsed.success) return parsed.data;
  // A partial or older object keeps every field that still validates.
  if (typeof stored !== 'object' || stored === null) return defaultSettings;
  const merged = { ...defaultSettings, ...(stored as Record<string, unknown>), schemaVersion: 1 };
  const retry = settingsSchema.safeParse(merged);
  return retry.success ? retry.data : defaultSettings;
}
