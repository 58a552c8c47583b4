/** Fills `{name}` placeholders of a dictionary string; an unknown name stays as written. No imports: islands use it too. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
