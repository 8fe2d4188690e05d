/**
 * The borrower's settings, kept only in this browser (storage.local). Versioned: `readSettings`
 * turns whatever an older version stored into the current shape, field by field; a field that is
 * unreadable falls back to its default alone, and is named so the options page can say so.
 */
import { z } from 'zod';

import {
  borrowerLimits,
  userLprCap,
  type Borrower,
  type Settings,
  type SettingsField,
} from '@/lib/model/settings';
import { lenderTypeSchema } from '@/lib/model/vocabulary-schemas';

const borrowerSchema = z.object({
  name: z.string().max(borrowerLimits.name),
  phone: z.string().max(borrowerLimits.phone),
  idNumber: z.string().max(borrowerLimits.idNumber),
  address: z.string().max(borrowerLimits.address),
  city: z.string().max(borrowerLimits.city),
}) satisfies z.ZodType<Borrower>;

const userLprEntry = z.object({
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  value: z.string().regex(/^0\.\d{1,6}$/),
});

const settingsSchema = z.object({
  schemaVersion: z.literal(1),
  language: z.enum(['zh-CN', 'en']),
  lenderTypeOverride: lenderTypeSchema.nullable(),
  userLpr: z.array(userLprEntry).max(userLprCap),
  borrower: borrowerSchema,
}) satisfies z.ZodType<Settings>;

export type { Borrower, Settings, SettingsField } from '@/lib/model/settings';
export { borrowerLimits, userLprCap } from '@/lib/model/settings';

export const defaultSettings: Settings = {
  schemaVersion: 1,
  language: 'zh-CN',
  lenderTypeOverride: null,
  userLpr: [],
  borrower: { name: '', phone: '', idNumber: '', address: '', city: '' },
};

export interface SettingsReading {
  settings: Settings;
  /** Fields that were present but invalid: they fell back to their defaults. */
  dropped: SettingsField[];
}

const borrowerKeys = Object.keys(borrowerLimits) as (keyof Borrower)[];
const allFields: SettingsField[] = [
  'language',
  'lenderTypeOverride',
  'userLpr',
  ...borrowerKeys.map((k) => `borrower.${k}` as const),
];

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Reads stored settings field by field: one value out of bounds (a 50-character phone number, an
 * LPR typed wrongly by an older version) falls back to its default alone and is named in
 * `dropped`; the name, ID number, address, LPR values and lender type beside it are kept. A field
 * that is simply absent (an older version never wrote it) takes its default without a word.
 */
export function readSettings(stored: unknown): SettingsReading {
  const whole = settingsSchema.safeParse(stored);
  if (whole.success) return { settings: whole.data, dropped: [] };
  if (stored === undefined || stored === null) return { settings: defaultSettings, dropped: [] };
  if (!isRecord(stored)) return { settings: defaultSettings, dropped: allFields };

  const dropped: SettingsField[] = [];
  const field = <T>(name: SettingsField, value: unknown, schema: z.ZodType<T>, fallback: T): T => {
    if (value === undefined) return fallback;
    const parsed = schema.safeParse(value);
    if (parsed.success) return parsed.data;
    dropped.push(name);
    return fallback;
  };

  const language = field(
    'language',
    stored.language,
    settingsSchema.shape.language,
    defaultSettings.language,
  );
  const lenderTypeOverride = field(
    'lenderTypeOverride',
    stored.lenderTypeOverride,
    settingsSchema.shape.lenderTypeOverride,
    defaultSettings.lenderTypeOverride,
  );

  // LPR values one by one: a bad entry does not take the good ones with it.
  let userLpr: Settings['userLpr'] = [];
  if (Array.isArray(stored.userLpr)) {
    const good = stored.userLpr.flatMap((e: unknown) => {
      const parsed = userLprEntry.safeParse(e);
      return parsed.success ? [parsed.data] : [];
    });
    if (good.length < stored.userLpr.length || good.length > userLprCap) dropped.push('userLpr');
    userLpr = good.slice(-userLprCap);
  } else if (stored.userLpr !== undefined) {
    dropped.push('userLpr');
  }

  const storedBorrower = isRecord(stored.borrower) ? stored.borrower : {};
  if (stored.borrower !== undefined && !isRecord(stored.borrower))
    dropped.push(...borrowerKeys.map((k) => `borrower.${k}` as const));
  const borrower = { ...defaultSettings.borrower };
  for (const key of borrowerKeys)
    borrower[key] = field(
      `borrower.${key}`,
      storedBorrower[key],
      borrowerSchema.shape[key],
      defaultSettings.borrower[key],
    );

  return {
    settings: { schemaVersion: 1, language, lenderTypeOverride, userLpr, borrower },
    dropped,
  };
}

/** The settings an older or damaged store holds, every readable field kept (see readSettings). */
export function migrateSettings(stored: unknown): Settings {
  return readSettings(stored).settings;
}
