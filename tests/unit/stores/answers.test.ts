import { beforeEach, describe, expect, it } from 'vitest';
import { answersStore, maxStoredLength, readStoredEdition, setAnswer } from '../../../src/stores/answers.ts';
import {
  clearAnswers,
  clearAnswersUndo,
  heldAnswersStore,
  keepLinkAnswers,
  readStoredAnswers,
  restoreHeldAnswers,
  showLinkAnswers,
} from '../../../src/stores/recovery.ts';
import { noticesStore } from '../../../src/stores/notices.ts';
import type { Answers } from '../../../src/rules/index.ts';

const own: Answers = { offerType: 'saas', monthlySalesUsd: 987654 };
const linked: Answers = { offerType: 'azure-application', transactable: true };

describe('reading stored answers', () => {
  it('keeps valid answers as they are', () => {
    expect(readStoredAnswers(JSON.stringify(own))).toEqual({ answers: own, damaged: false });
  });

  it('drops only the fields that fail, keeping the others', () => {
    const text = JSON.stringify({ ...own, listedIn: ['appsource', 42], spaceship: true, qualifiesOn: '2021-02-30' });
    expect(readStoredAnswers(text)).toEqual({ answers: own, damaged: true });
  });

  it.each(['{oops', '[]', '"saas"', 'null', '42'])('drops %j, which holds no answers', (text) => {
    expect(readStoredAnswers(text)).toEqual({ answers: {}, damaged: true });
  });

  it('drops an oversized value without reading it', () => {
    const huge = JSON.stringify({ ...own, listedIn: Array(maxStoredLength).fill(0) });
    const started = performance.now();
    expect(readStoredAnswers(huge)).toEqual({ answers: {}, damaged: true });
    expect(performance.now() - started).toBeLessThan(50);
  });
});

describe('reading the stored edition', () => {
  it('keeps a known edition and an unpinned (empty) choice', () => {
    expect(readStoredEdition('2021-07')).toBe('2021-07');
    expect(readStoredEdition('')).toBe('');
  });

  it.each(['garbage', '2025-01', '"2023-07"', '2023-07 ', '__proto__', '../../'])('forgets %j', (text) => {
    expect(readStoredEdition(text)).toBeUndefined();
  });
});

describe('answers never lost without the reader saying so', () => {
  beforeEach(() => {
    heldAnswersStore.set(null);
    answersStore.set(own);
    noticesStore.set([]);
  });

  it('holds the own answers while a share link is shown, and restores them', () => {
    showLinkAnswers(linked);
    expect(answersStore.get()).toEqual(linked);
    expect(heldAnswersStore.get()).toEqual(own);
    expect(noticesStore.get()).toContain('link-opened');
    // A second link still holds the reader's own answers, not the first link's.
    showLinkAnswers({ offerType: 'power-bi-app' });
    restoreHeldAnswers();
    expect(answersStore.get()).toEqual(own);
    expect(heldAnswersStore.get()).toBeNull();
    expect(noticesStore.get()).not.toContain('link-opened');
  });

  it('keeps the link answers when asked, letting the held ones go', () => {
    showLinkAnswers(linked);
    keepLinkAnswers();
    expect(answersStore.get()).toEqual(linked);
    expect(heldAnswersStore.get()).toBeNull();
  });

  it('holds nothing for a link of the same answers, or when nothing was saved', () => {
    showLinkAnswers({ monthlySalesUsd: 987654, offerType: 'saas' });
    expect(heldAnswersStore.get()).toBeNull();
    answersStore.set({});
    showLinkAnswers(linked);
    expect(heldAnswersStore.get()).toBeNull();
    expect(noticesStore.get()).toEqual([]);
  });

  it('undoes "Clear all answers"', () => {
    clearAnswers();
    expect(answersStore.get()).toEqual({});
    expect(noticesStore.get()).toContain('answers-cleared');
    clearAnswersUndo();
    expect(answersStore.get()).toEqual(own);
    expect(noticesStore.get()).not.toContain('answers-cleared');
  });

  it('offers no undo once a new answer is given (undoing would cost it)', () => {
    clearAnswers();
    setAnswer('offerType', 'power-bi-app');
    expect(noticesStore.get()).not.toContain('answers-cleared');
    clearAnswersUndo();
    expect(answersStore.get()).toEqual({ offerType: 'power-bi-app' });
  });
});
