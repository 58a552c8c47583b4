import { ja } from '../../i18n/ja.ts';
import { en } from '../../i18n/en.ts';
import { editionIds, editions, type EditionId } from '../../rules/index.ts';
import { guideCheckQuestions, type GuideCheckKind } from './fields.ts';
import type { Locale } from '../../i18n/index.ts';
import type { CalcKey, CalcText, EditionTitles } from './text.ts';

/** Build-time only: every `calc.` string of one locale. */
export function calcText(locale: Locale): CalcText {
  const dict = locale === 'ja' ? ja : en;
  return Object.fromEntries(Object.entries(dict).filter(([key]) => key.startsWith('calc.'))) as Record<CalcKey, string>;
}

/** What a page embeds: the calculator or one of the guide checks. */
export type CalcKind = 'calculator' | GuideCheckKind;
/** Each island: the calculator is two, its questions and its result. */
export type IslandKind = 'questions' | 'results' | GuideCheckKind;

/** Strings that only some pages' islands show (by key prefix); every other `calc.` string serves them all. */
const shownBy: Readonly<Record<string, readonly CalcKind[]>> = {
  // Written by the server next to the island, for readers without JavaScript.
  'calc.noscript': [],
  'calc.static': [],
  'calc.intro': ['calculator'],
  'calc.reset': ['calculator'],
  'calc.edition': ['calculator'],
  'calc.compare': ['calculator'],
  'calc.share': ['calculator'],
  'calc.summary': ['calculator'],
  'calc.embed': ['status', 'fee', 'benefits'],
  'calc.glance': ['calculator'],
  'calc.bar': ['calculator'],
  'calc.worth': ['calculator'],
  'calc.checklist': ['calculator', 'status'],
  'calc.path': ['calculator', 'status'],
  'calc.fee': ['calculator', 'fee'],
  'calc.verdict': ['calculator', 'fee', 'benefits'],
  // Only the calculator reads share links and clears answers; a held link's answers can show anywhere.
  'calc.notice.link-broken': ['calculator'],
  'calc.notice.link-outdated': ['calculator'],
  'calc.notice.link-edition': ['calculator'],
  'calc.notice.answers-cleared': ['calculator'],
  'calc.notice.undo': ['calculator'],
};

/**
 * Which of the calculator's two islands shows a string (by key prefix); unlisted ones are the result's. Question
 * labels and the yes/no words serve both: the result names unanswered questions and its summary lists answers.
 */
const calculatorPart: Readonly<Record<string, 'questions' | 'results' | 'both'>> = {
  'calc.intro': 'questions',
  'calc.reset': 'questions',
  'calc.group': 'questions',
  'calc.help': 'questions',
  'calc.amount': 'questions',
  'calc.notice': 'questions',
  'calc.edition': 'questions',
  // Offered by the result's comparison of editions.
  'calc.edition.switch': 'results',
  'calc.field': 'both',
  'calc.choice': 'both',
};

function shows(kind: IslandKind, key: string): boolean {
  const [, group, field] = key.split('.');
  const page = kind === 'questions' || kind === 'results' ? 'calculator' : kind;
  const only = shownBy[key] ?? shownBy[`calc.${group}`];
  if (only && !only.includes(page)) return false;
  if (page === 'calculator') {
    const part = calculatorPart[key] ?? calculatorPart[`calc.${group}`] ?? 'results';
    return part === 'both' || part === kind;
  }
  // A question's label and help travel only to an island that asks it.
  const asked = guideCheckQuestions[page];
  return !(asked && (group === 'field' || group === 'help') && !asked.includes(field as never));
}

/**
 * Build-time only: the strings one kind of island shows, in one locale. They travel as island props, in the
 * page's HTML, so each island gets only its own.
 */
export function islandText(kind: IslandKind, locale: Locale): CalcText {
  return Object.fromEntries(Object.entries(calcText(locale)).filter(([key]) => shows(kind, key))) as Record<
    CalcKey,
    string
  >;
}

/** Build-time only: every edition's title in one locale (the browser loads editions without their docs). */
export function editionTitles(locale: Locale): EditionTitles {
  return Object.fromEntries(editionIds.map((id) => [id, editions[id].title[locale]])) as Record<EditionId, string>;
}

/** The props a calculator island takes: the page's locale, its strings and the editions' titles. */
export const calcProps = (kind: IslandKind, locale: Locale) => ({
  locale,
  t: islandText(kind, locale),
  titles: editionTitles(locale),
});
