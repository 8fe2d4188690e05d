import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { chromeBuildDir } from '../../cli/paths';

import { expect, test } from './support';

// design.md §7: activeTab, scripting and storage at install; no host access, no content script on
// every site; automatic checking only through optional host permissions the borrower grants.
test('the built manifest asks for no more than design.md §7 allows', () => {
  const manifest = JSON.parse(
    readFileSync(join(chromeBuildDir, 'manifest.json'), 'utf8'),
  ) as Record<string, unknown>;
  expect(manifest.manifest_version).toBe(3);
  expect([...((manifest.permissions as string[] | undefined) ?? [])].sort()).toEqual([
    'activeTab',
    'scripting',
    'storage',
  ]);
  expect(manifest.host_permissions ?? []).toEqual([]);
  expect(manifest.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
  expect(manifest.optional_permissions ?? []).toEqual([]);
  expect(manifest.content_scripts ?? []).toEqual([]);
  expect(JSON.stringify(manifest)).not.toContain('<all_urls>');
  // The extension's pages are its own: it replaces no browser page (a page named like `history`,
  // `newtab` or `bookmarks` becomes an override in WXT), exposes no file to web pages and accepts
  // no message from them.
  expect(manifest.chrome_url_overrides).toBeUndefined();
  expect(manifest.web_accessible_resources).toBeUndefined();
  expect(manifest.externally_connectable).toBeUndefined();
  const csp = (manifest.content_security_policy as { extension_pages?: string } | undefined)
    ?.extension_pages;
  if (csp !== undefined) expect(csp).not.toMatch(/unsafe-eval|https?:/);
});
