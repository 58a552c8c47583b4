/**
 * Editions in time: which edition is in force on a date, and which one a share link opens. Pure, and small
 * enough for the browser: the periods come from index.ts (the edition files) or, in the islands, from
 * `virtual:edition-periods` (src/build/browser-editions.ts), without the editions' data.
 */
import type { Answers } from './answers.ts';
import { nextDay } from './calendar.ts';
import { defaultEditionId, editionIds, seedEditionId, type EditionId } from './ids.ts';

/** The days an edition describes, both included; `until` null = open-ended (the newest edition). */
export type EditionPeriod = { from: string; until: string | null };
export type EditionPeriods = Readonly<Record<EditionId, EditionPeriod>>;

/** The edition in force on `isoDate` (YYYY-MM-DD); before the first edition's period, the first. */
export function editionForIn(periods: EditionPeriods, isoDate: string): EditionId {
  let found: EditionId = editionIds[0];
  // The periods follow one another in editionIds order (edition-check.ts checks it), so the last that has begun holds.
  for (const id of editionIds) if (periods[id].from <= isoDate) found = id;
  return found;
}

/**
 * The edition a share link without `&edition=` opens: a `v1.` link the seed edition (what it meant when sent),
 * a `v2.` link the edition in force on its `qualifiesOn`, or the newest when it has no date.
 */
export function editionForLinkIn(periods: EditionPeriods, version: number, answers: Answers): EditionId {
  if (version === 1) return seedEditionId;
  return answers.qualifiesOn === undefined ? defaultEditionId : editionForIn(periods, answers.qualifiesOn);
}

/**
 * What is wrong with a run of periods (editionIds order): each must begin the day after the previous one ends,
 * and only the newest may be open-ended. Problems name the edition and the field.
 */
export function periodProblems(periods: EditionPeriods): { id: EditionId; field: 'from' | 'until'; message: string }[] {
  const problems: { id: EditionId; field: 'from' | 'until'; message: string }[] = [];
  editionIds.forEach((id, i) => {
    const { from, until } = periods[id];
    const last = i === editionIds.length - 1;
    if (!last && until === null)
      problems.push({ id, field: 'until', message: 'only the newest edition may be open-ended (null)' });
    if (last && until !== null)
      problems.push({ id, field: 'until', message: 'the newest edition must be open-ended (null)' });
    const before = i > 0 ? periods[editionIds[i - 1]].until : null;
    if (before !== null && from !== nextDay(before)) {
      problems.push({
        id,
        field: 'from',
        message: `must be ${nextDay(before)}, the day after ${editionIds[i - 1]} ends (${before}): periods follow one another without gap or overlap`,
      });
    }
  });
  return problems;
}
