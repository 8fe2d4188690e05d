/**
 * Automatic checking, opt-in per site (design.md §7): the borrower grants an optional host
 * permission in the options page; the scanner is then registered for exactly the granted sites,
 * and each visit's report lands in the tab's badge. Revoking the permission unregisters it.
 */
import { browser } from 'wxt/browser';

import { analyseExtraction } from '@/lib/analysis/analyse';
import { parseExtraction } from '@/lib/messaging/raw-extraction-schema';
import { LIMITS } from '@/lib/model/extraction-limits';
import type { Report } from '@/lib/model/report';
import { isViolation } from '@/lib/model/findings';
import { loadSettings } from '@/lib/storage/store';

import { storeScan } from './store-scan';

const scriptId = 'loanlens-auto-scan';
const scriptFile = '/auto-scan.js';

/** The host patterns the borrower granted (optional_host_permissions), e.g. "https://example.com/*". */
async function grantedOrigins(): Promise<string[]> {
  return (await browser.permissions.getAll()).origins ?? [];
}

/** Makes the registered scanner match exactly the granted sites. */
export async function syncAutoScan(): Promise<void> {
  const origins = await grantedOrigins();
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [scriptId] });
  if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: [scriptId] });
  if (origins.length === 0) return;
  await browser.scripting.registerContentScripts([
    {
      id: scriptId,
      matches: origins,
      js: [scriptFile],
      runAt: 'document_idle',
      persistAcrossSessions: true,
    },
  ]);
}

function badgeText(report: Report): string {
  if (report.terms === null) return '';
  const violations = report.findings.filter(isViolation).length;
  return violations === 0 ? '✓' : String(violations);
}

/**
 * A reading from the auto-scanner. Accepted only from this extension's content script in the top
 * frame of a tab whose site the borrower allowed; anything else is dropped without a trace.
 */
export async function acceptAutoScan(
  extraction: unknown,
  tab: { id: number; url: string },
): Promise<void> {
  // The same pattern the options page asks for: scheme and host, no port (AutoCheckSettings.tsx).
  const url = URL.canParse(tab.url) ? new URL(tab.url) : null;
  const pattern = url === null ? null : `${url.protocol}//${url.hostname}/*`;
  if (pattern === null || !(await browser.permissions.contains({ origins: [pattern] }))) return;
  const raw = parseExtraction(extraction);
  // A reading cut to LIMITS.url carries the start of a longer address.
  if (raw === null || raw.url !== tab.url.slice(0, LIMITS.url)) return;
  const settings = await loadSettings();
  const report = analyseExtraction(raw, {
    input: raw.url,
    settings,
    now: new Date().toISOString(),
  });
  // Unreadable or unstorable: no badge claims a verdict the popup cannot show.
  if (!(await storeScan(tab.id, report)).ok) return;
  const text = badgeText(report);
  await browser.action.setBadgeText({ tabId: tab.id, text });
  await browser.action.setBadgeBackgroundColor({
    tabId: tab.id,
    color: text === '✓' ? '#1a6b3c' : '#b42318',
  });
}
