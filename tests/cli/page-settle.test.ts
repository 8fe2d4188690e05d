/**
 * `audit` and the pattern-page harness read a page as a borrower would, after it has finished
 * showing itself (cli/page-settle.ts): a dialog a script opens 800 ms after load is read, and one
 * that fades in; a countdown that re-arms itself every second does not hold the read back for ever.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { scannerBundle, scanUrl } from '../../cli/scanner-bundle';
import { serveFiles, type FileServer } from '../../cli/serve';
import { chromiumPage } from '../support/chromium-page';

const page = (body: string): string =>
  `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"></head><body>${body}</body></html>`;

const dialog = page(`
  <table><tr><th>借款人</th><th>借款金额</th></tr><tr><td>邵**</td><td>15,000.00</td></tr></table>
  <div id="d" style="display:none" role="dialog"><p>放款确认</p><p>借款金额 15,000.00</p></div>
  <script>
    setTimeout(() => setTimeout(() => { document.getElementById('d').style.display = 'block'; }, 400), 400);
  </script>`);

const countdown = page(`
  <p>借款金额 8,000.00元</p><p id="c">剩余 59 秒</p>
  <script>
    let n = 59;
    const tick = () => { document.getElementById('c').textContent = '剩余 ' + String(--n) + ' 秒'; setTimeout(tick, 1000); };
    setTimeout(tick, 1000);
  </script>`);

const fading = page(`
  <style>
    @keyframes in { from { opacity: 0; } to { opacity: 1; } }
    .modal { animation: in 1.2s linear both; }
  </style>
  <p>借款金额 8,000.00元</p>
  <div class="modal" role="dialog"><p>合同详情</p><p>首付 1,199 元</p></div>`);

describe('reading a page once its own timers have fired', () => {
  const chromium = chromiumPage();
  let dir: string;
  let server: FileServer;
  let files: string[];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'loanlens-settle-'));
    files = ['dialog', 'countdown', 'fading'].map((n) => join(dir, n, 'page.html'));
    for (const [i, html] of [dialog, countdown, fading].entries()) {
      const f = files[i] ?? '';
      mkdirSync(join(f, '..'), { recursive: true });
      writeFileSync(f, html);
    }
    server = await serveFiles(files);
    // Built before any page opens: the build's own time must not stand in for the wait.
    await scannerBundle();
  });
  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('reads a dialog opened by chained timers 800 ms after load', async () => {
    const raw = await scanUrl(chromium.page, server.urlFor(0, files[0] ?? ''));
    expect(raw.blocks.some((b) => b.text.includes('放款确认'))).toBe(true);
  });

  it('reads a dialog that fades in over 1.2 s once it is shown', async () => {
    const raw = await scanUrl(chromium.page, server.urlFor(2, files[2] ?? ''));
    expect(raw.blocks.some((b) => b.text.includes('首付 1,199 元'))).toBe(true);
  });

  it(
    'reads a page whose countdown re-arms itself for ever, once the cap has passed',
    { timeout: 20_000 },
    async () => {
      const raw = await scanUrl(chromium.page, server.urlFor(1, files[1] ?? ''));
      expect(raw.blocks.some((b) => b.text.includes('8,000.00'))).toBe(true);
    },
  );
});
