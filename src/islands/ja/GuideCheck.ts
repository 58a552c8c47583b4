// A guide page's check with the engine's data in Japanese only: an island of a Japanese page (see Calc.astro).
import 'virtual:browser-locale/ja';
import { assessAhead } from '../lib/shared.svelte.ts';
export { default } from '../GuideCheck.svelte';

assessAhead('ja');
