import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeReview, encodeReview, reviewOutcome, type ReviewAnswers } from '../../src/domain/review.ts';
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

describe('change-strategy links', () => {
  it('round-trip', () => {
    const answers = { ...base, changes: ['turnover', 'priorities'] };
    const decoded = decodeReview(review, encodeReview(review, answers));
    expect(decoded.ok && reviewOutcome(review, decoded.answers)).toEqual(reviewOutcome(review, answers));
  });
  it.each([
    ['truncated', '1.wdxt', 'incomplete'],
    ['newer', '2.wd', 'other-version'],
    ['unknown', '1.wq', 'unknown-answer'],
    ['repeated single answer', '1.wdwn', 'repeated-question'],
    ['garbage', '<b>hi</b>', 'malformed'],
  ])('explain a %s link', (_, code, problem) => {
    expect(decodeReview(review, code)).toEqual({ ok: false, problem });
  });
  it('never throw on random input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (code) => {
        const decoded = decodeReview(review, code);
        expect(typeof decoded.ok).toBe('boolean');
      }),
      { numRuns: 2000 },
    );
  });
});
