/**
 * Build-time shaping of the data the islands' engine loads (browser.ts): a Vite plugin serving each edition
 * as `virtual:browser-edition/<id>`, already merged with its wording (resolve.ts) and stripped of what the
 * browser never reads: the docs-only prose, the requirement catalogue of other editions, citations and
 * ambiguities. The engine gets the same merged edition index.ts builds, so results are the same.
 */
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { resolveWording } from './resolve.ts';
import { isEditionId } from './ids.ts';
import type { Catalogue, EditionFile } from './edition-schema.ts';

const prefix = 'virtual:browser-edition/';
const folder = new URL('../../content/editions/', import.meta.url);
const read = (name: string) => JSON.parse(readFileSync(new URL(name, folder), 'utf8'));

/** One edition as the browser holds it: its rules with their wording, without the docs. */
export function browserEdition(file: EditionFile, catalogue: Catalogue) {
  return { id: file.rules.id, ...resolveWording(file, catalogue) };
}
export type BrowserEdition = ReturnType<typeof browserEdition>;

export function browserEditions(): Plugin {
  return {
    name: 'co-sell-browser-editions',
    resolveId: (id) => (id.startsWith(prefix) ? `\0${id}` : undefined),
    load(id) {
      if (!id.startsWith(`\0${prefix}`)) return undefined;
      const editionId = id.slice(prefix.length + 1);
      if (!isEditionId(editionId)) throw new Error(`${id}: no such rules edition`);
      for (const name of [`${editionId}.json`, 'requirements.json']) this.addWatchFile(new URL(name, folder).pathname);
      const edition = browserEdition(read(`${editionId}.json`) as EditionFile, read('requirements.json') as Catalogue);
      return `export default ${JSON.stringify(edition)};`;
    },
  };
}
