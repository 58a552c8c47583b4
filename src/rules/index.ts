/**
 * The rules engine's public surface (contract: rules-api; additions agreed with the calculator and docs).
 * core/evaluate.ts decides on one edition's rules, explain.ts words the result; this module wires the four editions.
 * The JSON files are checked against src/build/edition-schema.ts at build and test time (edition-check.ts), so here
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
import { assessor, type HeldEdition } from './core/create-engine.ts';
import { editionName, resolveEdition } from './core/resolve.ts';
import { editionIds, isEditionId, type EditionId } from './core/ids.ts';
import { editionForIn, editionForLinkIn, type EditionPeriods } from './core/periods.ts';
import type { Answers, OfferType } from './core/answers.ts';
import type {
  Ambiguity,
  Catalogue,
  Citation,
  Edition,
  EditionFile,
  EngineTexts,
  Localized,
  Texts,
} from '../build/edition-schema.ts';

export { editionIds, defaultEditionId, seedEditionId, statusIds } from './core/ids.ts';
export {
  answerFields,
  fieldKind,
  offerTypes,
  solutionTypes,
  stores,
  validateAnswers,
  maxAmountUsd,
} from './core/answers.ts';
export { encodeAnswers, decodeAnswers } from './core/codec.ts';
export type {
  Answers,
  AnswerField,
  FieldKind,
  OfferType,
  SolutionType,
  Store,
  Issue,
  IssueCode,
} from './core/answers.ts';
export type {
  Assessment,
  AssessResult,
  RequirementResult,
  FeeResult,
  BenefitResult,
  Superseded,
} from './core/explain.ts';
export type { AssessOptions } from './core/create-engine.ts';
export type { EditionPeriod, EditionPeriods } from './core/periods.ts';
export type { EditionComparison, EditionChange, ChangeField } from './core/compare.ts';
export type { EditionId, StatusId } from './core/ids.ts';
export type {
  Edition,
  Localized,
  Citation,
  Ambiguity,
  Caveat,
  Requirement,
  EditionName,
} from '../build/edition-schema.ts';

const catalogue = catalogueJson as Catalogue;
const texts = textsJson as Texts;
const files = { '2021-03': e202103, '2021-07': e202107, '2021-10': e202110, '2023-07': e202307 } as unknown as Record<
  EditionId,
  EditionFile
>;

export const editions: Readonly<Record<EditionId, Edition>> = Object.fromEntries(
  editionIds.map((id) => [id, resolveEdition(files[id], catalogue)]),
) as Record<EditionId, Edition>;

/** Every edition, newest first: the rules that apply today lead the guide's tables. */
export const editionsNewestFirst: readonly Edition[] = [...editionIds].reverse().map((id) => editions[id]);

export const citations: Readonly<Record<string, Citation>> = citationsJson as Record<string, Citation>;
export const ambiguities: Readonly<Record<string, Ambiguity>> = ambiguitiesJson as Record<string, Ambiguity>;
export const offerTypeNames: Readonly<Record<OfferType, Localized>> = texts.offerTypes;
export const solutionTypeNames = texts.solutionTypes;
export const storeNames = texts.stores;

export function getEdition(id: string): Edition | undefined {
  return isEditionId(id) ? editions[id] : undefined;
}

/** Each edition as the engine holds it, built once rather than on every call. */
const held = Object.fromEntries(
  editionIds.map((id): [EditionId, HeldEdition] => [id, { rules: files[id].rules, worded: editions[id] }]),
) as Record<EditionId, HeldEdition>;

/** Each edition's period, from its file: the days it describes (`until` null for the newest). */
export const editionPeriods: EditionPeriods = Object.fromEntries(
  editionIds.map((id) => [id, { from: files[id].rules.period.from, until: files[id].rules.period.until }]),
) as Record<EditionId, EditionPeriods[EditionId]>;

/** The id of the edition in force on `isoDate` (YYYY-MM-DD); before the first edition's period, the first. */
export const editionFor = (isoDate: string): EditionId => editionForIn(editionPeriods, isoDate);

/** The edition a share link without `&edition=` opens (`version` as decodeAnswers returns it). */
export const editionForLink = (version: number, answers: Answers): EditionId =>
  editionForLinkIn(editionPeriods, version, answers);

const engineTexts: EngineTexts = {
  ...texts,
  editions: Object.fromEntries(editionIds.map((id) => [id, editionName(files[id])])) as EngineTexts['editions'],
};
/** Each edition's title and period label ("the newest rules this guide can cite"), in both languages. */
export const editionNames = engineTexts.editions;

export const { assess, relevantFields, compareEditions } = assessor((id) => held[id], engineTexts, editionPeriods);
