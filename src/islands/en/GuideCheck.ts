// A guide page's check with the engine's data in English only: an island of an English page (see Calc.astro).
import 'virtual:browser-locale/en';
export { default } from '../GuideCheck.svelte';
