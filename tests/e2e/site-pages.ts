import { builtPagesOf } from '../bench/built-pages.mjs';

/** Every page of the built site, as URL paths (/ja/, /en/overview/ …). */
export const builtPages = (): string[] => builtPagesOf('dist');
