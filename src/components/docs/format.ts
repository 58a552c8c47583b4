import type { Locale } from '../../i18n/index.ts';
import { ambiguityAnchor, guideHref, guideSlugs, sourceAnchor } from '../../lib/guide-links.ts';
import { money, percent } from '../../rules/wording.ts';

export { fill } from '../../i18n/fill.ts';
/** Dates as the calculator writes them: 2021 年 6 月 30 日 / June 30, 2021. */
export { formatDate } from '../../lib/amounts.ts';

// Amounts and rates are written exactly as the engine writes them, so the guide and the calculator agree.
export const formatUsd = (amount: number, lang: Locale): string => money(amount)[lang];
export const formatPercent = percent;

/** "a, b, and c" / "a、b、c". */
export function joinList(items: string[], lang: Locale): string {
  return new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' }).format(items);
}

export const sourceHref = (lang: Locale, key: string) => guideHref(lang, guideSlugs.sources, sourceAnchor(key));
export const ambiguityHref = (lang: Locale, key: string) => guideHref(lang, guideSlugs.sources, ambiguityAnchor(key));


/** Sentences run together as each script writes them: no space in Japanese, one in English. */
export function joinSentences(sentences: string[], lang: Locale): string {
  return sentences.join(lang === 'ja' ? '' : ' ');
}
