/**
 * Share-link codec: answers ⇄ `v2.` + one short piece per answer field in `answerFields` order, joined by "_".
 * Only URL-fragment-safe characters (letters, digits, "." "_" "-"), so `&edition=…` can follow it.
 * Decoding never throws: whatever the text, it ends in answers or issues naming the field.
 *
 * Versions: each question names the version that first wrote it (questions.ts), so a version's fields are a
 * prefix of `answerFields`. `v1.` (links already sent) has 19 fields and dropped trailing unanswered ones, so it
 * may have fewer pieces; from `v2.` on (v2 added `firstPublishedOn`) every piece is written, so a link cut short
 * on its way is told from one with unanswered questions and rejected as damaged.
 */
import {
  answerFields,
  fieldKind,
  issue,
  validateAnswers,
  type FieldKind,
  type AnswerField,
  type Answers,
  type Issue,
} from './answers.ts';
import { questions } from './questions.ts';

/** How each field is written, by the kind of value its schema takes. */
const kinds = Object.fromEntries(answerFields.map((field) => [field, fieldKind(field)])) as Record<
  AnswerField,
  FieldKind
>;

const storeLetters = { 'azure-marketplace': 'm', appsource: 'a' } as const;
const noStores = '0';
const since = Object.values(questions).map((q) => q.share.since);
/** How many fields a version writes: the questions it knew, the first ones of `answerFields`. */
const fieldCount = (version: number) => since.filter((v) => v <= version).length;
/** The version written now: the newest any question names. */
const current = Math.max(...since);
/** Far above any real answer set (about 100 characters); longer text is not ours. */
const maxLength = 1000;

function encodeValue(kind: FieldKind, value: unknown): string {
  switch (kind.type) {
    case 'choice':
      return kind.values.indexOf(value as string).toString(36);
    case 'yes-no':
      return value ? 'y' : 'n';
    case 'stores': {
      const list = value as (keyof typeof storeLetters)[];
      return list.length ? list.map((s) => storeLetters[s]).join('') : noStores;
    }
    case 'amount':
      // String() round-trips every finite number; -0 is kept so decoding gives back exactly what was encoded.
      return Object.is(value, -0) ? '-0' : String(value);
    case 'date':
      return (value as string).replaceAll('-', '');
  }
}

export function encodeAnswers(answers: Answers): string {
  const fields = answerFields.slice(0, fieldCount(current));
  const pieces = fields.map((field) => (answers[field] === undefined ? '' : encodeValue(kinds[field], answers[field])));
  return `v${current}.${pieces.join('_')}`;
}

export type Decoded = { ok: true; answers: Answers; version: number } | { ok: false; errors: Issue[] };

const storeByLetter: Record<string, string> = { m: 'azure-marketplace', a: 'appsource' };

/** The value a piece stands for, or undefined if the piece is not a valid writing of this kind. */
function decodeValue(kind: FieldKind, piece: string): unknown {
  switch (kind.type) {
    case 'choice':
      return /^[0-9a-z]$/.test(piece) ? kind.values[parseInt(piece, 36)] : undefined;
    case 'yes-no':
      return piece === 'y' ? true : piece === 'n' ? false : undefined;
    case 'stores':
      if (piece === noStores) return [];
      return /^[ma]{1,2}$/.test(piece) ? [...piece].map((letter) => storeByLetter[letter]) : undefined;
    case 'amount':
      return /^(\d+(\.\d+)?(e-\d+)?|-0)$/.test(piece) ? Number(piece) : undefined;
    case 'date':
      return /^\d{8}$/.test(piece) ? `${piece.slice(0, 4)}-${piece.slice(4, 6)}-${piece.slice(6)}` : undefined;
  }
}

export function decodeAnswers(text: string): Decoded {
  const fail = (errors: Issue[]): Decoded => ({ ok: false, errors });
  if (typeof text !== 'string' || text.length > maxLength) return fail([issue('', 'malformed', 'is not a share code')]);
  const match = /^v(\d+)\.(.*)$/s.exec(text);
  if (!match) return fail([issue('', 'malformed', `is not a share code (it must start with v${current}. or v1.)`)]);
  const version = Number(match[1]);
  if (!(version >= 1 && version <= current && String(version) === match[1])) {
    return fail([issue('', 'unsupported_version', `uses format v${match[1]}, which this site cannot read`)]);
  }
  const count = fieldCount(version);
  const pieces = match[2] === '' ? [] : match[2].split('_');
  // v1 dropped trailing unanswered fields, so fewer pieces are a valid v1 writing; later versions write all of them.
  if (pieces.length > count)
    return fail([issue('', 'malformed', `has more fields than format v${version} knows (it is damaged)`)]);
  if (version > 1 && pieces.length < count)
    return fail([issue('', 'malformed', `has fewer fields than format v${version} writes (it is damaged)`)]);

  const answers: Record<string, unknown> = {};
  const errors: Issue[] = [];
  pieces.forEach((piece, i) => {
    if (piece === '') return;
    const field = answerFields[i];
    const value = decodeValue(kinds[field], piece);
    if (value === undefined) errors.push(issue(field, 'malformed', `cannot be read from "${piece.slice(0, 20)}"`));
    else answers[field] = value;
  });
  if (errors.length) return fail(errors);
  // Well-formed pieces can still be out of range (a 31st of February, an absurd amount): the schema decides.
  const validated = validateAnswers(answers);
  return validated.ok ? { ok: true, answers: validated.answers, version } : validated;
}
