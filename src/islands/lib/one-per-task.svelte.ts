/**
 * Browser and server: how many of `total()` things to show, growing by one a task when more arrive after the first
 * render. Choosing the offer type brings a dozen questions and a checklist at once: a phone then builds and lays
 * out one at a time, in frames of their own, so no task holds them all. What a component is created with shows at
 * once (the server's render, a test's), and fewer things are shown at once too.
 */
export function onePerTask(total: () => number): { readonly count: number } {
  let count = $state(total());
  $effect(() => {
    const wanted = total();
    if (count > wanted) count = wanted;
    if (count >= wanted) return;
    const timer = setTimeout(() => count++);
    return () => clearTimeout(timer);
  });
  return {
    get count() {
      return Math.min(count, total());
    },
  };
}

/** The groups holding the first `count` items of all of them, in order; a group with none of them is left out. */
export function firstItems<G extends { items: readonly unknown[] }>(groups: readonly G[], count: number): G[] {
  let left = count;
  return groups.flatMap((group) => {
    const items = group.items.slice(0, left);
    left -= items.length;
    return items.length ? [{ ...group, items }] : [];
  });
}

/** How many items `groups` hold. */
export const itemCount = (groups: readonly { items: readonly unknown[] }[]): number =>
  groups.reduce((n, group) => n + group.items.length, 0);
