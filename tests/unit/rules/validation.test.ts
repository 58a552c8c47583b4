import { describe, expect, it } from 'vitest';
import { assess, validateAnswers } from '../../../src/rules/index.ts';
import { qualifyingSaas } from './fixtures.ts';

function errorsOf(input: unknown, edition = '2021-03') {
  const result = assess(input, edition);
  if (result.ok) throw new Error('expected the answers to be rejected');
  return result.errors.map(({ path, code }) => ({ path, code }));
}

describe('answers outside the schema are rejected with the field named', () => {
  it.each([
    ['an unknown field', { ...qualifyingSaas, color: 'blue' }, { path: 'color', code: 'unrecognized_key' }],
    ['yes written as text', { transactable: 'yes' }, { path: 'transactable', code: 'invalid_type' }],
    ['an unknown offer type', { offerType: 'teams-app' }, { path: 'offerType', code: 'invalid_value' }],
    ['a negative amount', { billedRevenueUsd: -1 }, { path: 'billedRevenueUsd', code: 'negative' }],
    ['not a number', { monthlySalesUsd: Number.NaN }, { path: 'monthlySalesUsd', code: 'not_finite' }],
    [
      'an infinite amount',
      { azureConsumedRevenueUsd: Number.POSITIVE_INFINITY },
      { path: 'azureConsumedRevenueUsd', code: 'not_finite' },
    ],
    [
      'a negative infinite amount',
      { billedRevenueUsd: Number.NEGATIVE_INFINITY },
      { path: 'billedRevenueUsd', code: 'not_finite' },
    ],
    ['an absurd amount', { azureConsumedRevenueUsd: 1e12 + 1 }, { path: 'azureConsumedRevenueUsd', code: 'too_large' }],
    ['a 30th of February', { qualifiesOn: '2021-02-30' }, { path: 'qualifiesOn', code: 'invalid_date' }],
    [
      'a 29th of February outside a leap year',
      { qualifiesOn: '2023-02-29' },
      { path: 'qualifiesOn', code: 'invalid_date' },
    ],
    ['a 13th month', { qualifiesOn: '2021-13-01' }, { path: 'qualifiesOn', code: 'invalid_date' }],
    ['a date without zero padding', { qualifiesOn: '2021-3-5' }, { path: 'qualifiesOn', code: 'invalid_date' }],
    ['a date with a time', { qualifiesOn: '2021-03-05T00:00:00Z' }, { path: 'qualifiesOn', code: 'invalid_date' }],
    [
      'an unknown store',
      { listedIn: ['azure-marketplace', 'google-play'] },
      { path: 'listedIn.1', code: 'invalid_value' },
    ],
    ['a store listed twice', { listedIn: ['appsource', 'appsource'] }, { path: 'listedIn', code: 'invalid_value' }],
    ['a store list that is not a list', { listedIn: 'appsource' }, { path: 'listedIn', code: 'invalid_type' }],
    ['null as an answer', { onePager: null }, { path: 'onePager', code: 'invalid_type' }],
    ['a number as a store', { listedIn: [42] }, { path: 'listedIn.0', code: 'invalid_value' }],
    [
      'a date whose reduced fee would start in year 10000',
      { qualifiesOn: '9999-11-01' },
      { path: 'qualifiesOn', code: 'invalid_date' },
    ],
    [
      'more stores than there are',
      { listedIn: Array(1_000_000).fill('appsource') },
      { path: 'listedIn', code: 'invalid_value' },
    ],
  ])('%s', (_, input, expected) => {
    expect(errorsOf(input)).toEqual([expected]);
  });

  it.each([
    null,
    undefined,
    'saas',
    42,
    [],
    [qualifyingSaas],
    new Date(),
    () => qualifyingSaas,
    new Map(),
    new String('saas'),
  ])('input %j that is not a plain object of answers', (input) => {
    expect(errorsOf(input)).toEqual([{ path: '', code: 'invalid_type' }]);
  });

  it("checks a list's own elements, whatever its iterator, slice or every say, and keeps exactly those", () => {
    const ownIterator = Object.assign([42], {
      [Symbol.iterator]: function* () {
        yield 'appsource';
      },
    });
    const ownSlice = Object.assign(['appsource'], { slice: () => ['bogus'] });
    const ownEvery = Object.assign(['appsource', 'appsource'], { every: () => true });
    const throwingSlice = Object.assign(['appsource'], {
      slice: () =>
        new Proxy(['appsource'], {
          get: () => {
            throw new Error('boom');
          },
        }),
    });
    expect(errorsOf({ offerType: 'saas', listedIn: ownIterator })).toEqual([
      { path: 'listedIn.0', code: 'invalid_value' },
    ]);
    expect(errorsOf({ listedIn: ownEvery })).toEqual([{ path: 'listedIn', code: 'invalid_value' }]);
    const kept = validateAnswers({ offerType: 'saas', listedIn: ownSlice });
    expect(kept).toEqual({ ok: true, answers: { offerType: 'saas', listedIn: ['appsource'] } });
    if (kept.ok) expect(Object.hasOwn(kept.answers.listedIn!, 'slice')).toBe(false);
    expect(assess({ offerType: 'saas', listedIn: throwingSlice }, '2021-03').ok).toBe(true);
  });

  it('reports every bad field at once, each with a short English message', () => {
    const result = assess({ offerType: 'x', monthlySalesUsd: -5, qualifiesOn: '2021-02-30', extra: true }, '2021-03');
    expect(result).toEqual({
      ok: false,
      errors: [
        { path: 'offerType', code: 'invalid_value', message: 'offerType is not an allowed value.' },
        { path: 'monthlySalesUsd', code: 'negative', message: 'monthlySalesUsd must not be negative.' },
        {
          path: 'qualifiesOn',
          code: 'invalid_date',
          message: 'qualifiesOn must be a real date, YYYY-MM-DD, from 1000-01-01 to 9999-10-31.',
        },
        { path: 'extra', code: 'unrecognized_key', message: 'extra is not a known answer field.' },
      ],
    });
  });

  it('an unknown edition is an error on editionId', () => {
    expect(errorsOf(qualifyingSaas, '2022-01')).toEqual([{ path: 'editionId', code: 'unknown_edition' }]);
    expect(errorsOf({ transactable: 1 }, '')).toEqual([
      { path: 'editionId', code: 'unknown_edition' },
      { path: 'transactable', code: 'invalid_type' },
    ]);
  });
});

describe('answers inside the schema are accepted', () => {
  it('the largest amount, a leap day, an empty store list, explicit undefined', () => {
    const input = { azureConsumedRevenueUsd: 1e12, qualifiesOn: '2024-02-29', listedIn: [], pitchDeck: undefined };
    expect(validateAnswers(input)).toEqual({
      ok: true,
      answers: { azureConsumedRevenueUsd: 1e12, qualifiesOn: '2024-02-29', listedIn: [] },
    });
  });

  it('no answers at all', () => {
    expect(validateAnswers({})).toEqual({ ok: true, answers: {} });
  });
});
