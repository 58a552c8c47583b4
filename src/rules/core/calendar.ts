/** Calendar arithmetic on YYYY-MM-DD strings, with no Date objects, so no time zone can shift a day. */
const year = (date: string) => Number(date.slice(0, 4));
const month = (date: string) => Number(date.slice(5, 7));
const day = (date: string) => Number(date.slice(8, 10));

function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** Real calendar date from year 1000 on: 2021-02-30 has the right shape but no such day. */
export function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const y = year(text);
  const m = month(text);
  const d = day(text);
  return y >= 1000 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** 0 = Sunday … 6 = Saturday (Sakamoto's method, Gregorian calendar). */
function weekday(y: number, m: number, d: number): number {
  const offsets = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4];
  const yy = m < 3 ? y - 1 : y;
  return (yy + Math.floor(yy / 4) - Math.floor(yy / 100) + Math.floor(yy / 400) + offsets[m - 1] + d) % 7;
}

/** Monday–Friday days from `date` through the last day of its month, both included. Holidays are unknown. */
export function businessDaysToMonthEnd(date: string): number {
  const y = year(date);
  const m = month(date);
  const d = day(date);
  const days = daysInMonth(y, m) - d + 1;
  let count = Math.floor(days / 7) * 5;
  // The days beyond whole weeks, starting on the date's own weekday.
  for (let i = 0, w = weekday(y, m, d); i < days % 7; i++, w = (w + 1) % 7) if (w !== 0 && w !== 6) count++;
  return count;
}

/** The 1st of the month `months` after the month of `date` (a calendar date: its year has four digits). */
export function firstOfMonthAfter(date: string, months: number): string {
  const index = year(date) * 12 + month(date) - 1 + months;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-01`;
}

/** The calendar day after `date`. */
export function nextDay(date: string): string {
  const y = year(date);
  const m = month(date);
  const d = day(date) + 1;
  if (d <= daysInMonth(y, m)) return `${date.slice(0, 8)}${String(d).padStart(2, '0')}`;
  return firstOfMonthAfter(date, 1);
}
