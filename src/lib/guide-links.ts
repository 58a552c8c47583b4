import type { Locale } from '../i18n/index.ts';
import { defaultEditionId } from '../rules/core/ids.ts';
import { sitePath } from './site.ts';

/**
 * Addresses inside the guide that other parts link to (the calculator's checklist, support replies).
 * Changing one breaks links people have pasted: add, never rename.
 */
export const guideSlugs = {
  home: '',
  overview: 'overview',
  categories: 'categories',
  statuses: 'statuses',
  /** Every edition's period, and the requirement tables of the editions before the newest. */
  editions: 'editions',
  benefits: 'benefits',
  changes: 'changes',
  glossary: 'glossary',
  sources: 'sources',
  calculator: 'calculator',
  faq: 'faq',
} as const;

/** Section ids on the benefits page, the same in both locales. */
export const benefitAnchors = {
  fee: 'fee',
  cspIncentive: 'csp-incentive',
  macc: 'macc',
  badge: 'badge',
} as const;

/** Id of a requirement's row (statuses or editions page): req-2021-03-csr-business-profile. */
export function requirementAnchor(editionId: string, requirementId: string): string {
  return `req-${editionId}-${requirementId.replaceAll('.', '-')}`;
}

/** Id of a citation's row on the sources page: src-S-02. */
export function sourceAnchor(key: string): string {
  return `src-${key}`;
}

/** Id of an ambiguity's row on the sources page: amb-A1. */
export function ambiguityAnchor(key: string): string {
  return `amb-${key}`;
}

export function guideHref(locale: Locale, slug: string, anchor?: string): string {
  const path = sitePath(slug ? `/${locale}/${slug}/` : `/${locale}/`);
  return anchor ? `${path}#${anchor}` : path;
}

/**
 * Where a requirement's row lives: the newest edition (the rules that apply today) on the statuses page, earlier
 * editions on the editions page (one page with every edition's tables outweighed the page budget).
 */
export function requirementHref(locale: Locale, editionId: string, requirementId: string): string {
  const slug = editionId === defaultEditionId ? guideSlugs.statuses : guideSlugs.editions;
  return guideHref(locale, slug, requirementAnchor(editionId, requirementId));
}
