/** Calendar arithmetic for the reduced-fee start date, on YYYY-MM-DD strings in UTC (no time zones involved). */

function parts(date: string): [number, number, number] {
  return [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
}

/** Monday–Friday days from `date` through the last day of its month, both included. Holidays are unknown. */
export function businessDaysToMonthEnd(date: string): number {
  const [y, m, d] = parts(date);
  const lastDay = new Date(Date.UTC(y, m, 0)).getUTCDate();
  let weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  let count = 0;
  for (let day = d; day <= lastDay; day++, weekday = (weekday + 1) % 7) {
    if (weekday !== 0 && weekday !== 6) count++;
  }
  return count;
}

/** The 1st of the month `months` after the month of `date`. */
export function firstOfMonthAfter(date: string, months: number): string {
  const [y, m] = parts(date);
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  return `${String(first.getUTCFullYear()).padStart(4, '0')}-${String(first.getUTCMonth() + 1).padStart(2, '0')}-01`;
}
