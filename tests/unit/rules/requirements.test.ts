import { describe, expect, it } from 'vitest';
import { editionIds, editions, type Answers } from '../../../src/rules/index.ts';
import { formatDate } from '../../../src/lib/format.ts';
import { assessed, coSellReady, qualifyingSaas, requirementOf, without } from './fixtures.ts';

const allEditions = [...editionIds];

describe('statuses reached by a fully qualified offer', () => {
  it.each(allEditions)(
    '%s: a qualified SaaS offer reaches Azure IP co-sell, named as the edition names it, with nothing missing',
    (edition) => {
      const a = assessed(qualifyingSaas, edition);
      expect(a.status).toBe('azure-ip-cosell');
      expect(a.statusName).toEqual(editions[edition].statuses.find((s) => s.id === 'azure-ip-cosell')?.name);
      expect(a.nextStatus).toBeNull();
      expect(a.missing).toEqual([]);
      const unmet = a.requirements.filter((r) => r.met !== true).map((r) => r.id);
      // The one requirement left is the other branch's: a SaaS offer is not a Business Applications offer.
      expect(unmet).toEqual(['bizci.offer-type']);
    },
  );

  it('2023-07: the status below co-sell ready is named "In market" (マーケット内) for a live offer only (audit 1.7)', () => {
    const live = assessed({ listedIn: ['appsource'] }, '2023-07');
    expect(live.status).toBe('not-cosell-ready');
    expect(live.statusName).toEqual({ ja: 'マーケット内 (In market)', en: 'In market' });
    for (const answers of [
      {},
      { listedIn: [] },
      { ...coSellReady('office-add-in'), listedIn: [] },
    ] satisfies Answers[]) {
      const a = assessed(answers, '2023-07');
      expect(a.status).toBe('not-cosell-ready');
      expect(a.statusName).toEqual({ ja: 'マーケットプレースで未公開', en: 'Not live in the marketplace' });
    }
  });

  it.each(allEditions)('%s: nothing answered is never assumed met', (edition) => {
    const a = assessed({}, edition);
    expect(a.status).toBe('not-cosell-ready');
    expect(a.nextStatus).toBe('cosell-ready');
    expect(a.requirements.length).toBeGreaterThan(0);
    expect(a.requirements.every((r) => r.met === null)).toBe(true);
    expect(a.missing).toEqual(a.requirements.filter((r) => r.status === 'cosell-ready').map((r) => r.id));
  });
});

