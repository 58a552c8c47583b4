import { isLocale, type Locale } from '../../i18n/index.ts';

/**
 * The language of the page a docs component renders on, from its /ja/ or /en/ address (Astro.currentLocale),
 * so the MDX pages never pass it by hand.
 */
export function pageLocale(current: string | undefined): Locale {
  if (isLocale(current)) return current;
  throw new Error(`A docs component was rendered on a page outside /ja/ and /en/ (locale: ${String(current)})`);
}
