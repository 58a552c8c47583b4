import { ja } from './ja.ts';
import { en } from './en.ts';

export const locales = ['ja', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'ja';

export type UiKey = keyof typeof ja;
export type Dictionary = Record<UiKey, string>;

const dictionaries: Record<Locale, Dictionary> = { ja, en };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/** The UI dictionary lookup for one locale. */
export function useTranslations(locale: Locale) {
  const dict = dictionaries[locale];
  return (key: UiKey): string => dict[key];
}

/** The other locale, for the language switch. */
export function otherLocale(locale: Locale): Locale {
  return locale === 'ja' ? 'en' : 'ja';
}

/** A page's title as its tab shows it: the page's own, then the site's (the home page is the site's alone). */
export function tabTitle(title: string, locale: Locale): string {
  const site = dictionaries[locale]['site.title'];
  return title === site ? title : `${title} | ${site}`;
}
