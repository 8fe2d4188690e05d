/**
 * Files → positioned text, in an extension page: a PDF's text layer where it has one, OCR for
 * screenshots and for scanned PDF pages. Several files given together are one loan: their pages
 * follow one another in one document, so a confirmation screen and a repayment-plan screen are
 * read as one page would be. Every page also gets a preview for highlighting quotes.
 */
import type { PDFDocumentProxy } from 'unpdf/pdfjs';

import { loadBundledCMap } from './cmaps-bundled';
import type { DocumentPage, PositionedDocument, PositionedText } from './model';
import type { OcrLine, RgbaImage } from './ocr/engine';
import { splitAtGaps } from './ocr/split-gaps';
import { openPdf, readPdfText } from './pdf-text';

export interface PagePreview {
  /** An object URL of the image or of the rendered PDF page. */
  url: string;
  width: number;
  height: number;
}

export interface ReadResult {
  doc: PositionedDocument;
  previews: PagePreview[];
  title: string;
  /** Milliseconds spent, for the page's status line and the benchmark. */
  timings: { pdfText: number; ocr: number; ocrPages: number };
}

export class UnreadableFile extends Error {}

const PDF_PREVIEW_SCALE = 1.5;
/** Scanned pages are rendered 1240 px wide for OCR (A4 at 150 dpi, a phone screenshot's width). */
const SCAN_WIDTH = 1240;

type Ocr = (image: RgbaImage) => Promise<OcrLine[]>;

function isPdf(bytes: Uint8Array): boolean {
  return bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46;
}

async function pixels(source: ImageBitmap | OffscreenCanvas): Promise<RgbaImage> {
  const canvas = new OffscreenCanvas(source.width, source.height);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new UnreadableFile('canvas');
  ctx.drawImage(source, 0, 0);
  const data = ctx.getImageData(0, 0, source.width, source.height);
  return Promise.resolve({ width: data.width, height: data.height, data: data.data });
}

async function blobUrl(canvas: OffscreenCanvas): Promise<string> {
  return URL.createObjectURL(await canvas.convertToBlob({ type: 'image/png' }));
}

async function renderPage(
  pdf: PDFDocumentProxy,
  n: number,
  scale: number,
): Promise<OffscreenCanvas> {
  const page = await pdf.getPage(n);
  const viewport = page.getViewport({ scale });
  const canvas = new OffscreenCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new UnreadableFile('canvas');
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  await page.render({
    canvas: canvas as unknown as HTMLCanvasElement,
    canvasContext: ctx as unknown as CanvasRenderingContext2D,
    viewport,
  }).promise;
  return canvas;
}

function linesToItems(lines: OcrLine[], page: number, scale: number): PositionedText[] {
  return lines.flatMap(splitAtGaps).map((l) => ({
    text: l.text,
    x: l.x / scale,
    y: l.y / scale,
    width: l.width / scale,
    height: l.height / scale,
    page,
    confidence: l.confidence,
  }));
}

export async function readFiles(files: File[], ocr: () => Promise<Ocr>): Promise<ReadResult> {
  const pages: DocumentPage[] = [];
  const items: PositionedText[] = [];
  const previews: PagePreview[] = [];
  const timings = { pdfText: 0, ocr: 0, ocrPages: 0 };
  let title = '';
  for (const [file, f] of files.entries()) {
    const bytes = new Uint8Array(await f.arrayBuffer());
    if (isPdf(bytes)) {
      let t0 = performance.now();
      let text;
      try {
        text = await readPdfText(await openPdf(bytes, loadBundledCMap), {
          firstPage: pages.length,
          file,
        });
      } catch {
        throw new UnreadableFile(f.name);
      }
      timings.pdfText += performance.now() - t0;
      title ||= text.title;
      const first = pages.length;
      pages.push(...text.pages);
      items.push(...text.items);
      for (const [i, p] of text.pages.entries()) {
        const n = i + 1;
        if (text.scanned.includes(n)) {
          t0 = performance.now();
          const scale = SCAN_WIDTH / p.width;
          const canvas = await renderPage(text.pdf, n, scale);
          const lines = await (await ocr())(await pixels(canvas));
          items.push(...linesToItems(lines, first + i, scale));
          pages[first + i] = { ...p, via: 'ocr' };
          timings.ocr += performance.now() - t0;
          timings.ocrPages++;
        }
        const preview = await renderPage(text.pdf, n, PDF_PREVIEW_SCALE);
        previews.push({ url: await blobUrl(preview), width: p.width, height: p.height });
      }
      await text.pdf.loadingTask.destroy();
      continue;
    }
    let bitmap: ImageBitmap;
    try {
      bitmap = await createImageBitmap(new Blob([bytes], { type: f.type }));
    } catch {
      throw new UnreadableFile(f.name);
    }
    const t0 = performance.now();
    const lines = await (await ocr())(await pixels(bitmap));
    timings.ocr += performance.now() - t0;
    timings.ocrPages++;
    const page = pages.length;
    pages.push({ file, pageInFile: 1, width: bitmap.width, height: bitmap.height, via: 'ocr' });
    items.push(...linesToItems(lines, page, 1));
    previews.push({
      url: URL.createObjectURL(new Blob([bytes], { type: f.type })),
      width: bitmap.width,
      height: bitmap.height,
    });
    bitmap.close();
  }
  return { doc: { files: files.map((f) => f.name), pages, items }, previews, title, timings };
}
