import { describe, expect, it } from 'vitest';
import { assessed, coSellReady, qualifyingSaas } from './fixtures.ts';

describe('Microsoft Preferred Solution badge', () => {
  it('2021-03: Azure IP co-sell earns it, with the 30-day display delay noted', () => {
    const { badge } = assessed(qualifyingSaas, '2021-03');
    expect(badge.eligible).toBe(true);
    expect(badge.reason.en).toMatch(/^Eligible\. Condition: /);
    expect(badge.caveats.some((c) => /30 days/.test(c.en))).toBe(true);
  });

  it('2021-03: ISV Connect enrollment plus co-sell ready earns it too', () => {
    const a = assessed(coSellReady('dynamics-365-business-central'), '2021-03');
    expect(a.status).toBe('cosell-ready');
    expect(a.badge.eligible).toBe(true);
  });

  it('2021-03: co-sell ready without ISV Connect does not', () => {
    expect(assessed(coSellReady('power-bi-app', { isvConnectEnrolled: false }), '2021-03').badge.eligible).toBe(false);
  });

  it('2021-03: ISV Connect without co-sell ready does not', () => {
    const notLive = { ...coSellReady('dynamics-365-business-central'), listedIn: [] };
    expect(assessed(notLive, '2021-03').badge).toMatchObject({ eligible: false, decidedBy: [] });
  });

  it('2021-03: ISV Connect with the co-sell ready questions still open is not decided yet, never "not eligible"', () => {
    const { badge } = assessed({ offerType: 'dynamics-365-business-central', isvConnectEnrolled: true }, '2021-03');
    expect(badge.eligible).toBeNull();
    expect(badge.decidedBy).toEqual(
      expect.arrayContaining(['listedIn', 'partnerIdAndAccount', 'salesContactPerGeography']),
    );
    expect(badge.decidedBy).not.toContain('monthlySalesUsd');
    expect(badge.reason.en).toMatch(/^Not decided yet: it depends on questions you have not answered\. Condition: /);
  });

  it.each(['2021-07', '2021-10', '2023-07'])('%s: ISV Connect plus co-sell ready is no longer enough', (edition) => {
    expect(assessed(coSellReady('dynamics-365-business-central'), edition).badge.eligible).toBe(false);
  });

  it.each(['2021-07', '2021-10', '2023-07'])('%s: Azure IP or Business Applications co-sell earns it', (edition) => {
    expect(assessed(qualifyingSaas, edition).badge.eligible).toBe(true);
    expect(assessed(coSellReady('dynamics-365-operations'), edition).badge.eligible).toBe(true);
  });

  it('2021-07: the stricter rule is dated August 2021', () => {
    expect(assessed(qualifyingSaas, '2021-07').badge.caveats[0].en).toMatch(/from August 2021/);
  });
});

