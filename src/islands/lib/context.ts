import { getContext, setContext } from 'svelte';
import type { Locale } from '../../i18n/index.ts';
import type { CalcText, EditionTitles } from './text.ts';

/** What every component of an island reads: its page's locale, its strings and the editions' titles. */
export interface CalcContext {
  readonly locale: Locale;
  readonly t: CalcText;
  readonly titles: EditionTitles;
  /**
   * Set by a guide page's check: there the guide's own heading introduces it, and the page outline (and its table
   * of contents) must list only the guide's headings, so result titles are plain bold text.
   */
  readonly inGuide?: true;
}

// getContext and setContext rather than createContext, whose missing-context check would add bytes to every
// island page.
const key = Symbol();

/** Set once by each island's root (CalculatorQuestions, CalculatorResults, GuideCheck) from its props. */
export const setCalcContext = (context: CalcContext) => setContext(key, context);
/** An island's props never change after the first render: a component may read the context once, destructured. */
export const calcContext = () => getContext<CalcContext>(key);
