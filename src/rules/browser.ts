/**
 * The engine as the islands load it. The seed edition's rules and wording come with the page; the other
 * editions arrive on demand (loadEdition) as their own chunks. The docs-only prose, citations and ambiguities
 * never reach the browser. Results are those of index.ts: both are wired by assessor.ts.
 */
import { rules, wording } from '../../content/editions/2021-03.json';
import catalogueJson from '../../content/editions/requirements.json';
import textsJson from '../../content/editions/texts.json';
import { assessor, type HeldEdition } from './assessor.ts';
import { resolveWording } from './resolve.ts';
import { defaultEditionId, type EditionId } from './ids.ts';
import type { Catalogue, EditionFile, Texts } from './edition-schema.ts';

export { editionIds, defaultEditionId, isEditionId } from './ids.ts';
export { answerFields, offerTypes, solutionTypes, stores, validateAnswers } from './answers.ts';
export { encodeAnswers, decodeAnswers } from './codec.ts';
export type { Answers, AnswerField, OfferType, SolutionType, Store } from './answers.ts';
export type { Assessment, AssessResult } from './explain.ts';
export type { EditionId } from './ids.ts';
export type { Localized } from './edition-schema.ts';

type EditionParts = Pick<EditionFile, 'rules' | 'wording'>;

const catalogue = catalogueJson as Catalogue;
const texts = textsJson as Texts;
export const offerTypeNames = texts.offerTypes;
export const solutionTypeNames = texts.solutionTypes;
export const storeNames = texts.stores;

const held: Partial<Record<EditionId, HeldEdition>> = {};
const hold = (id: EditionId, parts: EditionParts) => {
  held[id] = { rules: parts.rules, worded: resolveWording(parts, catalogue) };
};
hold(defaultEditionId, { rules, wording } as EditionParts);

/** The later editions, each fetched the first time a reader picks it or opens the comparison. */
const later: Record<Exclude<EditionId, typeof defaultEditionId>, () => Promise<unknown>> = {
  '2021-07': () => import('../../content/editions/2021-07.json'),
  '2021-10': () => import('../../content/editions/2021-10.json'),
  '2023-07': () => import('../../content/editions/2023-07.json'),
};

export const isEditionLoaded = (id: EditionId): boolean => id in held;

/** Makes an edition available to assess; resolves at once for one already here. */
export async function loadEdition(id: EditionId): Promise<void> {
  if (id in held) return;
  hold(id, (await later[id as keyof typeof later]()) as EditionParts);
}

export const { assess, relevantFields, compareEditions } = assessor((id) => held[id], texts);
