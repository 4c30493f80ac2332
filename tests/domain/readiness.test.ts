import { describe, expect, it } from 'vitest';
import { applyReadiness, readinessFor } from '../../src/domain/readiness.ts';
import { recommend } from '../../src/domain/recommend.ts';
import { realContent } from '../helpers/content.ts';

const content = realContent();
const { readiness } = content;
// A partnership aim with a situation that supports it: without readiness, start = aim = partnership.
const partnership = recommend(content, {
  picks: ['g-change-systems', 'g-transactional-not-working', 'g-embed-help'],
  context: { challenge: 'deep', capacity: 'substantial', relationship: 'strong', horizon: 'years', leadership: 'committed' },
});

describe('readiness', () => {
  it('starts from a partnership recommendation', () => {
    expect(partnership?.aim).toBe('partnership');
    expect(partnership?.start).toBe('partnership');
  });

  it('moves the start down when little of what partnership needs is in place', () => {
    if (partnership === null) throw new Error('expected a result');
    const outcome = applyReadiness(readiness, partnership, { 'know-each-other': true, 'clear-purpose': true });
    expect(outcome.heldBackFrom).toBe('partnership');
    expect(outcome.recommendation.start).toBe('cooperation');
    expect(outcome.recommendation.aim).toBe('partnership');
    expect(outcome.recommendation.startPicked).toBe(partnership.picked.includes('cooperation'));
    expect(outcome.report.inPlace.map((i) => i.id)).toEqual(['know-each-other', 'clear-purpose']);
  });

  it('moves it to networking when nothing is in place', () => {
    if (partnership === null) throw new Error('expected a result');
    expect(applyReadiness(readiness, partnership, {}).recommendation.start).toBe('networking');
  });

  it('does not move the start when everything is in place', () => {
    if (partnership === null) throw new Error('expected a result');
    const all = Object.fromEntries(readiness.items.map((i) => [i.id, true]));
    const outcome = applyReadiness(readiness, partnership, all);
    expect(outcome.heldBackFrom).toBeNull();
    expect(outcome.recommendation).toBe(partnership);
    expect(outcome.report.missing).toEqual([]);
  });

  it('never moves a start deeper than the context allows', () => {
    const limited = recommend(content, {
      picks: ['g-change-systems'],
      context: { challenge: 'deep', capacity: 'little', relationship: 'strong', horizon: 'years', leadership: 'committed' },
    });
    if (limited === null) throw new Error('expected a result');
    const all = Object.fromEntries(readiness.items.map((i) => [i.id, true]));
    // Little capacity holds the start below the partnership aim; readiness can only keep it there or lower it.
    expect(limited.aim).toBe('partnership');
    expect(limited.limits.map((l) => l.questionId)).toContain('capacity');
    expect(applyReadiness(readiness, limited, all).recommendation.start).toBe(limited.start);
    expect(applyReadiness(readiness, limited, all).heldBackFrom).toBeNull();
  });

  it('asks networking for little and partnership for everything', () => {
    const counts = (['networking', 'cooperation', 'coordination', 'partnership'] as const).map(
      (w) => readinessFor(readiness, w, {}).missing.length,
    );
    expect(counts[0]).toBeLessThan(counts[3] ?? 0);
    expect(counts[3]).toBe(readiness.items.length);
    expect([...counts].sort((a, b) => a - b)).toEqual(counts);
  });
});
