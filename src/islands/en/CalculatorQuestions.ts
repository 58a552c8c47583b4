// The calculator's questions with the engine's data in English only: an island of a English page (see Calc.astro).
import 'virtual:browser-locale/en';
export { default } from '../CalculatorQuestions.svelte';
