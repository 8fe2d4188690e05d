import { existsSync, readFileSync } from 'node:fs';
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
  // The one relaxation design.md §7 allows: WebAssembly (local OCR) in the extension's own pages;
  // never eval of strings, never a remote script.
  expect(csp).toBe("script-src 'self' 'wasm-unsafe-eval'; object-src 'self'");
  expect(csp).not.toMatch(/(?<!wasm-)unsafe-eval|https?:/);
  expect(JSON.stringify(manifest.content_security_policy)).not.toContain('content_scripts');
});

test('the package lists its icons at 16, 32, 48 and 128 px, and each is a PNG of that size', () => {
  const manifest = JSON.parse(readFileSync(join(chromeBuildDir, 'manifest.json'), 'utf8')) as {
    icons?: Record<string, string>;
    action?: { default_icon?: Record<string, string> };
  };
  for (const listed of [manifest.icons, manifest.action?.default_icon]) {
    expect(Object.keys(listed ?? {}).sort()).toEqual(['128', '16', '32', '48']);
    for (const [size, path] of Object.entries(listed ?? {})) {
      const file = join(chromeBuildDir, path);
      expect(existsSync(file), path).toBe(true);
      const png = readFileSync(file);
      // PNG signature, then the IHDR chunk's width and height (big-endian, bytes 16–23).
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([Number(size), Number(size)]);
    }
  }
});
