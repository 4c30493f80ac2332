import { describe, expect, it } from 'vitest';
import { createAppStore, readSaved } from '../../src/state/store.ts';
import { SAVED_STATE_VERSION, STORAGE_KEY } from '../../src/state/saved-state.ts';
import { MAX_ACTIVITIES } from '../../src/domain/links/plan-link.ts';
import { MAX_PARTICIPANTS } from '../../src/domain/links/group-link.ts';
import { encodeResult } from '../../src/domain/links/result-link.ts';
import { realContent } from '../helpers/content.ts';

const content = realContent();
const check = { content, readiness: content.readiness, review: content.review };
const options = { readiness: content.readiness, review: content.review, makeToken: () => 'abcde' };

function setup(saved?: string) {
  if (saved !== undefined) localStorage.setItem(STORAGE_KEY, saved);
  return createAppStore(content, { ...options, storage: () => localStorage });
}

const envelope = (state: unknown, version = SAVED_STATE_VERSION) => JSON.stringify({ version, state });
const empty = { goals: [], outputs: [], context: {} };
const statementIds = content.goals.statements.map((s) => s.id);
const firstGoal = statementIds[0] ?? '';
const secondGoal = statementIds[1] ?? '';
const firstQuestion = content.context.questions[0];
const firstOption = firstQuestion?.options[0]?.id ?? '';

/** Storage that holds what it is given, but throws on write like a full quota. */
function fullStorage(): Storage {
  const data = new Map<string, string>();
  return {
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    getItem: (k) => data.get(k) ?? null,
    key: (i) => [...data.keys()][i] ?? null,
    removeItem: (k) => void data.delete(k),
    setItem: () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    },
  };
}

describe('the app store', () => {
  it('keeps answers keyed by question and saves them for the next visit', () => {
    const store = setup();
    store.getState().setPicks('goals', [firstGoal]);
    store.getState().setContext(firstQuestion?.id ?? '', firstOption);
    const reloaded = setup();
    expect(reloaded.getState().answers).toEqual({ goals: [firstGoal], outputs: [], context: { [firstQuestion?.id ?? '']: firstOption } });
    expect(reloaded.getState().notice).toBeNull();
  });

  it('gives a person a token with their first answer, and clears it with their answers', () => {
    const store = setup();
    expect(store.getState().token).toBeNull();
    store.getState().setPicks('goals', [firstGoal]);
    expect(store.getState().token).toBe('abcde');
    store.getState().clearAnswers();
    expect(store.getState().token).toBeNull();
    expect(store.getState().answers).toEqual(empty);
  });

  it('changing an early answer leaves later ones alone', () => {
    const store = setup();
    store.getState().setPicks('goals', [firstGoal]);
    store.getState().setContext('capacity', 'little');
    store.getState().setPicks('goals', [secondGoal]);
    expect(store.getState().answers.context).toEqual({ capacity: 'little' });
  });

  it.each([
    ['invalid JSON', '{"version":2,"state":'],
    ['the wrong shape', envelope({ answers: { goals: 'g-explore' }, ticks: {} })],
  ])('starts afresh with a notice when saved state is %s, and removes the unreadable copy', (_, saved) => {
    const store = setup(saved);
    expect(store.getState().notice).toBe('unreadable');
    expect(store.getState().answers).toEqual(empty);
    expect(localStorage.getItem(STORAGE_KEY)).not.toBe(saved);
  });

  it('keeps the rest and says so when some saved answers no longer exist', () => {
    const saved = envelope({
      answers: { goals: [firstGoal, 'g-gone'], outputs: [], context: { capacity: 'huge', horizon: 'years' } },
      ticks: { 'net-time': true, 'no-such-input': true },
    });
    const store = setup(saved);
    expect(store.getState().notice).toBe('dropped');
    expect(store.getState().answers).toEqual({ goals: [firstGoal], outputs: [], context: { horizon: 'years' } });
    expect(store.getState().ticks).toEqual({ 'net-time': true });
  });

  it('reads version 1 saved state as it is (version 2 only added fields)', () => {
    const store = setup(envelope({ answers: { goals: [firstGoal], outputs: [], context: {} }, ticks: {} }, 1));
    expect(store.getState().notice).toBeNull();
    expect(store.getState().answers.goals).toEqual([firstGoal]);
  });

  it('leaves state from a newer version untouched, says so, and does not overwrite it', () => {
    const newer = envelope(
      { answers: { goals: [firstGoal], outputs: [], context: {} }, ticks: {}, somethingNew: 1 },
      SAVED_STATE_VERSION + 1,
    );
    const store = setup(newer);
    expect(store.getState().notice).toBe('newer-version');
    store.getState().setPicks('goals', [secondGoal]);
    expect(localStorage.getItem(STORAGE_KEY)).toBe(newer);
  });

  it('says once that answers are not being saved when storage is full, and keeps them for this page', () => {
    const store = createAppStore(content, { ...options, storage: fullStorage });
    store.getState().setPicks('outputs', ['o-outreach']);
    expect(store.getState().notice).toBe('not-saving');
    store.getState().dismissNotice();
    store.getState().setContext('capacity', 'little');
    expect(store.getState().notice).toBeNull();
    expect(store.getState().answers).toEqual({ goals: [], outputs: ['o-outreach'], context: { capacity: 'little' } });
  });

  it('still works, and says so, when storage throws on every use', () => {
    const store = createAppStore(content, {
      ...options,
      storage: () => {
        throw new Error('blocked');
      },
    });
    store.getState().setPicks('outputs', ['o-outreach']);
    expect(store.getState().answers.outputs).toEqual(['o-outreach']);
    expect(store.getState().notice).toBe('not-saving');
  });

  it('reads back what another tab saved', () => {
    const here = setup();
    const there = setup();
    there.getState().setPicks('goals', [secondGoal]);
    here.rehydrate();
    expect(here.getState().answers.goals).toEqual([secondGoal]);
  });
});

