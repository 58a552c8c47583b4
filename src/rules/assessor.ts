/**
 * assess, relevantFields and compareEditions over whichever editions a caller holds: all four on the server
 * and in tests (index.ts), the ones loaded so far in the browser (browser.ts). One wiring, so both give the
 * same results for the same answers.
 */
import { answerFields, issue, validateAnswers, type AnswerField, type Answers } from './answers.ts';
import { evaluateValid, relevantFieldsOf } from './engine.ts';
import { explain, type AssessResult } from './explain.ts';
import { compareResults, type EditionComparison } from './compare.ts';
import { editionIds, isEditionId, type EditionId } from './ids.ts';
import type { WordedRules } from './resolve.ts';
import type { EditionRules, Texts } from './edition-schema.ts';

/**
 * Freezes a result all through. Parts of it are shared with later results (rows and reasons that mention no
 * figure, the edition's own sources and caveats): frozen, a caller's change can never reach another result.
 * Shared parts are frozen the first time and skipped after, so each call freezes only its own few objects.
 */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

/** One edition as the engine needs it: its rules to decide, its wording to explain. */
export type HeldEdition = { rules: EditionRules; worded: WordedRules };

export function assessor(held: (id: EditionId) => HeldEdition | undefined, texts: Texts) {
  const find = (id: string) => (isEditionId(id) ? held(id) : undefined);

  function assessValid(answers: Answers, edition: HeldEdition): AssessResult {
    return { ok: true, assessment: deepFreeze(explain(evaluateValid(edition.rules, answers), edition.worded, texts)) };
  }

  /** Assesses any input under an edition; never throws. */
  function assess(answers: unknown, editionId: string): AssessResult {
    const validated = validateAnswers(answers);
    const edition = find(editionId);
    if (!edition) {
      return { ok: false, errors: [issue('editionId', 'unknown_edition', 'is not a known rules edition'), ...(validated.ok ? [] : validated.errors)] };
    }
    return validated.ok ? assessValid(validated.answers, edition) : validated;
  }

  /** Which questions matter for this offer in this edition (all of them while the offer type is open). */
  function relevantFields(answers: Answers, editionId: string): AnswerField[] {
    const validated = validateAnswers(answers);
    const edition = find(editionId);
    if (!edition || !validated.ok) return [...answerFields];
    return relevantFieldsOf(edition.rules, validated.answers, answerFields);
  }

  /** The same answers under every edition, oldest first, and what changed from one edition to the next. */
  function compareEditions(answers: Answers): EditionComparison {
    // Validated once, assessed four times.
    const validated = validateAnswers(answers);
    return compareResults(
      editionIds.map((id) => {
        const edition = find(id);
        const result: AssessResult = !edition
          ? { ok: false, errors: [issue('editionId', 'unknown_edition', 'is not loaded')] }
          : validated.ok
            ? assessValid(validated.answers, edition)
            : validated;
        return { edition: id, result };
      }),
      texts,
    );
  }

  return { assess, relevantFields, compareEditions };
}
