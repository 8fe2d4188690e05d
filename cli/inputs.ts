/**
 * Sorts what was given to `audit` into pages it can open and inputs it cannot use, each with a
 * one-line reason in Chinese. A folder stands for the HTML files in it (bulk audits of saved
 * pages); nothing is guessed from a file that is not a web page.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';

export type Input =
  | { kind: 'url'; input: string; url: string }
  | { kind: 'file'; input: string; path: string }
  /** A screenshot or a PDF: read by the extension's file page (OCR or the PDF text layer). */
  | { kind: 'document'; input: string; path: string }
  | { kind: 'unusable'; input: string; message: string };

const htmlExtensions = new Set(['.html', '.htm', '.xhtml']);

const signatures: [string, number[]][] = [
  ['GIF 图片', [0x47, 0x49, 0x46, 0x38]],
  ['ZIP 压缩包', [0x50, 0x4b, 0x03, 0x04]],
];

/** Screenshots and PDFs the file page reads: PNG, JPEG, WebP (RIFF….WEBP), PDF. */
function isDocument(head: Buffer): boolean {
  const starts = (bytes: number[], at = 0): boolean => bytes.every((b, i) => head[at + i] === b);
  return (
    starts([0x89, 0x50, 0x4e, 0x47]) ||
    starts([0xff, 0xd8, 0xff]) ||
    starts([0x25, 0x50, 0x44, 0x46]) ||
    (starts([0x52, 0x49, 0x46, 0x46]) && starts([0x57, 0x45, 0x42, 0x50], 8))
  );
}

function sniff(path: string): string | null {
  const head = readFileSync(path).subarray(0, 4096);
  const known = signatures.find(([, bytes]) => bytes.every((b, i) => head[i] === b));
  if (known !== undefined) return `不是网页文件（检测到${known[0]}）`;
  if (head.includes(0)) return '不是网页文件（二进制内容）';
  const text = head.toString('utf8').toLowerCase();
  return /<(!doctype|html|head|body|div|p|table|main|section)\b/.test(text) ||
    htmlExtensions.has(extname(path).toLowerCase())
    ? null
    : '不是网页（HTML）文件';
}

function classifyFile(input: string, path: string): Input[] {
  if (!existsSync(path)) return [{ kind: 'unusable', input, message: `找不到文件：${input}` }];
  const stat = statSync(path);
  if (stat.isDirectory()) {
    const pages = readdirSync(path)
      .filter((n) => htmlExtensions.has(extname(n).toLowerCase()))
      .sort();
    if (pages.length === 0)
      return [{ kind: 'unusable', input, message: `文件夹中没有网页文件：${input}` }];
    return pages.flatMap((n) => classifyFile(join(input, n), join(path, n)));
  }
  if (stat.size === 0) return [{ kind: 'unusable', input, message: `文件是空的：${input}` }];
  if (isDocument(readFileSync(path).subarray(0, 16))) return [{ kind: 'document', input, path }];
  const problem = sniff(path);
  return problem === null
    ? [{ kind: 'file', input, path }]
    : [{ kind: 'unusable', input, message: `${problem}：${input}` }];
}

export function classifyInputs(args: readonly string[], cwd = process.cwd()): Input[] {
  return args.flatMap((input) => {
    if (/^https?:\/\//i.test(input)) {
      try {
        return [{ kind: 'url' as const, input, url: new URL(input).href }];
      } catch {
        return [{ kind: 'unusable' as const, input, message: `网址无效：${input}` }];
      }
    }
    return classifyFile(input, resolve(cwd, input));
  });
}
