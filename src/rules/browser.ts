/**
 * The engine as the islands load it. The seed edition comes with the page; the other editions arrive on
 * demand (loadEdition) as their own chunks. Each is shaped at build time (browser-editions.ts): merged with
 * its wording, without the docs-only prose, citations or ambiguities. Results are those of index.ts: both
 * are wired by assessor.ts. The share-link codec is imported from codec.ts by the calculator alone, so the
 * chunk guide pages share does not carry it.
 */
import seed from 'virtual:browser-edition/2021-03';
import textsJson from '../../content/editions/texts.json';
import { assessor, type HeldEdition } from './assessor.ts';
import { defaultEditionId, type EditionId } from './ids.ts';
import type { BrowserEdition } from './browser-editions.ts';
import type { Texts } from './edition-schema.ts';

export { editionIds, defaultEditionId, isEditionId } from './ids.ts';
export { answerFields, offerTypes, solutionTypes, stores, validateAnswers } from './answers.ts';
export type { Answers, AnswerField, OfferType, SolutionType, Store } from './answers.ts';
export type { Assessment, AssessResult } from './explain.ts';
export type { EditionId } from './ids.ts';
export type { Localized } from './edition-schema.ts';

const texts = textsJson as Texts;
export const offerTypeNames = texts.offerTypes;
export const solutionTypeNames = texts.solutionTypes;
export const storeNames = texts.stores;

// A merged edition carries every rule field too, so it serves as both the rules and the wording.
const held: Partial<Record<EditionId, HeldEdition>> = {};
const hold = (edition: BrowserEdition) => {
  held[edition.id] = { rules: edition, worded: edition };
};
hold(seed);

/** The later editions, each fetched the first time a reader picks it or opens the comparison. */
const later: Record<Exclude<EditionId, typeof defaultEditionId>, () => Promise<{ default: BrowserEdition }>> = {
  '2021-07': () => import('virtual:browser-edition/2021-07'),
  '2021-10': () => import('virtual:browser-edition/2021-10'),
  '2023-07': () => import('virtual:browser-edition/2023-07'),
};

export const isEditionLoaded = (id: EditionId): boolean => id in held;

/** Makes an edition available to assess; resolves at once for one already here. */
export async function loadEdition(id: EditionId): Promise<void> {
  if (id in held) return;
  hold((await later[id as keyof typeof later]()).default);
}

export const { assess, relevantFields, compareEditions } = assessor((id) => held[id], texts);
