import type { EditionId, Localized } from '../../rules/browser.ts';
import type { Locale, UiKey } from '../../i18n/index.ts';

/** The calculator's UI strings of one locale; islands receive them as a prop so only one locale ships. */
export type CalcKey = Extract<UiKey, `calc.${string}`>;
export type CalcText = Readonly<Record<CalcKey, string>>;

/** Fills `{name}` placeholders of a dictionary string. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** The engine's own text (requirement labels, reasons, caveats) in the reader's locale. */
export const inLocale = (text: Localized, locale: Locale): string => text[locale];

/** Each edition's title in the reader's locale, by edition id. */
export type EditionTitles = Readonly<Record<EditionId, string>>;
