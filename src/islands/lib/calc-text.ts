import { ja } from '../../i18n/ja.ts';
import { en } from '../../i18n/en.ts';
import type { Locale } from '../../i18n/index.ts';
import type { CalcKey, CalcText } from './text.ts';

/** Build-time only: picks the `calc.` strings of one locale for an island's props. */
export function calcText(locale: Locale): CalcText {
  const dict = locale === 'ja' ? ja : en;
  return Object.fromEntries(Object.entries(dict).filter(([key]) => key.startsWith('calc.'))) as Record<CalcKey, string>;
}
