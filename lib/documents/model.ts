/**
 * What a screenshot or a PDF gives the reader before any interpretation: runs of text with the
 * box they were drawn in, on which page of which file, and how sure the recogniser was of each
 * character. OCR lines and PDF text items both arrive in this shape; `to-extraction.ts` turns it
 * into the scanner's RawExtraction, so a file is read by exactly the reader a web page is.
 */

/** One run of text as recognised or as drawn in a PDF. Boxes are in page pixels, top-left origin. */
export interface PositionedText {
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
  /** 0-based index of the page among all pages of all files given together. */
  page: number;
  /**
   * Per character (by code point, after normalisation), the recogniser's probability. Absent for
   * a PDF's text layer, which is exact.
   */
  confidence?: number[];
}

/** A page of a file: its size, and where it came from (for quoting and highlighting). */
export interface DocumentPage {
  /** Index of the file among the files given together. */
  file: number;
  /** 1-based page number inside that file (1 for an image). */
  pageInFile: number;
  width: number;
  height: number;
  /** How the text was obtained. */
  via: 'pdf-text' | 'ocr';
}

export interface PositionedDocument {
  /** File names in the order given. */
  files: string[];
  pages: DocumentPage[];
  items: PositionedText[];
}

/** Below this, a recognised character is not trusted: the borrower checks it (design.md §4). */
export const CONFIDENCE_THRESHOLD = 0.9;
