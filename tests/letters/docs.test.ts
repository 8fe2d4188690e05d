/** docs/letters.md's example letters are the generated ones (regenerate: npx tsx cli/letters-doc.ts --write). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

import { docPath, withExamples } from '../../cli/letters-doc';

describe('docs/letters.md', () => {
  it('shows the letters the composer writes today', () => {
    const doc = readFileSync(docPath, 'utf8');
    expect(withExamples(doc)).toBe(doc);
  });
});
