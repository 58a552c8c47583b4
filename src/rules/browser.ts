/**
 * The engine as the islands load it, one per page language. An island imports its locale's module
 * (`virtual:browser-locale/<locale>`, shaped at build time by src/build/browser-editions.ts), which registers the default
 * (newest) edition and the texts in that language only, so the calculator's first paint needs no further chunk;
 * the other editions arrive on demand (loadEdition) as their own chunks. Results are those of index.ts in that
 * language (both are wired by core/create-engine.ts); the other language's texts are empty, so an island reads them only
 * through engineFor(its own locale). Every edition's period comes from `virtual:edition-periods`, a few bytes,
 * so editionFor needs no edition data. The share-link codec is imported from core/codec.ts by the calculator alone,
 * so the chunk guide pages share does not carry it; the comparison's code (core/compare.ts) comes with the first
 * other edition, as a comparison needs them all.
 */
import periods from 'virtual:edition-periods';
import { assessor, type AssessOptions } from './core/create-engine.ts';
import { defaultEditionId, type EditionId } from './core/ids.ts';
import { editionForIn, editionForLinkIn } from './core/periods.ts';
import type { Answers } from './core/answers.ts';
import type { WordedEdition } from './core/resolve.ts';
import type { EditionComparison } from './core/compare.ts';
import type { EngineTexts, Localized } from '../build/edition-schema.ts';

export { editionIds, defaultEditionId, seedEditionId, isEditionId } from './core/ids.ts';
export { answerFields, fieldKind, offerTypes, solutionTypes, stores, validateAnswers } from './core/answers.ts';
export { questions, formOrder, groupIds, guideCheckIds, type GroupId, type GuideCheckId } from './core/questions.ts';
export type { Answers, AnswerField, OfferType, SolutionType, Store } from './core/answers.ts';
export type { Assessment, AssessResult, BenefitResult, Superseded } from './core/explain.ts';
export type { AssessOptions } from './core/create-engine.ts';
export type { EditionPeriod, EditionPeriods } from './core/periods.ts';
export type { EditionId } from './core/ids.ts';
export type { Localized, EditionName } from '../build/edition-schema.ts';

/** Each edition's period: the days it describes (`until` null for the newest). */
export const editionPeriods = periods;

/** The id of the edition in force on `isoDate` (YYYY-MM-DD); before the first edition's period, the first. */
export const editionFor = (isoDate: string): EditionId => editionForIn(periods, isoDate);

/** The edition a share link without `&edition=` opens (`version` as decodeAnswers returns it). */
export const editionForLink = (version: number, answers: Answers): EditionId =>
  editionForLinkIn(periods, version, answers);

type Locale = keyof Localized;
type OtherId = Exclude<EditionId, typeof defaultEditionId>;

/** What a locale's module registers: the default edition, texts (with every edition's name), a loader for each other edition. */
export type LocaleData = {
  first: WordedEdition;
  texts: EngineTexts;
  others: Record<OtherId, () => Promise<{ default: WordedEdition }>>;
};

/** core/compare.ts, once an edition beside the default one has been loaded. */
let compare: typeof import('./core/compare.ts') | undefined;

function engineOf({ first, texts, others }: LocaleData) {
  const held: Partial<Record<EditionId, WordedEdition>> = {};
  const hold = (edition: WordedEdition) => {
    held[edition.id] = edition;
  };
  hold(first);
  const { assessEvery, ...engine } = assessor((id) => held[id], texts, periods);
  return {
    ...engine,
    /** The same answers under every edition, oldest first, and what changed between the loaded ones. */
    compareEditions(answers: Answers, options?: AssessOptions): EditionComparison {
      const rows = assessEvery(answers, options);
      // With the default edition alone here, no two consecutive editions are loaded, so nothing can have changed.
      return compare ? compare.compareResults(rows, texts) : { rows, changes: [] };
    },
    /** Names of offer types, solution types and stores, and each edition's title and period label. */
    names: texts,
    /** Offer types as an edition names them (two Dynamics 365 types were renamed in 2022); shared names else. */
    offerTypeNames: (id: string) => ({ ...texts.offerTypes, ...held[id as EditionId]?.offerTypeNames }),
    isEditionLoaded: (id: EditionId): boolean => id in held,
    /** Makes an edition available to assess; resolves at once for one already here. */
    async loadEdition(id: EditionId): Promise<void> {
      if (id in held) return;
      const [edition, code] = await Promise.all([others[id as OtherId](), compare ?? import('./core/compare.ts')]);
      compare = code;
      hold(edition.default);
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
  if (!engine)
    throw new Error(`The islands' engine has no ${locale} data: import virtual:browser-locale/${locale} first.`);
  return engine;
}
