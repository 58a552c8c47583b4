// The bench's one table: each figure beside its budget, ✓ met, ✗ missed, · reported without a budget.

/** @typedef {{ item: string, figure: string, budget: string, ok: boolean | null, note?: string }} Row */

export const kb = (bytes) => (bytes === 0 ? '0 KB' : bytes < 100 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} KB`);

/** @param {{ title: string, rows: Row[] }[]} sections */
export function printTable(sections) {
  const shown = sections.filter((s) => s.rows.length);
  const all = shown.flatMap((s) => s.rows);
  const width = (key, min) => Math.max(min, ...all.map((r) => r[key].length));
  const w = { item: width('item', 10), figure: width('figure', 6), budget: width('budget', 6) };
  const line = (item, figure, budget, mark) =>
    `${item.padEnd(w.item)}  ${figure.padStart(w.figure)}  ${budget.padEnd(w.budget)}  ${mark}`.trimEnd();

  console.log(line('', 'figure', 'budget', ''));
  for (const { title, rows } of shown) {
    console.log(`\n${title}`);
    for (const r of rows) {
      console.log(line(r.item, r.figure, r.budget, r.ok === null ? '·' : r.ok ? '✓' : '✗'));
      if (r.note) console.log(`${' '.repeat(4)}↳ ${r.note.replace(/\s+/g, ' ')}`);
    }
  }
  const met = all.filter((r) => r.ok === true).length;
  const missed = all.filter((r) => r.ok === false).length;
  console.log(`\n${met} budgets met, ${missed} missed`);
  return missed;
}
