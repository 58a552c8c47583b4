// A guide page's check with the engine's data in English only: an island of an English page (see Calc.astro).
import 'virtual:browser-locale/en';
import { assessAhead } from '../lib/shared.svelte.ts';
export { default } from '../GuideCheck.svelte';

assessAhead('en');
