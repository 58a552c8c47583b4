import { persistentAtom } from '@nanostores/persistent';
import { defaultEditionId, isEditionId, validateAnswers, type Answers } from '../rules/browser.ts';
import { addNotice, dismissNotice } from './notices.ts';

/**
 * Far above any real answer set (under 1,000 characters as JSON); a longer stored value is not ours, and parsing
 * and checking megabytes froze every island page for seconds. It is dropped unread.
 */
export const maxStoredLength = 20_000;

export type StoredAnswers = { answers: Answers; damaged: boolean };

/**
 * Stored answers are re-validated on every load: an old or hand-edited value must not reach the engine. A field
 * that fails is dropped on its own; every other field is kept (`damaged` says something was dropped).
 */
export function readStoredAnswers(text: string): StoredAnswers {
  if (text.length > maxStoredLength) return { answers: {}, damaged: true };
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch {
    return { answers: {}, damaged: true };
  }
  const result = validateAnswers(input);
  if (result.ok) return { answers: result.answers, damaged: false };
  // Issues name the field first ("listedIn.1"); an issue for the whole input ("") leaves nothing to keep.
  const bad = new Set(result.errors.map((e) => e.path.split('.')[0]));
  if (bad.has('')) return { answers: {}, damaged: true };
  const kept = Object.fromEntries(Object.entries(input as object).filter(([field]) => !bad.has(field)));
  const retried = validateAnswers(kept);
  return { answers: retried.ok ? retried.answers : {}, damaged: true };
}

/**
 * The stored edition choice: an edition id, or empty (no choice pinned). Anything else (a retired or renamed id,
 * a hand-edited value) is `undefined`: the choice is forgotten, the answers stay.
 */
export function readStoredEdition(text: string): string | undefined {
  return text === '' || isEditionId(text) ? text : undefined;
}

const isEmpty = (answers: Answers) => Object.keys(answers).length === 0;

const answersKey = 'cosell-guide:answers';
const editionKey = 'cosell-guide:edition';
const heldKey = 'cosell-guide:answers-before-link';

/** Each stored key is read on its own, so damage in one never costs the others; what was dropped is repaired below. */
const damaged = new Set<string>();

const answersCodec = (key: string) => ({
  encode: JSON.stringify,
  decode: (text: string): Answers => {
    const stored = readStoredAnswers(text);
    if (stored.damaged) damaged.add(key);
    return stored.answers;
  },
});

/** The answers every island shares, kept in this browser only. */
export const answersStore = persistentAtom<Answers>(answersKey, {}, answersCodec(answersKey));

/** What the edition store holds when nothing (readable) is stored. */
const editionInitial: string = defaultEditionId;

export const editionStore = persistentAtom<string>(editionKey, editionInitial, {
  encode: (id) => id,
  decode: (text) => {
    const id = readStoredEdition(text);
    if (id !== undefined) return id;
    damaged.add(editionKey);
    return editionInitial;
  },
});

/**
 * The reader's own answers while a share link's calculation is shown in their place; kept in storage, so closing
 * the tab before choosing never loses them. `null`: nothing is held.
 */
export const heldAnswersStore = persistentAtom<Answers | null>(heldKey, null, {
  encode: (answers) => (answers === null ? undefined : JSON.stringify(answers)),
  decode: (text) => {
    const stored = readStoredAnswers(text);
    if (stored.damaged) damaged.add(heldKey);
    return isEmpty(stored.answers) ? null : stored.answers;
  },
});

function repairStorage(): void {
  if (damaged.size === 0) return;
  // Writing back what was kept: the notice is given once, not on every load.
  if (damaged.has(answersKey)) answersStore.set(answersStore.get());
  if (damaged.has(heldKey)) heldAnswersStore.set(heldAnswersStore.get());
  if (damaged.has(editionKey)) editionStore.set(editionInitial);
  addNotice(damaged.has(editionKey) && damaged.size === 1 ? 'storage-edition' : 'storage-reset');
  damaged.clear();
}
repairStorage();
// Another tab may write a damaged value later; it is repaired the same way when it arrives.
answersStore.listen(() => queueMicrotask(repairStorage));
editionStore.listen(() => queueMicrotask(repairStorage));

if (heldAnswersStore.get() !== null) addNotice('link-opened');

/** Sets one answer; `undefined` makes the question unanswered again. */
export function setAnswer<K extends keyof Answers>(field: K, value: Answers[K] | undefined): void {
  const next: Answers = { ...answersStore.get() };
  if (value === undefined) delete next[field];
  else next[field] = value;
  answersStore.set(next);
  // New answers after "Clear all answers": undoing would now cost these.
  cleared = null;
  dismissNotice('answers-cleared');
}

const same = (a: Answers, b: Answers) => JSON.stringify(a, Object.keys(a).sort()) === JSON.stringify(b, Object.keys(b).sort());

/**
 * Shows a share link's answers. The reader's own answers are held (not replaced) until they choose to restore
 * them or keep the link's; a second link keeps holding the first answers, which are the reader's own.
 */
export function showLinkAnswers(answers: Answers): void {
  const own = answersStore.get();
  if (heldAnswersStore.get() === null && !isEmpty(own) && !same(own, answers)) heldAnswersStore.set(own);
  answersStore.set(answers);
  if (heldAnswersStore.get() !== null) addNotice('link-opened');
}

/** Puts the reader's held answers back in place of the link's. */
export function restoreHeldAnswers(): void {
  const held = heldAnswersStore.get();
  if (held !== null) answersStore.set(held);
  heldAnswersStore.set(null);
  dismissNotice('link-opened');
}

/** Keeps the link's answers as the reader's own; the held ones are let go. */
export function keepLinkAnswers(): void {
  heldAnswersStore.set(null);
  dismissNotice('link-opened');
}

let cleared: Answers | null = null;

/** "Clear all answers", undoable from its notice until the next answer is given. */
export function clearAnswers(): void {
  const answers = answersStore.get();
  if (isEmpty(answers)) return;
  cleared = answers;
  answersStore.set({});
  addNotice('answers-cleared');
}

export function clearAnswersUndo(): void {
  if (cleared) answersStore.set(cleared);
  cleared = null;
  dismissNotice('answers-cleared');
}
