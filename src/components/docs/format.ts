import { useTranslations, type Locale } from '../../i18n/index.ts';
import { fill } from '../../i18n/fill.ts';
import { formatDate } from '../../lib/amounts.ts';
import { ambiguityAnchor, guideHref, guideSlugs, sourceAnchor } from '../../lib/guide-links.ts';
import type { Period } from '../../rules/edition-schema.ts';
import { money, percent } from '../../rules/wording.ts';

export { fill };
/** Dates as the calculator writes them: 2021 年 6 月 30 日 / June 30, 2021. */
export { formatDate };

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

/** The days an edition's rules hold for: "2021 年 2 月 24 日から 2021 年 7 月 11 日まで" / "From July 1, 2023, open-ended". */
export function formatPeriod({ from, until }: Pick<Period, 'from' | 'until'>, lang: Locale): string {
  const t = useTranslations(lang);
  return until === null
    ? fill(t('docs.period.open'), { from: formatDate(from, lang) })
    : fill(t('docs.period.closed'), { from: formatDate(from, lang), until: formatDate(until, lang) });
}
