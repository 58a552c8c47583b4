import { describe, expect, it } from 'vitest';
import {
  ambiguities,
  answerFields,
  citations,
  defaultEditionId,
  seedEditionId,
  editionIds,
  editions,
  getEdition,
  offerTypeNames,
  offerTypes,
  relevantFields,
} from '../../../src/rules/index.ts';

describe('relevant questions', () => {
  it('2021-03 SaaS: no services credential question; Teams and the reduced-fee date are asked', () => {
    const fields = relevantFields({ offerType: 'saas' }, '2021-03');
    expect(fields).not.toContain('servicesCredential');
    expect(fields).toEqual(
      expect.arrayContaining(['teamsOrM365Linked', 'qualifiesOn', 'monthlySalesUsd', 'referenceArchitectureDiagram']),
    );
  });

  it('2021-07 SaaS: no Teams question and no reduced-fee date any more', () => {
    const fields = relevantFields({ offerType: 'saas' }, '2021-07');
    expect(fields).not.toContain('teamsOrM365Linked');
    expect(fields).not.toContain('qualifiesOn');
    expect(fields).toContain('monthlySalesUsd');
  });

  it('a consulting service is asked for its credential and nothing about Azure IP', () => {
    const fields = relevantFields({ offerType: 'consulting-service' }, '2021-03');
    expect(fields).toContain('servicesCredential');
    expect(fields).not.toContain('azureConsumedRevenueUsd');
    expect(fields).not.toContain('referenceArchitectureDiagram');
  });

  it('an offer that is not transactable is not asked for sales or billed revenue', () => {
    const fields = relevantFields({ offerType: 'saas', transactable: false }, '2021-03');
    expect(fields).not.toContain('monthlySalesUsd');
    expect(fields).not.toContain('qualifiesOn');
    expect(fields).not.toContain('billedRevenueUsd');
    expect(fields).toContain('azureConsumedRevenueUsd');
  });

  it('a transactable Azure VM is not asked about technical validation (A10, in every edition)', () => {
    const vm = { offerType: 'azure-virtual-machine', transactable: true } as const;
    expect(relevantFields(vm, '2021-10')).not.toContain('technicalValidationPassed');
    expect(relevantFields(vm, '2023-07')).not.toContain('technicalValidationPassed');
    expect(relevantFields({ ...vm, transactable: false }, '2023-07')).toContain('technicalValidationPassed');
    expect(relevantFields(vm, '2023-07')).not.toContain('referenceArchitectureDiagram');
    expect(relevantFields(vm, '2023-07')).toContain('solutionType');
  });

  it.each(editionIds)(
    '%s: "transactable" is not asked of an offer type with no transact option (consulting, managed service, Office add-in)',
    (edition) => {
      for (const offerType of ['consulting-service', 'managed-service', 'office-add-in'] as const) {
        expect(relevantFields({ offerType }, edition)).not.toContain('transactable');
        // Nor the questions that only a transactable offer needs.
        expect(relevantFields({ offerType, transactable: true }, edition)).not.toContain('monthlySalesUsd');
      }
      expect(relevantFields({ offerType: 'saas' }, edition)).toContain('transactable');
      expect(relevantFields({}, edition)).toContain('transactable');
    },
  );

  it('keeps Partner Center order, and asks everything while the offer type is open', () => {
    const fields = relevantFields({}, '2021-03');
    expect(fields).toEqual(answerFields.filter((f) => fields.includes(f)));
    expect(fields).toContain('servicesCredential');
    expect(fields).toContain('isvConnectEnrolled');
  });
});

describe('data the guide reads', () => {
  it("lists the editions oldest first, defaulting to the newest; the seed edition is the source document's", () => {
    // A later edition (CONTRIBUTING.md, "Adding a rules edition") goes at the end; these four stay as they are.
    expect(editionIds.slice(0, 4)).toEqual(['2021-03', '2021-07', '2021-10', '2023-07']);
    expect(editionIds).toEqual([...editionIds].sort());
    expect(defaultEditionId).toBe(editionIds[editionIds.length - 1]);
    expect(seedEditionId).toBe('2021-03');
    expect(getEdition('2021-07')).toBe(editions['2021-07']);
    expect(getEdition('2099-01')).toBeUndefined();
  });

  it('gives every requirement of every edition a label and condition in both languages', () => {
    for (const id of editionIds) {
      for (const r of editions[id].requirements) {
        expect(r.label.ja && r.label.en && r.condition.ja && r.condition.en, `${id} ${r.id}`).toBeTruthy();
      }
    }
  });

  it('writes a threshold once, in the rule: conditions show the rule figure and no unfilled placeholder', () => {
    for (const id of editionIds) {
      for (const r of editions[id].requirements) {
        expect(`${r.condition.ja} ${r.condition.en}`, `${id} ${r.id}`).not.toMatch(/\{\w+\}/);
      }
      const revenue = editions[id].requirements.find((r) => r.id.endsWith('r1-revenue'))!;
      expect(revenue.rule).toMatchObject({ thresholdUsd: 100_000 });
      expect(revenue.condition.en).toContain('USD 100,000');
      expect(revenue.condition.ja).toContain('100,000 米国ドル');
    }
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
