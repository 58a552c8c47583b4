/** Largest amount the calculator accepts; anything above is a typo, not a revenue figure. */
export const maxAmountUsd = 1e12;

export type AmountProblem = 'negative' | 'not-a-number' | 'too-large';

export type ParsedAmount =
  | { ok: true; value: number | undefined }
  | { ok: false; problem: AmountProblem };

/** Full-width forms a Japanese IME produces: digits, comma, period, minus, dollar, space. */
function toHalfWidth(text: string): string {
  return text
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\u3000\u00A0]/g, ' ')
    .replace(/[\u2212\u2012\u2013\u2014\uFF0D]/g, '-');
}

/**
 * Reads an amount as people type it: `100000`, `100,000`, `$100,000`, `USD 100,000`, `１００，０００`.
 * Empty text is an unanswered question (`value: undefined`), not an error.
 */
export function parseAmount(text: string): ParsedAmount {
  let s = toHalfWidth(text).trim();
  if (s === '') return { ok: true, value: undefined };
  s = s.replace(/^(usd|us\$)\s*/i, '').replace(/\s*(usd|ドル)$/i, '');
  const negative = /^-\s*\$?|^\$\s*-/.test(s);
  s = s.replace(/^-?\s*\$?\s*-?/, '');
  // Thousands separators must sit between groups of three digits.
  if (!/^(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/.test(s)) return { ok: false, problem: 'not-a-number' };
  const value = Number(s.replaceAll(',', ''));
  if (negative && value !== 0) return { ok: false, problem: 'negative' };
  if (!Number.isFinite(value) || value > maxAmountUsd) return { ok: false, problem: 'too-large' };
  return { ok: true, value };
}

const intlLocale = { ja: 'ja-JP', en: 'en-US' } as const;

/** USD in the reader's locale, cents only when there are any. */
export function formatUsd(value: number, locale: keyof typeof intlLocale): string {
  return new Intl.NumberFormat(intlLocale[locale], {
    style: 'currency',
    currency: 'USD',
    trailingZeroDisplay: 'stripIfInteger',
  }).format(value);
}

/** A rate given as a fraction (0.2) as a percentage in the reader's locale. */
export function formatRate(rate: number, locale: keyof typeof intlLocale): string {
  return new Intl.NumberFormat(intlLocale[locale], { style: 'percent', maximumFractionDigits: 1 }).format(rate);
}

/** A calendar date (YYYY-MM-DD) in the reader's locale, without shifting it through a time zone. */
export function formatDate(isoDate: string, locale: keyof typeof intlLocale): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  const parts = new Intl.DateTimeFormat(intlLocale[locale], { dateStyle: 'long', timeZone: 'UTC' }).formatToParts(
    new Date(Date.UTC(y!, m! - 1, d!)),
  );
  // The Japanese pages space half-width digits from kanji (2021 年 6 月 30 日), as Microsoft's Japanese docs do.
  return parts.map((part) => part.value).join(locale === 'ja' ? ' ' : '');
}
