/**
 * The rules engine's public surface (contract: rules-api; additions agreed with the calculator and docs).
 * engine.ts decides on one edition's rules, explain.ts words the result; this module wires the four editions.
 * The JSON files are checked against edition-schema.ts at build and test time (edition-files.ts), so here
 * they are taken as the types that check established.
 */
import e202103 from '../../content/editions/2021-03.json';
import e202107 from '../../content/editions/2021-07.json';
import e202110 from '../../content/editions/2021-10.json';
import e202307 from '../../content/editions/2023-07.json';
import catalogueJson from '../../content/editions/requirements.json';
import textsJson from '../../content/editions/texts.json';
import citationsJson from '../../content/editions/citations.json';
import ambiguitiesJson from '../../content/editions/ambiguities.json';
import { answerFields, issue, validateAnswers, type Answers, type AnswerField, type OfferType } from './answers.ts';
import { evaluateValid, relevantFieldsOf } from './engine.ts';
import { explain, type AssessResult } from './explain.ts';
import { compareResults, type EditionComparison } from './compare.ts';
import { resolveEdition } from './resolve.ts';
import { editionIds, type EditionId } from './ids.ts';
import type { Ambiguity, Catalogue, Citation, Edition, EditionFile, Localized, Texts } from './edition-schema.ts';

export { editionIds, defaultEditionId, statusIds } from './ids.ts';
export { answerFields, fieldKind, offerTypes, solutionTypes, stores, validateAnswers, maxAmountUsd } from './answers.ts';
export { encodeAnswers, decodeAnswers } from './codec.ts';
export type { Answers, AnswerField, FieldKind, OfferType, SolutionType, Store, Issue, IssueCode } from './answers.ts';
export type { Assessment, AssessResult, RequirementResult, FeeResult } from './explain.ts';
export type { EditionComparison, EditionChange, ChangeField } from './compare.ts';
export type { EditionId, StatusId } from './ids.ts';
export type { Edition, Localized, Citation, Ambiguity, Caveat, Requirement } from './edition-schema.ts';

const catalogue = catalogueJson as Catalogue;
const texts = textsJson as Texts;
const files = { '2021-03': e202103, '2021-07': e202107, '2021-10': e202110, '2023-07': e202307 } as unknown as Record<
  EditionId,
  EditionFile
>;

export const editions: Readonly<Record<EditionId, Edition>> = Object.fromEntries(
  editionIds.map((id) => [id, resolveEdition(files[id], catalogue)]),
) as Record<EditionId, Edition>;

export const citations: Readonly<Record<string, Citation>> = citationsJson as Record<string, Citation>;
export const ambiguities: Readonly<Record<string, Ambiguity>> = ambiguitiesJson as Record<string, Ambiguity>;
export const offerTypeNames: Readonly<Record<OfferType, Localized>> = texts.offerTypes;
export const solutionTypeNames = texts.solutionTypes;
export const storeNames = texts.stores;

function isEditionId(id: unknown): id is EditionId {
  return typeof id === 'string' && (editionIds as readonly string[]).includes(id);
}

export function getEdition(id: string): Edition | undefined {
  return isEditionId(id) ? editions[id] : undefined;
}

/** Assesses any input under an edition; never throws. */
export function assess(answers: unknown, editionId: string): AssessResult {
  const validated = validateAnswers(answers);
  if (!isEditionId(editionId)) {
    return { ok: false, errors: [issue('editionId', 'unknown_edition', 'is not a known rules edition'), ...(validated.ok ? [] : validated.errors)] };
  }
  return validated.ok ? assessValid(validated.answers, editionId) : validated;
}

function assessValid(answers: Answers, editionId: EditionId): AssessResult {
  return { ok: true, assessment: explain(evaluateValid(files[editionId].rules, answers), editions[editionId], texts) };
}

/** Which questions matter for this offer in this edition (all of them while the offer type is open). */
export function relevantFields(answers: Answers, editionId: string): AnswerField[] {
  const validated = validateAnswers(answers);
  if (!isEditionId(editionId) || !validated.ok) return [...answerFields];
  return relevantFieldsOf(files[editionId].rules, validated.answers, answerFields);
}

/** The same answers under every edition, oldest first, and what changed from one edition to the next. */
export function compareEditions(answers: Answers): EditionComparison {
  // Validated once, assessed four times.
  const validated = validateAnswers(answers);
  return compareResults(
    editionIds.map((edition) => ({ edition, result: validated.ok ? assessValid(validated.answers, edition) : validated })),
    texts,
  );
}
