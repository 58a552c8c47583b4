import type { Locale } from '../../i18n/index.ts';
import type { GlossaryTerm } from '../../lib/glossary-schema.ts';

/**
 * A term's forms: "Cloud Solution Provider (CSP)" is also "Cloud Solution Provider" and "CSP"; a bracketed
 * gloss that is no abbreviation ("edition (of the rules)") only gives the name before it.
 */
function forms(term: string): string[] {
  const m = /^(.*?)\s*\((.+)\)$/.exec(term);
  if (!m) return [term];
  return /^[A-Z0-9]{2,}$/.test(m[2]!) ? [term, m[1]!, m[2]!] : [term, m[1]!];
}

/** Whether `text` contains `form`: Latin forms as whole words, any case ("SA" is not in "SaaS"). */
function mentions(text: string, form: string): boolean {
  if (!/^[\x20-\x7e]+$/.test(form)) return text.includes(form);
  const escaped = form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^A-Za-z0-9])${escaped}($|[^A-Za-z0-9])`, 'i').test(text);
}

/**
 * Search keywords for a page: the glossary terms its title or headings name (the page explains them), in both
 * languages and with the wordings the guide avoids but readers type (手数料 for マーケットプレース サービス料金),
 * so such a query finds the explaining page and not only the glossary. Words the page's text already holds
 * are left out.
 */
export function searchKeywords(locale: Locale, headings: string[], pageText: string, terms: GlossaryTerm[]): string[] {
  const named = terms.filter((term) => forms(term[locale]).some((f) => headings.some((h) => mentions(h, f))));
  // Japanese pages also take the English names (readers paste them from Microsoft's English pages).
  const words = named.flatMap((term) =>
    locale === 'ja' ? [...forms(term.ja), ...forms(term.en), ...(term.avoid ?? [])] : forms(term.en),
  );
  return [...new Set(words)].filter((w) => !mentions(pageText, w));
}
