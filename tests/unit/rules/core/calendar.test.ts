import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { businessDaysToMonthEnd, firstOfMonthAfter, isCalendarDate } from '../../../../src/rules/core/calendar.ts';

/** The same facts worked out with Date, day by day, as a reference. */
function referenceBusinessDays(date: string): number {
  const start = new Date(`${date}T00:00:00Z`);
  let count = 0;
  for (const d = new Date(start); d.getUTCMonth() === start.getUTCMonth(); d.setUTCDate(d.getUTCDate() + 1)) {
    if (d.getUTCDay() !== 0 && d.getUTCDay() !== 6) count++;
  }
  return count;
}

const anyDay = fc
  .date({ min: new Date('1000-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('calendar arithmetic', () => {
  it('counts Monday–Friday days to the month end as a day-by-day count does, for any date', () => {
    fc.assert(
      fc.property(anyDay, (date) => {
        expect(businessDaysToMonthEnd(date)).toBe(referenceBusinessDays(date));
      }),
      { numRuns: 5000 },
    );
  });

  it('accepts exactly the dates a calendar has', () => {
    fc.assert(
      fc.property(anyDay, (date) => {
        expect(isCalendarDate(date)).toBe(true);
      }),
      { numRuns: 2000 },
    );
    for (const bad of [
      '2021-02-29',
      '2100-02-29',
      '2021-04-31',
      '2021-00-10',
      '2021-12-32',
      '0999-12-31',
      '2021-1-01',
      ' 2021-01-01',
    ]) {
      expect(isCalendarDate(bad), bad).toBe(false);
    }
    expect(isCalendarDate('2000-02-29')).toBe(true);
  });

  it('finds the 1st of a later month across year ends', () => {
    expect(firstOfMonthAfter('2021-11-15', 2)).toBe('2022-01-01');
    expect(firstOfMonthAfter('2021-12-31', 1)).toBe('2022-01-01');
    expect(firstOfMonthAfter('2024-02-29', 1)).toBe('2024-03-01');
  });
});
