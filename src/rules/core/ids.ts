/** Stable identifiers shared by the data schema (build time) and the engine (browser); no zod here. */
export const editionIds = ['2021-03', '2021-07', '2021-10', '2023-07'] as const;
export const statusIds = ['not-cosell-ready', 'cosell-ready', 'azure-ip-cosell', 'bizapps-cosell'] as const;
/** The newest edition: what the calculator opens on when nothing names an edition. */
export const defaultEditionId = '2023-07';
/** The source document's edition (March 2021); `v1.` share links without `&edition=` open on it. */
export const seedEditionId = '2021-03';

export type EditionId = (typeof editionIds)[number];
export type StatusId = (typeof statusIds)[number];

export function isEditionId(id: unknown): id is EditionId {
  return typeof id === 'string' && (editionIds as readonly string[]).includes(id);
}

/** A record with one entry per edition, each made by `entry`. */
export function byEdition<T>(entry: (id: EditionId) => T): Record<EditionId, T> {
  return Object.fromEntries(editionIds.map((id) => [id, entry(id)])) as Record<EditionId, T>;
}
