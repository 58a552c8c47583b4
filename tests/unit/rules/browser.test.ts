// The islands' engine entry, one per page language: the seed edition at once, the others once loaded, and
// then the full engine's results in that language, with the other language left empty rather than wrong.
import { describe, expect, it, vi } from 'vitest';
import 'virtual:browser-locale/ja';
import 'virtual:browser-locale/en';
import seedEn from 'virtual:browser-edition/en/2021-03';
import laterJa from 'virtual:browser-edition/ja/2023-07';
import { editionFor, editionIds, editionPeriods, engineFor } from '../../../src/rules/browser.ts';
import * as full from '../../../src/rules/index.ts';
import { everyQuestionAnswered, partnerReady, qualifyingSaas } from './answer-sets.ts';

const answerSets = [{}, partnerReady, qualifyingSaas, everyQuestionAnswered];
const locales = ['ja', 'en'] as const;
type Locale = (typeof locales)[number];

const isLocalized = (value: object): value is Record<Locale, string> =>
  Object.keys(value).length === 2 && 'ja' in value && 'en' in value;

/** Every {ja, en} text of a result, as the text of `locale` alone. */
function inLanguage(value: unknown, locale: Locale): unknown {
  if (Array.isArray(value)) return value.map((v) => inLanguage(v, locale));
  if (!value || typeof value !== 'object') return value;
  if (isLocalized(value)) return value[locale];
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, inLanguage(v, locale)]));
}

/** Every {ja, en} text of a result. */
function textsOf(value: unknown, found: Record<Locale, string>[] = []): Record<Locale, string>[] {
  if (Array.isArray(value)) value.forEach((v) => textsOf(v, found));
  else if (value && typeof value === 'object') {
    if (isLocalized(value)) found.push(value);
    else Object.values(value).forEach((v) => textsOf(v, found));
  }
  return found;
}

describe.each(locales)('browser engine entry in %s', (locale) => {
  const engine = engineFor(locale);
  const other = locale === 'ja' ? 'en' : 'ja';

  it('assesses under the seed edition without loading anything, as the full engine does in this language', () => {
    for (const answers of answerSets) {
      const result = engine.assess(answers, full.defaultEditionId);
      expect(inLanguage(result, locale)).toEqual(inLanguage(full.assess(answers, full.defaultEditionId), locale));
    }
  });

  it('never holds text of the other language: it is empty, so it cannot be shown as if it were this one', () => {
    for (const answers of answerSets) {
      const texts = textsOf(engine.assess(answers, full.defaultEditionId));
      expect(texts.length).toBeGreaterThan(10);
      for (const text of texts) {
        // Sentences of the other language join with its spacing, around no words.
        expect(text[other].trim()).toBe('');
        expect(text[locale]).not.toBe('');
      }
    }
  });

  it('compares with the newest edition alone before any other is loaded: the others not loaded, nothing changed', () => {
    const { rows, changes } = engine.compareEditions(qualifyingSaas);
    expect(rows.map(({ edition, result }) => [edition, result.ok])).toEqual(
      editionIds.map((id) => [id, id === full.defaultEditionId]),
    );
    expect(changes).toEqual([]);
  });

  it("refuses an older edition until it is loaded, then gives the full engine's results for it", async () => {
    expect(engine.isEditionLoaded('2021-03')).toBe(false);
    expect(engine.assess(qualifyingSaas, '2021-03').ok).toBe(false);
    await engine.loadEdition('2021-03');
    expect(engine.isEditionLoaded('2021-03')).toBe(true);
    for (const answers of answerSets) {
      expect(inLanguage(engine.assess(answers, '2021-03'), locale)).toEqual(
        inLanguage(full.assess(answers, '2021-03'), locale),
      );
      expect(engine.relevantFields(answers, '2021-03')).toEqual(full.relevantFields(answers, '2021-03'));
    }
  });

  it("knows every edition's period and the one in force on a date without loading any edition", () => {
    expect(editionPeriods).toEqual(full.editionPeriods);
    for (const date of ['2019-01-01', '2021-07-12', '2023-06-30', '2026-12-20'])
      expect(editionFor(date)).toBe(full.editionFor(date));
    expect(engine.names.editions['2023-07'].label[locale]).toBe(full.editionNames['2023-07'].label[locale]);
  });

  it('compares every edition like the full engine once all are loaded', async () => {
    await Promise.all(editionIds.map(engine.loadEdition));
    for (const answers of answerSets) {
      const expected = inLanguage(full.compareEditions(answers), locale) as {
        changes: { field: string; before: string; after: string }[];
      };
      // A status renamed in the other language only is no change to a reader of this one (it read "X → X").
      expected.changes = expected.changes.filter((c) => c.field !== 'statusName' || c.before !== c.after);
      expect(inLanguage(engine.compareEditions(answers), locale)).toEqual(expected);
    }
  });
});

it('an edition module carries one language and none of the docs-only prose, citations or ambiguities', () => {
  const shipped = JSON.stringify([seedEn, laterJa]);
  for (const [edition, locale] of [
    [full.editions['2021-03'], 'en'],
    [full.editions['2023-07'], 'ja'],
  ] as const) {
    for (const prose of [edition.title, edition.summary, ...edition.changes.map((c) => c.text)]) {
      expect(shipped).not.toContain(prose[locale]);
    }
  }
  for (const text of [
    ...Object.values(full.citations).map((c) => c.note),
    ...Object.values(full.ambiguities).map((a) => a.question),
  ]) {
    expect(shipped).not.toContain(text.en);
    expect(shipped).not.toContain(text.ja);
  }
  expect(JSON.stringify(seedEn)).not.toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
  expect(textsOf(laterJa).every((text) => text.en === '' && text.ja !== '')).toBe(true);
});

it('a language whose data the page did not load is an error, not text in another language', async () => {
  vi.resetModules();
  const fresh = await import('../../../src/rules/browser.ts');
  expect(() => fresh.engineFor('en')).toThrow(/no en data/);
});

it('a caveat limited to some offer types keeps its list and, like any text, one language only', () => {
  const tagged = laterJa.fee.caveats.filter((c) => c.offerTypes);
  expect(tagged.length).toBeGreaterThan(0);
  for (const caveat of tagged) {
    expect(caveat.en).toBe('');
    expect(caveat.ja).not.toBe('');
    expect(caveat.offerTypes).toEqual(full.editions['2023-07'].fee.caveats.find((c) => c.ja === caveat.ja)?.offerTypes);
  }
});
