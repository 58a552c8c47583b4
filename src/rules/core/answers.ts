/**
 * The calculator's answers: zod/mini schemas per field (they run in the browser, so never classic zod here),
 * and the validation that turns any input into answers or field-named issues.
 */
import * as z from 'zod/mini';
import { isCalendarDate } from './calendar.ts';
import { formatNumber } from '../../lib/format.ts';
import { offerTypes, questions, solutionTypes, stores, type QuestionId } from './questions.ts';

export { offerTypes, solutionTypes, stores };

/** Larger amounts are typing mistakes, not revenue; they get their own issue code. */
export const maxAmountUsd = 1e12;
/**
 * The latest date an offer can qualify on: the reduced fee may start up to two months later, and that date
 * must still be written with a four-digit year.
 */
export const latestDate = '9999-10-31';

type Schemas = { [K in QuestionId]: (typeof questions)[K]['schema'] };

/**
 * One schema per answer field (questions.ts), in share-code order: the order every list of fields follows.
 * Every field is optional: an omitted field is unanswered. Fields are checked one by one rather than with
 * z.strictObject, and the value checks below (`beyondSchema`) run as plain functions rather than zod checks:
 * both keep zod/mini machinery out of the browser bundle.
 */
export const fieldSchemas = Object.fromEntries(
  (Object.keys(questions) as QuestionId[])
    .sort((a, b) => questions[a].share.at - questions[b].share.at)
    .map((id) => [id, questions[id].schema]),
) as Schemas;

export type AnswerField = keyof typeof fieldSchemas;
export type Answers = { [K in AnswerField]?: z.infer<(typeof fieldSchemas)[K]> };
export type OfferType = (typeof offerTypes)[number];
export type SolutionType = (typeof solutionTypes)[number];
export type Store = (typeof stores)[number];
export const answerFields = Object.keys(fieldSchemas) as readonly AnswerField[];

/** What kind of value a field takes, read from its schema (the share codec writes each kind its own way). */
export type FieldKind =
  | { type: 'yes-no' }
  | { type: 'choice'; values: readonly string[] }
  | { type: 'stores' }
  | { type: 'amount' }
  | { type: 'date' };

export function fieldKind(field: AnswerField): FieldKind {
  const def = fieldSchemas[field].def;
  switch (def.type) {
    case 'boolean':
      return { type: 'yes-no' };
    case 'enum':
      return { type: 'choice', values: Object.values(def.entries) };
    case 'array':
      return { type: 'stores' };
    case 'number':
      return { type: 'amount' };
    default:
      return { type: 'date' };
  }
}

/** Answer fields that take yes/no. */
export type BooleanField = {
  [K in AnswerField]-?: NonNullable<Answers[K]> extends boolean ? K : never;
}[AnswerField];

export type IssueCode =
  | 'invalid_type'
  | 'unrecognized_key'
  | 'negative'
  | 'not_finite'
  | 'too_large'
  | 'invalid_date'
  | 'invalid_value'
  | 'unknown_edition'
  | 'malformed'
  | 'unsupported_version';

/** `path` is the dotted field path ("listedIn.1"); the UI localizes by path and code, not by message. */
export type Issue = { path: string; message: string; code: IssueCode };

export type Validated = { ok: true; answers: Answers } | { ok: false; errors: Issue[] };

/** What an answer field is told; codes used outside answers (editions, share codes) bring their own words. */
const messages: Partial<Record<IssueCode, string>> = {
  invalid_type: 'has the wrong type',
  unrecognized_key: 'is not a known answer field',
  negative: 'must not be negative',
  not_finite: 'must be a finite number',
  too_large: `must be at most ${formatNumber(maxAmountUsd)}`,
  invalid_date: `must be a real date, YYYY-MM-DD, from 1000-01-01 to ${latestDate}`,
  invalid_value: 'is not an allowed value',
};

export function issue(path: string, code: IssueCode, detail?: string): Issue {
  return { path, code, message: `${path || 'The input'} ${detail ?? messages[code]}.` };
}

type ZodIssue = { code: string; path: PropertyKey[]; received?: string; message: string };

