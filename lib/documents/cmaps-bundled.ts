/**
 * pdf.js's CMaps for Chinese (GB, GBK, Big5, CNS, HKSCS and the Unicode ones), packaged inside the
 * extension: each one is its own lazily loaded chunk, so a contract in STSong-Light costs the
 * CMaps it names and nothing is fetched. Japanese and Korean CMaps are not shipped.
 */
import type { CMapLoader } from './pdf-text';

const files = import.meta.glob<string>(
  '/node_modules/pdfjs-dist/cmaps/{Adobe-GB1,Adobe-CNS1,GB,UniGB,B5,CNS,ETen,ETHK,HK,UniCNS}*.bcmap',
  { query: '?inline', import: 'default' },
);

function decodeDataUrl(url: string): Uint8Array {
  const base64 = url.slice(url.indexOf(',') + 1);
  const bin = atob(base64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

export const loadBundledCMap: CMapLoader = async (name) => {
  const load = files[`/node_modules/pdfjs-dist/cmaps/${name}`];
  if (!load) throw new Error(`CMap ${name} is not shipped`);
  return decodeDataUrl(await load());
};
