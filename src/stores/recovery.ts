/**
 * What lets a reader take back a change to their answers: a share link shown in place of their own, "Clear all
 * answers". Loaded when first used (a link opens, a button is pressed), so pages do not carry it up front.
 */
import { persistentAtom } from '@nanostores/persistent';
import { validateAnswers, type Answers } from '../rules/browser.ts';
import { answersStore, editionInitial, editionStore, isEmpty, maxStoredLength, storageKeys } from './answers.ts';
import { addNotice, dismissNotice, noticesStore } from './notices.ts';

export type StoredAnswers = { answers: Answers; damaged: boolean };

/**
 * Stored answers are re-validated on every load: an old or hand-edited value must not reach the engine. A field
 * that fails is dropped on its own; every other field is kept (`damaged` says something was dropped).
 */
export function readStoredAnswers(text: string): StoredAnswers {
  let input: unknown;
  try {
    if (text.length <= maxStoredLength) input = JSON.parse(text);
  } catch {
    // Not JSON: nothing to keep, like any other unreadable value.
  }
  const result = validateAnswers(input);
  if (result.ok) return { answers: result.answers, damaged: false };
  const answers: Answers = {};
  // Unless the whole value is wrong (issue path ""), each field that is valid on its own is kept.
  if (!result.errors.some((e) => e.path === '')) {
    for (const [field, value] of Object.entries(input as object)) {
      const one = validateAnswers({ [field]: value });
      if (one.ok) Object.assign(answers, one.answers);
    }
  }
  return { answers, damaged: true };
}

let heldDamaged = false;

/**
 * The reader's own answers while a share link's calculation is shown in their place; kept in storage, so closing
 * the tab before choosing never loses them. `null`: nothing is held.
 */
export const heldAnswersStore = persistentAtom<Answers | null>(storageKeys.held, null, {
  encode: (answers) => (answers === null ? undefined : JSON.stringify(answers)),
  decode: (text) => {
    const stored = readStoredAnswers(text);
    heldDamaged ||= stored.damaged;
    return isEmpty(stored.answers) ? null : stored.answers;
  },
});

function storedText(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

/**
 * Repairs the keys answers.ts could not use as stored (what is valid of them is kept and written back), says so
 * once, and offers held answers back.
 */
export function recoverStorage(unreadable: readonly string[]): void {
  if (unreadable.includes(storageKeys.answers)) {
    const text = storedText(storageKeys.answers);
    answersStore.set(text === null ? {} : readStoredAnswers(text).answers);
  }
  if (unreadable.includes(storageKeys.edition)) editionStore.set(editionInitial);
  if (heldDamaged) heldAnswersStore.set(heldAnswersStore.get());
  if (unreadable.length || heldDamaged) {
    addNotice(
      unreadable.length === 1 && unreadable[0] === storageKeys.edition && !heldDamaged
        ? 'storage-edition'
        : 'storage-reset',
    );
  }
  if (heldAnswersStore.get() !== null) addNotice('link-opened');
}

const same = (a: Answers, b: Answers) =>
  JSON.stringify(a, Object.keys(a).sort()) === JSON.stringify(b, Object.keys(b).sort());

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

let cleared: Answers = {};

/** "Clear all answers", undoable from its notice until the next answer is given (setAnswer closes it). */
export function clearAnswers(): void {
  const answers = answersStore.get();
  if (isEmpty(answers)) return;
  cleared = answers;
  answersStore.set({});
  addNotice('answers-cleared');
}

export function clearAnswersUndo(): void {
  if (noticesStore.get().includes('answers-cleared')) answersStore.set(cleared);
  dismissNotice('answers-cleared');
}

export type Recovery = 'restoreHeldAnswers' | 'keepLinkAnswers' | 'clearAnswers' | 'clearAnswersUndo';
