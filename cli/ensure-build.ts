/**
 * Builds the Chrome extension when the build is missing or older than any source file, so
 * `audit`, `demo` and the e2e tests never run against stale code.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

import { chromeBuildDir, repoRoot } from './paths';

const sources = ['entrypoints', 'components', 'lib', 'public', 'wxt.config.ts', 'package.json'];

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce(
    (newest, name) => Math.max(newest, newestMtime(join(path, name))),
    stat.mtimeMs,
  );
}

function buildIsStale(): boolean {
  const manifest = join(chromeBuildDir, 'manifest.json');
  if (!existsSync(manifest)) return true;
  const built = statSync(manifest).mtimeMs;
  return sources.some(
    (s) => existsSync(join(repoRoot, s)) && newestMtime(join(repoRoot, s)) > built,
  );
}

export function ensureBuild(
  log: (line: string) => void = (l) => process.stderr.write(l + '\n'),
): void {
  if (!buildIsStale()) return;
  log('正在构建扩展（wxt build）… / building the extension…');
  execFileSync(join(repoRoot, 'node_modules/.bin/wxt'), ['build'], {
    cwd: repoRoot,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) ensureBuild();
