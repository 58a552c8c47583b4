import { describe, expect, it } from 'vitest';
import { defaultEditionId, editionIds, isEditionId, seedEditionId } from '../../../../src/rules/core/ids.ts';

describe('edition ids', () => {
  it("lists the editions oldest first, defaulting to the newest; the seed edition is the source document's", () => {
    // A later edition (CONTRIBUTING.md, "Adding a rules edition") goes at the end; these four stay as they are.
    expect(editionIds.slice(0, 4)).toEqual(['2021-03', '2021-07', '2021-10', '2023-07']);
    expect(editionIds).toEqual([...editionIds].sort());
    expect(defaultEditionId).toBe(editionIds[editionIds.length - 1]);
    expect(seedEditionId).toBe('2021-03');
  });

  it('knows an edition id from any other value', () => {
    for (const id of editionIds) expect(isEditionId(id), id).toBe(true);
    for (const other of ['2099-01', '', '__proto__', 'toString', 202103, null, undefined])
      expect(isEditionId(other), String(other)).toBe(false);
  });
});
