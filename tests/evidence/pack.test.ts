/** The evidence pack: one zip, every file hashed, the hashes recomputable from the unzipped files. */
import { createHash } from 'node:crypto';

import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';

import { fromBase64, toBase64 } from '@/lib/evidence/base64';
import { buildEvidencePack, CHECKSUM_FILE } from '@/lib/evidence/pack';

import { sampleReport } from '../support/sample-report';

const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);

describe('evidence pack', () => {
  it('holds the screenshot, the text, what was read and the report, each with a SHA-256 that verifies', async () => {
    const report = sampleReport();
    const pack = await buildEvidencePack({
      screenshot: png,
      pageText: '逾期本金 8,000.00 元',
      url: 'https://loan.example.com/notice?id=1',
      title: '逾期通知',
      report,
      capturedAt: '2026-11-30T04:31:07.123Z',
    });
    expect(pack.fileName).toBe('借贷明镜-证据包-loan.example.com-20261130-043107.zip');
    const files = unzipSync(pack.zip);
    expect(Object.keys(files).sort()).toEqual(
      [
        CHECKSUM_FILE,
        'manifest.json',
        'page-text.txt',
        'page.json',
        'reading.json',
        'report.json',
        'screenshot.png',
      ].sort(),
    );
    expect(files['screenshot.png']).toEqual(png);
    expect(strFromU8(files['page-text.txt'] ?? new Uint8Array())).toContain('逾期本金 8,000.00 元');
    expect(JSON.parse(strFromU8(files['report.json'] ?? new Uint8Array()))).toEqual(report);
    const sums = strFromU8(files[CHECKSUM_FILE] ?? new Uint8Array())
      .trim()
      .split('\n');
    expect(sums).toHaveLength(6);
    for (const line of sums) {
      const [hash, name = ''] = line.split('  ');
      const bytes = files[name];
      if (bytes === undefined) throw new Error(`missing ${name}`);
      expect(createHash('sha256').update(bytes).digest('hex'), name).toBe(hash);
    }
    const manifest = JSON.parse(strFromU8(files['manifest.json'] ?? new Uint8Array())) as {
      files: { name: string; sha256: string }[];
    };
    expect(manifest.files.map((f) => f.name)).toContain('screenshot.png');
  });

  it('round-trips bytes through base64', () => {
    const bytes = new Uint8Array(70_000).map((_, i) => i % 256);
    expect(fromBase64(toBase64(bytes))).toEqual(bytes);
  });
});
