import { launchWithExtension } from './cli/extension-session';
import { openFilesPage, readFilesInPage } from './cli/file-reader-driver';
import { renderToFile } from './tests/documents/read-like-html';
import { launchChromium, serve } from './tests/support/browser';
const b = await launchChromium();
const sv = await serve(process.cwd() + '/tests/pages');
const [name, how] = process.argv.slice(2);
const path = await renderToFile(b, `${sv.url}/${name}/page.html`, how as never);
await b.close(); sv.server.close();
const s = await launchWithExtension();
try {
  const page = await openFilesPage(s);
  const out = await readFilesInPage(page, [path]);
  console.log(JSON.stringify(out.timings));
  console.log(await page.evaluate(() => (globalThis as any).__loanlensFiles.blocks.join(' | ')));
} finally { await s.close(); }
