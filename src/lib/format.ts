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

const months = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * A calendar date (YYYY-MM-DD) in the reader's locale, as Intl's long date style writes it (2021 年 6 月 30 日 /
 * June 30, 2021), with no time zone to shift it. Written out, not Intl: making a Japanese date formatter took a
 * slowed-down phone 70 ms, the longest task of the first answer that shows a date.
 */
export function formatDate(isoDate: string, locale: Locale): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  // The Japanese pages space half-width digits from kanji, as Microsoft's Japanese docs do.
  return locale === 'ja' ? `${y} 年 ${m} 月 ${d} 日` : `${months[m! - 1]} ${d}, ${y}`;
}

/**
 * A date in both languages, for the engine's sentences. Each language is written when it is read: a page reads
 * one, and making the other language's formatter cost a phone more than the rest of an answer's work.
 */
export function dateText(isoDate: string): Localized {
  return {
    get ja() {
      return formatDate(isoDate, 'ja');
    },
    get en() {
      return formatDate(isoDate, 'en');
    },
  };
}

const listFormats: Partial<Record<Locale, Intl.ListFormat>> = {};
/** "a, b, and c" / "a、b、c". */
export function joinList(items: readonly string[], locale: Locale): string {
  return (listFormats[locale] ??= new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' })).format(items);
}

const pluralRules = new Map<string, Intl.PluralRules>();
/** The form of a counted phrase the language's plural rules pick for `n` ("1 page" / "2 pages"), `{n}` filled. */
export function plural(n: number, locale: string, forms: { one: string; other: string }): string {
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  return fill(rules.select(n) === 'one' ? forms.one : forms.other, { n });
}

/** Fills `{name}` placeholders of a dictionary string; an unknown name stays as written. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
