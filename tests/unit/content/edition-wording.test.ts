import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { editionIds } from '../../../src/rules/core/ids.ts';

type Localized = { ja: string; en: string };
type EditionFile = { wording: { statuses: Record<string, { name: Localized }> } };

const files = Object.fromEntries(
  editionIds.map((id) => [id, JSON.parse(readFileSync(`content/editions/${id}.json`, 'utf8')) as EditionFile]),
);

/**
 * Each text of a value with the path to it, `docs.changes` left out: a change names the old and the new name on
 * purpose; so does `notLiveName`, the name a status keeps for an offer that is not live ("In market" presumes one).
 */
function texts(value: unknown, path = ''): { path: string; lang: 'ja' | 'en'; text: string }[] {
  if (path.endsWith('.changes') || path.endsWith('.notLiveName')) return [];
  if (Array.isArray(value)) return value.flatMap((v, i) => texts(v, `${path}[${i}]`));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, v]) =>
    (key === 'ja' || key === 'en') && typeof v === 'string'
      ? [{ path, lang: key, text: v }]
      : texts(v, `${path}.${key}`),
  );
}

/** Names another edition gives a status that an edition's own texts use: a benefit or requirement worded with a stale name. */
function staleNames(editionId: string): string[] {
  const own = files[editionId]!.wording.statuses;
  return texts(files[editionId]).flatMap(({ path, lang, text }) =>
    Object.entries(own).flatMap(([statusId, { name }]) =>
      [...new Set(Object.values(files).map((file) => file.wording.statuses[statusId]?.name[lang]))]
        // A shorter name inside the own one (インセンティブ in インセンティブ対象) is the own name, not a stale one.
        .filter((other): other is string => !!other && !name[lang].includes(other) && text.includes(other))
        .map((other) => `${path}.${lang}: "${other}" instead of "${name[lang]}"`),
    ),
  );
}

describe('edition wording', () => {
  for (const id of editionIds) {
    it(`${id}: its texts call each status by this edition's name`, () => {
      expect(staleNames(id)).toEqual([]);
    });
  }
});
