// Which questions an edition asks for some answers (relevantFieldsOf in evaluate.ts), through the server entry,
// which holds the editions.
import { describe, expect, it } from 'vitest';
import { answerFields, editionIds, relevantFields } from '../../../../src/rules/index.ts';

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