describe('co-sell ready requirements, each at its boundary', () => {
  const cases: [string, keyof Answers][] = [
    ['csr.mpn-id-and-account', 'partnerIdAndAccount'],
    ['csr.business-profile', 'businessProfileComplete'],
    ['csr.cosell-tab-complete', 'coSellListingComplete'],
    ['csr.doc-one-pager', 'onePager'],
    ['csr.doc-pitch-deck', 'pitchDeck'],
    ['csr.sales-contact-per-geo', 'salesContactPerGeography'],
  ];
  for (const edition of allEditions) {
    it.each(cases)(`${edition}: answering no to %s leaves the offer not co-sell ready`, (id, field) => {
      const a = assessed({ ...qualifyingSaas, [field]: false }, edition);
      expect(requirementOf(a, id).met).toBe(false);
      expect(requirementOf(a, id).reason.en).toMatch(/^You answered no/);
      expect(a.status).toBe('not-cosell-ready');
      expect(a.missing).toEqual([id]);
    });
    it.each(cases)(`${edition}: leaving %s unanswered keeps it unanswered, not met`, (id, field) => {
      const a = assessed(without(qualifyingSaas, field), edition);
      expect(requirementOf(a, id).met).toBeNull();
      expect(requirementOf(a, id).reason.ja).toMatch(/^まだ回答がありません/);
      expect(a.status).toBe('not-cosell-ready');
    });
  }

  it.each(allEditions)('%s: an offer not live in any store is not co-sell ready', (edition) => {
    const notLive = assessed({ ...qualifyingSaas, listedIn: [] }, edition);
    expect(requirementOf(notLive, 'csr.published-live').met).toBe(false);
    expect(notLive.status).toBe('not-cosell-ready');
    const live = assessed({ ...qualifyingSaas, listedIn: ['appsource'] }, edition);
    expect(requirementOf(live, 'csr.published-live')).toMatchObject({
      met: true,
      reason: { en: 'Live on Microsoft AppSource.' },
    });
  });

  it.each(allEditions)('%s: an Office add-in cannot be co-sell ready', (edition) => {
    const a = assessed(coSellReady('office-add-in'), edition);
    const offerType = requirementOf(a, 'csr.offer-type');
    expect(offerType.met).toBe(false);
    expect(offerType.reason.en).toMatch(/^Office add-in is not eligible\. Eligible offer types: Azure Application, /);
    expect(a.status).toBe('not-cosell-ready');
    // Not "at the top": what stands between it and co-sell ready is its offer type.
    expect(a.nextStatus).toBe('cosell-ready');
    expect(a.missing).toEqual(['csr.offer-type']);
  });

  it('2021-03: the Office add-in exclusion rests on reading A11 (no co-sell tab)', () => {
    expect(requirementOf(assessed(coSellReady('office-add-in'), '2021-03'), 'csr.offer-type').ambiguities).toEqual([
      'A11',
    ]);
  });

  it.each(['2021-03', '2021-07', '2021-10'])('%s: a consulting service needs a Gold competency', (edition) => {
    const without = assessed(coSellReady('consulting-service', { servicesCredential: false }), edition);
    expect(requirementOf(without, 'csr.services-gold').met).toBe(false);
    expect(without.status).toBe('not-cosell-ready');
    const withGold = assessed(coSellReady('consulting-service'), edition);
    expect(withGold.status).toBe('cosell-ready');
    // Co-sell ready is as far as a service goes: no incentive status exists for it.
    expect(withGold.nextStatus).toBeNull();
    expect(withGold.missing).toEqual([]);
  });

  it('2021-03: a managed service also needs a Gold competency', () => {
    expect(requirementOf(assessed(coSellReady('managed-service'), '2021-03'), 'csr.services-gold').met).toBe(true);
  });

  it('2023-07: a consulting service needs a Solutions Partner designation instead of Gold', () => {
    const a = assessed(coSellReady('consulting-service', { servicesCredential: false }), '2023-07');
    expect(a.requirements.map((r) => r.id)).not.toContain('csr.services-gold');
    expect(requirementOf(a, 'csr.services-designation').met).toBe(false);
    expect(requirementOf(a, 'csr.services-designation').label.en).toBe('Solutions Partner designation');
    expect(a.status).toBe('not-cosell-ready');
  });

  it('2023-07: the designation is stated for consulting services only, and the change is noted (audit 1.8, A18)', () => {
    const a = assessed(coSellReady('managed-service', { servicesCredential: false }), '2023-07');
    expect(a.requirements.map((r) => r.id)).not.toContain('csr.services-designation');
    expect(a.status).toBe('cosell-ready');
    const consulting = assessed(coSellReady('consulting-service'), '2023-07');
    expect(requirementOf(consulting, 'csr.services-designation').ambiguities).toEqual(['A18']);
    expect(consulting.caveats.map((c) => c.ambiguity)).toContain('A18');
    expect(editions['2023-07'].changes.some((c) => /managed services/.test(c.text.en))).toBe(true);
  });

  it('2021-03: a SaaS offer is not asked for a Gold competency', () => {
    expect(assessed(qualifyingSaas, '2021-03').requirements.map((r) => r.id)).not.toContain('csr.services-gold');
  });
});

