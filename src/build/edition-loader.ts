/**
 * Content-layer loader for the `editions` collection: checks every file in content/editions/ when the
 * site builds, so a malformed edition stops `astro build` (and `astro check`) with the file and field named.
 * Entries are the merged editions, for pages that prefer getCollection('editions') to importing the engine.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { checkEditionFolder } from './edition-check.ts';
import { resolveEdition } from '../rules/core/resolve.ts';
import { editionIds } from '../rules/core/ids.ts';
import type { Catalogue, EditionFile } from './edition-schema.ts';

export function editionsLoader(): Loader {
  return {
    name: 'co-sell-editions',
    async load({ store, config }) {
      const dir = fileURLToPath(new URL('./content/editions/', config.root));
      const problems = checkEditionFolder(dir);
      if (problems.length) throw new Error(`Rules edition data is invalid:\n${problems.join('\n')}`);
      const read = (name: string) => JSON.parse(readFileSync(`${dir}/${name}`, 'utf8'));
      const catalogue = read('requirements.json') as Catalogue;
      store.clear();
      for (const id of editionIds)
        store.set({ id, data: resolveEdition(read(`${id}.json`) as EditionFile, catalogue) });
    },
  };
}
