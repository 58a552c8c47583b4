/**
 * assess, relevantFields and the rows of an edition comparison over whichever editions a caller holds: all four
 * on the server and in tests (index.ts), the ones loaded so far in the browser (browser.ts). One wiring, so both
 * give the same results for the same answers; each entry hands the rows to compare.ts, which the browser loads
 * only with the editions it compares. Every edition's period is known to both, so either can say which edition
 * is in force on a date without holding that edition.
 */
import { answerFields, issue, validateAnswers, type AnswerField, type Answers } from './answers.ts';
import { evaluateValid, relevantFieldsOf } from './evaluate.ts';
import { explain, type AssessResult, type InTime } from './explain.ts';
import type { ComparedRow } from './compare.ts';
import { editionIds, isEditionId, type EditionId } from './ids.ts';
import { editionForIn, type EditionPeriods } from './periods.ts';
import { isCalendarDate } from './calendar.ts';
import { fillLocalized } from './templates.ts';
import { dateText } from '../../lib/format.ts';
import type { WordedEdition } from './resolve.ts';
import type { EngineTexts } from '../../build/edition-schema.ts';

/**
 * Freezes a result all through. Parts of it are the edition's own (its sources and caveats): frozen, a caller's
 * change can never reach the edition or another result.
 */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

/** `today` (YYYY-MM-DD) stands in for the real date, for tests: it decides whether an edition has ended. */
export type AssessOptions = { today?: string };

/** Today's date where the reader is (the calendar day they see). */
function localToday(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export function assessor(
  held: (id: EditionId) => WordedEdition | undefined,
  texts: EngineTexts,
  periods: EditionPeriods,
) {
  const find = (id: string) => (isEditionId(id) ? held(id) : undefined);

  /** Per edition, its period with no notice: the common case, built once. */
  const current = Object.fromEntries(editionIds.map((id) => [id, { period: periods[id], superseded: null }])) as Record<
    EditionId,
    InTime
  >;

  /** The edition's period and, when it ended before the date asked about, the notice naming the edition in force. */
  function inTime(id: EditionId, answers: Answers, given: string | undefined): InTime {
    const period = periods[id];
    const asked = answers.qualifiesOn;
    const on = asked ?? given ?? localToday();
    if (period.until === null || on <= period.until) return current[id];
    const editionInForce = editionForIn(periods, on);
    const reason = fillLocalized(texts.phrases[asked === undefined ? 'supersededToday' : 'superseded'], {
      edition: texts.editions[id].title,
      until: dateText(period.until),
      date: dateText(on),
      inForce: texts.editions[editionInForce].title,
    });
    return { period, superseded: { on, editionInForce, reason } };
  }

  function assessValid(
    answers: Answers,
    id: EditionId,
    edition: WordedEdition,
    today: string | undefined,
  ): AssessResult {
    return {
      ok: true,
      assessment: deepFreeze(explain(evaluateValid(edition, answers), edition, texts, inTime(id, answers, today))),
    };
  }

  /** Assesses any input under an edition; never throws. */
  function assess(answers: unknown, editionId: string, options?: AssessOptions): AssessResult {
    const validated = validateAnswers(answers);
    const edition = find(editionId);
    const today = options?.today;
    const badToday = today !== undefined && !(typeof today === 'string' && isCalendarDate(today));
    if (edition && validated.ok && !badToday)
      return assessValid(validated.answers, editionId as EditionId, edition, today);
    const errors = [
      ...(edition ? [] : [issue('editionId', 'unknown_edition', 'is not a known rules edition')]),
      ...(badToday ? [issue('today', 'invalid_date')] : []),
      ...(validated.ok ? [] : validated.errors),
    ];
    return { ok: false, errors };
  }

  /** Which questions matter for this offer in this edition (all of them while the offer type is open). */
  function relevantFields(answers: Answers, editionId: string): AnswerField[] {
    const validated = validateAnswers(answers);
    const edition = find(editionId);
    if (!edition || !validated.ok) return [...answerFields];
    return relevantFieldsOf(edition, validated.answers, answerFields);
  }

  /** The same answers under every edition, oldest first: what compareResults (compare.ts) compares. */
  function assessEvery(answers: Answers, options?: AssessOptions): ComparedRow[] {
    // Validated once, assessed four times.
    const validated = validateAnswers(answers);
    const today = options?.today;
    return editionIds.map((id) => {
      const edition = find(id);
      const result: AssessResult = !edition
        ? { ok: false, errors: [issue('editionId', 'unknown_edition', 'is not loaded')] }
        : validated.ok
          ? assessValid(validated.answers, id, edition, today)
          : validated;
      return { edition: id, result };
    });
  }

  return { assess, relevantFields, assessEvery };
}
