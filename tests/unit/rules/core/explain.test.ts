import { describe, expect, it } from 'vitest';
import { assess, editionIds, editions } from '../../../../src/rules/index.ts';

describe('requirement rows', () => {
  it.each(editionIds)('%s: marks each status’s offer-type check, and no other requirement', (edition) => {
    const result = assess({}, edition);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const rules = new Map(editions[edition].requirements.map((r) => [r.id, r.rule.kind]));
    for (const row of result.assessment.requirements)
      expect(row.offerTypeCheck, row.id).toBe(rules.get(row.id) === 'offer-type');
    expect(result.assessment.requirements.some((r) => r.offerTypeCheck)).toBe(true);
  });

  it('an Office add-in fails the offer-type check the next status up is missing, so it reaches no status', () => {
    const result = assess({ offerType: 'office-add-in' }, '2021-03');
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const { requirements, missing } = result.assessment;
    const stopping = requirements.filter((r) => r.offerTypeCheck && r.met === false && missing.includes(r.id));
    expect(stopping.map((r) => r.id)).toEqual(['csr.offer-type']);
  });
});
