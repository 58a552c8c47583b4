import type { Locale } from '../../i18n/index.ts';
import { ambiguityAnchor, guideHref, guideSlugs, sourceAnchor } from '../../lib/guide-links.ts';
import { money, percent } from '../../rules/wording.ts';

// Amounts and rates are written exactly as the engine writes them, so the guide and the calculator agree.
export const formatUsd = (amount: number, lang: Locale): string => money(amount)[lang];
export const formatPercent = percent;

/** ISO date as readers of each locale write it: 2021年6月30日 / 30 June 2021. */
export function formatDate(isoDate: string, lang: Locale): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  return new Intl.DateTimeFormat(lang === 'ja' ? 'ja-JP' : 'en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y!, m! - 1, d!)),
  );
}

/** "a, b, and c" / "a、b、c". */
export function joinList(items: string[], lang: Locale): string {
  return new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' }).format(items);
}

export const sourceHref = (lang: Locale, key: string) => guideHref(lang, guideSlugs.sources, sourceAnchor(key));
export const ambiguityHref = (lang: Locale, key: string) => guideHref(lang, guideSlugs.sources, ambiguityAnchor(key));

/** Fills {name} placeholders of a dictionary sentence. */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

/** Sentences run together as each script writes them: no space in Japanese, one in English. */
export function joinSentences(sentences: string[], lang: Locale): string {
  return sentences.join(lang === 'ja' ? '' : ' ');
}
