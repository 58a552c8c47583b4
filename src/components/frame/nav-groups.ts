import { guideSlugs } from '../../lib/guide-links.ts';
import type { UiKey } from '../../i18n/index.ts';

export interface NavGroup {
  key: 'guide' | 'calculator' | 'reference';
  label: UiKey;
  slugs?: string[];
}

/** Pages by purpose; a page not named here is part of the guide. Within a group, pages keep their `order`. */
export const navGroups: NavGroup[] = [
  { key: 'guide', label: 'frame.groupGuide' },
  { key: 'calculator', label: 'frame.groupCalculator', slugs: [guideSlugs.calculator] },
  {
    key: 'reference',
    label: 'frame.groupReference',
    slugs: [guideSlugs.editions, guideSlugs.changes, guideSlugs.glossary, guideSlugs.sources],
  },
];

const groupOf = (slug: string): NavGroup => navGroups.find((g) => g.slugs?.includes(slug)) ?? navGroups[0]!;

/** Items (in `order`) split into the non-empty groups, in group order: the sidebar, and previous/next. */
export function grouped<T>(items: T[], slugOf: (item: T) => string): { group: NavGroup; items: T[] }[] {
  return navGroups
    .map((group) => ({ group, items: items.filter((item) => groupOf(slugOf(item)) === group) }))
    .filter((g) => g.items.length > 0);
}
