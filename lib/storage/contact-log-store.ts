/** The contact log in storage.local (lib/storage/contact-log.ts has its shape and migration). */
import { browser } from 'wxt/browser';

import { migrateContactLog, type ContactLog } from './contact-log';
import { contactLogKey } from './keys';

export async function loadContactLog(): Promise<ContactLog> {
  const got = await browser.storage.local.get(contactLogKey);
  return migrateContactLog(got[contactLogKey]);
}

export async function saveContactLog(log: ContactLog): Promise<void> {
  await browser.storage.local.set({ [contactLogKey]: log });
}
