import { describe, expect, it } from 'vitest';
import { assessed, coSellReady, qualifyingSaas } from './fixtures.ts';
import { formatDate } from '../../../src/lib/format.ts';

/** Weekday names by Date.getUTCDay(), to check the calendar facts the timing tests rely on. */
const weekday = (date: string) =>
  ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][new Date(`${date}T00:00:00Z`).getUTCDay()];

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
    expect(fee).toMatchObject({
      applies: true,
      rate: 0.2,
      monthlySavingsUsd: 0,
      annualSavingsUsd: 0,
      reducedBecause: null,
      reducedFrom: null,
    });
    expect(fee.reason.en).toBe('The standard service fee of 20% applies.');
  });

  it.each(['azure-virtual-machine', 'azure-application'] as const)(
    'a transactable %s with Azure IP co-sell gets 10%%',
    (offerType) => {
      const { fee } = assessed({ ...qualifyingSaas, offerType }, '2021-03');
      expect(fee).toMatchObject({ rate: 0.1, reducedBecause: 'azure-ip-cosell' });
    },
  );

  it.each(['azure-container', 'iot-edge-module'] as const)(
    '%s had no transact option, so no fee applies at all (A1)',
    (offerType) => {
      const a = assessed({ ...qualifyingSaas, offerType }, '2021-03');
      expect(a.status).toBe('azure-ip-cosell');
      expect(a.fee).toMatchObject({ applies: false, monthlySavingsUsd: 0, reducedBecause: null });
      expect(a.fee.reason.en).toMatch(/have no transact option/);
    },
  );

  it('a paid SaaS linked to Teams or Microsoft 365 add-ins on AppSource gets 10% without any co-sell status (A8)', () => {
    const answers = {
      offerType: 'saas',
      transactable: true,
      listedIn: ['appsource'],
      teamsOrM365Linked: true,
      monthlySalesUsd: 2_000,
    } as const;
    const a = assessed(answers, '2021-03');
    expect(a.status).toBe('not-cosell-ready');
    expect(a.fee).toMatchObject({
      rate: 0.1,
      reducedBecause: 'teams-m365-saas',
      monthlySavingsUsd: 200,
      annualSavingsUsd: 2_400,
    });
  });

  it('the Teams path needs the offer published on AppSource (audit 1.10)', () => {
    const answers = { offerType: 'saas', transactable: true, teamsOrM365Linked: true, monthlySalesUsd: 2_000 } as const;
    expect(assessed({ ...answers, listedIn: ['azure-marketplace'] }, '2021-03').fee).toMatchObject({
      rate: 0.2,
      reducedBecause: null,
    });
    expect(assessed(answers, '2021-03').fee).toMatchObject({ rate: 0.2, reducedBecause: null });
  });

  it('the Teams path needs a paid (transactable) offer', () => {
    const { fee } = assessed({ offerType: 'saas', transactable: false, teamsOrM365Linked: true }, '2021-03');
    expect(fee).toMatchObject({ applies: false, rate: 0.2, monthlySavingsUsd: 0 });
    expect(fee.reason.en).toBe('The offer is not transactable, so no marketplace service fee is charged.');
  });

  it('an offer whose transactability is unanswered gets no fee estimate yet: not decided, not "no fee"', () => {
    const { fee } = assessed({ offerType: 'saas' }, '2021-03');
    expect(fee).toMatchObject({ applies: null, decidedBy: ['transactable'], monthlySavingsUsd: 0 });
    expect(fee.reason.en).toBe('Answer whether the offer is transactable to estimate the fee.');
  });

  it.each(['2021-03', '2021-07', '2021-10', '2023-07'])(
    '%s: a transactable offer of a type not chosen yet waits on the offer type (some types cannot transact)',
    (edition) => {
      const { fee } = assessed({ transactable: true }, edition);
      expect(fee).toMatchObject({ applies: null, decidedBy: ['offerType'] });
    },
  );

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
    ['2021-05-31', 'Mon', 1, '2021-07-01'],
    ['2021-06-24', 'Thu', 5, '2021-07-01'], // the last reduced start inside the edition's period (until 2021-07-11)
    ['2021-02-22', 'Mon', 5, '2021-03-01'],
  ])(
    'qualifying on %s (%s) leaves %i business days, so the reduced rate starts %s',
    (qualifiesOn, day, days, start) => {
      expect(weekday(qualifiesOn)).toBe(day);
      const { fee } = assessed({ ...qualifyingSaas, qualifiesOn }, '2021-03');
      expect(fee.reducedFrom).toBe(start);
      expect(fee.reason.en).toContain(
        `From ${formatDate(qualifiesOn, 'en')} through the last day of that month there are ${days} weekdays (5 or more are needed), so the reduced rate applies from ${formatDate(start, 'en')}.`,
      );
      // Dates read as the fee card writes them; the Japanese one sits against its particle with no space.
      expect(fee.reason.ja).toContain(`${formatDate(start, 'ja')}から`);
    },
  );

  it.each([
    // qualifies on, the start it would give, outside the period 2021-02-24 … 2021-07-11 (A14, A13)
    ['2021-06-25', '2021-08-01'], // 4 weekdays left: the month after, when the 3% fee had replaced it
    ['2024-02-23', '2024-03-01'], // audit 1.11, P08
    ['2026-12-20', '2027-01-01'], // issue 13: no phantom saving for a 2026 date
    ['2019-01-15', '2019-02-01'], // audit 1.11, P09: before this edition
    ['2021-01-20', '2021-02-01'],
  ])(
    'qualifying on %s would start the reduced rate on %s, outside the edition: none is projected',
    (qualifiesOn, start) => {
      const { fee } = assessed({ ...qualifyingSaas, monthlySalesUsd: 1_000, qualifiesOn }, '2021-03');
      expect(fee).toMatchObject({
        applies: true,
        rate: 0.2,
        reducedBecause: null,
        reducedFrom: null,
        monthlySavingsUsd: 0,
        annualSavingsUsd: 0,
      });
      expect(fee.reason.en).toBe(
        `The standard service fee of 20% applies. The reduced rate would start on ${formatDate(start, 'en')}, outside this edition's period (${formatDate('2021-02-24', 'en')} to ${formatDate('2021-07-11', 'en')}); no reduced rate existed then, so the standard fee is used.`,
      );
      expect(fee.reason.ja).toContain(
        `引き下げの開始日は ${formatDate(start, 'ja')}になりますが、この版の期間 (${formatDate('2021-02-24', 'ja')}〜${formatDate('2021-07-11', 'ja')}) の外です`,
      );
    },
  );

  it('without a date the start is not guessed', () => {
    const { fee } = assessed({ ...qualifyingSaas, qualifiesOn: undefined }, '2021-03');
    expect(fee.reducedFrom).toBeNull();
    expect(fee.reason.en).toMatch(/Enter the date the offer qualifies/);
  });
});

