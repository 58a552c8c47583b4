import { describe, expect, it } from 'vitest';
import { assessed, coSellReady, qualifyingSaas } from './fixtures.ts';

/** Weekday names by Date.getUTCDay(), to check the calendar facts the timing tests rely on. */
const weekday = (date: string) => ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][new Date(`${date}T00:00:00Z`).getUTCDay()];

describe('marketplace service fee, 2021-03', () => {
  it('worked example: on USD 100 a qualified offer pays USD 10 instead of 20, so the publisher keeps USD 10 more', () => {
    const { fee } = assessed({ ...qualifyingSaas, monthlySalesUsd: 100 }, '2021-03');
    expect(fee).toMatchObject({ applies: true, standardRate: 0.2, rate: 0.1, reducedBecause: 'azure-ip-cosell' });
    expect(fee.monthlySavingsUsd).toBe(10);
    expect(fee.annualSavingsUsd).toBe(120);
    expect(fee.reason.en).toMatch(
      /^The fee drops from 20% to 10%: .*On sales of USD 100 a month the publisher receives USD 10 more a month, USD 120 a year\./,
    );
  });

  it('a co-sell ready offer short of Azure IP co-sell pays the standard 20%', () => {
    const { fee } = assessed({ ...qualifyingSaas, azureConsumedRevenueUsd: 50_000, monthlySalesUsd: 1_000 }, '2021-03');
    expect(fee).toMatchObject({ applies: true, rate: 0.2, monthlySavingsUsd: 0, annualSavingsUsd: 0, reducedBecause: null, reducedFrom: null });
    expect(fee.reason.en).toBe('The standard service fee of 20% applies.');
  });

  it.each(['azure-virtual-machine', 'azure-application'] as const)('a transactable %s with Azure IP co-sell gets 10%%', (offerType) => {
    const { fee } = assessed({ ...qualifyingSaas, offerType }, '2021-03');
    expect(fee).toMatchObject({ rate: 0.1, reducedBecause: 'azure-ip-cosell' });
  });

  it.each(['azure-container', 'iot-edge-module'] as const)('%s had no transact option, so no fee applies at all (A1)', (offerType) => {
    const a = assessed({ ...qualifyingSaas, offerType }, '2021-03');
    expect(a.status).toBe('azure-ip-cosell');
    expect(a.fee).toMatchObject({ applies: false, monthlySavingsUsd: 0, reducedBecause: null });
    expect(a.fee.reason.en).toMatch(/could not be sold through the marketplace/);
  });

  it('a paid SaaS linked to Teams or Microsoft 365 add-ins gets 10% without any co-sell status (A8)', () => {
    const answers = { offerType: 'saas', transactable: true, teamsOrM365Linked: true, monthlySalesUsd: 2_000 } as const;
    const a = assessed(answers, '2021-03');
    expect(a.status).toBe('not-cosell-ready');
    expect(a.fee).toMatchObject({ rate: 0.1, reducedBecause: 'teams-m365-saas', monthlySavingsUsd: 200, annualSavingsUsd: 2_400 });
  });

  it('the Teams path needs a paid (transactable) offer', () => {
    const { fee } = assessed({ offerType: 'saas', transactable: false, teamsOrM365Linked: true }, '2021-03');
    expect(fee).toMatchObject({ applies: false, rate: 0.2, monthlySavingsUsd: 0 });
    expect(fee.reason.en).toBe('The offer is not transactable, so no marketplace service fee is charged.');
  });

  it('an offer whose transactability is unanswered gets no fee estimate yet', () => {
    const { fee } = assessed({ offerType: 'saas' }, '2021-03');
    expect(fee.applies).toBe(false);
    expect(fee.reason.en).toBe('Answer whether the offer is transactable to estimate the fee.');
  });

  it('names its sources and warns that holidays are not counted', () => {
    const { fee } = assessed(qualifyingSaas, '2021-03');
    expect(fee.sources).toEqual(expect.arrayContaining(['S-11', 'S-14']));
    expect(fee.caveats.some((c) => /holidays/.test(c.en))).toBe(true);
  });
});

describe('when the reduced fee starts (5 business days before the month ends)', () => {
  it.each([
    // qualifies on, weekday, Monday–Friday days left in the month (both ends included), first reduced day
    ['2021-03-25', 'Thu', 5, '2021-04-01'],
    ['2021-03-26', 'Fri', 4, '2021-05-01'],
    ['2021-03-01', 'Mon', 23, '2021-04-01'],
    ['2021-07-26', 'Mon', 5, '2021-08-01'], // July 2021 ends on a Saturday
    ['2021-07-27', 'Tue', 4, '2021-09-01'],
    ['2021-12-27', 'Mon', 5, '2022-01-01'], // across the year end
    ['2021-12-28', 'Tue', 4, '2022-02-01'],
    ['2024-02-23', 'Fri', 5, '2024-03-01'], // leap February: 23, 26, 27, 28, 29
    ['2024-02-26', 'Mon', 4, '2024-04-01'],
    ['2021-05-31', 'Mon', 1, '2021-07-01'],
    ['2021-10-30', 'Sat', 0, '2021-12-01'],
  ])('qualifying on %s (%s) leaves %i business days, so the reduced rate starts %s', (qualifiesOn, day, days, start) => {
    expect(weekday(qualifiesOn)).toBe(day);
    const { fee } = assessed({ ...qualifyingSaas, qualifiesOn }, '2021-03');
    expect(fee.reducedFrom).toBe(start);
    expect(fee.reason.en).toContain(`From ${qualifiesOn} to the end of that month there are ${days} weekdays (5 needed)`);
  });

  it('without a date the start is not guessed', () => {
    const { fee } = assessed({ ...qualifyingSaas, qualifiesOn: undefined }, '2021-03');
    expect(fee.reducedFrom).toBeNull();
    expect(fee.reason.en).toMatch(/Enter the date the offer qualifies/);
  });
});

describe('marketplace service fee from 2021-07', () => {
  it.each(['2021-07', '2021-10', '2023-07'])('%s: a flat 3%%, with no reduced rate even for Azure IP co-sell', (edition) => {
    const { fee } = assessed({ ...qualifyingSaas, monthlySalesUsd: 100 }, edition);
    expect(fee).toMatchObject({ applies: true, standardRate: 0.03, rate: 0.03, monthlySavingsUsd: 0, reducedBecause: null, reducedFrom: null });
  });

  it('2021-07: the Teams / Microsoft 365 path is gone', () => {
    expect(assessed({ offerType: 'saas', transactable: true, teamsOrM365Linked: true }, '2021-07').fee.rate).toBe(0.03);
  });

  it('2021-07: an Azure Container that is transactable pays the fee (no 2021-03 restriction)', () => {
    expect(assessed({ ...coSellReady('azure-container'), transactable: true }, '2021-07').fee.applies).toBe(true);
  });

  it('2021-07: the missing start date of the 3% fee is a stated caveat (A13)', () => {
    const { fee } = assessed(qualifyingSaas, '2021-07');
    expect(fee.caveats[0].en).toMatch(/no start date/);
  });
});
