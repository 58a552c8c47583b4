import { describe, expect, it } from 'vitest';
import { fillLocalized } from '../../../../src/rules/core/templates.ts';
import { assess, offerTypeNames } from '../../../../src/rules/index.ts';

describe('filling Japanese sentences', () => {
  const template = {
    ja: '取引可能な {offerType} は {amount} 以上です。',
    en: 'A transactable {offerType} is {amount} or more.',
  };

  it('keeps the space beside a Latin value and drops it between two Japanese words', () => {
    expect(
      fillLocalized(template, { offerType: { ja: 'Azure Virtual Machine', en: 'x' }, amount: '100,000 USD' }).ja,
    ).toBe('取引可能な Azure Virtual Machine は 100,000 USD 以上です。');
    expect(
      fillLocalized(template, { offerType: { ja: 'コンサルティング サービス', en: 'x' }, amount: '100,000 米国ドル' })
        .ja,
    ).toBe('取引可能なコンサルティング サービスは 100,000 米国ドル以上です。');
  });

  it('leaves English as written', () => {
    expect(fillLocalized(template, { offerType: { ja: 'x', en: 'consulting service' }, amount: 'USD 1' }).en).toBe(
      'A transactable consulting service is USD 1 or more.',
    );
  });

  it("reads naturally in the engine's reasons: no space between a katakana offer type and は", () => {
    const result = assess({ offerType: 'consulting-service' }, '2021-03');
    if (!result.ok) throw new Error('valid answers were refused');
    const reason = result.assessment.requirements.find((r) => r.met === true)!.reason.ja;
    expect(reason).toBe(`${offerTypeNames['consulting-service'].ja}は対象のプランの種類です。`);
  });
});

describe('offer-type names per edition (audit 1.9)', () => {
  const reasonFor = (edition: string) => {
    const result = assess({ offerType: 'dynamics-365-operations' }, edition);
    if (!result.ok) throw new Error('valid answers were refused');
    return result.assessment.requirements.find((r) => r.id === 'ipci.offer-type')!.reason;
  };

  it.each(['2021-03', '2021-07'])('%s names the Dynamics 365 types as the 2021 pages did', (edition) => {
    expect(reasonFor(edition).en).toMatch(/^Dynamics 365 for Operations is not eligible/);
    expect(reasonFor(edition).ja).toMatch(/^Dynamics 365 for Operations は対象外です/);
  });

  it.each(['2021-10', '2023-07'])('%s uses the names of the 2022 pages', (edition) => {
    expect(reasonFor(edition).en).toMatch(/^Dynamics 365 Operations Apps is not eligible/);
    expect(reasonFor(edition).ja).toMatch(/^Dynamics 365 Operations Apps は対象外です/);
  });
});
