/**
 * The calculator's answers: their types, read from each question's schema (questions.ts), and the validation
 * that turns any input into answers or field-named issues.
 */
import { isCalendarDate } from './calendar.ts';
import { formatNumber } from '../../lib/format.ts';
import {
  maxAmountUsd,
  offerTypes,
  questions,
  solutionTypes,
  stores,
  type FieldKind,
  type QuestionId,
} from './questions.ts';

export { maxAmountUsd, offerTypes, solutionTypes, stores, type FieldKind };
/**
 * The latest date an offer can qualify on: the reduced fee may start up to two months later, and that date
 * must still be written with a four-digit year.
 */
export const latestDate = '9999-10-31';

export type AnswerField = QuestionId;
export type OfferType = (typeof offerTypes)[number];
export type SolutionType = (typeof solutionTypes)[number];
export type Store = (typeof stores)[number];

/** The value an answer of a kind holds. */
type ValueOf<Kind extends FieldKind> = Kind extends { type: 'yes-no' }
  ? boolean
  : Kind extends { type: 'choice'; values: readonly (infer Value)[] }
    ? Value
    : Kind extends { type: 'stores' }
      ? Store[]
      : Kind extends { type: 'amount' }
        ? number
        : Kind extends { type: 'date' }
          ? string
          : never;

/** Every field is optional: an omitted field is unanswered. */
export type Answers = { [K in AnswerField]?: ValueOf<(typeof questions)[K]['schema']> };

/** The answer fields in share-code order (questions.ts): the order every list of fields follows. */
export const answerFields: readonly AnswerField[] = (Object.keys(questions) as AnswerField[]).sort(
  (a, b) => questions[a].share.at - questions[b].share.at,
);

export const fieldKind = (field: AnswerField): FieldKind => questions[field].schema;

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

/** What is wrong with a value given for an answer of this kind: nothing, or the issues naming the field. */
function valueIssues(kind: FieldKind, value: unknown, field: string): Issue[] {
  const wrong = (code: IssueCode, detail?: string) => [issue(field, code, detail)];
  switch (kind.type) {
    case 'yes-no':
      return typeof value === 'boolean' ? [] : wrong('invalid_type');
    case 'choice':
      return kind.values.includes(value as string) ? [] : wrong('invalid_value');
    case 'stores': {
      if (!Array.isArray(value)) return wrong('invalid_type');
      const unknown = value.flatMap((store, i) =>
        stores.includes(store) ? [] : [issue(`${field}.${i}`, 'invalid_value')],
      );
      if (unknown.length) return unknown;
      return value.every((store, i) => value.indexOf(store) === i)
        ? []
        : wrong('invalid_value', 'lists the same store twice');
    }
    case 'amount':
      if (typeof value !== 'number') return wrong('invalid_type');
      if (!Number.isFinite(value)) return wrong('not_finite');
      return value < 0 ? wrong('negative') : value > maxAmountUsd ? wrong('too_large') : [];
    case 'date':
      if (typeof value !== 'string') return wrong('invalid_type');
      return isCalendarDate(value) && value <= latestDate ? [] : wrong('invalid_date');
  }
}

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
    if (!Object.hasOwn(questions, key)) {
      errors.push(issue(key, 'unrecognized_key'));
      continue;
    }
    const kind = fieldKind(key as AnswerField);
    let value = values[i];
    if (value === undefined) {
      delete answers[key]; // unanswered
      continue;
    }
    if (Array.isArray(value) && kind.type === 'stores') {
      const list = plainList(value, key);
      if (!Array.isArray(list)) {
        errors.push(list);
        continue;
      }
      // Answers never share the input's arrays, and what is checked below is what is kept.
      value = answers[key] = list;
    }
    errors.push(...valueIssues(kind, value, key));
  }
  return errors.length ? { ok: false, errors } : { ok: true, answers: answers as Answers };
}
