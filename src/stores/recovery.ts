/**
 * What lets a reader take back a change to their answers: a share link shown in place of their own, "Clear all
 * answers". Loaded when first used (a link opens, a button is pressed), so pages do not carry it up front.
 */
import type { Answers } from '../rules/browser.ts';
import { answersStore, heldAnswersStore, isEmpty } from './answers.ts';
import { addNotice, dismissNotice, noticesStore } from './notices.ts';

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
