// The strings only the on-demand module shows (the search dialog, the copy confirmations). The build puts them in
// that module (define in src/build/frame-integration.ts), from the dictionaries, rather than in every page's HTML.
import type { Locale, UiKey } from '../../i18n/index.ts';

export const onDemandKeys = [
  'frame.searchLabel',
  'frame.searchClose',
  'frame.searchNone',
  'frame.searchCount',
  'frame.searchCountOne',
  'frame.searchError',
  'frame.copiedLink',
  'frame.copiedMd',
  'frame.copyFailed',
] as const satisfies readonly UiKey[];

export type OnDemandText = Record<(typeof onDemandKeys)[number], string>;

declare const __FRAME_TEXT__: Record<Locale, OnDemandText>;

/** The strings in the page's language. */
export const onDemandText = (): OnDemandText => __FRAME_TEXT__[document.documentElement.lang as Locale];
