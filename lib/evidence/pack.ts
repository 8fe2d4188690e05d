/**
 * The evidence pack a borrower attaches to a complaint: the visible tab's screenshot, the page's
 * visible text and address, what was read, the report and the time, each file with its SHA-256,
 * in one zip written by fflate (a maintained archive library; no zip code of ours). Built in the
 * browser from what the browser already holds; nothing leaves it.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';

import type { Report } from '@/lib/model/report';

export interface EvidenceInput {
  /** PNG bytes of the visible part of the tab. */
  screenshot: Uint8Array;
  /** The page's visible text (innerText), as the borrower saw it. */
  pageText: string;
  url: string;
  title: string;
  report: Report;
  /** ISO time the evidence was captured. */
  capturedAt: string;
}

export interface EvidenceFile {
  name: string;
  bytes: number;
  sha256: string;
}

export interface EvidencePack {
  fileName: string;
  zip: Uint8Array;
  files: EvidenceFile[];
}

export const EVIDENCE_FORMAT = 'loanlens-evidence';
export const CHECKSUM_FILE = 'SHA256SUMS.txt';

async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

const json = (value: unknown): Uint8Array => strToU8(`${JSON.stringify(value, null, 2)}\n`);

/** "2026-11-30T04:31:07.123Z" → "20261130-043107" (UTC, as the manifest records the time). */
function stamp(iso: string): string {
  return iso.slice(0, 19).replace(/[-:]/g, '').replace('T', '-');
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/[^\w.-]/g, '') || 'page';
  } catch {
    return 'page';
  }
}

export async function buildEvidencePack(input: EvidenceInput): Promise<EvidencePack> {
  const contents: [string, Uint8Array][] = [
    ['screenshot.png', input.screenshot],
    ['page-text.txt', strToU8(`${input.url}\n${input.title}\n\n${input.pageText}\n`)],
    ['page.json', json({ url: input.url, title: input.title, capturedAt: input.capturedAt })],
    ['reading.json', json(input.report.terms)],
    ['report.json', json(input.report)],
  ];
  const files: EvidenceFile[] = [];
  for (const [name, bytes] of contents)
    files.push({ name, bytes: bytes.length, sha256: await sha256Hex(bytes) });
  const manifest = json({
    format: EVIDENCE_FORMAT,
    version: 1,
    capturedAt: input.capturedAt,
    url: input.url,
    title: input.title,
    files,
    note: '每个文件的 SHA-256 写在本清单和 SHA256SUMS.txt 中；可用 sha256sum -c SHA256SUMS.txt 核验文件未被改动。',
  });
  files.push({ name: 'manifest.json', bytes: manifest.length, sha256: await sha256Hex(manifest) });
  const sums = strToU8(files.map((f) => `${f.sha256}  ${f.name}\n`).join(''));
  const mtime = new Date(input.capturedAt);
  const entries: Zippable = {};
  for (const [name, bytes] of [
    ...contents,
    ['manifest.json', manifest] as const,
    [CHECKSUM_FILE, sums] as const,
  ])
    entries[name] = [bytes, { mtime }];
  const zip = zipSync(entries, { level: 6 });
  return {
    fileName: `借贷明镜-证据包-${hostOf(input.url)}-${stamp(input.capturedAt)}.zip`,
    zip,
    files,
  };
}