describe('readSaved', () => {
  const code = encodeResult(content, { journey: 'goal', answers: { picks: [firstGoal], context: {} } });
  const base = { answers: empty, ticks: {} };

  it('caps plans and groups, and drops entries whose result no longer opens', () => {
    const plan = Array.from({ length: MAX_ACTIVITIES + 5 }, (_, i) => ({ name: `A${i}`, code }));
    const group = [...Array.from({ length: MAX_PARTICIPANTS + 50 }, () => ({ name: 'x', code })), { name: 'bad', code: '2.broken' }];
    const read = readSaved(check, { version: SAVED_STATE_VERSION, state: { ...base, plan, group } });
    if (!('state' in read)) throw new Error('expected state');
    expect(read.state.plan).toHaveLength(MAX_ACTIVITIES);
    expect(read.state.group).toHaveLength(MAX_PARTICIPANTS);
    expect(read.state.group.some((g) => g.name === 'bad')).toBe(false);
    expect(read.notice).toBe('dropped');
  });

  it('does not let a readiness check of unknown items count as done (it would move the start down)', () => {
    const read = readSaved(check, { version: SAVED_STATE_VERSION, state: { ...base, readiness: { 'no-such-item': true } } });
    if (!('state' in read)) throw new Error('expected state');
    expect(read.state.readiness).toBeNull();
    expect(read.notice).toBe('dropped');
  });

  it('keeps readiness ticks that exist', () => {
    const item = content.readiness.items[0]?.id ?? '';
    const read = readSaved(check, { version: SAVED_STATE_VERSION, state: { ...base, readiness: { [item]: true, gone: false } } });
    if (!('state' in read)) throw new Error('expected state');
    expect(read.state.readiness).toEqual({ [item]: true });
  });

  it('clamps show-of-hands counts and drops unknown statements and answers', () => {
    const hands = {
      people: 12.5,
      picks: { [firstGoal]: -3, 'g-gone': 4 },
      context: { capacity: { little: 5000, huge: 1 }, nowhere: { x: 1 } },
    };
    const read = readSaved(check, { version: SAVED_STATE_VERSION, state: { ...base, hands } });
    if (!('state' in read)) throw new Error('expected state');
    expect(read.state.hands).toEqual({ people: 0, picks: { [firstGoal]: 0 }, context: { capacity: { little: 999 } } });
  });

  it('refuses a token that is not one of ours, and cuts names to length', () => {
    const read = readSaved(check, {
      version: SAVED_STATE_VERSION,
      state: { ...base, token: '<script>', services: { from: 'x'.repeat(500), with: 'y' } },
    });
    if (!('state' in read)) throw new Error('expected state');
    expect(read.state.token).toBeNull();
    expect(read.state.services?.from.length).toBeLessThanOrEqual(40);
  });
});
