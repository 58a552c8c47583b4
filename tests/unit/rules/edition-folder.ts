import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const editionDir = join(import.meta.dirname, '../../../content/editions');

// The files the build checks: the folder's .json files (its README sits beside them).
export const original: Readonly<Record<string, string>> = Object.fromEntries(
  readdirSync(editionDir)
    .filter((name) => name.endsWith('.json'))
    .map((name) => [name, readFileSync(join(editionDir, name), 'utf8')]),
);

/** The edition files with one file changed by `edit` (applied to its parsed JSON). */
export function withEdit(name: string, edit: (json: any) => void): Record<string, string> {
  const json = JSON.parse(original[name]!);
  edit(json);
  return { ...original, [name]: JSON.stringify(json) };
}
