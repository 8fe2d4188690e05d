/** Every way a scan can fail is said in both languages, placeholders filled (issue 12). */
import { describe, expect, it } from 'vitest';

import { translator } from '@/lib/i18n/messages';
import { scanErrors } from '@/lib/messaging/protocol';
import { scanErrorText } from '@/lib/view/scan-error';

describe('scan error words', () => {
  for (const error of scanErrors) {
    it(`${error}: zh and en, no placeholder left`, () => {
      for (const language of ['zh-CN', 'en'] as const) {
        const text = scanErrorText(error, translator(language));
        expect(text.length).toBeGreaterThan(10);
        expect(text).not.toMatch(/[{}]/);
      }
    });
  }

  it('the time limit is said in seconds', () => {
    expect(scanErrorText('timed-out', translator('zh-CN'))).toContain('20 秒');
  });
});
