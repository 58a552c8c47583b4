import type { Locale } from '../../i18n/index.ts';
import { ambiguityAnchor, guideHref, guideSlugs, sourceAnchor } from '../../lib/guide-links.ts';

export const sourceHref = (lang: Locale, key: string) => guideHref(lang, guideSlugs.sources, sourceAnchor(key));
export const ambiguityHref = (lang: Locale, key: string) => guideHref(lang, guideSlugs.sources, ambiguityAnchor(key));

/** Sentences run together as each script writes them: no space in Japanese, one in English. */
export function joinSentences(sentences: string[], lang: Locale): string {
  return sentences.join(lang === 'ja' ? '' : ' ');
}
