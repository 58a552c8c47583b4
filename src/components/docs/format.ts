import { useTranslations, type Locale } from '../../i18n/index.ts';
import { fill, formatDate } from '../../lib/format.ts';
import { ambiguityAnchor, guideHref, guideSlugs, sourceAnchor } from '../../lib/guide-links.ts';
import type { Period } from '../../build/edition-schema.ts';

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