describe('Azure consumption commitment (MACC)', () => {
  it.each(['2021-03', '2021-07', '2021-10', '2023-07'])(
    '%s: Azure IP co-sell, transactable and live on Azure Marketplace counts',
    (edition) => {
      expect(assessed(qualifyingSaas, edition).macc.eligible).toBe(true);
    },
  );

  it('2021-03: an offer live only on AppSource does not count (A7)', () => {
    const a = assessed({ ...qualifyingSaas, listedIn: ['appsource'] }, '2021-03');
    expect(a.status).toBe('azure-ip-cosell');
    expect(a.macc.eligible).toBe(false);
    expect(a.macc.reason.en).toMatch(/^Not eligible\. Condition: .*live on Azure Marketplace/);
  });

  it('2021-03: a non-transactable offer does not count, even with Azure IP co-sell', () => {
    const a = assessed({ ...qualifyingSaas, transactable: false }, '2021-03');
    expect(a.status).toBe('azure-ip-cosell');
    expect(a.macc.eligible).toBe(false);
  });

  it('2021-03: co-sell ready alone does not count', () => {
    expect(
      assessed({ ...qualifyingSaas, azureConsumedRevenueUsd: 1, billedRevenueUsd: 0 }, '2021-03').macc.eligible,
    ).toBe(false);
  });

  it('2021-03: short of the threshold in Azure consumed revenue, with billed revenue unanswered, it waits on billed revenue', () => {
    const { macc } = assessed({ ...qualifyingSaas, azureConsumedRevenueUsd: 1 }, '2021-03');
    expect(macc).toMatchObject({ eligible: null, decidedBy: ['billedRevenueUsd'] });
  });

  it('2021-03: an Azure Container answered transactable could not be sold then, so it does not count (audit 1.6)', () => {
    const a = assessed({ ...qualifyingSaas, offerType: 'azure-container' }, '2021-03');
    expect(a.status).toBe('azure-ip-cosell');
    expect(a.fee.applies).toBe(false);
    expect(a.macc.eligible).toBe(false);
    expect(assessed({ ...qualifyingSaas, offerType: 'azure-container' }, '2021-10').macc.eligible).toBe(true);
  });

  it('2021 editions count Azure Marketplace only; 2023-07 counts an offer live in either store (audit 1.1, F13)', () => {
    // Published before 2023-07-11, so requirement 4's Azure Marketplace condition does not apply to it.
    const appSourceOnly = { ...qualifyingSaas, listedIn: ['appsource'], firstPublishedOn: '2022-03-01' } as const;
    for (const edition of ['2021-03', '2021-07', '2021-10'])
      expect(assessed(appSourceOnly, edition).macc.eligible).toBe(false);
    const a = assessed(appSourceOnly, '2023-07');
    expect(a.status).toBe('azure-ip-cosell');
    expect(a.macc.eligible).toBe(true);
    expect(a.macc.reason.en).toMatch(/Azure Marketplace or AppSource/);
    expect(a.macc.sources).toContain('S-28');
  });

  it('a Dynamics 365 offer never counts, whatever else is answered: false, not undecided', () => {
    expect(assessed({ offerType: 'dynamics-365-operations' }, '2023-07').macc).toMatchObject({
      eligible: false,
      decidedBy: [],
    });
  });

  it('2021-03: purchases through CSP never count', () => {
    expect(assessed(qualifyingSaas, '2021-03').macc.caveats[0].en).toMatch(/through CSP/);
  });
});

describe('CSP partner incentive', () => {
  it('2021-03: 10% for an Azure IP co-sell offer, paid to the CSP partner, ending 2021-06-30 (A6)', () => {
    const { cspIncentive } = assessed(qualifyingSaas, '2021-03');
    expect(cspIncentive).toMatchObject({ eligible: true, rate: 0.1 });
    expect(cspIncentive.caveats.map((c) => c.en).join(' ')).toMatch(/not a saving for the publisher.*June 30, 2021/);
  });

  it.each([
    ['an IoT Edge module (not resold through CSP)', { offerType: 'iot-edge-module', transactable: false }],
    ['an Azure Container', { offerType: 'azure-container' }],
    ['a SaaS offer that is not transactable, qualifying on Azure consumed revenue', { transactable: false }],
  ] as const)('2021-03: none for %s (audit 1.5)', (_, change) => {
    const a = assessed({ ...qualifyingSaas, ...change }, '2021-03');
    expect(a.status).toBe('azure-ip-cosell');
    expect(a.cspIncentive).toMatchObject({ eligible: false, rate: null });
  });

  it('2021-03: a SaaS offer whose transactability is unanswered is not decided yet', () => {
    const a = assessed({ ...qualifyingSaas, transactable: undefined, billedRevenueUsd: 0 }, '2021-03');
    expect(a.cspIncentive).toMatchObject({ eligible: null, rate: null });
    expect(a.cspIncentive.decidedBy).toContain('transactable');
  });

  it('2021-03: none below Azure IP co-sell', () => {
    expect(assessed({ ...qualifyingSaas, referenceArchitectureDiagram: false }, '2021-03').cspIncentive).toMatchObject({
      eligible: false,
      rate: null,
    });
  });

  it.each(['2021-07', '2021-10', '2023-07'])('%s: the program had ended, so no offer gets it', (edition) => {
    const { cspIncentive } = assessed(qualifyingSaas, edition);
    expect(cspIncentive).toMatchObject({ eligible: false, rate: null });
    expect(cspIncentive.reason.en).toMatch(/ended on June 30, 2021/);
  });
});
