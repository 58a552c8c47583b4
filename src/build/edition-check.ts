/**
 * Build- and test-time check of everything in content/editions/: each file against its schema, then the
 * links between files (citation and ambiguity keys, requirement wording, status order). Every problem is
 * reported as "<file>: <field path>: <what is wrong>". Runs in Node only (classic zod, node:fs).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import {
  ambiguitiesSchema,
  catalogueSchema,
  citationsSchema,
  editionFileSchema,
  phrasePlaceholders,
  textsSchema,
  type Catalogue,
  type EditionFile,
} from './edition-schema.ts';
import { editionIds } from '../rules/core/ids.ts';
import { periodProblems, type EditionPeriods } from '../rules/core/periods.ts';

/** Shared files; each edition adds `<id>.json`. */
const sharedSchemas = {
  'texts.json': textsSchema,
  'requirements.json': catalogueSchema,
  'citations.json': citationsSchema,
  'ambiguities.json': ambiguitiesSchema,
} as const;

export const editionFileNames = [...editionIds.map((id) => `${id}.json`), ...Object.keys(sharedSchemas)];

function schemaFor(name: string): z.ZodType | undefined {
  if (name in sharedSchemas) return sharedSchemas[name as keyof typeof sharedSchemas];
  return editionFileNames.includes(name) ? editionFileSchema : undefined;
}

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
function allowedPlaceholders(name: string, path: string, thresholdIds: Set<string>): readonly string[] {
  if (name === 'texts.json') return path.startsWith('phrases.') ? phrasePlaceholders : [];
  // Requirement ids have dots of their own (ipci.r1-revenue).
  const condition = (
    name === 'requirements.json' ? /^(.+)\.condition\.(ja|en)$/ : /^wording\.requirements\.(.+)\.condition\.(ja|en)$/
  ).exec(path);
  return condition && thresholdIds.has(condition[1]!) ? ['threshold'] : [];
}

function checkEdition(
  id: string,
  file: EditionFile,
  catalogue: Catalogue,
  problem: (path: string, message: string) => void,
): void {
  const { rules, wording } = file;
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
    const own = wording.requirements[r.id];
    for (const text of ['label', 'condition'] as const) {
      if (!own?.[text] && !catalogue[r.id]?.[text]) {
        problem(
          `rules.requirements.${i}.id`,
          `"${r.id}" has no ${text} in requirements.json or in wording.requirements`,
        );
      }
    }
  });
  for (const key of Object.keys(wording.requirements)) {
    if (!requirementIds.includes(key))
      problem(`wording.requirements.${key}`, 'words a requirement that rules.requirements does not have');
  }
}

/**
 * Checks the edition files given as name → text. Returns the problems, empty when all is well.
 * `folder` only prefixes the file names in messages.
 */
export function checkEditionTexts(files: Record<string, string>, folder = 'content/editions'): string[] {
  const problems: Problem[] = [];
  const parsed: Record<string, unknown> = {};
  for (const name of editionFileNames) {
    const text = files[name];
    if (text === undefined) {
      problems.push({ file: name, path: '(whole file)', message: 'is missing' });
      continue;
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      problems.push({ file: name, path: '(whole file)', message: `is not valid JSON (${(error as Error).message})` });
      continue;
    }
    const result = (schemaFor(name) as z.ZodType).safeParse(json);
    if (result.success) parsed[name] = result.data;
    else for (const i of result.error.issues) problems.push({ file: name, path: pathText(i.path), message: i.message });
  }
  for (const name of Object.keys(files)) {
    if (!schemaFor(name))
      problems.push({
        file: name,
        path: '(whole file)',
        message: `is not an edition file (expected one of ${editionFileNames.join(', ')})`,
      });
  }

  // Links between files are checked once every file has the right shape.
  if (problems.length === 0) {
    const citations = parsed['citations.json'] as Record<string, unknown>;
    const ambiguities = parsed['ambiguities.json'] as Record<string, unknown>;
    const catalogue = parsed['requirements.json'] as Catalogue;
    // Requirements whose rule has a threshold, in any edition: their conditions may say {threshold}.
    const thresholdIds = new Set(
      editionIds.flatMap((id) =>
        (parsed[`${id}.json`] as EditionFile).rules.requirements
          .filter((r) => 'thresholdUsd' in r.rule)
          .map((r) => r.id),
      ),
    );
    for (const name of editionFileNames) {
      if (name === 'citations.json') continue;
      const problem = (path: string, message: string) => problems.push({ file: name, path, message });
      const used: { key: string; path: string }[] = [];
      keysUsed(parsed[name], [], used);
      for (const { key, path } of used) {
        const known = key.startsWith('S-') ? key in citations : key in ambiguities;
        if (!known)
          problem(path, `${key} is not defined in ${key.startsWith('S-') ? 'citations.json' : 'ambiguities.json'}`);
      }
      const placeholders: { name: string; path: string }[] = [];
      placeholdersUsed(parsed[name], [], placeholders);
      for (const { name: placeholder, path } of placeholders) {
        const allowed = allowedPlaceholders(name, path, thresholdIds);
        if (!allowed.includes(placeholder)) {
          problem(
            path,
            `{${placeholder}} is not a value this text is given (${allowed.length ? `it can use ${allowed.map((a) => `{${a}}`).join(', ')}` : 'it takes none'})`,
          );
        }
      }
      const id = name.replace(/\.json$/, '');
      if ((editionIds as readonly string[]).includes(id))
        checkEdition(id, parsed[name] as EditionFile, catalogue, problem);
    }
    const periods = Object.fromEntries(
      editionIds.map((id) => [id, (parsed[`${id}.json`] as EditionFile).rules.period]),
    );
    for (const p of periodProblems(periods as unknown as EditionPeriods)) {
      problems.push({ file: `${p.id}.json`, path: `rules.period.${p.field}`, message: p.message });
    }
  }
  return problems.map((p) => `${folder}/${p.file}: ${p.path}: ${p.message}`);
}

/** Reads and checks a folder of edition files; returns the problems. */
export function checkEditionFolder(dir: string, folderLabel = 'content/editions'): string[] {
  const files: Record<string, string> = {};
  for (const name of readdirSync(dir)) if (name.endsWith('.json')) files[name] = readFileSync(join(dir, name), 'utf8');
  return checkEditionTexts(files, folderLabel);
}
