/**
 * An attachment that shows `value` as a select's choice, also after the reader has picked another one (an
 * option's `selected` attribute no longer moves a choice the reader made). Svelte's `value` on a <select>
 * does the same with a larger runtime. The server renders before any answer is known, and what it shows then
 * (unanswered, the default edition) is each select's first option, so it needs no attribute.
 */
export const selectValue = (value: string) => (select: HTMLSelectElement) => {
  select.value = value;
};
