/**
 * The one way figures are written on every surface: the engine's sentences, the islands and the guide pages.
 * Money follows Microsoft's usage in each language (USD 100,000 / 100,000 米国ドル, as the glossary and the sources
 * write it), so the same figure reads the same on the fee card, in its reason and on the fee page.
 * No imports: the engine and every island bundle it.
 */
type Locale = 'ja' | 'en';
type Localized = Readonly<Record<Locale, string>>;

/**
 * 1234567.5 → "1,234,567.50"; cents only when there are any; -0 (and what rounds to it) is "0", never "-0".
 * Plain arithmetic, not Intl: every assessment writes several amounts, and Intl costs several times more.
 */
function grouped(amount: number): string {
  const centsTotal = Math.round(Math.abs(amount) * 100);
  const sign = amount < 0 && centsTotal !== 0 ? '-' : '';
  let whole = String(Math.floor(centsTotal / 100));
  let out = '';
  while (whole.length > 3) {
    out = `,${whole.slice(-3)}${out}`;
    whole = whole.slice(0, -3);
  }
  const cents = centsTotal % 100;
  return sign + whole + out + (cents ? `.${String(cents).padStart(2, '0')}` : '');
}

/** An amount in US dollars in both languages: "USD 1,000" / "1,000 米国ドル". */
export function money(amount: number): Localized {
  const g = grouped(amount);
  return { ja: `${g} 米国ドル`, en: `USD ${g}` };
}

export const formatUsd = (amount: number, locale: Locale): string => money(amount)[locale];

/** A plain number grouped by thousands, for messages ("at most 1,000,000,000,000"). */
export const formatNumber = grouped;

/** A rate given as a fraction: 0.2 → "20%", 0.025 → "2.5%" (the same in both languages). */
export function formatRate(rate: number): string {
  return `${Math.round(rate * 1000) / 10}%`;
}

const intlLocale = { ja: 'ja-JP', en: 'en-US' } as const;
/** Made once per locale: a formatter costs far more to make than to use. */
const dateFormats: Partial<Record<Locale, Intl.DateTimeFormat>> = {};

/** A calendar date (YYYY-MM-DD) in the reader's locale, without shifting it through a time zone. */
export function formatDate(isoDate: string, locale: Locale): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  const date = new Date(0);
  // setUTCFullYear, not Date.UTC: Date.UTC reads years 0–99 as 1900–1999.
  date.setUTCFullYear(y!, m! - 1, d!);
  const format = (dateFormats[locale] ??= new Intl.DateTimeFormat(intlLocale[locale], {
    dateStyle: 'long',
    timeZone: 'UTC',
  }));
  const parts = format.formatToParts(date);
  // The Japanese pages space half-width digits from kanji (2021 年 6 月 30 日), as Microsoft's Japanese docs do.
  return parts.map((part) => part.value).join(locale === 'ja' ? ' ' : '');
}

const dateTexts = new Map<string, Localized>();

/**
 * A date in both languages, for the engine's sentences. Kept once written: formatting a date costs more than
 * the rest of an assessment, and a reader changes figures far more often than the date.
 */
export function dateText(isoDate: string): Localized {
  let text = dateTexts.get(isoDate);
  if (!text) {
    if (dateTexts.size > 1000) dateTexts.clear();
    dateTexts.set(isoDate, (text = { ja: formatDate(isoDate, 'ja'), en: formatDate(isoDate, 'en') }));
  }
  return text;
}

/** "a, b, and c" / "a、b、c". */
export function joinList(items: readonly string[], locale: Locale): string {
  return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(items);
}

/** The form of a counted phrase the language's plural rules pick for `n` ("1 page" / "2 pages"), `{n}` filled. */
export function plural(n: number, locale: string, forms: { one: string; other: string }): string {
  return fill(new Intl.PluralRules(locale).select(n) === 'one' ? forms.one : forms.other, { n });
}

/** Fills `{name}` placeholders of a dictionary string; an unknown name stays as written. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
