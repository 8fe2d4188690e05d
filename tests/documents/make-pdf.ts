/**
 * Two PDFs no printer here makes, written byte by byte for the tests:
 * - text in a standard CID font that is not embedded (STSong-Light, UniGB-UCS2-H), the way many
 *   contract generators write Chinese; pdf.js needs its CMaps to read it;
 * - a scan: one JPEG per page and no text layer at all.
 */
import type { PositionedText } from '@/lib/documents/model';

function assemble(objects: string[], binary: Map<number, Uint8Array> = new Map()): Uint8Array {
  const enc = new TextEncoder();
  const chunks: Uint8Array[] = [enc.encode('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n')];
  let length = chunks[0]?.length ?? 0;
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(length);
    const bin = binary.get(i);
    const parts = bin
      ? [
          enc.encode(`${String(i + 1)} 0 obj\n${body}\nstream\n`),
          bin,
          enc.encode('\nendstream\nendobj\n'),
        ]
      : [enc.encode(`${String(i + 1)} 0 obj\n${body}\nendobj\n`)];
    for (const p of parts) {
      chunks.push(p);
      length += p.length;
    }
  });
  const xref = [
    `xref\n0 ${String(objects.length + 1)}\n0000000000 65535 f \n`,
    ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`),
    `trailer\n<< /Size ${String(objects.length + 1)} /Root 1 0 R >>\nstartxref\n${String(length)}\n%%EOF\n`,
  ].join('');
  chunks.push(enc.encode(xref));
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

function ucs2Hex(text: string): string {
  return Array.from(text)
    .map((ch) => (ch.codePointAt(0) ?? 0x3f).toString(16).padStart(4, '0'))
    .join('');
}

/** One page per input page; each run drawn at its place in STSong-Light, not embedded. */
export function cidFontPdf(
  pages: { width: number; height: number }[],
  items: PositionedText[],
): Uint8Array {
  const pageIds = pages.map((_, i) => 4 + i * 2);
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${pageIds.map((id) => `${String(id)} 0 R`).join(' ')}] /Count ${String(pages.length)} >>`,
    '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor << /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >> /DW 1000 /W [1 95 500] >>] >>',
  ];
  pages.forEach((p, i) => {
    const ops = items
      .filter((it) => it.page === i)
      .map((it) => {
        const size = it.height.toFixed(2);
        const baseline = (p.height - it.y - it.height * 0.88).toFixed(2);
        return `BT /F1 ${size} Tf ${it.x.toFixed(2)} ${baseline} Td <${ucs2Hex(it.text)}> Tj ET`;
      })
      .join('\n');
    const contents = String((pageIds[i] ?? 0) + 1);
    objects.push(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${p.width.toFixed(2)} ${p.height.toFixed(2)}] /Resources << /Font << /F1 3 0 R >> >> /Contents ${contents} 0 R >>`,
    );
    objects.push(
      `<< /Length ${String(new TextEncoder().encode(ops).length)} >>\nstream\n${ops}\nendstream`,
    );
  });
  return assemble(objects);
}

/** A scanned document: each JPEG fills one page; there is no text layer. */
export function imageOnlyPdf(
  jpegs: { bytes: Uint8Array; width: number; height: number }[],
): Uint8Array {
  const objects = ['<< /Type /Catalog /Pages 2 0 R >>', ''];
  const binary = new Map<number, Uint8Array>();
  const kids: string[] = [];
  for (const j of jpegs) {
    const pageId = objects.length + 1;
    const w = (j.width * 0.75).toFixed(2);
    const h = (j.height * 0.75).toFixed(2);
    kids.push(`${String(pageId)} 0 R`);
    objects.push(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${w} ${h}] /Resources << /XObject << /Im0 ${String(pageId + 2)} 0 R >> >> /Contents ${String(pageId + 1)} 0 R >>`,
    );
    const ops = `q ${w} 0 0 ${h} 0 0 cm /Im0 Do Q`;
    objects.push(`<< /Length ${String(ops.length)} >>\nstream\n${ops}\nendstream`);
    binary.set(objects.length, j.bytes);
    objects.push(
      `<< /Type /XObject /Subtype /Image /Width ${String(j.width)} /Height ${String(j.height)} /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode /Length ${String(j.bytes.length)} >>`,
    );
  }
  objects[1] = `<< /Type /Pages /Kids [${kids.join(' ')}] /Count ${String(kids.length)} >>`;
  return assemble(objects, binary);
}
