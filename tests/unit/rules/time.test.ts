// Editions in time: each edition's period, which edition is in force on a date, and the notice an assessment
// carries when its edition had ended by the date asked about.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { withEdit } from './edition-folder.ts';
import {
  assess,
  editionFor,
  editionIds,
  editionNames,
  editionPeriods,
  editions,
  defaultEditionId,
} from '../../../src/rules/index.ts';
import { checkEditionTexts } from '../../../src/build/edition-check.ts';
import { assessed, qualifyingSaas } from './fixtures.ts';
import { formatDate } from '../../../src/lib/format.ts';

const anyDay = fc
  .date({ min: new Date('1000-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('edition periods', () => {
  it("run from the sources' dates: the reduced fee ends where the 3% fee starts, the newest is open-ended", () => {
    expect(editionPeriods['2021-03']).toEqual({ from: '2021-02-24', until: '2021-07-11' });
    expect(editionPeriods['2021-07'].from).toBe('2021-07-12'); // the first 3% fee page (S-15)
    expect(editionPeriods['2021-10'].from).toBe('2021-10-21'); // the first page with the 12-month window (S-02b)
    expect(editionPeriods['2023-07']).toEqual({ from: '2023-07-01', until: null });
  });

  it('name the ambiguity wherever a boundary is not established by a source', () => {
    for (const id of editionIds) expect(editions[id].period.ambiguities.length, id).toBeGreaterThan(0);
    expect(editions['2021-03'].period.ambiguities).toContain('A13'); // the 3% fee's start date
  });

  it("label the newest edition as the newest rules the guide can cite, and the seed as the source document's", () => {
    expect(editionNames['2023-07'].label).toEqual({
      ja: 'このガイドが出典を示せる最新のルール',
      en: 'The newest rules this guide can cite',
    });
    expect(editionNames['2021-03'].label.en).toMatch(/source document's rules \(March 2021\)/);
  });

  it('a gap, an overlap, a reversed period or an open end that is not the newest fails the check, naming file and field', () => {
    expect(checkEditionTexts(withEdit('2021-07.json', (e) => (e.rules.period.from = '2021-07-13')))).toEqual([
      expect.stringMatching(
        /^content\/editions\/2021-07\.json: rules\.period\.from: must be 2021-07-12, the day after 2021-03 ends/,
      ),
    ]);
    expect(checkEditionTexts(withEdit('2021-10.json', (e) => (e.rules.period.until = '2021-10-01')))).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^content\/editions\/2021-10\.json: rules\.period\.until: from must not be after until/),
      ]),
    );
    expect(checkEditionTexts(withEdit('2021-10.json', (e) => (e.rules.period.until = null)))).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^content\/editions\/2021-10\.json: rules\.period\.until: only the newest/),
      ]),
    );
    expect(checkEditionTexts(withEdit('2023-07.json', (e) => (e.rules.period.until = '2030-01-01')))).toEqual([
      'content/editions/2023-07.json: rules.period.until: the newest edition must be open-ended (null)',
    ]);
    expect(checkEditionTexts(withEdit('2023-07.json', (e) => delete e.rules.period))).toEqual([
      expect.stringMatching(/^content\/editions\/2023-07\.json: rules\.period: /),
    ]);
  });
});

describe('editionFor', () => {
  it.each([
    ['2021-03-17', '2021-03'],
    ['2021-07-11', '2021-03'],
    ['2021-07-12', '2021-07'],
    ['2021-10-20', '2021-07'],
    ['2021-10-21', '2021-10'],
    ['2023-06-30', '2021-10'],
    ['2023-07-01', '2023-07'],
    ['2026-12-20', '2023-07'],
    ['2019-01-15', '2021-03'], // before the first period: the first
  ])('on %s the %s edition is in force', (date, id) => {
    expect(editionFor(date)).toBe(id);
  });

  it('gives, for any day, the one edition whose period contains it (or the first, before all of them)', () => {
    fc.assert(
      fc.property(anyDay, (date) => {
        const id = editionFor(date);
        const { from, until } = editionPeriods[id];
        if (date < editionPeriods[editionIds[0]].from) expect(id).toBe(editionIds[0]);
        else expect(from <= date && (until === null || date <= until)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('gives the default (newest) edition for today and any later day', () => {
    expect(editionFor('2026-12-07')).toBe(defaultEditionId);
  });
});

describe('an assessment in time', () => {
  it("carries its edition's period", () => {
    expect(assessed(qualifyingSaas, '2021-07').period).toEqual({ from: '2021-07-12', until: '2021-10-20' });
  });

  it('under the March 2021 rules for a 2026 date, says those rules no longer apply and which do, and promises no saving', () => {
    const result = assess({ ...qualifyingSaas, qualifiesOn: '2026-12-20', monthlySalesUsd: 1_000 }, '2021-03', {
      today: '2026-12-07',
    });
    if (!result.ok) throw new Error('expected a result');
    const a = result.assessment;
    expect(a.superseded).toMatchObject({ on: '2026-12-20', editionInForce: '2023-07' });
    expect(a.superseded?.reason.en).toBe(
      `The March 2021 edition (the March 17, 2021 overview) describes the rules up to ${formatDate('2021-07-11', 'en')}. On ${formatDate('2026-12-20', 'en')}, the date you entered, the rules of the July 2023 edition apply.`,
    );
    expect(a.superseded?.reason.ja).toContain(
      `${formatDate('2026-12-20', 'ja')}には2023 年 7 月版のルールが適用されます`,
    );
    expect(a.fee).toMatchObject({ rate: 0.2, reducedFrom: null, monthlySavingsUsd: 0, annualSavingsUsd: 0 });
  });

  it('with no date, measures against today', () => {
    const a = assessed({ offerType: 'saas' }, '2021-10');
    expect(a.superseded?.editionInForce).toBe('2023-07');
    const result = assess({ offerType: 'saas' }, '2021-10', { today: '2022-05-01' });
    expect(result.ok && result.assessment.superseded).toBeNull();
    const later = assess({ offerType: 'saas' }, '2021-10', { today: '2023-07-01' });
    expect(later.ok && later.assessment.superseded?.reason.en).toBe(
      `The October 2021 edition describes the rules up to ${formatDate('2023-06-30', 'en')}. Today (${formatDate('2023-07-01', 'en')}) the rules of the July 2023 edition apply.`,
    );
  });

  it('is never superseded under the newest edition, and not when the date lies inside the period', () => {
    expect(assess({ qualifiesOn: '2030-01-01' }, '2023-07', { today: '2040-01-01' })).toMatchObject({
      ok: true,
      assessment: { superseded: null },
    });
    expect(assess({ qualifiesOn: '2021-04-01' }, '2021-03', { today: '2026-12-07' })).toMatchObject({
      ok: true,
      assessment: { superseded: null },
    });
  });

  it('rejects a `today` that is not a calendar date, naming it', () => {
    expect(assess({}, '2021-03', { today: '2021-02-30' })).toMatchObject({
      ok: false,
      errors: [{ path: 'today', code: 'invalid_date' }],
    });
  });
});
