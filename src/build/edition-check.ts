/**
 * Build- and test-time check of everything in content/editions/: each file against its schema, then the
 * links between files (citation and ambiguity keys, requirement wording, status order). Every problem is
 * reported as "<file>: <field path>: <what is wrong>". Classic zod: it runs at build and test time, and on the
 * server (src/rules/index.ts), never in the browser.
 */
import type { z } from 'zod';
import {
  ambiguitiesSchema,
  catalogueSchema,
  citationsSchema,
  editionFileSchema,
  phrasePlaceholders,
  textsSchema,
  type Ambiguity,
  type Catalogue,
  type Citation,
  type EditionFile,
  type Texts,
} from './edition-schema.ts';
import { byEdition, editionIds, type EditionId } from '../rules/core/ids.ts';
import { periodProblems } from '../rules/core/periods.ts';

/** Shared files; each edition adds `<id>.json`. */
const sharedFiles = ['texts.json', 'requirements.json', 'citations.json', 'ambiguities.json'];
export const editionFileNames = [...editionIds.map((id) => `${id}.json`), ...sharedFiles];

const pathText = (path: readonly PropertyKey[]) => (path.length ? path.map(String).join('.') : '(whole file)');

type Problem = { file: string; path: string; message: string };

/** Every citation or ambiguity key used anywhere below `value`, with its field path. */
function keysUsed(value: unknown, path: string[], found: { key: string; path: string }[]): void {
  if (typeof value === 'string' && /^(S-\d{2}[a-z]?|A\d{1,2})$/.test(value))
    found.push({ key: value, path: path.join('.') });
  else if (Array.isArray(value)) value.forEach((v, i) => keysUsed(v, [...path, String(i)], found));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) keysUsed(v, [...path, k], found);
  }
}

/** Every `{name}` in the strings below `value`, with its field path. */
function placeholdersUsed(value: unknown, path: string[], found: { name: string; path: string }[]): void {
  if (typeof value === 'string') {
    for (const name of new Set(Array.from(value.matchAll(/\{(\w+)\}/g), (m) => m[1]!)))
      found.push({ name, path: path.join('.') });
  } else if (Array.isArray(value)) value.forEach((v, i) => placeholdersUsed(v, [...path, String(i)], found));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) placeholdersUsed(v, [...path, k], found);
  }
}

/**
 * The `{name}`s a text of this file may use, by field path: a phrase of texts.json those explain.ts fills; a
 * requirement's condition `{threshold}` where a rule gives one (resolve.ts fills it); nothing anywhere else.
 */
function allowedPlaceholders(
  name: string,
  path: string,
  thresholdIds: Set<string>,
  file: EditionFile | undefined,
): readonly string[] {
  if (name === 'texts.json') return path.startsWith('phrases.') ? phrasePlaceholders : [];
  // Requirement ids have dots of their own (ipci.r1-revenue).
  const shared = name === 'requirements.json' && /^(.+)\.condition\.(ja|en)$/.exec(path)?.[1];
  const own = /^rules\.requirements\.(\d+)\.condition\.(ja|en)$/.exec(path)?.[1];
  const id = shared || (own !== undefined ? file?.rules.requirements[Number(own)]?.id : undefined);
  return id && thresholdIds.has(id) ? ['threshold'] : [];
}

function checkEdition(
  id: string,
  file: EditionFile,
  catalogue: Catalogue,
  problem: (path: string, message: string) => void,
): void {
  const { rules } = file;
  if (rules.id !== id) problem('rules.id', `is "${rules.id}" but the file is named ${id}.json`);

  const statusIds = rules.statuses.map((s) => s.id);
  rules.statuses.forEach((s, i) => {
    if (statusIds.indexOf(s.id) !== i) problem(`rules.statuses.${i}.id`, `"${s.id}" is listed twice`);
    const parent = s.requires === null ? undefined : rules.statuses.find((p) => p.id === s.requires);
    if (s.requires === null && s.order !== 0)
      problem(`rules.statuses.${i}.order`, 'the base status (requires null) must have order 0');
    if (parent && parent.order >= s.order)
      problem(`rules.statuses.${i}.order`, `must be above the order of "${s.requires}"`);
    if (s.requires !== null && !rules.requirements.some((r) => r.status === s.id && !r.appliesTo)) {
      problem(
        `rules.statuses.${i}.id`,
        `"${s.id}" needs a requirement for every offer (no appliesTo), or it is reached without one`,
      );
    }
  });
  if (rules.statuses.filter((s) => s.requires === null).length !== 1)
    problem('rules.statuses', 'exactly one status must have requires: null');

  const requirementIds = rules.requirements.map((r) => r.id);
  rules.requirements.forEach((r, i) => {
    if (requirementIds.indexOf(r.id) !== i) problem(`rules.requirements.${i}.id`, `"${r.id}" is listed twice`);
    for (const text of ['label', 'condition'] as const) {
      if (!r[text] && !catalogue[r.id]?.[text]) {
        problem(`rules.requirements.${i}.id`, `"${r.id}" has no ${text} in requirements.json or of its own`);
      }
    }
  });
}

/** Every edition file, parsed and checked: what the engine and the guide are built from. */
export type EditionData = {
  editions: Record<EditionId, EditionFile>;
  catalogue: Catalogue;
  texts: Texts;
  citations: Record<string, Citation>;
  ambiguities: Record<string, Ambiguity>;
};

