/**
 * The rules engine's public surface, server side (contract: rules-api; additions agreed with the calculator and
 * docs): every edition in both languages, for the guide's pages and the tests. The edition files are found in
 * content/editions/ and parsed with their schemas once, here (src/build/edition-check.ts): a malformed file stops
 * the build naming the file and field. core/create-engine.ts wires the engine, as it does for the islands.
 */
import { assessor, type AssessOptions } from './core/create-engine.ts';
import { compareResults, type EditionComparison } from './core/compare.ts';
import { editionName, resolveEdition } from './core/resolve.ts';
import { byEdition, editionIds, isEditionId, type EditionId } from './core/ids.ts';
import { editionForIn, editionForLinkIn, type EditionPeriods } from './core/periods.ts';
import { editionData } from '../build/edition-check.ts';
import type { Answers, OfferType } from './core/answers.ts';
import type { Ambiguity, Citation, Edition, EngineTexts, Localized } from '../build/edition-schema.ts';

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

const files = import.meta.glob('../../content/editions/*.json', { eager: true, import: 'default' });
const data = editionData(
  Object.fromEntries(Object.entries(files).map(([path, json]) => [path.split('/').pop(), json])),
);
const { texts, catalogue } = data;

export const editions: Readonly<Record<EditionId, Edition>> = byEdition((id) =>
  resolveEdition(data.editions[id], catalogue),
);

/** Every edition, newest first: the rules that apply today lead the guide's tables. */
export const editionsNewestFirst: readonly Edition[] = [...editionIds].reverse().map((id) => editions[id]);

export const citations: Readonly<Record<string, Citation>> = data.citations;
export const ambiguities: Readonly<Record<string, Ambiguity>> = data.ambiguities;
export const offerTypeNames: Readonly<Record<OfferType, Localized>> = texts.offerTypes;
export const solutionTypeNames = texts.solutionTypes;
export const storeNames = texts.stores;

export function getEdition(id: string): Edition | undefined {
  return isEditionId(id) ? editions[id] : undefined;
}

/** Each edition's period, from its file: the days it describes (`until` null for the newest). */
export const editionPeriods: EditionPeriods = byEdition((id) => {
  const { from, until } = data.editions[id].rules.period;
  return { from, until };
});

/** The id of the edition in force on `isoDate` (YYYY-MM-DD); before the first edition's period, the first. */
export const editionFor = (isoDate: string): EditionId => editionForIn(editionPeriods, isoDate);

/** The edition a share link without `&edition=` opens (`version` as decodeAnswers returns it). */
export const editionForLink = (version: number, answers: Answers): EditionId =>
  editionForLinkIn(editionPeriods, version, answers);

const engineTexts: EngineTexts = {
  ...texts,
  editions: byEdition((id) => editionName(data.editions[id])),
};
/** Each edition's title and period label ("the newest rules this guide can cite"), in both languages. */
export const editionNames = engineTexts.editions;

const engine = assessor((id) => editions[id], engineTexts, editionPeriods);
export const { assess, relevantFields } = engine;

/** The same answers under every edition, oldest first, and what changed from one edition to the next. */
export const compareEditions = (answers: Answers, options?: AssessOptions): EditionComparison =>
  compareResults(engine.assessEvery(answers, options), engineTexts);
