// The server entry (src/rules/index.ts): the data the guide's pages read.
import { describe, expect, it } from 'vitest';
import {
  ambiguities,
  citations,
  editionIds,
  editions,
  getEdition,
  offerTypeNames,
  offerTypes,
} from '../../../src/rules/index.ts';

describe('data the guide reads', () => {
  it('finds an edition by id, and none for an id it does not hold', () => {
    expect(getEdition('2021-07')).toBe(editions['2021-07']);
    expect(getEdition('2099-01')).toBeUndefined();
  });

  it('says for each edition what changed, with sources', () => {
    for (const id of editionIds) {
      expect(editions[id].changes.length).toBeGreaterThan(0);
      for (const change of editions[id].changes)
        for (const key of change.sources) expect(citations[key], key).toBeDefined();
    }
  });

  it('names every offer type in both languages, and numbers the ambiguities A1, A2, … in order with no gap', () => {
    expect(Object.keys(offerTypeNames).sort()).toEqual([...offerTypes].sort());
    const keys = Object.keys(ambiguities);
    expect(keys.length).toBeGreaterThan(0);
    expect(keys).toEqual(keys.map((_, i) => `A${i + 1}`));
    expect(ambiguities.A3.question.en).toMatch(/organization's or the offer's/);
    expect(citations['S-01']).toMatchObject({ repository: 'changeworld/azure-docs.ja-jp', date: '2021-03-17' });
  });

  it('2021-03 fee rates come from the data: 20% standard, 10% reduced, 5 business days', () => {
    expect(editions['2021-03'].fee).toMatchObject({
      standardRate: 0.2,
      reducedRate: 0.1,
      businessDaysBeforeMonthEnd: 5,
    });
    expect(editions['2023-07'].fee).toMatchObject({ standardRate: 0.03, reducedRate: null });
  });
});
