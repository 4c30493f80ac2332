import { describe, expect, it } from 'vitest';
import { reviewOutcome, type ReviewAnswers } from '../../src/domain/review.ts';
import { realContent } from '../helpers/content.ts';

const { review } = realContent();
const base: ReviewAnswers = {
  current: ['coordination'],
  changes: ['nothing'],
  relationships: ['strong'],
  resources: ['enough'],
  processes: ['working'],
  next: ['unsure'],
};

describe('the review journey reaches every change scenario', () => {
  it('translating: it works well and others want it', () => {
    expect(reviewOutcome(review, { ...base, changes: ['success'], next: ['elsewhere'] })?.scenario).toBe('translating');
  });
  it('trying something new: priorities changed and processes are patchy', () => {
    expect(reviewOutcome(review, { ...base, changes: ['priorities', 'policy'], processes: ['patchy'], next: ['unsure'] })?.scenario).toBe(
      'trying-new',
    );
  });
  it('deepening engagement: new funding and a wish to do more', () => {
    expect(reviewOutcome(review, { ...base, changes: ['funding-up'], next: ['deeper'] })?.scenario).toBe('deepening');
  });
  it('scaling back or winding up: cuts, strain and short resources, even when unsure', () => {
    const outcome = reviewOutcome(review, {
      ...base,
      changes: ['funding-down', 'champion'],
      relationships: ['strained'],
      resources: ['short'],
      next: ['unsure'],
    });
    expect(outcome?.scenario).toBe('scaling-back');
    expect(outcome?.areas.map((a) => `${a.area}:${a.option.status}`)).toEqual([
      'relationships:problem',
      'resources:problem',
      'processes:good',
    ]);
  });
});

describe('reviewOutcome', () => {
  it('waits for every answer', () => {
    expect(reviewOutcome(review, { current: ['networking'] })).toBeNull();
  });
  it('traces each point to an answer', () => {
    const outcome = reviewOutcome(review, { ...base, changes: ['funding-up'], next: ['deeper'] });
    expect(outcome?.points.deepening).toBe(2 + 1 + 1 + 1 + 4);
    expect(outcome?.contributions.filter((c) => c.scenario === 'deepening').reduce((a, c) => a + c.points, 0)).toBe(
      outcome?.points.deepening,
    );
  });
});