describe('Azure IP co-sell requirements, each at its boundary', () => {
  it.each(allEditions)('%s: Azure consumed revenue of USD 99,999 leaves the revenue requirement unmet', (edition) => {
    const a = assessed({ ...qualifyingSaas, azureConsumedRevenueUsd: 99_999, billedRevenueUsd: 0 }, edition);
    const r1 = requirementOf(a, 'ipci.r1-revenue');
    expect(r1.met).toBe(false);
    expect(r1.reason.en).toBe(
      'Below the USD 100,000 threshold (Azure consumed revenue: USD 99,999; billed revenue: USD 0).',
    );
    expect(a.status).toBe('cosell-ready');
    expect(a.nextStatus).toBe('azure-ip-cosell');
    expect(a.missing).toEqual(['ipci.r1-revenue']);
  });

  it.each(allEditions)('%s: Azure consumed revenue of exactly USD 100,000 meets it', (edition) => {
    const a = assessed({ ...qualifyingSaas, azureConsumedRevenueUsd: 100_000 }, edition);
    expect(requirementOf(a, 'ipci.r1-revenue').reason.ja).toBe(
      'Azure 使用による収益 100,000 米国ドルがしきい値 100,000 米国ドル以上です。',
    );
    expect(a.status).toBe('azure-ip-cosell');
  });

  it.each(allEditions)('%s: billed revenue of USD 100,000 counts for a transactable offer', (edition) => {
    const a = assessed({ ...qualifyingSaas, azureConsumedRevenueUsd: 0, billedRevenueUsd: 100_000 }, edition);
    expect(requirementOf(a, 'ipci.r1-revenue').met).toBe(true);
    expect(a.status).toBe('azure-ip-cosell');
  });

  it('2021-03: billed revenue of USD 99,999 does not', () => {
    const a = assessed({ ...qualifyingSaas, azureConsumedRevenueUsd: 0, billedRevenueUsd: 99_999 }, '2021-03');
    expect(requirementOf(a, 'ipci.r1-revenue').met).toBe(false);
  });

  it.each(['2021-03', '2021-07', '2021-10'])(
    '%s: billed revenue of a non-transactable offer does not count',
    (edition) => {
      const answers = { ...qualifyingSaas, transactable: false, azureConsumedRevenueUsd: 0, billedRevenueUsd: 500_000 };
      const r1 = requirementOf(assessed(answers, edition), 'ipci.r1-revenue');
      expect(r1.met).toBe(false);
      expect(r1.reason.en).toMatch(/Billed revenue counts only for a transactable offer\.$/);
    },
  );

  it('2021-03: billed revenue over the threshold waits on whether the offer is transactable', () => {
    const answers = without(
      { ...qualifyingSaas, azureConsumedRevenueUsd: 0, billedRevenueUsd: 100_000 },
      'transactable',
    );
    expect(requirementOf(assessed(answers, '2021-03'), 'ipci.r1-revenue').met).toBeNull();
  });

  it('2021-03: with no revenue figure at all the requirement is unanswered', () => {
    const a = assessed(without(qualifyingSaas, 'azureConsumedRevenueUsd'), '2021-03');
    const r1 = requirementOf(a, 'ipci.r1-revenue');
    expect(r1.met).toBeNull();
    expect(r1.reason.en).toMatch(/^Cannot tell yet/);
    expect(a.status).toBe('cosell-ready');
  });

  it('2021-03: the billed-revenue window is unstated, and the engine says so (A2, A3)', () => {
    const a = assessed(qualifyingSaas, '2021-03');
    expect(requirementOf(a, 'ipci.r1-revenue').ambiguities).toEqual(['A2', 'A3']);
    expect(a.caveats.map((c) => c.ambiguity)).toEqual(expect.arrayContaining(['A2', 'A3']));
  });

  it('2021-10: the billed-revenue window is the trailing 12 months, so only A3 remains', () => {
    const a = assessed(qualifyingSaas, '2021-10');
    expect(requirementOf(a, 'ipci.r1-revenue').ambiguities).toEqual(['A3']);
    expect(a.caveats.map((c) => c.ambiguity)).not.toContain('A2');
  });

  it.each(['2021-03', '2021-07', '2021-10'])(
    '%s: a transactable Azure VM passes technical validation by default (A10)',
    (edition) => {
      const vm = { ...qualifyingSaas, offerType: 'azure-virtual-machine', technicalValidationPassed: false } as const;
      const r2 = requirementOf(assessed(vm, edition), 'ipci.r2-tech-validation');
      expect(r2).toMatchObject({ met: true, ambiguities: ['A10'] });
      expect(r2.reason.en).toBe(
        'Met by default: a transactable Azure Virtual Machine offer meets this requirement automatically.',
      );
    },
  );

  it('2021-03: a transactable Azure Application passes by default, a non-transactable one does not', () => {
    const app = { ...qualifyingSaas, offerType: 'azure-application', technicalValidationPassed: false } as const;
    expect(requirementOf(assessed(app, '2021-03'), 'ipci.r2-tech-validation').met).toBe(true);
    expect(requirementOf(assessed({ ...app, transactable: false }, '2021-03'), 'ipci.r2-tech-validation').met).toBe(
      false,
    );
  });

  it('2021-03: a SaaS offer must pass technical validation itself', () => {
    const a = assessed({ ...qualifyingSaas, technicalValidationPassed: false }, '2021-03');
    expect(requirementOf(a, 'ipci.r2-tech-validation').met).toBe(false);
    expect(a.status).toBe('cosell-ready');
  });

  it('2023-07: a transactable VM or Azure Application still passes technical validation by default (A10; audit 1.4)', () => {
    for (const offerType of ['azure-virtual-machine', 'azure-application'] as const) {
      const offer = { ...qualifyingSaas, offerType, technicalValidationPassed: false } as const;
      const a = assessed(offer, '2023-07');
      expect(requirementOf(a, 'ipci.r2-tech-validation')).toMatchObject({ met: true, ambiguities: ['A10'] });
      expect(a.caveats.some((c) => c.ambiguity === 'A10' && /2023 page does not say/.test(c.text.en))).toBe(true);
      expect(requirementOf(assessed({ ...offer, transactable: false }, '2023-07'), 'ipci.r2-tech-validation').met).toBe(
        false,
      );
    }
  });

  it.each(['2021-03', '2021-07', '2021-10'])(
    '%s: every Azure IP offer type needs the architecture diagram',
    (edition) => {
      for (const offerType of ['saas', 'azure-virtual-machine', 'azure-container'] as const) {
        const a = assessed({ ...qualifyingSaas, offerType, referenceArchitectureDiagram: false }, edition);
        expect(requirementOf(a, 'ipci.r3-ref-arch-diagram').met).toBe(false);
      }
    },
  );

  it('2023-07: the architecture diagram is mandatory for SaaS only', () => {
    const saas = assessed({ ...qualifyingSaas, referenceArchitectureDiagram: false }, '2023-07');
    expect(requirementOf(saas, 'ipci.r3-ref-arch-diagram').met).toBe(false);
    const vm = assessed(
      { ...qualifyingSaas, offerType: 'azure-virtual-machine', referenceArchitectureDiagram: false },
      '2023-07',
    );
    expect(vm.requirements.map((r) => r.id)).not.toContain('ipci.r3-ref-arch-diagram');
    expect(vm.status).toBe('azure-ip-cosell');
  });

  it('2023-07: the solution type must be IP', () => {
    const a = assessed({ ...qualifyingSaas, solutionType: 'service' }, '2023-07');
    expect(requirementOf(a, 'ipci.solution-type-ip')).toMatchObject({
      met: false,
      reason: { en: 'The solution type is Service; it must be IP (application).' },
    });
    expect(a.status).toBe('cosell-ready');
    expect(assessed({ ...qualifyingSaas, solutionType: 'service' }, '2021-10').status).toBe('azure-ip-cosell');
  });

  it('2023-07: requirement 4, a new offer (first published from 2023-07-11) transactable on Azure Marketplace (audit 1.3)', () => {
    const newOffer = { ...qualifyingSaas, firstPublishedOn: '2023-07-11' } as const;
    const notTransactable = assessed({ ...newOffer, transactable: false }, '2023-07');
    expect(requirementOf(notTransactable, 'ipci.r4-transactable').met).toBe(false);
    expect(notTransactable.status).toBe('cosell-ready');
    // "on Azure marketplace": a transactable offer live only on AppSource does not meet it.
    const appSourceOnly = assessed({ ...newOffer, listedIn: ['appsource'] }, '2023-07');
    expect(requirementOf(appSourceOnly, 'ipci.r4-transactable').met).toBe(false);
    expect(requirementOf(assessed(newOffer, '2023-07'), 'ipci.r4-transactable').met).toBe(true);
    expect(assessed({ ...qualifyingSaas, transactable: false }, '2021-10').status).toBe('azure-ip-cosell');
  });

  it('2023-07: requirement 4 does not fail an offer published before 2023-07-11, and says what the source leaves open (A17)', () => {
    const older = assessed(
      { ...qualifyingSaas, transactable: false, billedRevenueUsd: 0, firstPublishedOn: '2023-07-10' },
      '2023-07',
    );
    const r4 = requirementOf(older, 'ipci.r4-transactable');
    expect(r4).toMatchObject({ met: true, ambiguities: expect.arrayContaining(['A17']) });
    expect(r4.reason.en).toBe(
      `First published on ${formatDate('2023-07-10', 'en')}, before ${formatDate('2023-07-11', 'en')}: this requirement is for offers published from ${formatDate('2023-07-11', 'en')} on.`,
    );
    expect(older.status).toBe('azure-ip-cosell');
    expect(older.caveats.some((c) => c.ambiguity === 'A17')).toBe(true);
  });

  it('2023-07: a new IoT Edge module cannot meet requirement 4, since the type has no transact option (A19)', () => {
    const iot = { ...qualifyingSaas, offerType: 'iot-edge-module' } as const;
    const newer = assessed({ ...iot, firstPublishedOn: '2023-08-01' }, '2023-07');
    const r4 = requirementOf(newer, 'ipci.r4-transactable');
    expect(r4.met).toBe(false);
    expect(r4.reason.en).toContain(
      `In this edition IoT Edge module offers have no transact option, so only one first published before ${formatDate('2023-07-11', 'en')} meets this.`,
    );
    expect(newer.status).toBe('cosell-ready');
    expect(newer.caveats.some((c) => c.ambiguity === 'A19' && /IoT Edge/.test(c.text.en))).toBe(true);
    // Not answered when it was first published: not decided, and the caveat says why it matters.
    expect(requirementOf(assessed(iot, '2023-07'), 'ipci.r4-transactable').met).toBeNull();
    expect(
      requirementOf(assessed({ ...iot, firstPublishedOn: '2023-07-10' }, '2023-07'), 'ipci.r4-transactable').met,
    ).toBe(true);
    // The caveat concerns IoT Edge modules only.
    expect(assessed(qualifyingSaas, '2023-07').caveats.some((c) => c.ambiguity === 'A19')).toBe(false);
  });

  it('2023-07: requirement 4 for an offer not transactable, publication date unanswered, is not decided: never "no"', () => {
    const a = assessed({ ...qualifyingSaas, transactable: false }, '2023-07');
    expect(requirementOf(a, 'ipci.r4-transactable').met).toBeNull();
    expect(a.missing).toEqual(['ipci.r4-transactable']);
  });

  it.each(allEditions)('%s: exactly five offer types can be Azure IP co-sell', (edition) => {
    // Published before July 11, 2023, so that the 2023 requirement 4 holds for the type with no transact option too.
    const eligible = (
      ['azure-application', 'azure-container', 'azure-virtual-machine', 'iot-edge-module', 'saas'] as const
    ).map((offerType) => assessed({ ...qualifyingSaas, offerType, firstPublishedOn: '2023-07-10' }, edition).status);
    expect(eligible).toEqual(Array(5).fill('azure-ip-cosell'));
    const powerBi = assessed({ ...qualifyingSaas, offerType: 'power-bi-app' }, edition);
    expect(powerBi.status).toBe('cosell-ready');
    expect(requirementOf(powerBi, 'ipci.offer-type').met).toBe(false);
  });
});

