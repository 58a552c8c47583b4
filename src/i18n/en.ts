import type { Dictionary } from './index.ts';

/** English UI strings; `satisfies` makes a missing or extra key a type error. */
export const en = {
  'site.title': 'Co-sell Guide',
  'site.tagline': 'Microsoft commercial-marketplace co-sell, explained',
  'lang.name': 'English',
  'lang.switch': '日本語',
  'lang.switchLabel': 'Language',
  'nav.skip': 'Skip to content',
  'nav.main': 'Main navigation',
  'page.sourceDate': 'Source date',
  'footer.disclaimer':
    'This site is not affiliated with Microsoft. It explains public documentation in its own words.',
  // --- frame (layout, navigation, search, theme) ---
  // --- docs (guide tables and components) ---
  // --- calculator ---
} as const satisfies Dictionary;