describe('marketplace service fee from 2021-07', () => {
  it.each(['2021-07', '2021-10', '2023-07'])(
    '%s: a flat 3%%, with no reduced rate even for Azure IP co-sell',
    (edition) => {
      const { fee } = assessed({ ...qualifyingSaas, monthlySalesUsd: 100 }, edition);
      expect(fee).toMatchObject({
        applies: true,
        standardRate: 0.03,
        rate: 0.03,
        monthlySavingsUsd: 0,
        reducedBecause: null,
        reducedFrom: null,
      });
    },
  );

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

describe('offer types with no transact option pay no fee (audit 1.12, A19)', () => {
  it.each(['2021-07', '2021-10', '2023-07'])(
    '%s: a consulting service answered "transactable" pays no service fee, and the result says why',
    (edition) => {
      const { fee } = assessed(
        { ...coSellReady('consulting-service'), transactable: true, monthlySalesUsd: 1_000 },
        edition,
      );
      expect(fee).toMatchObject({ applies: false, decidedBy: [], monthlySavingsUsd: 0 });
      expect(fee.reason.en).toBe(
        "In this edition Consulting service offers have no transact option (Microsoft does not sell and bill them on the publisher's behalf), so no service fee applies.",
      );
      expect(fee.caveats.some((c) => /none of the fee pages|not on the April 2021/.test(c.en))).toBe(true);
    },
  );

  it.each(['2021-07', '2021-10', '2023-07'])('%s: so do a Power BI app and an Office add-in', (edition) => {
    for (const offerType of ['power-bi-app', 'office-add-in'] as const)
      expect(assessed({ offerType, transactable: true }, edition).fee.applies).toBe(false);
  });

  it('Dynamics 365 Business Central: no transact option before the July 2023 edition; from October 9, 2023 it pays 3%', () => {
    const bc = { ...coSellReady('dynamics-365-business-central'), transactable: true } as const;
    const october = assessed(bc, '2021-10').fee;
    expect(october.applies).toBe(false);
    // Its 2023 preview falls inside that edition's period: said, not applied.
    expect(october.caveats.some((c) => /public preview from February 2023/.test(c.en))).toBe(true);
    const { fee } = assessed(bc, '2023-07');
    expect(fee).toMatchObject({ applies: true, rate: 0.03 });
    expect(fee.caveats.some((c) => /October 9, 2023/.test(c.en) && /2023 年 10 月 9 日/.test(c.ja))).toBe(true);
  });

  it.each(['2021-07', '2021-10'])(
    '%s: a transactable Azure Container pays the fee, with the caveat that its transact option is first documented in 2022',
    (edition) => {
      const { fee } = assessed({ ...coSellReady('azure-container'), transactable: true }, edition);
      expect(fee.applies).toBe(true);
      expect(fee.caveats.some((c) => /August 5, 2022/.test(c.en))).toBe(true);
    },
  );

  it('2021-03: a container answered "transactable" is treated as not transactable everywhere: no fee, no MACC, no billed-revenue path', () => {
    const container = {
      ...qualifyingSaas,
      offerType: 'azure-container',
      azureConsumedRevenueUsd: 0,
      billedRevenueUsd: 200_000,
    } as const;
    const a = assessed(container, '2021-03');
    expect(a.fee.applies).toBe(false);
    expect(a.macc.eligible).toBe(false);
    expect(a.requirements.find((r) => r.id === 'ipci.r1-revenue')?.met).toBe(false);
  });
});

describe('fee caveats concern the offer chosen (#16)', () => {
  it('a SaaS offer is not shown the caveat about containers and IoT Edge modules; a container is', () => {
    const about = (c: { en: string }) => /Azure Container and IoT Edge module/.test(c.en);
    expect(assessed(qualifyingSaas, '2021-03').fee.caveats.some(about)).toBe(false);
    expect(assessed({ ...qualifyingSaas, offerType: 'azure-container' }, '2021-03').fee.caveats.some(about)).toBe(true);
    // With no offer type chosen only the caveats for every offer are shown.
    const general = assessed({}, '2021-03').fee.caveats;
    expect(general.some(about)).toBe(false);
    expect(general.some((c) => /holidays/.test(c.en))).toBe(true);
  });
});
