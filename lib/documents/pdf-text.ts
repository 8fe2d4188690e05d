/**
 * A PDF's text layer → positioned text. pdf.js (bundled by unpdf, which also loads on Node 20 for
 * the tests and the CLI) gives one item per font run; Chinese text in a standard CID font
 * (STSong-Light, not embedded) needs the CMaps shipped with the extension, without which it comes
 * back empty. Items are normalised (NFKC + radicals); fragments on one line are joined later by
 * the layout (`layout.ts`). A page with no text at all is a scan: its number is returned so the
 * caller can run OCR on its rendering.
 */
import type { PDFDocumentProxy } from 'unpdf/pdfjs';

import { normalizeCjk } from './cjk-radicals';
import type { DocumentPage, PositionedText } from './model';

export interface PdfText {
  pages: DocumentPage[];
  items: PositionedText[];
  /** 1-based page numbers (in this file) that have no text layer. */
  scanned: number[];
  /** The document's own title (a printed web page keeps its <title>), or ''. */
  title: string;
  pdf: PDFDocumentProxy;
}

export interface PdfOptions {
  /** Page index (among all files given together) of this file's first page. */
  firstPage: number;
  file: number;
}

interface TextItemLike {
  str: string;
  transform: number[];
  width: number;
  height: number;
}

function isTextItem(x: unknown): x is TextItemLike {
  return typeof x === 'object' && x !== null && 'str' in x && 'transform' in x;
}

/** Gives the bytes of one of pdf.js's packed CMaps by file name ("UniGB-UCS2-H.bcmap"). */
export type CMapLoader = (name: string) => Promise<Uint8Array>;

/**
 * pdf.js asks its BinaryDataFactory for CMaps; this one answers from the loader the caller gives
 * (the extension's bundled copy, or pdfjs-dist's files on Node), so nothing is fetched by URL.
 */
function binaryDataFactory(loadCMap: CMapLoader) {
  return class {
    readonly cMapUrl = 'cmaps/';
    async fetch({ kind, filename }: { kind: string; filename: string }): Promise<Uint8Array> {
      if (kind !== 'cMapUrl') throw new Error(`no ${kind} data is shipped`);
      // A copy: pdf.js transfers what it is given between its two halves.
      return new Uint8Array(await loadCMap(filename));
    }
  };
}

export async function openPdf(data: Uint8Array, loadCMap: CMapLoader): Promise<PDFDocumentProxy> {
  const { getDocumentProxy } = await import('unpdf');
  // A copy: pdf.js transfers (detaches) the buffer it is given, and the caller may need it again.
  return getDocumentProxy(data.slice(), {
    // Text extraction needs no fonts installed in the page.
    disableFontFace: true,
    cMapUrl: 'cmaps/',
    cMapPacked: true,
    BinaryDataFactory: binaryDataFactory(loadCMap),
  });
}

export async function readPdfText(pdf: PDFDocumentProxy, options: PdfOptions): Promise<PdfText> {
  const pages: DocumentPage[] = [];
  const items: PositionedText[] = [];
  const scanned: number[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const view = page.getViewport({ scale: 1 });
    const index = options.firstPage + n - 1;
    pages.push({
      file: options.file,
      pageInFile: n,
      width: view.width,
      height: view.height,
      via: 'pdf-text',
    });
    const content = await page.getTextContent();
    let any = false;
    for (const raw of content.items) {
      if (!isTextItem(raw)) continue;
      const text = normalizeCjk(raw.str);
      if (text.trim() === '') continue;
      const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = (raw.transform as unknown[]).map(Number);
      const size = Math.hypot(c, d) || Math.hypot(a, b) || raw.height;
      // pdf.js gives the baseline in PDF space (y up); the box is drawn from ascent to descent.
      const [vx = e, vy = f] = (view.convertToViewportPoint(e, f) as unknown[]).map(Number);
      const width = raw.width > 0 ? raw.width : size * Array.from(text).length;
      items.push({ text, x: vx, y: vy - size * 0.88, width, height: size, page: index });
      any = true;
    }
    if (!any) scanned.push(n);
    page.cleanup();
  }
  const meta = await pdf.getMetadata().catch(() => null);
  const info: unknown = meta?.info;
  const title =
    typeof info === 'object' && info !== null && 'Title' in info && typeof info.Title === 'string'
      ? normalizeCjk(info.Title)
      : '';
  return { pages, items, scanned, title, pdf };
}
