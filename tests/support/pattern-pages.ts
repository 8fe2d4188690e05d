/**
 * The pattern pages (tests/pages/patterns/NN-slug/{page.html,spec.json,truth.json}), built from
 * the layouts and wording found in real lending-page templates (docs/reading.md), and the list of
 * pages (and generator cases) the current reader is known to misread.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { serveFiles } from '../../cli/serve';

export const pagesRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../pages');
export const patternsDir = join(pagesRoot, 'patterns');
export const knownMisreadsPath = join(pagesRoot, 'known-misreads.json');

export interface PatternPage {
  name: string;
  truth: Record<string, unknown>;
}

export function patternPages(): PatternPage[] {
  return (
    readdirSync(patternsDir)
      .filter((d) => /^\d{2,}-/.test(d))
      // By number: 100-… comes after 99-…, not after 10-….
      .sort((a, b) => parseInt(a, 10) - parseInt(b, 10))
      .map((name) => ({
        name,
        truth: JSON.parse(readFileSync(join(patternsDir, name, 'truth.json'), 'utf8')) as Record<
          string,
          unknown
        >,
      }))
  );
}

export interface KnownMisreads {
  /** Pattern pages the current reader does not read correctly. */
  patterns: string[];
  /** Generator cases (layout/seed ids) the current reader does not read correctly. */
  generator: string[];
}

export function knownMisreads(): KnownMisreads {
  const json = JSON.parse(readFileSync(knownMisreadsPath, 'utf8')) as Partial<KnownMisreads>;
  return { patterns: json.patterns ?? [], generator: json.generator ?? [] };
}

/** Serves every pattern page on 127.0.0.1 through the harness's one file server. */
export async function servePatternPages(
  pages: readonly PatternPage[],
): Promise<{ urlOf(name: string): string; close(): Promise<void> }> {
  const files = pages.map((p) => join(patternsDir, p.name, 'page.html'));
  const server = await serveFiles(files);
  const index = new Map(pages.map((p, i) => [p.name, i]));
  return {
    urlOf: (name) => {
      const i = index.get(name);
      if (i === undefined) throw new Error(`no pattern page named ${name}`);
      return server.urlFor(i, files[i] ?? '');
    },
    close: () => server.close(),
  };
}
