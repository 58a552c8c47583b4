/**
 * Build-time shaping of the data the islands' engine loads (browser.ts), as a Vite plugin. An island page is
 * one language, so each module holds one locale:
 *  - `virtual:browser-edition/<locale>/<id>`: one edition merged with its wording (resolve.ts), without the
 *    docs-only prose, the requirement catalogue of other editions, citations or ambiguities;
 *  - `virtual:browser-locale/<locale>`: registers the default (newest) edition, the shared texts with every
 *    edition's name, and loaders of the other editions with browser.ts;
 *  - `virtual:edition-periods`: every edition's period ({ from, until }) alone, for editionFor without any data.
 * Every {ja, en} text keeps only the locale's sentence; the other language is left empty, never filled with
 * another language's words, and browser.ts hands the engine of a locale only to islands of that locale.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { editionName, resolveWording } from '../rules/core/resolve.ts';
import { byEdition, defaultEditionId, editionIds, isEditionId } from '../rules/core/ids.ts';
import { editionData, type EditionData } from './edition-check.ts';
import type { Localized } from './edition-schema.ts';

type Locale = keyof Localized;
const locales: readonly string[] = ['ja', 'en'] satisfies Locale[];
const isLocale = (value: string): value is Locale => locales.includes(value);

const folder = new URL('../../content/editions/', import.meta.url);
const jsonFiles = () => readdirSync(folder).filter((name) => name.endsWith('.json'));
/** The edition folder parsed and checked (edition-check.ts): a malformed file stops the build, file and field named. */
const readData = (): EditionData =>
  editionData(
    Object.fromEntries(jsonFiles().map((name) => [name, JSON.parse(readFileSync(new URL(name, folder), 'utf8'))])),
  );

/** A {ja, en} text; a caveat's text may carry the offer types it concerns beside it. */
const isLocalized = (value: object): value is Localized =>
  typeof (value as Localized).ja === 'string' && typeof (value as Localized).en === 'string';

/** The same data with every {ja, en} text in `locale` only; the other language becomes ''. */
function inOneLocale<T>(value: T, locale: Locale): T {
  if (Array.isArray(value)) return value.map((v) => inOneLocale(v, locale)) as T;
  if (!value || typeof value !== 'object') return value;
  if (isLocalized(value)) return { ...value, ja: '', en: '', [locale]: value[locale] } as T;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, inOneLocale(v, locale)])) as T;
}

const editionModule = (locale: Locale, id: string) => `virtual:browser-edition/${locale}/${id}`;
const browserTs = fileURLToPath(new URL('../rules/browser.ts', import.meta.url));

function localeModule(data: EditionData, locale: Locale): string {
  const others = editionIds
    .filter((id) => id !== defaultEditionId)
    .map((id) => `${JSON.stringify(id)}: () => import(${JSON.stringify(editionModule(locale, id))})`);
  const texts = { ...data.texts, editions: byEdition((id) => editionName(data.editions[id])) };
  return [
    `import { registerLocale } from ${JSON.stringify(browserTs)};`,
    `import first from ${JSON.stringify(editionModule(locale, defaultEditionId))};`,
    `registerLocale(${JSON.stringify(locale)}, { first, texts: ${JSON.stringify(inOneLocale(texts, locale))}, others: { ${others.join(', ')} } });`,
  ].join('\n');
}

function periodsModule(data: EditionData): string {
  const periods = byEdition((id) => {
    const { from, until } = data.editions[id].rules.period;
    return { from, until };
  });
  return `export default ${JSON.stringify(periods)};`;
}

export function browserEditions(): Plugin {
  return {
    name: 'co-sell-browser-editions',
    resolveId: (id) => (/^virtual:(browser-(edition|locale)\/|edition-periods$)/.test(id) ? `\0${id}` : undefined),
    // Checked when the build starts, so a malformed edition stops it before any page is built.
    buildStart() {
      readData();
    },
    load(id) {
      const [, kind, locale = '', editionId = ''] =
        /^\0virtual:browser-(edition|locale)\/(\w+)(?:\/(.+))?$/.exec(id) ?? [];
      if (id !== '\0virtual:edition-periods' && !kind) return undefined;
      for (const name of jsonFiles()) this.addWatchFile(fileURLToPath(new URL(name, folder)));
      const data = readData();
      if (!kind) return periodsModule(data);
      if (!isLocale(locale)) throw new Error(`${id}: no such locale`);
      if (kind === 'locale') return localeModule(data, locale);
      if (!isEditionId(editionId)) throw new Error(`${id}: no such rules edition`);
      const edition = resolveWording(data.editions[editionId], data.catalogue);
      return `export default ${JSON.stringify(inOneLocale(edition, locale))};`;
    },
  };
}
