/**
 * The engine as the islands load it, one per page language. An island imports its locale's module
 * (`virtual:browser-locale/<locale>`, shaped at build time by browser-editions.ts), which registers the seed
 * edition and the texts in that language only; the other editions arrive on demand (loadEdition) as their own
 * chunks. Results are those of index.ts in that language (both are wired by assessor.ts); the other language's
 * texts are empty, so an island reads them only through engineFor(its own locale). The share-link codec is
 * imported from codec.ts by the calculator alone, so the chunk guide pages share does not carry it.
 */
import { assessor, type HeldEdition } from './assessor.ts';
import { defaultEditionId, type EditionId } from './ids.ts';
import type { BrowserEdition } from './browser-editions.ts';
import type { Localized, Texts } from './edition-schema.ts';

export { editionIds, defaultEditionId, isEditionId } from './ids.ts';
export { answerFields, fieldKind, offerTypes, solutionTypes, stores, validateAnswers } from './answers.ts';
export type { Answers, AnswerField, OfferType, SolutionType, Store } from './answers.ts';
export type { Assessment, AssessResult } from './explain.ts';
export type { EditionId } from './ids.ts';
export type { Localized } from './edition-schema.ts';

type Locale = keyof Localized;
type LaterId = Exclude<EditionId, typeof defaultEditionId>;

/** What a locale's module registers: its seed edition, texts, and a loader for each later edition. */
export type LocaleData = {
  seed: BrowserEdition;
  texts: Texts;
  later: Record<LaterId, () => Promise<{ default: BrowserEdition }>>;
};

function engineOf({ seed, texts, later }: LocaleData) {
  // A merged edition carries every rule field too, so it serves as both the rules and the wording.
  const held: Partial<Record<EditionId, HeldEdition>> = {};
  const hold = (edition: BrowserEdition) => {
    held[edition.id] = { rules: edition, worded: edition };
  };
  hold(seed);
  return {
    ...assessor((id) => held[id], texts),
    /** Names of offer types, solution types and stores. */
    names: texts,
    isEditionLoaded: (id: EditionId): boolean => id in held,
    /** Makes an edition available to assess; resolves at once for one already here. */
    async loadEdition(id: EditionId): Promise<void> {
      if (!(id in held)) hold((await later[id as LaterId]()).default);
    },
  };
}
export type BrowserEngine = ReturnType<typeof engineOf>;

const engines: Partial<Record<Locale, BrowserEngine>> = {};

export function registerLocale(locale: Locale, data: LocaleData): void {
  engines[locale] ??= engineOf(data);
}

/** The engine in one language; a page that did not load that language's module gets an error, not wrong text. */
export function engineFor(locale: Locale): BrowserEngine {
  const engine = engines[locale];
  if (!engine) throw new Error(`The islands' engine has no ${locale} data: import virtual:browser-locale/${locale} first.`);
  return engine;
}