describe('Business Applications co-sell', () => {
  it.each(allEditions)('%s: Dynamics 365 Customer Engagement enrolled in ISV Connect reaches it', (edition) => {
    const a = assessed(coSellReady('dynamics-365-customer-engagement-power-apps'), edition);
    expect(a.status).toBe('bizapps-cosell');
    expect(requirementOf(a, 'bizci.isv-connect').met).toBe(true);
  });

  it.each(allEditions)('%s: without ISV Connect, Dynamics 365 Operations is not even co-sell ready', (edition) => {
    const a = assessed(coSellReady('dynamics-365-operations', { isvConnectEnrolled: false }), edition);
    expect(requirementOf(a, 'csr.bizapps-isv-connect').met).toBe(false);
    expect(a.status).toBe('not-cosell-ready');
  });

  it.each(allEditions)('%s: Business Central is co-sell ready without ISV Connect, and goes no further', (edition) => {
    const a = assessed(coSellReady('dynamics-365-business-central', { isvConnectEnrolled: false }), edition);
    expect(a.requirements.map((r) => r.id)).not.toContain('csr.bizapps-isv-connect');
    expect(a.status).toBe('cosell-ready');
    expect(requirementOf(a, 'bizci.offer-type').met).toBe(false);
    expect(a.nextStatus).toBeNull();
  });

  it('2021-03: Standard and Premium are left to Microsoft, with caveat A4', () => {
    const a = assessed(coSellReady('dynamics-365-operations'), '2021-03');
    expect(a.caveats).toContainEqual(expect.objectContaining({ ambiguity: 'A4' }));
    expect(a.caveats.find((c) => c.ambiguity === 'A4')?.text.en).toMatch(/Microsoft decides/);
  });

  it('2021-07: a single Business Applications status, without the tier caveat', () => {
    const a = assessed(coSellReady('dynamics-365-operations'), '2021-07');
    expect(a.statusName.en).toBe('Business Applications co-sell incentive');
    expect(a.caveats.map((c) => c.ambiguity)).not.toContain('A4');
  });
});

