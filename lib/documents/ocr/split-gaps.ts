import type { OcrLine } from './engine';

/**
 * The detector boxes "2026-04-05  1,030.00" or "借款金额 3,000.00" as one line when the gap is
 * narrow; the recogniser keeps the gap as a space. A space between a figure and anything else is
 * a cell boundary on these pages, so the line is cut there, each part placed in proportion.
 */
export function splitAtGaps(line: OcrLine): OcrLine[] {
  const chars = Array.from(line.text);
  const cuts: number[] = [];
  chars.forEach((c, i) => {
    if (c !== ' ') return;
    const before = chars.slice(0, i).join('').trimEnd();
    const after = chars
      .slice(i + 1)
      .join('')
      .trimStart();
    if (before === '' || after === '') return;
    if (/\d[%元期天]?$/.test(before) || /^[¥￥]?\d/.test(after)) cuts.push(i);
  });
  if (cuts.length === 0) return [line];
  const parts: OcrLine[] = [];
  let start = 0;
  for (const cut of [...cuts, chars.length]) {
    const text = chars.slice(start, cut).join('');
    const lead = text.length - text.trimStart().length;
    const trimmed = text.trim();
    if (trimmed !== '') {
      const from = start + lead;
      parts.push({
        text: trimmed,
        x: line.x + (line.width * from) / chars.length,
        y: line.y,
        width: (line.width * Array.from(trimmed).length) / chars.length,
        height: line.height,
        confidence: line.confidence.slice(from, from + Array.from(trimmed).length),
      });
    }
    start = cut + 1;
  }
  return parts;
}