export type Checked = { ok: true; data: EditionData } | { ok: false; problems: string[] };

/**
 * Parses the edition files given as name → JSON value with their schemas, then checks the links between them.
 * `folder` only prefixes the file names in problems ("<folder>/<file>: <field path>: <what is wrong>").
 */
export function checkEditionData(files: Record<string, unknown>, folder = 'content/editions'): Checked {
  const problems: Problem[] = [];
  function parse<T>(schema: z.ZodType<T>, name: string): T | undefined {
    if (!(name in files)) {
      problems.push({ file: name, path: '(whole file)', message: 'is missing' });
      return undefined;
    }
    const result = schema.safeParse(files[name]);
    if (result.success) return result.data;
    for (const i of result.error.issues) problems.push({ file: name, path: pathText(i.path), message: i.message });
    return undefined;
  }
  const editions = byEdition((id) => parse(editionFileSchema, `${id}.json`));
  const texts = parse(textsSchema, 'texts.json');
  const catalogue = parse(catalogueSchema, 'requirements.json');
  const citations = parse(citationsSchema, 'citations.json');
  const ambiguities = parse(ambiguitiesSchema, 'ambiguities.json');
  for (const name of Object.keys(files)) {
    if (!editionFileNames.includes(name))
      problems.push({
        file: name,
        path: '(whole file)',
        message: `is not an edition file (expected one of ${editionFileNames.join(', ')})`,
      });
  }
  const complete = (e: typeof editions): e is Record<EditionId, EditionFile> => editionIds.every((id) => e[id]);
  // Links between files are checked once every file has the right shape.
  if (problems.length || !complete(editions) || !texts || !catalogue || !citations || !ambiguities) {
    return { ok: false, problems: messages(problems, folder) };
  }
  const parsed: Record<string, unknown> = {
    ...Object.fromEntries(editionIds.map((id) => [`${id}.json`, editions[id]])),
    'texts.json': texts,
    'requirements.json': catalogue,
    'ambiguities.json': ambiguities,
  };
  const editionFiles: Record<string, EditionFile> = Object.fromEntries(
    editionIds.map((id) => [`${id}.json`, editions[id]]),
  );
  // Requirements whose rule has a threshold, in any edition: their conditions may say {threshold}.
  const thresholdIds = new Set(
    editionIds.flatMap((id) =>
      editions[id].rules.requirements.filter((r) => 'thresholdUsd' in r.rule).map((r) => r.id),
    ),
  );
  for (const [name, value] of Object.entries(parsed)) {
    const problem = (path: string, message: string) => problems.push({ file: name, path, message });
    const used: { key: string; path: string }[] = [];
    keysUsed(value, [], used);
    for (const { key, path } of used) {
      const known = key.startsWith('S-') ? key in citations : key in ambiguities;
      if (!known)
        problem(path, `${key} is not defined in ${key.startsWith('S-') ? 'citations.json' : 'ambiguities.json'}`);
    }
    const placeholders: { name: string; path: string }[] = [];
    placeholdersUsed(value, [], placeholders);
    for (const { name: placeholder, path } of placeholders) {
      const allowed = allowedPlaceholders(name, path, thresholdIds, editionFiles[name]);
      if (!allowed.includes(placeholder)) {
        problem(
          path,
          `{${placeholder}} is not a value this text is given (${allowed.length ? `it can use ${allowed.map((a) => `{${a}}`).join(', ')}` : 'it takes none'})`,
        );
      }
    }
  }
  for (const id of editionIds) {
    checkEdition(id, editions[id], catalogue, (path, message) => problems.push({ file: `${id}.json`, path, message }));
  }
  for (const p of periodProblems(byEdition((id) => editions[id].rules.period))) {
    problems.push({ file: `${p.id}.json`, path: `rules.period.${p.field}`, message: p.message });
  }
  if (problems.length) return { ok: false, problems: messages(problems, folder) };
  return { ok: true, data: { editions, catalogue, texts, citations, ambiguities } };
}

const messages = (problems: Problem[], folder: string) =>
  problems.map((p) => `${folder}/${p.file}: ${p.path}: ${p.message}`);

/** The edition data, or an error naming every file and field that is wrong (it stops the build). */
export function editionData(files: Record<string, unknown>): EditionData {
  const checked = checkEditionData(files);
  if (!checked.ok) throw new Error(`Rules edition data is invalid:\n${checked.problems.join('\n')}`);
  return checked.data;
}

/** Checks the edition files given as name → text; returns the problems, empty when all is well. */
export function checkEditionTexts(files: Record<string, string>, folder = 'content/editions'): string[] {
  const json: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const [name, text] of Object.entries(files)) {
    try {
      json[name] = JSON.parse(text);
    } catch (error) {
      problems.push(`${folder}/${name}: (whole file): is not valid JSON (${(error as Error).message})`);
    }
  }
  const checked = checkEditionData(json, folder);
  // A file that is not JSON is not missing too.
  const unread = (p: string) => problems.some((q) => q.startsWith(p.replace(/is missing$/, '')));
  return [...problems, ...(checked.ok ? [] : checked.problems.filter((p) => !unread(p)))];
}
