// @vitest-environment jsdom
import { afterEach, expect, it, vi } from 'vitest';
import { shareFragment, syncWithLocation } from '../../../src/stores/share.ts';
import { answersStore, editionStore } from '../../../src/stores/answers.ts';

afterEach(() => vi.useRealTimers());

it('a link pasted while the address is about to follow an answer is opened, not written over', async () => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'requestAnimationFrame', 'cancelAnimationFrame', 'clearTimeout'] });
  history.replaceState(null, '', '/en/calculator/');
  answersStore.set({});
  editionStore.set('');
  const stop = syncWithLocation();
  const pasted = shareFragment({ offerType: 'saas', transactable: true }, '2021-03');
  answersStore.set({ offerType: 'consulting-service' });
  // The reader pastes a link; its hashchange has not been dispatched when the pending write comes due.
  location.hash = pasted;
  vi.runAllTimers();
  expect(location.hash).toBe(pasted);
  vi.useRealTimers();
  await vi.waitFor(() => expect(answersStore.get()).toEqual({ offerType: 'saas', transactable: true }));
  expect(editionStore.get()).toBe('2021-03');
  stop();
});
