/** The assistant's saved form: read back only when every field still parses. */
import { describe, expect, it } from 'vitest';

import { emptyDraft } from '@/lib/negotiate/draft';
import { parseNegotiationDraft } from '@/lib/storage/negotiation-draft';

describe('saved negotiation draft', () => {
  it('comes back as typed, or not at all', () => {
    const draft = { ...emptyDraft('2026-11-30'), principal: '10,000', hardship: '失业' };
    expect(parseNegotiationDraft({ schemaVersion: 1, draft })).toEqual(draft);
    expect(
      parseNegotiationDraft({ schemaVersion: 1, draft: { ...draft, lenderType: 'shark' } }),
    ).toBeNull();
    expect(parseNegotiationDraft(draft)).toBeNull();
    expect(parseNegotiationDraft(undefined)).toBeNull();
  });
});
