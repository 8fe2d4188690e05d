/**
 * The shared fixture corpus (../shared/fixtures) sits beside the repository on the team's machines
 * and in CI, but not in a user's fresh clone. Tests that read it call `describeShared`, which skips
 * with a message saying why instead of failing.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export const sharedFixturesDir =
  process.env.LOANLENS_SHARED_FIXTURES ?? resolve(repoRoot, '../shared/fixtures');

export const sharedFixturesAvailable = existsSync(join(sharedFixturesDir, 'cases'));

export const sharedFixturesSkipReason = `shared fixture corpus not found at ${sharedFixturesDir} (it ships beside the repository, not in it; set LOANLENS_SHARED_FIXTURES to point elsewhere)`;

export interface SharedCase {
  name: string;
  dir: string;
  pagePath: string;
  truth: Record<string, unknown>;
  spec: Record<string, unknown>;
}

export function sharedCases(): SharedCase[] {
  if (!sharedFixturesAvailable) return [];
  const casesDir = join(sharedFixturesDir, 'cases');
  return readdirSync(casesDir)
    .sort()
    .map((name) => {
      const dir = join(casesDir, name);
      return {
        name,
        dir,
        pagePath: join(dir, 'page.html'),
        truth: JSON.parse(readFileSync(join(dir, 'truth.json'), 'utf8')) as Record<string, unknown>,
        spec: JSON.parse(readFileSync(join(dir, 'spec.json'), 'utf8')) as Record<string, unknown>,
      };
    });
}
