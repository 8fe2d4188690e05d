// Entry of the scanner bundle (cli/scanner-bundle.ts): the scanner on globalThis.
import { scanPage, type ScanBounds } from '@/lib/extract';

(
  globalThis as unknown as { __loanlensScan: (o?: ScanBounds) => ReturnType<typeof scanPage> }
).__loanlensScan = (o?: ScanBounds) => scanPage(document, o);
