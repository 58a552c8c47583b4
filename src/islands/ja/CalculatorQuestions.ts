// The calculator's questions with the engine's data in Japanese only: an island of a Japanese page (see Calc.astro).
import 'virtual:browser-locale/ja';
export { default } from '../CalculatorQuestions.svelte';