function toIssue(zodIssue: ZodIssue, field: string): Issue {
  const path = [field, ...zodIssue.path].join('.');
  switch (zodIssue.code) {
    case 'invalid_type':
      return issue(path, /^(NaN|-?Infinity)$/.test(zodIssue.received ?? '') ? 'not_finite' : 'invalid_type');
    default:
      return issue(path, 'invalid_value');
  }
}

/** An amount in dollars: not negative, and not absurd (z.number() already refuses NaN and infinities). */
const amount = (usd: number, field: string) =>
  usd < 0 ? issue(field, 'negative') : usd > maxAmountUsd ? issue(field, 'too_large') : undefined;

/** What a value of a kind must also satisfy once its type is right (given the value and the field's name). */
type Beyond = (value: never, field: string) => Issue | undefined;
const beyondSchema: Partial<Record<FieldKind['type'], Beyond>> = {
  amount,
  stores: (list: Store[], field) =>
    list.every((store, i) => list.indexOf(store) === i)
      ? undefined
      : issue(field, 'invalid_value', 'lists the same store twice'),
  date: (date: string, field) =>
    isCalendarDate(date) && date <= latestDate ? undefined : issue(field, 'invalid_date'),
};

/** Per answer field: its schema, and its check beyond the schema. */
const checks = new Map<string, [schema: z.ZodMiniType, beyond?: Beyond]>(
  answerFields.map((field) => [field, [fieldSchemas[field], beyondSchema[fieldKind(field).type]]]),
);

/** Any input at all → answers, or every bad field named. Never throws. */
export function validateAnswers(input: unknown): Validated {
  try {
    return checkAnswers(input);
  } catch {
    // A getter or proxy that throws while its answers are read: the input cannot be read, never a crash.
    return { ok: false, errors: [issue('', 'malformed', 'could not be read')] };
  }
}

/** A plain object: not an array, a Date, a Map, a boxed value or a class instance, whose keys mean something else. */
function isPlainObject(input: unknown): input is object {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return false;
  const proto = Object.getPrototypeOf(input);
  return proto === Object.prototype || proto === null;
}

/**
 * An array read element by element into a fresh one: no own iterator, `slice` or `every` of the input decides
 * what is checked or kept. A list longer than its allowed values must repeat one, so it is refused unread
 * (a million items would otherwise cost seconds and a million issues).
 */
function plainList(list: readonly unknown[], field: string): unknown[] | Issue {
  const length = list.length;
  if (length > stores.length) return issue(field, 'invalid_value', 'lists more stores than there are');
  const copy: unknown[] = [];
  for (let i = 0; i < length; i++) copy.push(list[i]);
  return copy;
}

function checkAnswers(input: unknown): Validated {
  if (!isPlainObject(input)) {
    return { ok: false, errors: [issue('', 'invalid_type', 'must be a plain object of answers')] };
  }
  // One copy, one read of each answer (a getter runs once): what is checked below is exactly what is kept.
  // Own string keys only: an answer inherited through a prototype is not an answer (symbol keys are not read).
  const answers: Record<string, unknown> = { ...input };
  const keys = Object.keys(answers);
  const values = Object.values(answers);
  const errors: Issue[] = [];
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    const check = checks.get(key);
    if (!check) {
      errors.push(issue(key, 'unrecognized_key'));
      continue;
    }
    let value = values[i];
    if (value === undefined) {
      delete answers[key]; // unanswered
      continue;
    }
    if (Array.isArray(value) && check[0]._zod.def.type === 'array') {
      const list = plainList(value, key);
      if (!Array.isArray(list)) {
        errors.push(list);
        continue;
      }
      // As the parse would: answers never share the input's arrays, and what is checked below is what is kept.
      value = answers[key] = list;
    }
    const parsed = z.safeParse(check[0], value);
    if (!parsed.success) {
      for (const zodIssue of parsed.error.issues) errors.push(toIssue(zodIssue as ZodIssue, key));
      continue;
    }
    const problem = check[1]?.(value as never, key);
    if (problem) errors.push(problem);
  }
  return errors.length ? { ok: false, errors } : { ok: true, answers: answers as Answers };
}