describe('what is missing for the next status', () => {
  it('2021-03: a co-sell ready SaaS offer lists the Azure IP requirements it still lacks', () => {
    const a = assessed(
      {
        ...qualifyingSaas,
        azureConsumedRevenueUsd: 5_000,
        referenceArchitectureDiagram: false,
        technicalValidationPassed: undefined,
      },
      '2021-03',
    );
    expect(a.status).toBe('cosell-ready');
    expect(a.nextStatusName?.en).toBe('Azure IP co-sell incentivized');
    expect(a.missing).toEqual(['ipci.r1-revenue', 'ipci.r2-tech-validation', 'ipci.r3-ref-arch-diagram']);
  });

  it('2021-03: an offer not yet co-sell ready is told what co-sell ready needs, not the incentive', () => {
    const a = assessed({ ...qualifyingSaas, pitchDeck: false, azureConsumedRevenueUsd: 10 }, '2021-03');
    expect(a.missing).toEqual(['csr.doc-pitch-deck']);
  });

  it('every requirement carries its citation keys and a label in both languages', () => {
    for (const edition of allEditions) {
      for (const r of assessed(qualifyingSaas, edition).requirements) {
        expect(r.sources.length, `${edition} ${r.id}`).toBeGreaterThan(0);
        expect(r.label.ja && r.label.en && r.reason.ja && r.reason.en).toBeTruthy();
      }
    }
  });
});
