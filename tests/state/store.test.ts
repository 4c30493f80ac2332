import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../src/state/store.ts';
import { STORAGE_KEY } from '../../src/state/saved-state.ts';
import { realContent } from '../helpers/content.ts';

const content = realContent();

function setup(saved?: string) {
  if (saved !== undefined) localStorage.setItem(STORAGE_KEY, saved);
  return createAppStore(content, () => localStorage);
}

const valid = (state: unknown, version = 1) => JSON.stringify({ version, state });

describe('the app store', () => {
  it('keeps answers keyed by question and saves them for the next visit', () => {
    const store = setup();
    store.getState().setPicks('goals', ['g-explore']);
    store.getState().setContext('capacity', 'little');
    const reloaded = createAppStore(content, () => localStorage);
    expect(reloaded.getState().answers).toEqual({ goals: ['g-explore'], outputs: [], context: { capacity: 'little' } });
    expect(reloaded.getState().notice).toBeNull();
  });

  it('changing an early answer leaves later ones alone', () => {
    const store = setup();
    store.getState().setPicks('goals', ['g-explore']);
    store.getState().setContext('capacity', 'little');
    store.getState().setPicks('goals', ['g-advocate']);
    expect(store.getState().answers.context).toEqual({ capacity: 'little' });
  });

  it.each([
    ['invalid JSON', '{"version":1,"state":', 'unreadable'],
    ['the wrong shape', valid({ answers: { goals: 'g-explore' }, ticks: {} }), 'unreadable'],
    ['an old version', valid({ answers: { goals: [], outputs: [], context: {} }, ticks: {} }, 0), 'old-version'],
    ['an unknown statement', valid({ answers: { goals: ['g-gone'], outputs: [], context: {} }, ticks: {} }), 'unknown-answers'],
    [
      'an unknown context answer',
      valid({ answers: { goals: [], outputs: [], context: { capacity: 'huge' } }, ticks: {} }),
      'unknown-answers',
    ],
  ])('starts afresh with a notice when saved state has %s', (_, saved, notice) => {
    const store = setup(saved);
    expect(store.getState().notice).toBe(notice);
    expect(store.getState().answers).toEqual({ goals: [], outputs: [], context: {} });
    // The unreadable copy is gone; what is saved now is the fresh start.
    expect(JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}')).toEqual({
      version: 1,
      state: {
        answers: { goals: [], outputs: [], context: {} },
        ticks: {},
        reviewMonths: null,
        readiness: null,
        review: {},
        plan: [],
        group: [],
        hands: { picks: {}, context: {}, people: 0 },
      },
    });
  });

  it('still works when storage throws', () => {
    const store = createAppStore(content, () => {
      throw new Error('blocked');
    });
    store.getState().setPicks('outputs', ['o-outreach']);
    expect(store.getState().answers.outputs).toEqual(['o-outreach']);
  });
});
