// The calculator's two islands, questions and result, with the engine's data in English only: the islands of an
// English page (see Calc.astro). One module for both, so the page fetches one entry for them.
import 'virtual:browser-locale/en';
import { assessAhead } from '../lib/shared.svelte.ts';
export { default as Questions } from '../CalculatorQuestions.svelte';
export { default as Results } from '../CalculatorResults.svelte';

assessAhead('en');
