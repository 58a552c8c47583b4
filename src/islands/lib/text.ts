import type { EditionId, Localized } from '../../rules/browser.ts';
import type { Locale, UiKey } from '../../i18n/index.ts';

/** The calculator's UI strings of one locale; islands receive them as a prop so only one locale ships. */
export type CalcKey = Extract<UiKey, `calc.${string}`>;
export type CalcText = Readonly<Record<CalcKey, string>>;

export { fill } from '../../lib/format.ts';

/** The engine's own text (requirement labels, reasons, caveats) in the reader's locale. */
export const inLocale = (text: Localized, locale: Locale): string => text[locale];

/** Each edition's title in the reader's locale, by edition id. */
export type EditionTitles = Readonly<Record<EditionId, string>>;
