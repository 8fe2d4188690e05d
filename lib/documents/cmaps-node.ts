/**
 * pdf.js's CMaps read from pdfjs-dist's files, for the CLI and the tests on Node (the extension
 * bundles the same files, `cmaps-bundled.ts`).
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

import type { CMapLoader } from './pdf-text';

const dir = join(
  dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')),
  'cmaps',
);

export const loadCMapFromDisk: CMapLoader = async (name) => {
  if (!/^[\w-]+\.bcmap$/.test(name)) throw new Error(`not a CMap name: ${name}`);
  return new Uint8Array(await readFile(join(dir, name)));
};
