import { ja } from '../../i18n/ja.ts';
import { en } from '../../i18n/en.ts';
import { editionIds, editions, type EditionId } from '../../rules/index.ts';
import type { Locale } from '../../i18n/index.ts';
import type { CalcKey, CalcText, EditionTitles } from './text.ts';

/** Build-time only: picks the `calc.` strings of one locale for an island's props. */
export function calcText(locale: Locale): CalcText {
  const dict = locale === 'ja' ? ja : en;
  return Object.fromEntries(Object.entries(dict).filter(([key]) => key.startsWith('calc.'))) as Record<CalcKey, string>;
}

/** Build-time only: every edition's title in one locale (the browser loads editions without their docs). */
export function editionTitles(locale: Locale): EditionTitles {
  return Object.fromEntries(editionIds.map((id) => [id, editions[id].title[locale]])) as Record<EditionId, string>;
}

/** The props every calculator island takes: the page's locale and its strings. */
export const calcProps = (locale: Locale) => ({ locale, t: calcText(locale), titles: editionTitles(locale) });
