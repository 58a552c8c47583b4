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
  'frame.pages': 'Pages',
  'frame.toPages': 'All pages',
  'frame.toc': 'On this page',
  'frame.pagination': 'Previous and next pages',
  'frame.prev': 'Previous',
  'frame.next': 'Next',
  'frame.headingLink': 'Link to this section',
  'frame.copyMd': 'Copy as Markdown',
  'frame.copiedLink': 'Link copied',
  'frame.copiedMd': 'Section copied as Markdown',
  'frame.copyFailed': 'Could not copy; copy the address from the address bar instead',
  'frame.search': 'Search',
  'frame.searchLabel': 'Search the guide',
  'frame.searchClose': 'Close',
  'frame.searchNone': 'No matching pages',
  'frame.searchCount': '{n} pages found',
  'frame.searchError': 'Search could not be loaded',
  'frame.theme': 'Theme',
  'frame.themeSystem': 'System',
  'frame.themeLight': 'Light',
  'frame.themeDark': 'Dark',
  'frame.notFound': 'Page not found',
  'frame.notFoundBody': 'The page you are looking for has moved or does not exist. Search for it, or start from the home page or the page list.',
  'frame.home': 'Back to the home page',
  // --- docs (guide tables and components) ---
  // --- calculator ---
} as const satisfies Dictionary;
