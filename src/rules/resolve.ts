/** Turns an edition file into an edition: requirements without their own wording take it from the catalogue. */
import type { Catalogue, Edition, EditionFile } from './edition-schema.ts';

export function resolveEdition(file: EditionFile, catalogue: Catalogue): Edition {
  return {
    ...file,
    requirements: file.requirements.map((req) => {
      const shared = catalogue[req.id];
      // edition-files.ts rejects a requirement that has neither its own wording nor a catalogue entry.
      return { ...req, label: req.label ?? shared.label, condition: req.condition ?? shared.condition };
    }),
  };
}
